//! What an imported `meltano.yml` holds beyond the API's resources: the order of its plugins,
//! environments, jobs and schedules, and the keys the API does not model (`version`, a mapper's
//! `mappings`, a plugin's `label`, ...), each by where it was. Kept with the project, so that its
//! export is the document imported, changed only where the API changed it.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use serde_yaml_ng::Mapping;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// Names in document order, by list: `plugins/extractors`, `environments`, `jobs`,
    /// `schedules`, `environments/dev/config/plugins/extractors`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub order: BTreeMap<String, Vec<String>>,
    /// Unknown keys by where they were: `` (the top level), `plugins/extractors/tap-a`,
    /// `environments/dev`, `environments/dev/config`,
    /// `environments/dev/config/plugins/extractors/tap-a`, `jobs/daily`, `schedules/nightly`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unknown: BTreeMap<String, Map<String, Value>>,
    /// The files plugins named for a `catalog` or `state` (held as their JSON), by where:
    /// `plugins/extractors/tap-a/catalog`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub files: BTreeMap<String, NamedFile>,
    /// The plugins' lock files as written, by path (`plugins/extractors/tap-a--v.lock`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub locks: BTreeMap<String, String>,
}

/// A file a plugin named, and a digest of the JSON read from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedFile {
    pub path: String,
    pub sha256: String,
}

fn digest(document: &Value) -> String {
    let digest = Sha256::digest(document.to_string().as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

impl Layout {
    /// Notes that `name` comes next in `list`.
    pub fn push(&mut self, list: &str, name: &str) {
        self.order
            .entry(list.to_string())
            .or_default()
            .push(name.to_string());
    }

    /// Keeps the keys of `entry` that are not `known`, as found at `at`.
    pub fn keep_unknown(
        &mut self,
        at: String,
        entry: &Map<String, Value>,
        known: impl Fn(&str) -> bool,
    ) {
        let unknown: Map<String, Value> = entry
            .iter()
            .filter(|(key, _)| !known(key))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        if !unknown.is_empty() {
            self.unknown.insert(at, unknown);
        }
    }

    /// Notes that `document`, held at `at`, was read from the file at `path`.
    pub fn keep_file(&mut self, at: String, path: &str, document: &Value) {
        let file = NamedFile {
            path: path.to_string(),
            sha256: digest(document),
        };
        self.files.insert(at, file);
    }

    /// The path of the file `document` (held at `at`) was read from, if it is still that file's.
    pub fn file_of(&self, at: &str, document: &Value) -> Option<&str> {
        self.files
            .get(at)
            .filter(|file| file.sha256 == digest(document))
            .map(|file| file.path.as_str())
    }

    /// Whether the imported document listed `name` in `list`.
    pub fn lists(&self, list: &str, name: &str) -> bool {
        self.order
            .get(list)
            .is_some_and(|names| names.iter().any(|n| n == name))
    }

    /// Whether keys were kept at `at`.
    pub fn has_unknown(&self, at: &str) -> bool {
        self.unknown.contains_key(at)
    }

    /// Sorts `items` into the imported order of `list`; those added since keep their order,
    /// after the imported ones.
    pub fn sort<T>(&self, list: &str, items: &mut [T], name: impl Fn(&T) -> &str) {
        let Some(order) = self.order.get(list) else {
            return;
        };
        let position: HashMap<&str, usize> = order
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_str(), i))
            .collect();
        items.sort_by_key(|item| position.get(name(item)).copied().unwrap_or(usize::MAX));
    }

    /// Puts the keys kept at `at` back into `mapping`, after its own (which win).
    pub fn restore(&self, at: &str, mapping: &mut Mapping) {
        for (key, value) in self.unknown.get(at).into_iter().flatten() {
            let key = serde_yaml_ng::Value::String(key.clone());
            if !mapping.contains_key(&key) {
                let value = serde_yaml_ng::to_value(value).unwrap_or(serde_yaml_ng::Value::Null);
                mapping.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    proptest! {
        /// Imported names come back in their order, whatever order the store gives them in;
        /// names added since follow, in the store's order.
        #[test]
        fn sorting_restores_the_imported_order(
            imported in proptest::sample::subsequence((0..12).collect::<Vec<u8>>(), 0..12).prop_shuffle(),
            stored in proptest::sample::subsequence((0..16).collect::<Vec<u8>>(), 0..16).prop_shuffle(),
        ) {
            let mut layout = Layout::default();
            for n in &imported {
                layout.push("jobs", &n.to_string());
            }
            let mut items: Vec<String> = stored.iter().map(u8::to_string).collect();
            layout.sort("jobs", &mut items, String::as_str);
            let kept: Vec<String> = imported.iter().map(u8::to_string).filter(|n| items.contains(n)).collect();
            let added: Vec<String> = stored.iter().map(u8::to_string).filter(|n| !kept.contains(n)).collect();
            prop_assert_eq!(items, [kept, added].concat());
        }
    }

    #[test]
    fn unknown_keys_come_back_where_they_were_and_known_ones_win() {
        let mut layout = Layout::default();
        let entry = json!({ "name": "tap-a", "label": "A", "config": {} });
        layout.keep_unknown(
            "plugins/extractors/tap-a".into(),
            entry.as_object().unwrap(),
            |key| ["name", "config"].contains(&key),
        );
        let job = json!({ "name": "x" });
        layout.keep_unknown("jobs/x".into(), job.as_object().unwrap(), |key| {
            key == "name"
        });
        assert!(!layout.has_unknown("jobs/x"));
        let mut mapping: Mapping = serde_yaml_ng::from_str("name: tap-a").unwrap();
        layout.restore("plugins/extractors/tap-a", &mut mapping);
        assert_eq!(
            serde_yaml_ng::to_string(&mapping).unwrap(),
            "name: tap-a\nlabel: A\n"
        );
        let mut relabelled: Mapping = serde_yaml_ng::from_str("label: B").unwrap();
        layout.restore("plugins/extractors/tap-a", &mut relabelled);
        assert_eq!(serde_yaml_ng::to_string(&relabelled).unwrap(), "label: B\n");
    }
}
