//! Webhooks: which run events a webhook wants, how a delivery is signed (as Standard Webhooks
//! sign: <https://www.standardwebhooks.com/>), and when a failed delivery is tried again.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::error::FieldError;

/// The run events, as a webhook names them.
pub mod event {
    pub const QUEUED: &str = "run.queued";
    pub const STARTED: &str = "run.started";
    pub const ENDED: &str = "run.ended";
}

/// The delivery statuses.
pub mod delivery {
    pub const PENDING: &str = "PENDING";
    pub const DELIVERED: &str = "DELIVERED";
    pub const FAILED: &str = "FAILED";
}

/// How many times a delivery is attempted before it is `FAILED`.
pub const MAX_ATTEMPTS: i32 = 10;
/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);

/// A webhook's writable fields but its secret, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFields {
    pub url: String,
    #[serde(default = "default_events")]
    pub events: Vec<String>,
    /// Only runs in these statuses (at the event); any when empty.
    #[serde(default)]
    pub statuses: Vec<String>,
    #[serde(default)]
    pub env: Option<String>,
    #[serde(default)]
    pub job: Option<String>,
    #[serde(default)]
    pub schedule: Option<String>,
    #[serde(default)]
    pub paused: bool,
}

/// The events of a webhook that names none: the end of each run.
pub fn default_events() -> Vec<String> {
    vec![event::ENDED.to_string()]
}

/// What of a run a webhook's filters look at.
pub struct RunFacts<'a> {
    pub env: &'a str,
    pub job: Option<&'a str>,
    pub schedule: Option<&'a str>,
    pub status: &'a str,
}

impl WebhookFields {
    /// The `422` of a URL a delivery could not (or should not) be sent to: not `http(s)`,
    /// without a host, or holding a user or password (which every read would answer).
    pub fn check(&self) -> Result<(), FieldError> {
        let bad = |detail: &str| Err(FieldError::new("/url", detail));
        let Ok(url) = url::Url::parse(&self.url) else {
            return bad("is not a URL");
        };
        if !matches!(url.scheme(), "http" | "https") {
            return bad("must be an http or https URL");
        }
        if url.host_str().is_none_or(str::is_empty) {
            return bad("must name a host");
        }
        if !url.username().is_empty() || url.password().is_some() {
            return bad("must not hold a user or password: the secret signs each delivery");
        }
        Ok(())
    }

    /// Whether `event` of a run with `facts` makes a delivery.
    pub fn wants(&self, event: &str, facts: &RunFacts<'_>) -> bool {
        let matches = |filter: &Option<String>, value: Option<&str>| {
            filter.as_deref().is_none_or(|wanted| Some(wanted) == value)
        };
        !self.paused
            && self.events.iter().any(|e| e == event)
            && (self.statuses.is_empty() || self.statuses.iter().any(|s| s == facts.status))
            && matches(&self.env, Some(facts.env))
            && matches(&self.job, facts.job)
            && matches(&self.schedule, facts.schedule)
    }
}

/// The HMAC key of a secret: a Standard Webhooks secret (`whsec_` and base64) is its decoded
/// bytes, any other its UTF-8 bytes. `pointer` names the field for the `422`.
pub fn signing_key(secret: &str, pointer: &str) -> Result<Vec<u8>, FieldError> {
    let Some(encoded) = secret.strip_prefix("whsec_") else {
        return Ok(secret.as_bytes().to_vec());
    };
    match BASE64.decode(encoded) {
        Ok(key) if (24..=64).contains(&key.len()) => Ok(key),
        _ => Err(FieldError::new(
            pointer,
            "a secret starting `whsec_` must go on with the base64 of 24 to 64 bytes",
        )),
    }
}

/// The `webhook-signature` header of a delivery: `v1,` and the base64 of the HMAC-SHA256 of
/// `{id}.{timestamp}.{body}`.
pub fn signature(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()))
}

