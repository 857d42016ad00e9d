//! The OpenAPI 3.1 document, generated from the handlers' annotations and
//! the response types, so it cannot drift from the code.

use crate::handlers;
use crate::model::*;
use std::sync::OnceLock;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "newswatch API",
        description = "Tracked figures with their history, alerts and feed health. \
When the server has a token (environment variable named by `[api] token_env`), \
every path but /healthz, /readyz and /api/openapi.json needs `Authorization: Bearer <token>`."
    ),
    paths(
        handlers::list_figures,
        handlers::get_figure,
        handlers::list_alerts,
        handlers::list_sources,
        handlers::healthz,
        handlers::readyz,
        handlers::metrics,
        handlers::openapi_json,
    ),
    components(schemas(
        FigureList, FigureSummary, CurrentValue, Change, PendingChange, ConflictInfo,
        FigureDetail, HistoryPoint, AlertPage, AlertItem, EvidenceItem, SourceList,
        SourceHealth, Health, ErrorBody
    )),
    modifiers(&BearerScheme),
    tags(
        (name = "figures", description = "Tracked figures and their history"),
        (name = "alerts", description = "Alerts raised when coverage moves a figure"),
        (name = "sources", description = "Feed health"),
        (name = "health", description = "Liveness and readiness"),
        (name = "meta", description = "Metrics and this document"),
    )
)]
struct ApiDoc;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The OpenAPI document.
pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document as JSON text, built once.
pub(crate) fn openapi_string() -> String {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| openapi().to_pretty_json().unwrap_or_else(|_| "{}".into()))
        .clone()
}
