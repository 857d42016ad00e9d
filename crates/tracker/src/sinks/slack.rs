//! Slack incoming webhook with a Block Kit message: the figure, from and to,
//! a link to the source and the quote, and the evidence for the old value.

use super::{AlertSink, SinkError, http};
use crate::format::{format_amount, one_line, stdout_line, truncate};
use async_trait::async_trait;
use newswatch_wire::{Alert, AlertKind, Bound};
use serde_json::{Value, json};
use std::fmt;
use std::time::Duration;

pub struct SlackSink {
    name: String,
    client: reqwest::Client,
    /// The webhook URL is a secret: it alone authorises posting.
    url: String,
    timeout: Duration,
    max_attempts: Option<u32>,
}

impl fmt::Debug for SlackSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SlackSink")
            .field("name", &self.name)
            .field("url", &"<redacted>")
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl SlackSink {
    pub fn new(
        name: String,
        client: reqwest::Client,
        url: String,
        timeout: Duration,
        max_attempts: Option<u32>,
    ) -> SlackSink {
        SlackSink {
            name,
            client,
            url,
            timeout,
            max_attempts,
        }
    }
}

/// Escape text for Slack `mrkdwn` (`&`, `<`, `>` are control characters).
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `<url|title>` link, or the escaped title alone when the URL is unusable.
fn link(url: &str, title: Option<&str>) -> String {
    let label = esc(&one_line(
        title.filter(|t| !t.trim().is_empty()).unwrap_or(url),
    ));
    let label = label.replace('|', "¦");
    if url.starts_with("http://") || url.starts_with("https://") {
        format!(
            "<{}|{}>",
            url.replace('>', "%3E").replace('|', "%7C"),
            label
        )
    } else {
        label
    }
}

/// The Block Kit payload for an alert.
pub fn slack_message(a: &Alert) -> Value {
    let title = match a.kind {
        AlertKind::Changed => "Figure changed",
        AlertKind::New => "New figure",
        AlertKind::Conflict => "Sources disagree",
    };
    let to = format_amount(a.to, a.bound, &a.unit);
    let change = match (a.kind, a.from) {
        (AlertKind::Conflict, Some(f)) => format!(
            "{} *vs* {}",
            esc(&format_amount(f, Bound::Exact, &a.unit)),
            esc(&to)
        ),
        (_, Some(f)) => format!(
            "{} → *{}*",
            esc(&format_amount(f, Bound::Exact, &a.unit)),
            esc(&to)
        ),
        (_, None) => format!("*{}*", esc(&to)),
    };
    let date = a
        .published_at
        .map(|d| format!(" · {}", d.format("%Y-%m-%d")))
        .unwrap_or_default();
    let mut blocks = vec![
        json!({
            "type": "header",
            "text": { "type": "plain_text", "text": truncate(&format!("{title}: {}", one_line(&a.name)), 150), "emoji": false }
        }),
        json!({
            "type": "section",
            "fields": [
                { "type": "mrkdwn", "text": truncate(&format!("*Figure*\n{} (`{}`)", esc(&a.name), esc(&a.figure)), 2000) },
                { "type": "mrkdwn", "text": truncate(&format!("*{}*\n{change}", if a.from.is_some() { "From → to" } else { "Value" }), 2000) },
            ]
        }),
        json!({
            "type": "section",
            "text": { "type": "mrkdwn", "text": truncate(&format!(
                "> {}\n{}{date}",
                esc(&truncate(&one_line(&a.quote), 1500)),
                link(&a.source_url, a.source_title.as_deref())
            ), 3000) }
        }),
    ];
    if !a.previous_sources.is_empty() {
        let prev: Vec<String> = a
            .previous_sources
            .iter()
            .take(5)
            .map(|e| {
                format!(
                    "{} {}",
                    esc(&format_amount(e.value, e.bound, &a.unit)),
                    link(&e.source_url, e.source_title.as_deref())
                )
            })
            .collect();
        blocks.push(json!({
            "type": "context",
            "elements": [ { "type": "mrkdwn", "text": truncate(&format!("Before: {}", prev.join(" · ")), 3000) } ]
        }));
    }
    json!({ "text": stdout_line(a), "blocks": blocks })
}

#[async_trait]
impl AlertSink for SlackSink {
    fn name(&self) -> &str {
        &self.name
    }

    async fn deliver(&self, alert: &Alert) -> Result<(), SinkError> {
        let req = self.client.post(&self.url).json(&slack_message(alert));
        http::send(req, self.timeout).await
    }

    fn max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }
}
