//! Sinks and the dispatcher against local HTTP servers on 127.0.0.1:
//! success, 500, timeout and slow answers; retries, dead letters, secrets.

use newswatch_store::{ClaimUpdate, DeliveryStatus, SharedStore, SqliteStore, testkit};
use newswatch_tracker::sinks::{SlackSink, WebhookSink, sign};
use newswatch_tracker::{AlertSink, Dispatcher, RetryPolicy, SinkError, render_outbox};
use newswatch_wire::Alert;
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "shared-secret-for-tests";

fn alert(id: &str) -> Alert {
    let c = testkit::claim(&format!("claim-{id}"), 120.0);
    let mut a = testkit::alert(id, &c);
    a.source_title = Some("Acme expands recall".into());
    a
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().build().expect("client")
}

fn webhook(url: String, timeout: Duration) -> WebhookSink {
    WebhookSink::new(
        "hook".into(),
        client(),
        url,
        Some(SECRET.into()),
        timeout,
        None,
    )
}

async fn server_with(status: u16, delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    assert!(
        server.uri().starts_with("http://127.0.0.1:"),
        "{}",
        server.uri()
    );
    Mock::given(method("POST"))
        .and(path("/hook"))
        .respond_with(ResponseTemplate::new(status).set_delay(delay))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn webhook_success_is_signed_and_carries_an_idempotency_key() {
    let server = server_with(204, Duration::ZERO).await;
    let sink = webhook(format!("{}/hook", server.uri()), Duration::from_secs(5));
    let a = alert("a1");
    sink.deliver(&a).await.expect("delivered");
    let reqs = server.received_requests().await.expect("recorded");
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    let header = |k: &str| {
        r.headers
            .get(k)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .unwrap_or_default()
    };
    assert_eq!(header("content-type"), "application/json");
    assert_eq!(header("idempotency-key"), "a1");
    let ts: i64 = header("x-newswatch-timestamp").parse().expect("timestamp");
    assert!((chrono::Utc::now().timestamp() - ts).abs() < 60);
    assert_eq!(header("x-newswatch-signature"), sign(SECRET, ts, &r.body));
    assert_ne!(header("x-newswatch-signature"), sign("other", ts, &r.body));
    let body: Alert = serde_json::from_slice(&r.body).expect("alert json");
    assert_eq!(body, a);
}

#[tokio::test]
async fn webhook_non_2xx_is_a_failure() {
    for status in [500u16, 404, 302] {
        let server = server_with(status, Duration::ZERO).await;
        let sink = webhook(format!("{}/hook", server.uri()), Duration::from_secs(5));
        match sink.deliver(&alert("a1")).await {
            Err(SinkError::Status { status: s, .. }) => assert_eq!(s, status),
            other => panic!("{status}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn webhook_timeout_fails_and_slow_within_timeout_succeeds() {
    let server = server_with(200, Duration::from_millis(1500)).await;
    let url = format!("{}/hook", server.uri());
    let started = std::time::Instant::now();
    let err = webhook(url.clone(), Duration::from_millis(200))
        .deliver(&alert("a1"))
        .await
        .expect_err("times out");
    assert!(matches!(err, SinkError::Timeout(_)), "{err}");
    assert!(started.elapsed() < Duration::from_millis(1200));
    webhook(url, Duration::from_secs(5))
        .deliver(&alert("a1"))
        .await
        .expect("slow but in time");
}

#[tokio::test]
async fn slack_gets_block_kit_and_fails_on_500_and_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/services/T0/B0/XYZ"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/broken"))
        .respond_with(ResponseTemplate::new(500).set_body_string("invalid_payload"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(2)))
        .mount(&server)
        .await;
    let sink = |p: &str, t: Duration| {
        SlackSink::new(
            "slack".into(),
            client(),
            format!("{}{p}", server.uri()),
            t,
            None,
        )
    };
    let a = alert("a1");
    sink("/services/T0/B0/XYZ", Duration::from_secs(5))
        .deliver(&a)
        .await
        .expect("delivered");
    let reqs = server.received_requests().await.expect("recorded");
    let body: serde_json::Value = serde_json::from_slice(&reqs[0].body).expect("json");
    assert!(
        body["text"]
            .as_str()
            .expect("text")
            .starts_with("ALERT changed fig")
    );
    let blocks = body["blocks"].to_string();
    assert!(blocks.contains("1 vehicles → *120 vehicles*"), "{blocks}");
    assert!(blocks.contains("<https://example.org/claim-a1|Acme expands recall>"));
    assert!(blocks.contains("Acme recalled 120 vehicles"));
    match sink("/broken", Duration::from_secs(5)).deliver(&a).await {
        Err(SinkError::Status { status: 500, body }) => assert_eq!(body, "invalid_payload"),
        other => panic!("{other:?}"),
    }
    let err = sink("/slow", Duration::from_millis(200))
        .deliver(&a)
        .await
        .expect_err("timeout");
    assert!(matches!(err, SinkError::Timeout(_)));
}

#[tokio::test]
async fn secret_urls_never_appear_in_errors_or_debug_output() {
    // A port nothing listens on: bind, learn the port, close.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let url = format!("http://127.0.0.1:{port}/services/TOKEN-abc123");
    let slack = SlackSink::new(
        "slack".into(),
        client(),
        url.clone(),
        Duration::from_secs(2),
        None,
    );
    let err = slack.deliver(&alert("a1")).await.expect_err("refused");
    let msg = err.to_string();
    assert!(matches!(err, SinkError::Request(_)), "{msg}");
    assert!(!msg.contains("TOKEN-abc123"), "{msg}");
    assert!(!format!("{slack:?}").contains("TOKEN-abc123"));
    let hook = webhook(url, Duration::from_secs(2));
    assert!(!format!("{hook:?}").contains(SECRET));
    assert!(!format!("{hook:?}").contains("TOKEN-abc123"));
}

// ---- dispatcher ----

fn fast_policy(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(100),
        jitter: 0.5,
        poll_interval: Duration::from_millis(20),
        drain_timeout: Duration::from_secs(10),
        ..RetryPolicy::default()
    }
}

