//! Feeds the claims listed in `shared/seeds/gold.toml` (read from the
//! shared test data by path) through the tracker in publication order and
//! compares the alerts with the file's `[[alert]]` list. The tracker unit
//! tests mirror the same cases by hand; this test keeps them honest against
//! the file itself.

use newswatch_config::Config;
use newswatch_store::{SharedStore, SqliteStore};
use newswatch_tracker::Tracker;
use newswatch_wire::{Bound, Claim, Measure, QuantityKind, WIRE_VERSION, stable_id};
use std::path::PathBuf;
use std::sync::Arc;

fn gold_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds/gold.toml")
}

fn gold() -> toml::Table {
    let p = gold_path();
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}): the shared test data must sit beside the checkout",
            p.display()
        )
    });
    text.parse().expect("gold.toml parses")
}

fn bound(s: &str) -> Bound {
    match s {
        "exact" => Bound::Exact,
        "approx" => Bound::Approx,
        "at_least" => Bound::AtLeast,
        "at_most" => Bound::AtMost,
        other => panic!("unknown bound {other:?} in gold.toml"),
    }
}

#[tokio::test]
async fn gold_file_alerts_are_raised_and_nothing_else() {
    let g = gold();
    let articles = g["article"].as_array().expect("[[article]]");
    let mut claims = Vec::new();
    let mut units = std::collections::BTreeMap::new();
    for a in articles {
        let file = a["file"].as_str().expect("file");
        let published = chrono::NaiveDate::parse_from_str(
            a["published"].as_str().expect("published"),
            "%Y-%m-%d",
        )
        .expect("date")
        .and_hms_opt(12, 0, 0)
        .expect("noon")
        .and_utc();
        for (i, c) in a["claims"].as_array().expect("claims").iter().enumerate() {
            let figure = c["figure"].as_str().expect("figure").to_string();
            let unit = c["unit"].as_str().expect("unit").to_string();
            units.insert(figure.clone(), unit.clone());
            let value = c["value"]
                .as_float()
                .or_else(|| c["value"].as_integer().map(|v| v as f64))
                .expect("value");
            // Labels such as "before this deal" are not calendar periods.
            let as_of = c
                .get("as_of")
                .and_then(|v| v.as_str())
                .and_then(|s| s.parse().ok());
            claims.push(Claim {
                v: WIRE_VERSION,
                id: stable_id(&[file, &i.to_string()]),
                article_id: file.to_string(),
                figure: Some(figure),
                subject: None,
                metric: None,
                object: None,
                measure: Measure::Level,
                value,
                value_max: None,
                unit,
                kind: QuantityKind::Money,
                bound: bound(c["bound"].as_str().expect("bound")),
                trend: None,
                as_of,
                quote: c["quote"].as_str().expect("quote").to_string(),
                start: 0,
                end: 1,
                source_url: format!(
                    "https://{}.seed.example/",
                    file.trim_end_matches(".txt").replace('_', "-")
                ),
                source_title: Some(file.to_string()),
                source_name: None,
                published_at: Some(published),
                duplicate_of: None,
            });
        }
    }
    let mut cfg_text = String::new();
    for (id, unit) in &units {
        cfg_text.push_str(&format!(
            "[[figures]]\nid = \"{id}\"\nname = \"{id}\"\nsubject = \"-\"\nmetric = \"-\"\nunit = \"{unit}\"\n"
        ));
    }
    let cfg = Config::parse(&cfg_text, std::path::Path::new(".")).expect("config");
    let store: SharedStore = Arc::new(SqliteStore::in_memory().expect("store"));
    let mut t = Tracker::new(&cfg, store, vec!["stdout".into()]);
    let mut got = Vec::new();
    for c in &claims {
        for a in t.apply(c).await.expect("apply") {
            got.push((
                a.figure.clone(),
                a.from.unwrap_or(f64::NAN),
                a.to,
                a.source_title.clone().unwrap_or_default(),
            ));
        }
    }
    let mut want: Vec<(String, f64, f64, String)> = g["alert"]
        .as_array()
        .expect("[[alert]]")
        .iter()
        .map(|a| {
            (
                a["figure"].as_str().expect("figure").to_string(),
                a["from"].as_float().expect("from"),
                a["to"].as_float().expect("to"),
                a["at"].as_str().expect("at").to_string(),
            )
        })
        .collect();
    let key = |x: &(String, f64, f64, String)| (x.3.clone(), x.0.clone());
    want.sort_by_key(key);
    got.sort_by_key(key);
    assert_eq!(got, want);
}
