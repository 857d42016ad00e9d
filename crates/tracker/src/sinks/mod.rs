//! Where alerts are delivered: stdout, a JSON-lines file, a Slack incoming
//! webhook and a generic signed webhook.
//!
//! Secrets (webhook URLs, signing secrets) are read from environment
//! variables named in the config, kept out of `Debug` output and stripped
//! from error messages, so they never reach the logs.

use async_trait::async_trait;
use newswatch_config::{Config, Problem, SinkConfig, SinkKind};
use newswatch_wire::Alert;
use std::sync::Arc;
use std::time::Duration;

mod http;
mod jsonl;
mod slack;
mod stdout;
mod webhook;

pub use jsonl::JsonlSink;
pub use slack::{SlackSink, slack_message};
pub use stdout::StdoutSink;
pub use webhook::{WebhookSink, sign};

/// Default timeout of one HTTP delivery.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Why one delivery failed. Messages never contain URLs or secrets.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    /// The endpoint answered with a non-2xx status.
    #[error("HTTP {status}{}", if .body.is_empty() { String::new() } else { format!(": {}", .body) })]
    Status { status: u16, body: String },
    /// No complete answer within the sink's timeout.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    /// Connecting or sending failed (URL removed from the message).
    #[error("request failed: {0}")]
    Request(String),
    #[error("write failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot encode alert: {0}")]
    Encode(String),
}

/// A destination for alerts.
#[async_trait]
pub trait AlertSink: Send + Sync {
    /// The sink's name (`SinkConfig::display_name()`); outbox rows use it.
    fn name(&self) -> &str;

    /// Deliver one alert. Delivery is at least once: the same alert may be
    /// delivered again after a crash, so receivers should de-duplicate by
    /// `alert.id` (the webhook sends it as the idempotency key).
    async fn deliver(&self, alert: &Alert) -> Result<(), SinkError>;

    /// Attempts before the delivery is dead; `None`: the dispatcher's policy.
    fn max_attempts(&self) -> Option<u32> {
        None
    }
}

/// Build the configured sinks, reading secrets from the environment.
/// A missing variable is a [`Problem`] naming the sink key.
pub fn build_sinks(cfg: &Config) -> Result<Vec<Arc<dyn AlertSink>>, Vec<Problem>> {
    build_sinks_with_env(cfg, |var| std::env::var(var).ok())
}

/// [`build_sinks`] with an explicit environment lookup (tests, embedding).
pub fn build_sinks_with_env(
    cfg: &Config,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Vec<Arc<dyn AlertSink>>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut sinks: Vec<Arc<dyn AlertSink>> = Vec::new();
    let client = match http::client() {
        Ok(c) => Some(c),
        Err(e) => {
            if cfg
                .sinks
                .iter()
                .any(|s| matches!(s.kind, SinkKind::Slack | SinkKind::Webhook))
            {
                problems.push(Problem {
                    path: "sinks".into(),
                    message: format!("cannot create an HTTP client: {e}"),
                });
            }
            None
        }
    };
    for (i, s) in cfg.sinks.iter().enumerate() {
        let path = |k: &str| format!("sinks[{i}].{k}");
        let mut read = |key: &str, var: &str| -> Option<String> {
            match env(var).filter(|v| !v.trim().is_empty()) {
                Some(v) => Some(v),
                None => {
                    problems.push(Problem {
                        path: path(key),
                        message: format!("environment variable {var} is not set"),
                    });
                    None
                }
            }
        };
        let name = s.display_name();
        let timeout = s.timeout.map(|t| t.0).unwrap_or(DEFAULT_TIMEOUT);
        match s.kind {
            SinkKind::Stdout => sinks.push(Arc::new(StdoutSink::new(name, s.max_attempts))),
            SinkKind::Jsonl => match &s.path {
                Some(p) => sinks.push(Arc::new(JsonlSink::new(name, p.clone(), s.max_attempts))),
                None => problems.push(Problem {
                    path: path("path"),
                    message: "a jsonl sink needs a path".into(),
                }),
            },
            SinkKind::Slack | SinkKind::Webhook => {
                let url = url_of(s, &mut read);
                let secret = match (&s.kind, &s.secret_env) {
                    (SinkKind::Webhook, Some(var)) => read("secret_env", var).map(Some),
                    _ => Some(None),
                };
                let (Some(url), Some(secret), Some(client)) = (url, secret, client.clone()) else {
                    continue;
                };
                if let Err(e) = url::Url::parse(&url) {
                    // Do not echo the value: the URL may itself be a secret.
                    problems.push(Problem {
                        path: path(if s.url.is_some() { "url" } else { "url_env" }),
                        message: format!("not a valid URL ({e})"),
                    });
                    continue;
                }
                if s.kind == SinkKind::Slack {
                    sinks.push(Arc::new(SlackSink::new(
                        name,
                        client,
                        url,
                        timeout,
                        s.max_attempts,
                    )));
                } else {
                    sinks.push(Arc::new(WebhookSink::new(
                        name,
                        client,
                        url,
                        secret,
                        timeout,
                        s.max_attempts,
                    )));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(sinks)
    } else {
        Err(problems)
    }
}

fn url_of(s: &SinkConfig, read: &mut impl FnMut(&str, &str) -> Option<String>) -> Option<String> {
    match (&s.url, &s.url_env) {
        (Some(u), _) => Some(u.clone()),
        (None, Some(var)) => read("url_env", var),
        (None, None) => read("url_env", "(none given)"),
    }
}

#[cfg(test)]
mod tests;
