//! Wiring the stages together in one process over in-memory channels.
//!
//! The same `Processor`s run here as in the Kafka services; only the
//! transport differs. Each stage is one task running `run_stage`, so records
//! keep their order through the chain and a slow stage applies back-pressure
//! to the ones before it through the bounded channels.

use anyhow::Context;
use newswatch_config::Config;
use newswatch_extractor::{Extractor, ExtractorStage};
use newswatch_normalizer::{NormalizerMetrics, NormalizerStage, SiteMemory};
use newswatch_store::SharedStore;
use newswatch_tracker::{Tracker, TrackerStage};
use newswatch_transport::memory::{MemorySink, MemorySource, channel};
use newswatch_transport::{Sink, StageMetrics, run_stage};
use newswatch_wire::{Alert, Article, Claim, DeadLetter, RawItem};
use std::time::Duration;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// Records that fit in each in-memory channel before `send` waits.
pub const CHANNEL_CAPACITY: usize = 64;
/// Articles the near-duplicate detector remembers.
pub const DEDUP_CAPACITY: usize = 50_000;
/// The normalizer stage as the configuration asks for it (site
/// boilerplate memory on or off, its threshold).
pub fn normalizer_stage(cfg: &Config) -> NormalizerStage {
    let n = &cfg.normalizer;
    NormalizerStage::new(DEDUP_CAPACITY).with_site_memory(
        n.site_boilerplate
            .then(|| SiteMemory::new(n.site_boilerplate_min_pages)),
    )
}

/// How often a live tracker releases debounced changes by the wall clock
/// (`TrackerStage::with_clock_release`). Replay never does.
pub const LIVE_CLOCK_RELEASE: Duration = Duration::from_secs(30);

/// Handles of a running chain normalizer -> extractor -> tracker.
pub struct Chain {
    /// Where raw items go in.
    pub raw_in: MemorySink<RawItem>,
    /// Alerts as the tracker raises them.
    pub alerts_out: MemorySource<Alert>,
    /// Records any stage could not handle.
    pub dead_letters: MemorySource<DeadLetter>,
    tasks: JoinSet<anyhow::Result<()>>,
}

impl Chain {
    /// Start the three stage tasks. `sinks` are the alert sink names the
    /// tracker puts outbox rows for (empty: no outbox, e.g. replay).
    /// `clock_release`: how often the tracker releases debounced changes by
    /// the wall clock; `None` for replay, which must follow event time only
    /// (deterministic), `Some(LIVE_CLOCK_RELEASE)` for a live run.
    /// `normalizer_metrics`: where the normalizer counts what its site
    /// memory drops (a live run registers them; replay does not).
    pub fn start(
        cfg: &Config,
        store: SharedStore,
        sinks: Vec<String>,
        clock_release: Option<Duration>,
        metrics: &StageMetrics,
        normalizer_metrics: Option<NormalizerMetrics>,
        cancel: &CancellationToken,
    ) -> Chain {
        let (raw_in, raw_rx) = channel::<RawItem>(CHANNEL_CAPACITY);
        let (art_tx, art_rx) = channel::<Article>(CHANNEL_CAPACITY);
        let (claim_tx, claim_rx) = channel::<Claim>(CHANNEL_CAPACITY);
        let (alert_tx, alerts_out) = channel::<Alert>(CHANNEL_CAPACITY);
        // The dead-letter channel is unbounded in practice: it must never
        // block a stage, so give it a large buffer.
        let (dl_tx, dead_letters) = channel::<DeadLetter>(65_536);
        let mut tasks = JoinSet::new();

        let mut normalizer = normalizer_stage(cfg);
        if let Some(m) = normalizer_metrics {
            normalizer = normalizer.with_metrics(m);
        }
        let (m, c, dl) = (metrics.clone(), cancel.clone(), dl_tx.clone());
        tasks.spawn(async move {
            run_stage(raw_rx, &art_tx, &dl, &mut normalizer, &m, c)
                .await
                .context("normalizer stage")
        });

        let mut extractor = ExtractorStage::new(Extractor::new(cfg));
        let (m, c, dl) = (metrics.clone(), cancel.clone(), dl_tx.clone());
        tasks.spawn(async move {
            run_stage(art_rx, &claim_tx, &dl, &mut extractor, &m, c)
                .await
                .context("extractor stage")
        });

        let mut tracker = TrackerStage::new(Tracker::new(cfg, store, sinks));
        if let Some(every) = clock_release {
            tracker = tracker.with_clock_release(every);
        }
        let (m, c) = (metrics.clone(), cancel.clone());
        tasks.spawn(async move {
            run_stage(claim_rx, &alert_tx, &dl_tx, &mut tracker, &m, c)
                .await
                .context("tracker stage")
        });

        Chain {
            raw_in,
            alerts_out,
            dead_letters,
            tasks,
        }
    }

    /// Wait for every stage to finish (after `raw_in` was dropped or cancel).
    pub async fn join(mut self) -> anyhow::Result<Vec<DeadLetter>> {
        drop(self.raw_in);
        let mut first_err = None;
        while let Some(done) = self.tasks.join_next().await {
            match done {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    first_err.get_or_insert(e);
                }
                Err(e) => {
                    first_err.get_or_insert(anyhow::anyhow!("stage task panicked: {e}"));
                }
            }
        }
        let mut dls = Vec::new();
        while let Some((_, d)) = self.dead_letters.try_recv() {
            dls.push(d);
        }
        match first_err {
            Some(e) => Err(e),
            None => Ok(dls),
        }
    }

    /// Split off the raw input so a producer task can own it.
    pub fn take_input(&mut self) -> MemorySink<RawItem> {
        self.raw_in.clone()
    }
}

/// Send raw items in order into the chain.
pub async fn feed(
    sink: &MemorySink<RawItem>,
    items: impl IntoIterator<Item = RawItem>,
) -> anyhow::Result<()> {
    for raw in items {
        let key = raw
            .source
            .feed_url
            .clone()
            .unwrap_or_else(|| raw.url.clone());
        sink.send(&key, raw)
            .await
            .context("pipeline input closed")?;
    }
    Ok(())
}
