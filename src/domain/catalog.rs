//! The catalog a tap is given, built as Meltano builds it (`core/plugin/singer/catalog.py`):
//! the discovered catalog, then the `schema` extra (property schemas replaced), then metadata
//! rules in this order: `!*.*` (nothing selected), the `select` rules (`*.*` when there are
//! none), the `metadata` extra, the `select_filter` extra. Every rule that matches a node is
//! applied in that order, so the last match wins.
//!
//! Matching is `fnmatch`'s (`glob::matches`: case-sensitive, `*` crosses dots): a rule's stream
//! patterns against `tap_stream_id`, its breadcrumb (`properties.a.properties.b`) against the
//! node's. A node with no metadata gets an entry, `inclusion: automatic` for a stream or a
//! top-level property and `available` below; `selected: true` is never set where the tap says
//! `inclusion: unsupported`.

use serde_json::{Map, Value, json};

use super::glob::matches as glob_matches;

/// What a plugin's definition says about its catalog (each as in `meltano.yml`).
#[derive(Debug, Clone, Default)]
pub struct CatalogRules {
    pub select: Vec<String>,
    pub metadata: Map<String, Value>,
    pub schema: Map<String, Value>,
    pub select_filter: Vec<String>,
    /// The catalog is the plugin's own (its `catalog` extra): Meltano applies `select_filter`
    /// alone to it (`select` is only reported), and leaves it untouched without one.
    pub given: bool,
}

/// One metadata rule: on the nodes of the streams it matches (the other streams, when
/// `negated`) whose breadcrumb matches, set `key` to `value`.
#[derive(Debug, Clone, PartialEq)]
struct MetadataRule {
    streams: Vec<String>,
    negated: bool,
    breadcrumb: Vec<String>,
    key: String,
    value: Value,
}

impl MetadataRule {
    fn new(stream: &str, breadcrumb: Vec<String>, key: &str, value: Value) -> Self {
        Self {
            streams: vec![stream.to_string()],
            negated: false,
            breadcrumb,
            key: key.to_string(),
            value,
        }
    }

    fn matches(&self, stream: &str, breadcrumb: &[String]) -> bool {
        let stream_matches = self.streams.iter().any(|p| glob_matches(p, stream)) != self.negated;
        stream_matches && glob_matches(&self.breadcrumb.join("."), &breadcrumb.join("."))
    }
}

/// `["properties", p1, "properties", p2, ...]` for the property path `p1.p2...`.
fn property_breadcrumb(path: &[&str]) -> Vec<String> {
    path.iter()
        .flat_map(|p| ["properties".to_string(), p.to_string()])
        .collect()
}

/// A select pattern: `[!]stream[.property[.nested...]]`, the stream part up to the first dot
/// that is not escaped (`public\.orders.id` is property `id` of stream `public.orders`).
struct SelectPattern {
    negated: bool,
    stream: String,
    property: Option<String>,
}

impl SelectPattern {
    fn parse(pattern: &str) -> Self {
        let (negated, rest) = match pattern.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, pattern),
        };
        let bytes = rest.as_bytes();
        let split =
            (0..bytes.len()).find(|&i| bytes[i] == b'.' && (i == 0 || bytes[i - 1] != b'\\'));
        let (stream, property) = match split {
            Some(at) => (&rest[..at], Some(rest[at + 1..].to_string())),
            None => (rest, None),
        };
        Self {
            negated,
            stream: stream.replace("\\.", "."),
            property,
        }
    }
}

