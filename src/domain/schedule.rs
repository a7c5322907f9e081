//! Schedule intervals as Meltano reads them: a 5-field cron expression, or one of its aliases.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use croner::Cron;
use croner::parser::{CronParser, Seconds, Year};
use serde::{Deserialize, Serialize};

use crate::error::{Error, FieldError};

/// Meltano's aliases and their cron forms; `@once` and `@manual` never fire by themselves.
const ALIASES: [(&str, Option<&str>); 10] = [
    ("@once", None),
    ("@manual", None),
    ("@none", None),
    ("@hourly", Some("0 * * * *")),
    ("@daily", Some("0 0 * * *")),
    ("@midnight", Some("0 0 * * *")),
    ("@weekly", Some("0 0 * * 0")),
    ("@monthly", Some("0 0 1 * *")),
    ("@yearly", Some("0 0 1 1 *")),
    ("@annually", Some("0 0 1 1 *")),
];

fn parser() -> CronParser {
    CronParser::builder()
        .seconds(Seconds::Disallowed)
        .year(Year::Disallowed)
        .build()
}

/// How far ahead an expression must fire: one that does not within this (`0 0 30 2 *`) never
/// will, and would cost a long search at every look. `0 0 29 2 *` fires within four years.
const MUST_FIRE_WITHIN_DAYS: i64 = 5 * 366;

/// The cron form of a stored interval (`None` for the aliases that never fire, or what is not
/// an interval): cheap, for intervals checked when they were written.
pub fn cron_form(interval: &str) -> Option<String> {
    let interval = interval.trim();
    if let Some((_, cron)) = ALIASES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(interval))
    {
        return cron.map(str::to_string);
    }
    let fields = interval.split_whitespace().count();
    // A list with an empty item (`,`, `1,,5`) is no cron syntax; the parser would take it as an
    // empty set, which never matches, and searching for its fire time takes seconds.
    let empty_item = interval
        .split_whitespace()
        .any(|field| field.split(',').any(str::is_empty));
    (fields == 5 && !empty_item && !interval.starts_with('@') && parser().parse(interval).is_ok())
        .then(|| interval.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The cron form of an interval being written (`None` for the aliases that never fire), or a
/// `422`: not an interval, or an expression that does not fire in the next five years. Its one
/// search for a fire time can take milliseconds: call it off the async threads.
pub fn cron_interval(interval: &str, pointer: &str) -> Result<Option<String>, Error> {
    let fail = |detail: &str| Error::Invalid {
        detail: format!("{pointer} {detail}"),
        errors: vec![FieldError::new(pointer, detail)],
    };
    let trimmed = interval.trim();
    let is_alias = ALIASES
        .iter()
        .any(|(alias, _)| alias.eq_ignore_ascii_case(trimmed));
    let Some(cron) = cron_form(interval) else {
        if is_alias {
            return Ok(None);
        }
        return Err(fail(
            "must be a 5-field cron expression or one of @once, @manual, @hourly, @daily, @weekly, @monthly, @yearly",
        ));
    };
    let now = Utc::now();
    match next_fire_time(&cron, now) {
        Some(next) if next - now <= chrono::Duration::days(MUST_FIRE_WITHIN_DAYS) => Ok(Some(cron)),
        _ => Err(fail(
            "never fires (no date matches it in the next five years, e.g. 30 February)",
        )),
    }
}

/// When a schedule fires next: the first fire time after it last fired (or was made), which may
/// be past (a firing the scheduler has still to make); `None` when paused or never by itself.
/// Stored with the schedule, so that the scheduler looks only at the due ones.
pub fn next_fire_at(fields: &ScheduleFields, since: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if fields.paused {
        return None;
    }
    next_fire_time(&cron_form(&fields.interval)?, since)
}

/// What a client may write on a schedule: either `job`, or `extractor` + `loader` (+ `transform`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScheduleFields {
    pub job: Option<String>,
    pub extractor: Option<String>,
    pub loader: Option<String>,
    pub transform: Option<String>,
    pub interval: String,
    #[serde(default)]
    pub paused: bool,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

/// What a schedule runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleTarget<'a> {
    Job(&'a str),
    /// Meltano's older form: `meltano elt <extractor> <loader> [--transform=...]`.
    ExtractLoad {
        extractor: &'a str,
        loader: &'a str,
        transform: Option<&'a str>,
    },
}

impl ScheduleFields {
    /// What the schedule runs: its job when it names one, else its extractor and loader
    /// (`None` when it names neither; [`Self::check`] refuses that on write).
    pub fn target(&self) -> Option<ScheduleTarget<'_>> {
        match (&self.job, &self.extractor, &self.loader) {
            (Some(job), _, _) => Some(ScheduleTarget::Job(job)),
            (None, Some(extractor), Some(loader)) => Some(ScheduleTarget::ExtractLoad {
                extractor,
                loader,
                transform: self.transform.as_deref(),
            }),
            _ => None,
        }
    }

    /// Whether the schedule names `plugin` as its extractor or loader.
    pub fn names_plugin(&self, plugin: &str) -> bool {
        [&self.extractor, &self.loader]
            .into_iter()
            .flatten()
            .any(|name| name == plugin)
    }

    /// Checks the form and the interval; answers the cron interval. `plugin_type` tells the type
    /// of a project plugin, `job_exists` whether a job exists.
    pub fn check(
        &self,
        plugin_type: impl Fn(&str) -> Option<String>,
        job_exists: impl Fn(&str) -> bool,
    ) -> Result<Option<String>, Error> {
        let fail = |pointer: &str, detail: String| Error::Invalid {
            errors: vec![FieldError::new(pointer, detail.clone())],
            detail: format!("{pointer}: {detail}"),
        };
        match (&self.job, &self.extractor, &self.loader) {
            (Some(job), None, None) => {
                if self.transform.is_some() {
                    return Err(fail(
                        "/transform",
                        "goes with extractor and loader, not with job".into(),
                    ));
                }
                if !job_exists(job) {
                    return Err(fail("/job", format!("job '{job}' does not exist")));
                }
            }
            (None, Some(extractor), Some(loader)) => {
                for (pointer, name, kind) in [
                    ("/extractor", extractor, "extractors"),
                    ("/loader", loader, "loaders"),
                ] {
                    if plugin_type(name).as_deref() != Some(kind) {
                        return Err(fail(
                            pointer,
                            format!("'{name}' is not one of the project's {kind}"),
                        ));
                    }
                }
            }
            (Some(_), _, _) => {
                return Err(fail(
                    "/job",
                    "cannot be combined with extractor and loader".into(),
                ));
            }
            _ => return Err(fail("", "give either job, or extractor and loader".into())),
        }
        cron_interval(&self.interval, "/interval")
    }
}

