//! Persistent state behind one interface, [`Store`].
//!
//! - figure history: every claim applied to a tracked figure, with the
//!   tracker's verdict, and the figure's current state (opaque JSON owned by
//!   the tracker);
//! - processed ids: claims (idempotency of the tracker) and articles;
//! - the alert outbox: alerts are written in the *same transaction* as the
//!   figure update that caused them, then delivered at least once per sink by
//!   the dispatcher, with attempts, next-attempt time and a dead state;
//! - fetcher state: per-feed validators and health, and seen item keys.
//!
//! Implementations: SQLite (embedded default) and PostgreSQL.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use newswatch_wire::{Alert, Claim};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

mod postgres;
mod sqlite;
pub mod testkit;
pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

/// Storage failures.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("postgres: {0}")]
    Postgres(String),
    #[error("cannot open store at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("corrupt record in store: {0}")]
    Corrupt(String),
    #[error("store task failed: {0}")]
    Task(String),
}

/// One claim in a figure's history with the tracker's verdict on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub claim: Claim,
    /// Tracker verdict, e.g. `changed`, `same`, `consistent_bound`,
    /// `historical`, `duplicate`, `new`, `pending`.
    pub verdict: String,
    pub recorded_at: DateTime<Utc>,
}

/// A figure with its current state, for listings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureRow {
    pub figure: String,
    /// Tracker-owned state (current value, sources, ...).
    pub state: serde_json::Value,
    pub claims: u64,
    pub updated_at: DateTime<Utc>,
}

/// Everything the tracker writes for one claim, applied atomically.
#[derive(Debug, Clone)]
pub struct ClaimUpdate {
    pub claim: Claim,
    /// Figure the claim was recorded under (tracked id, or an untracked key).
    pub figure: String,
    pub verdict: String,
    /// New figure state; `None` leaves the state as it is.
    pub state: Option<serde_json::Value>,
    /// Alerts to put in the outbox, one delivery per sink.
    pub alerts: Vec<Alert>,
}

/// State of one outbox delivery (one alert to one sink).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    Pending,
    Delivered,
    Dead,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Dead => "dead",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(DeliveryStatus::Pending),
            "delivered" => Some(DeliveryStatus::Delivered),
            "dead" => Some(DeliveryStatus::Dead),
            _ => None,
        }
    }
}

/// One alert due for (or done with) delivery to one sink.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub alert: Alert,
    pub sink: String,
    pub status: DeliveryStatus,
    pub attempts: u32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
}

/// Filter for listing alerts.
#[derive(Debug, Clone, Default)]
pub struct AlertQuery {
    pub figure: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// Return alerts created before this sequence number (paging, newest first).
    pub before_seq: Option<i64>,
    pub limit: usize,
}

/// An alert with its outbox sequence number (for paging).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertRow {
    pub seq: i64,
    pub alert: Alert,
    pub created_at: DateTime<Utc>,
}

/// Fetcher state and health for one feed (or watched page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FeedState {
    /// The configured URL (the key).
    pub url: String,
    /// Where a permanent redirect moved it.
    pub current_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Hash of the last body, to notice changes behind reused validators.
    pub content_hash: Option<String>,
    pub last_attempt: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub consecutive_failures: u32,
    pub items_seen: u64,
    /// Exponential moving average of fetch latency, milliseconds.
    pub avg_latency_ms: f64,
    pub next_poll_at: Option<DateTime<Utc>>,
    /// Current adaptive poll interval, seconds.
    pub poll_secs: Option<u64>,
}

/// The storage interface every stage and command uses.
#[async_trait]
pub trait Store: Send + Sync {
    /// Backend name for logs (`sqlite`, `postgres`).
    fn backend(&self) -> &'static str;

    // ---- figures ----
    /// Apply a claim atomically: history row, figure state, outbox rows for
    /// each alert x each of `sinks`, and the claim id as processed. Returns
    /// `false` (and writes nothing) if the claim id was already applied.
    async fn apply_claim(&self, update: ClaimUpdate, sinks: &[String]) -> Result<bool, StoreError>;
    async fn claim_applied(&self, claim_id: &str) -> Result<bool, StoreError>;
    /// Replace a figure's state and enqueue alerts (one delivery per sink)
    /// atomically, without a claim (the tracker releasing a change that
    /// waited for confirmation). Alerts whose id is already stored are not
    /// enqueued again; returns the ids of the alerts newly enqueued.
    async fn put_figure_state(
        &self,
        figure: &str,
        state: serde_json::Value,
        alerts: Vec<Alert>,
        sinks: &[String],
    ) -> Result<Vec<String>, StoreError>;
    async fn figure_state(&self, figure: &str) -> Result<Option<serde_json::Value>, StoreError>;
    async fn figure_history(&self, figure: &str) -> Result<Vec<HistoryEntry>, StoreError>;
    async fn figures(&self) -> Result<Vec<FigureRow>, StoreError>;

    // ---- alerts and outbox ----
    async fn alerts(&self, query: &AlertQuery) -> Result<Vec<AlertRow>, StoreError>;
    /// Pending deliveries whose next attempt is due at `now`, oldest first.
    async fn due_deliveries(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<OutboxEntry>, StoreError>;
    async fn deliveries(
        &self,
        status: Option<DeliveryStatus>,
        limit: usize,
    ) -> Result<Vec<OutboxEntry>, StoreError>;
    async fn mark_delivered(
        &self,
        alert_id: &str,
        sink: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Record a failed attempt; `next_attempt_at = None` moves it to dead.
    async fn mark_failed(
        &self,
        alert_id: &str,
        sink: &str,
        error: &str,
        next_attempt_at: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError>;
    /// Put dead deliveries back to pending (all, or one alert's).
    async fn requeue_dead(
        &self,
        alert_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;

    // ---- articles ----
    /// Record an article id; returns `false` if it was already recorded.
    async fn mark_article(
        &self,
        id: &str,
        url: &str,
        published_at: Option<DateTime<Utc>>,
    ) -> Result<bool, StoreError>;

    // ---- fetcher ----
    async fn feed_state(&self, url: &str) -> Result<Option<FeedState>, StoreError>;
    async fn put_feed_state(&self, state: &FeedState) -> Result<(), StoreError>;
    async fn feed_states(&self) -> Result<Vec<FeedState>, StoreError>;
    /// Record item keys (GUIDs, canonical links); returns those not seen before.
    async fn mark_items_seen(&self, keys: &[String]) -> Result<Vec<String>, StoreError>;
    /// Which of `keys` are not recorded as seen, without recording anything:
    /// input order, each key once. The fetcher asks this when it finds items
    /// and marks them seen (`mark_items_seen`) only once they were emitted.
    async fn unseen_items(&self, keys: &[String]) -> Result<Vec<String>, StoreError>;
}

/// A shared store handle.
pub type SharedStore = Arc<dyn Store>;

/// Open the store the config names, creating and migrating it as needed.
pub async fn open(cfg: &newswatch_config::Config) -> Result<SharedStore, StoreError> {
    match cfg.store.kind {
        newswatch_config::StoreKind::Sqlite => {
            Ok(Arc::new(SqliteStore::open(&cfg.store.path).await?))
        }
        newswatch_config::StoreKind::Postgres => {
            // The connection string is a secret: read from the environment,
            // never logged or echoed in errors.
            let url = newswatch_config::Config::secret(&cfg.store.url_env).map_err(|p| {
                StoreError::Open {
                    path: format!("postgres (${})", cfg.store.url_env),
                    reason: p.message,
                }
            })?;
            Ok(Arc::new(PostgresStore::connect(&url).await?))
        }
    }
}
