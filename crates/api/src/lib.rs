//! The HTTP API, metrics endpoint and dashboard of newswatch.
//!
//! - JSON API: `GET /api/figures`, `/api/figures/{id}`, `/api/alerts`,
//!   `/api/sources`; the OpenAPI document at `/api/openapi.json`.
//! - `GET /healthz` (liveness) and `/readyz` (readiness: the flag the caller
//!   sets and a store round trip); both stay open when a token is set.
//! - `GET /metrics`: everything registered in the shared Prometheus registry,
//!   in the OpenMetrics text format.
//! - Dashboard: `/` (figures, alerts, sources), `/figures/{id}` (timeline chart
//!   drawn as inline SVG on the server, history with sources and quotes),
//!   `/alerts`, `/sources`. Plain HTML and CSS; no script.
//!
//! When the environment variable named by `[api] token_env` is set (and not
//! empty), every route but `/healthz`, `/readyz`, `/login` and the stylesheet
//! needs `Authorization: Bearer <token>`; browsers can sign in once at
//! `/login`, which sets a cookie holding a digest of the token.
//!
//! ```no_run
//! # async fn demo(store: newswatch_store::SharedStore, cfg: newswatch_config::Config) -> Result<(), newswatch_api::ApiError> {
//! use std::sync::Arc;
//! let mut registry = prometheus_client::registry::Registry::default();
//! // ... stages register their metrics into `registry` ...
//! let state = newswatch_api::ApiState::new(store, Arc::new(cfg), Arc::new(registry));
//! let cancel = tokio_util::sync::CancellationToken::new();
//! newswatch_api::serve(state, "127.0.0.1:8686".parse().expect("address"), cancel).await
//! # }
//! ```

mod auth;
mod dashboard;
mod error;
pub mod format;
mod handlers;
pub mod model;
mod openapi;
pub mod view;

pub use auth::TOKEN_COOKIE;
pub use error::ApiError;
pub use openapi::openapi;

use newswatch_config::Config;
use newswatch_store::SharedStore;
use prometheus_client::registry::Registry;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio_util::sync::CancellationToken;

/// Readiness flag shared between the process (which sets it) and `/readyz`.
#[derive(Debug, Clone)]
pub struct Readiness(Arc<AtomicBool>);

impl Readiness {
    pub fn new(ready: bool) -> Self {
        Readiness(Arc::new(AtomicBool::new(ready)))
    }
    pub fn set(&self, ready: bool) {
        self.0.store(ready, Ordering::Release);
    }
    pub fn is_ready(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

impl Default for Readiness {
    fn default() -> Self {
        Readiness::new(true)
    }
}

/// Everything the handlers need. Cheap to clone.
#[derive(Clone)]
pub struct ApiState {
    pub store: SharedStore,
    pub cfg: Arc<Config>,
    pub registry: Arc<Registry>,
    pub ready: Readiness,
    pub(crate) token: Option<auth::Token>,
}

impl std::fmt::Debug for ApiState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiState")
            .field("store", &self.store.backend())
            .field("ready", &self.ready.is_ready())
            .field("auth", &self.token.is_some())
            .finish_non_exhaustive()
    }
}

impl ApiState {
    /// State for the given store, config and registry. Ready from the start;
    /// the bearer token is read from the environment variable the config
    /// names (`[api] token_env`), if it is set and not empty.
    pub fn new(store: SharedStore, cfg: Arc<Config>, registry: Arc<Registry>) -> Self {
        let token = std::env::var(&cfg.api.token_env).ok();
        ApiState {
            store,
            cfg,
            registry,
            ready: Readiness::default(),
            token: None,
        }
        .with_token(token)
    }

    /// Replace the bearer token (`None` or empty: no authentication).
    pub fn with_token(mut self, token: Option<String>) -> Self {
        self.token = token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(auth::Token::new);
        self
    }

    /// Use a readiness flag the caller controls (e.g. set once the stages run).
    pub fn with_readiness(mut self, ready: Readiness) -> Self {
        self.ready = ready;
        self
    }

    /// Whether requests must carry the bearer token.
    pub fn auth_required(&self) -> bool {
        self.token.is_some()
    }
}

/// The whole application: API, metrics, health and dashboard.
pub fn router(state: ApiState) -> axum::Router {
    handlers::router(state)
}

/// Only `/metrics` and `/healthz`, for processes without a store to show
/// (the fetcher, normalizer and extractor services).
pub fn metrics_router(registry: Arc<Registry>) -> axum::Router {
    axum::Router::new()
        .route(
            "/metrics",
            axum::routing::get(move || {
                let registry = registry.clone();
                async move { handlers::metrics_response(&registry) }
            }),
        )
        .route("/healthz", axum::routing::get(|| async { "ok\n" }))
}

/// Bind `bind` and serve until `cancel` fires, then finish in-flight requests.
pub async fn serve(
    state: ApiState,
    bind: SocketAddr,
    cancel: CancellationToken,
) -> Result<(), ApiError> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|source| ApiError::Bind { addr: bind, source })?;
    serve_on(state, listener, cancel).await
}

/// Serve on a listener the caller bound (e.g. port 0 in tests).
pub async fn serve_on(
    state: ApiState,
    listener: tokio::net::TcpListener,
    cancel: CancellationToken,
) -> Result<(), ApiError> {
    let addr = listener.local_addr().map_err(ApiError::Serve)?;
    tracing::info!(%addr, auth = state.auth_required(), "api and dashboard listening");
    if !addr.ip().is_loopback() && !state.auth_required() {
        tracing::warn!(%addr, "api bound to a non-loopback address without a token");
    }
    axum::serve(listener, router(state))
        .with_graceful_shutdown(cancel.cancelled_owned())
        .await
        .map_err(ApiError::Serve)?;
    tracing::info!("api stopped");
    Ok(())
}

/// Parse `[api] bind`; the config has already validated it.
pub fn bind_addr(cfg: &Config) -> Result<SocketAddr, ApiError> {
    cfg.api
        .bind
        .parse()
        .map_err(|_| ApiError::BadBind(cfg.api.bind.clone()))
}
