//! `newswatch run`: every stage in one process.
//!
//! Shutdown is one mechanism: a `CancellationToken`. Ctrl-C or SIGTERM
//! cancels `fetch`: the fetcher stops polling and closes the pipeline input;
//! the stages then drain what is already in their channels and exit in order,
//! so no fetched item is lost. If draining takes longer than the deadline, or
//! a second signal arrives, `stages` is cancelled too. Alerts are safe in the
//! outbox either way and are delivered on the next start.

use crate::pipeline::Chain;
use anyhow::Context;
use newswatch_config::Config;
use newswatch_tracker::{Dispatcher, RetryPolicy};
use newswatch_transport::{Source, StageMetrics};
use prometheus_client::registry::Registry;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How long the stages may take to drain after a shutdown signal.
pub const DRAIN_DEADLINE: Duration = Duration::from_secs(30);

/// Cancel `fetch` on the first signal and `stages` on the second or after the deadline.
pub fn install_signal_handlers(fetch: CancellationToken, stages: CancellationToken) {
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("shutdown requested: stopping the fetcher, draining the stages");
        fetch.cancel();
        tokio::select! {
            _ = wait_for_signal() => tracing::warn!("second signal: stopping now"),
            _ = tokio::time::sleep(DRAIN_DEADLINE) => tracing::warn!("drain deadline passed: stopping now"),
            _ = stages.cancelled() => {}
        }
        stages.cancel();
    });
}

pub(crate) async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Start the embedded pipeline and run until shutdown (or one poll with `once`).
pub async fn run(cfg: &Config, once: bool) -> anyhow::Result<()> {
    let store = newswatch_store::open(cfg)
        .await
        .context("opening the store")?;
    let sinks = newswatch_tracker::build_sinks(cfg).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        anyhow::anyhow!("invalid sinks:\n{}", lines.join("\n"))
    })?;
    let sink_names: Vec<String> = sinks.iter().map(|s| s.name().to_string()).collect();
    let mut registry = Registry::default();
    let metrics = StageMetrics::register(&mut registry);
    let fetcher = newswatch_fetcher::Fetcher::new(cfg, store.clone(), &mut registry)
        .context("starting the fetcher")?;
    let dispatch_metrics = newswatch_tracker::DispatchMetrics::register(&mut registry);
    let normalizer_metrics = newswatch_normalizer::NormalizerMetrics::register(&mut registry);
    let dispatcher = Dispatcher::new(store.clone(), sinks, RetryPolicy::default())
        .with_metrics(dispatch_metrics);

    let fetch_cancel = CancellationToken::new();
    let stage_cancel = CancellationToken::new();
    install_signal_handlers(fetch_cancel.clone(), stage_cancel.clone());

    // Live: debounced changes are released by the clock too, not only when
    // the next claim arrives.
    let mut chain = Chain::start(
        cfg,
        store.clone(),
        sink_names,
        Some(crate::pipeline::LIVE_CLOCK_RELEASE),
        &metrics,
        Some(normalizer_metrics),
        &stage_cancel,
    );
    let input = chain.take_input();
    let mut alerts = std::mem::replace(
        &mut chain.alerts_out,
        newswatch_transport::memory::channel(1).1,
    );
    let alert_log = tokio::spawn(async move {
        let never = CancellationToken::new();
        while let Some(Ok(d)) = alerts.recv(&never).await {
            let (_, a, _) = d.into_parts();
            tracing::info!(figure = %a.figure, kind = a.kind.as_str(), from = ?a.from, to = a.to, "alert raised");
        }
    });
    tracing::info!(
        feeds = cfg.feeds.len(),
        figures = cfg.figures.len(),
        store = store.backend(),
        "newswatch running"
    );

    if once {
        let summary = fetcher.poll_once(&input).await.context("polling feeds")?;
        tracing::info!(?summary, "poll finished");
        drop(input);
        let dead = chain.join().await?;
        report_dead_letters(&dead);
        let _ = alert_log.await;
        let stats = dispatcher.drain().await.context("delivering alerts")?;
        tracing::info!(?stats, "alerts delivered");
        return Ok(());
    }

    // The HTTP API and dashboard ([api] enabled), bound before anything runs
    // so a taken port fails the start.
    let api =
        super::serve::ApiServer::start(cfg, store.clone(), std::sync::Arc::new(registry)).await?;

    let dispatch_cancel = stage_cancel.clone();
    let dispatch = tokio::spawn(async move { dispatcher.run(dispatch_cancel).await });
    let fetched = fetcher.run(&input, fetch_cancel.clone()).await;
    api.not_ready();
    drop(input);
    let dead = chain.join().await;
    stage_cancel.cancel();
    api.stop().await;
    let _ = alert_log.await;
    let _ = dispatch.await;
    fetched.context("fetcher")?;
    report_dead_letters(&dead?);
    tracing::info!("newswatch stopped");
    Ok(())
}

fn report_dead_letters(dead: &[newswatch_wire::DeadLetter]) {
    for d in dead {
        tracing::warn!(stage = %d.stage, key = ?d.key, error = %d.error, "dead letter");
    }
}
