//! End-to-end tests of `normalize`, the `Deduper` and the stage on
//! hand-written fixture pages (tests/fixtures/).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, TimeZone, Utc};
use newswatch_normalizer::{
    Deduper, NormalizeError, NormalizerStage, Options, normalize, normalize_with,
};
use newswatch_transport::Processor;
use newswatch_wire::{BodyFormat, FeedFields, RawItem, SourceRef, WIRE_VERSION, stable_id};

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("fixture {}: {e}", p.display()))
}

fn raw(url: &str, body: String) -> RawItem {
    RawItem {
        v: WIRE_VERSION,
        id: stable_id(&[url]),
        url: url.to_string(),
        source: SourceRef {
            feed_url: Some("https://feeds.example/all".into()),
            name: Some("Feed Name".into()),
        },
        fetched_at: Utc
            .with_ymd_and_hms(2025, 3, 15, 0, 0, 0)
            .single()
            .unwrap_or_default(),
        http_status: Some(200),
        content_type: Some("text/html".into()),
        format: BodyFormat::Html,
        body,
        feed: FeedFields::default(),
    }
}

fn utc(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

#[test]
fn outlet_a_text_and_metadata() {
    let r = raw(
        "https://www.harborledger.example/business/2025/03/14/northwind-robotics-raises-40-million?utm_source=rss&id=5",
        fixture("wire_outlet_a.html"),
    );
    let a = normalize(&r).expect("normalizes");
    let paras: Vec<&str> = a.paragraphs().collect();
    assert_eq!(paras.len(), 8, "{paras:#?}");
    assert!(paras[0].starts_with("Northwind Robotics, a maker of autonomous carts"));
    assert_eq!(paras[3], "Competition for capital");
    assert!(paras[7].starts_with("Keel Ventures partner Jonah Ortiz"));
    for chrome in [
        "cookies",
        "Advertisement",
        "business banking",
        "Robot arms come",
        "Share on",
        "newsletter",
        "rivetjoe",
        "warehouses for six years",
        "Most read",
        "All rights reserved",
        "Photo: Harbor Wire",
        "By Mara",
        "Northwind Robotics raises $40 million to expand",
    ] {
        assert!(
            !a.text.contains(chrome),
            "chrome {chrome:?} leaked into text"
        );
    }
    assert_eq!(
        a.title.as_deref(),
        Some("Northwind Robotics raises $40 million to expand warehouse fleet")
    );
    assert_eq!(a.authors, ["Mara Velasquez", "Tobias Lind"]);
    // article:published_time outranks JSON-LD datePublished.
    assert_eq!(a.published_at, utc("2025-03-14T13:30:00Z"));
    assert_eq!(a.modified_at, utc("2025-03-14T20:05:00Z"));
    assert_eq!(a.site_name.as_deref(), Some("The Harbor Ledger"));
    assert_eq!(
        a.canonical_url,
        "https://www.harborledger.example/business/2025/03/14/northwind-robotics-raises-40-million"
    );
    assert_eq!(a.id, stable_id(&[&a.canonical_url]));
    assert_eq!(a.raw_id, r.id);
    assert_eq!(a.url, r.url);
    assert_eq!(a.language.as_deref(), Some("en"));
    assert_eq!(
        a.word_count,
        newswatch_normalizer::text::word_count(&a.text)
    );
    assert!(a.word_count > 250, "{}", a.word_count);
    assert_eq!(a.content_hash.len(), 32);
    assert_ne!(a.simhash, 0);
    assert_eq!(a.duplicate_of, None);
    assert_eq!(a.source, r.source);
}

#[test]
fn outlet_b_table_layout_and_fallbacks() {
    let mut r = raw(
        "https://valleycourier.example/news/northwind-lands-40m?fbclid=zzz",
        fixture("wire_outlet_b.html"),
    );
    r.feed.author = Some("Harbor Wire".into());
    let a = normalize(&r).expect("normalizes");
    let paras: Vec<&str> = a.paragraphs().collect();
    assert_eq!(paras.len(), 7, "{paras:#?}");
    assert!(paras[0].starts_with("COLUMBUS, Ohio"));
    assert!(!a.text.contains("Today's headlines"));
    assert!(!a.text.contains("dentist"));
    assert!(!a.text.contains("cookies"));
    assert!(!a.text.contains("More business news"));
    // og:title missing: the page's <h1>.
    assert_eq!(
        a.title.as_deref(),
        Some("Robot cart start-up Northwind lands $40M")
    );
    // No author on the page: the feed's.
    assert_eq!(a.authors, ["Harbor Wire"]);
    assert_eq!(a.published_at, utc("2025-03-14T15:10:00Z"));
    assert_eq!(
        a.canonical_url,
        "https://valleycourier.example/news/northwind-lands-40m"
    );
    assert_eq!(a.site_name.as_deref(), Some("Valley Courier"));
}

#[test]
fn feed_date_outranks_page_and_url_date_is_last() {
    let mut r = raw(
        "https://www.harborledger.example/business/2025/09/02/northwind-opens-indiana-plant",
        fixture("other_story_same_topic.html"),
    );
    let a = normalize(&r).expect("normalizes");
    // No date on the page at all: the URL's.
    assert_eq!(a.published_at, utc("2025-09-02T00:00:00Z"));
    assert_eq!(
        a.title.as_deref(),
        Some("Northwind Robotics opens Indiana plant, hires 120")
    );
    let feed_time = utc("2025-09-02T11:00:00Z");
    r.feed.published_at = feed_time;
    r.feed.title = Some("Feed title".into());
    let a = normalize(&r).expect("normalizes");
    assert_eq!(a.published_at, feed_time);
    assert_eq!(
        a.title.as_deref(),
        Some("Northwind Robotics opens Indiana plant, hires 120")
    );
}

#[test]
fn syndicated_copy_is_a_duplicate_and_same_topic_story_is_not() {
    let a = normalize(&raw(
        "https://www.harborledger.example/business/2025/03/14/northwind-robotics-raises-40-million",
        fixture("wire_outlet_a.html"),
    ))
    .expect("a");
    let mut b = normalize(&raw(
        "https://valleycourier.example/news/northwind-lands-40m",
        fixture("wire_outlet_b.html"),
    ))
    .expect("b");
    let mut c = normalize(&raw(
        "https://www.harborledger.example/business/2025/09/02/northwind-opens-indiana-plant",
        fixture("other_story_same_topic.html"),
    ))
    .expect("c");
    assert_ne!(a.content_hash, b.content_hash, "the copy was edited");
    let d_ab = (a.simhash ^ b.simhash).count_ones();
    let d_ac = (a.simhash ^ c.simhash).count_ones();
    assert!(
        d_ab <= newswatch_normalizer::DEFAULT_MAX_HAMMING,
        "copy distance {d_ab}"
    );
    assert!(
        d_ac > newswatch_normalizer::DEFAULT_MAX_HAMMING,
        "other story distance {d_ac}"
    );

    let mut dedup = Deduper::new(100);
    let mut first = a.clone();
    dedup.check(&mut first);
    assert_eq!(first.duplicate_of, None);
    dedup.check(&mut b);
    assert_eq!(b.duplicate_of.as_deref(), Some(a.id.as_str()));
    dedup.check(&mut c);
    assert_eq!(c.duplicate_of, None);

    // A third outlet copying outlet B points at the original story.
    let mut b2 = b.clone();
    b2.id = "third-outlet".into();
    b2.duplicate_of = None;
    dedup.check(&mut b2);
    assert_eq!(b2.duplicate_of.as_deref(), Some(a.id.as_str()));

    // Re-fetching the original is not a duplicate of itself.
    let mut again = a.clone();
    dedup.check(&mut again);
    assert_eq!(again.duplicate_of, None);

    // Snapshot / restore keeps the verdicts.
    let mut restored = Deduper::new(100);
    restored.restore(dedup.snapshot());
    let mut b3 = b.clone();
    b3.id = "fourth-outlet".into();
    b3.duplicate_of = None;
    restored.check(&mut b3);
    assert_eq!(b3.duplicate_of.as_deref(), Some(a.id.as_str()));
}

#[test]
fn exact_copy_in_other_chrome_has_same_hash() {
    let a = normalize(&raw(
        "https://valleycourier.example/news/northwind-lands-40m",
        fixture("wire_outlet_b.html"),
    ))
    .expect("a");
    let body = format!(
        "<html><body><nav><a href='/'>Home</a><a href='/x'>World</a></nav><article>{}</article><footer><p>(c) Other Outlet</p></footer></body></html>",
        a.paragraphs()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    let mut b = normalize(&raw("https://other.example/copy", body)).expect("b");
    assert_eq!(a.content_hash, b.content_hash);
    let mut d = Deduper::new(10);
    let mut a2 = a.clone();
    d.check(&mut a2);
    d.check(&mut b);
    assert_eq!(b.duplicate_of.as_deref(), Some(a.id.as_str()));
}

#[test]
fn deduper_is_bounded() {
    let base = normalize(&raw(
        "https://valleycourier.example/news/northwind-lands-40m",
        fixture("wire_outlet_b.html"),
    ))
    .expect("a");
    let mut d = Deduper::new(2);
    let mut first = base.clone();
    d.check(&mut first);
    for i in 0..2 {
        let mut other = base.clone();
        other.id = format!("filler-{i}");
        other.content_hash = format!("{i:032x}");
        other.simhash = !base.simhash;
        d.check(&mut other);
    }
    assert_eq!(d.len(), 2);
    // The original was evicted: a copy is no longer recognised.
    let mut copy = base.clone();
    copy.id = "late-copy".into();
    d.check(&mut copy);
    assert_eq!(copy.duplicate_of, None);
}

#[test]
fn plain_text_passes_through_with_sidecar_metadata() {
    let mut r = raw(
        "file:///archive/000.txt",
        "Headline line\n\nFirst paragraph of the text,\nwrapped over two lines.\n\n\nSecond paragraph.\n".into(),
    );
    r.format = BodyFormat::Text;
    r.feed.title = Some("Sidecar title".into());
    r.feed.published_at = utc("2026-04-20T00:00:00Z");
    r.source.name = Some("Sidecar Source".into());
    let a = normalize(&r).expect("normalizes");
    assert_eq!(
        a.text,
        "Headline line\n\nFirst paragraph of the text, wrapped over two lines.\n\nSecond paragraph."
    );
    assert_eq!(a.title.as_deref(), Some("Sidecar title"));
    assert_eq!(a.published_at, utc("2026-04-20T00:00:00Z"));
    assert_eq!(a.site_name.as_deref(), Some("Sidecar Source"));
    assert_eq!(a.canonical_url, "file:///archive/000.txt");
    assert_eq!(a.word_count, 13);
}

#[test]
fn seed_articles_normalize_as_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("shared seeds missing at {}: {e}", dir.display()));
    let mut n = 0;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "txt") {
            let body = std::fs::read_to_string(&p).expect("utf-8 seed");
            let mut r = raw(&format!("file://{}", p.display()), body);
            r.format = BodyFormat::Text;
            let a = normalize(&r).expect("seed normalizes");
            assert!(a.word_count > 100, "{}: {}", p.display(), a.word_count);
            assert!(a.paragraphs().count() > 3);
            assert_eq!(a.language.as_deref(), Some("en"));
            n += 1;
        }
    }
    assert_eq!(n, 5, "expected the five seed articles");
}

