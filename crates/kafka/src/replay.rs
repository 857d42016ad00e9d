//! Replay helpers: publish an archive into a topic, and read a topic again
//! from a point in time into a consumer group of its own.

use crate::source::{Bounds, KafkaSource};
use crate::{Error, KafkaMetrics, KafkaProducer};
use chrono::{DateTime, Utc};
use newswatch_config::KafkaConfig;
use newswatch_wire::{RawItem, WireRecord};
use rdkafka::consumer::Consumer;
use rdkafka::error::{KafkaError as RdError, RDKafkaErrorCode};
use rdkafka::producer::{DeliveryFuture, FutureRecord};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// Partition key of a raw item: its feed (order per feed), else its URL.
/// The same key the embedded pipeline and the fetcher use.
pub fn raw_key(item: &RawItem) -> String {
    item.source
        .feed_url
        .clone()
        .unwrap_or_else(|| item.url.clone())
}

/// What [`publish`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublishReport {
    /// Records acknowledged by the broker.
    pub records: usize,
    /// Highest offset acknowledged per partition.
    pub last_offsets: HashMap<i32, i64>,
}

async fn settle(fut: DeliveryFuture, topic: &str, report: &mut PublishReport) -> Result<(), Error> {
    match fut.await {
        Ok(Ok(d)) => {
            report.records += 1;
            let e = report.last_offsets.entry(d.partition).or_insert(d.offset);
            *e = (*e).max(d.offset);
            Ok(())
        }
        Ok(Err((e, _))) => Err(Error::Client {
            context: format!("publishing to {topic}"),
            source: e,
        }),
        Err(_) => Err(Error::Task(format!(
            "producer closed while publishing to {topic}"
        ))),
    }
}

