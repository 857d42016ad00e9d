//! The API's response types. They are the public contract of the HTTP API
//! (documented in the OpenAPI document) and are built from the store's rows
//! and the tracker's figure state by [`crate::view`]; the dashboard renders
//! the same values.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Every figure: the tracked ones from the config first, then any others the
/// store holds (claims that matched no tracked figure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FigureList {
    pub figures: Vec<FigureSummary>,
}

/// A figure with its current value, last change and supporting sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FigureSummary {
    /// Figure id (the config `id` for tracked figures).
    pub id: String,
    /// Human name (config `name`, else the id).
    pub name: String,
    /// Whether the figure is configured (tracked) rather than only stored.
    pub tracked: bool,
    /// Unit the figure is tracked in.
    pub unit: String,
    /// The value the tracker currently holds, if any.
    pub current: Option<CurrentValue>,
    /// The last time the tracked value moved.
    pub last_change: Option<Change>,
    /// A new value waiting for confirmation (debounce or minimum sources).
    pub pending: Option<PendingChange>,
    /// The last disagreement between independent sources, if any.
    pub conflict: Option<ConflictInfo>,
    /// Independent outlets supporting the current value.
    pub sources: u64,
    /// Distinct outlets across the whole history.
    pub outlets: u64,
    /// Claims recorded for the figure.
    pub claims: u64,
    /// When the store last updated the figure.
    pub updated_at: Option<DateTime<Utc>>,
}

/// The tracker's current value of a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CurrentValue {
    pub value: f64,
    /// Upper end when the value is a range.
    pub value_max: Option<f64>,
    /// `exact`, `approx`, `at_least`, `at_most` or `range`.
    pub bound: String,
    pub unit: String,
    /// Period the value is stated for (`2025`, `2025-Q3`, `2025-09-30`).
    pub as_of: Option<String>,
    /// Publication time of the report that set the value.
    pub reported_at: Option<DateTime<Utc>>,
    /// Claim that set the value.
    pub claim_id: String,
    /// Article that set the value.
    pub source_url: Option<String>,
    pub source_title: Option<String>,
    /// The value formatted for people (`2.3M vehicles`, `$13B`).
    pub display: String,
}

/// A move of the tracked value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Change {
    /// Previous value; absent for the first value.
    pub from: Option<f64>,
    pub to: f64,
    /// Publication time of the report that moved it.
    pub at: Option<DateTime<Utc>>,
    pub claim_id: String,
    pub source_url: String,
    /// `2.3M vehicles` or `1.9M → 2.3M vehicles`.
    pub display: String,
}

/// A new value seen but not yet confirmed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PendingChange {
    pub value: f64,
    pub since: Option<DateTime<Utc>>,
    /// Independent outlets reporting the new value so far.
    pub sources: u64,
}

/// Two independent outlets disagreeing on a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConflictInfo {
    pub a: f64,
    pub b: f64,
    pub at: Option<DateTime<Utc>>,
}

/// One figure with its full history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FigureDetail {
    pub figure: FigureSummary,
    /// Every claim recorded for the figure, oldest first.
    pub history: Vec<HistoryPoint>,
    /// The figure's alerts, newest first (at most 100).
    pub alerts: Vec<AlertItem>,
}

/// One claim in a figure's history, with the tracker's verdict on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct HistoryPoint {
    pub claim_id: String,
    pub article_id: String,
    /// Tracker verdict: `new`, `same`, `consistent_bound`, `changed`,
    /// `pending`, `quiet`, `historical`, `stale`, `new_period`, `disputed`,
    /// `conflict`, `duplicate`, `unit_mismatch`, `increment`, `unattributed`.
    pub verdict: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub bound: String,
    /// Period the value is stated for.
    pub as_of: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    /// When the tracker recorded the claim.
    pub recorded_at: DateTime<Utc>,
    /// Event time used for ordering and charts: publication time, else record time.
    pub at: DateTime<Utc>,
    pub source_url: String,
    pub source_title: Option<String>,
    pub source_name: Option<String>,
    /// The sentence the claim was read from.
    pub quote: String,
    /// Set when the article copies an earlier one.
    pub duplicate_of: Option<String>,
    /// Whether this claim set the tracked value (`new`, `changed`, `quiet`,
    /// `new_period`, or it is the claim behind the current value).
    pub sets_value: bool,
    /// Whether this claim disagrees with the tracked value (`conflict`,
    /// `disputed`, or it raised a conflict alert).
    pub conflict: bool,
    /// `2.3M vehicles`.
    pub display: String,
}

/// A page of alerts, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AlertPage {
    pub alerts: Vec<AlertItem>,
    /// Pass as `before` to get the next (older) page; absent on the last page.
    pub next_before: Option<i64>,
}

/// An alert raised by the tracker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AlertItem {
    /// Sequence number (paging key).
    pub seq: i64,
    pub id: String,
    pub figure: String,
    pub name: String,
    /// `changed`, `new` or `conflict`.
    pub kind: String,
    pub from: Option<f64>,
    pub to: f64,
    pub unit: String,
    pub bound: String,
    pub source_url: String,
    pub source_title: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub quote: String,
    pub as_of: Option<String>,
    pub claim_id: String,
    /// When the alert was raised (written to the outbox).
    pub created_at: DateTime<Utc>,
    /// Earlier reports the alert cites.
    pub previous_sources: Vec<EvidenceItem>,
    /// `1.9M → 2.3M vehicles`.
    pub display: String,
}

/// A report an alert cites as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct EvidenceItem {
    pub value: f64,
    pub bound: String,
    pub source_url: String,
    pub source_title: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub quote: String,
    pub claim_id: String,
}

/// Health of every configured or stored feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SourceList {
    pub sources: Vec<SourceHealth>,
}

/// One feed's (or watched page's) fetch health.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SourceHealth {
    pub url: String,
    pub name: Option<String>,
    /// `feed`, `sitemap` or `page`; absent when the feed is no longer configured.
    pub kind: Option<String>,
    pub configured: bool,
    /// `ok`, `failing` or `never_fetched`.
    pub status: String,
    /// Where a permanent redirect moved it.
    pub current_url: Option<String>,
    pub last_attempt: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub consecutive_failures: u32,
    pub items_seen: u64,
    pub avg_latency_ms: f64,
    pub next_poll_at: Option<DateTime<Utc>>,
    pub poll_secs: Option<u64>,
}

/// Liveness / readiness answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// `ok`, `ready` or `not_ready`.
    pub status: String,
    /// Why the service is not ready.
    pub reason: Option<String>,
}

/// An error answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    pub error: String,
}
