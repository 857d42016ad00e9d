//! Tracker semantics on hand-built claims. The first group mirrors
//! `shared/seeds/gold.toml` (values, bounds, as-of periods and publication
//! dates of the five seed articles, fed in publication order).

use super::*;
use chrono::TimeZone;
use newswatch_store::{DeliveryStatus, SqliteStore};
use newswatch_wire::{Period, QuantityKind};
use std::sync::Arc;

const FIGURES: &[(&str, &str)] = &[
    ("amazon-anthropic-investment-total", "USD"),
    ("amazon-anthropic-investment-initial", "USD"),
    ("amazon-anthropic-investment-new", "USD"),
    ("amazon-anthropic-investment-contingent", "USD"),
    ("amazon-anthropic-investment-potential", "USD"),
    ("anthropic-valuation", "USD"),
    ("anthropic-funding-round", "USD"),
    ("anthropic-aws-commitment", "USD"),
    ("anthropic-revenue-run-rate", "USD"),
    ("aws-revenue", "USD"),
    ("aws-revenue-growth", "%"),
    ("aws-operating-income", "USD"),
    ("aws-backlog", "USD"),
    ("amazon-capex", "USD"),
    ("openai-aws-commitment", "USD"),
    ("amazon-openai-investment", "USD"),
    ("microsoft-openai-investment", "USD"),
    ("project-rainier-chips", "chips"),
];

/// Config text with every gold figure; `extra` is appended to each figure.
fn config_text(top: &str, extra: &str) -> String {
    let mut t = format!("{top}\n");
    for (id, unit) in FIGURES {
        t.push_str(&format!(
            "[[figures]]\nid = \"{id}\"\nname = \"{id}\"\nsubject = \"x\"\nmetric = \"{id}\"\nunit = \"{unit}\"\n{extra}\n"
        ));
    }
    t
}

fn config(top: &str, extra: &str) -> Config {
    match Config::parse(&config_text(top, extra), std::path::Path::new(".")) {
        Ok(c) => c,
        Err(p) => panic!("test config invalid: {p:?}"),
    }
}

fn store() -> SharedStore {
    Arc::new(SqliteStore::in_memory().expect("in-memory store"))
}

fn tracker(cfg: &Config, store: &SharedStore) -> Tracker {
    Tracker::new(cfg, store.clone(), vec!["stdout".into(), "hook".into()])
}

fn day(s: &str) -> DateTime<Utc> {
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    Utc.from_utc_datetime(&d.and_hms_opt(12, 0, 0).expect("noon"))
}

/// A claim as the extractor would emit it for article `art` of outlet `outlet`.
#[allow(clippy::too_many_arguments)]
fn claim(
    art: &str,
    outlet: &str,
    published: &str,
    figure: &str,
    value: f64,
    unit: &str,
    bound: Bound,
    as_of: Option<&str>,
    quote: &str,
) -> Claim {
    let as_of: Option<Period> = as_of.and_then(|p| p.parse().ok());
    Claim {
        v: WIRE_VERSION,
        id: stable_id(&[art, figure, &value.to_string(), quote]),
        article_id: art.into(),
        figure: Some(figure.into()),
        subject: Some("x".into()),
        metric: Some(figure.into()),
        object: None,
        measure: Measure::Level,
        value,
        value_max: None,
        unit: unit.into(),
        kind: QuantityKind::Money,
        bound,
        trend: None,
        as_of,
        quote: quote.into(),
        start: 0,
        end: 1,
        source_url: format!("https://www.{outlet}.example/{art}"),
        source_title: Some(format!("{outlet} on {art}")),
        source_name: Some(outlet.into()),
        published_at: Some(day(published)),
        duplicate_of: None,
    }
}

use Bound::{Approx, AtLeast, AtMost, Exact};

