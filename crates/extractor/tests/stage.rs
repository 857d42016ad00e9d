//! The extractor as a pipeline stage: claims keyed by figure, subject or article.

use newswatch_config::Config;
use newswatch_extractor::{Extractor, ExtractorStage};
use newswatch_transport::Processor;
use newswatch_wire::{Article, WireRecord};

fn article(text: &str) -> Article {
    let at = chrono::DateTime::from_timestamp(1_776_600_000, 0).unwrap_or_default();
    Article {
        v: 1,
        id: "a1".into(),
        raw_id: "r1".into(),
        url: "https://news.example/a1".into(),
        canonical_url: "https://news.example/a1".into(),
        title: Some("Acme recalls cars".into()),
        authors: vec![],
        published_at: Some(at),
        modified_at: None,
        site_name: Some("Example News".into()),
        source: Default::default(),
        language: Some("en".into()),
        text: text.into(),
        word_count: 0,
        content_hash: String::new(),
        simhash: 0,
        duplicate_of: Some("a0".into()),
        fetched_at: at,
    }
}

const CONFIG: &str = r#"
[[entities]]
name = "Acme Motors"
aliases = ["Acme"]

[[figures]]
id = "acme-recall"
name = "Acme recall size"
subject = "Acme Motors"
metric = "recalled units"
unit = "vehicles"
"#;

#[tokio::test]
async fn stage_emits_keyed_claims_with_article_fields() {
    let cfg = Config::parse(CONFIG, std::path::Path::new(".")).expect("config");
    let mut stage = ExtractorStage::new(Extractor::new(&cfg));
    assert_eq!(stage.stage(), "extractor");
    let a = article("Acme recalled 1.9 million vehicles last year. Shares of Acme fell 3%.");
    let out = stage.process(Some("k"), &a).await.expect("processes");
    assert_eq!(out.len(), 2, "{out:#?}");
    let (key, c) = &out[0];
    assert_eq!(key, "acme-recall");
    assert_eq!(c.figure.as_deref(), Some("acme-recall"));
    assert_eq!(c.value, 1.9e6);
    assert_eq!(c.unit, "vehicles");
    assert_eq!(c.as_of.map(|p| p.to_string()).as_deref(), Some("2025"));
    assert_eq!(c.source_url, a.url);
    assert_eq!(c.source_title, a.title);
    assert_eq!(c.source_name.as_deref(), Some("Example News"));
    assert_eq!(c.duplicate_of.as_deref(), Some("a0"));
    assert_eq!(c.published_at, a.published_at);
    assert_eq!(c.article_id, "a1");
    // The id is stable and the record round-trips on the wire.
    let again = stage.process(None, &a).await.expect("again");
    assert_eq!(again[0].1.id, c.id);
    let back = newswatch_wire::Claim::decode(&c.encode()).expect("decodes");
    assert_eq!(&back, c);
    // Untracked claim: keyed by its subject.
    let (key2, c2) = &out[1];
    assert_eq!(c2.figure, None);
    assert_eq!(key2, "Acme Motors");
    assert_eq!(c2.unit, "%");
}

#[test]
fn config_metrics_extend_the_lexicon_with_units() {
    let cfg = Config::parse(
        r#"
[[metrics]]
name = "deliveries"
keywords = ["delivered", "deliveries"]
units = ["vehicles", "cars"]
"#,
        std::path::Path::new("."),
    )
    .expect("config");
    let ex = Extractor::new(&cfg);
    let claims = ex.claims_in_text(
        "Acme delivered 410,000 vehicles and delivered $2 billion of bonds.",
        None,
    );
    let metric_of = |unit: &str| {
        claims
            .iter()
            .find(|c| c.unit == unit)
            .and_then(|c| c.metric.clone())
    };
    assert_eq!(metric_of("vehicles").as_deref(), Some("deliveries"));
    // The keyword does not apply to an amount of money.
    assert_ne!(metric_of("USD").as_deref(), Some("deliveries"));
}
