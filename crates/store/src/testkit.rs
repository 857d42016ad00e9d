//! Behaviour every [`Store`] implementation must show. The SQLite tests and
//! the PostgreSQL integration tests both run these against a fresh store.

use crate::{AlertQuery, ClaimUpdate, DeliveryStatus, FeedState, Store};
use chrono::{Duration, TimeZone, Utc};
use newswatch_wire::{Alert, AlertKind, Bound, Claim, Measure, QuantityKind, WIRE_VERSION};

/// A claim with the given id and value, for tests.
pub fn claim(id: &str, value: f64) -> Claim {
    Claim {
        v: WIRE_VERSION,
        id: id.into(),
        article_id: format!("art-{id}"),
        figure: Some("fig".into()),
        subject: Some("Acme".into()),
        metric: Some("recalled units".into()),
        object: None,
        measure: Measure::Level,
        value,
        value_max: None,
        unit: "vehicles".into(),
        kind: QuantityKind::Count,
        bound: Bound::Exact,
        trend: None,
        as_of: None,
        quote: format!("Acme recalled {value} vehicles"),
        start: 0,
        end: 3,
        source_url: format!("https://example.org/{id}"),
        source_title: None,
        source_name: None,
        published_at: Some(
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
                .single()
                .unwrap_or_default(),
        ),
        duplicate_of: None,
    }
}

/// An alert for a claim, for tests.
pub fn alert(id: &str, c: &Claim) -> Alert {
    Alert {
        v: WIRE_VERSION,
        id: id.into(),
        figure: "fig".into(),
        name: "Acme recall".into(),
        from: Some(1.0),
        to: c.value,
        unit: c.unit.clone(),
        bound: c.bound,
        source_url: c.source_url.clone(),
        source_title: None,
        published_at: c.published_at,
        quote: c.quote.clone(),
        previous_sources: vec![],
        kind: AlertKind::Changed,
        claim_id: c.id.clone(),
        as_of: None,
    }
}

fn update(c: Claim, alerts: Vec<Alert>) -> ClaimUpdate {
    ClaimUpdate {
        figure: "fig".into(),
        verdict: "changed".into(),
        state: Some(serde_json::json!({ "value": c.value })),
        alerts,
        claim: c,
    }
}

/// Run every conformance check; panics with a message on the first failure.
pub async fn conformance(store: &dyn Store) {
    claims_are_idempotent_and_outbox_is_atomic(store).await;
    outbox_lifecycle(store).await;
    feeds_and_items(store).await;
    figure_state_without_claim(store).await;
}

async fn figure_state_without_claim(store: &dyn Store) {
    let sinks = vec!["stdout".to_string(), "hook".to_string()];
    let c9 = claim("c9", 130.0);
    let a9 = alert("a9", &c9);
    let fresh = store
        .put_figure_state(
            "fig",
            serde_json::json!({ "value": 130.0 }),
            vec![a9.clone(), alert("a2", &c9)],
            &sinks,
        )
        .await
        .expect("put state");
    assert_eq!(
        fresh,
        ["a9"],
        "an alert id already stored is not enqueued again"
    );
    let state = store
        .figure_state("fig")
        .await
        .expect("state")
        .expect("present");
    assert_eq!(state["value"], 130.0);
    let figs = store.figures().await.expect("figures");
    assert_eq!(figs[0].claims, 3, "a state update is not a claim");
    let due = store
        .due_deliveries(Utc::now() + Duration::days(1), 100)
        .await
        .expect("due");
    assert_eq!(due.iter().filter(|d| d.alert.id == "a9").count(), 2);
    let again = store
        .put_figure_state(
            "fig",
            serde_json::json!({ "value": 131.0 }),
            vec![a9],
            &sinks,
        )
        .await
        .expect("put again");
    assert!(again.is_empty());
    store
        .put_figure_state("fig2", serde_json::json!({ "value": 1.0 }), vec![], &sinks)
        .await
        .expect("new figure");
    let figs = store.figures().await.expect("figures");
    assert_eq!(figs.len(), 2);
    assert_eq!(figs[1].figure, "fig2");
    assert_eq!(figs[1].claims, 0);
}

