//! Source health: Prometheus metrics per feed and the `newswatch sources` table.

use chrono::{DateTime, Utc};
use newswatch_store::FeedState;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FeedLabel {
    pub feed: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FetchLabel {
    /// `feed`, `article`, `page`.
    pub kind: String,
    /// `ok`, `not_modified`, `unchanged`, `error`, `robots_blocked`.
    pub outcome: String,
}

/// Fetcher metrics, registered under `newswatch_fetcher_*`.
#[derive(Clone)]
pub struct FetcherMetrics {
    pub fetches: Family<FetchLabel, Counter>,
    pub items_emitted: Counter,
    pub latency: Histogram,
    pub last_success: Family<FeedLabel, Gauge<i64>>,
    pub consecutive_failures: Family<FeedLabel, Gauge<i64>>,
    pub items_seen: Family<FeedLabel, Gauge<i64>>,
    pub avg_latency: Family<FeedLabel, Gauge<f64, AtomicU64>>,
}

impl Default for FetcherMetrics {
    fn default() -> Self {
        FetcherMetrics {
            fetches: Family::default(),
            items_emitted: Counter::default(),
            latency: Histogram::new(exponential_buckets(0.001, 2.0, 16)),
            last_success: Family::default(),
            consecutive_failures: Family::default(),
            items_seen: Family::default(),
            avg_latency: Family::default(),
        }
    }
}

impl FetcherMetrics {
    pub fn register(registry: &mut Registry) -> Self {
        let m = FetcherMetrics::default();
        let sub = registry.sub_registry_with_prefix("newswatch_fetcher");
        sub.register(
            "fetches",
            "HTTP fetches by kind and outcome",
            m.fetches.clone(),
        );
        sub.register(
            "items_emitted",
            "Raw items emitted",
            m.items_emitted.clone(),
        );
        sub.register(
            "fetch_latency_seconds",
            "Latency of successful fetches",
            m.latency.clone(),
        );
        sub.register(
            "feed_last_success_timestamp_seconds",
            "Unix time of a feed's last successful poll",
            m.last_success.clone(),
        );
        sub.register(
            "feed_consecutive_failures",
            "Polls of a feed that failed in a row",
            m.consecutive_failures.clone(),
        );
        sub.register(
            "feed_items_seen",
            "New items seen in a feed",
            m.items_seen.clone(),
        );
        sub.register(
            "feed_avg_latency_seconds",
            "Moving average of a feed's fetch latency",
            m.avg_latency.clone(),
        );
        m
    }

    pub fn fetch(&self, kind: &str, outcome: &str) {
        self.fetches
            .get_or_create(&FetchLabel {
                kind: kind.into(),
                outcome: outcome.into(),
            })
            .inc();
    }

    pub fn count(&self, kind: &str, outcome: &str) -> u64 {
        self.fetches
            .get_or_create(&FetchLabel {
                kind: kind.into(),
                outcome: outcome.into(),
            })
            .get()
    }

    /// Publish a feed's health from its stored state.
    pub fn feed_state(&self, s: &FeedState) {
        let l = FeedLabel {
            feed: s.url.clone(),
        };
        if let Some(t) = s.last_success {
            self.last_success.get_or_create(&l).set(t.timestamp());
        }
        self.consecutive_failures
            .get_or_create(&l)
            .set(i64::from(s.consecutive_failures));
        self.items_seen
            .get_or_create(&l)
            .set(i64::try_from(s.items_seen).unwrap_or(i64::MAX));
        self.avg_latency
            .get_or_create(&l)
            .set(s.avg_latency_ms / 1000.0);
    }
}

fn ago(t: Option<DateTime<Utc>>, now: DateTime<Utc>) -> String {
    match t {
        None => "never".into(),
        Some(t) => {
            let secs = (now - t).num_seconds();
            let (future, secs) = if secs < 0 {
                (true, -secs)
            } else {
                (false, secs)
            };
            let span = if secs < 120 {
                format!("{secs}s")
            } else if secs < 7200 {
                format!("{}m", secs / 60)
            } else if secs < 172_800 {
                format!("{}h", secs / 3600)
            } else {
                format!("{}d", secs / 86_400)
            };
            if future {
                format!("in {span}")
            } else {
                format!("{span} ago")
            }
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\r', '\t'], " ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The `newswatch sources` table: one row per feed, columns aligned.
pub fn render_sources(states: &[FeedState]) -> String {
    render_sources_at(states, Utc::now())
}

/// As [`render_sources`] with a fixed "now" (tests).
pub fn render_sources_at(states: &[FeedState], now: DateTime<Utc>) -> String {
    let header = [
        "FEED",
        "LAST SUCCESS",
        "FAILURES",
        "ITEMS SEEN",
        "AVG LATENCY",
        "NEXT POLL",
        "LAST ERROR",
    ];
    let mut rows: Vec<[String; 7]> = Vec::with_capacity(states.len());
    for s in states {
        let feed = match &s.current_url {
            Some(cur) if cur != &s.url => format!("{} -> {}", s.url, cur),
            _ => s.url.clone(),
        };
        rows.push([
            truncate(&feed, 70),
            ago(s.last_success, now),
            s.consecutive_failures.to_string(),
            s.items_seen.to_string(),
            if s.last_success.is_some() || s.avg_latency_ms > 0.0 {
                format!("{:.0} ms", s.avg_latency_ms)
            } else {
                "-".into()
            },
            match s.next_poll_at {
                Some(t) if t <= now => "due".into(),
                t => ago(t, now),
            },
            s.last_error
                .as_deref()
                .map(|e| truncate(e, 60))
                .unwrap_or_else(|| "-".into()),
        ]);
    }
    let mut widths = header.map(|h| h.chars().count());
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let numeric = [false, false, true, true, true, false, false];
    let mut out = String::new();
    let mut line = |cells: Vec<&str>| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(c.chars().count());
            if i > 0 {
                l.push_str("  ");
            }
            if numeric[i] {
                l.push_str(&" ".repeat(pad));
                l.push_str(c);
            } else {
                l.push_str(c);
                if i + 1 < cells.len() {
                    l.push_str(&" ".repeat(pad));
                }
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header.to_vec());
    for r in &rows {
        line(r.iter().map(String::as_str).collect());
    }
    if states.is_empty() {
        out.push_str("(no feeds polled yet)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_aligned_and_shows_health() {
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let states = vec![
            FeedState {
                url: "https://a.example/feed.xml".into(),
                last_success: Some(now - chrono::Duration::minutes(5)),
                items_seen: 1234,
                avg_latency_ms: 87.4,
                next_poll_at: Some(now + chrono::Duration::minutes(10)),
                ..Default::default()
            },
            FeedState {
                url: "https://b.example/rss".into(),
                current_url: Some("https://b.example/new-rss".into()),
                consecutive_failures: 7,
                last_error: Some("HTTP 503 (retry after 120s)".into()),
                next_poll_at: Some(now - chrono::Duration::seconds(1)),
                ..Default::default()
            },
        ];
        let t = render_sources_at(&states, now);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("FEED"));
        assert!(
            lines[1].contains("5m ago") && lines[1].contains("1234") && lines[1].contains("87 ms")
        );
        assert!(lines[1].contains("in 10m"));
        assert!(lines[2].contains("-> https://b.example/new-rss"));
        assert!(
            lines[2].contains("never") && lines[2].contains("due") && lines[2].contains("HTTP 503")
        );
        // columns line up: "LAST SUCCESS" starts at the same offset as the values
        let col = lines[0].find("LAST SUCCESS").expect("header");
        assert_eq!(lines[1].find("5m ago"), Some(col));
        assert_eq!(lines[2].find("never"), Some(col));
        assert!(render_sources_at(&[], now).contains("no feeds"));
    }
}
