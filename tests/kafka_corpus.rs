//! A generated archive of fictional coverage for the Kafka tests and the
//! Kafka benchmark: vehicle recalls by made-up carmakers whose size grows over
//! time (tracked figures), mixed with market and plant stories whose numbers
//! match no tracked figure. Deterministic for a given size and seed.
#![allow(dead_code)]

use chrono::{DateTime, Duration, Utc};
use newswatch_wire::{BodyFormat, FeedFields, RawItem, SourceRef, WIRE_VERSION, stable_id};

/// The generated archive and the config that tracks its figures.
pub struct Corpus {
    pub items: Vec<RawItem>,
    /// `[[entities]]` and `[[figures]]` for the carmakers (TOML).
    pub figures_toml: String,
    /// How many recall stories there are (the rest are filler).
    pub recall_stories: usize,
}

/// xorshift64*: enough randomness for text variety, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const MAKERS: &[&str] = &[
    "Arden",
    "Bellmark",
    "Corvane",
    "Dunmore",
    "Elstow",
    "Fairhaven",
    "Glenrock",
    "Harrowgate",
    "Ivybridge",
    "Juniper",
    "Kestrelmoor",
    "Larchfield",
];
const OUTLETS: &[(&str, &str)] = &[
    ("harbourtimes", "Harbour Times"),
    ("motorwire", "Motor Wire"),
    ("ledgerdaily", "Ledger Daily"),
    ("coastalcourier", "Coastal Courier"),
    ("northpost", "The North Post"),
    ("citybeacon", "City Beacon"),
];
const MODELS: &[&str] = &[
    "Kestrel", "Osprey", "Merlin", "Falcon", "Heron", "Plover", "Swift", "Wren", "Curlew", "Tern",
    "Lapwing", "Avocet",
];
const DEFECTS: &[(&str, &str)] = &[
    (
        "faulty airbag inflators",
        "the driver-side airbag inflator can rupture in a crash",
    ),
    (
        "brake fluid leaks",
        "a brake line seal can leak and reduce braking power",
    ),
    (
        "seat belt anchors",
        "a rear seat belt anchor can detach in a collision",
    ),
    (
        "fuel pump failures",
        "the fuel pump can stop working while the car is moving",
    ),
    (
        "steering faults",
        "a steering column bolt can loosen over time",
    ),
];
const REGIONS: &[&str] = &[
    "North America",
    "Europe",
    "the United States",
    "Canada",
    "Asia",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const INDICES: &[&str] = &[
    "Harbour 100",
    "Coastal Composite",
    "Northern Industrials",
    "Ledger 50",
];
const SECTORS: &[&str] = &["bank", "energy", "retail", "technology", "shipping"];
const CITIES: &[&str] = &[
    "Port Selwyn",
    "Ashby",
    "Marrow Bay",
    "Eastwick",
    "Brindle",
    "Holloway",
];

fn maker_name(i: usize) -> String {
    format!("{} Motors", MAKERS[i])
}

fn figure_id(i: usize) -> String {
    format!("{}-recall", MAKERS[i].to_ascii_lowercase())
}

/// "2.3 million" for values of a million and more (rounded to 100,000),
/// "240,000" below (rounded to 1,000); returns the text and its exact value.
fn amount(v: u64) -> (String, u64) {
    if v >= 1_000_000 {
        let tenths = (v + 50_000) / 100_000;
        let text = if tenths.is_multiple_of(10) {
            format!("{} million", tenths / 10)
        } else {
            format!("{}.{} million", tenths / 10, tenths % 10)
        };
        (text, tenths * 100_000)
    } else {
        let k = ((v + 500) / 1000).max(1);
        let text = if k >= 1000 {
            format!("{},{:03},000", k / 1000, k % 1000)
        } else {
            format!("{k},000")
        };
        (text, k * 1000)
    }
}

fn html(
    title: &str,
    outlet: &str,
    published: DateTime<Utc>,
    url: &str,
    paras: &[String],
) -> String {
    let body: String = paras.iter().map(|p| format!("    <p>{p}</p>\n")).collect();
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>{title} | {outlet}</title>\n  \
         <meta property=\"og:site_name\" content=\"{outlet}\">\n  <meta property=\"article:published_time\" content=\"{}\">\n  \
         <link rel=\"canonical\" href=\"{url}\">\n</head>\n<body>\n  <nav><a href=\"/\">Home</a> <a href=\"/autos\">Autos</a></nav>\n  \
         <article>\n    <h1>{title}</h1>\n{body}  </article>\n  <footer>&copy; 2026 {outlet}</footer>\n</body>\n</html>\n",
        published.to_rfc3339()
    )
}

