//! PostgreSQL backend, for deployments where several processes share one
//! store. A small connection pool (deadpool-postgres) over tokio-postgres;
//! statements are prepared once per connection. Migrations run at start-up
//! under an advisory lock, so processes starting together do not race.
//!
//! The hot path, applying a claim that raised no alert, is one statement
//! (history insert + figure upsert in data-modifying CTEs): one round trip
//! and one commit. Claims with alerts use a transaction that also writes the
//! alerts and their outbox rows.

use crate::{
    AlertQuery, AlertRow, ClaimUpdate, DeliveryStatus, FeedState, FigureRow, HistoryEntry,
    OutboxEntry, Store, StoreError,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod};
use newswatch_wire::Alert;
use tokio_postgres::NoTls;
use tokio_postgres::types::Json;

/// Ordered schema migrations; each runs once, in a transaction.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE history (
    seq BIGSERIAL PRIMARY KEY,
    claim_id TEXT NOT NULL UNIQUE,
    figure TEXT NOT NULL,
    verdict TEXT NOT NULL,
    claim JSONB NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX history_figure ON history (figure, seq);
CREATE TABLE figures (
    figure TEXT PRIMARY KEY,
    state JSONB NOT NULL,
    claims BIGINT NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE alerts (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    figure TEXT NOT NULL,
    alert JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX alerts_figure ON alerts (figure, seq);
CREATE TABLE outbox (
    alert_id TEXT NOT NULL REFERENCES alerts (id),
    sink TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    delivered_at TIMESTAMPTZ,
    PRIMARY KEY (alert_id, sink)
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    published_at TIMESTAMPTZ,
    seen_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    state JSONB NOT NULL
);
CREATE TABLE items_seen (
    key TEXT PRIMARY KEY,
    seen_at TIMESTAMPTZ NOT NULL
);
"#];

/// Key of the advisory lock taken while migrating.
const MIGRATION_LOCK: i64 = 0x6e77_6d69_6772; // "nwmigr"
/// Connections in the pool.
const POOL_SIZE: usize = 8;

fn pg(e: tokio_postgres::Error) -> StoreError {
    match e.as_db_error() {
        Some(db) => StoreError::Postgres(format!(
            "{}: {}{}",
            db.code().code(),
            db.message(),
            db.detail().map(|d| format!(" ({d})")).unwrap_or_default()
        )),
        None => {
            let mut msg = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                msg.push_str(&format!(": {s}"));
                src = s.source();
            }
            StoreError::Postgres(msg)
        }
    }
}

fn pool_err(e: deadpool_postgres::PoolError) -> StoreError {
    match e {
        deadpool_postgres::PoolError::Backend(e) => pg(e),
        other => StoreError::Postgres(format!("connection pool: {other}")),
    }
}

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

fn from_json<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> Result<T, StoreError> {
    serde_json::from_value(v).map_err(corrupt)
}

fn to_value<T: serde::Serialize>(v: &T) -> Result<serde_json::Value, StoreError> {
    serde_json::to_value(v).map_err(corrupt)
}

fn limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A schema name must be a plain identifier (it is spliced into SQL).
fn valid_schema(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The PostgreSQL store.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
    schema: Option<String>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The connection string (with its password) is never printed.
        f.debug_struct("PostgresStore")
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

impl PostgresStore {
    /// Connect (`postgres://user:pass@host:port/db` or key=value form) and
    /// migrate. TLS is not supported: connect over a private network or a
    /// local socket proxy.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::build(url, None).await
    }

    /// Like [`connect`](Self::connect), but keep every table in `schema`
    /// (created if missing; lower-case letters, digits and `_`). Tests and
    /// benchmarks use a fresh schema each.
    pub async fn connect_in_schema(url: &str, schema: &str) -> Result<Self, StoreError> {
        if !valid_schema(schema) {
            return Err(StoreError::Open {
                path: schema.to_string(),
                reason: "schema names are lower-case letters, digits and '_'".into(),
            });
        }
        Self::build(url, Some(schema.to_string())).await
    }

    async fn build(url: &str, schema: Option<String>) -> Result<Self, StoreError> {
        let open_err = |reason: String| StoreError::Open {
            path: "postgres".into(),
            reason,
        };
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e: tokio_postgres::Error| open_err(format!("bad connection string: {e}")))?;
        if config.get_application_name().is_none() {
            config.application_name("newswatch");
        }
        if let Some(s) = &schema {
            config.options(format!("-c search_path={s}"));
        }
        let mgr = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(mgr)
            .max_size(POOL_SIZE)
            .build()
            .map_err(|e| open_err(e.to_string()))?;
        let store = PostgresStore { pool, schema };
        store.migrate().await.map_err(|e| open_err(e.to_string()))?;
        Ok(store)
    }

    /// Drop the schema this store was opened in (tests, benchmarks).
    pub async fn drop_schema(&self) -> Result<(), StoreError> {
        let Some(s) = &self.schema else {
            return Ok(());
        };
        let c = self.client().await?;
        c.batch_execute(&format!("DROP SCHEMA IF EXISTS {s} CASCADE"))
            .await
            .map_err(pg)
    }

    async fn client(&self) -> Result<deadpool_postgres::Client, StoreError> {
        self.pool.get().await.map_err(pool_err)
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let mut c = self.client().await?;
        let tx = c.transaction().await.map_err(pg)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(pg)?;
        if let Some(s) = &self.schema {
            tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {s}"))
                .await
                .map_err(pg)?;
        }
        tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            .await
            .map_err(pg)?;
        let current: i32 = tx
            .query_one("SELECT COALESCE(MAX(version), 0) FROM schema_version", &[])
            .await
            .map_err(pg)?
            .get(0);
        for (i, sql) in MIGRATIONS.iter().enumerate() {
            let version = i as i32 + 1;
            if version <= current {
                continue;
            }
            tx.batch_execute(sql).await.map_err(pg)?;
            tx.execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[&version],
            )
            .await
            .map_err(pg)?;
            tracing::info!(version, "postgres schema migrated");
        }
        tx.commit().await.map_err(pg)
    }

    /// Number of migrations applied (tests).
    pub async fn schema_version(&self) -> Result<i32, StoreError> {
        let c = self.client().await?;
        Ok(
            c.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_version", &[])
                .await
                .map_err(pg)?
                .get(0),
        )
    }
}

