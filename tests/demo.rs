//! The demo archive in examples/demo raises exactly its three story changes.

mod common;

use newswatch::replay::{ReplayOptions, replay};
use newswatch_wire::AlertKind;

#[tokio::test]
async fn demo_archive_raises_the_three_changes() {
    let cfg = common::load_config("examples/demo/newswatch.toml");
    let opts = ReplayOptions {
        paths: vec![common::root().join("examples/demo")],
        ..Default::default()
    };
    let report = replay(&cfg, &opts, |_| {}).await.expect("replay runs");
    assert_eq!(report.items, 8);
    assert!(report.dead_letters.is_empty(), "{:?}", report.dead_letters);
    let got: Vec<(String, Option<f64>, f64, String)> = report
        .alerts
        .iter()
        .map(|a| {
            assert_eq!(a.kind, AlertKind::Changed, "{a:?}");
            (a.figure.clone(), a.from, a.to, a.source_url.clone())
        })
        .collect();
    let want = vec![
        (
            "northwind-recall".to_string(),
            Some(1.9e6),
            2.3e6,
            "https://motorwire.example/news/northwind-expands-recall".to_string(),
        ),
        (
            "cyclone-mira-deaths".into(),
            Some(42.0),
            57.0,
            "https://coastalcourier.example/world/cyclone-mira-toll-rises".into(),
        ),
        (
            "vantage-helio-investment-total".into(),
            Some(2e9),
            3.5e9,
            "https://ledgerdaily.example/tech/2026/03/12/vantage-helio-more".into(),
        ),
    ];
    assert_eq!(got, want);
}
