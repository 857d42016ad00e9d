use super::*;

fn one(text: &str) -> Quantity {
    let qs = quantities(text);
    assert_eq!(qs.len(), 1, "{text:?} -> {qs:#?}");
    qs.into_iter().next().expect("one")
}

fn vals(text: &str) -> Vec<(f64, Option<String>)> {
    quantities(text)
        .into_iter()
        .map(|q| (q.value, q.unit))
        .collect()
}

#[test]
fn money_forms() {
    for (t, v, u) in [
        ("$5 billion", 5e9, "USD"),
        ("$5B", 5e9, "USD"),
        ("$13bn", 13e9, "USD"),
        ("US$4.7 billion", 4.7e9, "USD"),
        ("€600 million", 600e6, "EUR"),
        ("5 billion dollars", 5e9, "USD"),
        ("$1.25 billion", 1.25e9, "USD"),
        ("$35.6 billion", 35.6e9, "USD"),
        ("$12.47 billion", 12.47e9, "USD"),
        ("c $ 16.4 million", 16.4e6, "CAD"),
        ("420 million finnish markka", 420e6, "FIM"),
        ("50 cents", 0.5, "USD"),
        ("thirteen dollars and forty-five cents", 13.45, "USD"),
        ("30 MUSD", 30e6, "USD"),
        ("USD115", 115.0, "USD"),
        ("Rs. 20", 20.0, "INR"),
    ] {
        let q = one(t);
        assert!((q.value - v).abs() <= v.abs() * 1e-12, "{t}: {q:?}");
        assert_eq!(q.unit.as_deref(), Some(u), "{t}");
        assert_eq!(q.kind, QuantityKind::Money, "{t}");
    }
    let q = one("$13B+");
    assert_eq!(q.bound, Bound::AtLeast);
}

#[test]
fn bounds_ranges_trends() {
    let q = one("invest up to $50 billion in OpenAI");
    assert_eq!((q.value, q.bound), (50e9, Bound::AtMost));
    let q = one("with up to an additional $20 billion contingent");
    assert_eq!(q.bound, Bound::AtMost);
    let q = one("spend more than $100 billion on");
    assert_eq!(q.bound, Bound::AtLeast);
    let q = one("Nearly 500,000 Trainium2 custom chips");
    assert_eq!(
        (q.value, q.unit.as_deref(), q.bound),
        (500000.0, Some("chips"), Bound::Approx)
    );
    let q = one("Google guided $175 to $185 billion in capex");
    assert_eq!(
        (q.value, q.value_max, q.bound),
        (175e9, Some(185e9), Bound::Range)
    );
    let q = one("between 10 and 12%");
    assert_eq!(
        (q.value, q.value_max, q.unit.as_deref()),
        (10.0, Some(12.0), Some("%"))
    );
    let q = one("sales rose 5%");
    assert_eq!(q.trend, Some(Trend::Up));
    let q = one("costs were cut by 3%");
    assert_eq!(q.trend, Some(Trend::Down));
    let q = one("a 24% year-over-year jump");
    assert_eq!(q.trend, Some(Trend::Up));
}

#[test]
fn not_quantities() {
    for t in [
        "in 2023 and 2024",
        "on April 20, 2026",
        "GPT-5 and Claude 4 shipped",
        "Gemini 2.5 Ultra",
        "Trainium2",
        "at 2 pm",
        "the 3rd quarter",
        "see section 5.2",
        "call +1-222-2222-2222",
        "Q4 2025",
        "one of the largest",
        "192.168.1.2",
        "5/17/2018",
        "H100/B200",
    ] {
        assert!(quantities(t).is_empty(), "{t}: {:?}", quantities(t));
    }
}

#[test]
fn counts_and_offsets() {
    let text = "Amazon cut 15,000 jobs and recalled 1.9 million vehicles.";
    let qs = quantities(text);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].unit.as_deref(), Some("jobs"));
    assert_eq!(qs[1].value, 1.9e6);
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[qs[0].start..qs[0].end].iter().collect();
    assert_eq!(s, qs[0].surface);
    assert_eq!(vals("a dozen eggs")[0].0, 12.0);
}

#[test]
fn mixed_fractions_with_scales() {
    assert_eq!(vals("one billion and a half million")[0].0, 1.0005e9);
    assert_eq!(vals("one million and a half")[0].0, 1.5e6);
    assert!((vals("six million and two thirds")[0].0 - 6_666_666.666_666_667).abs() < 1e-3);
    assert_eq!(vals("one-eighth")[0].0, 0.125);
    assert_eq!(
        vals("two and a half miles")[0],
        (2.5, Some("mi".to_string()))
    );
}

#[test]
fn scaled_decimals_are_exact() {
    for (t, v) in [
        ("$4.1 billion", 4_100_000_000.0),
        ("$35.6 billion", 35_600_000_000.0),
        ("$12.47bn", 12_470_000_000.0),
        ("€0.3 million", 300_000.0),
        ("$175 to $185 billion", 175_000_000_000.0),
        ("4.7 MUSD", 4_700_000.0),
    ] {
        assert_eq!(vals(t)[0].0, v, "{t}");
    }
    assert!(quantities("visit 221B Baker Street").is_empty());
    assert!(quantities("Boeing's 737 was grounded and the iPhone 15 Pro sold out").is_empty());
}

#[test]
fn bare_number_as_value_of_a_head_count_metric() {
    let ex = Extractor::new(&newswatch_config::Config::default());
    let claims = ex.claims_in_text(
        "The death toll from Cyclone Mira has risen to 57, the agency said. Layoffs at the plant reached 1,200.",
        None,
    );
    let got: Vec<(f64, &str, Option<&str>)> = claims
        .iter()
        .map(|c| (c.value, c.unit.as_str(), c.metric.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (57.0, "people", Some("deaths")),
            (1200.0, "jobs", Some("layoffs"))
        ]
    );
    // Not without a head-count metric, not for years, not when the number is not its value.
    for text in [
        "Sales rose to 57 in the quarter.",
        "The death toll was revised in 2025.",
        "The death toll has risen, officials said, according to 57.",
    ] {
        let c = ex.claims_in_text(text, None);
        assert!(c.is_empty(), "{text}: {c:?}");
    }
}