#[test]
fn errors_have_clear_reasons() {
    let e = normalize(&raw("https://x.example/a", String::new())).unwrap_err();
    assert_eq!(e, NormalizeError::Empty("the body is empty"));
    let e = normalize(&raw(
        "https://x.example/a",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>".into(),
    ))
    .unwrap_err();
    assert!(matches!(e, NormalizeError::Empty(_)), "{e}");

    let bin: String = (0..4000u32)
        .map(|i| char::from_u32(i % 32).unwrap_or('a'))
        .collect();
    let e = normalize(&raw("https://x.example/a", bin)).unwrap_err();
    assert!(matches!(e, NormalizeError::Binary { .. }), "{e}");

    let big = format!(
        "<html><body><p>{}</p></body></html>",
        "word ".repeat(10_000_000)
    );
    assert!(big.len() > 50_000_000);
    let e = normalize(&raw("https://x.example/a", big)).unwrap_err();
    assert!(matches!(e, NormalizeError::TooLarge { .. }), "{e}");
    assert!(e.to_string().contains("cap"), "{e}");

    let small = Options { max_body_bytes: 10 };
    let e = normalize_with(
        &raw("https://x.example/a", "<p>more than ten bytes</p>".into()),
        &small,
    )
    .unwrap_err();
    assert!(matches!(e, NormalizeError::TooLarge { size: 26, cap: 10 }));

    let deep = format!(
        "<html><body>{}<p>text</p></body></html>",
        "<div>".repeat(200_000)
    );
    let t = std::time::Instant::now();
    let e = normalize(&raw("https://x.example/a", deep)).unwrap_err();
    assert!(matches!(e, NormalizeError::TooDeep { .. }), "{e}");
    // Fails fast: the parser never sees it (a generous bound for debug builds).
    assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
}

