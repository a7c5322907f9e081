//! Singer state as Meltano keeps it: a completed and a partial value per state id, read as the
//! partial deep-merged over the completed (`docs/meltano-semantics.md`).

use serde_json::{Map, Value};

use super::Name;
use crate::error::{Error, FieldError};

/// Deep-merges `overlay` into `base`, as Meltano's `merge`: objects merge key by key, recursively;
/// any other value (lists included) in `overlay` replaces the one in `base`; keys only in `base`
/// stay.
pub fn deep_merge(base: &mut Value, overlay: &Value) {
    match (base, overlay) {
        (Value::Object(base), Value::Object(overlay)) => {
            for (key, value) in overlay {
                match base.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        deep_merge(existing, value)
                    }
                    _ => {
                        base.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (base, overlay) => *base = overlay.clone(),
    }
}

/// What a run reads: the partial state deep-merged over the completed state.
pub fn effective(completed: Option<&Value>, partial: Option<&Value>) -> Value {
    let mut state = completed
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    if let Some(partial) = partial {
        deep_merge(&mut state, partial);
    }
    state
}

/// Meltano's check on a state value: a `singer_state` key at the top level.
pub fn validate_singer_state(value: &Value, pointer: &str) -> Result<(), Error> {
    if value.get("singer_state").is_some() {
        Ok(())
    } else {
        Err(Error::Invalid {
            detail: format!(
                "{pointer} must have a top-level 'singer_state' key (or pass validate=false)"
            ),
            errors: vec![FieldError::new(
                pointer,
                "has no top-level 'singer_state' key",
            )],
        })
    }
}

/// A state id as Meltano accepts it: any printable text without spaces or `/` (it is a path
/// segment here), up to Meltano's 900 characters. One of the conventional form
/// `{env}:{extractor}-to-{loader}[:suffix]` lives in the environment its env part names; any
/// other (from `meltano el --state-id`, or an old schedule's) in whichever it is written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateId(String);

impl StateId {
    pub fn parse(value: &str, env: &Name, what: &str) -> Result<Self, Error> {
        let printable = value
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            && value.len() <= 900
            && value.bytes().all(|b| b.is_ascii_graphic() && b != b'/');
        if !printable {
            return Err(Error::malformed(
                what,
                "must be printable text without spaces or '/' (up to 900 characters), starting \
                 with a letter, digit or '_'; Meltano forms {env}:{extractor}-to-{loader}[:suffix]",
            ));
        }
        match Self::conventional_env(value) {
            Some(env_part) if env_part != env.as_str() => Err(Error::Invalid {
                detail: format!(
                    "state id '{value}' belongs to environment '{env_part}', not '{env}'"
                ),
                errors: vec![FieldError::new(what, format!("must start with '{env}:'"))],
            }),
            _ => Ok(Self(value.to_string())),
        }
    }

    /// A state id as a key of an imported map: the spec's schema cannot constrain a map's keys,
    /// so a key that is no state id breaks a rule of the import (where a malformed id named by
    /// a path or a field is a malformed request).
    pub fn parse_key(key: &str, env: &Name, pointer: &str) -> Result<Self, Error> {
        Self::parse(key, env, pointer).map_err(|error| match error {
            Error::Malformed { detail, errors } => Error::Invalid { detail, errors },
            other => other,
        })
    }

    /// The env part of an id of Meltano's form `{env}:{extractor}-to-{loader}[:suffix]`.
    pub fn conventional_env(value: &str) -> Option<&str> {
        let mut parts = value.splitn(3, ':');
        let (env_part, pipeline) = (parts.next()?, parts.next()?);
        let suffix_ok = parts.next().is_none_or(|s| {
            (1..=63).contains(&s.len())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        });
        let pipeline_ok = pipeline.split_once("-to-").is_some_and(|(tap, target)| {
            Name::parse(tap, "state_id").is_ok() && Name::parse(target, "state_id").is_ok()
        });
        (suffix_ok && pipeline_ok && Name::parse(env_part, "state_id").is_ok()).then_some(env_part)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A `meltano state list --pattern` glob (`*` any run, `?` one character) as a SQL `LIKE`
/// pattern with `\` as its escape character.
pub fn glob_to_like(glob: &str) -> String {
    let mut like = String::with_capacity(glob.len() + 4);
    for c in glob.chars() {
        match c {
            '*' => like.push('%'),
            '?' => like.push('_'),
            '%' | '_' | '\\' => {
                like.push('\\');
                like.push(c);
            }
            other => like.push(other),
        }
    }
    like
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i32>().prop_map(Value::from),
            "[a-z]{0,4}".prop_map(Value::from)
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
                proptest::collection::btree_map("[a-c]", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Every leaf of the overlay wins; every key only in the base survives.
        #[test]
        fn merge_keeps_base_keys_and_overlay_wins(base in json_value(), overlay in json_value()) {
            let mut merged = base.clone();
            deep_merge(&mut merged, &overlay);
            match (&base, &overlay) {
                (Value::Object(b), Value::Object(o)) => {
                    for (k, v) in o {
                        if !(v.is_object() && b.get(k).is_some_and(Value::is_object)) {
                            prop_assert_eq!(&merged[k], v);
                        }
                    }
                    for k in b.keys() {
                        prop_assert!(merged.get(k).is_some());
                    }
                }
                _ => prop_assert_eq!(&merged, &overlay),
            }
        }

        /// Within its environment, a state id is valid exactly when the spec's pattern says so.
        #[test]
        fn state_ids_agree_with_the_spec_pattern(id in "dev:[a-z0-9_:.-]{0,30}|dev:[a-z]{1,5}-to-[a-z]{1,5}(:[A-Za-z0-9_. -]{0,5})?|[ -~]{0,12}|[a-z]{1,3}[^a-z]{0,3}") {
            static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                let spec = crate::spec::Spec::load();
                regex::Regex::new(spec.document()["components"]["schemas"]["StateId"]["pattern"].as_str().unwrap()).unwrap()
            });
            let dev = Name::parse("dev", "env").unwrap();
            prop_assert_eq!(StateId::parse(&id, &dev, "state_id").is_ok(), PATTERN.is_match(&id));
        }

        #[test]
        fn merging_is_idempotent(base in json_value(), overlay in json_value()) {
            let mut once = base.clone();
            deep_merge(&mut once, &overlay);
            let mut twice = once.clone();
            deep_merge(&mut twice, &overlay);
            prop_assert_eq!(once, twice);
        }
    }

    #[test]
    fn effective_state_is_partial_over_completed() {
        let completed = json!({ "singer_state": { "bookmarks": { "a": { "since": 1 }, "b": { "since": 1 } }, "list": [1, 2] } });
        let partial =
            json!({ "singer_state": { "bookmarks": { "b": { "since": 2 } }, "list": [3] } });
        assert_eq!(
            effective(Some(&completed), Some(&partial)),
            json!({ "singer_state": { "bookmarks": { "a": { "since": 1 }, "b": { "since": 2 } }, "list": [3] } })
        );
        assert_eq!(effective(None, None), json!({}));
        assert_eq!(effective(None, Some(&partial)), partial);
    }

    #[test]
    fn state_ids_are_meltano_s_and_conventional_ones_name_their_env() {
        let dev = Name::parse("dev", "env").unwrap();
        for good in [
            "dev:tap-a-to-target-b",
            "dev:tap-a-to-target-b:blue.1",
            "dev:a-to-b",
            // Not of the conventional form: any environment holds them, as Meltano accepts them.
            "tap-a-to-target-b",
            "my_custom_id",
            "prod:a-to-b:",
            "Dev:a-to-b",
        ] {
            assert!(StateId::parse(good, &dev, "state_id").is_ok(), "{good}");
        }
        for bad in [
            "",
            "a b",
            "a/b",
            ":a",
            ".",
            "..",
            "-x",
            "dev:a-to-b:x y",
            "é",
        ] {
            assert!(
                matches!(
                    StateId::parse(bad, &dev, "state_id"),
                    Err(Error::Malformed { .. })
                ),
                "{bad}"
            );
        }
        assert!(StateId::parse(&"a".repeat(900), &dev, "state_id").is_ok());
        assert!(StateId::parse(&"a".repeat(901), &dev, "state_id").is_err());
        assert!(matches!(
            StateId::parse("prod:a-to-b", &dev, "state_id"),
            Err(Error::Invalid { .. })
        ));
        assert_eq!(StateId::conventional_env("prod:a-to-b:x"), Some("prod"));
        assert_eq!(StateId::conventional_env("my_custom_id"), None);
    }

    #[test]
    fn singer_state_is_required_at_the_top_level() {
        assert!(validate_singer_state(&json!({ "singer_state": {} }), "/completed").is_ok());
        assert!(validate_singer_state(&json!({ "bookmarks": {} }), "/completed").is_err());
        assert!(
            validate_singer_state(&json!({ "x": { "singer_state": {} } }), "/completed").is_err()
        );
    }

    #[test]
    fn globs_become_escaped_like_patterns() {
        assert_eq!(glob_to_like("dev:tap-*"), "dev:tap-%");
        assert_eq!(glob_to_like("dev:a?b"), "dev:a_b");
        assert_eq!(glob_to_like("dev:a_b%c\\"), "dev:a\\_b\\%c\\\\");
    }
}
