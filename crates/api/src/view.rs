//! Builds the API's response types from the store and the config. The JSON
//! handlers and the dashboard pages both read through here.
//!
//! The figure state is the tracker's JSON (`newswatch_tracker::state::FigureState`).
//! It is read defensively through the small mirror below, every field
//! optional, so a state written by an older or newer tracker still renders.

use crate::format;
use crate::model::*;
use chrono::{DateTime, Utc};
use newswatch_config::Config;
use newswatch_store::{
    AlertQuery, AlertRow, FeedState, FigureRow, HistoryEntry, Store, StoreError,
};
use newswatch_wire::{Alert, AlertKind};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Verdicts (newswatch_tracker::Verdict) after which the claim's value is
/// the tracked value. A `conflict` or `disputed` claim can also switch the
/// value; that shows as the state's `current.claim_id`.
pub const VALUE_SETTING: &[&str] = &["new", "changed", "quiet", "new_period"];

/// Verdicts of a claim that disagrees with the tracked value.
pub const DISAGREEING: &[&str] = &["conflict", "disputed"];

#[derive(Debug, Default, Deserialize)]
struct StateView {
    #[serde(default)]
    current: Option<CurrentView>,
    #[serde(default)]
    pending: Option<PendingView>,
    #[serde(default)]
    last_conflict: Option<ConflictView>,
}

#[derive(Debug, Deserialize)]
struct CurrentView {
    value: f64,
    #[serde(default)]
    value_max: Option<f64>,
    #[serde(default)]
    bound: Option<String>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    as_of: Option<serde_json::Value>,
    #[serde(default)]
    reported_at: Option<DateTime<Utc>>,
    #[serde(default)]
    claim_id: String,
    #[serde(default)]
    sources: Vec<SightingView>,
}

#[derive(Debug, Deserialize)]
struct SightingView {
    #[serde(default)]
    outlet: String,
    #[serde(default)]
    evidence: Option<EvidenceView>,
}

#[derive(Debug, Deserialize)]
struct EvidenceView {
    #[serde(default)]
    value: Option<f64>,
    #[serde(default)]
    source_url: Option<String>,
    #[serde(default)]
    source_title: Option<String>,
}

#[derive(Debug, Deserialize)]
struct PendingView {
    #[serde(default)]
    since: Option<DateTime<Utc>>,
    #[serde(default)]
    sightings: Vec<SightingView>,
}

#[derive(Debug, Deserialize)]
struct ConflictView {
    a: f64,
    b: f64,
    #[serde(default)]
    at: Option<DateTime<Utc>>,
}

fn read_state(v: Option<&serde_json::Value>) -> StateView {
    match v {
        Some(v) => StateView::deserialize(v).unwrap_or_else(|e| {
            tracing::debug!(error = %e, "figure state not readable; rendering without it");
            StateView::default()
        }),
        None => StateView::default(),
    }
}

fn json_label(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// Finite or zero: JSON has no NaN.
fn finite(x: f64) -> f64 {
    if x.is_finite() { x } else { 0.0 }
}

fn finite_opt(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite())
}

/// Host of a URL without `www.`, else the text itself (outlet key).
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
    let host = host.to_ascii_lowercase();
    host.strip_prefix("www.")
        .map(str::to_string)
        .unwrap_or(host)
}

/// Claim ids that raised a conflict alert.
fn conflict_claims(alerts: &[AlertRow]) -> HashSet<String> {
    alerts
        .iter()
        .filter(|a| a.alert.kind == AlertKind::Conflict)
        .map(|a| a.alert.claim_id.clone())
        .filter(|id| !id.is_empty())
        .collect()
}

pub fn history_point(
    e: &HistoryEntry,
    conflicts: &HashSet<String>,
    current_claim: Option<&str>,
) -> HistoryPoint {
    let c = &e.claim;
    let sets_value =
        VALUE_SETTING.contains(&e.verdict.as_str()) || current_claim == Some(c.id.as_str());
    let bound = c.bound.as_str().to_string();
    HistoryPoint {
        claim_id: c.id.clone(),
        article_id: c.article_id.clone(),
        verdict: e.verdict.clone(),
        value: finite(c.value),
        value_max: finite_opt(c.value_max),
        unit: c.unit.clone(),
        display: format::bounded(c.value, c.value_max, &bound, &c.unit),
        bound,
        as_of: c.as_of.map(|p| p.to_string()),
        published_at: c.published_at,
        recorded_at: e.recorded_at,
        at: c.published_at.unwrap_or(e.recorded_at),
        source_url: c.source_url.clone(),
        source_title: c.source_title.clone(),
        source_name: c.source_name.clone(),
        quote: c.quote.clone(),
        duplicate_of: c.duplicate_of.clone(),
        sets_value,
        conflict: DISAGREEING.contains(&e.verdict.as_str()) || conflicts.contains(&c.id),
    }
}

