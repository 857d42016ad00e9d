//! The dashboard: server-rendered HTML (maud escapes every value) with one
//! hand-written stylesheet and no script.

pub mod chart;

use crate::error::HttpError;
use crate::handlers::AlertParams;
use crate::model::*;
use crate::{ApiState, format, view};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use newswatch_store::AlertQuery;
use serde::Deserialize;

const STYLE: &str = include_str!("../../assets/style.css");

#[derive(Clone, Copy, PartialEq, Eq)]
enum Nav {
    Figures,
    Alerts,
    Sources,
    None,
}

fn layout(title: &str, nav: Nav, body: Markup) -> Markup {
    let item = |n: Nav, href: &str, label: &str| {
        html! { a href=(href) class=[(n == nav).then_some("active")] { (label) } }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · newswatch" }
                link rel="stylesheet" href="/static/style.css";
            }
            body {
                header.top {
                    div.wrap {
                        a.brand href="/" {
                            span.logo aria-hidden="true" { (PreEscaped(LOGO)) }
                            "newswatch"
                        }
                        nav {
                            (item(Nav::Figures, "/", "Figures"))
                            (item(Nav::Alerts, "/alerts", "Alerts"))
                            (item(Nav::Sources, "/sources", "Sources"))
                        }
                    }
                }
                main.wrap { (body) }
                footer.wrap {
                    "newswatch · "
                    a href="/api/openapi.json" { "API" }
                    " · "
                    a href="/metrics" { "metrics" }
                }
            }
        }
    }
}

const LOGO: &str = r##"<svg viewBox="0 0 24 24" width="22" height="22"><rect x="2" y="2" width="20" height="20" rx="5" fill="currentColor"/><path d="M6 16 L10 11 L13 13.5 L18 7" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>"##;

fn page(status: StatusCode, title: &str, nav: Nav, body: Markup) -> Response {
    (status, Html(layout(title, nav, body).into_string())).into_response()
}

fn error_page(e: &HttpError) -> Response {
    let msg = match e {
        HttpError::Store(err) => {
            tracing::error!(error = %err, "store failed while rendering a page");
            "The store failed while reading this page. Try again shortly.".to_string()
        }
        other => other.to_string(),
    };
    page(
        e.status(),
        "Error",
        Nav::None,
        html! { section.card.notice { h1 { "Something went wrong" } p { (msg) } p { a href="/" { "Back to the figures" } } } },
    )
}

pub(crate) fn not_found_page(msg: &str) -> Response {
    page(
        StatusCode::NOT_FOUND,
        "Not found",
        Nav::None,
        html! { section.card.notice { h1 { "Not found" } p { (msg) } p { a href="/" { "Back to the figures" } } } },
    )
}

fn date(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%b %-d, %Y").to_string())
        .unwrap_or_else(|| "—".into())
}

fn datetime(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%b %-d, %Y %H:%M UTC").to_string())
        .unwrap_or_else(|| "—".into())
}

fn pct(from: Option<f64>, to: f64) -> Option<String> {
    format::percent_change(from, to)
        .map(|p| format!("{}{:.0}%", if p >= 0.0 { "+" } else { "−" }, p.abs()))
}

fn host_or_title(url: &str, title: Option<&str>) -> String {
    title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| view::host_of(url))
}

fn figure_href(id: &str) -> String {
    format!("/figures/{}", url_escape(id))
}

/// Percent-encode a path segment.
fn url_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn status_badges(f: &FigureSummary) -> Markup {
    html! {
        @if f.conflict.is_some() { span.badge.conflict title="Independent sources disagree" { "conflict" } }
        @if f.pending.is_some() { span.badge.pending title="A new value awaits confirmation" { "pending" } }
        @if f.current.is_none() { span.badge.muted { "no value yet" } }
    }
}

