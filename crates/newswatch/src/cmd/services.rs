//! `newswatch fetcher|normalizer|extractor|tracker`: each stage as its own
//! service over Kafka, and replay into and out of Kafka.
//!
//! The stage logic is the embedded run's: the same `Processor`s driven by
//! the same `run_stage` loop; only the transport differs (`KafkaSource` in,
//! `KafkaSink` out, a dead-letter topic per stage).
//!
//! Topics and keys: raw items keyed by feed, articles by canonical URL,
//! claims by figure id (the stages choose the keys), so that several
//! instances of a stage share the work partition by partition while what
//! must stay in order does.
//!
//! Alerts: the tracker stage persists every alert in the outbox together
//! with the figure's state (one transaction), and the outbox dispatcher
//! delivers it to the configured sinks *and* to the alerts topic (a sink
//! named [`KAFKA_ALERT_SINK`]). The stage's own output is not published, so
//! a tracker that crashes after its store commit still publishes the alert
//! on restart (the outbox remembers), and a replayed claim, which the
//! tracker skips by claim id, raises nothing twice. Consumers of the alerts
//! topic de-duplicate by alert id (delivery is at least once).
//!
//! Shutdown: the first SIGTERM/Ctrl-C stops consuming; the record in flight
//! is finished, outputs flushed, acknowledged offsets committed and the
//! consumer leaves its group. If that takes longer than
//! `kafka.shutdown_deadline` (or a second signal arrives) the service exits
//! anyway; what it had not committed is redelivered to the next owner.

use crate::cmd::run::install_signal_handlers;
use anyhow::{Context, bail};
use async_trait::async_trait;
use newswatch_config::Config;
use newswatch_extractor::{Extractor, ExtractorStage};
use newswatch_kafka::{
    ConsumerHandle, KafkaMetrics, KafkaProducer, KafkaSink, KafkaSource, Topics,
};
use newswatch_tracker::sinks::{AlertSink, SinkError};
use newswatch_tracker::{Dispatcher, RetryPolicy, Tracker, TrackerStage};
use newswatch_transport::{Discard, Processor, Sink, StageError, StageMetrics, run_stage};
use newswatch_wire::{Alert, DeadLetter, RawItem, WireRecord};
use prometheus_client::registry::Registry;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Name of the outbox sink that publishes alerts to the alerts topic.
pub const KAFKA_ALERT_SINK: &str = "kafka-alerts";

/// One of the four services.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Fetcher,
    Normalizer,
    Extractor,
    Tracker,
}

impl Service {
    pub fn name(self) -> &'static str {
        match self {
            Service::Fetcher => "fetcher",
            Service::Normalizer => "normalizer",
            Service::Extractor => "extractor",
            Service::Tracker => "tracker",
        }
    }
}

/// Options common to the service commands.
#[derive(Debug, Clone, Default)]
pub struct ServiceOptions {
    /// Serve `/metrics` (Prometheus text) and `/healthz` here.
    pub metrics_addr: Option<SocketAddr>,
}

/// What every service sets up the same way.
struct Common {
    topics: Topics,
    producer: KafkaProducer,
    kafka_metrics: KafkaMetrics,
    stage_metrics: StageMetrics,
    /// First signal: stop consuming and drain.
    stop: CancellationToken,
    /// Deadline passed or second signal: give up on draining.
    hard: CancellationToken,
    deadline: Duration,
}

async fn setup(cfg: &Config, service: Service, registry: &mut Registry) -> anyhow::Result<Common> {
    let topics = Topics::from_config(&cfg.kafka.topics);
    let all = topics.all();
    if cfg.kafka.create_topics {
        let status = newswatch_kafka::ensure_topics(&cfg.kafka, &all)
            .await
            .context("creating Kafka topics")?;
        for t in status.iter().filter(|t| t.created) {
            tracing::info!(topic = %t.name, partitions = t.partitions, "topic created");
        }
    } else {
        newswatch_kafka::check_topics(&cfg.kafka, &all, Duration::from_secs(30))
            .await
            .context("checking Kafka topics")?;
    }
    let kafka_metrics = KafkaMetrics::register(registry);
    let stage_metrics = StageMetrics::register(registry);
    let producer = KafkaProducer::new(
        &cfg.kafka,
        &format!("newswatch-{}", service.name()),
        &kafka_metrics,
    )
    .context("creating the Kafka producer")?;
    let stop = CancellationToken::new();
    let hard = CancellationToken::new();
    install_signal_handlers(stop.clone(), hard.clone());
    let deadline = cfg.kafka.shutdown_deadline.0;
    {
        // The configured deadline starts at the first signal.
        let (stop, hard) = (stop.clone(), hard.clone());
        tokio::spawn(async move {
            stop.cancelled().await;
            tokio::select! {
                _ = tokio::time::sleep(deadline) => {
                    tracing::warn!(?deadline, "shutdown deadline passed: stopping now");
                    hard.cancel();
                }
                _ = hard.cancelled() => {}
            }
        });
    }
    Ok(Common {
        topics,
        producer,
        kafka_metrics,
        stage_metrics,
        stop,
        hard,
        deadline,
    })
}

