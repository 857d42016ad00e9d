//! Kafka-side Prometheus metrics: consumer lag per partition, rebalances,
//! commits, stale acknowledgements and producer outcomes.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PartitionLabels {
    pub group: String,
    pub topic: String,
    pub partition: i32,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct GroupLabels {
    pub group: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct EventLabels {
    pub group: String,
    pub event: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TopicLabels {
    pub topic: String,
}

/// Counters and gauges for the Kafka transport. Cheap to clone (shared).
#[derive(Clone, Default)]
pub struct KafkaMetrics {
    /// Records between the committed/consumed position and the end of the
    /// partition, from librdkafka statistics (`consumer_lag`).
    pub consumer_lag: Family<PartitionLabels, Gauge>,
    /// Rebalance events by kind (`assign`, `revoke`, `error`).
    pub rebalances: Family<EventLabels, Counter>,
    /// Offset commits by outcome (`ok`, `error`).
    pub commits: Family<EventLabels, Counter>,
    /// Consume errors retried inside the source.
    pub consume_errors: Family<GroupLabels, Counter>,
    /// Acknowledgements of records whose partition was revoked meanwhile
    /// (they will be redelivered to the new owner).
    pub stale_acks: Family<GroupLabels, Counter>,
    /// Records acknowledged by the broker.
    pub produced: Family<TopicLabels, Counter>,
    /// Sends that failed (retried by the stage loop).
    pub produce_errors: Family<TopicLabels, Counter>,
}

impl KafkaMetrics {
    /// Create and register under `newswatch_kafka_*`.
    pub fn register(registry: &mut Registry) -> Self {
        let m = KafkaMetrics::default();
        let sub = registry.sub_registry_with_prefix("newswatch_kafka");
        sub.register(
            "consumer_lag",
            "Records behind the end of each assigned partition",
            m.consumer_lag.clone(),
        );
        sub.register(
            "rebalances",
            "Consumer group rebalance events",
            m.rebalances.clone(),
        );
        sub.register("commits", "Offset commits by outcome", m.commits.clone());
        sub.register(
            "consume_errors",
            "Broker errors while consuming (retried)",
            m.consume_errors.clone(),
        );
        sub.register(
            "stale_acks",
            "Acknowledgements for partitions no longer assigned",
            m.stale_acks.clone(),
        );
        sub.register(
            "produced",
            "Records acknowledged by the broker",
            m.produced.clone(),
        );
        sub.register(
            "produce_errors",
            "Failed sends (retried by the stage loop)",
            m.produce_errors.clone(),
        );
        m
    }

    pub(crate) fn event(&self, family: &Family<EventLabels, Counter>, group: &str, event: &str) {
        family
            .get_or_create(&EventLabels {
                group: group.to_string(),
                event: event.to_string(),
            })
            .inc();
    }

    pub(crate) fn group(family: &Family<GroupLabels, Counter>, group: &str) {
        family
            .get_or_create(&GroupLabels {
                group: group.to_string(),
            })
            .inc();
    }

    pub(crate) fn topic(family: &Family<TopicLabels, Counter>, topic: &str) {
        family
            .get_or_create(&TopicLabels {
                topic: topic.to_string(),
            })
            .inc();
    }

    /// Current lag of one partition, if known.
    pub fn lag(&self, group: &str, topic: &str, partition: i32) -> i64 {
        self.consumer_lag
            .get_or_create(&PartitionLabels {
                group: group.to_string(),
                topic: topic.to_string(),
                partition,
            })
            .get()
    }

    /// Total of a per-event counter (for tests and summaries).
    pub fn count(&self, family: &Family<EventLabels, Counter>, group: &str, event: &str) -> u64 {
        family
            .get_or_create(&EventLabels {
                group: group.to_string(),
                event: event.to_string(),
            })
            .get()
    }
}
