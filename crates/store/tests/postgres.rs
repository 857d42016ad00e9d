//! The PostgreSQL backend against a real server. Set NEWSWATCH_TEST_PG_URL
//! (e.g. `postgres://postgres@127.0.0.1:5432/newswatch_test`); CI does.
//! Each test works in a fresh schema that it drops at the end.

use newswatch_store::{PostgresStore, Store, StoreError, testkit};

fn url() -> Option<String> {
    match std::env::var("NEWSWATCH_TEST_PG_URL") {
        Ok(u) if !u.trim().is_empty() => Some(u),
        _ => {
            // Written past the test harness's capture so it always shows.
            // CI sets the variable, so this only appears on local runs.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: NEWSWATCH_TEST_PG_URL is not set; PostgreSQL tests did not run"
            );
            None
        }
    }
}

fn schema(tag: &str) -> String {
    format!("nw_test_{tag}_{}", std::process::id())
}

#[tokio::test]
async fn postgres_store_conforms() {
    let Some(url) = url() else { return };
    let s = PostgresStore::connect_in_schema(&url, &schema("conf"))
        .await
        .expect("connect");
    assert_eq!(s.backend(), "postgres");
    testkit::conformance(&s).await;
    s.drop_schema().await.expect("drop");
}

#[tokio::test]
async fn migrations_run_once_and_data_survives_reconnect() {
    let Some(url) = url() else { return };
    let name = schema("mig");
    {
        let s = PostgresStore::connect_in_schema(&url, &name)
            .await
            .expect("connect");
        testkit::conformance(&s).await;
    }
    // Two processes starting together: the advisory lock serialises them.
    let (a, b) = tokio::join!(
        PostgresStore::connect_in_schema(&url, &name),
        PostgresStore::connect_in_schema(&url, &name)
    );
    let (a, b) = (a.expect("a"), b.expect("b"));
    assert!(a.claim_applied("c1").await.expect("lookup"));
    assert!(b.claim_applied("c2").await.expect("lookup"));
    assert_eq!(a.schema_version().await.expect("version"), 1);
    a.drop_schema().await.expect("drop");
}

#[tokio::test]
async fn concurrent_apply_of_the_same_claim_applies_once() {
    let Some(url) = url() else { return };
    let s = PostgresStore::connect_in_schema(&url, &schema("race"))
        .await
        .expect("connect");
    let c = testkit::claim("dup", 1.0);
    let a = testkit::alert("alert-dup", &c);
    let sinks = vec!["stdout".to_string()];
    let mk = || newswatch_store::ClaimUpdate {
        claim: c.clone(),
        figure: "fig".into(),
        verdict: "changed".into(),
        state: Some(serde_json::json!({"value": 1.0})),
        alerts: vec![a.clone()],
    };
    let results = futures_join(&s, mk(), mk(), &sinks).await;
    assert_eq!(results.iter().filter(|r| **r).count(), 1, "{results:?}");
    assert_eq!(s.figure_history("fig").await.expect("h").len(), 1);
    assert_eq!(s.figures().await.expect("f")[0].claims, 1);
    assert_eq!(s.deliveries(None, 10).await.expect("d").len(), 1);
    s.drop_schema().await.expect("drop");
}

async fn futures_join(
    s: &PostgresStore,
    a: newswatch_store::ClaimUpdate,
    b: newswatch_store::ClaimUpdate,
    sinks: &[String],
) -> Vec<bool> {
    let (x, y) = tokio::join!(s.apply_claim(a, sinks), s.apply_claim(b, sinks));
    vec![x.expect("x"), y.expect("y")]
}

#[tokio::test]
async fn bad_connection_strings_and_schemas_are_clear_errors() {
    let err = PostgresStore::connect("postgres://u:topsecret@127.0.0.1:1/db")
        .await
        .expect_err("nothing listens on port 1");
    let msg = err.to_string();
    assert!(matches!(err, StoreError::Open { .. }), "{msg}");
    assert!(!msg.contains("topsecret"), "{msg}");
    let err = PostgresStore::connect_in_schema("postgres://127.0.0.1/db", "x; DROP TABLE y")
        .await
        .expect_err("bad schema");
    assert!(err.to_string().contains("schema names"));
}

#[tokio::test]
async fn open_uses_postgres_when_configured() {
    let Some(_url) = url() else { return };
    // `open` reads the URL from the variable the config names.
    let cfg = newswatch_config::Config::parse(
        "[store]\nkind = \"postgres\"\nurl_env = \"NEWSWATCH_TEST_PG_URL\"\n",
        std::path::Path::new("."),
    )
    .expect("config");
    let store = newswatch_store::open(&cfg).await.expect("open");
    assert_eq!(store.backend(), "postgres");
    let cfg = newswatch_config::Config::parse(
        "[store]\nkind = \"postgres\"\nurl_env = \"NEWSWATCH_TEST_UNSET_VARIABLE\"\n",
        std::path::Path::new("."),
    )
    .expect("config");
    let err = newswatch_store::open(&cfg).await.err().expect("fails");
    assert!(
        err.to_string().contains("NEWSWATCH_TEST_UNSET_VARIABLE"),
        "{err}"
    );
}
