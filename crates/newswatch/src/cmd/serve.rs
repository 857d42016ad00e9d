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
