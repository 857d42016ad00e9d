//! The tracker as a pipeline stage.

use crate::{Tracker, TrackerError};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use newswatch_transport::{Processor, StageError};
use newswatch_wire::{Alert, Claim};
use std::time::Duration;

/// `tracker` stage: claims in, the alerts they raise out (keyed by figure).
///
/// After each claim it also releases changes of *other* figures that were
/// waiting for confirmation (`debounce`) and whose wait is over by the
/// stage's event-time watermark (newest publication time seen).
///
/// With [`TrackerStage::with_clock_release`] (live runs) it also releases
/// them by the wall clock on a timer, so a pending change does not wait for
/// the next claim to arrive. Off by default: replay is driven by event time
/// only and must give the same alerts however fast it runs.
pub struct TrackerStage {
    tracker: Tracker,
    watermark: Option<DateTime<Utc>>,
    clock_release: Option<Duration>,
}

impl TrackerStage {
    pub fn new(tracker: Tracker) -> TrackerStage {
        TrackerStage {
            tracker,
            watermark: None,
            clock_release: None,
        }
    }

    /// Every `every`, release pending changes whose wait is over by the wall
    /// clock (`Tracker::release_due(Utc::now())`), between claims. A zero
    /// interval leaves it off.
    pub fn with_clock_release(mut self, every: Duration) -> TrackerStage {
        self.clock_release = Some(every).filter(|d| !d.is_zero());
        self
    }

    pub fn tracker(&mut self) -> &mut Tracker {
        &mut self.tracker
    }

    pub fn into_tracker(self) -> Tracker {
        self.tracker
    }
}

fn stage_error(e: TrackerError) -> StageError {
    match e {
        TrackerError::Store(e) => StageError::Transient(e.to_string()),
        other => StageError::Permanent(other.to_string()),
    }
}

#[async_trait]
impl Processor<Claim, Alert> for TrackerStage {
    fn stage(&self) -> &'static str {
        "tracker"
    }

    async fn process(
        &mut self,
        _key: Option<&str>,
        claim: &Claim,
    ) -> Result<Vec<(String, Alert)>, StageError> {
        let mut alerts = self.tracker.apply(claim).await.map_err(stage_error)?;
        if let Some(at) = claim.published_at {
            let w = self.watermark.map_or(at, |w| w.max(at));
            self.watermark = Some(w);
            // A failure here leaves the pending change for the next claim;
            // the claim itself is applied and must not be retried.
            match self.tracker.release_due(w).await {
                Ok(more) => alerts.extend(more),
                Err(e) => tracing::warn!(error = %e, "releasing pending changes failed"),
            }
        }
        Ok(keyed(alerts))
    }

    fn tick_interval(&self) -> Option<Duration> {
        self.clock_release
    }

    async fn tick(&mut self) -> Result<Vec<(String, Alert)>, StageError> {
        if self.clock_release.is_none() {
            return Ok(Vec::new());
        }
        // A failure leaves the pending change for the next tick or claim.
        let alerts = self
            .tracker
            .release_due(Utc::now())
            .await
            .map_err(stage_error)?;
        Ok(keyed(alerts))
    }
}

