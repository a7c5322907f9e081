//! Plugin config: `plugin::config_document` over `Resolved` items built from (name, JSON value)
//! pairs, serialized with `serde_json::to_string`; the secrets' `redact`, `keep` and `strip` on
//! the same config.
//!
//! Input: one item per line, `name=value` (the value JSON when it parses, else a string; no `=`:
//! no value). A name starting with `!` names a sensitive setting (without the `!`).
//!
//! (The brief named free functions `plugin::redact` and `plugin::keep_secrets`; they are now
//! `plugin::Secrets::redact` and `plugin::Secrets::keep`, and `Resolved` is made by `Resolved::new`.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use meltano_api::domain::plugin::{
    REDACTED, Resolved, Secrets, Setting, Source, config_document, inheritable, lookup,
};
use serde_json::{Map, Value};

const SOURCES: [Source; 5] = [
    Source::Default,
    Source::Inherited,
    Source::Project,
    Source::Environment,
    Source::EnvVar,
];

/// (name, value, sensitive) per line.
fn pairs(input: &str) -> Vec<(String, Option<Value>, bool)> {
    input
        .lines()
        .map(|line| {
            let (name, value) = match line.split_once('=') {
                Some((name, text)) => (
                    name,
                    Some(serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.into()))),
                ),
                None => (line, None),
            };
            match name.strip_prefix('!') {
                Some(name) => (name.to_string(), value, true),
                None => (name.to_string(), value, false),
            }
        })
        .collect()
}

/// No value at a path `secrets` covers shows anything but the placeholder (or null).
fn assert_no_secret(secrets: &Secrets, path: &str, value: &Value) {
    if secrets.covers(path) {
        assert!(
            value.is_null() || value.as_str() == Some(REDACTED),
            "secret at {path:?} shown as {value}"
        );
    } else if let Value::Object(map) = value {
        for (key, inner) in map {
            assert_no_secret(secrets, &format!("{path}.{key}"), inner);
        }
    }
}

/// The first path under `path` that `secrets` covers and that holds a value (not null).
fn leaked(secrets: &Secrets, path: &str, value: &Value) -> Option<String> {
    if secrets.covers(path) {
        return (!value.is_null()).then(|| path.to_string());
    }
    match value {
        Value::Object(map) => map
            .iter()
            .find_map(|(key, inner)| leaked(secrets, &format!("{path}.{key}"), inner)),
        _ => None,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let pairs = pairs(input);
    let settings: Vec<Setting> = pairs
        .iter()
        .map(|(name, _, sensitive)| Setting {
            name: name.clone(),
            kind: None,
            sensitive: *sensitive,
            env: None,
            default: None,
        })
        .collect();
    let secrets = Secrets::of(&settings);
    let resolved: Vec<Resolved> = pairs
        .iter()
        .enumerate()
        .map(|(i, (name, value, _))| {
            Resolved::new(
                name.clone(),
                value.clone(),
                SOURCES[i % SOURCES.len()],
                &secrets,
            )
        })
        .collect();

    for item in &resolved {
        assert_eq!(
            item.redacted,
            item.value.is_some() && secrets.covers(&item.name)
        );
        assert_eq!(
            item.shown().is_none(),
            item.redacted || item.value.is_none()
        );
        if let Some(shown) = item.shown() {
            assert_no_secret(&secrets, &item.name, shown);
        }
        if item.redacted {
            // Debug never shows a secret: it does not depend on the value.
            let blank = Resolved::new(item.name.clone(), Some(Value::Null), item.source, &secrets);
            assert_eq!(format!("{item:?}"), format!("{blank:?}"));
        }
    }
    for value in Secrets::values(&resolved) {
        assert!(value.len() >= 4);
    }
    assert!(inheritable(&resolved).len() <= resolved.len());

    let document = config_document(&resolved);
    assert_eq!(
        document,
        config_document(&resolved),
        "config_document is deterministic"
    );
    let text = serde_json::to_string(&document).expect("a config document serializes");
    let back: Value = serde_json::from_str(&text).expect("its JSON parses");
    assert!(back.is_object());
    // The last item with a value is where its dotted name says.
    if let Some(last) = resolved.iter().rev().find(|r| r.value.is_some()) {
        let mut at = Some(&document);
        let mut parts: Vec<&str> = last.name.split('.').collect();
        let leaf = parts.pop().unwrap_or_default();
        for part in parts {
            at = at.and_then(|m| m.get(part)).and_then(Value::as_object);
        }
        assert_eq!(
            at.and_then(|m| m.get(leaf)),
            last.value.as_ref(),
            "{:?} is not at its place in {text}",
            last.name
        );
    }

    // The same pairs as a flat config (name -> value), and the document (nested) as a config.
    let flat: Map<String, Value> = pairs
        .iter()
        .filter_map(|(name, value, _)| value.clone().map(|v| (name.clone(), v)))
        .collect();
    for config in [&flat, &document] {
        let shown = secrets.redact(config);
        assert_eq!(shown.len(), config.len());
        for (key, value) in &shown {
            assert_no_secret(&secrets, key, value);
        }
        assert_eq!(secrets.redact(&shown), shown, "redact is idempotent");
        // An export leaves every secret out.
        let (stripped, left_out) = secrets.strip(config);
        for path in &left_out {
            assert!(secrets.covers(path));
        }
        for (key, value) in &stripped {
            assert!(!secrets.covers(key));
            if let Some(leak) = leaked(&secrets, key, value) {
                panic!("strip kept the secret at {leak:?}: {stripped:?}");
            }
        }
        let _ = serde_json::to_string(&stripped).expect("serializes");
        // Read-modify-write: what was shown, written back, keeps every secret.
        let kept = secrets.keep(shown.clone(), config);
        for (key, value) in config {
            if lookup(&kept, key) != Some(value) {
                panic!("writing back the shown {key:?} lost its value {value}: {kept:?}");
            }
        }
    }
});