/// `n` items, oldest first, one every 37 minutes from 2026-01-05.
pub fn generate(n: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed | 1);
    let start = DateTime::<Utc>::from_timestamp(1_767_571_200, 0).unwrap_or_default(); // 2026-01-05
    // Current recall size per maker; None until the first story.
    let mut size: Vec<Option<u64>> = vec![None; MAKERS.len()];
    let mut items = Vec::with_capacity(n);
    let mut recall_stories = 0;
    for i in 0..n {
        let published = start + Duration::minutes(37 * i as i64);
        let (outlet_slug, outlet) = OUTLETS[rng.below(OUTLETS.len())];
        let day = rng.pick(DAYS);
        let (title, paras, section, slug) = if rng.below(100) < 40 {
            recall_stories += 1;
            let m = rng.below(MAKERS.len());
            let name = maker_name(m);
            let (defect_short, defect_long) = DEFECTS[m % DEFECTS.len()];
            let model = rng.pick(MODELS);
            let (first, raw_value) = match size[m] {
                None => (true, 100_000 + rng.below(2_000) as u64 * 1000),
                Some(v) if rng.below(100) < 35 => {
                    (false, v + v * (10 + rng.below(40) as u64) / 100)
                }
                Some(v) => (false, v),
            };
            let (text, value) = amount(raw_value);
            let grew = size[m].is_some_and(|old| old != value);
            size[m] = Some(value);
            let injuries = 1 + rng.below(12);
            if first || !grew {
                (
                    format!("{name} recalls {text} vehicles over {defect_short}"),
                    vec![
                        format!(
                            "{name} said on {day} it is recalling {text} vehicles in {} because {defect_long}.",
                            rng.pick(REGIONS)
                        ),
                        format!(
                            "The recall covers the {model} and the {} from the {} to {} model years. Dealers will fix the fault free of charge, the company said in a filing with regulators.",
                            rng.pick(MODELS),
                            2018 + rng.below(4),
                            2022 + rng.below(4)
                        ),
                        format!(
                            "{} shares fell {}% in early trading. Story {i} of the archive.",
                            MAKERS[m],
                            1 + rng.below(6)
                        ),
                    ],
                    "autos",
                    format!("{}-recall", MAKERS[m].to_ascii_lowercase()),
                )
            } else {
                (
                    format!("{name} expands recall to {text} vehicles"),
                    vec![
                        format!(
                            "{name} expanded its {} recall to {text} vehicles on {day}, adding the {model} models after new reports of {defect_short}.",
                            defect_short.split(' ').next_back().unwrap_or("safety")
                        ),
                        format!(
                            "Regulators said they were aware of {injuries} injuries linked to the fault."
                        ),
                        format!(
                            "Owners will be told by letter when parts are available. Report number {i}."
                        ),
                    ],
                    "autos",
                    format!("{}-expands-recall", MAKERS[m].to_ascii_lowercase()),
                )
            }
        } else if rng.below(2) == 0 {
            let index = rng.pick(INDICES);
            let pct = format!("{}.{}", rng.below(3), rng.below(10));
            let points = 2_000 + rng.below(6_000);
            (
                format!("{index} closes {pct}% higher"),
                vec![
                    format!(
                        "The {index} index rose {pct}% to {points} points on {day}, led by {} stocks.",
                        rng.pick(SECTORS)
                    ),
                    format!(
                        "Trading volume was {} million shares, below the monthly average.",
                        100 + rng.below(400)
                    ),
                    format!("Analysts expect more volatility next week. Market wrap {i}."),
                ],
                "markets",
                "markets-wrap".to_string(),
            )
        } else {
            let m = rng.below(MAKERS.len());
            let city = rng.pick(CITIES);
            let jobs = 200 + rng.below(3_000);
            (
                format!("{} opens a plant in {city}", maker_name(m)),
                vec![
                    format!(
                        "{} opened a battery plant in {city} on {day} that will employ {jobs} people.",
                        maker_name(m)
                    ),
                    format!(
                        "The plant cost {} million dollars and will make cells for the {} range.",
                        100 + rng.below(900),
                        rng.pick(MODELS)
                    ),
                    format!("Local officials welcomed the investment. Plant story {i}."),
                ],
                "business",
                format!("{}-plant", MAKERS[m].to_ascii_lowercase()),
            )
        };
        let url = format!(
            "https://{outlet_slug}.example/{section}/{}/{slug}-{i}",
            published.format("%Y/%m/%d")
        );
        items.push(RawItem {
            v: WIRE_VERSION,
            id: stable_id(&[&url]),
            url: url.clone(),
            source: SourceRef {
                feed_url: Some(format!("https://{outlet_slug}.example/rss")),
                name: Some(outlet.to_string()),
            },
            fetched_at: published + Duration::minutes(5),
            http_status: Some(200),
            content_type: Some("text/html; charset=utf-8".into()),
            format: BodyFormat::Html,
            body: html(&title, outlet, published, &url, &paras),
            feed: FeedFields {
                title: Some(title.clone()),
                published_at: Some(published),
                author: None,
                guid: Some(url.clone()),
                summary: None,
            },
        });
    }
    let mut figures_toml = String::new();
    for (m, maker) in MAKERS.iter().enumerate() {
        figures_toml.push_str(&format!(
            "[[entities]]\nname = \"{}\"\naliases = [\"{maker}\"]\n\n[[figures]]\nid = \"{}\"\nname = \"{} recall\"\nsubject = \"{}\"\nmetric = \"recalled units\"\nunit = \"vehicles\"\n\n",
            maker_name(m),
            figure_id(m),
            maker_name(m),
            maker_name(m)
        ));
    }
    Corpus {
        items,
        figures_toml,
        recall_stories,
    }
}

/// Write items as JSON lines (the fetcher's raw archive format).
pub fn write_jsonl(items: &[RawItem], path: &std::path::Path) -> std::io::Result<()> {
    use std::io::Write;
    let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
    for it in items {
        serde_json::to_writer(&mut w, it)?;
        w.write_all(b"\n")?;
    }
    w.flush()
}
