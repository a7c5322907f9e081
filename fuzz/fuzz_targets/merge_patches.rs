//! Merge patches: two JSON documents (the input split at its first NUL; a side that is not JSON
//! is taken as a string) through `resources::Fields::merge_patch` (RFC 7396, on projects and
//! environments) and `state::deep_merge`/`effective` (Meltano's state merge). Both are
//! deterministic and idempotent: applying the same patch twice gives the result of applying it once.
#![no_main]

use std::fmt::Debug;

use libfuzzer_sys::fuzz_target;
use meltano_api::domain::resources::Fields;
use meltano_api::domain::state::{deep_merge, effective};
use meltano_api::domain::{EnvFields, ProjectFields};
use serde_json::{Value, json};

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.into()))
}

fn patch_twice<F: Fields + Default + Clone + PartialEq + Debug>(base: &Value, patch: &Value) {
    let fields: F = serde_json::from_value(base.clone()).unwrap_or_default();
    let Ok(fields) = fields.check() else { return };
    let once = fields.merge_patch(patch).ok();
    assert_eq!(
        once,
        fields.merge_patch(patch).ok(),
        "merge_patch is deterministic"
    );
    if let Some(once) = once {
        let twice = once.merge_patch(patch).ok();
        assert_eq!(
            twice.as_ref(),
            Some(&once),
            "merge patch {patch} is not idempotent"
        );
    }
    // The empty patch changes nothing.
    assert_eq!(fields.merge_patch(&json!({})).ok(), Some(fields.clone()));
    // A patch that is the document itself (no nulls in a serialized `F` but unset options,
    // which a patch's null removes anyway) gives it back.
    let document = serde_json::to_value(&fields).expect("fields serialize");
    assert_eq!(fields.merge_patch(&document).ok(), Some(fields));
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let (base, overlay) = input.split_once('\0').unwrap_or((input, "{}"));
    let (base, overlay) = (json(base), json(overlay));

    let mut once = base.clone();
    deep_merge(&mut once, &overlay);
    let mut again = base.clone();
    deep_merge(&mut again, &overlay);
    assert_eq!(once, again, "deep_merge is deterministic");
    let mut twice = once.clone();
    deep_merge(&mut twice, &overlay);
    assert_eq!(twice, once, "deep_merge is not idempotent for {overlay}");
    if let (Value::Object(b), Value::Object(o), Value::Object(merged)) = (&base, &overlay, &once) {
        for key in b.keys().chain(o.keys()) {
            assert!(merged.contains_key(key), "key {key:?} lost");
        }
        for (key, value) in o {
            if !value.is_object() {
                assert_eq!(&merged[key], value, "overlay's {key:?} does not win");
            }
        }
    } else if !overlay.is_object() || !base.is_object() {
        assert_eq!(once, overlay, "a non-object overlay (or base) is replaced");
    }
    assert_eq!(effective(Some(&base), Some(&overlay)), once);
    assert_eq!(effective(Some(&base), None), base);
    let mut from_empty = json!({});
    deep_merge(&mut from_empty, &overlay);
    assert_eq!(effective(None, Some(&overlay)), from_empty);

    patch_twice::<ProjectFields>(&base, &overlay);
    patch_twice::<EnvFields>(&base, &overlay);
    patch_twice::<ProjectFields>(&overlay, &base);
    patch_twice::<EnvFields>(&overlay, &base);
});