pub fn alert_item(row: &AlertRow) -> AlertItem {
    let a: &Alert = &row.alert;
    AlertItem {
        seq: row.seq,
        id: a.id.clone(),
        figure: a.figure.clone(),
        name: a.name.clone(),
        kind: a.kind.as_str().to_string(),
        from: finite_opt(a.from),
        to: finite(a.to),
        unit: a.unit.clone(),
        bound: a.bound.as_str().to_string(),
        source_url: a.source_url.clone(),
        source_title: a.source_title.clone(),
        published_at: a.published_at,
        quote: a.quote.clone(),
        as_of: a.as_of.map(|p| p.to_string()),
        claim_id: a.claim_id.clone(),
        created_at: row.created_at,
        previous_sources: a
            .previous_sources
            .iter()
            .map(|e| EvidenceItem {
                value: finite(e.value),
                bound: e.bound.as_str().to_string(),
                source_url: e.source_url.clone(),
                source_title: e.source_title.clone(),
                published_at: e.published_at,
                quote: e.quote.clone(),
                claim_id: e.claim_id.clone(),
            })
            .collect(),
        display: format::change(a.from, a.to, &a.unit),
    }
}

/// Summary of one figure from its config entry (if tracked), store row (if
/// any) and history (oldest first).
fn summarize(
    id: &str,
    cfg: &Config,
    row: Option<&FigureRow>,
    history: &[HistoryEntry],
) -> FigureSummary {
    let fc = cfg.figures.iter().find(|f| f.id == id);
    let state = read_state(row.map(|r| &r.state));
    let unit = fc
        .map(|f| f.unit.clone())
        .or_else(|| state.current.as_ref().and_then(|c| c.unit.clone()))
        .or_else(|| history.last().map(|h| h.claim.unit.clone()))
        .unwrap_or_default();

    let current = state.current.as_ref().map(|c| {
        let first = c.sources.first().and_then(|s| s.evidence.as_ref());
        let bound = c.bound.clone().unwrap_or_else(|| "exact".into());
        let cunit = c.unit.clone().unwrap_or_else(|| unit.clone());
        CurrentValue {
            value: finite(c.value),
            value_max: finite_opt(c.value_max),
            display: format::bounded(c.value, c.value_max, &bound, &cunit),
            bound,
            unit: cunit,
            as_of: c.as_of.as_ref().and_then(json_label),
            reported_at: c.reported_at,
            claim_id: c.claim_id.clone(),
            source_url: first.and_then(|e| e.source_url.clone()),
            source_title: first.and_then(|e| e.source_title.clone()),
        }
    });

    // The value's moves, read from the history: claims whose verdict set the
    // value, plus the claim the state says set the current value.
    let current_claim = state.current.as_ref().map(|c| c.claim_id.as_str());
    let setters: Vec<&HistoryEntry> = history
        .iter()
        .filter(|h| {
            VALUE_SETTING.contains(&h.verdict.as_str())
                || Some(h.claim.id.as_str()) == current_claim
        })
        .collect();
    let last_change = setters.last().map(|last| {
        let from = setters
            .iter()
            .rev()
            .skip(1)
            .map(|h| h.claim.value)
            .find(|v| *v != last.claim.value);
        Change {
            from: finite_opt(from),
            to: finite(last.claim.value),
            at: last.claim.published_at.or(Some(last.recorded_at)),
            claim_id: last.claim.id.clone(),
            source_url: last.claim.source_url.clone(),
            display: format::change(from, last.claim.value, &unit),
        }
    });

    let pending = state.pending.as_ref().and_then(|p| {
        let value = p.sightings.first()?.evidence.as_ref()?.value?;
        let outlets: BTreeSet<&str> = p.sightings.iter().map(|s| s.outlet.as_str()).collect();
        Some(PendingChange {
            value: finite(value),
            since: p.since,
            sources: outlets.len() as u64,
        })
    });
    let conflict = state.last_conflict.as_ref().map(|c| ConflictInfo {
        a: finite(c.a),
        b: finite(c.b),
        at: c.at,
    });
    let sources = state.current.as_ref().map(|c| {
        let o: BTreeSet<&str> = c.sources.iter().map(|s| s.outlet.as_str()).collect();
        o.len() as u64
    });
    let outlets: BTreeSet<String> = history
        .iter()
        .map(|h| host_of(&h.claim.source_url))
        .collect();

    FigureSummary {
        id: id.to_string(),
        name: fc.map(|f| f.name.clone()).unwrap_or_else(|| id.to_string()),
        tracked: fc.is_some(),
        unit,
        current,
        last_change,
        pending,
        conflict,
        sources: sources.unwrap_or(0),
        outlets: outlets.len() as u64,
        claims: row.map(|r| r.claims).unwrap_or(history.len() as u64),
        updated_at: row.map(|r| r.updated_at),
    }
}

/// Every figure: configured ones in config order, then stored-only ones by id.
pub async fn figures(store: &dyn Store, cfg: &Config) -> Result<FigureList, StoreError> {
    let rows = store.figures().await?;
    let by_id: HashMap<&str, &FigureRow> = rows.iter().map(|r| (r.figure.as_str(), r)).collect();
    let mut ids: Vec<&str> = cfg.figures.iter().map(|f| f.id.as_str()).collect();
    let mut extra: Vec<&str> = rows
        .iter()
        .map(|r| r.figure.as_str())
        .filter(|id| !cfg.figures.iter().any(|f| f.id == *id))
        .collect();
    extra.sort_unstable();
    ids.extend(extra);
    let mut figures = Vec::with_capacity(ids.len());
    for id in ids {
        let history = store.figure_history(id).await?;
        figures.push(summarize(id, cfg, by_id.get(id).copied(), &history));
    }
    Ok(FigureList { figures })
}