fn figures_table(figures: &[FigureSummary]) -> Markup {
    html! {
        table.figures {
            thead { tr {
                th { "Figure" } th.num { "Current value" } th { "Last change" } th.num { "Sources" } th.num { "Claims" } th { "Updated" }
            } }
            tbody {
                @for f in figures {
                    tr data-figure=(f.id) {
                        td {
                            a.figure-link href=(figure_href(&f.id)) { (f.name) }
                            " " (status_badges(f))
                        }
                        td.num.value {
                            @if let Some(c) = &f.current { (c.display) } @else { span.muted { "—" } }
                        }
                        td {
                            @if let Some(ch) = &f.last_change {
                                @if ch.from.is_some() {
                                    span.change { (ch.display) }
                                    @if let Some(p) = pct(ch.from, ch.to) {
                                        " " span class=(if ch.to >= ch.from.unwrap_or(0.0) { "delta up" } else { "delta down" }) { (p) }
                                    }
                                } @else {
                                    span.muted { "first value" }
                                }
                                div.sub { (date(ch.at)) }
                            } @else { span.muted { "—" } }
                        }
                        td.num { (f.sources) }
                        td.num { (f.claims) }
                        td.sub { (date(f.updated_at)) }
                    }
                }
            }
        }
    }
}

fn alert_card(a: &AlertItem, show_figure: bool) -> Markup {
    html! {
        article.alert data-alert=(a.id) {
            div.alert-head {
                span class=(format!("badge kind-{}", a.kind)) { (a.kind) }
                @if show_figure {
                    a.alert-figure href=(figure_href(&a.figure)) { (a.name) }
                }
                span.alert-date { (date(a.published_at.or(Some(a.created_at)))) }
            }
            div.alert-value {
                (a.display)
                @if let Some(p) = pct(a.from, a.to) { " " span class=(if a.to >= a.from.unwrap_or(0.0) { "delta up" } else { "delta down" }) { (p) } }
            }
            @if !a.quote.is_empty() { blockquote { "“" (a.quote) "”" } }
            div.alert-source {
                a href=(a.source_url) target="_blank" rel="noopener noreferrer" { (host_or_title(&a.source_url, a.source_title.as_deref())) }
                @if !a.previous_sources.is_empty() {
                    span.sub { " · previously: " }
                    @for (i, e) in a.previous_sources.iter().enumerate() {
                        @if i > 0 { ", " }
                        a.sub href=(e.source_url) target="_blank" rel="noopener noreferrer" title=(e.quote) {
                            (host_or_title(&e.source_url, e.source_title.as_deref()))
                        }
                    }
                }
            }
        }
    }
}

fn source_dot(status: &str) -> Markup {
    let label = match status {
        "ok" => "healthy",
        "failing" => "failing",
        _ => "never fetched",
    };
    html! { span class=(format!("dot {status}")) title=(label) {} }
}

fn sources_table(sources: &[SourceHealth], compact: bool) -> Markup {
    html! {
        table.sources {
            thead { tr {
                th { "Source" } th { "Last success" } th.num { "Failures" } th.num { "Items" }
                @if !compact { th { "Kind" } th.num { "Avg latency" } th { "Next poll" } th { "Last error" } }
            } }
            tbody {
                @for s in sources {
                    tr data-source=(s.url) {
                        td {
                            (source_dot(&s.status))
                            span.source-name { (s.name.clone().unwrap_or_else(|| view::host_of(&s.url))) }
                            div.sub.url { (s.url) }
                            @if let Some(cur) = &s.current_url { div.sub { "moved to " (cur) } }
                        }
                        td.sub { (datetime(s.last_success)) }
                        td.num { (s.consecutive_failures) }
                        td.num { (s.items_seen) }
                        @if !compact {
                            td { (s.kind.clone().unwrap_or_else(|| "not configured".into())) }
                            td.num { @if s.last_attempt.is_some() { (format!("{:.0} ms", s.avg_latency_ms)) } @else { "—" } }
                            td.sub { (datetime(s.next_poll_at)) }
                            td.error { (s.last_error.clone().unwrap_or_default()) }
                        }
                    }
                }
            }
        }
    }
}

