//! Request ids: every request gets one (the client's `X-Request-Id` when it is a plain token,
//! else a new UUIDv7), answered in `X-Request-Id`, carried by every log line of the request
//! (its `request` span) and named in every problem document's `instance`, so that a client's
//! report and the server's log meet.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The longest id taken from a client.
const MAX_LEN: usize = 128;

tokio::task_local! {
    /// The id of the request the current task serves (a connection's task serves one request
    /// at a time).
    static CURRENT: Arc<str>;
}

/// The outermost layer: names the request, and answers the name.
pub async fn request_id(request: Request, next: Next) -> Response {
    let id: Arc<str> = request
        .headers()
        .get(&HEADER)
        .and_then(|value| value.to_str().ok())
        .filter(|given| is_plain_token(given))
        .map_or_else(|| uuid::Uuid::now_v7().to_string().into(), Arc::from);
    // `operation` is filled in once the request is matched (`http::gate`), so that every line
    // of the request, a failure's included, says where it came from.
    let span = tracing::info_span!("request", id = %id, operation = tracing::field::Empty);
    let began = std::time::Instant::now();
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let mut response = CURRENT
        .scope(id.clone(), next.run(request))
        .instrument(span.clone())
        .await;
    // The access log, off by default (a line per request costs more than the request):
    // MELTANO_API_LOG=info,meltano_api::access=debug turns it on. The query is left out: it
    // is the client's, and may hold what it should not have sent.
    span.in_scope(|| {
        tracing::debug!(
            target: "meltano_api::access",
            %method,
            path,
            status = response.status().as_u16(),
            ms = began.elapsed().as_secs_f64() * 1000.0,
            "answered"
        )
    });
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(HEADER, value);
    }
    response
}

/// The id of the request being served, if any.
pub fn current() -> Option<Arc<str>> {
    CURRENT.try_with(Arc::clone).ok()
}

/// The id of the request being served, for a generated answer's `x_request_id` (the layer sets
/// the header on every answer anyway).
pub fn header() -> Option<String> {
    current().map(|id| id.to_string())
}

/// A client's id is kept only if it cannot forge a log line or break a URN: 1 to 128 of
/// letters, digits and `-._:`; any other is replaced (and the answer says by what).
fn is_plain_token(given: &str) -> bool {
    (1..=MAX_LEN).contains(&given.len())
        && given
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_kept_id_is_a_valid_header_value_and_urn_tail(given in "\\PC{0,200}") {
            if is_plain_token(&given) {
                prop_assert!(HeaderValue::from_str(&given).is_ok());
                prop_assert!(!given.contains(['\n', '\r', ' ', '"', '/', '?', '#']));
                prop_assert!(given.len() <= MAX_LEN);
            }
        }
    }

    #[test]
    fn plain_tokens_are_kept_and_others_are_not() {
        assert!(is_plain_token("0192f0c4-7b1e-7c3a-9d55-3f2a9c1e8b4d"));
        assert!(is_plain_token("lb:abc.123_x"));
        for refused in ["", "a b", "a\nb", "é", "a/b", &"x".repeat(129)] {
            assert!(!is_plain_token(refused), "{refused:?}");
        }
    }
}
