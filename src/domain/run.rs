//! Runs as `meltano run` makes them: options, statuses, which state ids a run holds, and how a
//! run's captured state is written.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::job::{Block, state_id};

/// How captured state is written (`meltano run --state-strategy`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StateStrategy {
    #[default]
    Auto,
    Merge,
    Overwrite,
}

/// The options of a run, as `meltano run` takes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RunOptions {
    pub full_refresh: bool,
    pub no_state_update: bool,
    pub force: bool,
    pub state_id_suffix: Option<String>,
    pub state_strategy: StateStrategy,
    pub dry_run: bool,
    pub timeout_seconds: Option<u32>,
}

impl RunOptions {
    /// Whether captured state is deep-merged into what is there rather than replacing it:
    /// `merge`, or `auto` on a full refresh (which may sync only some streams), as Meltano does.
    pub fn merges_state(&self) -> bool {
        match self.state_strategy {
            StateStrategy::Merge => true,
            StateStrategy::Overwrite => false,
            StateStrategy::Auto => self.full_refresh,
        }
    }

    /// Whether the extractor is given the stored state.
    pub fn reads_state(&self) -> bool {
        !self.full_refresh
    }
}

/// The state ids a run reads and writes: one per extract-load block; the run's suffix wins over
/// the environment's (as `--state-id-suffix` over `state_id_suffix`).
pub fn state_ids(
    env: &str,
    blocks: &[Block],
    run_suffix: Option<&str>,
    env_suffix: Option<&str>,
) -> Vec<String> {
    let suffix = run_suffix.or(env_suffix);
    let mut ids: Vec<String> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::ExtractLoad(el) => Some(state_id(env, el, suffix)),
            Block::Command { .. } => None,
        })
        .collect();
    ids.dedup();
    ids
}

/// A run's status (Meltano's, plus `QUEUED` and `CANCELLED`; a state edit's record has
/// `STATE_EDIT`), spelt as the spec and the database spell it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum RunStatus {
    Queued,
    Running,
    Success,
    Fail,
    /// Meltano's for a run whose process died; this server fails such runs instead.
    Dead,
    Cancelled,
    StateEdit,
}

impl RunStatus {
    /// The statuses of a run that has not ended.
    pub const ACTIVE: [Self; 2] = [Self::Queued, Self::Running];

    pub fn is_active(self) -> bool {
        Self::ACTIVE.contains(&self)
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What a run does.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum RunKind {
    /// Blocks of a job or a command (`meltano run`).
    #[default]
    Run,
    /// `pip install` of a plugin into its virtual environment.
    Install,
    /// An extractor run until its first record (`meltano config <extractor> test`).
    ConfigTest,
    /// A plugin's `test*` commands (`meltano test`).
    Test,
    /// A long-running plugin command (`meltano invoke`, in the background).
    Service,
    /// The record of a state edit (never executed).
    StateEdit,
}

impl RunKind {
    /// Kinds shown in the run history (tests and services have their own collections).
    pub const HISTORY: [Self; 4] = [Self::Run, Self::Install, Self::ConfigTest, Self::StateEdit];

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Who made a run.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Trigger {
    /// A request to the API.
    #[default]
    Api,
    /// A schedule's firing.
    Schedule,
}

/// What an `Idempotency-Key` is checked against: the operation and its request, canonically.
pub fn request_digest(operation: &str, request: &serde_json::Value) -> String {
    let mut hasher = Sha256::new();
    hasher.update(operation.as_bytes());
    hasher.update([0]);
    hasher.update(request.to_string().as_bytes());
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How a plugin's command line is split: as a POSIX shell would split words, without running a
/// shell (quotes group, backslash escapes); `None` when a quote is left open.
pub fn split_args(text: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => word.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => word.push(chars.next()?),
                        c => word.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                word.push(chars.next()?);
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::job::ExtractLoad;
    use proptest::prelude::*;

    fn el(tap: &str, target: &str) -> Block {
        Block::ExtractLoad(ExtractLoad {
            extractor: tap.into(),
            mappers: vec![],
            loader: target.into(),
        })
    }

    #[test]
    fn state_ids_follow_blocks_and_the_run_suffix_wins() {
        let blocks = [
            el("tap", "target"),
            Block::Command {
                plugin: "dbt".into(),
                command: Some("run".into()),
            },
            el("tap", "other"),
        ];
        assert_eq!(
            state_ids("dev", &blocks, None, None),
            ["dev:tap-to-target", "dev:tap-to-other"]
        );
        assert_eq!(
            state_ids("dev", &blocks, Some("b"), Some("env")),
            ["dev:tap-to-target:b", "dev:tap-to-other:b"]
        );
        assert_eq!(
            state_ids("dev", &blocks, None, Some("env")),
            ["dev:tap-to-target:env", "dev:tap-to-other:env"]
        );
    }

    #[test]
    fn strategies_decide_merging_as_meltano() {
        let options = |strategy, full_refresh| RunOptions {
            state_strategy: strategy,
            full_refresh,
            ..RunOptions::default()
        };
        assert!(!options(StateStrategy::Auto, false).merges_state());
        assert!(options(StateStrategy::Auto, true).merges_state());
        assert!(options(StateStrategy::Merge, false).merges_state());
        assert!(!options(StateStrategy::Overwrite, true).merges_state());
    }

    #[test]
    fn args_split_like_a_shell() {
        assert_eq!(
            split_args(r#"run --select "a b" 'c d' e\ f"#).unwrap(),
            ["run", "--select", "a b", "c d", "e f"]
        );
        assert_eq!(split_args("  ").unwrap(), Vec::<String>::new());
        assert_eq!(split_args("''").unwrap(), [""]);
        assert!(split_args("'open").is_none());
    }

    proptest! {
        /// Words without quotes or escapes split on whitespace, exactly.
        #[test]
        fn plain_words_split_on_whitespace(words in proptest::collection::vec("[a-zA-Z0-9_.=-]{1,8}", 0..6)) {
            prop_assert_eq!(split_args(&words.join("  \t")).unwrap(), words);
        }

        /// Quoting a word keeps it whole, whatever it holds (but its own quote).
        #[test]
        fn single_quotes_keep_a_word_whole(word in "[^']{0,20}") {
            prop_assert_eq!(split_args(&format!("x '{word}' y")).unwrap(), vec!["x".to_string(), word, "y".to_string()]);
        }
    }
}
