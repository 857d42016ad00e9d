//! The JSON API, auth, health, metrics and OpenAPI document, through the
//! router (no network) and once through a real server on 127.0.0.1.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use newswatch_api::ApiState;
use newswatch_transport::StageMetrics;
use prometheus_client::registry::Registry;
use serde_json::Value;
use std::sync::Arc;

async fn openapi(app: &axum::Router) -> Value {
    let r = get(app, "/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    r.json()
}

#[tokio::test]
async fn figures_list_has_current_value_last_change_and_sources() {
    let app = app().await;
    let doc = openapi(&app).await;
    let r = get(&app, "/api/figures").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
    let v = r.json();
    assert_schema(&doc, "FigureList", &v);

    let figs = v["figures"].as_array().expect("array");
    let ids: Vec<&str> = figs.iter().filter_map(|f| f["id"].as_str()).collect();
    // Configured figures in config order, then stored-only ones.
    assert_eq!(ids, ["acme-recall", "quiet-figure", "untracked:acme:staff"]);

    let acme = &figs[0];
    assert_eq!(acme["name"], "Acme Motors brake recall");
    assert_eq!(acme["tracked"], true);
    assert_eq!(acme["current"]["value"], 2_300_000.0);
    assert_eq!(acme["current"]["display"], "2.3M vehicles");
    assert_eq!(acme["current"]["claim_id"], "c3");
    assert_eq!(acme["current"]["source_url"], "https://c.example/story-c3");
    assert_eq!(acme["last_change"]["from"], 1_900_000.0);
    assert_eq!(acme["last_change"]["to"], 2_300_000.0);
    assert_eq!(acme["last_change"]["display"], "1.9M → 2.3M vehicles");
    assert_eq!(acme["last_change"]["at"], "2026-03-09T09:00:00Z");
    assert_eq!(acme["sources"], 1);
    assert_eq!(acme["outlets"], 4);
    assert_eq!(acme["claims"], 4);
    assert_eq!(acme["conflict"]["b"], 2_000_000.0);

    let quiet = &figs[1];
    assert_eq!(quiet["tracked"], true);
    assert!(quiet["current"].is_null() && quiet["last_change"].is_null());
    assert_eq!(quiet["claims"], 0);

    let untracked = &figs[2];
    assert_eq!(untracked["tracked"], false);
    assert_eq!(untracked["unit"], "people");
    assert_eq!(untracked["current"]["value"], 5200.0);
}

#[tokio::test]
async fn figure_detail_has_history_with_sources_quotes_and_conflicts() {
    let app = app().await;
    let doc = openapi(&app).await;
    let r = get(&app, "/api/figures/acme-recall").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_schema(&doc, "FigureDetail", &v);

    let h = v["history"].as_array().expect("history");
    let got: Vec<(&str, &str, bool, bool)> = h
        .iter()
        .map(|p| {
            (
                p["claim_id"].as_str().unwrap_or_default(),
                p["verdict"].as_str().unwrap_or_default(),
                p["sets_value"].as_bool().unwrap_or_default(),
                p["conflict"].as_bool().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("c1", "new", true, false),
            ("c2", "same", false, false),
            ("c3", "changed", true, false),
            ("c4", "conflict", false, true),
        ]
    );
    assert_eq!(
        h[2]["quote"],
        "Acme expanded the recall to 2.3 million vehicles."
    );
    assert_eq!(h[2]["source_url"], "https://c.example/story-c3");
    assert_eq!(h[2]["source_name"], "c.example");
    assert_eq!(h[0]["at"], "2026-03-01T09:00:00Z");

    let kinds: Vec<&str> = v["alerts"]
        .as_array()
        .expect("alerts")
        .iter()
        .filter_map(|a| a["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["conflict", "changed", "new"], "newest first");

    let r = get(&app, "/api/figures/quiet-figure").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["history"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn unknown_figure_and_route_are_json_404() {
    let app = app().await;
    let doc = openapi(&app).await;
    for uri in [
        "/api/figures/nope",
        "/api/figures/%E2%9C%93",
        "/api/nothing-here",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert_schema(&doc, "ErrorBody", &r.json());
    }
}

#[tokio::test]
async fn alerts_page_through_and_filter() {
    let app = app().await;
    let doc = openapi(&app).await;

    let all = get(&app, "/api/alerts").await;
    assert_eq!(all.status, StatusCode::OK);
    let all = all.json();
    assert_schema(&doc, "AlertPage", &all);
    let ids: Vec<&str> = all["alerts"]
        .as_array()
        .expect("alerts")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(ids, ["al-3", "al-2", "al-1"]);
    assert!(all["next_before"].is_null());
    let changed = &all["alerts"][1];
    assert_eq!(changed["display"], "1.9M → 2.3M vehicles");
    assert_eq!(
        changed["previous_sources"].as_array().map(Vec::len),
        Some(2)
    );

    // Pages of one, following next_before, give every alert exactly once.
    let mut seen = Vec::new();
    let mut uri = "/api/alerts?limit=1".to_string();
    for _ in 0..10 {
        let page = get(&app, &uri).await.json();
        assert_schema(&doc, "AlertPage", &page);
        for a in page["alerts"].as_array().expect("alerts") {
            seen.push(a["id"].as_str().unwrap_or_default().to_string());
        }
        match page["next_before"].as_i64() {
            Some(b) => uri = format!("/api/alerts?limit=1&before={b}"),
            None => break,
        }
    }
    // The last full page points at an empty one.
    assert_eq!(seen, ["al-3", "al-2", "al-1"]);

    let none = get(&app, "/api/alerts?figure=quiet-figure").await.json();
    assert_eq!(none["alerts"].as_array().map(Vec::len), Some(0));
    let acme = get(&app, "/api/alerts?figure=acme-recall&limit=2")
        .await
        .json();
    assert_eq!(acme["alerts"].as_array().map(Vec::len), Some(2));
    assert!(acme["next_before"].is_i64());

    // Time filters apply to when the alert was raised (now, in this test).
    let future = get(&app, "/api/alerts?since=2999-01-01").await.json();
    assert_eq!(future["alerts"].as_array().map(Vec::len), Some(0));
    let past = get(
        &app,
        "/api/alerts?since=2000-01-01T00:00:00Z&until=2999-01-01",
    )
    .await
    .json();
    assert_eq!(past["alerts"].as_array().map(Vec::len), Some(3));
    let until_past = get(&app, "/api/alerts?until=2000-01-01").await.json();
    assert_eq!(until_past["alerts"].as_array().map(Vec::len), Some(0));

    for bad in [
        "limit=0",
        "limit=100000",
        "limit=abc",
        "before=x",
        "since=soon",
        "until=2026-13-01",
        "until=",
        "limit=",
    ] {
        let r = get(&app, &format!("/api/alerts?{bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_schema(&doc, "ErrorBody", &r.json());
        assert!(r.json()["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
}

#[tokio::test]
async fn sources_report_feed_health() {
    let app = app().await;
    let doc = openapi(&app).await;
    let v = get(&app, "/api/sources").await.json();
    assert_schema(&doc, "SourceList", &v);
    let rows: Vec<(&str, &str, bool)> = v["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| {
            (
                s["url"].as_str().unwrap_or_default(),
                s["status"].as_str().unwrap_or_default(),
                s["configured"].as_bool().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("https://a.example/feed.xml", "ok", true),
            ("https://b.example/rss", "failing", true),
            ("https://c.example/page", "never_fetched", true),
            ("https://old.example/feed", "ok", false),
        ]
    );
    assert_eq!(v["sources"][0]["name"], "Alpha News");
    assert_eq!(v["sources"][0]["items_seen"], 42);
    assert_eq!(v["sources"][1]["last_error"], "HTTP 503");
    assert_eq!(v["sources"][2]["kind"], "page");
}

#[tokio::test]
async fn health_and_readiness() {
    let state = state_with(seeded_store().await, Registry::default(), Some("tok")).await;
    let ready = state.ready.clone();
    let app = newswatch_api::router(state);
    // Both stay open when a token is set.
    let r = get(&app, "/healthz").await;
    assert_eq!(
        (r.status, r.json()["status"].as_str()),
        (StatusCode::OK, Some("ok"))
    );
    let r = get(&app, "/readyz").await;
    assert_eq!(
        (r.status, r.json()["status"].as_str()),
        (StatusCode::OK, Some("ready"))
    );
    ready.set(false);
    let r = get(&app, "/readyz").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.json()["status"], "not_ready");
    ready.set(true);
    assert_eq!(get(&app, "/readyz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn metrics_expose_the_shared_registry() {
    let mut registry = Registry::default();
    let m = StageMetrics::register(&mut registry);
    m.emitted
        .get_or_create(&StageMetrics::label("normalizer"))
        .inc_by(3);
    m.latency
        .get_or_create(&StageMetrics::label("extractor"))
        .observe(0.002);
    let app = newswatch_api::router(state_with(seeded_store().await, registry, None).await);
    let r = get(&app, "/metrics").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.header(header::CONTENT_TYPE)
            .starts_with("application/openmetrics-text")
    );
    assert!(
        r.body
            .contains("newswatch_stage_emitted_total{stage=\"normalizer\"} 3"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("newswatch_stage_latency_seconds_count{stage=\"extractor\"} 1"),
        "{}",
        r.body
    );
    assert!(r.body.trim_end().ends_with("# EOF"));
    // Counters are live: the registry is shared, not copied.
    m.emitted
        .get_or_create(&StageMetrics::label("normalizer"))
        .inc();
    assert!(
        get(&app, "/metrics")
            .await
            .body
            .contains("newswatch_stage_emitted_total{stage=\"normalizer\"} 4")
    );
}

fn with_header(uri: &str, name: header::HeaderName, value: &str) -> Request<Body> {
    Request::get(uri)
        .header(name, value)
        .body(Body::empty())
        .expect("request")
}

#[tokio::test]
async fn bearer_token_protects_api_metrics_and_pages() {
    let app = newswatch_api::router(
        state_with(
            seeded_store().await,
            Registry::default(),
            Some("s3cret-token"),
        )
        .await,
    );
    for uri in [
        "/api/figures",
        "/api/figures/acme-recall",
        "/api/alerts",
        "/api/sources",
        "/metrics",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{uri}");
        assert!(r.header(header::WWW_AUTHENTICATE).starts_with("Bearer"));
        assert!(!r.body.contains("s3cret"));
        let r = send(
            &app,
            with_header(uri, header::AUTHORIZATION, "Bearer wrong"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{uri}");
        let r = send(
            &app,
            with_header(uri, header::AUTHORIZATION, "Bearer s3cret-token"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
    }
    // Other schemes and a prefix of the token are refused.
    for value in [
        "Basic s3cret-token",
        "Bearer s3cret",
        "s3cret-token",
        "Bearer s3cret-token2",
    ] {
        let r = send(
            &app,
            with_header("/api/figures", header::AUTHORIZATION, value),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{value}");
    }
    // The document stays readable so clients can discover the API.
    assert_eq!(get(&app, "/api/openapi.json").await.status, StatusCode::OK);

    // Pages answer with the sign-in form.
    let r = get(&app, "/figures/acme-recall").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("name=\"token\"") && r.body.contains("value=\"/figures/acme-recall\""));
    assert_eq!(get(&app, "/static/style.css").await.status, StatusCode::OK);

    // Signing in sets a cookie that is not the token and that opens the pages.
    let login = |token: &str| {
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "token={token}&next=%2Ffigures%2Facme-recall"
            )))
            .expect("request")
    };
    let r = send(&app, login("nope")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.header(header::SET_COOKIE).is_empty());
    let r = send(&app, login("s3cret-token")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header(header::LOCATION), "/figures/acme-recall");
    let cookie = r.header(header::SET_COOKIE);
    assert!(
        cookie.contains("HttpOnly") && !cookie.contains("s3cret"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().unwrap_or_default().to_string();
    let r = send(
        &app,
        with_header("/figures/acme-recall", header::COOKIE, &pair),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let r = send(
        &app,
        with_header("/", header::COOKIE, "newswatch_session=s3cret-token"),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn openapi_document_describes_every_route() {
    let app = app().await;
    let doc = openapi(&app).await;
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1"))
    );
    for path in [
        "/api/figures",
        "/api/figures/{id}",
        "/api/alerts",
        "/api/sources",
        "/api/openapi.json",
        "/healthz",
        "/readyz",
        "/metrics",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} missing");
    }
    let params: Vec<&str> = doc["paths"]["/api/alerts"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(params, ["figure", "since", "until", "before", "limit"]);
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    // The schema check is not vacuous: a wrong shape fails it.
    let bad = serde_json::json!({"figures": [{"id": 3}]});
    let result = std::panic::catch_unwind(|| assert_schema(&doc, "FigureList", &bad));
    assert!(result.is_err(), "a malformed FigureList passed the schema");
}

#[tokio::test]
async fn serves_on_loopback_and_stops_on_cancel() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let state: ApiState = state_with(seeded_store().await, Registry::default(), None).await;
    let cancel = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn(newswatch_api::serve_on(state, listener, cancel.clone()));

    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(
        b"GET /api/figures/acme-recall HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await
    .expect("write");
    let mut buf = String::new();
    s.read_to_string(&mut buf).await.expect("read");
    assert!(buf.starts_with("HTTP/1.1 200"), "{buf}");
    assert!(buf.contains("\"claim_id\":\"c3\""));

    cancel.cancel();
    let done = tokio::time::timeout(std::time::Duration::from_secs(10), server).await;
    assert!(
        matches!(done, Ok(Ok(Ok(())))),
        "server did not stop cleanly: {done:?}"
    );
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "still listening"
    );
}

#[tokio::test]
async fn serve_reports_a_bind_failure() {
    let taken = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = taken.local_addr().expect("addr");
    let state = ApiState::new(
        seeded_store().await,
        Arc::new(config()),
        Arc::new(Registry::default()),
    );
    let err = newswatch_api::serve(state, addr, tokio_util::sync::CancellationToken::new()).await;
    assert!(
        matches!(err, Err(newswatch_api::ApiError::Bind { .. })),
        "{err:?}"
    );
}