/// The gold claims, article by article in publication order.
fn gold_claims() -> Vec<Claim> {
    let a002 = |f: &str, v: f64, u: &str, b: Bound, as_of: Option<&str>, q: &str| {
        claim("002", "outlet-b", "2026-02-12", f, v, u, b, as_of, q)
    };
    let a000 = |f: &str, v: f64, b: Bound, q: &str| {
        claim("000", "outlet-c", "2026-04-20", f, v, "USD", b, None, q)
    };
    let a001 = |f: &str, v: f64, b: Bound, as_of: Option<&str>, q: &str| {
        claim("001", "outlet-d", "2026-04-20", f, v, "USD", b, as_of, q)
    };
    let a003 = |f: &str, v: f64, b: Bound, as_of: Option<&str>, q: &str| {
        claim("003", "outlet-e", "2026-04-21", f, v, "USD", b, as_of, q)
    };
    let a004 = |f: &str, v: f64, b: Bound, as_of: Option<&str>, q: &str| {
        claim("004", "outlet-f", "2026-04-22", f, v, "USD", b, as_of, q)
    };
    vec![
        a002(
            "amazon-anthropic-investment-total",
            8e9,
            "USD",
            Exact,
            None,
            "that $8 billion total investment",
        ),
        a002(
            "amazon-anthropic-investment-initial",
            1.25e9,
            "USD",
            Exact,
            Some("2023-09"),
            "its first $1.25 billion into Anthropic back in September 2023",
        ),
        a002(
            "anthropic-valuation",
            183e9,
            "USD",
            Exact,
            Some("2025-09"),
            "A $183 billion valuation in September 2025",
        ),
        a002(
            "anthropic-valuation",
            350e9,
            "USD",
            Exact,
            Some("2026-01"),
            "A $350 billion valuation by January 2026",
        ),
        a002(
            "anthropic-funding-round",
            20e9,
            "USD",
            Exact,
            None,
            "closing a $20 billion funding round",
        ),
        a002(
            "aws-revenue",
            35.6e9,
            "USD",
            Exact,
            Some("2025-Q4"),
            "AWS generated $35.6 billion in revenue",
        ),
        a002(
            "aws-revenue-growth",
            24.0,
            "%",
            Exact,
            Some("2025-Q4"),
            "a 24% year-over-year jump",
        ),
        a002(
            "aws-operating-income",
            12.47e9,
            "USD",
            Exact,
            Some("2025-Q4"),
            "Operating income within the cloud unit hit $12.47 billion",
        ),
        a002(
            "aws-backlog",
            244e9,
            "USD",
            Exact,
            Some("2025-Q4"),
            "AWS's backlog hit $244 billion in Q4",
        ),
        a002(
            "anthropic-revenue-run-rate",
            9e9,
            "USD",
            AtLeast,
            None,
            "revenue run rate surpassed $9 billion",
        ),
        a002(
            "amazon-capex",
            125e9,
            "USD",
            Approx,
            Some("2025"),
            "Amazon's 2025 capital expenditures hit approximately $125 billion",
        ),
        a002(
            "amazon-capex",
            150e9,
            "USD",
            Exact,
            Some("2026"),
            "some estimates pointing toward $150 billion",
        ),
        a002(
            "openai-aws-commitment",
            38e9,
            "USD",
            Exact,
            None,
            "OpenAI itself recently committed $38 billion in AWS spending",
        ),
        a002(
            "amazon-openai-investment",
            50e9,
            "USD",
            AtMost,
            None,
            "invest up to $50 billion in OpenAI",
        ),
        a002(
            "project-rainier-chips",
            500_000.0,
            "chips",
            Approx,
            None,
            "Nearly 500,000 Trainium2 custom chips",
        ),
        a000(
            "amazon-anthropic-investment-new",
            5e9,
            Exact,
            "a $5 billion investment in Anthropic",
        ),
        a000(
            "amazon-anthropic-investment-contingent",
            20e9,
            AtMost,
            "up to an additional $20 billion contingent on commercial milestones",
        ),
        // as_of "before this deal" is not a calendar period: undated.
        a000(
            "amazon-anthropic-investment-total",
            8e9,
            Approx,
            "roughly $8 billion of prior funding",
        ),
        a001(
            "amazon-anthropic-investment-potential",
            25e9,
            AtMost,
            None,
            "an investment of up to $25 billion",
        ),
        a001(
            "anthropic-aws-commitment",
            100e9,
            AtLeast,
            None,
            "spend more than $100 billion on Amazon's cloud infrastructure over the next ten years",
        ),
        a001(
            "amazon-capex",
            200e9,
            Approx,
            Some("2026"),
            "roughly $200 billion in capital expenditures this year",
        ),
        a003(
            "amazon-anthropic-investment-new",
            5e9,
            Exact,
            None,
            "committing $5 billion to Anthropic",
        ),
        a003(
            "anthropic-aws-commitment",
            100e9,
            Exact,
            None,
            "$100 billion cloud spending commitment",
        ),
        a003(
            "amazon-anthropic-investment-initial",
            4e9,
            Exact,
            Some("2023-09"),
            "a $4 billion commitment announced in September 2023",
        ),
        a003(
            "microsoft-openai-investment",
            13e9,
            AtLeast,
            None,
            "Microsoft has invested over $13 billion in OpenAI",
        ),
        a004(
            "amazon-anthropic-investment-new",
            5e9,
            Exact,
            None,
            "an additional $5 billion investment",
        ),
        a004(
            "amazon-anthropic-investment-contingent",
            20e9,
            AtMost,
            None,
            "with a potential $20 billion follow-on",
        ),
        a004(
            "amazon-anthropic-investment-total",
            13e9,
            Exact,
            None,
            "Amazon has now invested a total of $13 billion in Anthropic since 2023",
        ),
        a004(
            "amazon-anthropic-investment-potential",
            33e9,
            AtMost,
            None,
            "Amazon's total potential investment reaching $33 billion",
        ),
        a004(
            "amazon-anthropic-investment-initial",
            4e9,
            Exact,
            Some("2023-09"),
            "Amazon invests $4 billion in Anthropic",
        ),
        a004(
            "amazon-anthropic-investment-total",
            6.75e9,
            Exact,
            Some("2024-03"),
            "bringing total to $6.75 billion",
        ),
    ]
}

