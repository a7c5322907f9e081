//! The webhook deliverer: each replica's takes due deliveries from the outbox under a lease (so
//! each is attempted by one replica at a time), posts each signed, and records the answer; a
//! failure is tried again with backoff until `domain::webhook::MAX_ATTEMPTS`.

use std::time::Duration;

use tokio::task::JoinSet;

use crate::domain::webhook::{retry_after, signature, signing_key};
use crate::http::webhooks::event_body;
use crate::store::Store;
use crate::store::webhooks::{Attempt, DueDelivery};
use crate::tasks::Beat;

/// How long an attempt may take: the spec promises 10 s.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);
/// A lease outlives any attempt, so that no other replica attempts a delivery meanwhile.
const LEASE_FOR: Duration = Duration::from_secs(60);
/// Deliveries attempted at once by one replica.
const BATCH: u64 = 16;
/// The longest error text kept of an attempt.
const MAX_ERROR: usize = 1024;

#[derive(Debug, Clone, Copy)]
pub struct DelivererSettings {
    /// How often the outbox is looked at when it had nothing due.
    pub every: Duration,
    /// The wait after a first failure, doubled at each next one.
    pub backoff: Duration,
}

/// Delivers due deliveries forever.
pub async fn run(store: Store, settings: DelivererSettings, beat: Beat) {
    let owner = uuid::Uuid::new_v4().to_string();
    let client = match reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(ANSWER_WITHIN)
        .connect_timeout(ANSWER_WITHIN / 2)
        .user_agent(concat!("meltano-api/", env!("CARGO_PKG_VERSION")))
        .build()
    {
        Ok(client) => client,
        Err(error) => {
            tracing::error!("webhooks: no HTTP client: {error}");
            return;
        }
    };
    let lease_for = chrono::Duration::from_std(LEASE_FOR).expect("a small duration");
    loop {
        beat.beat();
        match store.lease_due_deliveries(&owner, lease_for, BATCH).await {
            Ok(due) if !due.is_empty() => {
                let mut attempts = JoinSet::new();
                for delivery in due {
                    let (store, client, owner) = (store.clone(), client.clone(), owner.clone());
                    attempts.spawn(async move {
                        attempt(&store, &client, &owner, delivery, settings.backoff).await
                    });
                }
                while attempts.join_next().await.is_some() {}
                // More may be due: look again at once.
                continue;
            }
            Ok(_) => {}
            Err(error) => tracing::warn!("webhooks: {error}"),
        }
        tokio::time::sleep(settings.every).await;
    }
}

/// One attempt at `due`, and its record.
async fn attempt(
    store: &Store,
    client: &reqwest::Client,
    owner: &str,
    due: DueDelivery,
    backoff: Duration,
) {
    let delivery = &due.delivery;
    let (response_status, error) = match post(client, &due).await {
        Ok(status) if status.is_success() => (Some(status.as_u16()), None),
        Ok(status) => (Some(status.as_u16()), Some(format!("answered {status}"))),
        Err(error) => (None, Some(error.chars().take(MAX_ERROR).collect())),
    };
    let retry_at = error
        .as_ref()
        .and_then(|_| retry_after(delivery.attempts, backoff))
        .and_then(|wait| chrono::Duration::from_std(wait).ok())
        .map(|wait| chrono::Utc::now() + wait);
    if let Some(error) = &error {
        tracing::info!(
            delivery = %delivery.id,
            webhook = %delivery.webhook,
            attempt = delivery.attempts,
            "webhook delivery failed: {error}"
        );
    }
    let outcome = Attempt {
        response_status: response_status.map(i32::from),
        error,
        retry_at,
    };
    if let Err(error) = store.record_attempt(&delivery.id, owner, outcome).await {
        // The lease lapses and the delivery is attempted again: at least once, never lost.
        tracing::warn!(delivery = %delivery.id, "webhooks: recording an attempt: {error}");
    }
}

/// Posts the delivery, signed; answers the answer's status, or why there was none.
async fn post(client: &reqwest::Client, due: &DueDelivery) -> Result<http::StatusCode, String> {
    let delivery = &due.delivery;
    let body = event_body(delivery).map_err(|e| format!("the event could not be written: {e}"))?;
    let key =
        signing_key(&due.secret, "/secret").map_err(|e| format!("the secret {}", e.detail))?;
    let timestamp = chrono::Utc::now().timestamp();
    let response = client
        .post(&due.url)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header("webhook-id", &delivery.id)
        .header("webhook-timestamp", timestamp)
        .header(
            "webhook-signature",
            signature(&key, &delivery.id, timestamp, &body),
        )
        .body(body)
        .send()
        .await
        .map_err(describe)?;
    Ok(response.status())
}

/// Why a request got no answer, briefly (the URL is the webhook's, which its reader knows).
fn describe(error: reqwest::Error) -> String {
    if error.is_timeout() {
        format!("no answer within {} s", ANSWER_WITHIN.as_secs())
    } else if error.is_connect() {
        let mut cause: &dyn std::error::Error = &error;
        while let Some(source) = cause.source() {
            cause = source;
        }
        format!("could not connect: {cause}")
    } else {
        error.without_url().to_string()
    }
}