/// How long after its `attempts`-th failed attempt a delivery is tried again: `base`, doubled
/// at each attempt, at most an hour; `None` when it has had its [`MAX_ATTEMPTS`].
pub fn retry_after(attempts: i32, base: Duration) -> Option<Duration> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let doublings = attempts.clamp(1, 31) as u32 - 1;
    Some(
        base.checked_mul(1 << doublings)
            .unwrap_or(MAX_BACKOFF)
            .min(MAX_BACKOFF),
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn hook() -> WebhookFields {
        WebhookFields {
            url: "https://hooks.example.com/x".into(),
            events: default_events(),
            statuses: vec![],
            env: None,
            job: None,
            schedule: None,
            paused: false,
        }
    }

    fn facts(status: &str) -> RunFacts<'_> {
        RunFacts {
            env: "dev",
            job: Some("daily"),
            schedule: None,
            status,
        }
    }

    #[test]
    fn each_filter_narrows_what_a_webhook_wants() {
        assert!(hook().wants(event::ENDED, &facts("FAIL")));
        assert!(!hook().wants(event::STARTED, &facts("RUNNING")));
        let failures = WebhookFields {
            statuses: vec!["FAIL".into()],
            ..hook()
        };
        assert!(failures.wants(event::ENDED, &facts("FAIL")));
        assert!(!failures.wants(event::ENDED, &facts("SUCCESS")));
        let of_job = |job: &str| WebhookFields {
            job: Some(job.into()),
            ..hook()
        };
        assert!(of_job("daily").wants(event::ENDED, &facts("SUCCESS")));
        assert!(!of_job("hourly").wants(event::ENDED, &facts("SUCCESS")));
        let of_schedule = WebhookFields {
            schedule: Some("nightly".into()),
            ..hook()
        };
        assert!(!of_schedule.wants(event::ENDED, &facts("SUCCESS")));
        let of_env = WebhookFields {
            env: Some("prod".into()),
            ..hook()
        };
        assert!(!of_env.wants(event::ENDED, &facts("SUCCESS")));
        let paused = WebhookFields {
            paused: true,
            ..hook()
        };
        assert!(!paused.wants(event::ENDED, &facts("SUCCESS")));
    }

    #[test]
    fn urls_that_are_not_plain_http_are_refused() {
        for url in [
            "ftp://example.com/x",
            "https://user:pw@example.com/x",
            "https://user@example.com/",
            "not a url",
            "file:///etc/passwd",
        ] {
            let error = WebhookFields {
                url: url.into(),
                ..hook()
            }
            .check()
            .unwrap_err();
            assert_eq!(error.pointer, "/url", "{url}");
        }
        assert!(hook().check().is_ok());
    }

    #[test]
    fn a_standard_webhooks_secret_is_its_decoded_bytes() {
        let bytes = [7u8; 32];
        let secret = format!("whsec_{}", BASE64.encode(bytes));
        assert_eq!(signing_key(&secret, "/secret").unwrap(), bytes);
        assert!(signing_key("whsec_short", "/secret").is_err());
        assert!(signing_key("whsec_!!!not-base64!!!!!!!!!!!!", "/secret").is_err());
        let plain = "a plain secret of some length";
        assert_eq!(signing_key(plain, "/secret").unwrap(), plain.as_bytes());
    }

    #[test]
    fn the_signature_is_the_standard_webhooks_one() {
        // The example of the Standard Webhooks specification (its secret, id, time and body).
        let key = signing_key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "/secret").unwrap();
        let body = br#"{"test": 2432232314}"#;
        assert_eq!(
            signature(&key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    proptest! {
        #[test]
        fn backoff_grows_is_bounded_and_ends(attempts in 1i32..40, base_ms in 1u64..100_000) {
            let base = Duration::from_millis(base_ms);
            match retry_after(attempts, base) {
                None => prop_assert!(attempts >= MAX_ATTEMPTS),
                Some(wait) => {
                    prop_assert!(attempts < MAX_ATTEMPTS);
                    prop_assert!(wait >= base.min(MAX_BACKOFF) && wait <= MAX_BACKOFF);
                    if let Some(next) = retry_after(attempts + 1, base) {
                        prop_assert!(next >= wait);
                    }
                }
            }
        }
    }
}