async fn run(t: &mut Tracker, claims: &[Claim]) -> Vec<Alert> {
    let mut out = Vec::new();
    for c in claims {
        out.extend(t.apply(c).await.expect("apply"));
    }
    out
}

fn summary(alerts: &[Alert]) -> Vec<(String, &'static str, Option<f64>, f64, String)> {
    alerts
        .iter()
        .map(|a| {
            (
                a.figure.clone(),
                a.kind.as_str(),
                a.from,
                a.to,
                a.claim_id.clone(),
            )
        })
        .collect()
}

fn id_of(claims: &[Claim], figure: &str, value: f64) -> String {
    claims
        .iter()
        .find(|c| c.figure.as_deref() == Some(figure) && c.value == value)
        .map(|c| c.id.clone())
        .expect("claim in fixture")
}

#[tokio::test]
async fn gold_sequence_raises_exactly_the_gold_alerts() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let claims = gold_claims();
    let alerts = run(&mut t, &claims).await;
    assert_eq!(
        summary(&alerts),
        vec![
            (
                "amazon-capex".to_string(),
                "changed",
                Some(150e9),
                200e9,
                id_of(&claims, "amazon-capex", 200e9)
            ),
            (
                "amazon-anthropic-investment-total".to_string(),
                "changed",
                Some(8e9),
                13e9,
                id_of(&claims, "amazon-anthropic-investment-total", 13e9)
            ),
            (
                "amazon-anthropic-investment-potential".to_string(),
                "changed",
                Some(25e9),
                33e9,
                id_of(&claims, "amazon-anthropic-investment-potential", 33e9)
            ),
        ]
    );
    // The capex alert is raised by article 001, the other two by 004.
    assert!(alerts[0].source_url.ends_with("/001"));
    assert!(alerts[1].source_url.ends_with("/004"));
    assert!(alerts[2].source_url.ends_with("/004"));
}

#[tokio::test]
async fn gold_alerts_name_their_evidence() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let alerts = run(&mut t, &gold_claims()).await;
    let total = alerts
        .iter()
        .find(|a| a.figure == "amazon-anthropic-investment-total")
        .expect("total alert");
    assert_eq!(total.name, "amazon-anthropic-investment-total");
    assert_eq!(total.unit, "USD");
    assert_eq!(total.bound, Exact);
    assert_eq!(total.published_at, Some(day("2026-04-22")));
    assert!(total.quote.contains("a total of $13 billion"));
    assert_eq!(total.source_title.as_deref(), Some("outlet-f on 004"));
    assert_eq!(
        total.id,
        stable_id(&[&total.figure, &total.claim_id, "changed"])
    );
    // Evidence for the old value: both independent outlets that said $8B.
    let prev: Vec<(&str, f64)> = total
        .previous_sources
        .iter()
        .map(|e| (e.source_url.as_str(), e.value))
        .collect();
    assert_eq!(
        prev,
        [
            ("https://www.outlet-b.example/002", 8e9),
            ("https://www.outlet-c.example/000", 8e9)
        ]
    );
    let capex = &alerts[0];
    assert_eq!(capex.as_of, Some(Period::Year(2026)));
    assert_eq!(capex.previous_sources.len(), 1);
    assert_eq!(capex.previous_sources[0].value, 150e9);
}