#[test]
fn truncated_and_broken_html_does_not_panic() {
    let page = fixture("wire_outlet_a.html");
    for cut in (0..page.len()).step_by(97) {
        if page.is_char_boundary(cut) {
            let _ = normalize(&raw("https://x.example/a", page[..cut].to_string()));
        }
    }
    for junk in [
        "<",
        "<<<>>>",
        "<html",
        "<p>unclosed <b>bold <i>both",
        "</div></div></p>",
        "<script>never closed",
        "<!-- comment never closed",
        "<table><td>cell<tr><p>x",
        "<svg><p>in svg</p></svg>",
        "\u{feff}<p>bom</p>",
    ] {
        let _ = normalize(&raw("https://x.example/a", junk.into()));
    }
}

#[tokio::test]
async fn stage_emits_keyed_articles_and_permanent_errors() {
    let mut stage = NormalizerStage::new(10);
    assert_eq!(Processor::<RawItem, _>::stage(&stage), "normalizer");
    let r = raw(
        "https://www.harborledger.example/business/2025/03/14/northwind-robotics-raises-40-million",
        fixture("wire_outlet_a.html"),
    );
    let out = stage.process(None, &r).await.expect("ok");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].0, out[0].1.canonical_url);
    let b = raw(
        "https://valleycourier.example/news/northwind-lands-40m",
        fixture("wire_outlet_b.html"),
    );
    let out_b = stage.process(None, &b).await.expect("ok");
    assert_eq!(
        out_b[0].1.duplicate_of.as_deref(),
        Some(out[0].1.id.as_str())
    );
    let bad = raw("https://x.example/empty", String::new());
    match stage.process(None, &bad).await {
        Err(newswatch_transport::StageError::Permanent(msg)) => {
            assert!(msg.contains("empty"), "{msg}")
        }
        other => panic!("expected a permanent error, got {other:?}"),
    }
}