/// Publish `records` to `topic` in the order given, with up to `window`
/// records awaiting acknowledgement. The idempotent producer keeps the order
/// within each partition even with several in flight. Returns once every
/// record was acknowledged.
pub async fn publish<T: WireRecord>(
    producer: &KafkaProducer,
    topic: &str,
    records: impl IntoIterator<Item = (String, T)>,
    window: usize,
) -> Result<PublishReport, Error> {
    let window = window.max(1);
    let mut report = PublishReport::default();
    let mut pending: VecDeque<DeliveryFuture> = VecDeque::new();
    for (key, record) in records {
        let payload = record.encode();
        loop {
            let rec = FutureRecord::to(topic)
                .key(&key)
                .payload(&payload)
                .headers(crate::sink::headers::<T>());
            match producer.inner().send_result(rec) {
                Ok(fut) => {
                    pending.push_back(fut);
                    break;
                }
                Err((RdError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                    // Local queue full: wait for the oldest, then retry.
                    match pending.pop_front() {
                        Some(f) => settle(f, topic, &mut report).await?,
                        None => tokio::time::sleep(Duration::from_millis(10)).await,
                    }
                }
                Err((e, _)) => {
                    return Err(Error::Client {
                        context: format!("publishing to {topic}"),
                        source: e,
                    });
                }
            }
        }
        while pending.len() >= window {
            if let Some(f) = pending.pop_front() {
                settle(f, topic, &mut report).await?;
            }
        }
    }
    while let Some(f) = pending.pop_front() {
        settle(f, topic, &mut report).await?;
    }
    for _ in 0..report.records {
        KafkaMetrics::topic(&producer.metrics().produced, topic);
    }
    Ok(report)
}

/// Publish raw items (e.g. an archive) to the raw topic, keyed by feed.
pub async fn publish_raw(
    producer: &KafkaProducer,
    topic: &str,
    items: impl IntoIterator<Item = RawItem>,
) -> Result<PublishReport, Error> {
    publish(
        producer,
        topic,
        items.into_iter().map(|i| (raw_key(&i), i)),
        256,
    )
    .await
}

/// Where a bounded read starts.
enum Start {
    /// The first record whose timestamp is at or after this (milliseconds).
    Time(i64),
    /// These offsets (partitions not listed are not read).
    Offsets(HashMap<i32, i64>),
}

/// Read `topic` from the first record at or after `since` up to the end it
/// has now, as consumer group `group` (use a fresh one: a replay must not
/// move the services' offsets). The source ends when every partition reached
/// the end it had when this was called; acknowledged offsets are committed
/// to `group`. Needs a broker that looks offsets up by time (ListOffsets
/// with a timestamp); librdkafka's mock cluster does not.
pub async fn read_since<T: WireRecord>(
    cfg: &KafkaConfig,
    topic: &str,
    since: DateTime<Utc>,
    group: &str,
    metrics: &KafkaMetrics,
) -> Result<(KafkaSource<T>, ReplayPlan), Error> {
    bounded(
        cfg,
        topic,
        Start::Time(since.timestamp_millis()),
        group,
        metrics,
    )
    .await
}

/// Like [`read_since`], from given offsets per partition.
pub async fn read_from<T: WireRecord>(
    cfg: &KafkaConfig,
    topic: &str,
    offsets: HashMap<i32, i64>,
    group: &str,
    metrics: &KafkaMetrics,
) -> Result<(KafkaSource<T>, ReplayPlan), Error> {
    bounded(cfg, topic, Start::Offsets(offsets), group, metrics).await
}

async fn bounded<T: WireRecord>(
    cfg: &KafkaConfig,
    topic: &str,
    start: Start,
    group: &str,
    metrics: &KafkaMetrics,
) -> Result<(KafkaSource<T>, ReplayPlan), Error> {
    let consumer = KafkaSource::<T>::create(cfg, "newswatch-replay", group, metrics)?;
    let c = consumer.clone();
    let topic_owned = topic.to_string();
    let plan = tokio::task::spawn_blocking(move || -> Result<ReplayPlan, Error> {
        let timeout = Duration::from_secs(15);
        let md = c
            .fetch_metadata(Some(&topic_owned), timeout)
            .map_err(Error::client(format!("metadata of {topic_owned}")))?;
        let partitions: Vec<i32> = md
            .topics()
            .iter()
            .filter(|t| t.name() == topic_owned && t.error().is_none())
            .flat_map(|t| t.partitions().iter().map(|p| p.id()))
            .collect();
        if partitions.is_empty() {
            return Err(Error::Topic {
                topic: topic_owned,
                reason: "does not exist or has no partitions".into(),
            });
        }
        let starts: Vec<(i32, Option<i64>)> = match start {
            Start::Offsets(map) => partitions
                .iter()
                .map(|p| (*p, map.get(p).copied()))
                .collect(),
            Start::Time(millis) => {
                let mut query = TopicPartitionList::new();
                for &p in &partitions {
                    query
                        .add_partition_offset(&topic_owned, p, Offset::Offset(millis))
                        .map_err(Error::client("building offset query"))?;
                }
                let found = c
                    .offsets_for_times(query, timeout)
                    .map_err(Error::client(format!(
                        "offsets of {topic_owned} for time {millis}"
                    )))?;
                // No record at or after the time in a partition: End (-1).
                found
                    .elements()
                    .iter()
                    .map(|el| (el.partition(), el.offset().to_raw().filter(|o| *o >= 0)))
                    .collect()
            }
        };
        let mut assign = TopicPartitionList::new();
        let mut plan = ReplayPlan::default();
        for (p, start) in starts {
            let Some(start) = start else { continue };
            let (low, high) = c
                .fetch_watermarks(&topic_owned, p, timeout)
                .map_err(Error::client(format!("watermarks of {topic_owned}[{p}]")))?;
            let start = start.max(low);
            if start >= high {
                continue;
            }
            plan.partitions.push(PartitionRange {
                partition: p,
                start,
                end: high,
            });
            assign
                .add_partition_offset(&topic_owned, p, Offset::Offset(start))
                .map_err(Error::client("building assignment"))?;
        }
        if assign.count() > 0 {
            c.assign(&assign)
                .map_err(Error::client(format!("assigning {topic_owned}")))?;
        }
        Ok(plan)
    })
    .await
    .map_err(|e| Error::Task(e.to_string()))??;
    let bounds: Bounds = plan
        .partitions
        .iter()
        .map(|r| ((topic.to_string(), r.partition), r.end - 1))
        .collect();
    Ok((
        KafkaSource::from_parts(consumer, group, metrics, Some(bounds)),
        plan,
    ))
}

/// Which records a [`read_since`] source will yield.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReplayPlan {
    pub partitions: Vec<PartitionRange>,
}

impl ReplayPlan {
    /// Upper bound of the records to read (exact without compaction/gaps).
    pub fn records(&self) -> i64 {
        self.partitions.iter().map(|r| r.end - r.start).sum()
    }
}

/// Offsets `start..end` of one partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionRange {
    pub partition: i32,
    pub start: i64,
    pub end: i64,
}