#[tokio::test]
async fn gold_verdicts_explain_the_no_alert_cases() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    run(&mut t, &gold_claims()).await;
    let verdicts = |fig: &'static str| {
        let s = s.clone();
        async move {
            s.figure_history(fig)
                .await
                .expect("history")
                .into_iter()
                .map(|h| (h.claim.value, h.verdict))
                .collect::<Vec<_>>()
        }
    };
    let v = |pairs: &[(f64, &str)]| {
        pairs
            .iter()
            .map(|(x, y)| (*x, y.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        verdicts("amazon-anthropic-investment-total").await,
        v(&[
            (8e9, "new"),
            (8e9, "same"),
            (13e9, "changed"),
            (6.75e9, "historical")
        ])
    );
    assert_eq!(
        verdicts("amazon-capex").await,
        v(&[(125e9, "new"), (150e9, "new_period"), (200e9, "changed")])
    );
    assert_eq!(
        verdicts("anthropic-aws-commitment").await,
        v(&[(100e9, "new"), (100e9, "same")])
    );
    assert_eq!(
        verdicts("amazon-anthropic-investment-new").await,
        v(&[(5e9, "new"), (5e9, "same"), (5e9, "same")])
    );
    // $1.25B vs $4B for September 2023: a disagreement about a past fact,
    // months apart (outside the 7-day window): disputed, no alert.
    assert_eq!(
        verdicts("amazon-anthropic-investment-initial").await,
        v(&[(1.25e9, "new"), (4e9, "disputed"), (4e9, "same")])
    );
    assert_eq!(
        verdicts("anthropic-valuation").await,
        v(&[(183e9, "new"), (350e9, "new_period")])
    );
    // The $13B total stands; the dated $6.75B did not undo it.
    let st = FigureState::from_json(
        &s.figure_state("amazon-anthropic-investment-total")
            .await
            .expect("state")
            .expect("present"),
    )
    .expect("tracker state");
    assert_eq!(st.current.expect("current").value, 13e9);
}

#[tokio::test]
async fn gold_disagreement_surfaces_as_conflict_with_a_wide_window() {
    // 002 ($1.25B, Feb 12) and 003 ($4B, Apr 21) are 68 days apart.
    let cfg = config("conflict_window = \"90d\"", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let claims = gold_claims();
    let alerts = run(&mut t, &claims).await;
    let conflicts: Vec<_> = alerts
        .iter()
        .filter(|a| a.kind == AlertKind::Conflict)
        .collect();
    assert_eq!(conflicts.len(), 1, "{:?}", summary(&alerts));
    let c = conflicts[0];
    assert_eq!(c.figure, "amazon-anthropic-investment-initial");
    assert_eq!((c.from, c.to), (Some(1.25e9), 4e9));
    assert!(c.source_url.ends_with("/003"));
    assert_eq!(c.previous_sources.len(), 1);
    assert!(c.previous_sources[0].source_url.ends_with("/002"));
    // The three gold changes are still raised as changes.
    assert_eq!(
        alerts
            .iter()
            .filter(|a| a.kind == AlertKind::Changed)
            .count(),
        3
    );
}

#[tokio::test]
async fn replaying_into_the_same_store_raises_nothing_twice() {
    let cfg = config("", "alert_on_new = true");
    let s = store();
    let claims = gold_claims();
    let first = run(&mut tracker(&cfg, &s), &claims).await;
    assert!(first.len() > 3);
    let pending = s
        .deliveries(Some(DeliveryStatus::Pending), 10_000)
        .await
        .expect("outbox");
    assert_eq!(pending.len(), first.len() * 2, "one delivery per sink");
    // A fresh tracker (new process) on the same store.
    let second = run(&mut tracker(&cfg, &s), &claims).await;
    assert!(second.is_empty(), "{:?}", summary(&second));
    // The same tracker again.
    let mut t = tracker(&cfg, &s);
    let third = run(&mut t, &claims).await;
    assert!(third.is_empty());
    assert_eq!(
        s.deliveries(None, 10_000).await.expect("outbox").len(),
        first.len() * 2
    );
}

#[tokio::test]
async fn alert_on_new_per_figure_and_new_periods() {
    let cfg = config("alert_on_new = true", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let claims = gold_claims();
    let alerts = run(&mut t, &claims).await;
    let news: Vec<_> = alerts
        .iter()
        .filter(|a| a.kind == AlertKind::New)
        .map(|a| (a.figure.as_str(), a.to))
        .collect();
    // One per figure seen, plus the later periods (valuation 2026-01, capex 2026).
    assert_eq!(news.len(), 18 + 2, "{news:?}");
    assert!(news.contains(&("anthropic-valuation", 350e9)));
    assert!(news.contains(&("amazon-capex", 150e9)));
    assert!(
        alerts
            .iter()
            .filter(|a| a.kind == AlertKind::New)
            .all(|a| a.from.is_none())
    );
    // Per-figure override wins over the top-level switch.
    let mut text = config_text("alert_on_new = true", "");
    text = text.replacen(
        "unit = \"USD\"\n",
        "unit = \"USD\"\nalert_on_new = false\n",
        1,
    );
    let cfg = Config::parse(&text, std::path::Path::new(".")).expect("config");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let alerts = t.apply(&claims[0]).await.expect("apply");
    assert!(alerts.is_empty(), "first figure has alert_on_new = false");
}

fn simple(art: &str, outlet: &str, published: &str, value: f64, bound: Bound) -> Claim {
    claim(
        art,
        outlet,
        published,
        "amazon-anthropic-investment-total",
        value,
        "USD",
        bound,
        None,
        &format!("total of {value}"),
    )
}

#[tokio::test]
async fn duplicates_never_count_and_never_alert() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    assert!(
        t.apply(&simple("a1", "one", "2026-01-01", 8e9, Exact))
            .await
            .expect("a1")
            .is_empty()
    );
    let mut dup = simple("a2", "two", "2026-01-02", 13e9, Exact);
    dup.duplicate_of = Some("a9".into());
    assert!(t.apply(&dup).await.expect("dup").is_empty());
    let h = s
        .figure_history("amazon-anthropic-investment-total")
        .await
        .expect("history");
    assert_eq!(h.last().map(|e| e.verdict.as_str()), Some("duplicate"));
    // A syndicated copy of the same value does not become a source either.
    let mut dup8 = simple("a3", "three", "2026-01-02", 8e9, Exact);
    dup8.duplicate_of = Some("a1".into());
    t.apply(&dup8).await.expect("dup8");
    let st = FigureState::from_json(
        &s.figure_state("amazon-anthropic-investment-total")
            .await
            .expect("state")
            .expect("present"),
    )
    .expect("state");
    assert_eq!(st.current.as_ref().expect("current").sources.len(), 1);
    // The independent report of the new value alerts.
    let a = t
        .apply(&simple("a4", "four", "2026-01-03", 13e9, Exact))
        .await
        .expect("a4");
    assert_eq!(summary(&a)[0].1, "changed");
}

#[tokio::test]
async fn bounds_consistent_with_the_current_value_do_not_alert() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let mut n = 0;
    let mut apply = |v: f64, b: Bound| {
        n += 1;
        simple(&format!("b{n}"), &format!("o{n}"), "2026-01-01", v, b)
    };
    let seq = [
        apply(100e9, Exact),
        apply(100e9, AtLeast), // "more than $100B" after "$100B"
        apply(50e9, AtLeast),  // "more than $50B": satisfied
        apply(120e9, AtMost),  // "up to $120B": satisfied
        apply(101e9, Approx),  // "about $101B": within the approx tolerance
    ];
    for c in &seq {
        assert!(t.apply(c).await.expect("apply").is_empty(), "{c:?}");
    }
    // "more than $150B" is not satisfied by $100B: the figure moved.
    let a = t.apply(&apply(150e9, AtLeast)).await.expect("apply");
    assert_eq!(summary(&a)[0].2, Some(100e9));
    assert_eq!(a[0].bound, AtLeast);
    let verdicts: Vec<String> = s
        .figure_history("amazon-anthropic-investment-total")
        .await
        .expect("h")
        .into_iter()
        .map(|h| h.verdict)
        .collect();
    assert_eq!(
        verdicts,
        [
            "new",
            "same",
            "consistent_bound",
            "consistent_bound",
            "same",
            "changed"
        ]
    );
}

#[tokio::test]
async fn tolerance_is_relative() {
    let cfg = config("", "tolerance = 0.1");
    let s = store();
    let mut t = tracker(&cfg, &s);
    assert!(
        run(
            &mut t,
            &[
                simple("t1", "a", "2026-01-01", 100.0, Exact),
                simple("t2", "b", "2026-01-02", 109.0, Exact)
            ]
        )
        .await
        .is_empty()
    );
    let a = t
        .apply(&simple("t3", "c", "2026-01-03", 111.0, Exact))
        .await
        .expect("apply");
    assert_eq!(a.len(), 1, "111 is more than 10% from 100");
}

#[tokio::test]
async fn historical_and_stale_claims_do_not_undo_the_current_value() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let claims = gold_claims();
    // Only the total: 8B (Feb), then the dated 6.75B (March 2024) first.
    let total: Vec<Claim> = claims
        .iter()
        .filter(|c| c.figure.as_deref() == Some("amazon-anthropic-investment-total"))
        .cloned()
        .collect();
    let a = run(&mut t, &[total[0].clone(), total[3].clone()]).await;
    assert!(a.is_empty(), "{:?}", summary(&a));
    // A report published before the current one (late arrival) is stale.
    let late = simple("late", "z", "2026-01-01", 7e9, Exact);
    assert!(t.apply(&late).await.expect("late").is_empty());
    let h = s
        .figure_history("amazon-anthropic-investment-total")
        .await
        .expect("h");
    let v: Vec<&str> = h.iter().map(|e| e.verdict.as_str()).collect();
    assert_eq!(v, ["new", "historical", "stale"]);
}