/// The rules of `select` patterns: all includes first, then all excludes (so an exclusion wins
/// wherever it stands), as Meltano's `select_metadata_rules`.
fn select_rules(patterns: &[String]) -> Vec<MetadataRule> {
    let (mut includes, mut excludes) = (Vec::new(), Vec::new());
    for pattern in patterns {
        let pattern = SelectPattern::parse(pattern);
        let selected = !pattern.negated;
        let rules = if pattern.negated {
            &mut excludes
        } else {
            &mut includes
        };
        let stream = pattern.stream.as_str();
        match &pattern.property {
            None => {
                rules.push(MetadataRule::new(
                    stream,
                    vec![],
                    "selected",
                    json!(selected),
                ));
                rules.push(MetadataRule::new(
                    stream,
                    vec!["properties".into(), "*".into()],
                    "selected",
                    json!(selected),
                ));
            }
            Some(property) => {
                let path: Vec<&str> = property.split('.').collect();
                if selected || property == "*" {
                    rules.push(MetadataRule::new(
                        stream,
                        vec![],
                        "selected",
                        json!(selected),
                    ));
                }
                rules.push(MetadataRule::new(
                    stream,
                    property_breadcrumb(&path),
                    "selected",
                    json!(selected),
                ));
                if selected {
                    for end in 1..path.len() {
                        rules.push(MetadataRule::new(
                            stream,
                            property_breadcrumb(&path[..end]),
                            "selected",
                            json!(true),
                        ));
                    }
                }
            }
        }
    }
    includes.extend(excludes);
    includes
}

/// The rules of the `metadata` extra: every leaf of it, its dotted path split as
/// `stream[.property...].key` (`{users: {replication-method: X}}` is stream-level).
fn metadata_rules(metadata: &Map<String, Value>) -> Vec<MetadataRule> {
    let mut leaves = Vec::new();
    flatten("", metadata, &mut leaves);
    leaves
        .into_iter()
        .filter_map(|(path, value)| {
            let parts: Vec<&str> = path.split('.').collect();
            let (stream, rest) = parts.split_first()?;
            let (key, properties) = rest.split_last()?;
            Some(MetadataRule::new(
                stream,
                property_breadcrumb(properties),
                key,
                value,
            ))
        })
        .collect()
}

/// Every leaf of nested objects with its dotted path (depth bounded by the config bounds).
fn flatten(prefix: &str, map: &Map<String, Value>, leaves: &mut Vec<(String, Value)>) {
    for (key, value) in map {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            Value::Object(inner) if !inner.is_empty() => flatten(&path, inner, leaves),
            other => leaves.push((path, other.clone())),
        }
    }
}

/// The rules of `select_filter`: streams matching none of its includes, and those matching its
/// (`!`) excludes, are deselected; only stream parts count. It can only deselect.
fn select_filter_rules(patterns: &[String]) -> Vec<MetadataRule> {
    let (mut includes, mut excludes) = (Vec::new(), Vec::new());
    for pattern in patterns {
        let pattern = SelectPattern::parse(pattern);
        if pattern.negated {
            excludes.push(pattern.stream);
        } else {
            includes.push(pattern.stream);
        }
    }
    let mut rules = Vec::new();
    if !includes.is_empty() {
        rules.push(MetadataRule {
            streams: includes,
            negated: true,
            breadcrumb: vec![],
            key: "selected".into(),
            value: json!(false),
        });
    }
    if !excludes.is_empty() {
        rules.push(MetadataRule {
            streams: excludes,
            negated: false,
            breadcrumb: vec![],
            key: "selected".into(),
            value: json!(false),
        });
    }
    rules
}