async fn store_with_alerts(ids: &[&str], sinks: &[&str]) -> SharedStore {
    let store: SharedStore = Arc::new(SqliteStore::in_memory().expect("store"));
    let sinks: Vec<String> = sinks.iter().map(|s| s.to_string()).collect();
    for id in ids {
        let c = testkit::claim(&format!("claim-{id}"), 120.0);
        store
            .apply_claim(
                ClaimUpdate {
                    claim: c.clone(),
                    figure: "fig".into(),
                    verdict: "changed".into(),
                    state: Some(serde_json::json!({})),
                    alerts: vec![alert(id)],
                },
                &sinks,
            )
            .await
            .expect("apply");
    }
    store
}

#[tokio::test]
async fn dispatcher_retries_with_backoff_until_delivered() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/hook"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/hook"))
        .respond_with(ResponseTemplate::new(200))
        .with_priority(2)
        .mount(&server)
        .await;
    let store = store_with_alerts(&["a1"], &["hook"]).await;
    let sink: Arc<dyn AlertSink> = Arc::new(webhook(
        format!("{}/hook", server.uri()),
        Duration::from_secs(2),
    ));
    let mut registry = prometheus_client::registry::Registry::default();
    let metrics = newswatch_tracker::DispatchMetrics::register(&mut registry);
    let d =
        Dispatcher::new(store.clone(), vec![sink], fast_policy(5)).with_metrics(metrics.clone());
    let stats = d.drain().await.expect("drain");
    assert_eq!(
        (stats.delivered, stats.failed, stats.dead, stats.pending),
        (1, 2, 0, 0)
    );
    // The same counts reach Prometheus, by sink.
    let hook = newswatch_tracker::dispatch_sink_label("hook");
    assert_eq!(
        (
            metrics.sent.get_or_create(&hook).get(),
            metrics.failed.get_or_create(&hook).get()
        ),
        (1, 2)
    );
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry).expect("encode");
    assert!(
        text.contains("newswatch_alerts_sent_total{sink=\"hook\"} 1"),
        "{text}"
    );
    let done = store
        .deliveries(Some(DeliveryStatus::Delivered), 10)
        .await
        .expect("list");
    assert_eq!(done.len(), 1);
    assert_eq!(done[0].attempts, 3);
    let reqs = server.received_requests().await.expect("recorded");
    assert_eq!(reqs.len(), 3);
    // Every retry carries the same idempotency key.
    assert!(reqs.iter().all(|r| {
        r.headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok())
            == Some("a1")
    }));
    // Nothing left: a second drain sends nothing.
    assert_eq!(d.drain().await.expect("drain").delivered, 0);
    assert_eq!(server.received_requests().await.expect("recorded").len(), 3);
}

