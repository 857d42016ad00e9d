//! Crash safety of the outbox: a process that committed a figure update
//! (and with it the alert's outbox row) is killed with SIGKILL before it
//! delivers anything. After a restart the alert is delivered, exactly once,
//! and replaying the same claims raises nothing new.
//!
//! The child process is this test binary re-run with only the helper test
//! `child_applies_claims_then_hangs` and an environment variable naming the
//! database; the helper does nothing when the variable is absent.

use newswatch_config::Config;
use newswatch_store::{DeliveryStatus, SharedStore, SqliteStore};
use newswatch_tracker::{Dispatcher, RetryPolicy, Tracker, build_sinks};
use newswatch_wire::{Bound, Claim, Measure, QuantityKind, WIRE_VERSION};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHILD_DB: &str = "NEWSWATCH_KILL_TEST_DB";

fn config(dir: &Path) -> Config {
    let text = r#"
[[figures]]
id = "amazon-anthropic-investment-total"
name = "Amazon's total investment in Anthropic"
subject = "Amazon"
metric = "investment"
unit = "USD"

[[sinks]]
kind = "jsonl"
name = "alerts"
path = "alerts.jsonl"
"#;
    let mut cfg = Config::parse(text, dir).expect("config");
    cfg.data_dir = dir.to_path_buf();
    for s in &mut cfg.sinks {
        s.path = Some(dir.join("alerts.jsonl"));
    }
    cfg
}

fn claims() -> Vec<Claim> {
    let mk = |id: &str, value: f64, day: u32, outlet: &str| Claim {
        v: WIRE_VERSION,
        id: id.into(),
        article_id: format!("art-{id}"),
        figure: Some("amazon-anthropic-investment-total".into()),
        subject: Some("Amazon".into()),
        metric: Some("investment".into()),
        object: Some("Anthropic".into()),
        measure: Measure::Cumulative,
        value,
        value_max: None,
        unit: "USD".into(),
        kind: QuantityKind::Money,
        bound: Bound::Exact,
        trend: None,
        as_of: None,
        quote: format!("Amazon has invested a total of ${value} in Anthropic"),
        start: 0,
        end: 1,
        source_url: format!("https://{outlet}.example/{id}"),
        source_title: Some(format!("{outlet} report")),
        source_name: None,
        published_at: chrono::NaiveDate::from_ymd_opt(2026, 4, day)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .map(|d| d.and_utc()),
        duplicate_of: None,
    };
    vec![mk("c8", 8e9, 12, "first"), mk("c13", 13e9, 22, "second")]
}

fn sink_names(cfg: &Config) -> Vec<String> {
    cfg.sinks.iter().map(|s| s.display_name()).collect()
}

/// Helper run as the child process; a no-op in a normal test run.
#[tokio::test]
async fn child_applies_claims_then_hangs() {
    let Ok(db) = std::env::var(CHILD_DB) else {
        return;
    };
    let db = Path::new(&db);
    let dir = db.parent().expect("dir");
    let cfg = config(dir);
    let store: SharedStore = Arc::new(SqliteStore::open(db).await.expect("open"));
    let mut tracker = Tracker::new(&cfg, store, sink_names(&cfg));
    let mut raised = 0;
    for c in claims() {
        raised += tracker.apply(&c).await.expect("apply").len();
    }
    // The figure update and the outbox row are committed; no dispatcher
    // has run. Tell the parent, then wait to be killed.
    println!("APPLIED {raised}");
    use std::io::Write;
    std::io::stdout().flush().expect("flush");
    tokio::time::sleep(Duration::from_secs(600)).await;
    panic!("the parent should have killed this process");
}

#[tokio::test]
async fn alert_committed_before_a_kill_is_delivered_once_after_restart() {
    if std::env::var(CHILD_DB).is_ok() {
        return; // inside the child
    }
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("newswatch.sqlite");
    let out = dir.path().join("alerts.jsonl");

    // 1. The child applies the claims and is killed before any delivery.
    let mut child = Command::new(std::env::current_exe().expect("exe"))
        .args([
            "--exact",
            "child_applies_claims_then_hangs",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DB, &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            // libtest may print "test name ... " before it on the same line.
            if let Some(i) = line.find("APPLIED ") {
                let _ = tx.send(line[i + "APPLIED ".len()..].trim().to_string());
                return;
            }
        }
    });
    let raised = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("child reported its claims applied");
    assert_eq!(raised, "1", "one change alert (8B -> 13B)");
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "killed, not exited: {status:?}");

    // 2. After the crash: the alert is queued, nothing was delivered.
    assert!(!out.exists(), "nothing delivered before the kill");
    let store: SharedStore = Arc::new(SqliteStore::open(&db).await.expect("reopen"));
    let pending = store
        .deliveries(Some(DeliveryStatus::Pending), 100)
        .await
        .expect("outbox");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].alert.from, Some(8e9));
    assert_eq!(pending[0].alert.to, 13e9);
    let alert_id = pending[0].alert.id.clone();

    // 3. Restart: the input is redelivered (at-least-once transport) and the
    //    tracker raises nothing twice; the dispatcher delivers the alert.
    let cfg = config(dir.path());
    let mut tracker = Tracker::new(&cfg, store.clone(), sink_names(&cfg));
    for c in claims() {
        assert!(tracker.apply(&c).await.expect("replay").is_empty());
    }
    let sinks = build_sinks(&cfg).expect("sinks");
    let policy = RetryPolicy {
        drain_timeout: Duration::from_secs(10),
        ..RetryPolicy::default()
    };
    let started = Instant::now();
    let stats = Dispatcher::new(store.clone(), sinks.clone(), policy.clone())
        .drain()
        .await
        .expect("drain");
    assert_eq!((stats.delivered, stats.failed, stats.pending), (1, 0, 0));
    assert!(started.elapsed() < Duration::from_secs(10));

    // 4. Another restart delivers nothing more.
    let stats = Dispatcher::new(store.clone(), sinks, policy)
        .drain()
        .await
        .expect("drain again");
    assert_eq!(stats.delivered, 0);
    let text = std::fs::read_to_string(&out).expect("alerts file");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 1, "delivered exactly once: {text}");
    assert_eq!(lines[0]["id"], alert_id.as_str());
    assert_eq!(lines[0]["from"], 8e9);
    assert_eq!(lines[0]["to"], 13e9);
    assert_eq!(lines[0]["kind"], "changed");
    let delivered = store
        .deliveries(Some(DeliveryStatus::Delivered), 10)
        .await
        .expect("delivered");
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0].attempts, 1);
}