/// History insert plus figure upsert in one statement; returns a row only if
/// the claim was new.
const APPLY_WITH_STATE: &str = "WITH h AS (
    INSERT INTO history (claim_id, figure, verdict, claim, recorded_at)
    VALUES ($1, $2, $3, $4, $6) ON CONFLICT (claim_id) DO NOTHING RETURNING 1
), f AS (
    INSERT INTO figures (figure, state, claims, updated_at)
    SELECT $2, $5, 1, $6 FROM h
    ON CONFLICT (figure) DO UPDATE
    SET state = EXCLUDED.state, claims = figures.claims + 1, updated_at = EXCLUDED.updated_at
    RETURNING 1
)
SELECT count(*) FROM h";

const APPLY_WITHOUT_STATE: &str = "WITH h AS (
    INSERT INTO history (claim_id, figure, verdict, claim, recorded_at)
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (claim_id) DO NOTHING RETURNING 1
), f AS (
    UPDATE figures SET claims = claims + 1
    WHERE figure = $2 AND EXISTS (SELECT 1 FROM h)
    RETURNING 1
)
SELECT count(*) FROM h";

const INSERT_ALERT: &str = "INSERT INTO alerts (id, figure, alert, created_at) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (id) DO NOTHING RETURNING id";
const INSERT_OUTBOX: &str = "INSERT INTO outbox (alert_id, sink, status, attempts, next_attempt_at, created_at) \
     SELECT $1, s, 'pending', 0, $3, $3 FROM unnest($2::text[]) AS s ON CONFLICT DO NOTHING";

