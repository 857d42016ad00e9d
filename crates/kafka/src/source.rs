//! The consuming side: a consumer-group member yielding typed deliveries
//! whose acknowledgement stores the offset.

use crate::{Error, KafkaMetrics};
use async_trait::async_trait;
use newswatch_config::KafkaConfig;
use newswatch_transport::{Ack, Delivery, Received, Source, TransportError, Undecodable};
use newswatch_wire::WireRecord;
use rdkafka::client::ClientContext;
use rdkafka::consumer::{
    BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance, StreamConsumer,
};
use rdkafka::error::{KafkaError as RdError, KafkaResult, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Message};
use rdkafka::statistics::Statistics;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

use crate::metrics::PartitionLabels;

/// Callbacks librdkafka runs while the consumer is polled: rebalances,
/// commit results and statistics (consumer lag).
pub struct SourceContext {
    group: String,
    metrics: KafkaMetrics,
    /// Bumped on every assignment, so a stage can tell that its partitions
    /// changed (and drop state cached for partitions it may have lost).
    assignments: Arc<AtomicU64>,
}

impl ClientContext for SourceContext {
    fn log(&self, level: rdkafka::config::RDKafkaLogLevel, fac: &str, log_message: &str) {
        crate::client::log_line(level, fac, log_message);
    }

    fn stats(&self, statistics: Statistics) {
        for (topic, t) in &statistics.topics {
            for (&partition, p) in &t.partitions {
                // Partition -1 is librdkafka's internal "unassigned" bucket;
                // lag -1 means not known yet.
                if partition < 0 || p.consumer_lag < 0 {
                    continue;
                }
                self.metrics
                    .consumer_lag
                    .get_or_create(&PartitionLabels {
                        group: self.group.clone(),
                        topic: topic.clone(),
                        partition,
                    })
                    .set(p.consumer_lag);
            }
        }
    }
}

impl ConsumerContext for SourceContext {
    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Revoke(tpl) => {
                self.metrics
                    .event(&self.metrics.rebalances, &self.group, "revoke");
                // Commit what was acknowledged before the partitions go, so
                // the next owner starts right after it.
                match consumer.commit_consumer_state(CommitMode::Sync) {
                    Ok(()) => {}
                    Err(RdError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
                    Err(e) => {
                        tracing::warn!(group = %self.group, error = %e, "commit before revoke failed")
                    }
                }
                for el in tpl.elements() {
                    self.metrics.consumer_lag.remove(&PartitionLabels {
                        group: self.group.clone(),
                        topic: el.topic().to_string(),
                        partition: el.partition(),
                    });
                }
                tracing::info!(group = %self.group, partitions = %describe(tpl), "partitions revoked");
            }
            Rebalance::Assign(tpl) => {
                self.assignments.fetch_add(1, Ordering::SeqCst);
                self.metrics
                    .event(&self.metrics.rebalances, &self.group, "assign");
                tracing::info!(group = %self.group, partitions = %describe(tpl), "partitions assigned");
            }
            Rebalance::Error(e) => {
                self.metrics
                    .event(&self.metrics.rebalances, &self.group, "error");
                tracing::warn!(group = %self.group, error = %e, "rebalance error");
            }
        }
    }

    fn commit_callback(&self, result: KafkaResult<()>, offsets: &TopicPartitionList) {
        match result {
            Ok(()) => {
                self.metrics.event(&self.metrics.commits, &self.group, "ok");
                tracing::debug!(group = %self.group, offsets = %describe(offsets), "offsets committed");
            }
            Err(RdError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
            Err(e) => {
                self.metrics
                    .event(&self.metrics.commits, &self.group, "error");
                tracing::warn!(group = %self.group, error = %e, "offset commit failed");
            }
        }
    }
}

fn describe(tpl: &TopicPartitionList) -> String {
    tpl.elements()
        .iter()
        .map(|e| match e.offset().to_raw() {
            Some(o) if o >= 0 => format!("{}[{}]@{}", e.topic(), e.partition(), o),
            _ => format!("{}[{}]", e.topic(), e.partition()),
        })
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) type GroupConsumer = StreamConsumer<SourceContext>;

/// A message copied out of librdkafka's buffer.
struct Raw {
    topic: String,
    partition: i32,
    offset: i64,
    key: Option<String>,
    payload: Option<Vec<u8>>,
}

impl Raw {
    fn from_message(m: &BorrowedMessage<'_>) -> Raw {
        Raw {
            topic: m.topic().to_string(),
            partition: m.partition(),
            offset: m.offset(),
            key: m.key().map(|k| String::from_utf8_lossy(k).into_owned()),
            payload: m.payload().map(<[u8]>::to_vec),
        }
    }
}

