//! The producing side: one idempotent producer per process, one
//! [`KafkaSink`] per topic.

use crate::client::LogContext;
use crate::{Error, KafkaMetrics};
use async_trait::async_trait;
use newswatch_config::KafkaConfig;
use newswatch_transport::{Sink, TransportError};
use newswatch_wire::WireRecord;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use rdkafka::util::Timeout;
use std::marker::PhantomData;
use std::time::Duration;

/// How long `send` may wait for room in librdkafka's local queue.
const QUEUE_TIMEOUT: Duration = Duration::from_secs(30);

/// Header naming the wire record type (for tools reading the topics).
pub(crate) const TYPE_HEADER: &str = "newswatch-type";

/// A shared idempotent producer. Clone it freely; clones share one
/// connection set and one idempotence sequence.
#[derive(Clone)]
pub struct KafkaProducer {
    inner: FutureProducer<LogContext>,
    metrics: KafkaMetrics,
}

impl KafkaProducer {
    /// Create a producer from `[kafka]` (see [`crate::producer_config`]).
    pub fn new(cfg: &KafkaConfig, client_id: &str, metrics: &KafkaMetrics) -> Result<Self, Error> {
        let inner: FutureProducer<LogContext> = crate::producer_config(cfg, client_id)
            .create_with_context(LogContext)
            .map_err(Error::client("creating producer"))?;
        Ok(KafkaProducer {
            inner,
            metrics: metrics.clone(),
        })
    }

    /// A typed sink writing to `topic`.
    pub fn sink<T: WireRecord>(&self, topic: impl Into<String>) -> KafkaSink<T> {
        KafkaSink {
            producer: self.clone(),
            topic: topic.into(),
            _record: PhantomData,
        }
    }

    /// The underlying rdkafka producer (for replay publishing and admin).
    pub fn inner(&self) -> &FutureProducer<LogContext> {
        &self.inner
    }

    pub(crate) fn metrics(&self) -> &KafkaMetrics {
        &self.metrics
    }

    /// Wait until everything queued was acknowledged, up to `timeout`.
    pub async fn flush(&self, timeout: Duration) -> Result<(), TransportError> {
        let p = self.inner.clone();
        tokio::task::spawn_blocking(move || p.flush(Timeout::After(timeout)))
            .await
            .map_err(|e| TransportError::Failed(format!("flush task: {e}")))?
            .map_err(|e| TransportError::Failed(format!("flushing producer: {e}")))
    }
}

/// Writes records of type `T` to one topic; `send` returns after the broker
/// acknowledged the record (all in-sync replicas, idempotent).
pub struct KafkaSink<T> {
    producer: KafkaProducer,
    topic: String,
    _record: PhantomData<fn(T)>,
}

impl<T> KafkaSink<T> {
    pub fn topic(&self) -> &str {
        &self.topic
    }
}

pub(crate) fn headers<T: WireRecord>() -> OwnedHeaders {
    OwnedHeaders::new().insert(Header {
        key: TYPE_HEADER,
        value: Some(T::NAME),
    })
}

#[async_trait]
impl<T: WireRecord> Sink<T> for KafkaSink<T> {
    async fn send(&self, key: &str, record: T) -> Result<(), TransportError> {
        let payload = record.encode();
        let rec = FutureRecord::to(&self.topic)
            .key(key)
            .payload(&payload)
            .headers(headers::<T>());
        match self
            .producer
            .inner
            .send(rec, Timeout::After(QUEUE_TIMEOUT))
            .await
        {
            Ok(_) => {
                KafkaMetrics::topic(&self.producer.metrics().produced, &self.topic);
                Ok(())
            }
            Err((e, _)) => {
                KafkaMetrics::topic(&self.producer.metrics().produce_errors, &self.topic);
                Err(TransportError::Failed(format!(
                    "producing to {}: {e}",
                    self.topic
                )))
            }
        }
    }

    async fn flush(&self) -> Result<(), TransportError> {
        self.producer.flush(Duration::from_secs(30)).await
    }
}
