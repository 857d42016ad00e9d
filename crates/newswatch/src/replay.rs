//! `newswatch replay`: push an archive through the stages in publication order.
//!
//! Determinism: items are ordered by event time (publication time, not file
//! or arrival order) before they enter the chain, each stage is a single task
//! so order is kept, nothing reads the clock to decide, and without `--db` the
//! store is a fresh in-memory one. Replaying twice into the same `--db` raises
//! no alert twice: the tracker is idempotent by claim id.

use crate::archive_dir::{self, ArchivedItem, Manifest};
use crate::pipeline::{self, Chain};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use newswatch_config::Config;
use newswatch_store::{SharedStore, SqliteStore};
use newswatch_transport::{Source, StageMetrics};
use newswatch_wire::{Alert, DeadLetter};
use std::path::PathBuf;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// What to replay and where results go.
#[derive(Debug, Clone, Default)]
pub struct ReplayOptions {
    pub paths: Vec<PathBuf>,
    /// Overrides `[replay] manifest` from the config.
    pub manifest: Option<PathBuf>,
    /// SQLite file to replay into; `None`: a fresh in-memory store.
    pub db: Option<PathBuf>,
    /// Show a progress bar (only on a terminal).
    pub progress: bool,
}

/// The outcome of a replay.
#[derive(Default)]
pub struct ReplayReport {
    pub items: usize,
    pub alerts: Vec<Alert>,
    pub dead_letters: Vec<DeadLetter>,
    pub metrics: Option<StageMetrics>,
}

impl ReplayReport {
    pub fn count(&self, stage: &str, what: &str) -> u64 {
        let Some(m) = &self.metrics else { return 0 };
        let fam = match what {
            "received" => &m.received,
            "emitted" => &m.emitted,
            _ => &m.dead_lettered,
        };
        StageMetrics::count(fam, stage)
    }
}

/// Load and order the archive.
pub fn load(cfg: &Config, opts: &ReplayOptions) -> anyhow::Result<Vec<ArchivedItem>> {
    let manifest = match opts.manifest.as_ref().or(cfg.replay.manifest.as_ref()) {
        Some(p) => Manifest::load(p)?,
        None => Manifest::default(),
    };
    let mut items = archive_dir::read_paths(&opts.paths, &manifest)?;
    // Date every item the way the normalizer will (page metadata, sidecar,
    // feed fields) so that ordering uses publication time.
    for it in &mut items {
        if it.raw.feed.published_at.is_none()
            && let Ok(article) = newswatch_normalizer::normalize(&it.raw)
        {
            it.raw.feed.published_at = article.published_at;
        }
    }
    archive_dir::order_by_event_time(
        &mut items,
        |it| it.order_name.as_str(),
        |it| it.raw.feed.published_at,
    );
    Ok(items)
}

/// Replay an archive; `on_alert` sees each alert as it fires.
pub async fn replay(
    cfg: &Config,
    opts: &ReplayOptions,
    mut on_alert: impl FnMut(&Alert),
) -> anyhow::Result<ReplayReport> {
    let items = load(cfg, opts)?;
    let store: SharedStore = match &opts.db {
        Some(p) => Arc::new(
            SqliteStore::open(p)
                .await
                .with_context(|| format!("opening replay store {}", p.display()))?,
        ),
        None => Arc::new(SqliteStore::in_memory()?),
    };
    let metrics = StageMetrics::default();
    let cancel = CancellationToken::new();
    // No clock release: replay follows event time only (deterministic).
    let mut chain = Chain::start(cfg, store, Vec::new(), None, &metrics, None, &cancel);
    let input = chain.take_input();
    let total = items.len();
    let bar = if opts.progress {
        let b = ProgressBar::new(total as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} replay [{bar:30}] {pos}/{len} items, {msg} ({elapsed})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let feeder_bar = bar.clone();
    let feeder = tokio::spawn(async move {
        for it in items {
            pipeline::feed(&input, std::iter::once(it.raw)).await?;
            feeder_bar.inc(1);
        }
        anyhow::Ok(())
    });
    let mut alerts = Vec::new();
    let never = CancellationToken::new();
    let mut alert_rx = std::mem::replace(
        &mut chain.alerts_out,
        newswatch_transport::memory::channel(1).1,
    );
    let joined = tokio::spawn(chain.join());
    while let Some(Ok(d)) = alert_rx.recv(&never).await {
        let (_, alert, _) = d.into_parts();
        bar.suspend(|| on_alert(&alert));
        alerts.push(alert);
        bar.set_message(format!("{} alerts", alerts.len()));
    }
    feeder.await.context("replay feeder")??;
    let dead_letters = joined.await.context("replay stages")??;
    bar.finish_and_clear();
    Ok(ReplayReport {
        items: total,
        alerts,
        dead_letters,
        metrics: Some(metrics),
    })
}
