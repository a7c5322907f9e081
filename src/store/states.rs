//! Queries on `states`. Every write runs in one transaction; copy, move and import touch several
//! rows and land whole or not at all.

use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    FromQueryResult, QueryFilter, QueryOrder, Statement,
};
use serde_json::Value;

use super::entities::state::{self, Column, Entity as States};
use super::{Limited, Store, new_uid, now};
use crate::domain::Name;
use crate::domain::page::PageRequest;
use crate::domain::state::{StateId, deep_merge, effective, glob_to_like};
use crate::domain::version::{check_if_match, etag};
use crate::error::Error;

/// The two values of a state id; `None` is "none" (Meltano's `{}`/null).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StateValues {
    pub completed: Option<Value>,
    pub partial: Option<Value>,
}

impl state::Model {
    pub fn etag(&self) -> String {
        etag(&self.uid, self.revision)
    }

    pub fn values(&self) -> StateValues {
        let parse =
            |text: &Option<String>| text.as_deref().and_then(|t| serde_json::from_str(t).ok());
        StateValues {
            completed: parse(&self.completed),
            partial: parse(&self.partial),
        }
    }

    /// What a run reads: partial deep-merged over completed.
    pub fn effective(&self) -> Value {
        let values = self.values();
        effective(values.completed.as_ref(), values.partial.as_ref())
    }
}

/// Rows of `project` only while it is not deleted (a deleted project hides all it holds).
fn active_project(project: &Name) -> sea_orm::sea_query::SimpleExpr {
    Column::Project.in_subquery(super::projects::active(project))
}

fn not_found(id: &str) -> Error {
    Error::NotFound(format!("state '{id}' does not exist"))
}

fn to_text(value: &Option<Value>) -> Result<Option<String>, Error> {
    value
        .as_ref()
        .map(|v| serde_json::to_string(v).map_err(Error::internal))
        .transpose()
}

/// One environment's states.
pub struct EnvStates<'a> {
    store: &'a Store,
    project: Name,
    env: Name,
    /// Edits through the API leave a STATE_EDIT run; a run's own captures do not.
    record_edits: bool,
}

impl Store {
    /// The states of an environment. Whether the environment exists (and its project is not
    /// deleted) is checked in the queries themselves, and looked into only when they find nothing
    /// (to say what is missing): a read is one query.
    pub fn states(&self, project: &Name, env: &Name) -> EnvStates<'_> {
        EnvStates {
            store: self,
            project: project.clone(),
            env: env.clone(),
            record_edits: true,
        }
    }

    /// The states a run writes as it captures them (no STATE_EDIT records).
    pub fn run_states(&self, project: &Name, env: &Name) -> EnvStates<'_> {
        EnvStates {
            store: self,
            project: project.clone(),
            env: env.clone(),
            record_edits: false,
        }
    }
}