pub(crate) async fn index(State(state): State<ApiState>) -> Response {
    let store = state.store.as_ref();
    let figures = match view::figures(store, &state.cfg).await {
        Ok(f) => f.figures,
        Err(e) => return error_page(&e.into()),
    };
    let alerts = match view::alerts(
        store,
        &AlertQuery {
            limit: 8,
            ..AlertQuery::default()
        },
    )
    .await
    {
        Ok(a) => a.alerts,
        Err(e) => return error_page(&e.into()),
    };
    let sources = match view::sources(store, &state.cfg).await {
        Ok(s) => s.sources,
        Err(e) => return error_page(&e.into()),
    };
    let (tracked, untracked): (Vec<FigureSummary>, Vec<FigureSummary>) =
        figures.into_iter().partition(|f| f.tracked);
    let with_value = tracked.iter().filter(|f| f.current.is_some()).count();
    let healthy = sources.iter().filter(|s| s.status == "ok").count();
    let body = html! {
        div.stats {
            div.stat { div.stat-n { (tracked.len()) } div.stat-l { "tracked figures" } div.sub { (with_value) " with a value" } }
            div.stat { div.stat-n { (alerts.len()) @if alerts.len() >= 8 { "+" } } div.stat-l { "recent alerts" } div.sub { "latest " (date(alerts.first().map(|a| a.created_at))) } }
            div.stat { div.stat-n { (healthy) " / " (sources.len()) } div.stat-l { "sources healthy" } div.sub { (sources.iter().filter(|s| s.status == "failing").count()) " failing" } }
        }
        section.card {
            h2 { "Tracked figures" }
            @if tracked.is_empty() {
                p.empty { "No figures are configured. Add [[figures]] to the config." }
            } @else {
                (figures_table(&tracked))
            }
            @if !untracked.is_empty() {
                details.untracked {
                    summary { (untracked.len()) " untracked figures (claims that matched no configured figure)" }
                    (figures_table(&untracked))
                }
            }
        }
        div.columns {
            section.card {
                h2 { "Latest alerts" a.more href="/alerts" { "all alerts →" } }
                @if alerts.is_empty() { p.empty { "No alerts yet." } }
                @for a in &alerts { (alert_card(a, true)) }
            }
            section.card {
                h2 { "Source health" a.more href="/sources" { "details →" } }
                @if sources.is_empty() { p.empty { "No feeds configured or fetched." } }
                @else { (sources_table(&sources, true)) }
            }
        }
    };
    page(StatusCode::OK, "Figures", Nav::Figures, body)
}