#[tokio::test]
async fn flip_back_within_the_window_is_a_conflict_not_two_changes() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let a = run(
        &mut t,
        &[
            simple("f1", "alpha", "2026-03-01", 100.0, Exact),
            simple("f2", "beta", "2026-03-02", 150.0, Exact),
        ],
    )
    .await;
    assert_eq!(summary(&a)[0].1, "changed");
    // gamma says 100 again a day later: alpha and gamma vs beta.
    let a = t
        .apply(&simple("f3", "gamma", "2026-03-03", 100.0, Exact))
        .await
        .expect("f3");
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].kind, AlertKind::Conflict);
    assert_eq!((a[0].from, a[0].to), (Some(150.0), 100.0));
    assert_eq!(a[0].previous_sources.len(), 1);
    assert!(a[0].previous_sources[0].source_url.contains("beta"));
    // Two outlets against one: the current value follows the majority.
    let st = FigureState::from_json(
        &s.figure_state("amazon-anthropic-investment-total")
            .await
            .expect("s")
            .expect("p"),
    )
    .expect("state");
    assert_eq!(st.current.as_ref().expect("c").value, 100.0);
    // delta repeats beta's 150: the same disagreement is not re-alerted.
    let a = t
        .apply(&simple("f4", "delta", "2026-03-04", 150.0, Exact))
        .await
        .expect("f4");
    assert!(a.is_empty(), "{:?}", summary(&a));
}