/// Stores `offset + 1` of one consumed record when acknowledged.
struct OffsetAck {
    consumer: Arc<GroupConsumer>,
    group: String,
    metrics: KafkaMetrics,
    topic: String,
    partition: i32,
    offset: i64,
}

#[async_trait]
impl Ack for OffsetAck {
    async fn ack(self: Box<Self>) -> Result<(), TransportError> {
        let mut tpl = TopicPartitionList::new();
        tpl.add_partition_offset(&self.topic, self.partition, Offset::Offset(self.offset + 1))
            .map_err(|e| TransportError::Failed(format!("offset list: {e}")))?;
        if let Err(e) = self.consumer.store_offsets(&tpl) {
            // The partition was revoked while the record was in flight: its
            // new owner will process it again (at least once), and the
            // tracker's idempotency absorbs the repeat. Not a stage failure.
            KafkaMetrics::group(&self.metrics.stale_acks, &self.group);
            tracing::info!(
                group = %self.group, topic = %self.topic, partition = self.partition,
                offset = self.offset, error = %e,
                "offset not stored: partition no longer assigned, record will be redelivered"
            );
        }
        Ok(())
    }
}

/// Where a bounded source stops: the last offset to read per partition.
pub(crate) type Bounds = HashMap<(String, i32), i64>;

/// A stage's input from Kafka: a consumer-group member on one or more topics.
///
/// Yields every record as a [`Delivery`] whose acknowledgement stores its
/// offset; records that do not decode as `T` come as `Undecodable` (the stage
/// loop dead-letters them). Broker errors are retried here with backoff.
pub struct KafkaSource<T> {
    consumer: Arc<GroupConsumer>,
    group: String,
    metrics: KafkaMetrics,
    /// `Some`: stop once every partition reached its bound (replay).
    bounds: Option<Bounds>,
    _record: PhantomData<fn() -> T>,
}

fn backoff(failures: u32) -> Duration {
    Duration::from_millis((100u64 << failures.min(6)).min(5_000))
}

impl<T: WireRecord> KafkaSource<T> {
    pub(crate) fn create(
        cfg: &KafkaConfig,
        client_id: &str,
        group: &str,
        metrics: &KafkaMetrics,
    ) -> Result<Arc<GroupConsumer>, Error> {
        let ctx = SourceContext {
            group: group.to_string(),
            metrics: metrics.clone(),
            assignments: Arc::new(AtomicU64::new(0)),
        };
        let consumer: GroupConsumer = crate::consumer_config(cfg, client_id, group)
            .create_with_context(ctx)
            .map_err(Error::client(format!(
                "creating consumer for group {group}"
            )))?;
        Ok(Arc::new(consumer))
    }

    /// Join consumer group `group` and subscribe to `topics`. Must be called
    /// inside a tokio runtime.
    pub fn subscribe(
        cfg: &KafkaConfig,
        client_id: &str,
        group: &str,
        topics: &[&str],
        metrics: &KafkaMetrics,
    ) -> Result<Self, Error> {
        let consumer = Self::create(cfg, client_id, group, metrics)?;
        consumer
            .subscribe(topics)
            .map_err(Error::client(format!("subscribing to {topics:?}")))?;
        Ok(Self::from_parts(consumer, group, metrics, None))
    }

    pub(crate) fn from_parts(
        consumer: Arc<GroupConsumer>,
        group: &str,
        metrics: &KafkaMetrics,
        bounds: Option<Bounds>,
    ) -> Self {
        KafkaSource {
            consumer,
            group: group.to_string(),
            metrics: metrics.clone(),
            bounds,
            _record: PhantomData,
        }
    }

    /// A handle to commit and close the consumer after the stage loop
    /// (which takes the source by value) returned.
    pub fn handle(&self) -> ConsumerHandle {
        ConsumerHandle {
            consumer: self.consumer.clone(),
            group: self.group.clone(),
        }
    }

    fn deliver(&self, raw: Raw) -> Received<T> {
        let ack = Box::new(OffsetAck {
            consumer: self.consumer.clone(),
            group: self.group.clone(),
            metrics: self.metrics.clone(),
            topic: raw.topic.clone(),
            partition: raw.partition,
            offset: raw.offset,
        });
        let payload = match raw.payload {
            Some(p) => p,
            None => {
                return Err(Delivery::new(
                    raw.key,
                    Undecodable {
                        payload: Vec::new(),
                        error: format!(
                            "empty payload at {}[{}]@{}",
                            raw.topic, raw.partition, raw.offset
                        ),
                    },
                    ack,
                ));
            }
        };
        match T::decode(&payload) {
            Ok(record) => Ok(Delivery::new(raw.key, record, ack)),
            Err(e) => Err(Delivery::new(
                raw.key,
                Undecodable {
                    payload,
                    error: format!("{e} (at {}[{}]@{})", raw.topic, raw.partition, raw.offset),
                },
                ack,
            )),
        }
    }