const OUTBOX_SELECT: &str = "SELECT a.alert, o.sink, o.status, o.attempts, o.next_attempt_at, o.last_error, o.created_at, o.delivered_at \
     FROM outbox o JOIN alerts a ON a.id = o.alert_id";

async fn apply_rows(
    c: &impl GenericClient,
    update: &ClaimUpdate,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let claim = Json(&update.claim);
    let n: i64 = match &update.state {
        Some(state) => {
            let st = c.prepare_cached(APPLY_WITH_STATE).await.map_err(pg)?;
            c.query_one(
                &st,
                &[
                    &update.claim.id,
                    &update.figure,
                    &update.verdict,
                    &claim,
                    state,
                    &now,
                ],
            )
            .await
            .map_err(pg)?
            .get(0)
        }
        None => {
            let st = c.prepare_cached(APPLY_WITHOUT_STATE).await.map_err(pg)?;
            c.query_one(
                &st,
                &[
                    &update.claim.id,
                    &update.figure,
                    &update.verdict,
                    &claim,
                    &now,
                ],
            )
            .await
            .map_err(pg)?
            .get(0)
        }
    };
    Ok(n > 0)
}

async fn enqueue(
    c: &impl GenericClient,
    alerts: &[Alert],
    sinks: &[String],
    now: DateTime<Utc>,
) -> Result<Vec<String>, StoreError> {
    let ins_alert = c.prepare_cached(INSERT_ALERT).await.map_err(pg)?;
    let ins_outbox = c.prepare_cached(INSERT_OUTBOX).await.map_err(pg)?;
    let sinks: Vec<&str> = sinks.iter().map(String::as_str).collect();
    let mut fresh = Vec::new();
    for a in alerts {
        let json = to_value(a)?;
        let row = c
            .query_opt(&ins_alert, &[&a.id, &a.figure, &json, &now])
            .await
            .map_err(pg)?;
        if row.is_none() {
            continue;
        }
        c.execute(&ins_outbox, &[&a.id, &sinks, &now])
            .await
            .map_err(pg)?;
        fresh.push(a.id.clone());
    }
    Ok(fresh)
}

fn outbox_entry(r: &tokio_postgres::Row) -> Result<OutboxEntry, StoreError> {
    let status: String = r.get(2);
    let attempts: i32 = r.get(3);
    Ok(OutboxEntry {
        alert: from_json(r.get(0))?,
        sink: r.get(1),
        status: DeliveryStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("delivery status {status:?}")))?,
        attempts: u32::try_from(attempts).unwrap_or(0),
        next_attempt_at: r.get(4),
        last_error: r.get(5),
        created_at: r.get(6),
        delivered_at: r.get(7),
    })
}