#[tokio::test]
async fn min_sources_waits_for_independent_confirmation() {
    let cfg = config("", "min_sources = 2");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let first = simple("m1", "alpha", "2026-03-01", 100.0, Exact);
    let change = simple("m2", "beta", "2026-03-02", 150.0, Exact);
    assert!(run(&mut t, &[first, change.clone()]).await.is_empty());
    // The same outlet again is not a second source; a duplicate neither.
    let again = simple("m3", "beta", "2026-03-02", 150.0, Exact);
    let mut dup = simple("m4", "gamma", "2026-03-02", 150.0, Exact);
    dup.duplicate_of = Some("m2".into());
    assert!(run(&mut t, &[again, dup]).await.is_empty());
    let a = t
        .apply(&simple("m5", "delta", "2026-03-03", 150.0, Exact))
        .await
        .expect("m5");
    assert_eq!(
        summary(&a),
        vec![(
            "amazon-anthropic-investment-total".to_string(),
            "changed",
            Some(100.0),
            150.0,
            change.id.clone()
        )]
    );
    let h: Vec<String> = s
        .figure_history("amazon-anthropic-investment-total")
        .await
        .expect("h")
        .into_iter()
        .map(|e| e.verdict)
        .collect();
    assert_eq!(h, ["new", "pending", "pending", "duplicate", "changed"]);
}

#[tokio::test]
async fn debounce_releases_after_the_wait_and_is_persisted() {
    let cfg = config("", "debounce = \"2h\"");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let t0 = simple("d1", "alpha", "2026-03-01", 100.0, Exact);
    let mut change = simple("d2", "beta", "2026-03-02", 150.0, Exact);
    change.published_at = Some(day("2026-03-02"));
    assert!(run(&mut t, &[t0, change.clone()]).await.is_empty());
    assert!(
        t.release_due(day("2026-03-02") + Duration::minutes(90))
            .await
            .expect("early")
            .is_empty()
    );
    let released = t
        .release_due(day("2026-03-02") + Duration::hours(3))
        .await
        .expect("release");
    assert_eq!(summary(&released)[0].4, change.id);
    assert_eq!(released[0].from, Some(100.0));
    // Queued in the outbox for both sinks, and not released twice.
    let queued = s
        .deliveries(Some(DeliveryStatus::Pending), 100)
        .await
        .expect("outbox");
    assert_eq!(queued.len(), 2);
    assert!(
        t.release_due(day("2026-03-03"))
            .await
            .expect("again")
            .is_empty()
    );
    // A new tracker (restart) sees the released state.
    let mut t2 = tracker(&cfg, &s);
    assert!(
        t2.release_due(day("2026-03-04"))
            .await
            .expect("restart")
            .is_empty()
    );
    let same = simple("d3", "gamma", "2026-03-05", 150.0, Exact);
    assert!(t2.apply(&same).await.expect("same").is_empty());
}

#[tokio::test]
async fn debounce_release_also_happens_on_the_next_claim() {
    let cfg = config("", "debounce = \"1h\"");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let claims = [
        simple("e1", "alpha", "2026-03-01", 100.0, Exact),
        simple("e2", "beta", "2026-03-02", 150.0, Exact),
        simple("e3", "gamma", "2026-03-03", 150.0, Exact),
    ];
    let a = run(&mut t, &claims).await;
    assert_eq!(
        summary(&a),
        vec![(
            "amazon-anthropic-investment-total".to_string(),
            "changed",
            Some(100.0),
            150.0,
            claims[1].id.clone()
        )]
    );
}

#[tokio::test]
async fn debounce_is_cancelled_when_the_old_value_is_reaffirmed() {
    let cfg = config("", "debounce = \"2d\"");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let claims = [
        simple("r1", "alpha", "2026-03-01", 100.0, Exact),
        simple("r2", "beta", "2026-03-02", 150.0, Exact),
        simple("r3", "gamma", "2026-03-03", 100.0, Exact),
    ];
    assert!(run(&mut t, &claims).await.is_empty());
    assert!(
        t.release_due(day("2026-03-10"))
            .await
            .expect("release")
            .is_empty()
    );
}