/// The first time after `after` that `cron` fires.
pub fn next_fire_time(cron: &str, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let cron: Cron = parser().parse(cron).ok()?;
    cron.find_next_occurrence(&after, false).ok()
}

/// How many fire times a catch-up looks through at most (past that, the latest is not found and
/// the schedule waits for its next one).
const MAX_CATCH_UP: usize = 100_000;

/// The firing that is due: the latest time `cron` fires after `after` and at or before `now`.
/// Missed firings (a server down for a while) collapse into one, as cron without catch-up does.
pub fn due_fire_time(
    cron: &str,
    after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let cron: Cron = parser().parse(cron).ok()?;
    let mut due = None;
    let mut cursor = after;
    for _ in 0..MAX_CATCH_UP {
        match cron.find_next_occurrence(&cursor, false) {
            Ok(next) if next <= now => {
                due = Some(next);
                cursor = next;
            }
            _ => break,
        }
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn aliases_map_to_meltanos_cron_forms() {
        for (alias, cron) in [
            ("@hourly", Some("0 * * * *")),
            ("@daily", Some("0 0 * * *")),
            ("@weekly", Some("0 0 * * 0")),
            ("@monthly", Some("0 0 1 * *")),
            ("@yearly", Some("0 0 1 1 *")),
            ("@once", None),
            ("@manual", None),
        ] {
            assert_eq!(
                cron_interval(alias, "/interval").unwrap().as_deref(),
                cron,
                "{alias}"
            );
        }
    }

    #[test]
    fn cron_expressions_must_have_five_valid_fields() {
        assert_eq!(
            cron_interval(" */15  2 * * 1-5 ", "/interval")
                .unwrap()
                .as_deref(),
            Some("*/15 2 * * 1-5")
        );
        for bad in [
            "",
            "* * * *",
            "0 * * * * *",
            "61 * * * *",
            "@sometimes",
            "every day",
            "* * * * * 2026",
        ] {
            assert!(cron_interval(bad, "/interval").is_err(), "{bad:?}");
        }
        // Refused as syntax at once, not searched for years as a set that never matches.
        for empty_item in [", *  * * *", "* , * * *", "1,,5 * * * *", "0 0 1, * *"] {
            let error = cron_interval(empty_item, "/interval").unwrap_err();
            assert!(
                error.to_string().contains("must be a 5-field cron"),
                "{empty_item:?}: {error}"
            );
        }
    }

    #[test]
    fn expressions_that_never_fire_are_refused() {
        for never in ["0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 31 2 *"] {
            let error = cron_interval(never, "/interval").unwrap_err();
            assert!(
                error.to_string().contains("never fires"),
                "{never}: {error}"
            );
        }
        // Rare is not never: the 29th of February comes within four years.
        assert!(cron_interval("0 0 29 2 *", "/interval").is_ok());
    }

    #[test]
    fn paused_and_manual_schedules_have_no_next_fire_time() {
        let at = Utc.with_ymd_and_hms(2026, 11, 27, 10, 1, 0).unwrap();
        let fields = |interval: &str, paused| ScheduleFields {
            interval: interval.into(),
            paused,
            ..Default::default()
        };
        assert_eq!(
            next_fire_at(&fields("@hourly", false), at),
            Some(Utc.with_ymd_and_hms(2026, 11, 27, 11, 0, 0).unwrap())
        );
        assert_eq!(next_fire_at(&fields("@hourly", true), at), None);
        assert_eq!(next_fire_at(&fields("@manual", false), at), None);
    }

    #[test]
    fn next_fire_time_follows_the_cron() {
        let after = Utc.with_ymd_and_hms(2026, 11, 27, 13, 19, 21).unwrap();
        assert_eq!(
            next_fire_time("0 0 * * *", after),
            Some(Utc.with_ymd_and_hms(2026, 11, 28, 0, 0, 0).unwrap())
        );
        assert_eq!(
            next_fire_time("0 * * * *", after),
            Some(Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap())
        );
    }

    #[test]
    fn missed_firings_collapse_into_the_latest() {
        let at = |h, m| Utc.with_ymd_and_hms(2026, 11, 27, h, m, 0).unwrap();
        assert_eq!(
            due_fire_time("*/15 * * * *", at(10, 1), at(11, 7)),
            Some(at(11, 0))
        );
        assert_eq!(due_fire_time("*/15 * * * *", at(10, 1), at(10, 14)), None);
        // A firing exactly now is due; the one it was last fired for is not again.
        assert_eq!(
            due_fire_time("0 * * * *", at(10, 0), at(11, 0)),
            Some(at(11, 0))
        );
        assert_eq!(due_fire_time("0 * * * *", at(11, 0), at(11, 0)), None);
    }
}
