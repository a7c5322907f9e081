//! List paging: a page size within the spec's bounds and opaque, tamper-evident page tokens.
//!
//! A token names the last item of the previous page and the listing it belongs to (the collection
//! and its filters), so it cannot be replayed against another listing. Tokens are base64url; one
//! that does not decode to this shape is a `400`, never a `500`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::Error;

pub const DEFAULT_PAGE_SIZE: u64 = 50;
pub const MAX_PAGE_SIZE: u64 = 1000;

/// Where a listing starts and how much of it to answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    pub size: u64,
    /// The sort key of the last item already seen; the page starts after it.
    pub after: Option<String>,
    listing: String,
}

impl PageRequest {
    /// `listing` identifies the collection and every filter of this request.
    pub fn parse(
        page_size: Option<u32>,
        page_token: Option<&str>,
        listing: String,
    ) -> Result<Self, Error> {
        let size = match page_size {
            None => DEFAULT_PAGE_SIZE,
            Some(n) if (1..=MAX_PAGE_SIZE as u32).contains(&n) => u64::from(n),
            Some(_) => {
                return Err(Error::malformed(
                    "page_size",
                    format!("must be between 1 and {MAX_PAGE_SIZE}"),
                ));
            }
        };
        let after = match page_token.filter(|t| !t.is_empty()) {
            None => None,
            Some(token) => Some(decode(token, &listing)?),
        };
        Ok(Self {
            size,
            after,
            listing,
        })
    }

    /// Given up to `size + 1` items fetched after `after`, keeps `size` and makes the next token.
    pub fn finish<T>(
        &self,
        mut items: Vec<T>,
        key: impl Fn(&T) -> String,
    ) -> (Vec<T>, Option<String>) {
        if items.len() as u64 > self.size {
            items.truncate(self.size as usize);
            let token = items.last().map(|last| token(&key(last), &self.listing));
            (items, token)
        } else {
            (items, None)
        }
    }

    /// How many rows to fetch: one more than the page, to learn whether another page follows.
    pub fn fetch_limit(&self) -> u64 {
        self.size + 1
    }
}

/// The token of the page after `after` in `listing` (what `finish` hands out), for tools that
/// need a page deep in a list without walking to it (`just bench`).
pub fn token(after: &str, listing: &str) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::json!({ "v": 1, "l": listing, "a": after }).to_string())
}

fn decode(token: &str, listing: &str) -> Result<String, Error> {
    let invalid = || Error::malformed("page_token", "is not a page token of this listing");
    let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| invalid())?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| invalid())?;
    match (
        value["v"].as_u64(),
        value["l"].as_str(),
        value["a"].as_str(),
    ) {
        (Some(1), Some(l), Some(after)) if l == listing => Ok(after.to_string()),
        _ => Err(invalid()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_token_round_trips_within_its_listing(after in "\\PC{0,80}", listing in "[a-z/]{1,20}") {
            let token = token(&after, &listing);
            let page = PageRequest::parse(Some(10), Some(&token), listing).unwrap();
            prop_assert_eq!(page.after, Some(after));
        }

        #[test]
        fn arbitrary_tokens_are_rejected_not_panicking(token in "[A-Za-z0-9_-]{1,100}") {
            // A random string is not a token: it must be refused (never panic), unless it happens
            // to be exactly what `token` makes for this listing.
            if let Ok(page) = PageRequest::parse(None, Some(&token), "projects".into()) {
                prop_assert_eq!(super::token(page.after.as_deref().unwrap(), "projects"), token);
            }
        }
    }

    #[test]
    fn a_token_of_another_listing_is_a_bad_request() {
        let token = token("acme", "projects?show_deleted=true");
        assert!(
            PageRequest::parse(None, Some(&token), "projects?show_deleted=false".into()).is_err()
        );
    }

    #[test]
    fn finish_hands_out_a_token_only_when_more_items_follow() {
        let page = PageRequest::parse(Some(2), None, "x".into()).unwrap();
        let (items, next) = page.finish(vec!["a", "b", "c"], |s| s.to_string());
        assert_eq!(items, vec!["a", "b"]);
        let next = next.expect("a third item follows");
        assert_eq!(
            PageRequest::parse(Some(2), Some(&next), "x".into())
                .unwrap()
                .after
                .as_deref(),
            Some("b")
        );
        let (items, next) = page.finish(vec!["a", "b"], |s| s.to_string());
        assert_eq!((items.len(), next), (2, None));
    }

    #[test]
    fn page_size_outside_the_bounds_is_a_bad_request() {
        for bad in [0, 1001] {
            assert!(PageRequest::parse(Some(bad), None, "x".into()).is_err());
        }
        assert_eq!(
            PageRequest::parse(None, None, "x".into()).unwrap().size,
            DEFAULT_PAGE_SIZE
        );
    }
}