#[tokio::test]
async fn quiet_window_suppresses_follow_up_alerts() {
    let cfg = config("", "quiet = \"1d\"");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let a = run(
        &mut t,
        &[
            simple("q1", "a", "2026-03-01", 100.0, Exact),
            simple("q2", "b", "2026-03-02", 150.0, Exact),
        ],
    )
    .await;
    assert_eq!(a.len(), 1);
    let mut soon = simple("q3", "b", "2026-03-02", 170.0, Exact);
    soon.published_at = Some(day("2026-03-02") + Duration::hours(2));
    assert!(t.apply(&soon).await.expect("q3").is_empty());
    // After the quiet window the next change alerts, from the moved value.
    let a = t
        .apply(&simple("q4", "b", "2026-03-05", 200.0, Exact))
        .await
        .expect("q4");
    assert_eq!(summary(&a)[0].2, Some(170.0));
}

#[tokio::test]
async fn untracked_claims_are_recorded_and_alert_only_when_asked() {
    let mk = |art: &str, v: f64, published: &str| {
        let mut c = simple(art, art, published, v, Exact);
        c.figure = None;
        c.subject = Some("Acme Corp".into());
        c.metric = Some("recalled vehicles".into());
        c.unit = "vehicles".into();
        c
    };
    let claims = [
        mk("u1", 1000.0, "2026-03-01"),
        mk("u2", 1500.0, "2026-03-02"),
    ];
    for (flag, expected) in [(false, 0), (true, 1)] {
        let cfg = config(
            &format!("alert_on_untracked = {flag}\nalert_on_new = true"),
            "",
        );
        let s = store();
        let mut t = tracker(&cfg, &s);
        let a = run(&mut t, &claims).await;
        assert_eq!(a.len(), expected, "alert_on_untracked = {flag}");
        let key = "untracked:acme-corp/recalled-vehicles@vehicles";
        assert_eq!(s.figure_history(key).await.expect("h").len(), 2);
        if flag {
            assert_eq!(a[0].figure, key);
            assert_eq!(a[0].unit, "vehicles");
            assert_eq!(a[0].name, "Acme Corp recalled vehicles (untracked)");
        }
    }
    // Neither subject nor metric: recorded, unattributed.
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    let mut c = mk("u3", 5.0, "2026-03-03");
    c.subject = None;
    c.metric = None;
    assert!(t.apply(&c).await.expect("apply").is_empty());
    assert_eq!(
        s.figure_history("untracked:-").await.expect("h")[0].verdict,
        "unattributed"
    );
}

#[tokio::test]
async fn unit_mismatch_and_increments_do_not_move_a_figure() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    t.apply(&simple("x1", "a", "2026-03-01", 8e9, Exact))
        .await
        .expect("x1");
    let mut eur = simple("x2", "b", "2026-03-02", 9e9, Exact);
    eur.unit = "EUR".into();
    let mut inc = simple("x3", "c", "2026-03-02", 5e9, Exact);
    inc.measure = Measure::Increment;
    assert!(run(&mut t, &[eur, inc]).await.is_empty());
    let v: Vec<String> = s
        .figure_history("amazon-anthropic-investment-total")
        .await
        .expect("h")
        .into_iter()
        .map(|e| e.verdict)
        .collect();
    assert_eq!(v, ["new", "unit_mismatch", "increment"]);
}

#[tokio::test]
async fn invalid_claims_are_rejected_without_panicking() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    for (value, value_max, id) in [
        (f64::NAN, None, "n1"),
        (f64::INFINITY, None, "n2"),
        (1.0, Some(f64::NAN), "n3"),
        (1.0, None, " "),
    ] {
        let mut c = simple("n", "a", "2026-03-01", value, Exact);
        c.value_max = value_max;
        c.id = id.into();
        assert!(matches!(
            t.apply(&c).await,
            Err(TrackerError::InvalidClaim { .. })
        ));
    }
    // Extreme but finite values are fine.
    for (i, v) in [0.0, -5.0, f64::MAX, f64::MIN_POSITIVE, -f64::MAX]
        .iter()
        .enumerate()
    {
        t.apply(&simple(
            &format!("ok{i}"),
            &format!("o{i}"),
            "2026-03-01",
            *v,
            Exact,
        ))
        .await
        .expect("finite values apply");
    }
}

