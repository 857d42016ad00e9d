//! Delivers the outbox: at least once per (alert, sink), with exponential
//! backoff and jitter between attempts, a bounded number of attempts and a
//! dead state that `newswatch` shows and can requeue.

use crate::TrackerError;
use crate::sinks::AlertSink;
use chrono::Utc;
use newswatch_store::{DeliveryStatus, OutboxEntry, SharedStore};
use rand::Rng;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How deliveries are retried.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts before a delivery is dead (a sink's `max_attempts` wins).
    pub max_attempts: u32,
    /// Delay after the first failure; doubles with every further failure.
    pub base_delay: Duration,
    /// Upper bound of the delay.
    pub max_delay: Duration,
    /// Fraction of the delay that is randomised: the delay is drawn from
    /// `[d * (1 - jitter), d]` (0: none, 1: "full jitter").
    pub jitter: f64,
    /// How often `run` looks for due deliveries when idle.
    pub poll_interval: Duration,
    /// Deliveries fetched per pass.
    pub batch: usize,
    /// Bound on one delivery attempt, whatever the sink does.
    pub attempt_timeout: Duration,
    /// How long `drain` keeps retrying before it returns.
    pub drain_timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(600),
            jitter: 0.5,
            poll_interval: Duration::from_secs(1),
            batch: 100,
            attempt_timeout: Duration::from_secs(60),
            drain_timeout: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// Delay before the next attempt after `failures` failed attempts (>= 1).
    pub fn backoff(&self, failures: u32) -> Duration {
        let exp = failures.saturating_sub(1).min(30);
        let d = self
            .base_delay
            .saturating_mul(1u32 << exp)
            .min(self.max_delay);
        let jitter = if self.jitter.is_finite() {
            self.jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        if jitter == 0.0 {
            return d;
        }
        let r: f64 = rand::rng().random::<f64>();
        d.mul_f64(1.0 - jitter * r)
    }
}

/// What a `drain` (or one pass) did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DrainStats {
    pub delivered: u64,
    /// Failed attempts (including those that made a delivery dead).
    pub failed: u64,
    /// Deliveries that became dead.
    pub dead: u64,
    /// Deliveries still pending when `drain` returned.
    pub pending: u64,
}

impl DrainStats {
    fn add(&mut self, o: DrainStats) {
        self.delivered += o.delivered;
        self.failed += o.failed;
        self.dead += o.dead;
    }
}

/// Why a delivery attempt failed, as recorded in the outbox.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("no sink named {0:?} is configured")]
    UnknownSink(String),
    #[error(transparent)]
    Sink(#[from] crate::sinks::SinkError),
    #[error("attempt exceeded {0:?}")]
    Timeout(Duration),
}

/// Label of the delivery counters.
#[derive(Clone, Debug, Hash, PartialEq, Eq, prometheus_client::encoding::EncodeLabelSet)]
pub struct SinkLabel {
    pub sink: String,
}

/// The label of one sink's delivery counters.
pub fn dispatch_sink_label(sink: &str) -> SinkLabel {
    SinkLabel {
        sink: sink.to_string(),
    }
}

/// Prometheus counters of delivery attempts, by sink
/// (`newswatch_alerts_sent_total`, `_failed_total`, `_dead_total`).
#[derive(Clone, Default)]
pub struct DispatchMetrics {
    pub sent: prometheus_client::metrics::family::Family<
        SinkLabel,
        prometheus_client::metrics::counter::Counter,
    >,
    pub failed: prometheus_client::metrics::family::Family<
        SinkLabel,
        prometheus_client::metrics::counter::Counter,
    >,
    pub dead: prometheus_client::metrics::family::Family<
        SinkLabel,
        prometheus_client::metrics::counter::Counter,
    >,
}

impl DispatchMetrics {
    /// Create and register under `newswatch_alerts_*`.
    pub fn register(registry: &mut prometheus_client::registry::Registry) -> Self {
        let m = DispatchMetrics::default();
        let sub = registry.sub_registry_with_prefix("newswatch_alerts");
        sub.register("sent", "Alert deliveries that succeeded", m.sent.clone());
        sub.register(
            "failed",
            "Alert delivery attempts that failed",
            m.failed.clone(),
        );
        sub.register(
            "dead",
            "Alert deliveries that ran out of attempts",
            m.dead.clone(),
        );
        m
    }

    fn record(&self, sink: &str, stats: &DrainStats) {
        let l = SinkLabel {
            sink: sink.to_string(),
        };
        self.sent.get_or_create(&l).inc_by(stats.delivered);
        self.failed.get_or_create(&l).inc_by(stats.failed);
        self.dead.get_or_create(&l).inc_by(stats.dead);
    }
}

/// Delivers outbox entries to sinks.
pub struct Dispatcher {
    store: SharedStore,
    sinks: HashMap<String, Arc<dyn AlertSink>>,
    policy: RetryPolicy,
    metrics: DispatchMetrics,
}

impl Dispatcher {
    pub fn new(
        store: SharedStore,
        sinks: Vec<Arc<dyn AlertSink>>,
        policy: RetryPolicy,
    ) -> Dispatcher {
        let sinks = sinks
            .into_iter()
            .map(|s| (s.name().to_string(), s))
            .collect();
        Dispatcher {
            store,
            sinks,
            policy,
            metrics: DispatchMetrics::default(),
        }
    }

    /// Count deliveries in these (registered) metrics.
    pub fn with_metrics(mut self, metrics: DispatchMetrics) -> Dispatcher {
        self.metrics = metrics;
        self
    }