/// Applies `rules` to a discovered catalog as `meltano run` does before giving it to the tap.
pub fn apply_rules(catalog: &mut Value, rules: &CatalogRules) {
    let default = ["*.*".to_string()];
    let select = if rules.select.is_empty() {
        &default[..]
    } else {
        &rules.select
    };
    let mut metadata = Vec::new();
    if !rules.given {
        metadata.extend(select_rules(&["!*.*".to_string()]));
        metadata.extend(select_rules(select));
        metadata.extend(metadata_rules(&rules.metadata));
    }
    metadata.extend(select_filter_rules(&rules.select_filter));
    if rules.given && metadata.is_empty() {
        return;
    }
    let Some(streams) = catalog.get_mut("streams").and_then(Value::as_array_mut) else {
        return;
    };
    for stream in streams.iter_mut().filter_map(Value::as_object_mut) {
        let id = stream
            .get("tap_stream_id")
            .or_else(|| stream.get("stream"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        apply_schema(stream, &id, &rules.schema);
        let mut nodes = vec![Vec::new()];
        if let Some(properties) = stream.get("schema").and_then(|s| s.get("properties")) {
            property_nodes(properties, &mut Vec::new(), &mut nodes);
        }
        for breadcrumb in nodes {
            for rule in metadata.iter().filter(|r| r.matches(&id, &breadcrumb)) {
                set_metadata(stream, &breadcrumb, &rule.key, &rule.value);
            }
            ensure_entry(stream, &breadcrumb);
        }
    }
}

/// The breadcrumbs of every property under `properties`, nested ones included, parents first.
fn property_nodes(properties: &Value, prefix: &mut Vec<String>, nodes: &mut Vec<Vec<String>>) {
    let Some(properties) = properties.as_object() else {
        return;
    };
    for (name, schema) in properties {
        prefix.extend(["properties".to_string(), name.clone()]);
        nodes.push(prefix.clone());
        if prefix.len() < 64
            && let Some(inner) = schema.get("properties")
        {
            property_nodes(inner, prefix, nodes);
        }
        prefix.truncate(prefix.len() - 2);
    }
}

/// The `schema` extra: `{stream_glob: {property: schema}}` replaces the property's schema
/// (creating it, unless the property is a glob, which only matches existing ones).
fn apply_schema(stream: &mut Map<String, Value>, id: &str, schema: &Map<String, Value>) {
    for (pattern, overrides) in schema {
        let Some(overrides) = overrides.as_object().filter(|_| glob_matches(pattern, id)) else {
            continue;
        };
        let stream_schema = stream
            .entry("schema")
            .or_insert_with(|| json!({ "type": "object" }));
        let Some(stream_schema) = stream_schema.as_object_mut() else {
            continue;
        };
        let properties = stream_schema
            .entry("properties")
            .or_insert_with(|| json!({}));
        let Some(properties) = properties.as_object_mut() else {
            continue;
        };
        for (property, replacement) in overrides {
            let is_glob = property.starts_with(['*', '?', '[', ']']);
            if !is_glob {
                properties
                    .entry(property.clone())
                    .or_insert_with(|| json!({}));
            }
            for (name, node) in properties.iter_mut() {
                if glob_matches(property, name) {
                    *node = replacement.clone();
                }
            }
        }
    }
}

/// How a stream or a property is selected, as `meltano select --list` marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Selected,
    Excluded,
    Automatic,
    Unsupported,
}

impl Selection {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Selected => "selected",
            Self::Excluded => "excluded",
            Self::Automatic => "automatic",
            Self::Unsupported => "unsupported",
        }
    }

    /// Whether the tap syncs it.
    pub fn is_synced(self) -> bool {
        matches!(self, Self::Selected | Self::Automatic)
    }

    /// A property's selection under its stream's (Meltano's `SelectionType.__add__`): excluded
    /// over automatic over unsupported over selected.
    pub fn under(self, stream: Self) -> Self {
        let either = |s: Self| self == s || stream == s;
        if either(Self::Excluded) {
            Self::Excluded
        } else if either(Self::Automatic) {
            Self::Automatic
        } else if either(Self::Unsupported) {
            Self::Unsupported
        } else {
            Self::Selected
        }
    }

    /// A node's selection from its metadata (Meltano's `node_selection`).
    fn of(metadata: &Value) -> Self {
        let Some(metadata) = metadata.as_object() else {
            return Self::Excluded;
        };
        match metadata.get("inclusion").and_then(Value::as_str) {
            Some("automatic") => return Self::Automatic,
            Some("unsupported") => return Self::Unsupported,
            _ => {}
        }
        let selected = match metadata.get("selected") {
            Some(Value::Bool(selected)) => *selected,
            None | Some(Value::Null) => metadata
                .get("selected-by-default")
                .is_some_and(|v| v.as_bool().unwrap_or(false)),
            Some(_) => false,
        };
        if selected {
            Self::Selected
        } else {
            Self::Excluded
        }
    }
}

