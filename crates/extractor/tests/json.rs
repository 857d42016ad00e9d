//! The JSON shapes the CLI prints (`newswatch quantities` / `newswatch claims`).

use newswatch_config::Config;
use newswatch_extractor::{ClaimLine, Extractor, quantities};

#[test]
fn quantity_json_contract() {
    let q = quantities("Sales rose between 10 and 12% to US$4.7 billion.");
    let v = serde_json::to_value(&q).expect("json");
    assert_eq!(v[0]["kind"], "percent");
    assert_eq!(v[0]["bound"], "range");
    assert_eq!(v[0]["unit"], "%");
    assert_eq!(v[0]["value"], 10.0);
    assert_eq!(v[0]["value_max"], 12.0);
    assert_eq!(v[0]["trend"], "up");
    assert_eq!(v[1]["kind"], "money");
    assert_eq!(v[1]["unit"], "USD");
    assert_eq!(v[1]["bound"], "exact");
    assert!(v[1]["value_max"].is_null() && v[1]["trend"].is_null());
    let keys: Vec<&String> = v[1].as_object().expect("object").keys().collect();
    for k in [
        "start",
        "end",
        "surface",
        "value",
        "value_max",
        "unit",
        "kind",
        "bound",
        "trend",
    ] {
        assert!(keys.iter().any(|x| *x == k), "missing {k}");
    }
    assert_eq!(keys.len(), 9);
    let plain = serde_json::to_value(quantities("It scored 42 points, then 7.")).expect("json");
    assert_eq!(plain[1]["unit"], serde_json::Value::Null);
    assert_eq!(plain[1]["kind"], "number");
}

#[test]
fn claim_line_json_contract() {
    let ex = Extractor::new(&Config::default());
    let claims = ex.claims_in_text(
        "Acme's revenue rose 5% to $3.2 billion in the third quarter of 2025.",
        chrono::NaiveDate::from_ymd_opt(2025, 11, 1),
    );
    let lines: Vec<serde_json::Value> = claims
        .iter()
        .map(|c| serde_json::to_value(ClaimLine::from(c)).expect("json"))
        .collect();
    let money = lines
        .iter()
        .find(|l| l["unit"] == "USD")
        .expect("money claim");
    assert_eq!(money["value"], 3.2e9);
    assert_eq!(money["metric"], "revenue");
    assert_eq!(money["as_of"], "2025-Q3");
    assert_eq!(money["bound"], "exact");
    assert!(money["figure"].is_null());
    let keys: Vec<&String> = money.as_object().expect("object").keys().collect();
    for k in [
        "figure",
        "subject",
        "metric",
        "object",
        "value",
        "value_max",
        "unit",
        "bound",
        "as_of",
        "quote",
        "start",
        "end",
    ] {
        assert!(keys.iter().any(|x| *x == k), "missing {k}");
    }
    assert_eq!(keys.len(), 12);
    let pct = lines
        .iter()
        .find(|l| l["unit"] == "%")
        .expect("percent claim");
    assert_eq!(pct["metric"], "revenue growth");
}
