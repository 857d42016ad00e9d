//! Generic webhook: the alert's JSON, signed with HMAC-SHA256.
//!
//! Headers: `X-Newswatch-Timestamp` (Unix seconds), `X-Newswatch-Signature`
//! (`sha256=` + hex HMAC-SHA256 over `"{timestamp}.{body}"` with the shared
//! secret; only when a secret is configured) and `Idempotency-Key` (the
//! alert id, stable across retries and replays).

use super::{AlertSink, SinkError, http};
use async_trait::async_trait;
use hmac::{Hmac, Mac};
use newswatch_wire::Alert;
use sha2::Sha256;
use std::fmt;
use std::time::Duration;

pub struct WebhookSink {
    name: String,
    client: reqwest::Client,
    url: String,
    secret: Option<String>,
    timeout: Duration,
    max_attempts: Option<u32>,
}

impl fmt::Debug for WebhookSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookSink")
            .field("name", &self.name)
            .field("url", &"<redacted>")
            .field("signed", &self.secret.is_some())
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// `sha256=<hex>` signature of `"{timestamp}.{body}"`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

impl WebhookSink {
    pub fn new(
        name: String,
        client: reqwest::Client,
        url: String,
        secret: Option<String>,
        timeout: Duration,
        max_attempts: Option<u32>,
    ) -> WebhookSink {
        WebhookSink {
            name,
            client,
            url,
            secret,
            timeout,
            max_attempts,
        }
    }
}

#[async_trait]
impl AlertSink for WebhookSink {
    fn name(&self) -> &str {
        &self.name
    }

    async fn deliver(&self, alert: &Alert) -> Result<(), SinkError> {
        let body = serde_json::to_vec(alert).map_err(|e| SinkError::Encode(e.to_string()))?;
        let ts = chrono::Utc::now().timestamp();
        let mut req = self
            .client
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header("X-Newswatch-Timestamp", ts.to_string())
            .header("Idempotency-Key", alert.id.as_str());
        if let Some(secret) = &self.secret {
            req = req.header("X-Newswatch-Signature", sign(secret, ts, &body));
        }
        http::send(req.body(body), self.timeout).await
    }

    fn max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }
}