#[async_trait]
impl Store for PostgresStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn apply_claim(&self, update: ClaimUpdate, sinks: &[String]) -> Result<bool, StoreError> {
        let now = Utc::now();
        let mut c = self.client().await?;
        if update.alerts.is_empty() {
            return apply_rows(&c, &update, now).await;
        }
        let tx = c.transaction().await.map_err(pg)?;
        if !apply_rows(&tx, &update, now).await? {
            tx.rollback().await.map_err(pg)?;
            return Ok(false);
        }
        enqueue(&tx, &update.alerts, sinks, now).await?;
        tx.commit().await.map_err(pg)?;
        Ok(true)
    }

    async fn claim_applied(&self, claim_id: &str) -> Result<bool, StoreError> {
        let c = self.client().await?;
        let st = c
            .prepare_cached("SELECT 1 FROM history WHERE claim_id = $1")
            .await
            .map_err(pg)?;
        Ok(c.query_opt(&st, &[&claim_id]).await.map_err(pg)?.is_some())
    }

    async fn put_figure_state(
        &self,
        figure: &str,
        state: serde_json::Value,
        alerts: Vec<Alert>,
        sinks: &[String],
    ) -> Result<Vec<String>, StoreError> {
        let now = Utc::now();
        let mut c = self.client().await?;
        let tx = c.transaction().await.map_err(pg)?;
        tx.execute(
            "INSERT INTO figures (figure, state, claims, updated_at) VALUES ($1, $2, 0, $3) \
             ON CONFLICT (figure) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at",
            &[&figure, &state, &now],
        )
        .await
        .map_err(pg)?;
        let fresh = enqueue(&tx, &alerts, sinks, now).await?;
        tx.commit().await.map_err(pg)?;
        Ok(fresh)
    }

    async fn figure_state(&self, figure: &str) -> Result<Option<serde_json::Value>, StoreError> {
        let c = self.client().await?;
        let st = c
            .prepare_cached("SELECT state FROM figures WHERE figure = $1")
            .await
            .map_err(pg)?;
        Ok(c.query_opt(&st, &[&figure])
            .await
            .map_err(pg)?
            .map(|r| r.get(0)))
    }

    async fn figure_history(&self, figure: &str) -> Result<Vec<HistoryEntry>, StoreError> {
        let c = self.client().await?;
        let rows = c
            .query(
                "SELECT claim, verdict, recorded_at FROM history WHERE figure = $1 ORDER BY seq",
                &[&figure],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok(HistoryEntry {
                    claim: from_json(r.get(0))?,
                    verdict: r.get(1),
                    recorded_at: r.get(2),
                })
            })
            .collect()
    }

    async fn figures(&self) -> Result<Vec<FigureRow>, StoreError> {
        let c = self.client().await?;
        let rows = c
            .query(
                "SELECT figure, state, claims, updated_at FROM figures ORDER BY figure",
                &[],
            )
            .await
            .map_err(pg)?;
        Ok(rows
            .iter()
            .map(|r| FigureRow {
                figure: r.get(0),
                state: r.get(1),
                claims: u64::try_from(r.get::<_, i64>(2)).unwrap_or(0),
                updated_at: r.get(3),
            })
            .collect())
    }

    async fn alerts(&self, q: &AlertQuery) -> Result<Vec<AlertRow>, StoreError> {
        let c = self.client().await?;
        let rows = c
            .query(
                "SELECT seq, alert, created_at FROM alerts \
                 WHERE ($1::text IS NULL OR figure = $1) AND ($2::timestamptz IS NULL OR created_at >= $2) \
                 AND ($3::timestamptz IS NULL OR created_at < $3) AND ($4::bigint IS NULL OR seq < $4) \
                 ORDER BY seq DESC LIMIT $5",
                &[&q.figure, &q.since, &q.until, &q.before_seq, &limit(q.limit.max(1))],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok(AlertRow {
                    seq: r.get(0),
                    alert: from_json(r.get(1))?,
                    created_at: r.get(2),
                })
            })
            .collect()
    }

    async fn due_deliveries(
        &self,
        now: DateTime<Utc>,
        n: usize,
    ) -> Result<Vec<OutboxEntry>, StoreError> {
        let c = self.client().await?;
        let rows = c
            .query(
                &format!(
                    "{OUTBOX_SELECT} WHERE o.status = 'pending' AND o.next_attempt_at <= $1 \
                     ORDER BY o.next_attempt_at, a.seq LIMIT $2"
                ),
                &[&now, &limit(n)],
            )
            .await
            .map_err(pg)?;
        rows.iter().map(outbox_entry).collect()
    }

    async fn deliveries(
        &self,
        status: Option<DeliveryStatus>,
        n: usize,
    ) -> Result<Vec<OutboxEntry>, StoreError> {
        let c = self.client().await?;
        let status = status.map(|s| s.as_str());
        let rows = c
            .query(
                &format!(
                    "{OUTBOX_SELECT} WHERE ($1::text IS NULL OR o.status = $1) ORDER BY a.seq, o.sink LIMIT $2"
                ),
                &[&status, &limit(n)],
            )
            .await
            .map_err(pg)?;
        rows.iter().map(outbox_entry).collect()
    }

    async fn mark_delivered(
        &self,
        alert_id: &str,
        sink: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let c = self.client().await?;
        c.execute(
            "UPDATE outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = $3, last_error = NULL \
             WHERE alert_id = $1 AND sink = $2",
            &[&alert_id, &sink, &at],
        )
        .await
        .map_err(pg)?;
        Ok(())
    }

    async fn mark_failed(
        &self,
        alert_id: &str,
        sink: &str,
        error: &str,
        next_attempt_at: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let c = self.client().await?;
        match next_attempt_at {
            Some(next) => {
                c.execute(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = $3, next_attempt_at = $4 \
                     WHERE alert_id = $1 AND sink = $2",
                    &[&alert_id, &sink, &error, &next],
                )
                .await
            }
            None => {
                c.execute(
                    "UPDATE outbox SET status = 'dead', attempts = attempts + 1, last_error = $3 \
                     WHERE alert_id = $1 AND sink = $2",
                    &[&alert_id, &sink, &error],
                )
                .await
            }
        }
        .map_err(pg)?;
        Ok(())
    }

    async fn requeue_dead(
        &self,
        alert_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let c = self.client().await?;
        c.execute(
            "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $2 \
             WHERE status = 'dead' AND ($1::text IS NULL OR alert_id = $1)",
            &[&alert_id, &now],
        )
        .await
        .map_err(pg)
    }

    async fn mark_article(
        &self,
        id: &str,
        url: &str,
        published_at: Option<DateTime<Utc>>,
    ) -> Result<bool, StoreError> {
        let c = self.client().await?;
        let n = c
            .execute(
                "INSERT INTO articles (id, url, published_at, seen_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (id) DO NOTHING",
                &[&id, &url, &published_at, &Utc::now()],
            )
            .await
            .map_err(pg)?;
        Ok(n == 1)
    }

    async fn feed_state(&self, url: &str) -> Result<Option<FeedState>, StoreError> {
        let c = self.client().await?;
        c.query_opt("SELECT state FROM feeds WHERE url = $1", &[&url])
            .await
            .map_err(pg)?
            .map(|r| from_json(r.get(0)))
            .transpose()
    }

    async fn put_feed_state(&self, state: &FeedState) -> Result<(), StoreError> {
        let c = self.client().await?;
        c.execute(
            "INSERT INTO feeds (url, state) VALUES ($1, $2) \
             ON CONFLICT (url) DO UPDATE SET state = EXCLUDED.state",
            &[&state.url, &to_value(state)?],
        )
        .await
        .map_err(pg)?;
        Ok(())
    }

    async fn feed_states(&self) -> Result<Vec<FeedState>, StoreError> {
        let c = self.client().await?;
        c.query("SELECT state FROM feeds ORDER BY url", &[])
            .await
            .map_err(pg)?
            .iter()
            .map(|r| from_json(r.get(0)))
            .collect()
    }

    async fn mark_items_seen(&self, keys: &[String]) -> Result<Vec<String>, StoreError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let c = self.client().await?;
        let rows = c
            .query(
                "INSERT INTO items_seen (key, seen_at) SELECT k, $2 FROM unnest($1::text[]) AS k \
                 ON CONFLICT (key) DO NOTHING RETURNING key",
                &[&keys, &Utc::now()],
            )
            .await
            .map_err(pg)?;
        let mut fresh: std::collections::HashSet<String> = rows.iter().map(|r| r.get(0)).collect();
        // Input order, each key once.
        Ok(keys.iter().filter(|k| fresh.remove(*k)).cloned().collect())
    }

    async fn unseen_items(&self, keys: &[String]) -> Result<Vec<String>, StoreError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let c = self.client().await?;
        let rows = c
            .query(
                "SELECT key FROM items_seen WHERE key = ANY($1::text[])",
                &[&keys],
            )
            .await
            .map_err(pg)?;
        let mut skip: std::collections::HashSet<String> = rows.iter().map(|r| r.get(0)).collect();
        // Input order, each key once: a key is skipped once returned.
        let mut unseen = Vec::new();
        for k in keys {
            if skip.insert(k.clone()) {
                unseen.push(k.clone());
            }
        }
        Ok(unseen)
    }
}