impl EnvStates<'_> {
    /// This environment's rows, while its project is not deleted.
    fn scope(&self) -> sea_orm::Select<States> {
        States::find()
            .filter(Column::Project.eq(self.project.as_str()))
            .filter(Column::Env.eq(self.env.as_str()))
            .filter(active_project(&self.project))
    }

    /// `404` naming the project or environment when either is missing (or deleted).
    async fn check_env(&self) -> Result<(), Error> {
        self.store.get_env(&self.project, &self.env).await.map(drop)
    }

    /// The `404` of a state id that is not there, or of its environment when that is missing.
    async fn missing(&self, id: &str) -> Error {
        match self.check_env().await {
            Ok(()) => not_found(id),
            Err(error) => error,
        }
    }

    /// The states `filter` matches, in id order, after the id `after` (a page's cursor).
    fn matching(&self, filter: Option<&str>, after: Option<&str>) -> sea_orm::Select<States> {
        let query = self.scope().order_by_asc(Column::StateId);
        let after_only = |query: sea_orm::Select<States>| match after {
            Some(after) => query.filter(Column::StateId.gt(after)),
            None => query,
        };
        match filter {
            // A state id is printable: a glob with a NUL in it matches none (and PostgreSQL's
            // text cannot hold one, which it answers with an error).
            Some(glob) if glob.contains('\0') => query.filter(Expr::cust("1 = 0")),
            // SQLite's LIKE ignores case; its GLOB is exactly our glob once brackets are escaped.
            Some(glob) if self.store.db.get_database_backend() == DbBackend::Sqlite => {
                let pattern: String = glob
                    .chars()
                    .map(|c| match c {
                        '[' => "[[]".to_string(),
                        ']' => "[]]".to_string(),
                        other => other.to_string(),
                    })
                    .collect();
                // `GLOB ?` would have SQLite plan the statement again at every execution (it
                // reads a bound pattern's literal prefix while planning, as for a bound LIMIT);
                // `(? || '')` is not a bare parameter, so the range the planner would have
                // derived is given here instead, from the glob's literal prefix.
                let query = query.filter(Expr::cust_with_values(
                    "\"states\".\"state_id\" GLOB (? || '')",
                    [pattern],
                ));
                let Some((low, high)) = prefix_range(glob) else {
                    return after_only(query);
                };
                let query = match high {
                    Some(high) => query.filter(Column::StateId.lt(high)),
                    None => query,
                };
                // One lower bound, not two: of two on one column SQLite's planner takes one for
                // its index range and checks the other row by row, so a last page read every
                // row before it (28x its first page at 100,000 states).
                match lower_bound(&low, after) {
                    LowerBound::Inclusive(low) => query.filter(Column::StateId.gte(low)),
                    LowerBound::Exclusive(after) => query.filter(Column::StateId.gt(after)),
                }
            }
            Some(glob) => after_only(query.filter(
                Expr::col(Column::StateId).like(LikeExpr::new(glob_to_like(glob)).escape('\\')),
            )),
            None => after_only(query),
        }
    }

    pub async fn list(
        &self,
        page: &PageRequest,
        filter: Option<&str>,
    ) -> Result<Vec<state::Model>, Error> {
        let rows = self
            .matching(filter, page.after.as_deref())
            .at_most(page.fetch_limit(), self.store.reads())
            .await?;
        if rows.is_empty() {
            self.check_env().await?;
        }
        Ok(rows)
    }

    /// Every matching state, for export.
    pub async fn all(&self, filter: Option<&str>) -> Result<Vec<state::Model>, Error> {
        let rows = self.matching(filter, None).all(self.store.reads()).await?;
        if rows.is_empty() {
            self.check_env().await?;
        }
        Ok(rows)
    }

    async fn find(
        &self,
        db: &impl ConnectionTrait,
        id: &StateId,
    ) -> Result<Option<state::Model>, Error> {
        Ok(self
            .scope()
            .filter(Column::StateId.eq(id.as_str()))
            .first(db)
            .await?)
    }

    /// The hot read (clients poll state): one statement written out, so that no query is built
    /// per request; `$n` parameters read alike on SQLite and PostgreSQL.
    pub async fn get(&self, id: &StateId) -> Result<state::Model, Error> {
        const SQL: &str = "SELECT project, env, state_id, uid, completed, partial, created_at, \
            updated_at, revision FROM states WHERE project = $1 AND env = $2 AND state_id = $3 \
            AND EXISTS (SELECT 1 FROM projects WHERE name = $1 AND deleted_at IS NULL)";
        let reads = self.store.reads();
        let statement = Statement::from_sql_and_values(
            reads.get_database_backend(),
            SQL,
            [
                self.project.as_str().into(),
                self.env.as_str().into(),
                id.as_str().into(),
            ],
        );
        match state::Model::find_by_statement(statement)
            .one(reads)
            .await?
        {
            Some(row) => Ok(row),
            None => Err(self.missing(id.as_str()).await),
        }
    }

    /// Writes `id` to what `next` makes of its current values (`None` when it has none yet),
    /// inserting the row if needed, inside `txn`.
    async fn write(
        &self,
        txn: &DatabaseTransaction,
        id: &StateId,
        if_match: Option<&str>,
        next: impl FnOnce(Option<&state::Model>) -> Result<StateValues, Error>,
    ) -> Result<state::Model, Error> {
        let current = self.find(txn, id).await?;
        match &current {
            Some(row) => check_if_match(if_match, &row.etag())?,
            None => {
                self.check_env().await?;
                if if_match.is_some_and(|tag| tag.trim() != "*") {
                    check_if_match(if_match, "")?;
                }
            }
        }
        let values = next(current.as_ref())?;
        // Every edit leaves a STATE_EDIT run behind, as Meltano's run history has.
        if self.record_edits {
            super::runs::record_state_edit(txn, &self.project, &self.env, id.as_str()).await?;
        }
        let (completed, partial) = (to_text(&values.completed)?, to_text(&values.partial)?);
        let now = now();
        match current {
            Some(row) => {
                let updated = state::Model {
                    completed,
                    partial,
                    updated_at: now,
                    revision: row.revision + 1,
                    ..row.clone()
                };
                let result = States::update_many()
                    .set(state::ActiveModel::from(updated.clone()).reset_all())
                    .filter(Column::Project.eq(self.project.as_str()))
                    .filter(Column::Env.eq(self.env.as_str()))
                    .filter(Column::StateId.eq(id.as_str()))
                    .filter(Column::Revision.eq(row.revision))
                    .exec(txn)
                    .await?;
                if result.rows_affected != 1 {
                    return Err(Error::Conflict(format!(
                        "state '{}' changed meanwhile; retry",
                        id.as_str()
                    )));
                }
                Ok(updated)
            }
            None => {
                let row = state::Model {
                    project: self.project.to_string(),
                    env: self.env.to_string(),
                    state_id: id.as_str().to_string(),
                    uid: new_uid(),
                    completed,
                    partial,
                    created_at: now,
                    updated_at: now,
                    revision: 1,
                };
                // Not read back (sea-orm's `insert` would select it again on SQLite).
                States::insert(state::ActiveModel::from(row.clone()))
                    .exec_without_returning(txn)
                    .await
                    .map_err(|e| match e.sql_err() {
                        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(
                            format!("state '{}' was created meanwhile; retry", id.as_str()),
                        ),
                        Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_)) => {
                            Error::NotFound(format!("environment '{}' does not exist", self.env))
                        }
                        _ => Error::from(e),
                    })?;
                Ok(row)
            }
        }
    }

    /// `meltano state set`: completed := value, partial cleared.
    pub async fn set(
        &self,
        id: &StateId,
        completed: Value,
        if_match: Option<&str>,
    ) -> Result<state::Model, Error> {
        let txn = self.store.begin_write().await?;
        let replaced = match if_match {
            None => self.overwrite(&txn, id, &completed).await?,
            Some(_) => None,
        };
        let row = match replaced {
            Some(row) => row,
            None => {
                self.write(&txn, id, if_match, |_| {
                    Ok(StateValues {
                        completed: Some(completed),
                        partial: None,
                    })
                })
                .await?
            }
        };
        self.store.commit(txn).await?;
        Ok(row)
    }

    /// `set` of a state that exists, when no version is asked for: one statement, no read
    /// first. `None` when there is no such row (`write` then inserts it or says what is missing).
    async fn overwrite(
        &self,
        txn: &DatabaseTransaction,
        id: &StateId,
        completed: &Value,
    ) -> Result<Option<state::Model>, Error> {
        let rows = States::update_many()
            .col_expr(
                Column::Completed,
                Expr::value(to_text(&Some(completed.clone()))?),
            )
            .col_expr(Column::Partial, Expr::value(Option::<String>::None))
            .col_expr(Column::UpdatedAt, Expr::value(now()))
            .col_expr(Column::Revision, Expr::col(Column::Revision).add(1))
            .filter(Column::Project.eq(self.project.as_str()))
            .filter(Column::Env.eq(self.env.as_str()))
            .filter(Column::StateId.eq(id.as_str()))
            .filter(active_project(&self.project))
            .exec_with_returning(txn)
            .await?;
        let Some(row) = rows.into_iter().next() else {
            return Ok(None);
        };
        if self.record_edits {
            super::runs::record_state_edit(txn, &self.project, &self.env, id.as_str()).await?;
        }
        Ok(Some(row))
    }

    /// A state a run's loader just emitted: the partial state becomes it (or, merging, has it
    /// deep-merged in); completed stays until the run succeeds.
    pub async fn capture(&self, id: &StateId, value: Value, merge: bool) -> Result<(), Error> {
        let txn = self.store.begin_write().await?;
        self.write(&txn, id, None, |current| {
            let values = current.map(state::Model::values).unwrap_or_default();
            let partial = match (merge, values.partial) {
                (true, Some(mut partial)) => {
                    deep_merge(&mut partial, &value);
                    partial
                }
                _ => value,
            };
            Ok(StateValues {
                completed: values.completed,
                partial: Some(partial),
            })
        })
        .await?;
        self.store.commit(txn).await?;
        Ok(())
    }

    /// A run succeeded: what it captured (the partial state) becomes the completed state,
    /// replacing it, or deep-merged into it when `merge`.
    pub async fn commit_captured(&self, id: &StateId, merge: bool) -> Result<(), Error> {
        let txn = self.store.begin_write().await?;
        let Some(row) = self.find(&txn, id).await? else {
            return Ok(());
        };
        let values = row.values();
        let Some(partial) = values.partial else {
            return Ok(());
        };
        self.write(&txn, id, None, |_| {
            let completed = match (merge, values.completed) {
                (true, Some(mut completed)) => {
                    deep_merge(&mut completed, &partial);
                    completed
                }
                _ => partial,
            };
            Ok(StateValues {
                completed: Some(completed),
                partial: None,
            })
        })
        .await?;
        self.store.commit(txn).await?;
        Ok(())
    }

    /// `meltano state merge`: `value` deep-merged into the partial state; completed untouched.
    pub async fn merge(&self, id: &StateId, value: Value) -> Result<state::Model, Error> {
        let txn = self.store.begin_write().await?;
        let row = self.merge_in(&txn, id, value).await?;
        self.store.commit(txn).await?;
        Ok(row)
    }

    async fn merge_in(
        &self,
        txn: &DatabaseTransaction,
        id: &StateId,
        value: Value,
    ) -> Result<state::Model, Error> {
        self.write(txn, id, None, |current| {
            let values = current.map(state::Model::values).unwrap_or_default();
            let mut partial = values
                .partial
                .unwrap_or_else(|| Value::Object(Default::default()));
            deep_merge(&mut partial, &value);
            Ok(StateValues {
                completed: values.completed,
                partial: Some(partial),
            })
        })
        .await
    }

    /// `meltano state merge --from-state-id`: the source's effective state merged into `id`.
    pub async fn merge_from(&self, id: &StateId, source: &StateId) -> Result<state::Model, Error> {
        let txn = self.store.begin_write().await?;
        let value = match self.find(&txn, source).await? {
            Some(row) => row.effective(),
            None => return Err(self.missing(source.as_str()).await),
        };
        let row = self.merge_in(&txn, id, value).await?;
        self.store.commit(txn).await?;
        Ok(row)
    }

    /// `meltano state copy` / `move`: the destination's completed state becomes the source's
    /// effective state (partial cleared); a move then clears the source. One transaction.
    pub async fn copy(
        &self,
        source: &StateId,
        destination: &StateId,
        remove_source: bool,
    ) -> Result<state::Model, Error> {
        if source == destination {
            return Err(Error::Invalid {
                detail: "the destination is the source state id".into(),
                errors: vec![crate::error::FieldError::new(
                    "/destination",
                    "must differ from the source",
                )],
            });
        }
        let txn = self.store.begin_write().await?;
        let value = match self.find(&txn, source).await? {
            Some(row) => row.effective(),
            None => return Err(self.missing(source.as_str()).await),
        };
        let row = self
            .write(&txn, destination, None, |_| {
                Ok(StateValues {
                    completed: Some(value),
                    partial: None,
                })
            })
            .await?;
        if remove_source {
            self.delete(&txn, source, None).await?;
        }
        self.store.commit(txn).await?;
        Ok(row)
    }

    /// `meltano state clear`: the row goes.
    pub async fn clear(&self, id: &StateId, if_match: Option<&str>) -> Result<(), Error> {
        let txn = self.store.begin_write().await?;
        self.delete(&txn, id, if_match).await?;
        self.store.commit(txn).await?;
        Ok(())
    }

    async fn delete(
        &self,
        txn: &DatabaseTransaction,
        id: &StateId,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        let Some(row) = self.find(txn, id).await? else {
            return Err(self.missing(id.as_str()).await);
        };
        check_if_match(if_match, &row.etag())?;
        States::delete_many()
            .filter(Column::Project.eq(self.project.as_str()))
            .filter(Column::Env.eq(self.env.as_str()))
            .filter(Column::StateId.eq(id.as_str()))
            .exec(txn)
            .await?;
        Ok(())
    }

    /// Import: every entry replaces its state id's values, all or nothing.
    pub async fn import(
        &self,
        entries: Vec<(StateId, StateValues)>,
    ) -> Result<Vec<state::Model>, Error> {
        if entries.is_empty() {
            self.check_env().await?;
        }
        let txn = self.store.begin_write().await?;
        let mut rows = Vec::with_capacity(entries.len());
        for (id, values) in entries {
            rows.push(self.write(&txn, &id, None, |_| Ok(values)).await?);
        }
        self.store.commit(txn).await?;
        Ok(rows)
    }
}

