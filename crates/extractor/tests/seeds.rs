//! Every claim in ../shared/seeds/gold.toml must come out of
//! `Extractor::claims` with the gold figure, value, unit and bound (and
//! as-of where gold gives a period), using config/seeds.toml; no claim may
//! be read from a year or a model name.

use chrono::{NaiveDate, TimeZone, Utc};
use newswatch_config::Config;
use newswatch_extractor::{ClaimLine, Extractor};
use newswatch_wire::{Article, Bound, Claim, Period};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds_dir() -> PathBuf {
    let p = root().join("../shared/seeds");
    assert!(
        p.join("gold.toml").is_file(),
        "seed data missing at {} (CI has shared/ beside the checkout)",
        p.display()
    );
    p
}

fn article(file: &str, text: String, published: NaiveDate) -> Article {
    let at = Utc.from_utc_datetime(&published.and_hms_opt(12, 0, 0).expect("noon"));
    Article {
        v: 1,
        id: newswatch_wire::stable_id(&[file]),
        raw_id: String::new(),
        url: format!("file:///seeds/{file}"),
        canonical_url: format!("file:///seeds/{file}"),
        title: None,
        authors: Vec::new(),
        published_at: Some(at),
        modified_at: None,
        site_name: None,
        source: Default::default(),
        language: Some("en".into()),
        text,
        word_count: 0,
        content_hash: String::new(),
        simhash: 0,
        duplicate_of: None,
        fetched_at: at,
    }
}

struct GoldClaim {
    figure: String,
    value: f64,
    unit: String,
    bound: Bound,
    as_of: Option<Period>,
    quote: String,
}

struct GoldArticle {
    file: String,
    published: NaiveDate,
    claims: Vec<GoldClaim>,
}

fn gold() -> Vec<GoldArticle> {
    let raw = std::fs::read_to_string(seeds_dir().join("gold.toml")).expect("gold.toml");
    let v: toml::Table = raw.parse().expect("gold.toml parses");
    let mut out = Vec::new();
    for a in v["article"].as_array().expect("articles") {
        let claims = a["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| GoldClaim {
                figure: c["figure"].as_str().expect("figure").to_string(),
                value: c["value"]
                    .as_float()
                    .or_else(|| c["value"].as_integer().map(|i| i as f64))
                    .expect("value"),
                unit: c["unit"].as_str().expect("unit").to_string(),
                bound: serde_json::from_value(serde_json::Value::String(
                    c["bound"].as_str().expect("bound").to_string(),
                ))
                .expect("bound"),
                // Only date-like as_of values are checked ("before this deal" is not).
                as_of: c
                    .get("as_of")
                    .and_then(|x| x.as_str())
                    .and_then(|s| s.parse().ok()),
                quote: c["quote"].as_str().unwrap_or("").to_string(),
            })
            .collect();
        out.push(GoldArticle {
            file: a["file"].as_str().expect("file").to_string(),
            published: a["published"]
                .as_str()
                .expect("published")
                .parse()
                .expect("date"),
            claims,
        });
    }
    out
}

fn extractor() -> Extractor {
    let cfg = Config::load(&root().join("config/seeds.toml")).expect("config/seeds.toml is valid");
    Extractor::new(&cfg)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn found(claims: &[Claim], g: &GoldClaim) -> bool {
    claims.iter().any(|c| {
        c.figure.as_deref() == Some(g.figure.as_str())
            && close(c.value, g.value)
            && c.unit == g.unit
            && c.bound == g.bound
            && g.as_of.is_none_or(|p| c.as_of == Some(p))
    })
}

/// Words that name products or models in the seed texts.
const MODEL_WORDS: &[&str] = &[
    "GPT", "Claude", "Gemini", "Trainium", "TPU", "Nova", "Opus", "H100", "B200", "Graviton",
    "Image",
];

#[test]
fn every_gold_claim_is_found() {
    let ex = extractor();
    let mut missing = Vec::new();
    let mut report = String::new();
    let (mut total, mut matched, mut wrong) = (0, 0, 0);
    for a in gold() {
        let text = std::fs::read_to_string(seeds_dir().join(&a.file)).expect("seed text");
        let claims = ex.claims(&article(&a.file, text.clone(), a.published));
        let with_fig: Vec<&Claim> = claims.iter().filter(|c| c.figure.is_some()).collect();
        // A figure-matched claim is wrong when gold lists that figure for this
        // article but with no claim of that value (gold is not complete, so
        // figures gold does not list here are not judged).
        let bad: Vec<&&Claim> = with_fig
            .iter()
            .filter(|c| {
                let fig = c.figure.as_deref().unwrap_or("");
                let listed: Vec<&GoldClaim> = a.claims.iter().filter(|g| g.figure == fig).collect();
                !listed.is_empty() && !listed.iter().any(|g| close(g.value, c.value))
            })
            .collect();
        report.push_str(&format!(
            "{}: {} claims, {} matched a figure, {} of them at a value gold gives for no claim of that figure\n",
            a.file,
            claims.len(),
            with_fig.len(),
            bad.len()
        ));
        for c in &bad {
            report.push_str(&format!("    questionable: {:?}\n", ClaimLine::from(**c)));
        }
        total += claims.len();
        matched += with_fig.len();
        wrong += bad.len();
        for g in &a.claims {
            if !found(&claims, g) {
                missing.push(format!(
                    "{}: {} {} {} {:?} as_of {:?} — {:?}\n      figure claims: {:?}",
                    a.file,
                    g.figure,
                    g.value,
                    g.unit,
                    g.bound,
                    g.as_of.map(|p| p.to_string()),
                    g.quote,
                    claims
                        .iter()
                        .filter(|c| c.figure.as_deref() == Some(g.figure.as_str())
                            || close(c.value, g.value))
                        .map(ClaimLine::from)
                        .collect::<Vec<_>>()
                ));
            }
        }
        // No claim on a year or a model name.
        let chars: Vec<char> = a_text(&a.file).chars().collect();
        for c in &claims {
            let surface: String = chars[c.start..c.end].iter().collect();
            let before: String = chars[c.start.saturating_sub(12)..c.start].iter().collect();
            let year = surface.len() == 4 && surface.chars().all(|ch| ch.is_ascii_digit());
            let model = MODEL_WORDS.iter().any(|m| {
                before.trim_end().ends_with(m) || before.trim_end().ends_with(&format!("{m}-"))
            });
            assert!(
                !year,
                "{}: claim on a year: {surface:?} in {:?}",
                a.file, c.quote
            );
            assert!(
                !model,
                "{}: claim on a model name: {before:?}{surface:?}",
                a.file
            );
        }
    }
    println!("{report}total {total} claims, {matched} matched a figure, {wrong} questionable");
    assert!(
        missing.is_empty(),
        "{} gold claims not found:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

fn a_text(file: &str) -> String {
    std::fs::read_to_string(seeds_dir().join(file)).expect("seed text")
}
