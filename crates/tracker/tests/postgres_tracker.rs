//! The tracker and dispatcher on the PostgreSQL store (needs
//! NEWSWATCH_TEST_PG_URL; prints SKIPPED otherwise).

use newswatch_config::Config;
use newswatch_store::{DeliveryStatus, PostgresStore, SharedStore};
use newswatch_tracker::sinks::JsonlSink;
use newswatch_tracker::{AlertSink, Dispatcher, RetryPolicy, Tracker, render_figure};
use newswatch_wire::{Bound, Claim, Measure, QuantityKind, WIRE_VERSION};
use std::sync::Arc;

fn url() -> Option<String> {
    match std::env::var("NEWSWATCH_TEST_PG_URL") {
        Ok(u) if !u.trim().is_empty() => Some(u),
        _ => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: NEWSWATCH_TEST_PG_URL is not set; tracker-on-PostgreSQL test did not run"
            );
            None
        }
    }
}

fn claim(id: &str, value: f64, day: u32, as_of: Option<&str>, figure: &str) -> Claim {
    Claim {
        v: WIRE_VERSION,
        id: id.into(),
        article_id: format!("art-{id}"),
        figure: Some(figure.into()),
        subject: Some("Amazon".into()),
        metric: Some("investment".into()),
        object: None,
        measure: Measure::Level,
        value,
        value_max: None,
        unit: "USD".into(),
        kind: QuantityKind::Money,
        bound: Bound::Exact,
        trend: None,
        as_of: as_of.and_then(|p| p.parse().ok()),
        quote: format!("total of {value}"),
        start: 0,
        end: 1,
        source_url: format!("https://{id}.example/story"),
        source_title: None,
        source_name: None,
        published_at: chrono::NaiveDate::from_ymd_opt(2026, 4, day)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .map(|d| d.and_utc()),
        duplicate_of: None,
    }
}

#[tokio::test]
async fn tracker_and_dispatcher_work_on_postgres() {
    let Some(url) = url() else { return };
    let pg =
        PostgresStore::connect_in_schema(&url, &format!("nw_test_tracker_{}", std::process::id()))
            .await
            .expect("connect");
    let store: SharedStore = Arc::new(pg.clone());
    let cfg = Config::parse(
        r#"
[[figures]]
id = "total"
name = "Total"
subject = "Amazon"
metric = "investment"
unit = "USD"

[[figures]]
id = "confirmed"
name = "Confirmed"
subject = "Amazon"
metric = "investment"
unit = "USD"
debounce = "1h"
"#,
        std::path::Path::new("."),
    )
    .expect("config");
    let sinks = vec!["file".to_string()];
    let claims = [
        claim("a", 8e9, 1, None, "total"),
        claim("b", 8e9, 2, None, "total"),
        claim("c", 13e9, 3, None, "total"),
        claim("d", 6.75e9, 3, Some("2024-03"), "total"),
        claim("e", 1.0, 1, None, "confirmed"),
        claim("f", 2.0, 2, None, "confirmed"),
    ];
    let mut t = Tracker::new(&cfg, store.clone(), sinks.clone());
    let mut alerts = Vec::new();
    for c in &claims {
        alerts.extend(t.apply(c).await.expect("apply"));
    }
    assert_eq!(alerts.len(), 1);
    assert_eq!((alerts[0].from, alerts[0].to), (Some(8e9), 13e9));
    // The debounced change is released by time (put_figure_state path).
    let late = chrono::NaiveDate::from_ymd_opt(2026, 4, 2)
        .and_then(|d| d.and_hms_opt(11, 0, 0))
        .map(|d| d.and_utc())
        .expect("time");
    let released = t.release_due(late).await.expect("release");
    assert_eq!(released.len(), 1);
    assert_eq!(released[0].figure, "confirmed");
    // Replay from a fresh process: nothing new.
    let mut t2 = Tracker::new(&cfg, store.clone(), sinks.clone());
    for c in &claims {
        assert!(t2.apply(c).await.expect("replay").is_empty());
    }
    assert!(t2.release_due(late).await.expect("release").is_empty());
    let shown = render_figure(store.as_ref(), &cfg, "total")
        .await
        .expect("render");
    assert!(shown.contains("current: 13,000,000,000 USD"), "{shown}");
    assert!(shown.contains("historical"), "{shown}");
    // Deliver.
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("alerts.jsonl");
    let sink: Arc<dyn AlertSink> = Arc::new(JsonlSink::new("file".into(), path.clone(), None));
    let stats = Dispatcher::new(store.clone(), vec![sink], RetryPolicy::default())
        .drain()
        .await
        .expect("drain");
    assert_eq!(stats.delivered, 2);
    assert_eq!(
        std::fs::read_to_string(&path)
            .expect("file")
            .lines()
            .count(),
        2
    );
    assert_eq!(
        store
            .deliveries(Some(DeliveryStatus::Delivered), 10)
            .await
            .expect("list")
            .len(),
        2
    );
    pg.drop_schema().await.expect("drop");
}
