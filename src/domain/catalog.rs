//! Stream selection, as `meltano select` rules apply to a tap's discovered catalog: each rule is
//! `stream.property` (globs; `!` excludes); a property is selected when an include rule matches it
//! and no exclude rule does (or when the tap marks it `inclusion: automatic`); a stream is selected
//! when any of its properties is, or an include rule names it with `*`. No rules: everything.

use serde_json::{Map, Value, json};

use super::glob::matches as glob_matches;

struct Rule {
    exclude: bool,
    stream: String,
    property: String,
}

fn rules(select: &[String]) -> Vec<Rule> {
    select
        .iter()
        .map(|rule| {
            let (exclude, rule) = match rule.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, rule.as_str()),
            };
            let (stream, property) = rule.split_once('.').unwrap_or((rule, "*"));
            Rule {
                exclude,
                stream: stream.to_string(),
                property: property.to_string(),
            }
        })
        .collect()
}

/// Marks the catalog's streams and properties `selected` per the rules (Meltano's default,
/// `*.*`, when there are none).
pub fn apply_select(catalog: &mut Value, select: &[String]) {
    let default = ["*.*".to_string()];
    let rules = rules(if select.is_empty() { &default } else { select });
    let matches = |rule: &Rule, stream: &str, property: &str| {
        glob_matches(&rule.stream, stream) && glob_matches(&rule.property, property)
    };
    let Some(streams) = catalog.get_mut("streams").and_then(Value::as_array_mut) else {
        return;
    };
    for entry in streams {
        let stream = entry
            .get("tap_stream_id")
            .or_else(|| entry.get("stream"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let properties: Vec<String> = entry
            .pointer("/schema/properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        let metadata = entry
            .as_object_mut()
            .map(|e| e.entry("metadata").or_insert_with(|| json!([])))
            .and_then(Value::as_array_mut);
        let Some(metadata) = metadata else { continue };
        let mut any_property = false;
        for property in &properties {
            let automatic = find(metadata, &["properties", property])
                .and_then(|m| m.get("inclusion"))
                .and_then(Value::as_str)
                == Some("automatic");
            let included = rules
                .iter()
                .any(|r| !r.exclude && matches(r, &stream, property));
            let excluded = rules
                .iter()
                .any(|r| r.exclude && matches(r, &stream, property));
            let selected = automatic || (included && !excluded);
            any_property |= selected && !automatic;
            set_selected(metadata, &["properties", property], selected);
        }
        let named = rules
            .iter()
            .any(|r| !r.exclude && r.property == "*" && glob_matches(&r.stream, &stream));
        let excluded = rules
            .iter()
            .any(|r| r.exclude && r.property == "*" && glob_matches(&r.stream, &stream));
        set_selected(metadata, &[], (any_property || named) && !excluded);
    }
}

fn find<'a>(metadata: &'a [Value], breadcrumb: &[&str]) -> Option<&'a Map<String, Value>> {
    metadata
        .iter()
        .find(|m| m.get("breadcrumb") == Some(&json!(breadcrumb)))
        .and_then(|m| m.get("metadata"))
        .and_then(Value::as_object)
}

fn set_selected(metadata: &mut Vec<Value>, breadcrumb: &[&str], selected: bool) {
    let crumb = json!(breadcrumb);
    match metadata
        .iter_mut()
        .find(|m| m.get("breadcrumb") == Some(&crumb))
    {
        Some(entry) => {
            if let Some(fields) = entry
                .as_object_mut()
                .map(|e| e.entry("metadata").or_insert_with(|| json!({})))
                .and_then(Value::as_object_mut)
            {
                fields.insert("selected".into(), json!(selected));
            }
        }
        None => metadata.push(json!({ "breadcrumb": crumb, "metadata": { "selected": selected } })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Value {
        json!({ "streams": [
            { "tap_stream_id": "commits", "schema": { "properties": { "id": {}, "diff": {}, "author": {} } },
              "metadata": [ { "breadcrumb": ["properties", "id"], "metadata": { "inclusion": "automatic" } } ] },
            { "tap_stream_id": "issues", "schema": { "properties": { "id": {}, "title": {} } } }
        ]})
    }

    fn selected(catalog: &Value, stream: usize, breadcrumb: &[&str]) -> bool {
        let metadata = catalog["streams"][stream]["metadata"].as_array().unwrap();
        find(metadata, breadcrumb).unwrap()["selected"] == json!(true)
    }

    #[test]
    fn rules_select_streams_and_properties_as_meltano() {
        let mut chosen = catalog();
        apply_select(&mut chosen, &["commits.*".into(), "!commits.diff".into()]);
        assert!(selected(&chosen, 0, &[]));
        assert!(selected(&chosen, 0, &["properties", "author"]));
        assert!(!selected(&chosen, 0, &["properties", "diff"]));
        assert!(
            selected(&chosen, 0, &["properties", "id"]),
            "automatic stays"
        );
        assert!(!selected(&chosen, 1, &[]));
        assert!(!selected(&chosen, 1, &["properties", "title"]));

        let mut everything = catalog();
        apply_select(&mut everything, &[]);
        assert!(
            selected(&everything, 1, &[]) && selected(&everything, 1, &["properties", "title"])
        );

        let mut one = catalog();
        apply_select(&mut one, &["issues.title".into()]);
        assert!(selected(&one, 1, &[]) && !selected(&one, 1, &["properties", "id"]));
        assert!(
            !selected(&one, 0, &[]),
            "an automatic property alone selects no stream"
        );
    }
}
