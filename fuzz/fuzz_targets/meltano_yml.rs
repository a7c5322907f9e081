//! `meltano.yml`: `meltano_yml::read` (with the spec's schema check, as imports run it) on the
//! input as the text of `meltano.yml`; the part after a first NUL, if any, is an included file
//! (`config/extra.yml`). A project that reads is written back with `write`, and what `write` makes
//! must read again, to the same project (less the secrets, which `write` leaves out), and
//! writing that again gives the same text.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use meltano_api::domain::meltano_yml::{ImportedPlugin, ProjectExport, ProjectImport, read, write};
use meltano_api::domain::plugin::{Setting, merged_settings};
use meltano_api::schema::component_errors;
use serde_json::Value;

fn own_settings(plugin: &ImportedPlugin) -> Vec<Setting> {
    plugin
        .definition
        .get("settings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Setting::from_definition)
        .collect()
}

fn export(import: &ProjectImport) -> ProjectExport {
    let settings = |plugin: &ImportedPlugin| {
        let parent = plugin
            .inherit_from
            .as_deref()
            .and_then(|p| import.plugins.iter().find(|q| q.name.as_str() == p))
            .map(own_settings)
            .unwrap_or_default();
        merged_settings(&parent, &own_settings(plugin))
    };
    import.to_export(Some("5b7b2d0e-4f43-4c67-8a67-2f1f0c9d1a11".into()), settings)
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let (meltano_yml, extra) = match input.split_once('\0') {
        Some((yml, extra)) => (yml, Some(extra)),
        None => (input, None),
    };
    let files: BTreeMap<String, String> = extra
        .map(|text| ("config/extra.yml".to_string(), text.to_string()))
        .into_iter()
        .collect();

    let Ok(import) = read(meltano_yml, &files, &component_errors) else {
        return;
    };
    let written = write(&export(&import));
    assert_eq!(written, write(&export(&import)), "write is deterministic");
    // Read back beside the same files (a catalog file it names is still there).
    let again = match read(&written, &files, &component_errors) {
        Ok(again) => again,
        Err(error) => panic!("write made a meltano.yml that read refuses: {error:?}\n{written}"),
    };
    assert_eq!(again.project, import.project);
    assert_eq!(again.envs, import.envs);
    assert_eq!(again.jobs, import.jobs);
    assert_eq!(again.schedules, import.schedules);
    assert_eq!(again.layout, import.layout, "the order and unknown keys come back");
    // Plugins come back grouped by type (`write` lists them so); an import lists them file by file.
    let plugins = |i: &ProjectImport| {
        let mut plugins = i
            .plugins
            .iter()
            .map(|p| {
                (
                    p.name.to_string(),
                    p.plugin_type.clone(),
                    p.inherit_from.clone(),
                )
            })
            .collect::<Vec<_>>();
        plugins.sort();
        plugins
    };
    assert_eq!(plugins(&again), plugins(&import));
    // Read back and written again, the same text but for the note on left-out secrets (they
    // were left out the first time, so there are none the second).
    let rewritten = write(&export(&again));
    let without_note = |text: &str| {
        text.lines()
            .filter(|l| !l.starts_with("# Sensitive settings") && !l.starts_with("#   "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        without_note(&rewritten),
        without_note(&written),
        "write(read(write(x))) differs"
    );
    let fixpoint = read(&rewritten, &files, &component_errors).expect("reads again");
    assert_eq!(
        write(&export(&fixpoint)),
        rewritten,
        "write(read(y)) != y for a written y"
    );
});
