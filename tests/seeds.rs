//! The five seed articles, replayed in publication order, raise exactly the
//! alerts a careful reader expects (../shared/seeds/gold.toml).

mod common;

use newswatch::replay::{ReplayOptions, replay};
use newswatch_wire::{Alert, AlertKind};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    alert: Vec<GoldAlert>,
}

#[derive(Deserialize, Debug)]
struct GoldAlert {
    figure: String,
    from: f64,
    to: f64,
    at: String,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn describe(alerts: &[Alert]) -> String {
    alerts
        .iter()
        .map(|a| {
            format!(
                "  {} {} {:?} -> {} at {}",
                a.kind.as_str(),
                a.figure,
                a.from,
                a.to,
                a.source_url
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn run_seeds(db: Option<std::path::PathBuf>) -> Vec<Alert> {
    let cfg = common::load_config("config/seeds.toml");
    let opts = ReplayOptions {
        paths: vec![common::shared().join("seeds")],
        db,
        ..Default::default()
    };
    let report = replay(&cfg, &opts, |_| {}).await.expect("replay runs");
    assert_eq!(report.items, 5, "five seed articles");
    assert!(
        report.dead_letters.is_empty(),
        "dead letters: {:?}",
        report.dead_letters
    );
    report.alerts
}

#[tokio::test]
async fn seeds_raise_the_gold_alerts_and_nothing_else() {
    let gold: Gold = toml::from_str(
        &std::fs::read_to_string(common::shared().join("seeds/gold.toml")).expect("gold"),
    )
    .expect("gold parses");
    let alerts = run_seeds(None).await;
    let changed: Vec<&Alert> = alerts
        .iter()
        .filter(|a| a.kind == AlertKind::Changed)
        .collect();
    for g in &gold.alert {
        let hit = changed.iter().any(|a| {
            a.figure == g.figure
                && a.from.is_some_and(|f| close(f, g.from))
                && close(a.to, g.to)
                && a.source_url.ends_with(&g.at)
        });
        assert!(hit, "missing gold alert {g:?}; got:\n{}", describe(&alerts));
    }
    assert_eq!(
        changed.len(),
        gold.alert.len(),
        "extra change alerts:\n{}",
        describe(&alerts)
    );
    // gold.toml: no alert for figures that did not change.
    for quiet in [
        "amazon-anthropic-investment-new",
        "anthropic-aws-commitment",
    ] {
        assert!(
            alerts.iter().all(|a| a.figure != quiet),
            "alert for unchanged {quiet}:\n{}",
            describe(&alerts)
        );
    }
    // Every alert names its evidence.
    for a in &changed {
        assert!(
            !a.quote.is_empty() && !a.previous_sources.is_empty(),
            "alert without evidence: {a:?}"
        );
    }
}

#[tokio::test]
async fn replaying_twice_into_one_store_raises_nothing_new() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("seeds.sqlite");
    let first = run_seeds(Some(db.clone())).await;
    assert!(!first.is_empty());
    let second = run_seeds(Some(db)).await;
    assert!(
        second.is_empty(),
        "second replay raised:\n{}",
        describe(&second)
    );
}
