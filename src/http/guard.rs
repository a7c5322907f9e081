//! What a browser could be made to send: the server answers only to the names it is reached by,
//! and takes no unsafe request another site made.
//!
//! Binding to loopback does not keep web pages out: through DNS rebinding a page's own name comes
//! to point at 127.0.0.1 and its scripts read and write the API as if same-origin, and any page
//! can send "simple" cross-site requests (a form post, `text/plain`) that need no preflight. So,
//! in every mode (tokens or not), as Jupyter and Vite's dev server do:
//! - `Host` must be an IP address (a rebinding page always sends its own DNS name), `localhost`
//!   (or a `*.localhost` name, which browsers resolve to loopback themselves), or a name given
//!   with `--allowed-host`; anything else is `400`;
//! - an unsafe method (anything but GET/HEAD/OPTIONS) whose `Origin` is not this server's own, or
//!   whose `Sec-Fetch-Site` says `cross-site`, is `403`;
//! - an unsafe method with a form or `text/plain` body is `415`: the API takes none, and those are
//!   the types a page may send cross-site without asking.

use std::net::IpAddr;

use axum::extract::Request;
use axum::http::{HeaderMap, Method, header};

use crate::http::problem::ApiError;

/// The host names this server answers to, besides IP addresses and `localhost`.
#[derive(Debug, Clone, Default)]
pub struct AllowedHosts {
    names: Vec<String>,
    any: bool,
}

impl AllowedHosts {
    /// `names` from `--allowed-host`: a name (`api.example.com`), a suffix (`.example.com`
    /// allows every name under it), or `*` (any: for a server behind a proxy that checks Host).
    pub fn new(names: &[String]) -> Self {
        Self {
            any: names.iter().any(|n| n.trim() == "*"),
            names: names
                .iter()
                .map(|n| n.trim().trim_end_matches('.').to_ascii_lowercase())
                .filter(|n| !n.is_empty() && n != "*")
                .collect(),
        }
    }

    /// Whether a `Host` header's value (name or address, with or without a port) is allowed.
    pub fn allows(&self, host: &str) -> bool {
        if self.any {
            return true;
        }
        let Some(name) = host_name(host) else {
            return false;
        };
        if name.parse::<IpAddr>().is_ok() {
            return true;
        }
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        name == "localhost"
            || name.ends_with(".localhost")
            || self.names.iter().any(|allowed| {
                if let Some(suffix) = allowed.strip_prefix('.') {
                    name.ends_with(&format!(".{suffix}")) || name == suffix
                } else {
                    *allowed == name
                }
            })
    }
}

/// The name or address of a `Host` value, without its port (`[::1]:5000` -> `::1`).
fn host_name(host: &str) -> Option<&str> {
    let host = host.trim();
    if let Some(rest) = host.strip_prefix('[') {
        let (address, after) = rest.split_once(']')?;
        return (after.is_empty() || after.starts_with(':')).then_some(address);
    }
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        Some(_) => return None,
        None => host,
    };
    (!name.is_empty()).then_some(name)
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// A request that another site made: its `Origin` is not this server's own (the scheme and the
/// very `Host` it was sent to), or the browser says so in `Sec-Fetch-Site`.
fn cross_site(headers: &HeaderMap, host: &str) -> bool {
    let fetch_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if fetch_site.eq_ignore_ascii_case("cross-site") {
        return true;
    }
    match headers.get(header::ORIGIN).map(|v| v.to_str()) {
        None => false,
        Some(Ok(origin)) => {
            let authority = origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"));
            authority.is_none_or(|a| !a.eq_ignore_ascii_case(host))
        }
        Some(Err(_)) => true,
    }
}

/// A body type a page may send to another site without a preflight (the CORS "simple" ones).
fn simple_body_type(headers: &HeaderMap) -> bool {
    let Some(Ok(value)) = headers.get(header::CONTENT_TYPE).map(|v| v.to_str()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or("").trim();
    [
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "text/plain",
    ]
    .iter()
    .any(|t| essence.eq_ignore_ascii_case(t))
}

pub fn check(allowed: &AllowedHosts, request: &Request) -> Result<(), ApiError> {
    let headers = request.headers();
    // HTTP/2 carries the host in the URI's authority instead of a header.
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.to_string()))
        .unwrap_or_default();
    if !allowed.allows(&host) {
        return Err(ApiError::bad_request(
            "this server does not answer to that Host name; start it with --allowed-host NAME to allow it",
        ));
    }
    if !is_safe(request.method()) {
        if cross_site(headers, &host) {
            return Err(ApiError::Forbidden(
                "requests from another site's pages are refused (Origin or Sec-Fetch-Site)".into(),
            ));
        }
        if simple_body_type(headers) {
            return Err(ApiError::UnsupportedMediaType(
                "form and text/plain bodies are not accepted: send application/json, or no body"
                    .into(),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn addresses_and_localhost_are_allowed_other_names_only_when_listed() {
        let allowed = AllowedHosts::new(&["api.example.com".into(), ".corp.test".into()]);
        for host in [
            "127.0.0.1:5000",
            "127.0.0.1",
            "[::1]:5000",
            "10.1.2.3:80",
            "localhost:5000",
            "LOCALHOST",
            "app.localhost:5000",
            "api.example.com:5000",
            "a.corp.test",
            "corp.test",
        ] {
            assert!(allowed.allows(host), "{host}");
        }
        for host in [
            "",
            "evil.com",
            "evil.com:5000",
            "127.0.0.1.evil.com",
            "localhost.evil.com",
            "api.example.com.evil.com",
            "xcorp.test",
            "[::1",
            "host:port",
        ] {
            assert!(!allowed.allows(host), "{host}");
        }
        assert!(AllowedHosts::new(&["*".into()]).allows("anything.example"));
    }

    #[test]
    fn only_this_servers_own_origin_is_same_site() {
        let with = |pairs: &[(&'static str, &'static str)]| {
            let mut headers = HeaderMap::new();
            for (k, v) in pairs {
                headers.insert(*k, v.parse().unwrap());
            }
            headers
        };
        let host = "127.0.0.1:5000";
        assert!(!cross_site(&with(&[]), host));
        assert!(!cross_site(
            &with(&[("origin", "http://127.0.0.1:5000")]),
            host
        ));
        assert!(cross_site(&with(&[("origin", "http://evil.com")]), host));
        assert!(cross_site(&with(&[("origin", "null")]), host));
        assert!(cross_site(
            &with(&[("origin", "http://127.0.0.1:5001")]),
            host
        ));
        assert!(cross_site(&with(&[("sec-fetch-site", "cross-site")]), host));
        assert!(!cross_site(
            &with(&[("sec-fetch-site", "same-origin")]),
            host
        ));
    }

    proptest! {
        /// A DNS name is never allowed by default, whatever it looks like.
        #[test]
        fn no_dns_name_is_allowed_by_default(name in "[a-z][a-z0-9-]{0,20}(\\.[a-z][a-z0-9-]{0,10}){1,3}", port in proptest::option::of(0u16..)) {
            prop_assume!(!name.ends_with(".localhost"));
            let host = match port { Some(p) => format!("{name}:{p}"), None => name };
            prop_assert!(!AllowedHosts::new(&[]).allows(&host));
        }
    }
}