pub(crate) async fn figure_page(State(state): State<ApiState>, Path(id): Path<String>) -> Response {
    let detail = match view::figure(state.store.as_ref(), &state.cfg, &id).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            return not_found_page(&format!(
                "No figure {id:?}: it is neither configured nor stored."
            ));
        }
        Err(e) => return error_page(&e.into()),
    };
    let f = &detail.figure;
    let body = html! {
        p.crumbs { a href="/" { "← All figures" } }
        section.card.figure-head {
            div {
                h1 { (f.name) }
                div.sub { code { (f.id) } " · " (f.unit) @if !f.tracked { " · untracked" } }
            }
            div.current {
                @if let Some(c) = &f.current {
                    div.big-value data-value=(c.value) { (c.display) }
                    div.sub {
                        "reported " (date(c.reported_at))
                        @if let Some(url) = &c.source_url { " by " a href=(url) target="_blank" rel="noopener noreferrer" { (host_or_title(url, c.source_title.as_deref())) } }
                        @if let Some(asof) = &c.as_of { " · as of " (asof) }
                    }
                } @else {
                    div.big-value.muted { "no value yet" }
                }
            }
        }
        div.facts {
            div.fact { span.fact-l { "Last change" }
                span.fact-v {
                    @if let Some(ch) = &f.last_change {
                        (ch.display)
                        @if let Some(p) = pct(ch.from, ch.to) { " " span class=(if ch.to >= ch.from.unwrap_or(0.0) { "delta up" } else { "delta down" }) { (p) } }
                        span.sub { " on " (date(ch.at)) }
                    } @else { "—" }
                }
            }
            div.fact { span.fact-l { "Supporting sources" } span.fact-v { (f.sources) } }
            div.fact { span.fact-l { "Outlets in history" } span.fact-v { (f.outlets) } }
            div.fact { span.fact-l { "Claims" } span.fact-v { (detail.history.len()) } }
        }
        @if let Some(p) = &f.pending {
            div.banner.pending { strong { "Pending: " } (format::with_unit(p.value, &f.unit)) " reported since " (date(p.since)) " by " (p.sources) " source(s), awaiting confirmation." }
        }
        @if let Some(c) = &f.conflict {
            div.banner.conflict { strong { "Conflict: " } "independent sources disagree — " (format::with_unit(c.a, &f.unit)) " vs " (format::with_unit(c.b, &f.unit)) " (" (date(c.at)) ")." }
        }
        section.card {
            h2 { "Value over time" }
            div.chart-wrap { (chart::timeline(&detail.history, &f.unit, &f.name)) }
            div.legend {
                span { i.key.set {} "set the tracked value" }
                span { i.key.support {} "same or consistent report" }
                span { i.key.conflict {} "conflicting or disputed" }
                span { i.key.pending {} "pending" }
                span { i.key.muted {} "historical, stale or duplicate" }
                span { i.key.line {} "tracked value" }
            }
        }
        section.card {
            h2 { "History" span.sub { " " (detail.history.len()) " claims, newest first" } }
            @if detail.history.is_empty() { p.empty { "No claims recorded yet." } } @else {
                table.history {
                    thead { tr { th { "Published" } th.num { "Value" } th { "Verdict" } th { "Source and quote" } } }
                    tbody {
                        @for p in detail.history.iter().rev() {
                            tr id=(format!("claim-{}", p.claim_id)) class=(format!("row-{}", chart::category(p))) {
                                td.sub { (date(Some(p.at))) }
                                td.num.value { (p.display) @if let Some(a) = &p.as_of { div.sub { "as of " (a) } } }
                                td { span class=(format!("badge verdict-{}", chart::category(p))) { (p.verdict.replace('_', " ")) } }
                                td {
                                    a href=(p.source_url) target="_blank" rel="noopener noreferrer" {
                                        (p.source_name.clone().unwrap_or_else(|| view::host_of(&p.source_url)))
                                    }
                                    @if let Some(t) = &p.source_title { span.sub { " — " (t) } }
                                    @if !p.quote.is_empty() { blockquote { "“" (p.quote) "”" } }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if !detail.alerts.is_empty() {
            section.card {
                h2 { "Alerts for this figure" }
                @for a in &detail.alerts { (alert_card(a, false)) }
            }
        }
    };
    page(StatusCode::OK, &f.name, Nav::Figures, body)
}

pub(crate) async fn alerts_page(
    State(state): State<ApiState>,
    params: Result<Query<AlertParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let params = match params {
        Ok(Query(p)) => p,
        Err(e) => return error_page(&HttpError::BadRequest(e.body_text())),
    };
    let query = match params.to_query(true) {
        Ok(q) => q,
        Err(e) => return error_page(&e),
    };
    let page_data = match view::alerts(state.store.as_ref(), &query).await {
        Ok(p) => p,
        Err(e) => return error_page(&e.into()),
    };
    let figures = &state.cfg.figures;
    let keep = |k: &str, v: &Option<String>| {
        v.as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| format!("&{k}={}", url_escape(s)))
            .unwrap_or_default()
    };
    let next = page_data.next_before.map(|b| {
        format!(
            "/alerts?before={b}{}{}{}{}",
            keep("figure", &params.figure),
            keep("since", &params.since),
            keep("until", &params.until),
            keep("limit", &params.limit)
        )
    });
    let body = html! {
        section.card {
            h1 { "Alerts" }
            form.filters method="get" action="/alerts" {
                label { "Figure "
                    select name="figure" {
                        option value="" { "all figures" }
                        @for f in figures {
                            option value=(f.id) selected[query.figure.as_deref() == Some(f.id.as_str())] { (f.name) }
                        }
                    }
                }
                label { "Since " input type="date" name="since" value=[params.since.as_deref()]; }
                label { "Until " input type="date" name="until" value=[params.until.as_deref()]; }
                button type="submit" { "Filter" }
                @if params.figure.is_some() || params.since.is_some() || params.until.is_some() { a.reset href="/alerts" { "reset" } }
            }
            @if page_data.alerts.is_empty() { p.empty { "No alerts match." } }
            @for a in &page_data.alerts { (alert_card(a, true)) }
            @if let Some(n) = next { p.pager { a href=(n) { "Older alerts →" } } }
        }
    };
    page(StatusCode::OK, "Alerts", Nav::Alerts, body)
}

pub(crate) async fn sources_page(State(state): State<ApiState>) -> Response {
    let sources = match view::sources(state.store.as_ref(), &state.cfg).await {
        Ok(s) => s.sources,
        Err(e) => return error_page(&e.into()),
    };
    let body = html! {
        section.card {
            h1 { "Source health" }
            @if sources.is_empty() { p.empty { "No feeds configured or fetched." } }
            @else { (sources_table(&sources, false)) }
        }
    };
    page(StatusCode::OK, "Sources", Nav::Sources, body)
}

pub(crate) async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        STYLE,
    )
        .into_response()
}

/// Only same-site paths are followed after signing in.
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => n,
        _ => "/",
    }
}

pub(crate) fn login_page(next: Option<&str>, error: Option<&str>, status: StatusCode) -> Response {
    let body = html! {
        section.card.login {
            h1 { "Sign in" }
            p.sub { "This newswatch instance needs its API token." }
            @if let Some(e) = error { p.error { (e) } }
            form method="post" action="/login" {
                input type="hidden" name="next" value=(safe_next(next));
                label { "Token " input type="password" name="token" autocomplete="current-password" required; }
                button type="submit" { "Sign in" }
            }
        }
    };
    page(status, "Sign in", Nav::None, body)
}

#[derive(Debug, Deserialize)]
pub(crate) struct LoginQuery {
    next: Option<String>,
}

pub(crate) async fn login_form(
    State(state): State<ApiState>,
    Query(q): Query<LoginQuery>,
) -> Response {
    if state.token.is_none() {
        return Redirect::to(safe_next(q.next.as_deref())).into_response();
    }
    login_page(q.next.as_deref(), None, StatusCode::OK)
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    next: Option<String>,
}

pub(crate) async fn login_submit(
    State(state): State<ApiState>,
    form: Result<Form<LoginForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(form)) = form else {
        return login_page(
            None,
            Some("Malformed sign-in form."),
            StatusCode::BAD_REQUEST,
        );
    };
    let Some(token) = &state.token else {
        return Redirect::to(safe_next(form.next.as_deref())).into_response();
    };
    if token.matches(&form.token) {
        let mut resp = Redirect::to(safe_next(form.next.as_deref())).into_response();
        if let Ok(v) = token.session_cookie().parse() {
            resp.headers_mut().insert(header::SET_COOKIE, v);
        }
        resp
    } else {
        tracing::info!("dashboard sign-in with a wrong token");
        login_page(
            form.next.as_deref(),
            Some("Wrong token."),
            StatusCode::UNAUTHORIZED,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_is_same_site_only() {
        assert_eq!(safe_next(Some("/figures/x")), "/figures/x");
        assert_eq!(safe_next(Some("//evil.test/")), "/");
        assert_eq!(safe_next(Some("https://evil.test/")), "/");
        assert_eq!(safe_next(Some("/\\evil.test")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn escapes_path_segments() {
        assert_eq!(url_escape("a b/c"), "a%20b%2Fc");
        assert_eq!(url_escape("northwind-recall"), "northwind-recall");
    }
}