/// Every property of every stream of a catalog with its selection (the stream's and its own
/// combined), sorted by stream then property, as `meltano select --list --all` lists them. A
/// property is named by its path (`a.b` for the breadcrumb `properties.a.properties.b`).
pub fn selections(catalog: &Value) -> Vec<(String, String, Selection)> {
    let mut listed = Vec::new();
    for stream in catalog["streams"].as_array().into_iter().flatten() {
        let Some(id) = stream["tap_stream_id"].as_str() else {
            continue;
        };
        let entries = stream["metadata"].as_array().cloned().unwrap_or_default();
        let breadcrumb = |entry: &Value| -> Vec<String> {
            entry["breadcrumb"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c.as_str().map(str::to_string))
                .collect()
        };
        let Some(own) = entries.iter().find(|e| breadcrumb(e).is_empty()) else {
            continue;
        };
        let stream_selection = Selection::of(&own["metadata"]);
        let mut properties: Vec<(String, Selection)> = entries
            .iter()
            .filter_map(|entry| {
                let crumb = breadcrumb(entry);
                if crumb.is_empty() {
                    return None;
                }
                let path: Vec<&str> = crumb
                    .iter()
                    .enumerate()
                    .filter(|(i, part)| !(i % 2 == 0 && *part == "properties"))
                    .map(|(_, part)| part.as_str())
                    .collect();
                Some((path.join("."), Selection::of(&entry["metadata"])))
            })
            .collect();
        properties.sort_by(|a, b| a.0.cmp(&b.0));
        properties.dedup_by(|a, b| a.0 == b.0);
        for (property, selection) in properties {
            listed.push((id.to_string(), property, selection.under(stream_selection)));
        }
    }
    listed.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    listed
}

fn entry_index(metadata: &[Value], breadcrumb: &[String]) -> Option<usize> {
    let crumb = json!(breadcrumb);
    metadata
        .iter()
        .position(|m| m.get("breadcrumb") == Some(&crumb))
}

/// The stream's metadata entry for `breadcrumb`, made when missing (`inclusion` as Meltano's
/// `ensure_metadata`: automatic for a stream or a top-level property, else available).
fn ensure_entry<'a>(
    stream: &'a mut Map<String, Value>,
    breadcrumb: &[String],
) -> Option<&'a mut Map<String, Value>> {
    let metadata = stream
        .entry("metadata")
        .or_insert_with(|| json!([]))
        .as_array_mut()?;
    let index = match entry_index(metadata, breadcrumb) {
        Some(index) => index,
        None => {
            let inclusion = if breadcrumb.len() <= 2 {
                "automatic"
            } else {
                "available"
            };
            metadata
                .push(json!({ "breadcrumb": breadcrumb, "metadata": { "inclusion": inclusion } }));
            metadata.len() - 1
        }
    };
    metadata[index]
        .as_object_mut()?
        .entry("metadata")
        .or_insert_with(|| json!({}))
        .as_object_mut()
}

