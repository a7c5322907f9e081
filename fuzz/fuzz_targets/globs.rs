//! Globs: the input split at its first NUL or newline into a pattern and a text, for
//! `meltano_yml::glob_matches`, `catalog::apply_rules` (the pattern as a select rule, a select_filter and a metadata key) and
//! `state::glob_to_like`.
//!
//! The matcher itself is `domain::glob::matches` (linear: at most pattern x text steps);
//! `meltano_yml::glob_matches` is it on paths without their leading `./`. Run with short inputs
//! (`-max_len=256`) and `-timeout=10`, so a matcher that backtracks shows up as a timeout.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meltano_api::domain::catalog::{CatalogRules, apply_rules};
use meltano_api::domain::glob;
use meltano_api::domain::meltano_yml::glob_matches;
use meltano_api::domain::state::glob_to_like;
use serde_json::{Value, json};

fn selected(catalog: &Value, stream: usize, breadcrumb: &[&str]) -> Option<bool> {
    catalog["streams"][stream]["metadata"]
        .as_array()?
        .iter()
        .find(|m| m["breadcrumb"] == json!(breadcrumb))?["metadata"]["selected"]
        .as_bool()
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let (pattern, text) = match input.find(['\0', '\n']) {
        Some(at) => (&input[..at], &input[at + 1..]),
        None => (input, ""),
    };

    let matched = glob_matches(pattern, text);
    assert_eq!(
        matched,
        glob_matches(pattern, text),
        "glob_matches is deterministic"
    );
    assert_eq!(
        matched,
        glob::matches(
            pattern.trim_start_matches("./"),
            text.trim_start_matches("./")
        )
    );
    let raw = glob::matches(pattern, text);
    if !pattern.contains(['*', '?', '[']) {
        // No wildcard: a plain comparison.
        assert_eq!(
            raw,
            pattern == text,
            "literal pattern {pattern:?} vs {text:?}"
        );
    }
    if raw {
        // Laws of any glob: a star more at either end still matches, with anything around.
        assert!(glob::matches(
            &format!("{pattern}*"),
            &format!("{text}{pattern}")
        ));
        assert!(glob::matches(
            &format!("*{pattern}"),
            &format!("{pattern}{text}")
        ));
    }
    assert!(glob::matches("*", text) && glob::matches("*", pattern));
    // Each of the text's special characters in its own class: the text as a literal pattern.
    let escaped: String = text
        .chars()
        .map(|c| {
            if matches!(c, '*' | '?' | '[') {
                format!("[{c}]")
            } else {
                c.to_string()
            }
        })
        .collect();
    assert!(
        glob::matches(&escaped, text),
        "escaped {escaped:?} misses {text:?}"
    );
    assert_eq!(
        glob::matches(&escaped, pattern),
        pattern == text,
        "escaped {escaped:?} vs {pattern:?}"
    );
    let contains = format!("*{escaped}*");
    assert_eq!(
        glob::matches(&contains, pattern),
        pattern.contains(text),
        "{contains:?} vs {pattern:?}"
    );
    if !text.is_empty() {
        let _ = glob_matches(text, pattern);
    }

    let like = glob_to_like(pattern);
    assert!(like.chars().count() >= pattern.chars().count());
    assert!(!like.contains(['*', '?']) || pattern.contains(['*', '?']));

    // The text names a stream and a property (`stream.property`) of a small catalog; the
    // pattern is a select rule, then also a select_filter and a metadata key.
    let (stream, property) = text.split_once('.').unwrap_or((text, "id"));
    let fresh = json!({ "streams": [
        { "tap_stream_id": stream, "schema": { "properties": { property: {}, "never": {} } },
          "metadata": [ { "breadcrumb": ["properties", "never"], "metadata": { "inclusion": "unsupported" } } ] },
        { "stream": "things", "schema": { "properties": { "id": {}, "nested": { "properties": { "a": {} } } } } },
        { "tap_stream_id": "no-properties" }
    ]});
    let rules = CatalogRules {
        select: vec![pattern.to_string()],
        select_filter: vec![pattern.to_string()],
        metadata: json!({ pattern: { "custom": 1 } })
            .as_object()
            .unwrap()
            .clone(),
        ..Default::default()
    };
    let mut catalog = fresh.clone();
    apply_rules(&mut catalog, &rules);
    let once = catalog.clone();
    apply_rules(&mut catalog, &rules);
    assert_eq!(
        once, catalog,
        "applying the rules twice changes nothing more"
    );
    if property != "never" {
        assert_ne!(
            selected(&catalog, 0, &["properties", "never"]),
            Some(true),
            "unsupported is never selected"
        );
    }
    let mut with_exclude = fresh;
    let own_exclusion = CatalogRules {
        select: vec![pattern.to_string(), format!("!{pattern}")],
        ..Default::default()
    };
    apply_rules(&mut with_exclude, &own_exclusion);
    // A property whose own name holds a dot is left out: rules match the dot-joined breadcrumb
    // (as Meltano's), so `s.*.c`'s parent rule `properties.*` selects a property named `q.c`
    // that its exclusion `properties.*.properties.c` does not name. Meltano selects it too.
    if !pattern.starts_with('!')
        && pattern.contains('.')
        && property != "never"
        && !property.contains('.')
    {
        // A rule and its own exclusion: exclusions win, so that property is not selected.
        let (rule_stream, rule_property) = pattern.split_once('.').unwrap();
        if glob_matches(rule_stream, stream)
            && glob_matches(rule_property, property)
            && !rule_stream.contains('\\')
        {
            assert_ne!(
                selected(&with_exclude, 0, &["properties", property]),
                Some(true),
                "{pattern:?}"
            );
        }
    }
});
