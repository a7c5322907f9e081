//! Bearer tokens. Without any, the server serves loopback only (checked at start-up) and asks for
//! none; with some, every API route needs one, and read-only tokens may only read.

use std::collections::HashSet;

use axum::extract::Request;
use axum::http::{Method, header};
use sha2::{Digest, Sha256};

use crate::problem::ApiError;

/// The configured tokens, kept only as SHA-256 digests.
#[derive(Default, Clone)]
pub struct Tokens {
    read_write: HashSet<[u8; 32]>,
    read_only: HashSet<[u8; 32]>,
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// What `hash-token` prints: the digest as a token file writes it.
pub fn digest_line(token: &str) -> String {
    format!(
        "sha256:{}",
        digest(token)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

impl Tokens {
    /// Adds the digests of a token file (see `Settings::token_file`). An error names the line,
    /// never its content.
    pub fn add_file(&mut self, text: &str) -> Result<(), String> {
        for (index, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let bad = || {
                format!(
                    "line {}: expected `read-write sha256:<64 hex digits>` or `read-only sha256:<...>`",
                    index + 1
                )
            };
            let (scope, value) = line.split_once(char::is_whitespace).ok_or_else(bad)?;
            let hex = value
                .trim()
                .strip_prefix("sha256:")
                .filter(|h| h.len() == 64 && h.is_ascii())
                .ok_or_else(bad)?;
            let mut digest = [0u8; 32];
            for (i, byte) in digest.iter_mut().enumerate() {
                *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
            }
            match scope {
                "read-write" => self.read_write.insert(digest),
                "read-only" => self.read_only.insert(digest),
                _ => return Err(bad()),
            };
        }
        Ok(())
    }

    pub fn new(read_write: &[String], read_only: &[String]) -> Self {
        let set = |tokens: &[String]| {
            tokens
                .iter()
                .filter(|t| !t.is_empty())
                .map(|t| digest(t))
                .collect()
        };
        Self {
            read_write: set(read_write),
            read_only: set(read_only),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.read_write.is_empty() && self.read_only.is_empty()
    }
}

/// Whether `request` carries a token that may make it (checked in front of the API routes).
pub fn authorize(tokens: &Tokens, request: &Request) -> Result<(), ApiError> {
    if tokens.is_empty() {
        return Ok(());
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
    match presented {
        Some(d) if tokens.read_write.contains(&d) => Ok(()),
        Some(d) if tokens.read_only.contains(&d) => {
            if matches!(*request.method(), Method::GET | Method::HEAD) {
                Ok(())
            } else {
                Err(ApiError::Forbidden("this token may only read".into()))
            }
        }
        _ => Err(ApiError::Unauthorized),
    }
}