async fn claims_are_idempotent_and_outbox_is_atomic(store: &dyn Store) {
    let sinks = vec!["stdout".to_string(), "hook".to_string()];
    let c1 = claim("c1", 100.0);
    assert!(
        store
            .apply_claim(update(c1.clone(), vec![]), &sinks)
            .await
            .expect("apply c1")
    );
    assert!(
        !store
            .apply_claim(update(c1.clone(), vec![]), &sinks)
            .await
            .expect("re-apply c1"),
        "second apply must be a no-op"
    );
    assert!(store.claim_applied("c1").await.expect("lookup"));
    assert!(!store.claim_applied("nope").await.expect("lookup"));
    let c2 = claim("c2", 120.0);
    let a2 = alert("a2", &c2);
    assert!(
        store
            .apply_claim(update(c2.clone(), vec![a2.clone()]), &sinks)
            .await
            .expect("apply c2")
    );
    let state = store
        .figure_state("fig")
        .await
        .expect("state")
        .expect("present");
    assert_eq!(state["value"], 120.0);
    let hist = store.figure_history("fig").await.expect("history");
    assert_eq!(
        hist.iter().map(|h| h.claim.id.as_str()).collect::<Vec<_>>(),
        ["c1", "c2"]
    );
    let figs = store.figures().await.expect("figures");
    assert_eq!(figs.len(), 1);
    assert_eq!(figs[0].claims, 2);
    let due = store
        .due_deliveries(Utc::now() + Duration::seconds(1), 10)
        .await
        .expect("due");
    assert_eq!(due.len(), 2, "one delivery per sink");
    assert!(
        due.iter()
            .all(|d| d.alert == a2 && d.status == DeliveryStatus::Pending)
    );
    let alerts = store
        .alerts(&AlertQuery {
            limit: 10,
            ..Default::default()
        })
        .await
        .expect("alerts");
    assert_eq!(alerts.len(), 1);
    // The same alert id from another claim does not enqueue twice.
    let c3 = claim("c3", 120.0);
    store
        .apply_claim(update(c3, vec![a2.clone()]), &sinks)
        .await
        .expect("apply c3");
    assert_eq!(
        store
            .due_deliveries(Utc::now() + Duration::seconds(1), 10)
            .await
            .expect("due")
            .len(),
        2
    );
    assert!(
        store
            .mark_article("art1", "https://e.org/1", None)
            .await
            .expect("mark")
    );
    assert!(
        !store
            .mark_article("art1", "https://e.org/1", None)
            .await
            .expect("mark")
    );
}

async fn outbox_lifecycle(store: &dyn Store) {
    let now = Utc::now() + Duration::seconds(1);
    store
        .mark_delivered("a2", "stdout", now)
        .await
        .expect("delivered");
    let later = now + Duration::seconds(60);
    store
        .mark_failed("a2", "hook", "HTTP 500", Some(later))
        .await
        .expect("failed");
    assert!(
        store.due_deliveries(now, 10).await.expect("due").is_empty(),
        "not due before its next attempt"
    );
    let due = store.due_deliveries(later, 10).await.expect("due");
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].attempts, 1);
    assert_eq!(due[0].last_error.as_deref(), Some("HTTP 500"));
    store
        .mark_failed("a2", "hook", "HTTP 500 again", None)
        .await
        .expect("dead");
    let dead = store
        .deliveries(Some(DeliveryStatus::Dead), 10)
        .await
        .expect("dead list");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].attempts, 2);
    let delivered = store
        .deliveries(Some(DeliveryStatus::Delivered), 10)
        .await
        .expect("delivered list");
    assert_eq!(delivered.len(), 1);
    assert!(delivered[0].delivered_at.is_some());
    assert_eq!(store.requeue_dead(None, later).await.expect("requeue"), 1);
    assert_eq!(store.due_deliveries(later, 10).await.expect("due").len(), 1);
}

async fn feeds_and_items(store: &dyn Store) {
    assert!(
        store
            .feed_state("https://e.org/rss")
            .await
            .expect("get")
            .is_none()
    );
    let s = FeedState {
        url: "https://e.org/rss".into(),
        etag: Some("\"x\"".into()),
        consecutive_failures: 2,
        ..Default::default()
    };
    store.put_feed_state(&s).await.expect("put");
    let mut s2 = s.clone();
    s2.items_seen = 7;
    store.put_feed_state(&s2).await.expect("put again");
    assert_eq!(
        store.feed_state("https://e.org/rss").await.expect("get"),
        Some(s2)
    );
    assert_eq!(store.feed_states().await.expect("all").len(), 1);
    let fresh = store
        .mark_items_seen(&["a".into(), "b".into()])
        .await
        .expect("seen");
    assert_eq!(fresh, ["a", "b"]);
    let fresh = store
        .mark_items_seen(&["b".into(), "c".into()])
        .await
        .expect("seen");
    assert_eq!(fresh, ["c"]);
    unseen_items_is_read_only(store).await;
}

async fn unseen_items_is_read_only(store: &dyn Store) {
    let keys = |ks: &[&str]| ks.iter().map(|k| k.to_string()).collect::<Vec<String>>();
    assert!(
        store.unseen_items(&[]).await.expect("unseen").is_empty(),
        "no keys asked, none unseen"
    );
    // "a", "b", "c" were marked seen above; input order kept, each key once.
    let asked = keys(&["e", "a", "d", "e", "b", "c", "d"]);
    assert_eq!(
        store.unseen_items(&asked).await.expect("unseen"),
        ["e", "d"]
    );
    // Asking marks nothing: same answer again, and marking still finds the
    // keys fresh.
    assert_eq!(
        store.unseen_items(&asked).await.expect("unseen"),
        ["e", "d"]
    );
    assert_eq!(
        store
            .mark_items_seen(&keys(&["d", "a"]))
            .await
            .expect("seen"),
        ["d"]
    );
    assert_eq!(store.unseen_items(&asked).await.expect("unseen"), ["e"]);
    assert!(
        store
            .unseen_items(&keys(&["a", "b", "c", "d"]))
            .await
            .expect("unseen")
            .is_empty()
    );
}
