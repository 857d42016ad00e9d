//! Routes and the JSON handlers.

use crate::error::HttpError;
use crate::model::*;
use crate::{ApiState, auth, dashboard, view};
use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, NaiveDate, Utc};
use newswatch_store::AlertQuery;
use serde::Deserialize;
use utoipa::IntoParams;

/// Default and largest page size of `/api/alerts`.
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 500;

pub(crate) fn router(state: ApiState) -> Router {
    let protected = Router::new()
        .route("/api/figures", get(list_figures))
        .route("/api/figures/{id}", get(get_figure))
        .route("/api/alerts", get(list_alerts))
        .route("/api/sources", get(list_sources))
        .route("/metrics", get(metrics))
        .route("/", get(dashboard::index))
        .route("/figures/{id}", get(dashboard::figure_page))
        .route("/alerts", get(dashboard::alerts_page))
        .route("/sources", get(dashboard::sources_page))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require_token,
        ));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/api/openapi.json", get(openapi_json))
        .route(
            "/login",
            get(dashboard::login_form).post(dashboard::login_submit),
        )
        .route("/static/style.css", get(dashboard::stylesheet))
        .merge(protected)
        .fallback(not_found)
        .with_state(state)
}

async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        HttpError::NotFound(format!("no route {}", uri.path())).into_response()
    } else {
        dashboard::not_found_page("There is no page at this address.")
    }
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "health",
    responses((status = 200, description = "The process is alive", body = Health)))]
pub(crate) async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        reason: None,
    })
}

/// Readiness: the process says it is ready and the store answers.
#[utoipa::path(get, path = "/readyz", tag = "health",
    responses(
        (status = 200, description = "Ready to serve", body = Health),
        (status = 503, description = "Not ready (starting, stopping or store unreachable)", body = Health)))]
pub(crate) async fn readyz(State(state): State<ApiState>) -> Response {
    let not_ready = |reason: String| {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health {
                status: "not_ready".into(),
                reason: Some(reason),
            }),
        )
            .into_response()
    };
    if !state.ready.is_ready() {
        return not_ready("starting or shutting down".into());
    }
    // A cheap indexed lookup proves the store answers.
    match state.store.claim_applied("readyz-probe").await {
        Ok(_) => Json(Health {
            status: "ready".into(),
            reason: None,
        })
        .into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness probe: store failed");
            not_ready("store unreachable".into())
        }
    }
}

/// The OpenAPI document of this API.
#[utoipa::path(get, path = "/api/openapi.json", tag = "meta",
    responses((status = 200, description = "OpenAPI 3.1 document", content_type = "application/json")))]
pub(crate) async fn openapi_json() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi::openapi_string(),
    )
        .into_response()
}

/// Every figure with its current value, last change and number of sources.
#[utoipa::path(get, path = "/api/figures", tag = "figures",
    responses(
        (status = 200, description = "Tracked figures first, then stored-only ones", body = FigureList),
        (status = 401, description = "Missing or wrong bearer token", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub(crate) async fn list_figures(
    State(state): State<ApiState>,
) -> Result<Json<FigureList>, HttpError> {
    Ok(Json(view::figures(state.store.as_ref(), &state.cfg).await?))
}

/// One figure: summary, full history with sources and quotes, and its alerts.
#[utoipa::path(get, path = "/api/figures/{id}", tag = "figures",
    params(("id" = String, Path, description = "Figure id")),
    responses(
        (status = 200, description = "The figure and its history", body = FigureDetail),
        (status = 401, description = "Missing or wrong bearer token", body = ErrorBody),
        (status = 404, description = "Neither configured nor stored", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub(crate) async fn get_figure(
    State(state): State<ApiState>,
    Path(id): Path<String>,
) -> Result<Json<FigureDetail>, HttpError> {
    view::figure(state.store.as_ref(), &state.cfg, &id)
        .await?
        .map(Json)
        .ok_or_else(|| HttpError::NotFound(format!("no figure {id:?}")))
}

/// Filters and paging for `/api/alerts`. All optional.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AlertParams {
    /// Only this figure's alerts.
    pub figure: Option<String>,
    /// Raised at or after this time (RFC 3339, or YYYY-MM-DD for midnight UTC).
    #[param(schema_with = time_bound_schema)]
    pub since: Option<String>,
    /// Raised before this time (RFC 3339, or YYYY-MM-DD for midnight UTC).
    #[param(schema_with = time_bound_schema)]
    pub until: Option<String>,
    /// Only alerts older than this sequence number (the previous page's `next_before`).
    #[param(value_type = Option<i64>)]
    pub before: Option<String>,
    /// Page size, 1 to 500 (default 50).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 500)]
    pub limit: Option<String>,
}

/// `since` / `until`: an RFC 3339 date-time or a date.
fn time_bound_schema() -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, OneOfBuilder, SchemaFormat, Type};
    let string = |f: KnownFormat| {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(f)))
    };
    OneOfBuilder::new()
        .item(string(KnownFormat::DateTime))
        .item(string(KnownFormat::Date))
        .into()
}

/// Parse a time bound: RFC 3339 or a plain date (midnight UTC).
pub(crate) fn parse_time(name: &str, s: &str) -> Result<DateTime<Utc>, HttpError> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Some(t) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
    {
        return Ok(t.and_utc());
    }
    Err(HttpError::BadRequest(format!(
        "{name}: expected an RFC 3339 time or YYYY-MM-DD, got {s:?}"
    )))
}