    /// For a bounded source: whether to hand this record out.
    fn within_bounds(&mut self, raw: &Raw) -> bool {
        let Some(bounds) = self.bounds.as_mut() else {
            return true;
        };
        let k = (raw.topic.clone(), raw.partition);
        match bounds.get(&k).copied() {
            None => false,
            Some(last) if raw.offset > last => {
                bounds.remove(&k);
                false
            }
            Some(last) => {
                if raw.offset == last {
                    bounds.remove(&k);
                }
                true
            }
        }
    }
}

#[async_trait]
impl<T: WireRecord> Source<T> for KafkaSource<T> {
    async fn recv(&mut self, cancel: &CancellationToken) -> Option<Received<T>> {
        let mut failures = 0u32;
        loop {
            if self.bounds.as_ref().is_some_and(HashMap::is_empty) {
                return None;
            }
            let next = tokio::select! {
                biased;
                _ = cancel.cancelled() => return None,
                m = self.consumer.recv() => m.map(|m| Raw::from_message(&m)),
            };
            match next {
                Ok(raw) => {
                    if self.within_bounds(&raw) {
                        return Some(self.deliver(raw));
                    }
                }
                Err(e) => {
                    failures += 1;
                    KafkaMetrics::group(&self.metrics.consume_errors, &self.group);
                    let wait = backoff(failures);
                    tracing::warn!(group = %self.group, error = %e, failures, ?wait, "consume error, retrying");
                    tokio::select! {
                        _ = cancel.cancelled() => return None,
                        _ = tokio::time::sleep(wait) => {}
                    }
                }
            }
        }
    }
}

/// Commit and close a source's consumer after its stage loop finished.
#[derive(Clone)]
pub struct ConsumerHandle {
    consumer: Arc<GroupConsumer>,
    group: String,
}

impl ConsumerHandle {
    pub fn group(&self) -> &str {
        &self.group
    }

    /// How many partition assignments this member received so far; changes
    /// whenever a rebalance gave it a (possibly different) set of partitions.
    pub fn assignments(&self) -> u64 {
        self.consumer.context().assignments.load(Ordering::SeqCst)
    }

    /// Commit every stored (acknowledged) offset now, waiting up to `timeout`.
    pub async fn commit(&self, timeout: Duration) -> Result<(), Error> {
        let c = self.consumer.clone();
        let task = tokio::task::spawn_blocking(move || c.commit_consumer_state(CommitMode::Sync));
        match tokio::time::timeout(timeout, task).await {
            Err(_) => Err(Error::Invalid(format!(
                "commit for group {} did not finish within {timeout:?}",
                self.group
            ))),
            Ok(Err(e)) => Err(Error::Task(e.to_string())),
            Ok(Ok(Ok(()))) | Ok(Ok(Err(RdError::ConsumerCommit(RDKafkaErrorCode::NoOffset)))) => {
                Ok(())
            }
            Ok(Ok(Err(e))) => Err(Error::Client {
                context: format!("committing offsets of group {}", self.group),
                source: e,
            }),
        }
    }

    /// Partitions currently assigned to this member.
    pub fn assignment(&self) -> Result<Vec<(String, i32)>, Error> {
        let tpl = self
            .consumer
            .assignment()
            .map_err(Error::client("reading assignment"))?;
        Ok(tpl
            .elements()
            .iter()
            .map(|e| (e.topic().to_string(), e.partition()))
            .collect())
    }

    /// Offsets this group has committed for its assigned partitions.
    pub async fn committed(&self, timeout: Duration) -> Result<Vec<(String, i32, i64)>, Error> {
        let c = self.consumer.clone();
        let tpl = tokio::task::spawn_blocking(move || c.committed(timeout))
            .await
            .map_err(|e| Error::Task(e.to_string()))?
            .map_err(Error::client("reading committed offsets"))?;
        Ok(tpl
            .elements()
            .iter()
            .filter_map(|e| {
                e.offset()
                    .to_raw()
                    .map(|o| (e.topic().to_string(), e.partition(), o))
            })
            .collect())
    }

    /// Commit, leave the group and release the consumer, within `deadline`.
    /// Leaving the group lets the others take over its partitions at once.
    pub async fn close(self, deadline: Duration) -> Result<(), Error> {
        let started = tokio::time::Instant::now();
        let committed = self.commit(deadline).await;
        let rest = deadline.saturating_sub(started.elapsed());
        let group = self.group.clone();
        let c = self.consumer;
        // Dropping the last reference closes the consumer: it leaves the
        // group (librdkafka's consumer close), which blocks, hence the thread.
        let closing = tokio::task::spawn_blocking(move || drop(c));
        if tokio::time::timeout(rest, closing).await.is_err() {
            tracing::warn!(%group, "consumer did not close within the deadline");
        }
        committed
    }
}
