//! Per-stage Prometheus metrics shared by every stage loop.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StageLabel {
    pub stage: String,
}

/// Counters and latency histogram for every stage, labelled by stage name.
#[derive(Clone)]
pub struct StageMetrics {
    pub received: Family<StageLabel, Counter>,
    pub emitted: Family<StageLabel, Counter>,
    pub dead_lettered: Family<StageLabel, Counter>,
    pub retries: Family<StageLabel, Counter>,
    pub latency: Family<StageLabel, Histogram>,
    /// Periodic ticks run (`Processor::tick`).
    pub ticks: Family<StageLabel, Counter>,
    /// Periodic ticks that failed.
    pub tick_errors: Family<StageLabel, Counter>,
}

impl Default for StageMetrics {
    fn default() -> Self {
        StageMetrics {
            received: Family::default(),
            emitted: Family::default(),
            dead_lettered: Family::default(),
            retries: Family::default(),
            ticks: Family::default(),
            tick_errors: Family::default(),
            latency: Family::new_with_constructor(|| {
                Histogram::new(exponential_buckets(0.000_05, 2.5, 14))
            }),
        }
    }
}

impl StageMetrics {
    /// Create and register under `newswatch_stage_*`.
    pub fn register(registry: &mut Registry) -> Self {
        let m = StageMetrics::default();
        let sub = registry.sub_registry_with_prefix("newswatch_stage");
        sub.register("received", "Records a stage received", m.received.clone());
        sub.register("emitted", "Records a stage emitted", m.emitted.clone());
        sub.register(
            "dead_lettered",
            "Records a stage sent to its dead-letter sink",
            m.dead_lettered.clone(),
        );
        sub.register(
            "retries",
            "Transient failures a stage retried",
            m.retries.clone(),
        );
        sub.register("ticks", "Periodic ticks a stage ran", m.ticks.clone());
        sub.register(
            "tick_errors",
            "Periodic ticks of a stage that failed",
            m.tick_errors.clone(),
        );
        sub.register(
            "latency_seconds",
            "Time a stage spent on one record",
            m.latency.clone(),
        );
        m
    }

    pub fn label(stage: &str) -> StageLabel {
        StageLabel {
            stage: stage.to_string(),
        }
    }

    /// Value of a counter (for tests and summaries).
    pub fn count(family: &Family<StageLabel, Counter>, stage: &str) -> u64 {
        family.get_or_create(&Self::label(stage)).get()
    }
}
