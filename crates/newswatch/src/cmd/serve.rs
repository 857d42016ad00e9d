//! `newswatch serve`: the HTTP API and dashboard over an existing store,
//! e.g. one `newswatch replay --db FILE` filled. Nothing else runs, so
//! `/metrics` has no pipeline counters here.

use anyhow::{Context, bail};
use newswatch_config::Config;
use newswatch_store::{SharedStore, SqliteStore};
use prometheus_client::registry::Registry;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// Serve until Ctrl-C or SIGTERM.
pub async fn serve(
    cfg: &Config,
    db: Option<&Path>,
    bind: Option<SocketAddr>,
) -> anyhow::Result<()> {
    let store: SharedStore = match db {
        Some(p) => {
            if !p.exists() {
                bail!(
                    "--db {}: no such file (fill one with `newswatch replay ... --db FILE`)",
                    p.display()
                );
            }
            Arc::new(
                SqliteStore::open(p)
                    .await
                    .with_context(|| format!("opening {}", p.display()))?,
            )
        }
        None => newswatch_store::open(cfg)
            .await
            .context("opening the store")?,
    };
    let bind = match bind {
        Some(b) => b,
        None => newswatch_api::bind_addr(cfg)?,
    };
    let state =
        newswatch_api::ApiState::new(store, Arc::new(cfg.clone()), Arc::new(Registry::default()));
    let cancel = CancellationToken::new();
    let stop = cancel.clone();
    tokio::spawn(async move {
        super::run::wait_for_signal().await;
        stop.cancel();
    });
    newswatch_api::serve(state, bind, cancel).await?;
    Ok(())
}

/// The API and dashboard served beside a running pipeline (`run`, the
/// tracker service), when `[api] enabled`. Bound at start so a taken port
/// fails the start; readiness drops when the pipeline begins to stop.
pub struct ApiServer {
    ready: newswatch_api::Readiness,
    cancel: CancellationToken,
    task: Option<tokio::task::JoinHandle<Result<(), newswatch_api::ApiError>>>,
}

impl ApiServer {
    pub async fn start(
        cfg: &Config,
        store: SharedStore,
        registry: Arc<Registry>,
    ) -> anyhow::Result<ApiServer> {
        let ready = newswatch_api::Readiness::new(true);
        let cancel = CancellationToken::new();
        let task = if cfg.api.enabled {
            let bind = newswatch_api::bind_addr(cfg)?;
            let listener = tokio::net::TcpListener::bind(bind)
                .await
                .with_context(|| format!("binding the API to {bind} ([api] bind)"))?;
            let state = newswatch_api::ApiState::new(store, Arc::new(cfg.clone()), registry)
                .with_readiness(ready.clone());
            Some(tokio::spawn(newswatch_api::serve_on(
                state,
                listener,
                cancel.clone(),
            )))
        } else {
            None
        };
        Ok(ApiServer {
            ready,
            cancel,
            task,
        })
    }

    /// `/readyz` answers 503 from now on.
    pub fn not_ready(&self) {
        self.ready.set(false);
    }

    /// Finish in-flight requests and stop.
    pub async fn stop(self) {
        self.cancel.cancel();
        if let Some(task) = self.task {
            match task.await {
                Ok(Err(e)) => tracing::warn!(error = %e, "api server failed"),
                Err(e) => tracing::warn!(error = %e, "api task failed"),
                Ok(Ok(())) => {}
            }
        }
    }
}