fn keyed(alerts: Vec<Alert>) -> Vec<(String, Alert)> {
    alerts.into_iter().map(|a| (a.figure.clone(), a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newswatch_config::Config;
    use newswatch_store::SqliteStore;
    use newswatch_transport::{Sink, StageMetrics, memory::channel, run_stage};
    use newswatch_wire::DeadLetter;
    use std::sync::Arc;
    use tokio_util::sync::CancellationToken;

    fn claim(id: &str, value: f64, day: u32) -> Claim {
        let mut c = newswatch_store::testkit::claim(id, value);
        c.figure = Some("recall".into());
        c.metric = Some("recall".into());
        c.source_url = format!("https://{id}.example/story");
        c.published_at = chrono::NaiveDate::from_ymd_opt(2026, 3, day)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| d.and_utc());
        c
    }

    #[tokio::test]
    async fn runs_as_a_stage_with_alerts_out_and_bad_claims_dead_lettered() {
        let cfg = Config::parse(
            r#"
[[figures]]
id = "recall"
name = "Acme recall"
subject = "Acme"
metric = "recall"
unit = "vehicles"
"#,
            std::path::Path::new("."),
        )
        .expect("config");
        let store: newswatch_store::SharedStore =
            Arc::new(SqliteStore::in_memory().expect("store"));
        let mut stage = TrackerStage::new(Tracker::new(&cfg, store.clone(), vec!["stdout".into()]));
        let (in_tx, in_rx) = channel::<Claim>(8);
        let (out_tx, mut out_rx) = channel::<Alert>(8);
        let (dl_tx, mut dl_rx) = channel::<DeadLetter>(8);
        let mut bad = claim("c3", 1.0, 3);
        bad.value = f64::NAN;
        for c in [
            claim("c1", 100.0, 1),
            claim("c2", 150.0, 2),
            bad,
            claim("c2", 150.0, 2),
        ] {
            in_tx.send("recall", c).await.expect("send");
        }
        drop(in_tx);
        run_stage(
            in_rx,
            &out_tx,
            &dl_tx,
            &mut stage,
            &StageMetrics::default(),
            CancellationToken::new(),
        )
        .await
        .expect("stage runs");
        let (key, alert) = out_rx.try_recv().expect("one alert");
        assert_eq!(key, "recall");
        assert_eq!((alert.from, alert.to), (Some(100.0), 150.0));
        assert!(
            out_rx.try_recv().is_none(),
            "the repeated claim raises nothing"
        );
        let (_, dl) = dl_rx.try_recv().expect("dead letter");
        assert_eq!(dl.stage, "tracker");
        assert!(dl.error.contains("finite"), "{}", dl.error);
        assert_eq!(store.figure_history("recall").await.expect("h").len(), 2);
    }

    fn debounced_config() -> Config {
        Config::parse(
            r#"
[[figures]]
id = "recall"
name = "Acme recall"
subject = "Acme"
metric = "recall"
unit = "vehicles"
debounce = "1h"
"#,
            std::path::Path::new("."),
        )
        .expect("config")
    }

    /// A claim published `ago` before now.
    fn claim_ago(id: &str, value: f64, ago: chrono::Duration) -> Claim {
        let mut c = claim(id, value, 1);
        c.published_at = Some(Utc::now() - ago);
        c
    }

    #[tokio::test]
    async fn a_tick_releases_a_debounced_change_once_its_wait_is_over() {
        let store: newswatch_store::SharedStore =
            Arc::new(SqliteStore::in_memory().expect("store"));
        let cfg = debounced_config();
        let mut stage = TrackerStage::new(Tracker::new(&cfg, store.clone(), vec!["stdout".into()]))
            .with_clock_release(Duration::from_secs(30));
        assert_eq!(stage.tick_interval(), Some(Duration::from_secs(30)));
        let first = claim_ago("c1", 100.0, chrono::Duration::hours(3));
        assert!(stage.process(None, &first).await.expect("c1").is_empty());
        // Published 90 minutes ago: due 30 minutes ago by the clock, but not
        // by the watermark (its own publication time), so it waits.
        let change = claim_ago("c2", 150.0, chrono::Duration::minutes(90));
        assert!(stage.process(None, &change).await.expect("c2").is_empty());
        let released = stage.tick().await.expect("tick");
        assert_eq!(released.len(), 1, "{released:?}");
        let (key, alert) = &released[0];
        assert_eq!(key, "recall");
        assert_eq!((alert.from, alert.to), (Some(100.0), 150.0));
        assert_eq!(alert.claim_id, "c2");
        assert!(
            stage.tick().await.expect("tick").is_empty(),
            "released once"
        );
        assert_eq!(
            store.deliveries(None, 10).await.expect("outbox").len(),
            1,
            "queued in the outbox"
        );

        // A change published 20 minutes ago still has 40 minutes to wait.
        let store: newswatch_store::SharedStore =
            Arc::new(SqliteStore::in_memory().expect("store"));
        let mut stage = TrackerStage::new(Tracker::new(&cfg, store, vec!["stdout".into()]))
            .with_clock_release(Duration::from_secs(30));
        let first = claim_ago("c1", 100.0, chrono::Duration::hours(3));
        let change = claim_ago("c2", 150.0, chrono::Duration::minutes(20));
        assert!(stage.process(None, &first).await.expect("c1").is_empty());
        assert!(stage.process(None, &change).await.expect("c2").is_empty());
        assert!(stage.tick().await.expect("tick").is_empty(), "not due yet");
    }

    #[tokio::test]
    async fn clock_release_is_off_unless_asked_for() {
        let store: newswatch_store::SharedStore =
            Arc::new(SqliteStore::in_memory().expect("store"));
        let cfg = debounced_config();
        let mut stage = TrackerStage::new(Tracker::new(&cfg, store, vec!["stdout".into()]));
        assert_eq!(stage.tick_interval(), None);
        let first = claim_ago("c1", 100.0, chrono::Duration::hours(3));
        let change = claim_ago("c2", 150.0, chrono::Duration::minutes(90));
        assert!(stage.process(None, &first).await.expect("c1").is_empty());
        assert!(stage.process(None, &change).await.expect("c2").is_empty());
        assert!(
            stage.tick().await.expect("tick").is_empty(),
            "without clock release only event time releases"
        );
        assert_eq!(
            TrackerStage::new(stage.into_tracker())
                .with_clock_release(Duration::ZERO)
                .tick_interval(),
            None
        );
    }

    #[tokio::test]
    async fn in_the_stage_loop_a_pending_change_is_released_without_a_new_claim() {
        let store: newswatch_store::SharedStore =
            Arc::new(SqliteStore::in_memory().expect("store"));
        let cfg = debounced_config();
        let mut stage = TrackerStage::new(Tracker::new(&cfg, store, vec!["stdout".into()]))
            .with_clock_release(Duration::from_millis(20));
        let (in_tx, in_rx) = channel::<Claim>(8);
        let (out_tx, mut out_rx) = channel::<Alert>(8);
        let (dl_tx, _dl_rx) = channel::<DeadLetter>(8);
        in_tx
            .send("recall", claim_ago("c1", 100.0, chrono::Duration::hours(3)))
            .await
            .expect("send");
        in_tx
            .send(
                "recall",
                claim_ago("c2", 150.0, chrono::Duration::minutes(90)),
            )
            .await
            .expect("send");
        let cancel = CancellationToken::new();
        let c2 = cancel.clone();
        let metrics = StageMetrics::default();
        let m = metrics.clone();
        // The input stays open and nothing more arrives.
        let task =
            tokio::spawn(
                async move { run_stage(in_rx, &out_tx, &dl_tx, &mut stage, &m, c2).await },
            );
        let got = tokio::time::timeout(Duration::from_secs(10), async {
            use newswatch_transport::Source;
            out_rx.recv(&CancellationToken::new()).await
        })
        .await
        .expect("released by a tick, not by a claim");
        let (key, alert, _) = got.expect("an alert").ok().expect("decodable").into_parts();
        assert_eq!(key.as_deref(), Some("recall"));
        assert_eq!((alert.from, alert.to), (Some(100.0), 150.0));
        assert!(StageMetrics::count(&metrics.ticks, "tracker") >= 1);
        cancel.cancel();
        task.await.expect("join").expect("stage runs");
        drop(in_tx);
    }

    #[test]
    fn store_errors_are_transient_others_permanent() {
        let t = stage_error(TrackerError::Store(newswatch_store::StoreError::Task(
            "x".into(),
        )));
        assert!(matches!(t, StageError::Transient(_)));
        let p = stage_error(TrackerError::InvalidClaim {
            id: "c".into(),
            reason: "r".into(),
        });
        assert!(matches!(p, StageError::Permanent(_)));
    }
}
