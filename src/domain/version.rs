//! Entity tags and the preconditions of RFC 9110 (`If-Match`, `If-None-Match`).

use sha2::{Digest, Sha256};

use crate::error::Error;

/// A strong ETag for one version of a resource: a resource's `uid` is never reused, and its
/// `revision` grows with every write, so two versions never share a tag.
pub fn etag(uid: &str, revision: i64) -> String {
    let digest = Sha256::digest(format!("{uid}:{revision}"));
    let first = u64::from_be_bytes(digest[..8].try_into().expect("a digest has 32 bytes"));
    format!("\"{first:016x}\"")
}

/// Entity tags listed in a header value: `*`, or comma-separated, possibly weak (`W/"x"`).
fn listed(header: &str) -> impl Iterator<Item = &str> {
    header.split(',').map(str::trim).filter(|t| !t.is_empty())
}

/// `If-Match`: the write goes ahead only if the current tag is listed (strong comparison).
pub fn check_if_match(if_match: Option<&str>, current: &str) -> Result<(), Error> {
    let Some(header) = if_match else {
        return Ok(());
    };
    if listed(header).any(|tag| tag == "*" || tag == current) {
        Ok(())
    } else {
        Err(Error::PreconditionFailed(format!(
            "If-Match does not list the resource's current etag {current}; read it again and retry"
        )))
    }
}

/// `If-None-Match` on a read: true when the client's copy is current (answer `304`). Weak comparison.
pub fn is_not_modified(if_none_match: Option<&str>, current: &str) -> bool {
    let Some(header) = if_none_match else {
        return false;
    };
    listed(header).any(|tag| tag == "*" || tag.trim_start_matches("W/") == current)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn versions_never_share_a_tag(uid in "[a-f0-9-]{36}", a in 0i64..1000, b in 0i64..1000) {
            prop_assert_eq!(etag(&uid, a) == etag(&uid, b), a == b);
        }

        #[test]
        fn if_match_passes_exactly_when_the_tag_is_listed(others in proptest::collection::vec(0i64..50, 0..4), rev in 50i64..60) {
            let current = etag("u", rev);
            let list: Vec<String> = others.iter().map(|r| etag("u", *r)).collect();
            prop_assert!(check_if_match(Some(&list.join(", ")), &current).is_err() || list.is_empty());
            let with_current = [list.clone(), vec![current.clone()]].concat().join(", ");
            prop_assert!(check_if_match(Some(&with_current), &current).is_ok());
        }
    }

    #[test]
    fn star_and_weak_tags() {
        let current = etag("u", 1);
        assert!(check_if_match(Some("*"), &current).is_ok());
        assert!(check_if_match(None, &current).is_ok());
        assert!(is_not_modified(Some(&format!("W/{current}")), &current));
        assert!(!is_not_modified(Some("\"other\""), &current));
        assert!(!is_not_modified(None, &current));
    }
}