/// Run one service until it is told to stop.
pub async fn run_service(
    cfg: &Config,
    service: Service,
    opts: &ServiceOptions,
) -> anyhow::Result<()> {
    let mut registry = Registry::default();
    let common = setup(cfg, service, &mut registry).await?;
    // The fetcher and tracker register their own metrics before serving.
    match service {
        Service::Fetcher => fetcher(cfg, common, registry, opts).await,
        Service::Normalizer => {
            let c = &common;
            let out = c.producer.sink(c.topics.articles.clone());
            let normalizer_metrics =
                newswatch_normalizer::NormalizerMetrics::register(&mut registry);
            let server = serve_metrics(opts, Arc::new(registry))?;
            // The near-duplicate memory is only a cache: kept across rebalances.
            let r = consume(cfg, c, service, &c.topics.raw, &out, false, |_| {
                crate::pipeline::normalizer_stage(cfg).with_metrics(normalizer_metrics.clone())
            })
            .await;
            stop_server(server);
            r
        }
        Service::Extractor => {
            let c = &common;
            let out = c.producer.sink(c.topics.claims.clone());
            let server = serve_metrics(opts, Arc::new(registry))?;
            let r = consume(cfg, c, service, &c.topics.articles, &out, false, |_| {
                ExtractorStage::new(Extractor::new(cfg))
            })
            .await;
            stop_server(server);
            r
        }
        Service::Tracker => tracker(cfg, common, registry, opts).await,
    }
}

async fn fetcher(
    cfg: &Config,
    c: Common,
    mut registry: Registry,
    opts: &ServiceOptions,
) -> anyhow::Result<()> {
    let store = newswatch_store::open(cfg)
        .await
        .context("opening the store")?;
    let fetcher = newswatch_fetcher::Fetcher::new(cfg, store, &mut registry)
        .context("starting the fetcher")?;
    let server = serve_metrics(opts, Arc::new(registry))?;
    let out: KafkaSink<RawItem> = c.producer.sink(c.topics.raw.clone());
    tracing::info!(feeds = cfg.feeds.len(), topic = %c.topics.raw, "fetcher service running");
    let ran = tokio::select! {
        r = fetcher.run(&out, c.stop.clone()) => r.context("fetcher"),
        _ = c.hard.cancelled() => Ok(()),
    };
    let flushed = c.producer.flush(c.deadline).await;
    stop_server(server);
    ran?;
    flushed.context("flushing the producer")?;
    tracing::info!("fetcher service stopped");
    Ok(())
}

