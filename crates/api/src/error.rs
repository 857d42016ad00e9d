//! Errors: [`ApiError`] for starting and running the server, [`HttpError`]
//! for a request that cannot be answered.

use crate::model::ErrorBody;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// Failures starting or running the server.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("cannot bind the API to {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("[api] bind is not an address:port: {0:?}")]
    BadBind(String),
    #[error("API server failed: {0}")]
    Serve(#[source] std::io::Error),
}

/// A request that cannot be answered, as a JSON error.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    #[error("store: {0}")]
    Store(#[from] newswatch_store::StoreError),
}

impl HttpError {
    pub fn status(&self) -> StatusCode {
        match self {
            HttpError::BadRequest(_) => StatusCode::BAD_REQUEST,
            HttpError::NotFound(_) => StatusCode::NOT_FOUND,
            HttpError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        let status = self.status();
        let error = match &self {
            HttpError::Store(e) => {
                tracing::error!(error = %e, "store failed while answering a request");
                "internal error: the store failed".to_string()
            }
            other => other.to_string(),
        };
        (status, Json(ErrorBody { error })).into_response()
    }
}