#[tokio::test]
async fn dispatcher_moves_a_failing_delivery_to_dead_after_max_attempts() {
    let server = server_with(500, Duration::ZERO).await;
    let store = store_with_alerts(&["a1", "a2"], &["hook", "gone"]).await;
    let sink: Arc<dyn AlertSink> = Arc::new(webhook(
        format!("{}/hook", server.uri()),
        Duration::from_secs(2),
    ));
    let d = Dispatcher::new(store.clone(), vec![sink.clone()], fast_policy(3));
    let stats = d.drain().await.expect("drain");
    // 2 alerts x 3 attempts to the failing hook; the unknown sink dies at once.
    assert_eq!(
        (stats.delivered, stats.failed, stats.dead, stats.pending),
        (0, 8, 4, 0)
    );
    assert_eq!(server.received_requests().await.expect("r").len(), 6);
    let dead = store
        .deliveries(Some(DeliveryStatus::Dead), 10)
        .await
        .expect("dead");
    assert_eq!(dead.len(), 4);
    let hook_dead: Vec<_> = dead.iter().filter(|e| e.sink == "hook").collect();
    assert!(
        hook_dead
            .iter()
            .all(|e| e.attempts == 3 && e.last_error.as_deref() == Some("HTTP 500"))
    );
    let gone = dead.iter().find(|e| e.sink == "gone").expect("gone");
    assert_eq!(gone.attempts, 1);
    assert!(
        gone.last_error
            .as_deref()
            .unwrap_or("")
            .contains("no sink named \"gone\"")
    );
    // The dead-letter view.
    let view = render_outbox(store.as_ref(), Some(DeliveryStatus::Dead))
        .await
        .expect("render");
    assert!(view.starts_with("CREATED"), "{view}");
    assert_eq!(
        view.lines().filter(|l| l.contains("  dead  ")).count(),
        4,
        "{view}"
    );
    assert!(view.contains("HTTP 500"));
    assert!(view.trim_end().ends_with("4 dead deliveries"));
    // Requeued, the endpoint now works: delivered.
    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    store
        .requeue_dead(Some("a1"), chrono::Utc::now())
        .await
        .expect("requeue");
    let d = Dispatcher::new(store.clone(), vec![sink], fast_policy(3));
    let stats = d.drain().await.expect("drain");
    // a1 to hook delivered; a1 to the unconfigured sink is dead again.
    assert_eq!((stats.delivered, stats.dead), (1, 1));
}

#[tokio::test]
async fn drain_gives_up_after_its_timeout_and_leaves_work_pending() {
    let server = server_with(500, Duration::ZERO).await;
    let store = store_with_alerts(&["a1"], &["hook"]).await;
    let sink: Arc<dyn AlertSink> = Arc::new(webhook(
        format!("{}/hook", server.uri()),
        Duration::from_secs(2),
    ));
    let policy = RetryPolicy {
        base_delay: Duration::from_secs(30),
        max_delay: Duration::from_secs(60),
        drain_timeout: Duration::from_millis(300),
        ..fast_policy(10)
    };
    let started = std::time::Instant::now();
    let stats = Dispatcher::new(store, vec![sink], policy)
        .drain()
        .await
        .expect("drain");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!((stats.failed, stats.pending), (1, 1));
}

#[tokio::test]
async fn run_delivers_new_outbox_entries_until_cancelled() {
    let server = server_with(200, Duration::ZERO).await;
    let store = store_with_alerts(&["a1"], &["hook"]).await;
    let sink: Arc<dyn AlertSink> = Arc::new(webhook(
        format!("{}/hook", server.uri()),
        Duration::from_secs(2),
    ));
    let d = Arc::new(Dispatcher::new(store.clone(), vec![sink], fast_policy(3)));
    let cancel = CancellationToken::new();
    let task = tokio::spawn({
        let d = d.clone();
        let cancel = cancel.clone();
        async move { d.run(cancel).await }
    });
    // An alert queued while the dispatcher runs is picked up too.
    let c = testkit::claim("claim-late", 130.0);
    store
        .apply_claim(
            ClaimUpdate {
                claim: c,
                figure: "fig".into(),
                verdict: "changed".into(),
                state: None,
                alerts: vec![alert("late")],
            },
            &["hook".to_string()],
        )
        .await
        .expect("apply");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let done = store
            .deliveries(Some(DeliveryStatus::Delivered), 10)
            .await
            .expect("list");
        if done.len() == 2 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not delivered in time"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    cancel.cancel();
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .expect("run stops on cancel")
        .expect("no panic");
    assert_eq!(server.received_requests().await.expect("r").len(), 2);
}