impl AlertParams {
    /// Validate into a store query.
    /// The JSON API refuses empty values; the dashboard's filter form sends
    /// them for fields left blank (`blank_is_absent`).
    pub(crate) fn to_query(&self, blank_is_absent: bool) -> Result<AlertQuery, HttpError> {
        if !blank_is_absent {
            let fields = [
                ("since", &self.since),
                ("until", &self.until),
                ("before", &self.before),
                ("limit", &self.limit),
            ];
            for (name, v) in fields {
                if v.as_deref().is_some_and(|s| s.trim().is_empty()) {
                    return Err(HttpError::BadRequest(format!("{name}: empty value")));
                }
            }
        }
        let nonempty = |o: &Option<String>| {
            o.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let since = nonempty(&self.since)
            .map(|s| parse_time("since", &s))
            .transpose()?;
        let until = nonempty(&self.until)
            .map(|s| parse_time("until", &s))
            .transpose()?;
        let before_seq = nonempty(&self.before)
            .map(|s| {
                s.parse::<i64>().map_err(|_| {
                    HttpError::BadRequest(format!("before: expected an integer, got {s:?}"))
                })
            })
            .transpose()?;
        let limit = match nonempty(&self.limit) {
            None => DEFAULT_LIMIT,
            Some(s) => match s.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    return Err(HttpError::BadRequest(format!(
                        "limit: expected an integer from 1 to {MAX_LIMIT}, got {s:?}"
                    )));
                }
            },
        };
        Ok(AlertQuery {
            figure: nonempty(&self.figure),
            since,
            until,
            before_seq,
            limit,
        })
    }
}

/// Alerts, newest first, filtered by figure and time, paged by sequence number.
#[utoipa::path(get, path = "/api/alerts", tag = "alerts",
    params(AlertParams),
    responses(
        (status = 200, description = "A page of alerts", body = AlertPage),
        (status = 400, description = "A parameter is malformed", body = ErrorBody),
        (status = 401, description = "Missing or wrong bearer token", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub(crate) async fn list_alerts(
    State(state): State<ApiState>,
    params: Result<Query<AlertParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<AlertPage>, HttpError> {
    let Query(params) = params.map_err(|e| HttpError::BadRequest(e.body_text()))?;
    let query = params.to_query(false)?;
    Ok(Json(view::alerts(state.store.as_ref(), &query).await?))
}

/// Health of every feed: last success, failures, items seen, latency, next poll.
#[utoipa::path(get, path = "/api/sources", tag = "sources",
    responses(
        (status = 200, description = "Configured feeds first, then unconfigured stored ones", body = SourceList),
        (status = 401, description = "Missing or wrong bearer token", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub(crate) async fn list_sources(
    State(state): State<ApiState>,
) -> Result<Json<SourceList>, HttpError> {
    Ok(Json(view::sources(state.store.as_ref(), &state.cfg).await?))
}

/// Prometheus metrics in the OpenMetrics text format.
#[utoipa::path(get, path = "/metrics", tag = "meta",
    responses(
        (status = 200, description = "Every registered metric", content_type = "application/openmetrics-text", body = String),
        (status = 401, description = "Missing or wrong bearer token", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub(crate) async fn metrics(State(state): State<ApiState>) -> Response {
    metrics_response(&state.registry)
}

/// A registry in the OpenMetrics text format (the API's `/metrics`, and
/// the metrics-only server of the stage services).
pub(crate) fn metrics_response(registry: &prometheus_client::registry::Registry) -> Response {
    let mut out = String::new();
    match prometheus_client::encoding::text::encode(&mut out, registry) {
        Ok(()) => (
            [(
                header::CONTENT_TYPE,
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            )],
            out,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "encoding metrics failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "encoding metrics failed").into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(pairs: &[(&str, &str)]) -> AlertParams {
        let mut a = AlertParams::default();
        for (k, v) in pairs {
            let v = Some(v.to_string());
            match *k {
                "figure" => a.figure = v,
                "since" => a.since = v,
                "until" => a.until = v,
                "before" => a.before = v,
                "limit" => a.limit = v,
                _ => {}
            }
        }
        a
    }

    #[test]
    fn alert_params_validate() {
        let q = p(&[]).to_query(false).expect("defaults");
        assert_eq!(q.limit, DEFAULT_LIMIT);
        assert!(q.figure.is_none() && q.since.is_none() && q.before_seq.is_none());
        let q = p(&[
            ("since", "2026-03-01"),
            ("until", "2026-03-02T12:00:00+02:00"),
            ("before", "7"),
            ("limit", "3"),
        ])
        .to_query(false)
        .expect("valid");
        assert_eq!(
            q.since.map(|t| t.to_rfc3339()),
            Some("2026-03-01T00:00:00+00:00".into())
        );
        assert_eq!(
            q.until.map(|t| t.to_rfc3339()),
            Some("2026-03-02T10:00:00+00:00".into())
        );
        assert_eq!((q.before_seq, q.limit), (Some(7), 3));
        for bad in [
            ("limit", "0"),
            ("limit", "501"),
            ("limit", "x"),
            ("before", "1.5"),
            ("since", "yesterday"),
        ] {
            assert!(
                matches!(p(&[bad]).to_query(true), Err(HttpError::BadRequest(_))),
                "{bad:?}"
            );
        }
        // Empty values are absent for the dashboard's form, refused by the API.
        let blank = p(&[("figure", ""), ("since", " ")]);
        assert!(
            blank
                .to_query(true)
                .is_ok_and(|q| q.figure.is_none() && q.since.is_none())
        );
        assert!(matches!(
            blank.to_query(false),
            Err(HttpError::BadRequest(_))
        ));
    }
}