async fn tracker(
    cfg: &Config,
    c: Common,
    registry: Registry,
    opts: &ServiceOptions,
) -> anyhow::Result<()> {
    let store = newswatch_store::open(cfg)
        .await
        .context("opening the store")?;
    let mut sinks = newswatch_tracker::build_sinks(cfg).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        anyhow::anyhow!("invalid sinks:\n{}", lines.join("\n"))
    })?;
    if sinks.iter().any(|s| s.name() == KAFKA_ALERT_SINK) {
        bail!(
            "a sink is named {KAFKA_ALERT_SINK:?}: the tracker service uses that name for the alerts topic"
        );
    }
    sinks.push(Arc::new(KafkaAlertSink {
        sink: c.producer.sink(c.topics.alerts.clone()),
    }));
    let sink_names: Vec<String> = sinks.iter().map(|s| s.name().to_string()).collect();
    let dispatcher = Dispatcher::new(store.clone(), sinks, RetryPolicy::default());
    let dispatch_cancel = c.hard.clone();
    let stop = c.stop.clone();
    let dispatch = tokio::spawn(async move {
        // Deliver until the stage stopped consuming, then drain what the
        // last records queued (bounded by the deadline via `hard`).
        tokio::select! {
            _ = dispatcher.run(stop.clone()) => {}
            _ = dispatch_cancel.cancelled() => return,
        }
        tokio::select! {
            r = dispatcher.drain() => match r {
                Ok(stats) => tracing::info!(?stats, "outbox drained"),
                Err(e) => tracing::warn!(error = %e, "draining the outbox failed"),
            },
            _ = dispatch_cancel.cancelled() => {}
        }
    });
    let registry = Arc::new(registry);
    let server = serve_metrics(opts, registry.clone())?;
    // The tracker service also serves the HTTP API and dashboard over its
    // store ([api] enabled), with the same /metrics, /healthz and /readyz.
    let api = super::serve::ApiServer::start(cfg, store.clone(), registry.clone()).await?;
    // Alerts reach the alerts topic through the outbox (see the module doc).
    let r = consume(
        cfg,
        &c,
        Service::Tracker,
        &c.topics.claims,
        &Discard,
        true,
        // Live service: debounced changes are also released by the clock.
        |_| {
            TrackerStage::new(Tracker::new(cfg, store.clone(), sink_names.clone()))
                .with_clock_release(crate::pipeline::LIVE_CLOCK_RELEASE)
        },
    )
    .await;
    api.not_ready();
    let _ = dispatch.await;
    let _ = c.producer.flush(c.deadline).await;
    api.stop().await;
    stop_server(server);
    r
}

/// Consume `input` as the stage's group, run the stage, then commit and
/// close within the deadline.
///
/// `make` builds the stage's processor; with `fresh_on_rebalance` it is
/// built again whenever the consumer's partitions change, so that no state
/// cached for partitions another instance took over in between is used (the
/// tracker caches figure states; the store is the truth).
async fn consume<I, O, P, F>(
    cfg: &Config,
    c: &Common,
    service: Service,
    input: &str,
    output: &(impl Sink<O> + ?Sized),
    fresh_on_rebalance: bool,
    make: F,
) -> anyhow::Result<()>
where
    I: WireRecord,
    O: WireRecord + Clone,
    P: Processor<I, O> + 'static,
    F: FnMut(u64) -> P + Send,
{
    let group = newswatch_kafka::group_id(&cfg.kafka, service.name());
    let client_id = format!("newswatch-{}", service.name());
    let source =
        KafkaSource::<I>::subscribe(&cfg.kafka, &client_id, &group, &[input], &c.kafka_metrics)
            .with_context(|| format!("joining consumer group {group}"))?;
    let handle = source.handle();
    let dead_letters: KafkaSink<DeadLetter> = c.producer.sink(c.topics.dead_letter(service.name()));
    let mut processor = Fresh::new(make, fresh_on_rebalance.then(|| handle.clone()));
    tracing::info!(service = service.name(), %group, topic = input, "service running");
    let ran = tokio::select! {
        r = run_stage(source, output, &dead_letters, &mut processor, &c.stage_metrics, c.stop.clone()) => r.map_err(anyhow::Error::from),
        _ = c.hard.cancelled() => {
            tracing::warn!("in-flight work abandoned at the deadline; it will be redelivered");
            Ok(())
        }
    };
    finish(c, handle).await;
    ran.with_context(|| format!("{} stage", service.name()))?;
    tracing::info!(service = service.name(), "service stopped");
    Ok(())
}

/// Commit acknowledged offsets and leave the group (bounded by the deadline).
async fn finish(c: &Common, handle: ConsumerHandle) {
    // Committing only ever covers acknowledged records, so it is safe even
    // after the deadline; give it a short while then.
    let budget = if c.hard.is_cancelled() {
        Duration::from_secs(2)
    } else {
        c.deadline
    };
    if let Err(e) = c.producer.flush(budget).await {
        tracing::warn!(error = %e, "producer flush at shutdown");
    }
    match handle.close(budget).await {
        Ok(()) => tracing::info!("offsets committed, left the consumer group"),
        Err(e) => {
            tracing::warn!(error = %e, "final commit failed; uncommitted records will be redelivered")
        }
    }
}

/// A processor rebuilt whenever the consumer's partition assignment changes
/// (when it has a consumer handle to watch).
struct Fresh<P, F> {
    make: F,
    current: P,
    handle: Option<ConsumerHandle>,
    seen: u64,
}

