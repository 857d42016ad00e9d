//! Fixtures for the API tests: a fictional recall story written into an
//! in-memory store the way the tracker writes it.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{DateTime, TimeZone, Utc};
use http_body_util::BodyExt;
use newswatch_api::ApiState;
use newswatch_config::Config;
use newswatch_store::{ClaimUpdate, FeedState, SharedStore, SqliteStore, Store};
use newswatch_wire::{Alert, AlertKind, Claim, Evidence, WIRE_VERSION};
use prometheus_client::registry::Registry;
use serde_json::{Value, json};
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;

pub const CONFIG: &str = r#"
[[entities]]
name = "Acme Motors"

[[figures]]
id = "acme-recall"
name = "Acme Motors brake recall"
subject = "Acme Motors"
metric = "recalled units"
unit = "vehicles"

[[figures]]
id = "quiet-figure"
name = "A figure nobody reported yet"
subject = "Acme Motors"
metric = "employees"
unit = "people"

[[feeds]]
url = "https://a.example/feed.xml"
name = "Alpha News"

[[feeds]]
url = "https://b.example/rss"
name = "Beta Daily"

[[feeds]]
url = "https://c.example/page"
kind = "page"
"#;

pub fn config() -> Config {
    match Config::parse(CONFIG, Path::new(".")) {
        Ok(c) => c,
        Err(problems) => panic!("fixture config invalid: {problems:?}"),
    }
}

pub fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0)
        .single()
        .expect("valid time")
}

pub fn claim(id: &str, figure: &str, value: f64, host: &str, day: u32, quote: &str) -> Claim {
    let mut c = newswatch_store::testkit::claim(id, value);
    c.figure = Some(figure.into());
    c.subject = Some("Acme Motors".into());
    c.quote = quote.into();
    c.source_url = format!("https://{host}/story-{id}");
    c.source_title = Some(format!("Story {id}"));
    c.source_name = Some(host.to_string());
    c.published_at = Some(at(day, 9));
    c
}

fn sighting(c: &Claim) -> Value {
    json!({
        "outlet": c.source_url.split('/').nth(2).unwrap_or_default(),
        "at": c.published_at,
        "evidence": {
            "value": c.value, "bound": "exact", "source_url": c.source_url,
            "source_title": c.source_title, "published_at": c.published_at,
            "quote": c.quote, "claim_id": c.id
        }
    })
}

/// The tracker's state shape (crates/tracker/src/state.rs).
fn state(
    current: &Claim,
    supporting: &[&Claim],
    conflict: Option<(f64, f64, DateTime<Utc>)>,
) -> Value {
    let mut sources = vec![sighting(current)];
    sources.extend(supporting.iter().map(|c| sighting(c)));
    json!({
        "current": {
            "value": current.value, "value_max": null, "bound": "exact", "unit": current.unit,
            "as_of": null, "reported_at": current.published_at, "claim_id": current.id,
            "sources": sources
        },
        "pending": null,
        "recent": [],
        "last_alert_at": current.published_at,
        "last_conflict": conflict.map(|(a, b, t)| json!({"a": a, "b": b, "at": t})),
    })
}

pub fn alert(id: &str, c: &Claim, kind: AlertKind, from: Option<f64>, prev: &[&Claim]) -> Alert {
    Alert {
        v: WIRE_VERSION,
        id: id.into(),
        figure: c.figure.clone().unwrap_or_default(),
        name: "Acme Motors brake recall".into(),
        from,
        to: c.value,
        unit: c.unit.clone(),
        bound: c.bound,
        source_url: c.source_url.clone(),
        source_title: c.source_title.clone(),
        published_at: c.published_at,
        quote: c.quote.clone(),
        previous_sources: prev
            .iter()
            .map(|p| Evidence {
                value: p.value,
                bound: p.bound,
                source_url: p.source_url.clone(),
                source_title: p.source_title.clone(),
                published_at: p.published_at,
                quote: p.quote.clone(),
                claim_id: p.id.clone(),
            })
            .collect(),
        kind,
        claim_id: c.id.clone(),
        as_of: None,
    }
}

async fn apply(
    store: &dyn Store,
    c: &Claim,
    verdict: &str,
    state: Option<Value>,
    alerts: Vec<Alert>,
) {
    let applied = store
        .apply_claim(
            ClaimUpdate {
                claim: c.clone(),
                figure: c.figure.clone().unwrap_or_default(),
                verdict: verdict.into(),
                state,
                alerts,
            },
            &["stdout".to_string()],
        )
        .await
        .expect("apply claim");
    assert!(applied);
}

