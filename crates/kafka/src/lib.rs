//! Kafka transport for newswatch.
//!
//! The stages run unchanged over Kafka: [`KafkaSource`] implements
//! [`newswatch_transport::Source`] and [`KafkaSink`] implements
//! [`newswatch_transport::Sink`], so `run_stage` drives them exactly as it
//! drives the in-memory channels.
//!
//! Delivery is at least once end to end:
//! - the producer is idempotent (`enable.idempotence=true`, `acks=all`) and
//!   [`KafkaSink::send`] returns only once the broker acknowledged the record;
//! - the consumer never stores offsets by itself (`enable.auto.offset.store=false`);
//!   the acknowledgement handed out with each delivery stores `offset + 1`,
//!   and `run_stage` acknowledges only after the outputs were acknowledged;
//! - stored offsets are committed periodically (librdkafka's auto commit of
//!   *stored* offsets), before partitions are revoked in a rebalance, and at
//!   shutdown ([`ConsumerHandle::close`]);
//! - a record that cannot be decoded is yielded as `Undecodable`, which
//!   `run_stage` sends to the stage's dead-letter topic before acknowledging.
//!
//! Downstream idempotency (tracker by claim id, alerts by alert id) turns the
//! redeliveries that at-least-once allows into no-ops.

mod admin;
mod client;
pub mod metrics;
pub mod replay;
mod sink;
mod source;

pub use admin::{TopicStatus, Topics, check_topics, ensure_topics};
pub use client::{LogContext, consumer_config, producer_config};
pub use metrics::KafkaMetrics;
pub use sink::{KafkaProducer, KafkaSink};
pub use source::{ConsumerHandle, KafkaSource};

/// Errors from the Kafka transport (setup, admin, replay). Errors while a
/// stage runs are reported as [`newswatch_transport::TransportError`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A librdkafka call failed.
    #[error("kafka: {context}: {source}")]
    Client {
        context: String,
        #[source]
        source: rdkafka::error::KafkaError,
    },
    /// A topic is missing or could not be created.
    #[error("kafka topic {topic}: {reason}")]
    Topic { topic: String, reason: String },
    /// A blocking librdkafka call could not be run.
    #[error("kafka: background task failed: {0}")]
    Task(String),
    /// Invalid argument (e.g. a timestamp out of range).
    #[error("kafka: {0}")]
    Invalid(String),
}

impl Error {
    pub(crate) fn client(
        context: impl Into<String>,
    ) -> impl FnOnce(rdkafka::error::KafkaError) -> Error {
        let context = context.into();
        move |source| Error::Client { context, source }
    }
}

/// Consumer group of one stage: `<group_prefix>.<stage>`.
pub fn group_id(cfg: &newswatch_config::KafkaConfig, stage: &str) -> String {
    format!("{}.{}", cfg.group_prefix, stage)
}

#[cfg(test)]
mod tests {
    use newswatch_wire::{Claim, WireRecord};

    /// A value computed as "4.1 million" must cross a topic unchanged, or a
    /// service pipeline and the embedded run disagree on alert values.
    #[test]
    fn floats_roundtrip_exactly_through_the_wire_encoding() {
        let value = 4.1f64 * 1e6;
        let json = format!(
            r#"{{"id":"c","article_id":"a","value":{value:?},"unit":"vehicles","quote":"q","start":0,"end":1,"source_url":"u"}}"#
        );
        let claim = Claim::decode(json.as_bytes()).expect("decodes");
        assert_eq!(claim.value.to_bits(), value.to_bits(), "{json}");
        let again = Claim::decode(&claim.encode()).expect("decodes");
        assert_eq!(again.value.to_bits(), value.to_bits());
    }
}