/// A page of the fictional Millbrook Courier: its own story, then the box
/// the paper puts under every story, written as prose inside the article.
fn courier_page(story: &str, n: usize) -> String {
    // Each story's sentences share no four words with another's.
    const WORDS: &[&str] = &[
        "ferry", "tariff", "quarry", "orchard", "ledger", "granite", "meadow", "turbine", "canal",
        "pension", "library", "tram", "harvest", "clinic", "wharf", "census",
    ];
    let seed = story.bytes().map(usize::from).sum::<usize>();
    let mut body = String::new();
    for i in 0..n {
        let w: Vec<&str> = (0..8)
            .map(|k| WORDS[(seed * 7 + i * 5 + k * 3) % WORDS.len()])
            .collect();
        body.push_str(&format!(
            "<p>{story} report {i}: {} {} {} {} {story} {} {} {} {} {i}.</p>",
            w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]
        ));
    }
    format!(
        "<html><head><title>{story}</title></head><body><article>{body}\
         <p>The Millbrook Courier has covered the towns of the valley since 1889, from its office on Mill Street, and is owned by the people who read it.</p>\
         </article></body></html>"
    )
}

#[test]
fn stage_drops_what_a_site_repeats_and_keeps_the_story() {
    let url = |site: &str, slug: &str| format!("https://{site}/news/{slug}");
    let mut registry = prometheus_client::registry::Registry::default();
    let metrics = newswatch_normalizer::NormalizerMetrics::register(&mut registry);
    let mut stage = NormalizerStage::new(10).with_metrics(metrics);
    let page = |stage: &mut NormalizerStage, site: &str, story: &str| {
        stage
            .handle(&raw(&url(site, story), courier_page(story, 4)))
            .unwrap()
    };
    for story in ["harbour", "budget"] {
        let a = page(&mut stage, "www.courier.example", story);
        assert!(
            a.text.contains("has covered the towns of the valley"),
            "{story}"
        );
    }
    // Fetching the same URL again does not count as another page.
    for _ in 0..3 {
        let a = page(&mut stage, "www.courier.example", "budget");
        assert!(a.text.contains("has covered the towns of the valley"));
    }
    let a = page(&mut stage, "www.courier.example", "schools");
    assert!(a.text.contains("has covered the towns of the valley"));
    assert_eq!(stage.boilerplate_dropped(), 0);
    // The fourth page of the site (`www.` or not) loses the box.
    let a = page(&mut stage, "courier.example", "bridge");
    assert!(
        !a.text.contains("has covered the towns of the valley"),
        "{}",
        a.text
    );
    assert_eq!(a.text.matches("bridge report").count(), 4, "{}", a.text);
    assert_eq!(stage.boilerplate_dropped(), 1);
    // The word count and fingerprints describe the text without the box.
    assert_eq!(
        a.word_count,
        newswatch_normalizer::text::word_count(&a.text)
    );
    // Another site has not shown that box before.
    let other = page(&mut stage, "other.example", "bridge");
    assert!(other.text.contains("has covered the towns of the valley"));
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry).unwrap();
    assert!(
        text.contains("newswatch_normalizer_boilerplate_paragraphs_dropped_total 1\n"),
        "{text}"
    );
    assert!(
        text.contains("newswatch_normalizer_site_memory_sites 2\n"),
        "{text}"
    );
    assert!(
        text.contains("newswatch_normalizer_rewrites_kept_total 0\n"),
        "{text}"
    );
    // Without the memory every page is read on its own.
    let mut plain = NormalizerStage::new(10).with_site_memory(None);
    for story in ["harbour", "budget", "schools", "bridge"] {
        let a = plain
            .handle(&raw(&url("courier.example", story), courier_page(story, 4)))
            .unwrap();
        assert!(
            a.text.contains("has covered the towns of the valley"),
            "{story}"
        );
    }
}