/// The story: 1.9M (new, Alpha), 1.9M again (same, Beta), 2.3M (changed,
/// Gamma), 2.0M (conflict, Delta), plus an untracked claim.
pub async fn seeded_store() -> SharedStore {
    let store: SharedStore = Arc::new(SqliteStore::in_memory().expect("in-memory store"));
    let s = store.as_ref();
    let c1 = claim(
        "c1",
        "acme-recall",
        1_900_000.0,
        "a.example",
        1,
        "Acme Motors is recalling 1.9 million vehicles.",
    );
    let c2 = claim(
        "c2",
        "acme-recall",
        1_900_000.0,
        "b.example",
        2,
        "The recall covers 1.9 million cars.",
    );
    let c3 = claim(
        "c3",
        "acme-recall",
        2_300_000.0,
        "c.example",
        9,
        "Acme expanded the recall to 2.3 million vehicles.",
    );
    let c4 = claim(
        "c4",
        "acme-recall",
        2_000_000.0,
        "d.example",
        10,
        "About 2 million <b>vehicles</b> & counting.",
    );
    apply(
        s,
        &c1,
        "new",
        Some(state(&c1, &[], None)),
        vec![alert("al-1", &c1, AlertKind::New, None, &[])],
    )
    .await;
    apply(s, &c2, "same", Some(state(&c1, &[&c2], None)), vec![]).await;
    apply(
        s,
        &c3,
        "changed",
        Some(state(&c3, &[], None)),
        vec![alert(
            "al-2",
            &c3,
            AlertKind::Changed,
            Some(1_900_000.0),
            &[&c1, &c2],
        )],
    )
    .await;
    apply(
        s,
        &c4,
        "conflict",
        Some(state(&c3, &[], Some((2_300_000.0, 2_000_000.0, at(10, 9))))),
        vec![alert(
            "al-3",
            &c4,
            AlertKind::Conflict,
            Some(2_300_000.0),
            &[&c3],
        )],
    )
    .await;
    let mut u = claim(
        "u1",
        "untracked:acme:staff",
        5200.0,
        "a.example",
        3,
        "Acme employs 5,200 people.",
    );
    u.unit = "people".into();
    apply(s, &u, "new", Some(state(&u, &[], None)), vec![]).await;

    s.put_feed_state(&FeedState {
        url: "https://a.example/feed.xml".into(),
        last_attempt: Some(at(10, 12)),
        last_success: Some(at(10, 12)),
        items_seen: 42,
        avg_latency_ms: 120.5,
        next_poll_at: Some(at(10, 13)),
        poll_secs: Some(900),
        ..FeedState::default()
    })
    .await
    .expect("feed state");
    s.put_feed_state(&FeedState {
        url: "https://b.example/rss".into(),
        last_attempt: Some(at(10, 12)),
        last_success: Some(at(8, 12)),
        last_error: Some("HTTP 503".into()),
        consecutive_failures: 3,
        items_seen: 7,
        ..FeedState::default()
    })
    .await
    .expect("feed state");
    s.put_feed_state(&FeedState {
        url: "https://old.example/feed".into(),
        last_attempt: Some(at(1, 0)),
        last_success: Some(at(1, 0)),
        ..FeedState::default()
    })
    .await
    .expect("feed state");
    store
}

pub async fn state_with(store: SharedStore, registry: Registry, token: Option<&str>) -> ApiState {
    ApiState::new(store, Arc::new(config()), Arc::new(registry))
        .with_token(token.map(str::to_string))
}

pub async fn app() -> axum::Router {
    newswatch_api::router(state_with(seeded_store().await, Registry::default(), None).await)
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn header(&self, name: header::HeaderName) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }
}

pub async fn send(app: &axum::Router, req: Request<Body>) -> Resp {
    let resp = app.clone().oneshot(req).await.expect("infallible");
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = resp.into_body().collect().await.expect("body").to_bytes();
    Resp {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(app: &axum::Router, uri: &str) -> Resp {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
}

/// Validate `instance` against `#/components/schemas/{name}` of the served document.
pub fn assert_schema(doc: &Value, name: &str, instance: &Value) {
    let mut root = doc.clone();
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["$ref"] = json!(format!("#/components/schemas/{name}"));
    let validator = jsonschema::validator_for(&root)
        .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "response does not match schema {name}: {errors:#?}"
    );
}