fn set_metadata(stream: &mut Map<String, Value>, breadcrumb: &[String], key: &str, value: &Value) {
    let Some(entry) = ensure_entry(stream, breadcrumb) else {
        return;
    };
    if key == "selected"
        && *value == json!(true)
        && entry.get("inclusion").and_then(Value::as_str) == Some("unsupported")
    {
        return;
    }
    entry.insert(key.to_string(), value.clone());
    // Stream-level metadata also lands on the stream itself (`replication-method` as
    // `replication_method`), as older taps read it there.
    if breadcrumb.is_empty() {
        stream.insert(key.replace('-', "_"), value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Value {
        json!({ "streams": [
            { "tap_stream_id": "commits", "schema": { "properties": { "id": {}, "diff": {}, "author": { "properties": { "name": {}, "email": {} } } } },
              "metadata": [ { "breadcrumb": ["properties", "id"], "metadata": { "inclusion": "automatic" } } ] },
            { "tap_stream_id": "issues", "schema": { "properties": { "id": {}, "title": {} } },
              "metadata": [ { "breadcrumb": ["properties", "title"], "metadata": { "inclusion": "unsupported" } } ] }
        ]})
    }

    fn entry(catalog: &Value, stream: usize, breadcrumb: &[&str]) -> Map<String, Value> {
        let metadata = catalog["streams"][stream]["metadata"].as_array().unwrap();
        metadata
            .iter()
            .find(|m| m["breadcrumb"] == json!(breadcrumb))
            .and_then(|m| m["metadata"].as_object())
            .cloned()
            .unwrap_or_else(|| panic!("an entry for {breadcrumb:?}"))
    }

    fn selected(catalog: &Value, stream: usize, breadcrumb: &[&str]) -> bool {
        entry(catalog, stream, breadcrumb).get("selected") == Some(&json!(true))
    }

    fn with(rules: CatalogRules) -> Value {
        let mut chosen = catalog();
        apply_rules(&mut chosen, &rules);
        chosen
    }

    fn select(patterns: &[&str]) -> CatalogRules {
        CatalogRules {
            select: patterns.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    /// Meltano takes an extractor's own catalog as it is: its select, metadata and schema
    /// rules do not touch it; a `select_filter` still does.
    #[test]
    fn a_given_catalog_takes_only_select_filter() {
        let rules = CatalogRules {
            given: true,
            ..select(&["commits.*"])
        };
        assert_eq!(
            with(rules.clone()),
            catalog(),
            "untouched without a select_filter"
        );
        let filtered = with(CatalogRules {
            select_filter: vec!["!commits".into()],
            ..rules
        });
        assert_eq!(
            entry(&filtered, 0, &[]).get("selected"),
            Some(&json!(false))
        );
        assert!(!selected(&filtered, 0, &["properties", "author"]));
    }

    #[test]
    fn select_rules_as_meltano_applies_them() {
        let chosen = with(select(&["commits.*", "!commits.diff"]));
        assert!(selected(&chosen, 0, &[]));
        assert!(selected(&chosen, 0, &["properties", "author"]));
        assert!(
            selected(&chosen, 0, &["properties", "author", "properties", "name"]),
            "* crosses dots"
        );
        assert!(!selected(&chosen, 0, &["properties", "diff"]));
        assert!(!selected(&chosen, 1, &[]));
        // Exclusions win wherever they stand.
        let chosen = with(select(&["commits.id", "!commits"]));
        assert!(!selected(&chosen, 0, &[]));
        // A property rule selects its stream and the property's parents, nothing else.
        let chosen = with(select(&["commits.author.email"]));
        assert!(selected(&chosen, 0, &[]));
        assert!(selected(&chosen, 0, &["properties", "author"]));
        assert!(selected(
            &chosen,
            0,
            &["properties", "author", "properties", "email"]
        ));
        assert!(!selected(
            &chosen,
            0,
            &["properties", "author", "properties", "name"]
        ));
        assert!(!selected(&chosen, 0, &["properties", "diff"]));
        // No rules: everything, but never what the tap does not support.
        let everything = with(CatalogRules::default());
        assert!(selected(&everything, 1, &[]) && selected(&everything, 1, &["properties", "id"]));
        assert!(!selected(&everything, 1, &["properties", "title"]));
    }

    #[test]
    fn new_entries_get_meltanos_inclusion() {
        let chosen = with(select(&["commits.*"]));
        assert_eq!(
            entry(&chosen, 0, &["properties", "diff"])["inclusion"],
            "automatic"
        );
        assert_eq!(
            entry(&chosen, 0, &["properties", "author", "properties", "name"])["inclusion"],
            "available"
        );
    }

    #[test]
    fn metadata_rules_set_any_key_stream_or_property_level() {
        let chosen = with(CatalogRules {
            metadata: json!({
                "commits": { "replication-method": "INCREMENTAL", "replication-key": "id",
                             "author": { "email": { "selected": false } } },
                "*": { "custom": 1 }
            })
            .as_object()
            .unwrap()
            .clone(),
            ..Default::default()
        });
        let stream = entry(&chosen, 0, &[]);
        assert_eq!(stream["replication-method"], "INCREMENTAL");
        assert_eq!(stream["replication-key"], "id");
        assert_eq!(chosen["streams"][0]["replication_method"], "INCREMENTAL");
        assert_eq!(entry(&chosen, 1, &[])["custom"], 1);
        // metadata comes after select: it wins.
        assert!(!selected(
            &chosen,
            0,
            &["properties", "author", "properties", "email"]
        ));
        assert!(selected(
            &chosen,
            0,
            &["properties", "author", "properties", "name"]
        ));
    }

    #[test]
    fn select_filter_only_deselects_streams() {
        let chosen = with(CatalogRules {
            select_filter: vec!["issues.title".into()],
            ..Default::default()
        });
        assert!(!selected(&chosen, 0, &[]));
        assert!(selected(&chosen, 1, &[]));
        let chosen = with(CatalogRules {
            select: vec!["commits.id".into()],
            select_filter: vec!["!commits".into()],
            ..Default::default()
        });
        assert!(!selected(&chosen, 0, &[]) && !selected(&chosen, 1, &[]));
    }

    #[test]
    fn schema_overrides_replace_property_schemas() {
        let chosen = with(CatalogRules {
            schema: json!({ "commits": { "id": { "type": "integer" }, "added": { "type": "string" }, "*ff": { "type": "null" } } })
                .as_object()
                .unwrap()
                .clone(),
            ..Default::default()
        });
        let properties = &chosen["streams"][0]["schema"]["properties"];
        assert_eq!(properties["id"], json!({ "type": "integer" }));
        assert_eq!(properties["added"], json!({ "type": "string" }), "created");
        assert_eq!(
            properties["diff"],
            json!({ "type": "null" }),
            "a glob matches existing ones"
        );
        // As Meltano: only a key that starts with a glob character is not made itself.
        assert!(properties.get("*ff").is_none());
        assert!(
            selected(&chosen, 0, &["properties", "added"]),
            "then selected like the rest"
        );
    }

    /// Rules match the dot-joined breadcrumb, as Meltano's `fnmatch` on `".".join(...)`: a
    /// property whose own name holds a dot is selected by `s.*.c`'s parent rule
    /// (`properties.*`), which its exclusion `properties.*.properties.c` does not undo.
    #[test]
    fn a_dotted_property_name_matches_as_its_joined_breadcrumb() {
        let mut catalog = json!({ "streams": [{
            "tap_stream_id": "s", "schema": { "properties": { "q.c": {}, "q": { "properties": { "c": {} } } } }
        }] });
        apply_rules(&mut catalog, &select(&["s.*.c", "!s.*.c"]));
        assert!(selected(&catalog, 0, &["properties", "q.c"]));
        assert!(!selected(
            &catalog,
            0,
            &["properties", "q", "properties", "c"]
        ));
    }

    #[test]
    fn escaped_dots_name_streams_with_dots() {
        let pattern = SelectPattern::parse("!public\\.orders.id");
        assert!(pattern.negated);
        assert_eq!(pattern.stream, "public.orders");
        assert_eq!(pattern.property.as_deref(), Some("id"));
    }

    #[test]
    fn selections_list_as_meltano_select_list_all() {
        let mut catalog = json!({ "streams": [{
            "tap_stream_id": "orders",
            "schema": { "properties": {
                "id": {}, "note": {}, "secret": {},
                "address": { "properties": { "city": {} } } } },
            "metadata": [
                { "breadcrumb": [], "metadata": { "inclusion": "available" } },
                { "breadcrumb": ["properties", "id"], "metadata": { "inclusion": "automatic" } },
                { "breadcrumb": ["properties", "secret"], "metadata": { "inclusion": "unsupported" } },
                { "breadcrumb": ["properties", "note"], "metadata": { "inclusion": "available" } }
            ] }, {
            "tap_stream_id": "other", "schema": { "properties": { "x": {} } },
            "metadata": [{ "breadcrumb": [], "metadata": { "inclusion": "available" } }]
        }] });
        apply_rules(
            &mut catalog,
            &CatalogRules {
                select: vec!["orders.*".into(), "!orders.note".into()],
                ..Default::default()
            },
        );
        let listed: Vec<(String, String, &str)> = selections(&catalog)
            .into_iter()
            .map(|(s, p, sel)| (s, p, sel.as_str()))
            .collect();
        let row = |s: &str, p: &str, sel: &'static str| (s.to_string(), p.to_string(), sel);
        assert_eq!(
            listed,
            [
                // No metadata from the tap: a top-level property is made automatic (Meltano's
                // `ensure_metadata`), a nested one available.
                row("orders", "address", "automatic"),
                row("orders", "address.city", "selected"),
                row("orders", "id", "automatic"),
                row("orders", "note", "excluded"),
                row("orders", "secret", "unsupported"),
                row("other", "x", "excluded"),
            ]
        );
    }
}