    pub fn policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// Deliver until `cancel` fires: due deliveries are sent, failures are
    /// rescheduled with backoff, and a delivery out of attempts goes dead.
    /// A delivery in progress when `cancel` fires is finished first.
    pub async fn run(&self, cancel: CancellationToken) {
        while !cancel.is_cancelled() {
            let busy = match self.pass().await {
                Ok((stats, fetched)) => {
                    if stats.delivered + stats.failed > 0 {
                        tracing::debug!(?stats, "dispatch pass");
                    }
                    fetched >= self.policy.batch.max(1)
                }
                Err(e) => {
                    tracing::warn!(error = %e, "dispatcher cannot read the outbox");
                    false
                }
            };
            if busy {
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(self.policy.poll_interval) => {}
                _ = cancel.cancelled() => break,
            }
        }
    }

    /// Deliver everything pending, waiting out retry delays, until nothing
    /// is pending or `drain_timeout` has passed (the rest stays queued).
    pub async fn drain(&self) -> Result<DrainStats, TrackerError> {
        let deadline = tokio::time::Instant::now() + self.policy.drain_timeout;
        let mut total = DrainStats::default();
        loop {
            let (stats, _) = self.pass().await?;
            total.add(stats);
            let pending = self
                .store
                .deliveries(Some(DeliveryStatus::Pending), 100_000)
                .await?;
            total.pending = pending.len() as u64;
            let Some(next) = pending.iter().map(|e| e.next_attempt_at).min() else {
                break;
            };
            let now = Utc::now();
            let wait = (next - now).to_std().unwrap_or(Duration::ZERO);
            let now_i = tokio::time::Instant::now();
            if now_i + wait > deadline {
                break;
            }
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
            } else if stats.delivered + stats.failed == 0 {
                // Due but not fetched (clock skew): do not spin.
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
        Ok(total)
    }

    /// One pass over what is due now; returns the stats and how many
    /// entries were fetched.
    async fn pass(&self) -> Result<(DrainStats, usize), TrackerError> {
        let due = self
            .store
            .due_deliveries(Utc::now(), self.policy.batch.max(1))
            .await?;
        let fetched = due.len();
        // Sinks work in parallel; each sink gets its entries in order.
        let mut by_sink: HashMap<String, Vec<OutboxEntry>> = HashMap::new();
        for e in due {
            by_sink.entry(e.sink.clone()).or_default().push(e);
        }
        let results = futures::future::join_all(by_sink.into_values().map(|entries| async move {
            let mut stats = DrainStats::default();
            for e in entries {
                stats.add(self.attempt(&e).await?);
            }
            Ok::<_, TrackerError>(stats)
        }))
        .await;
        let mut total = DrainStats::default();
        for r in results {
            total.add(r?);
        }
        Ok((total, fetched))
    }

    async fn attempt(&self, e: &OutboxEntry) -> Result<DrainStats, TrackerError> {
        let sink = self.sinks.get(&e.sink);
        let result: Result<(), DeliveryError> = match sink {
            None => Err(DeliveryError::UnknownSink(e.sink.clone())),
            Some(s) => {
                match tokio::time::timeout(self.policy.attempt_timeout, s.deliver(&e.alert)).await {
                    Ok(r) => r.map_err(DeliveryError::from),
                    Err(_) => Err(DeliveryError::Timeout(self.policy.attempt_timeout)),
                }
            }
        };
        let mut stats = DrainStats::default();
        match result {
            Ok(()) => {
                self.store
                    .mark_delivered(&e.alert.id, &e.sink, Utc::now())
                    .await?;
                tracing::info!(alert = %e.alert.id, figure = %e.alert.figure, sink = %e.sink, "alert delivered");
                stats.delivered = 1;
            }
            Err(err) => {
                stats.failed = 1;
                let failures = e.attempts.saturating_add(1);
                let max = sink
                    .and_then(|s| s.max_attempts())
                    .unwrap_or(self.policy.max_attempts)
                    .max(1);
                let unknown = matches!(err, DeliveryError::UnknownSink(_));
                let msg = err.to_string();
                if failures >= max || unknown {
                    self.store
                        .mark_failed(&e.alert.id, &e.sink, &msg, None)
                        .await?;
                    tracing::warn!(alert = %e.alert.id, sink = %e.sink, attempts = failures, error = %msg, "delivery is dead");
                    stats.dead = 1;
                } else {
                    let delay = self.policy.backoff(failures);
                    let next = Utc::now()
                        + chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::MAX);
                    self.store
                        .mark_failed(&e.alert.id, &e.sink, &msg, Some(next))
                        .await?;
                    tracing::info!(alert = %e.alert.id, sink = %e.sink, attempts = failures, retry_in = ?delay, error = %msg, "delivery failed, will retry");
                }
            }
        }
        self.metrics.record(&e.sink, &stats);
        Ok(stats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_is_capped_and_jittered_within_bounds() {
        let p = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
            jitter: 0.0,
            ..RetryPolicy::default()
        };
        let d: Vec<u128> = (1..=6).map(|n| p.backoff(n).as_millis()).collect();
        assert_eq!(d, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(p.backoff(u32::MAX), Duration::from_secs(1));
        let j = RetryPolicy {
            jitter: 0.5,
            ..p.clone()
        };
        let draws: Vec<Duration> = (0..200).map(|_| j.backoff(3)).collect();
        assert!(
            draws
                .iter()
                .all(|d| *d >= Duration::from_millis(200) && *d <= Duration::from_millis(400))
        );
        let distinct: std::collections::HashSet<_> = draws.iter().collect();
        assert!(distinct.len() > 50, "jitter varies the delay");
    }
}
