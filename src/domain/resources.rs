//! The writable fields of projects and environments, and how Replace and Merge Patch change them.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Name;
use crate::error::Error;

/// What a client may write on a project (as `meltano.yml`'s top level).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProjectFields {
    pub description: Option<String>,
    pub default_environment: Option<String>,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

/// What a client may write on an environment (as `meltano.yml`'s `environments[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EnvFields {
    pub description: Option<String>,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    pub state_id_suffix: Option<String>,
}

/// Rules a set of fields must keep whichever way it was written.
pub trait Fields: Serialize + DeserializeOwned {
    fn check(self) -> Result<Self, Error>;

    /// Applies a JSON Merge Patch (RFC 7396): `null` removes, objects merge, anything else replaces.
    fn merge_patch(&self, patch: &Value) -> Result<Self, Error> {
        let mut document = serde_json::to_value(self).map_err(Error::internal)?;
        json_patch::merge(&mut document, patch);
        let patched: Self = serde_json::from_value(document).map_err(|_| {
            Error::bad_request("the merge patch does not fit this resource's fields")
        })?;
        patched.check()
    }
}

impl Fields for ProjectFields {
    fn check(self) -> Result<Self, Error> {
        if let Some(env) = &self.default_environment {
            Name::parse(env, "/default_environment")?;
        }
        Ok(self)
    }
}

impl Fields for EnvFields {
    fn check(self) -> Result<Self, Error> {
        if let Some(suffix) = &self.state_id_suffix {
            let ok = (1..=63).contains(&suffix.len())
                && suffix
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
            if !ok {
                return Err(Error::malformed(
                    "/state_id_suffix",
                    "must be 1-63 characters of A-Z, a-z, 0-9, '_', '.' and '-'",
                ));
            }
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn env_map() -> impl Strategy<Value = BTreeMap<String, String>> {
        proptest::collection::btree_map("[A-Z_]{1,8}", "\\PC{0,12}", 0..5)
    }

    proptest! {
        /// RFC 7396 on the `env` map: keys set to null vanish, other keys are set, the rest stay.
        #[test]
        fn merge_patch_of_env_vars_follows_rfc_7396(
            before in env_map(),
            set in env_map(),
            removed in proptest::collection::btree_set("[A-Z_]{1,8}", 0..4),
        ) {
            let fields = EnvFields { env: before.clone(), ..Default::default() };
            let mut patch_env = serde_json::Map::new();
            for (k, v) in &set { patch_env.insert(k.clone(), json!(v)); }
            for k in &removed { patch_env.insert(k.clone(), Value::Null); }
            let patched = fields.merge_patch(&json!({ "env": patch_env })).unwrap();

            let mut expected = before;
            for (k, v) in set { expected.insert(k, v); }
            for k in removed { expected.remove(&k); }
            prop_assert_eq!(patched.env, expected);
        }
    }

    #[test]
    fn null_resets_a_field_and_absent_keeps_it() {
        let fields = ProjectFields {
            description: Some("d".into()),
            default_environment: Some("dev".into()),
            ..Default::default()
        };
        let patched = fields.merge_patch(&json!({ "description": null })).unwrap();
        assert_eq!(patched.description, None);
        assert_eq!(patched.default_environment.as_deref(), Some("dev"));
    }

    #[test]
    fn a_patch_that_breaks_a_rule_is_refused() {
        let fields = ProjectFields::default();
        assert!(
            fields
                .merge_patch(&json!({ "default_environment": "Not A Name" }))
                .is_err()
        );
        assert!(
            EnvFields::default()
                .merge_patch(&json!({ "state_id_suffix": "a b" }))
                .is_err()
        );
    }
}