impl<P, F: FnMut(u64) -> P> Fresh<P, F> {
    fn new(mut make: F, handle: Option<ConsumerHandle>) -> Self {
        let seen = handle.as_ref().map_or(0, ConsumerHandle::assignments);
        Fresh {
            current: make(seen),
            make,
            handle,
            seen,
        }
    }

    /// Rebuild the processor if the partition assignment changed.
    async fn refresh<I, O>(&mut self) -> Result<(), StageError>
    where
        P: Processor<I, O>,
    {
        let now = self.handle.as_ref().map_or(0, ConsumerHandle::assignments);
        if now != self.seen {
            tracing::debug!(
                stage = self.current.stage(),
                assignment = now,
                "partitions changed: fresh stage state"
            );
            self.current.finish().await?;
            self.current = (self.make)(now);
            self.seen = now;
        }
        Ok(())
    }
}

#[async_trait]
impl<I, O, P, F> Processor<I, O> for Fresh<P, F>
where
    I: Sync + 'static,
    O: 'static,
    P: Processor<I, O>,
    F: FnMut(u64) -> P + Send,
{
    fn stage(&self) -> &'static str {
        self.current.stage()
    }

    async fn process(
        &mut self,
        key: Option<&str>,
        input: &I,
    ) -> Result<Vec<(String, O)>, StageError> {
        self.refresh().await?;
        self.current.process(key, input).await
    }

    async fn finish(&mut self) -> Result<(), StageError> {
        self.current.finish().await
    }

    fn tick_interval(&self) -> Option<std::time::Duration> {
        self.current.tick_interval()
    }

    async fn tick(&mut self) -> Result<Vec<(String, O)>, StageError> {
        self.refresh().await?;
        self.current.tick().await
    }
}

/// Publishes alerts from the outbox to the alerts topic, keyed by figure.
struct KafkaAlertSink {
    sink: KafkaSink<Alert>,
}

#[async_trait]
impl AlertSink for KafkaAlertSink {
    fn name(&self) -> &str {
        KAFKA_ALERT_SINK
    }

    async fn deliver(&self, alert: &Alert) -> Result<(), SinkError> {
        self.sink
            .send(&alert.figure, alert.clone())
            .await
            .map_err(|e| SinkError::Request(e.to_string()))
    }
}

type Server = Option<tokio::task::JoinHandle<()>>;

/// Serve `/metrics` and `/healthz` if an address was given.
fn serve_metrics(opts: &ServiceOptions, registry: Arc<Registry>) -> anyhow::Result<Server> {
    let Some(addr) = opts.metrics_addr else {
        return Ok(None);
    };
    let std_listener = std::net::TcpListener::bind(addr)
        .with_context(|| format!("binding the metrics address {addr}"))?;
    std_listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(std_listener)?;
    let app = newswatch_api::metrics_router(registry);
    tracing::info!(%addr, "serving /metrics and /healthz");
    Ok(Some(tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::warn!(error = %e, "metrics server stopped");
        }
    })))
}

fn stop_server(server: Server) {
    if let Some(s) = server {
        s.abort();
    }
}

/// `newswatch replay PATH... --to-kafka`: publish the archive, in event-time
/// order, to the raw topic. Returns the number of items published.
pub async fn replay_to_kafka(
    cfg: &Config,
    opts: &crate::replay::ReplayOptions,
) -> anyhow::Result<usize> {
    let items = crate::replay::load(cfg, opts)?;
    let topics = Topics::from_config(&cfg.kafka.topics);
    if cfg.kafka.create_topics {
        newswatch_kafka::ensure_topics(&cfg.kafka, &topics.all())
            .await
            .context("creating Kafka topics")?;
    } else {
        newswatch_kafka::check_topics(
            &cfg.kafka,
            std::slice::from_ref(&topics.raw),
            Duration::from_secs(30),
        )
        .await
        .context("checking the raw topic")?;
    }
    let producer = KafkaProducer::new(&cfg.kafka, "newswatch-replay", &KafkaMetrics::default())?;
    let report = newswatch_kafka::replay::publish_raw(
        &producer,
        &topics.raw,
        items.into_iter().map(|i| i.raw),
    )
    .await
    .with_context(|| format!("publishing to {}", topics.raw))?;
    Ok(report.records)
}