/// One figure with its history and alerts; `None` if neither configured nor stored.
pub async fn figure(
    store: &dyn Store,
    cfg: &Config,
    id: &str,
) -> Result<Option<FigureDetail>, StoreError> {
    let tracked = cfg.figures.iter().any(|f| f.id == id);
    let history = store.figure_history(id).await?;
    let row = if tracked || !history.is_empty() {
        store.figures().await?.into_iter().find(|r| r.figure == id)
    } else {
        None
    };
    if !tracked && history.is_empty() && row.is_none() {
        return Ok(None);
    }
    let alerts = store
        .alerts(&AlertQuery {
            figure: Some(id.to_string()),
            limit: 100,
            ..AlertQuery::default()
        })
        .await?;
    let conflicts = conflict_claims(&alerts);
    let summary = summarize(id, cfg, row.as_ref(), &history);
    let current_claim = summary.current.as_ref().map(|c| c.claim_id.clone());
    let mut points: Vec<HistoryPoint> = history
        .iter()
        .map(|h| history_point(h, &conflicts, current_claim.as_deref()))
        .collect();
    // Stable: equal event times keep the order the tracker saw them in.
    points.sort_by_key(|p| p.at);
    Ok(Some(FigureDetail {
        figure: summary,
        history: points,
        alerts: alerts.iter().map(alert_item).collect(),
    }))
}

/// A page of alerts.
pub async fn alerts(store: &dyn Store, query: &AlertQuery) -> Result<AlertPage, StoreError> {
    let rows = store.alerts(query).await?;
    let next_before = if rows.len() >= query.limit.max(1) {
        rows.last().map(|r| r.seq)
    } else {
        None
    };
    Ok(AlertPage {
        alerts: rows.iter().map(alert_item).collect(),
        next_before,
    })
}

fn feed_kind(k: newswatch_config::FeedKind) -> &'static str {
    match k {
        newswatch_config::FeedKind::Feed => "feed",
        newswatch_config::FeedKind::Sitemap => "sitemap",
        newswatch_config::FeedKind::Page => "page",
    }
}

fn source_health(
    s: &FeedState,
    name: Option<String>,
    kind: Option<String>,
    configured: bool,
) -> SourceHealth {
    let status = if s.consecutive_failures > 0 {
        "failing"
    } else if s.last_success.is_some() {
        "ok"
    } else if s.last_attempt.is_some() {
        "failing"
    } else {
        "never_fetched"
    };
    SourceHealth {
        url: s.url.clone(),
        name,
        kind,
        configured,
        status: status.into(),
        current_url: s.current_url.clone(),
        last_attempt: s.last_attempt,
        last_success: s.last_success,
        last_error: s.last_error.clone(),
        consecutive_failures: s.consecutive_failures,
        items_seen: s.items_seen,
        avg_latency_ms: finite(s.avg_latency_ms),
        next_poll_at: s.next_poll_at,
        poll_secs: s.poll_secs,
    }
}

/// Feed health: configured feeds in config order (with their state, if
/// fetched), then feeds the store knows that are no longer configured.
pub async fn sources(store: &dyn Store, cfg: &Config) -> Result<SourceList, StoreError> {
    let states = store.feed_states().await?;
    let by_url: HashMap<&str, &FeedState> = states.iter().map(|s| (s.url.as_str(), s)).collect();
    let mut out = Vec::new();
    for f in &cfg.feeds {
        let blank = FeedState {
            url: f.url.clone(),
            ..FeedState::default()
        };
        let st = by_url.get(f.url.as_str()).copied().unwrap_or(&blank);
        out.push(source_health(
            st,
            f.name.clone(),
            Some(feed_kind(f.kind).into()),
            true,
        ));
    }
    let mut extra: Vec<&FeedState> = states
        .iter()
        .filter(|s| !cfg.feeds.iter().any(|f| f.url == s.url))
        .collect();
    extra.sort_by(|a, b| a.url.cmp(&b.url));
    for s in extra {
        out.push(source_health(s, None, None, false));
    }
    Ok(SourceList { sources: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://www.Example.org/a?b"), "example.org");
        assert_eq!(host_of("http://user@news.test:8080/x"), "news.test:8080");
        assert_eq!(host_of("plain"), "plain");
    }

    #[test]
    fn unreadable_state_renders_as_empty() {
        let s = read_state(Some(&serde_json::json!({"current": "garbage"})));
        assert!(s.current.is_none());
        let s = read_state(Some(
            &serde_json::json!({"current": {"value": 3.0}, "future": 1}),
        ));
        assert_eq!(s.current.map(|c| c.value), Some(3.0));
    }
}
