//! The tracker as a pipeline stage.

use crate::{Tracker, TrackerError};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use newswatch_transport::{Processor, StageError};
use newswatch_wire::{Alert, Claim};

/// `tracker` stage: claims in, the alerts they raise out (keyed by figure).
///
/// After each claim it also releases changes of *other* figures that were
/// waiting for confirmation (`debounce`) and whose wait is over by the
/// stage's event-time watermark (newest publication time seen).
pub struct TrackerStage {
    tracker: Tracker,
    watermark: Option<DateTime<Utc>>,
}

impl TrackerStage {
    pub fn new(tracker: Tracker) -> TrackerStage {
        TrackerStage {
            tracker,
            watermark: None,
        }
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
        Ok(alerts.into_iter().map(|a| (a.figure.clone(), a)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newswatch_config::Config;
    use newswatch_store::SqliteStore;
    use newswatch_transport::{Sink, StageMetrics, memory::channel, run_stage};
    use newswatch_wire::{Bound, DeadLetter, Measure, QuantityKind, WIRE_VERSION};
    use std::sync::Arc;
    use tokio_util::sync::CancellationToken;

    fn claim(id: &str, value: f64, day: u32) -> Claim {
        Claim {
            v: WIRE_VERSION,
            id: id.into(),
            article_id: format!("a-{id}"),
            figure: Some("recall".into()),
            subject: Some("Acme".into()),
            metric: Some("recall".into()),
            object: None,
            measure: Measure::Level,
            value,
            value_max: None,
            unit: "vehicles".into(),
            kind: QuantityKind::Count,
            bound: Bound::Exact,
            trend: None,
            as_of: None,
            quote: format!("recalls {value} vehicles"),
            start: 0,
            end: 1,
            source_url: format!("https://{id}.example/story"),
            source_title: None,
            source_name: None,
            published_at: chrono::NaiveDate::from_ymd_opt(2026, 3, day)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc()),
            duplicate_of: None,
        }
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