/// `newswatch replay --from-kafka --since DATE`: read the raw topic from
/// `since` to its current end as a fresh consumer group (the services'
/// offsets do not move), then replay those items like an archive: ordered
/// by event time through the embedded stages, alerts printed.
pub async fn replay_from_kafka(
    cfg: &Config,
    since: chrono::DateTime<chrono::Utc>,
    opts: &crate::replay::ReplayOptions,
    alerts_out: Option<&Path>,
    quiet: bool,
) -> anyhow::Result<()> {
    let topics = Topics::from_config(&cfg.kafka.topics);
    let group = format!(
        "{}.replay.{}",
        cfg.kafka.group_prefix,
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ")
    );
    let metrics = KafkaMetrics::default();
    let (mut source, plan) = newswatch_kafka::replay::read_since::<RawItem>(
        &cfg.kafka,
        &topics.raw,
        since,
        &group,
        &metrics,
    )
    .await
    .with_context(|| format!("reading {} since {since}", topics.raw))?;
    let handle = source.handle();
    let dir = tempfile_dir()?;
    let path = dir.join("from-kafka.jsonl");
    let mut acks = Vec::new();
    let mut undecodable = 0usize;
    {
        use newswatch_transport::Source;
        use std::io::Write;
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?,
        );
        let never = CancellationToken::new();
        while let Some(next) = source.recv(&never).await {
            match next {
                Ok(d) => {
                    let (_, item, ack) = d.into_parts();
                    w.write_all(&item.encode())?;
                    w.write_all(b"\n")?;
                    acks.push(ack);
                }
                Err(bad) => {
                    let (key, u, ack) = bad.into_parts();
                    tracing::warn!(?key, error = %u.error, "undecodable raw item skipped");
                    undecodable += 1;
                    acks.push(ack);
                }
            }
        }
        w.flush()?;
    }
    drop(source);
    if !quiet {
        eprintln!(
            "read {} raw items ({} undecodable) from {} since {since} (planned up to {}), group {group}",
            acks.len() - undecodable,
            undecodable,
            topics.raw,
            plan.records()
        );
    }
    let mut opts = opts.clone();
    opts.paths = vec![path];
    let replayed = super::replay(cfg, &opts, alerts_out, quiet).await;
    // The replay group's offsets record what was read, once it was replayed.
    if replayed.is_ok() {
        for a in acks {
            a.ack().await.ok();
        }
    }
    let _ = handle.close(Duration::from_secs(10)).await;
    let _ = std::fs::remove_dir_all(&dir);
    replayed
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "newswatch-replay-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// `--since`: `YYYY-MM-DD` (midnight UTC) or RFC 3339.
pub fn parse_since(s: &str) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        .with_context(|| format!("--since {s:?}: expected YYYY-MM-DD or an RFC 3339 time"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_accepts_dates_and_rfc3339() {
        assert_eq!(
            parse_since("2026-03-01").expect("date").to_rfc3339(),
            "2026-03-01T00:00:00+00:00"
        );
        assert_eq!(
            parse_since("2026-03-01T12:30:00+02:00")
                .expect("time")
                .to_rfc3339(),
            "2026-03-01T10:30:00+00:00"
        );
        assert!(parse_since("yesterday").is_err());
    }

    /// Counts ticks; emits one dead letter per tick.
    struct Ticker(u32);

    #[async_trait]
    impl Processor<DeadLetter, DeadLetter> for Ticker {
        fn stage(&self) -> &'static str {
            "ticker"
        }
        async fn process(
            &mut self,
            _key: Option<&str>,
            _input: &DeadLetter,
        ) -> Result<Vec<(String, DeadLetter)>, StageError> {
            Ok(Vec::new())
        }
        fn tick_interval(&self) -> Option<std::time::Duration> {
            Some(std::time::Duration::from_secs(7))
        }
        async fn tick(&mut self) -> Result<Vec<(String, DeadLetter)>, StageError> {
            self.0 += 1;
            Ok(vec![(
                format!("t{}", self.0),
                DeadLetter {
                    v: newswatch_wire::WIRE_VERSION,
                    stage: "ticker".into(),
                    key: None,
                    error: String::new(),
                    payload: String::new(),
                    at: chrono::Utc::now(),
                },
            )])
        }
    }

    #[tokio::test]
    async fn fresh_passes_ticks_through_to_the_stage() {
        let mut p = Fresh::new(|_| Ticker(0), None);
        assert_eq!(
            Processor::<DeadLetter, DeadLetter>::tick_interval(&p),
            Some(std::time::Duration::from_secs(7))
        );
        let out = Processor::<DeadLetter, DeadLetter>::tick(&mut p)
            .await
            .expect("tick");
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].0, "t1");
        assert_eq!(p.current.0, 1);
    }
}
