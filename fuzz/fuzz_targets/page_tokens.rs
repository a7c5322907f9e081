//! Page tokens: `PageRequest::parse` with arbitrary token strings, and tokens made by `finish`
//! (round trip within their listing, refused in another).
#![no_main]

use libfuzzer_sys::fuzz_target;
use meltano_api::domain::page::{MAX_PAGE_SIZE, PageRequest};

const LISTING: &str = "projects?show_deleted=false";

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let size = data.first().map(|&b| u32::from(b) * 5);

    // The input as a token: refused, or a request of this listing.
    match PageRequest::parse(size, Some(input), LISTING.into()) {
        Ok(page) => {
            assert!((1..=MAX_PAGE_SIZE).contains(&page.size));
            assert_eq!(page.fetch_limit(), page.size + 1);
            if !input.is_empty() {
                assert!(
                    page.after.is_some(),
                    "a non-empty token {input:?} gave no position"
                );
            }
        }
        Err(_) => assert!(!matches!(size, None | Some(1..=1000)) || !input.is_empty()),
    }
    let _ = PageRequest::parse(None, Some(input), input.into());

    // The input as a sort key: the token `finish` makes for it round trips.
    let page = PageRequest::parse(Some(1), None, LISTING.into()).expect("a first page");
    let (kept, token) = page.finish(vec![input.to_string(), "next".into()], Clone::clone);
    assert_eq!(kept, [input]);
    let token = token.expect("a second page follows");
    assert!(
        token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    let next = PageRequest::parse(Some(1), Some(&token), LISTING.into()).expect("own token");
    assert_eq!(next.after.as_deref(), Some(input));
    assert!(PageRequest::parse(Some(1), Some(&token), format!("{LISTING}x")).is_err());
    // The input as a listing: its tokens stay there too.
    let page = PageRequest::parse(None, None, input.into()).expect("a first page");
    let (_, token) = page.finish(vec!["a".to_string(); 51], Clone::clone);
    let token = token.expect("51 items make two pages");
    let next = PageRequest::parse(None, Some(&token), input.into()).expect("own token");
    assert_eq!(next.after.as_deref(), Some("a"));
    if input != LISTING {
        assert!(PageRequest::parse(None, Some(&token), LISTING.into()).is_err());
    }
    // The last page has no token.
    assert!(page.finish(vec![0; 50], |n| n.to_string()).1.is_none());
});