/// The ids a state filter can match lie in `[low, high)` (`high` `None`: no bound above): the
/// filter's text before its first `*` or `?`, and that text with its last character's
/// successor. SQLite compares text byte by byte, and UTF-8 keeps the order of code points, so
/// every id that starts with the prefix is in the range. `None` when the filter starts with a
/// wildcard.
/// The one lower bound of ids at least `low` and after `after`.
#[derive(Debug, PartialEq)]
enum LowerBound<'a> {
    Inclusive(&'a str),
    Exclusive(&'a str),
}

fn lower_bound<'a>(low: &'a str, after: Option<&'a str>) -> LowerBound<'a> {
    match after {
        Some(after) if after >= low => LowerBound::Exclusive(after),
        _ => LowerBound::Inclusive(low),
    }
}

fn prefix_range(glob: &str) -> Option<(String, Option<String>)> {
    let prefix = &glob[..glob.find(['*', '?']).unwrap_or(glob.len())];
    let last = prefix.chars().next_back()?;
    let successor = (last as u32 + 1..=char::MAX as u32).find_map(char::from_u32);
    let high = successor.map(|next| format!("{}{next}", &prefix[..prefix.len() - last.len_utf8()]));
    Some((prefix.to_string(), high))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{LowerBound, lower_bound, prefix_range};

    proptest! {
        /// The one bound selects exactly the ids that both (at least `low`, after `after`) do.
        #[test]
        fn the_one_lower_bound_selects_as_both(
            low in "[a-c]{0,3}", after in proptest::option::of("[a-c]{0,3}"), id in "[a-c]{0,4}"
        ) {
            let both = id.as_str() >= low.as_str() && after.as_deref().is_none_or(|a| id.as_str() > a);
            let one = match lower_bound(&low, after.as_deref()) {
                LowerBound::Inclusive(low) => id.as_str() >= low,
                LowerBound::Exclusive(after) => id.as_str() > after,
            };
            prop_assert_eq!(one, both);
        }

        /// Whatever the filter, every id it matches is inside its range: the range only narrows
        /// what SQLite reads, never what the filter selects.
        #[test]
        fn every_match_is_in_the_range(glob in "[a-c:\\-é\u{10FFFF}*?]{0,6}", text in "[a-c:\\-é\u{10FFFF}]{0,8}") {
            let like = glob.replace('*', ".*").replace('?', ".");
            let matched = regex::Regex::new(&format!("^{like}$")).unwrap().is_match(&text);
            if matched && let Some((low, high)) = prefix_range(&glob) {
                prop_assert!(text >= low, "{text:?} below {low:?}");
                if let Some(high) = high {
                    prop_assert!(text < high, "{text:?} not below {high:?}");
                }
            }
        }
    }

    #[test]
    fn the_range_is_the_literal_prefix() {
        assert_eq!(
            prefix_range("dev:tap-s*-to-x"),
            Some(("dev:tap-s".into(), Some("dev:tap-t".into())))
        );
        assert_eq!(prefix_range("*x"), None);
        assert_eq!(
            prefix_range("a\u{10FFFF}?"),
            Some(("a\u{10FFFF}".into(), None))
        );
    }
}
