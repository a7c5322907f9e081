//! Jobs' tasks: `job::normalize` on arbitrary JSON (the input parsed as JSON when it is, else taken
//! as one task string), then `plan` and `validate` against a small fixed set of plugins.
#![no_main]

use std::collections::HashMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use meltano_api::domain::job::{self, Block, PluginInfo};
use serde_json::Value;

fn plugins() -> &'static HashMap<String, PluginInfo> {
    static PLUGINS: OnceLock<HashMap<String, PluginInfo>> = OnceLock::new();
    PLUGINS.get_or_init(|| {
        let info = |plugin_type: &str, commands: &[&str]| PluginInfo {
            plugin_type: plugin_type.into(),
            commands: commands.iter().map(|c| c.to_string()).collect(),
        };
        HashMap::from([
            ("tap-a".into(), info("extractors", &[])),
            ("tap-x".into(), info("extractors", &["discover"])),
            ("target-a".into(), info("loaders", &[])),
            ("target-y".into(), info("loaders", &[])),
            ("mapper".into(), info("mappers", &[])),
            ("dbt".into(), info("transformers", &["run", "test"])),
            ("sqlfluff".into(), info("utilities", &["lint", "fix"])),
        ])
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tasks = serde_json::from_str::<Value>(text).unwrap_or_else(|_| Value::String(text.into()));

    let normalized = job::normalize(&tasks);
    assert_eq!(
        normalized,
        job::normalize(&tasks),
        "normalize is deterministic"
    );
    for name in normalized.iter().flatten() {
        assert!(!name.is_empty(), "empty block name from {tasks}");
        assert!(
            !name.contains(char::is_whitespace),
            "block name {name:?} holds whitespace"
        );
    }
    // A task list written back as strings normalizes to itself.
    let rewritten = Value::Array(
        normalized
            .iter()
            .map(|t| Value::String(t.join(" ")))
            .collect(),
    );
    if !normalized.is_empty() {
        assert_eq!(job::normalize(&rewritten), normalized);
    }

    let planned = job::plan(&normalized, plugins());
    let validated = job::validate(&normalized, plugins());
    match (&planned, &validated) {
        (Ok(blocks), Ok(els)) => {
            let from_plan: Vec<_> = blocks
                .iter()
                .filter_map(|b| match b {
                    Block::ExtractLoad(el) => Some(el.clone()),
                    Block::Command { .. } => None,
                })
                .collect();
            assert_eq!(
                &from_plan, els,
                "validate answers plan's extract-load blocks"
            );
            for block in blocks {
                let label = block.label();
                assert!(!label.is_empty());
                if let Block::ExtractLoad(el) = block {
                    let _ = job::state_id("dev", el, Some("suffix"));
                }
            }
        }
        (Err(_), Err(_)) => {}
        _ => panic!("plan and validate disagree on {tasks}: {planned:?} vs {validated:?}"),
    }
});