#[test]
fn compare_rules() {
    let st = |value, bound| Stated {
        value,
        value_max: None,
        bound,
    };
    let range = |value, max| Stated {
        value,
        value_max: Some(max),
        bound: Bound::Range,
    };
    assert_eq!(
        compare(&st(100.0, Exact), &st(100.0, AtLeast), 0.0),
        Cmp::Same
    );
    assert_eq!(
        compare(&st(100.0, AtLeast), &st(100.0, Exact), 0.0),
        Cmp::Same
    );
    assert_eq!(
        compare(&st(25.0, AtMost), &st(33.0, AtMost), 0.0),
        Cmp::Differs
    );
    assert_eq!(
        compare(&st(100.0, Exact), &st(90.0, AtLeast), 0.0),
        Cmp::Consistent
    );
    assert_eq!(
        compare(&st(100.0, Exact), &st(110.0, AtLeast), 0.0),
        Cmp::Differs
    );
    assert_eq!(
        compare(&st(100.0, Exact), &st(110.0, AtMost), 0.0),
        Cmp::Consistent
    );
    assert_eq!(
        compare(&st(100.0, Exact), &st(90.0, AtMost), 0.0),
        Cmp::Differs
    );
    assert_eq!(
        compare(&st(100.0, Exact), &range(90.0, 110.0), 0.0),
        Cmp::Consistent
    );
    assert_eq!(
        compare(&range(90.0, 110.0), &st(95.0, Exact), 0.0),
        Cmp::Consistent
    );
    assert_eq!(
        compare(&range(90.0, 110.0), &range(90.0, 110.0), 0.0),
        Cmp::Same
    );
    assert_eq!(
        compare(&st(100.0, Approx), &st(104.0, Exact), 0.0),
        Cmp::Same
    );
    assert_eq!(
        compare(&st(100.0, Exact), &st(104.0, Exact), 0.0),
        Cmp::Differs
    );
    assert_eq!(compare(&st(0.0, Exact), &st(0.0, Exact), 0.0), Cmp::Same);
    assert_eq!(
        compare(&st(-10.0, Exact), &st(-12.0, AtLeast), 0.0),
        Cmp::Consistent
    );
}

#[test]
fn untracked_keys_are_slugs() {
    let mut c = simple("k", "a", "2026-03-01", 1.0, Exact);
    c.subject = Some("  Tesla, Inc. ".into());
    c.metric = Some("Recalled vehicles!".into());
    c.object = Some("Model Y".into());
    c.unit = "vehicles".into();
    assert_eq!(
        untracked_key(&c).as_deref(),
        Some("untracked:tesla-inc./recalled-vehicles/model-y@vehicles")
    );
    c.subject = None;
    c.metric = None;
    assert_eq!(untracked_key(&c), None);
}

#[tokio::test]
async fn figure_tables_show_current_values_and_history() {
    let cfg = config("", "");
    let s = store();
    let mut t = tracker(&cfg, &s);
    run(&mut t, &gold_claims()).await;
    let mut untracked = simple("u", "z", "2026-04-23", 7.0, Exact);
    untracked.figure = None;
    untracked.subject = Some("Acme".into());
    untracked.metric = Some("plants".into());
    untracked.unit = "plants".into();
    t.apply(&untracked).await.expect("untracked");
    let list = crate::render_figures(s.as_ref(), &cfg).await.expect("list");
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[0].starts_with("FIGURE"), "{list}");
    let total = lines
        .iter()
        .find(|l| l.starts_with("amazon-anthropic-investment-total "))
        .expect("total row");
    let cols: Vec<&str> = total.split_whitespace().collect();
    assert_eq!(
        &cols[..3],
        ["amazon-anthropic-investment-total", "13,000,000,000", "USD"]
    );
    let run_rate = lines
        .iter()
        .find(|l| l.starts_with("anthropic-revenue-run-rate "))
        .expect("run rate row");
    assert!(run_rate.contains("more than 9,000,000,000"), "{run_rate}");
    let capex = lines
        .iter()
        .find(|l| l.starts_with("amazon-capex "))
        .expect("capex");
    assert!(capex.contains(" 2026 "), "{capex}");
    assert!(list.contains("untracked:acme/plants@plants"));
    assert!(
        list.trim_end().ends_with("18 tracked, 1 untracked"),
        "{list}"
    );
    // Columns line up: every row has VALUE where the header has it.
    let at = lines[0].find("VALUE").expect("VALUE column");
    assert!(
        lines[1..lines.len() - 1]
            .iter()
            .all(|l| l.len() > at && &l[at - 2..at] == "  ")
    );

    let one = crate::render_figure(s.as_ref(), &cfg, "amazon-anthropic-investment-total")
        .await
        .expect("show");
    assert!(
        one.contains("current: 13,000,000,000 USD (reported 2026-04-22, 1 independent source)"),
        "{one}"
    );
    assert!(one.contains("history (4 claims):"), "{one}");
    for v in ["new", "same", "changed", "historical"] {
        assert!(
            one.lines().any(|l| l.split_whitespace().any(|w| w == v)),
            "{v}: {one}"
        );
    }
    assert!(one.contains("6,750,000,000"));
    assert!(matches!(
        crate::render_figure(s.as_ref(), &cfg, "no-such-figure").await,
        Err(TrackerError::UnknownFigure(_))
    ));
}
