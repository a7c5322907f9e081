//! Bearer tokens. Without any, the server serves loopback only (checked at start-up) and asks for
//! none; with some, every API route needs one, and read-only tokens may only read.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::Request;
use axum::http::{Method, header};
use sha2::{Digest, Sha256};

use crate::http::problem::ApiError;

/// The configured tokens, kept only as SHA-256 digests, each with its name (the log of writes
/// says which token made each).
#[derive(Default, Clone)]
pub struct Tokens {
    read_write: HashMap<[u8; 32], Arc<str>>,
    read_only: HashMap<[u8; 32], Arc<str>>,
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What `hash-token` prints: the digest as a token file writes it.
pub fn digest_line(token: &str) -> String {
    format!("sha256:{}", hex(&digest(token)))
}

/// The name of a token given without one: its digest's first 12 hex digits, which name it
/// without telling it.
fn default_name(digest: &[u8; 32]) -> Arc<str> {
    format!("sha256:{}", hex(&digest[..6])).into()
}

/// A token's name as the spec's `TokenName` allows it.
fn is_token_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'@' | b':' | b'-'))
}

impl Tokens {
    /// Adds the digests of a token file (see `Settings::token_file`): lines of `read-write` or
    /// `read-only`, `sha256:<64 hex digits>` and an optional name. An error names the line,
    /// never its content.
    pub fn add_file(&mut self, text: &str) -> Result<(), String> {
        for (index, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let bad = || {
                format!(
                    "line {}: expected `read-write sha256:<64 hex digits> [name]` or `read-only sha256:<...> [name]`, a name being 1 to 64 of letters, digits and `._@:-`",
                    index + 1
                )
            };
            let mut fields = line.split_whitespace();
            let (Some(scope), Some(value), name, None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(bad());
            };
            let hex = value
                .strip_prefix("sha256:")
                .filter(|h| h.len() == 64 && h.is_ascii())
                .ok_or_else(bad)?;
            let mut digest = [0u8; 32];
            for (i, byte) in digest.iter_mut().enumerate() {
                *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
            }
            let name = match name {
                Some(name) if is_token_name(name) => Arc::from(name),
                Some(_) => return Err(bad()),
                None => default_name(&digest),
            };
            match scope {
                "read-write" => self.read_write.insert(digest, name),
                "read-only" => self.read_only.insert(digest, name),
                _ => return Err(bad()),
            };
        }
        Ok(())
    }

    /// Tokens given as flags, each named by its digest.
    pub fn new(read_write: &[String], read_only: &[String]) -> Self {
        let named = |tokens: &[String]| {
            tokens
                .iter()
                .filter(|t| !t.is_empty())
                .map(|t| {
                    let digest = digest(t);
                    (digest, default_name(&digest))
                })
                .collect()
        };
        Self {
            read_write: named(read_write),
            read_only: named(read_only),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.read_write.is_empty() && self.read_only.is_empty()
    }
}

/// Whether `request` carries a token that may make it (checked in front of the API routes);
/// answers the token's name, `None` when the server asks for no token.
pub fn authorize(tokens: &Tokens, request: &Request) -> Result<Option<Arc<str>>, ApiError> {
    if tokens.is_empty() {
        return Ok(None);
    }
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| {
            value
                .strip_prefix("Bearer ")
                .or_else(|| value.strip_prefix("bearer "))
        })
        .map(|token| digest(token.trim()));
    let Some(presented) = presented else {
        return Err(ApiError::Unauthorized);
    };
    if let Some(name) = tokens.read_write.get(&presented) {
        return Ok(Some(name.clone()));
    }
    match tokens.read_only.get(&presented) {
        Some(name) if matches!(*request.method(), Method::GET | Method::HEAD) => {
            Ok(Some(name.clone()))
        }
        Some(_) => Err(ApiError::Forbidden("this token may only read".into())),
        None => Err(ApiError::Unauthorized),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Method, token: &str) -> Request {
        Request::builder()
            .method(method)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(axum::body::Body::empty())
            .unwrap()
    }

    fn name_of(tokens: &Tokens, method: Method, token: &str) -> Option<String> {
        authorize(tokens, &request(method, token))
            .ok()
            .flatten()
            .map(|name| name.to_string())
    }

    #[test]
    fn a_token_is_named_by_its_line_or_else_by_its_digest() {
        let mut tokens = Tokens::new(&["flag".into()], &[]);
        let file = format!(
            "read-write {} ci-deployer\nread-only {}  # no name\n",
            digest_line("deployer"),
            digest_line("reader")
        );
        tokens.add_file(&file).unwrap();
        assert_eq!(
            name_of(&tokens, Method::PUT, "deployer").as_deref(),
            Some("ci-deployer")
        );
        let reader = name_of(&tokens, Method::GET, "reader").unwrap();
        assert_eq!(reader, digest_line("reader")[..19], "sha256: and 12 digits");
        assert!(!reader.contains("reader"));
        let flag = name_of(&tokens, Method::POST, "flag").unwrap();
        assert_eq!(flag, digest_line("flag")[..19]);
        assert!(
            name_of(&tokens, Method::POST, "reader").is_none(),
            "read-only"
        );
        assert!(name_of(&tokens, Method::GET, "unknown").is_none());
        assert_eq!(
            authorize(&Tokens::default(), &request(Method::POST, "any")).unwrap(),
            None,
            "no tokens: no name"
        );
    }

    #[test]
    fn a_bad_name_or_an_extra_field_is_refused_naming_only_the_line() {
        for line in [
            format!("read-write {} two words", digest_line("t")),
            format!("read-write {} sp\u{e9}cial", digest_line("t")),
            format!("read-write {} {}", digest_line("t"), "n".repeat(65)),
        ] {
            let error = Tokens::default().add_file(&line).unwrap_err();
            assert!(error.starts_with("line 1:"), "{error}");
        }
    }

    proptest::proptest! {
        /// Any name the spec's `TokenName` pattern allows is taken as it is, and no other.
        #[test]
        fn names_agree_with_the_spec_pattern(name in "\\PC{0,66}|[A-Za-z0-9._@:\u{e9} -]{0,66}") {
            let spec = crate::spec::Spec::load();
            let pattern = spec.document()["components"]["schemas"]["TokenName"]["pattern"]
                .as_str()
                .unwrap()
                .to_string();
            let spec = regex::Regex::new(&pattern).unwrap();
            proptest::prop_assert_eq!(is_token_name(&name), spec.is_match(&name));
        }
    }
}
