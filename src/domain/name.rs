use std::fmt;

use crate::error::Error;

/// A resource name: `[a-z0-9][a-z0-9_-]{0,62}`, as `components.schemas.Name` in the spec.
/// `:` is never part of one, since Meltano uses it in state ids and `plugin:command`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(String);

impl Name {
    pub const MAX_LEN: usize = 63;

    /// Checks `value`; `what` names it in the error (`/name`, `project`).
    pub fn parse(value: &str, what: &str) -> Result<Self, Error> {
        let mut chars = value.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        let rest_ok =
            chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if first_ok && rest_ok && value.len() <= Self::MAX_LEN {
            Ok(Self(value.to_string()))
        } else {
            Err(Error::malformed(
                what,
                "must be 1-63 characters of a-z, 0-9, '-' and '_', starting with a letter or digit",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn accepts_every_name_the_spec_pattern_accepts(name in "[a-z0-9][a-z0-9_-]{0,62}") {
            let parsed = Name::parse(&name, "name").unwrap();
            prop_assert_eq!(parsed.as_str(), name.as_str());
        }

        #[test]
        fn agrees_with_the_spec_pattern(name in "\\PC{0,70}|[a-z0-9_:-]{0,70}") {
            prop_assert_eq!(Name::parse(&name, "name").is_ok(), spec_pattern().is_match(&name));
        }
    }

    /// `components.schemas.Name.pattern` from the spec, so the domain rule cannot drift from it.
    fn spec_pattern() -> &'static regex::Regex {
        static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            let spec = crate::spec::Spec::load();
            regex::Regex::new(
                spec.document()["components"]["schemas"]["Name"]["pattern"]
                    .as_str()
                    .unwrap(),
            )
            .unwrap()
        });
        &PATTERN
    }

    #[test]
    fn rejects_colon_uppercase_and_overlong_names() {
        for bad in ["", "a:b", "Tap", "-tap", &"a".repeat(64), "tap gitlab", "é"] {
            assert!(
                Name::parse(bad, "name").is_err(),
                "{bad:?} should be rejected"
            );
        }
    }
}
