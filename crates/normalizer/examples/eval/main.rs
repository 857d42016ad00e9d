//! Evaluation and benchmark harness for the normalizer.
//!
//! ```text
//! cargo run --release -p newswatch-normalizer --features compare --example eval -- [quality|bench|dedup|all]
//! ```
//! Without `--features compare` only our extractor (and Python trafilatura,
//! if installed) is measured.
//!
//! - `quality`: shingle precision / recall / F1 (scrapinghub scoring) of
//!   every extractor on the generated corpus, split into tuned and
//!   held-out templates, plus per-template figures for ours.
//! - `bench`: single-thread throughput (pages/s, MB/s) of the raw HTML
//!   parse, our extraction, full `normalize()`, the Rust crates and Python
//!   trafilatura, on the same pages in the same run.
//! - `dedup`: SimHash Hamming distances between syndicated copies and
//!   between different stories.

mod corpus;
mod real;
mod score;

use corpus::{Page, Story};
use newswatch_wire::{BodyFormat, FeedFields, RawItem, SourceRef};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

type Extractor = (&'static str, fn(&str) -> String);

fn ours(html: &str) -> String {
    newswatch_normalizer::extract_paragraphs(html).join("\n\n")
}

#[cfg(feature = "compare")]
fn rs_trafilatura(html: &str) -> String {
    rs_trafilatura::extract(html)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

#[cfg(feature = "compare")]
fn trafilatura_rs(html: &str) -> String {
    trafilatura::extract(html, &trafilatura::Options::default())
        .map(|r| r.content_text)
        .unwrap_or_default()
}

#[cfg(feature = "compare")]
fn dom_smoothie(html: &str) -> String {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    dom_smoothie::Readability::new(html, None, Some(cfg))
        .and_then(|mut r| r.parse())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

fn extractors() -> Vec<Extractor> {
    #[allow(unused_mut)]
    let mut v: Vec<Extractor> = vec![("newswatch (ours)", ours)];
    #[cfg(feature = "compare")]
    {
        v.push(("rs-trafilatura 0.2", rs_trafilatura));
        v.push(("trafilatura-rs 0.6", trafilatura_rs));
        v.push(("dom_smoothie 0.19", dom_smoothie));
    }
    v
}

fn raw_item(html: &str) -> RawItem {
    RawItem {
        v: 1,
        id: "bench".into(),
        url: "https://news.example/2025/01/02/story".into(),
        source: SourceRef::default(),
        fetched_at: chrono::DateTime::from_timestamp(1_735_800_000, 0).unwrap_or_default(),
        http_status: Some(200),
        content_type: Some("text/html".into()),
        format: BodyFormat::Html,
        body: html.to_string(),
        feed: FeedFields::default(),
    }
}

/// The development pages (generated or real) called `name`; held-out
/// pages are never shown.
fn dev_pages_named<'a>(
    pages: &'a [Page],
    real: &'a [Page],
    name: &'a str,
) -> impl Iterator<Item = &'a Page> {
    pages
        .iter()
        .chain(real)
        .filter(move |p| p.name == name && !p.held_out)
}

/// Python trafilatura over the same pages: texts by page name, extraction
/// seconds, version.
struct PyRun {
    texts: BTreeMap<String, String>,
    /// Extraction seconds per page.
    page_seconds: BTreeMap<String, f64>,
    version: String,
}

impl PyRun {
    /// Extraction seconds over these pages.
    fn seconds(&self, pages: &[Page]) -> f64 {
        pages
            .iter()
            .map(|p| self.page_seconds.get(&p.name).copied().unwrap_or(f64::NAN))
            .sum()
    }
}

fn run_python(pages: &[Page]) -> Result<PyRun, String> {
    let dir = std::env::temp_dir().join(format!("newswatch-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut index = String::new();
    for p in pages {
        let name = format!("{}.html", p.name);
        std::fs::write(dir.join(&name), &p.html).map_err(|e| e.to_string())?;
        index.push_str(&name);
        index.push('\n');
    }
    std::fs::write(dir.join("index.txt"), index).map_err(|e| e.to_string())?;
    let script: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "examples",
        "eval",
        "trafilatura_eval.py",
    ]
    .iter()
    .collect();
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(&dir)
        .output()
        .map_err(|e| format!("python3: {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    let out = out?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr)
            .lines()
            .last()
            .unwrap_or("")
            .to_string());
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let mut texts = BTreeMap::new();
    if let Some(m) = v["texts"].as_object() {
        for (k, t) in m {
            texts.insert(
                k.trim_end_matches(".html").to_string(),
                t.as_str().unwrap_or("").to_string(),
            );
        }
    }
    let mut page_seconds = BTreeMap::new();
    if let Some(m) = v["page_seconds"].as_object() {
        for (k, t) in m {
            page_seconds.insert(
                k.trim_end_matches(".html").to_string(),
                t.as_f64().unwrap_or(f64::NAN),
            );
        }
    }
    Ok(PyRun {
        texts,
        page_seconds,
        version: v["version"].as_str().unwrap_or("?").to_string(),
    })
}

fn print_scores(name: &str, pages: &[Page], preds: &[String]) {
    let counts: Vec<_> = pages
        .iter()
        .zip(preds)
        .map(|(p, pred)| score::page_counts(&p.truth, pred))
        .collect();
    let part = |held: bool| {
        let c: Vec<_> = pages
            .iter()
            .zip(&counts)
            .filter(|(p, _)| p.held_out == held)
            .map(|(_, c)| *c)
            .collect();
        score::aggregate(&c)
    };
    let all = score::aggregate(&counts);
    let (tuned, held) = (part(false), part(true));
    let held = if pages.iter().any(|p| p.held_out) {
        format!(
            "{:.3} (P {:.3} R {:.3})",
            held.f1, held.precision, held.recall
        )
    } else {
        "-".to_string()
    };
    println!(
        "{name:<26} all F1 {:.3} (P {:.3} R {:.3}) | dev F1 {:.3} | held-out F1 {held}",
        all.f1, all.precision, all.recall, tuned.f1
    );
}

fn quality(stories: &[Story], all_pages: &[Page], py: Option<&PyRun>) {
    // Held-out templates are scored only when asked for, so that tuning
    // runs never see them.
    let show_held = std::env::var_os("EVAL_HELD_OUT").is_some();
    let kept: Vec<Page> = all_pages
        .iter()
        .filter(|p| show_held || !p.held_out)
        .cloned()
        .collect();
    let pages = &kept[..];
    if !show_held {
        println!("\n(held-out templates not scored; set EVAL_HELD_OUT=1 for the final figures)");
    }
    println!(
        "\n## Quality: {} pages ({} stories x {} templates; {} held-out pages)",
        pages.len(),
        stories.len(),
        corpus::TEMPLATES.len(),
        pages.iter().filter(|p| p.held_out).count()
    );
    for (name, f) in extractors() {
        let preds: Vec<String> = pages.iter().map(|p| f(&p.html)).collect();
        print_scores(name, pages, &preds);
        if name.starts_with("newswatch") {
            // The same, as the pipeline runs it (through a SiteMemory).
            // "warm" leaves out each site's first pages, before the memory
            // can know anything.
            let site_preds = corpus::through_site_memory(pages, &preds);
            print_scores("  + site memory", pages, &site_preds);
            let cold = newswatch_normalizer::DEFAULT_MIN_PAGES as usize;
            let warm: Vec<(Page, String)> = pages
                .iter()
                .zip(&site_preds)
                .filter(|(p, _)| p.story >= cold)
                .map(|(p, s)| (p.clone(), s.clone()))
                .collect();
            let (wp, ws): (Vec<Page>, Vec<String>) = warm.into_iter().unzip();
            print_scores("  + site memory, warm", &wp, &ws);
            for (t, held, _) in corpus::TEMPLATES {
                if *held && !show_held {
                    continue;
                }
                let per = |preds: &[String]| {
                    let c: Vec<_> = pages
                        .iter()
                        .zip(preds)
                        .filter(|(p, _)| p.template == *t)
                        .map(|(p, s)| score::page_counts(&p.truth, s))
                        .collect();
                    score::aggregate(&c)
                };
                let (s, m) = (per(&preds), per(&site_preds));
                println!(
                    "    {t:<14} F1 {:.3} (P {:.3} R {:.3}) | site memory F1 {:.3} (P {:.3} R {:.3})",
                    s.f1, s.precision, s.recall, m.f1, m.precision, m.recall
                );
            }
            if std::env::var_os("EVAL_SHOW_WORST").is_some() {
                let mut worst: Vec<(f64, &Page, &String)> = pages
                    .iter()
                    .zip(&preds)
                    .map(|(p, s)| {
                        let (tp, fp, fnn) = score::page_counts(&p.truth, s);
                        (tp / (tp + fp + fnn).max(1e-9), p, s)
                    })
                    .filter(|(_, p, _)| !p.held_out)
                    .collect();
                worst.sort_by(|a, b| a.0.total_cmp(&b.0));
                // The worst development pages by name (`eval debug NAME`
                // shows one).
                for (f, p, _) in worst.iter().take(25) {
                    println!("    worst {:.3} {}", f, p.name);
                }
            }
        }
    }
    print_python_scores(pages, py);
}

/// Python trafilatura's scores on `pages` (its texts from the same run).
fn print_python_scores(pages: &[Page], py: Option<&PyRun>) {
    match py {
        Some(py) => {
            let preds: Vec<String> = pages
                .iter()
                .map(|p| py.texts.get(&p.name).cloned().unwrap_or_default())
                .collect();
            print_scores(
                &format!("trafilatura (Python {})", py.version),
                pages,
                &preds,
            );
        }
        None => println!("Python trafilatura: not run"),
    }
}

/// Scores on the real pages (development half; held-out half with
/// `EVAL_REAL_HELD_OUT=1`), every extractor, and Python trafilatura.
fn quality_real(pages: &[Page], py: Option<&PyRun>) {
    let show_held = std::env::var_os("EVAL_REAL_HELD_OUT").is_some();
    let kept: Vec<Page> = pages
        .iter()
        .filter(|p| show_held || !p.held_out)
        .cloned()
        .collect();
    println!(
        "\n## Quality on real pages (Mozilla Readability test pages, reference = Reader View's expected text): {} pages, {} held-out",
        kept.len(),
        kept.iter().filter(|p| p.held_out).count()
    );
    if !show_held {
        println!("(held-out pages not scored; set EVAL_REAL_HELD_OUT=1 for the final figures)");
    }
    for (name, f) in extractors() {
        let preds: Vec<String> = kept.iter().map(|p| f(&p.html)).collect();
        print_scores(name, &kept, &preds);
        if name.starts_with("newswatch") && std::env::var_os("EVAL_SHOW_WORST").is_some() {
            let mut rows: Vec<(f64, f64, f64, &Page)> = kept
                .iter()
                .zip(&preds)
                .filter(|(p, _)| !p.held_out)
                .map(|(p, s)| {
                    let (tp, fp, fnn) = score::page_counts(&p.truth, s);
                    let f1 = 2.0 * tp / (2.0 * tp + fp + fnn).max(1e-9);
                    (f1, tp / (tp + fp).max(1e-9), tp / (tp + fnn).max(1e-9), p)
                })
                .collect();
            rows.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (f1, pr, re, p) in &rows {
                println!("    {:<40} F1 {f1:.3} P {pr:.3} R {re:.3}", p.name);
            }
        }
    }
    print_python_scores(&kept, py);
}

/// Run `f` over all pages repeatedly for at least `min` time; pages/s.
fn throughput(pages: &[Page], min: Duration, f: &dyn Fn(&str)) -> (f64, f64) {
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let start = Instant::now();
    let mut passes = 0u32;
    while passes == 0 || start.elapsed() < min {
        for p in pages {
            f(&p.html);
        }
        passes += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let n = f64::from(passes);
    (pages.len() as f64 * n / secs, bytes as f64 * n / secs / 1e6)
}

fn bench(label: &str, pages: &[Page], py: Option<&PyRun>) {
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    println!(
        "\n## Throughput, one thread, {label}: {} pages, {:.1} MB (mean {:.1} KB/page)",
        pages.len(),
        bytes as f64 / 1e6,
        bytes as f64 / pages.len() as f64 / 1e3
    );
    let min = Duration::from_secs(3);
    let (raw_pps, raw_mbs) = throughput(pages, min, &|h| {
        std::hint::black_box(scraper::Html::parse_document(h));
    });
    println!(
        "{:<26} {raw_pps:>9.0} pages/s {raw_mbs:>7.1} MB/s",
        "scraper parse only"
    );
    let (tk_pps, tk_mbs) = throughput(pages, min, &|h| {
        std::hint::black_box(newswatch_normalizer::events::Doc::parse(h));
    });
    println!(
        "{:<26} {tk_pps:>9.0} pages/s {tk_mbs:>7.1} MB/s  ({:.0}% of raw parse)",
        "ours: tokenize only",
        100.0 * tk_pps / raw_pps
    );
    let (ex_pps, ex_mbs) = throughput(pages, min, &|h| {
        std::hint::black_box(newswatch_normalizer::extract_paragraphs(h));
    });
    println!(
        "{:<26} {ex_pps:>9.0} pages/s {ex_mbs:>7.1} MB/s  ({:.0}% of raw parse)",
        "ours: extract text",
        100.0 * ex_pps / raw_pps
    );
    let items: Vec<RawItem> = pages.iter().map(|p| raw_item(&p.html)).collect();
    let idx = std::cell::Cell::new(0usize);
    let (n_pps, n_mbs) = throughput(pages, min, &|_| {
        let i = idx.get();
        idx.set((i + 1) % items.len());
        let _ = std::hint::black_box(newswatch_normalizer::normalize(&items[i]));
    });
    println!(
        "{:<26} {n_pps:>9.0} pages/s {n_mbs:>7.1} MB/s  ({:.0}% of raw parse, {:.0}% of our tokenizer)",
        "ours: full normalize()",
        100.0 * n_pps / raw_pps,
        100.0 * n_pps / tk_pps
    );
    // The stage's path: the same, then the site memory (each template is
    // a site; after the first pass every page is a re-fetch, which is
    // filtered but not remembered again).
    let site_items: Vec<RawItem> = pages
        .iter()
        .map(|p| {
            let mut item = raw_item(&p.html);
            item.url = format!(
                "https://{}.example/{}",
                p.template.to_ascii_lowercase(),
                p.name
            );
            item
        })
        .collect();
    let memory = std::cell::RefCell::new(newswatch_normalizer::SiteMemory::default());
    let opts = newswatch_normalizer::Options::default();
    let idx = std::cell::Cell::new(0usize);
    let (s_pps, s_mbs) = throughput(pages, min, &|_| {
        let i = idx.get();
        idx.set((i + 1) % site_items.len());
        let _ = std::hint::black_box(newswatch_normalizer::normalize_in_site(
            &site_items[i],
            &opts,
            &mut memory.borrow_mut(),
        ));
    });
    println!(
        "{:<26} {s_pps:>9.0} pages/s {s_mbs:>7.1} MB/s  ({:.0}% of raw parse; site memory costs {:.1}%)",
        "ours: + site memory",
        100.0 * s_pps / raw_pps,
        100.0 * (n_pps / s_pps - 1.0)
    );
    for (name, f) in extractors().into_iter().skip(1) {
        let (pps, mbs) = throughput(pages, min, &|h| {
            std::hint::black_box(f(h));
        });
        println!("{name:<26} {pps:>9.0} pages/s {mbs:>7.1} MB/s");
    }
    match py {
        Some(py) => {
            let secs = py.seconds(pages);
            let pps = pages.len() as f64 / secs;
            println!(
                "{:<26} {pps:>9.1} pages/s {:>7.2} MB/s  (ours normalize() is {:.1}x faster)",
                format!("trafilatura (Python {})", py.version),
                bytes as f64 / secs / 1e6,
                n_pps / pps
            );
        }
        None => println!("Python trafilatura: not run"),
    }
}

fn dedup(stories: &[Story]) {
    use newswatch_normalizer::{DEFAULT_MAX_HAMMING, MIN_WORDS_FOR_NEAR_DUP, normalize};
    println!("\n## Dedup: SimHash Hamming distances (threshold {DEFAULT_MAX_HAMMING})");
    let mut originals = Vec::new();
    let mut copy_d = Vec::new();
    for (i, s) in stories.iter().enumerate() {
        let a = normalize(&raw_item(&corpus::render(s, i, i as u64)));
        // The syndicated copy: other chrome, other headline, a dateline and
        // one added sentence.
        let mut edited = s.clone();
        edited.title = format!("UPDATE: {}", s.title);
        if let Some(p) = edited.paragraphs.first_mut() {
            *p = format!("NEW YORK (Wire) — {p}");
        }
        edited
            .paragraphs
            .push("The company did not respond to a request for comment on Friday.".into());
        let b = normalize(&raw_item(&corpus::render(&edited, i + 3, 1000 + i as u64)));
        if let (Ok(a), Ok(b)) = (a, b) {
            if a.word_count >= MIN_WORDS_FOR_NEAR_DUP {
                let d = (a.simhash ^ b.simhash).count_ones();
                if d > DEFAULT_MAX_HAMMING {
                    println!(
                        "missed copy: story {i}, {} words, distance {d}",
                        a.word_count
                    );
                }
                copy_d.push(d);
            }
            originals.push(a);
        }
    }
    let mut other_d = Vec::new();
    for i in 0..originals.len() {
        for j in i + 1..originals.len() {
            let (a, b) = (&originals[i], &originals[j]);
            if a.word_count >= MIN_WORDS_FOR_NEAR_DUP && b.word_count >= MIN_WORDS_FOR_NEAR_DUP {
                other_d.push((a.simhash ^ b.simhash).count_ones());
            }
        }
    }
    let hist = |d: &[u32]| -> String {
        let mut buckets = [0usize; 9];
        for &x in d {
            buckets[(x as usize / 4).min(8)] += 1;
        }
        buckets
            .iter()
            .enumerate()
            .map(|(i, n)| {
                if i == 8 {
                    format!("32+:{n}")
                } else {
                    format!("{}-{}:{n}", i * 4, i * 4 + 3)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let caught = copy_d.iter().filter(|&&d| d <= DEFAULT_MAX_HAMMING).count();
    let false_pos = other_d
        .iter()
        .filter(|&&d| d <= DEFAULT_MAX_HAMMING)
        .count();
    println!(
        "syndicated copies: {caught}/{} within threshold; max {}; histogram {}",
        copy_d.len(),
        copy_d.iter().max().unwrap_or(&0),
        hist(&copy_d)
    );
    println!(
        "different stories: {false_pos}/{} pairs within threshold; min {}; histogram {}",
        other_d.len(),
        other_d.iter().min().unwrap_or(&0),
        hist(&other_d)
    );
}

fn main() {
    let what = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let stories = match corpus::load_stories() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot build the corpus: {e}");
            std::process::exit(2);
        }
    };
    // EVAL_LIGHT=1: pages without the text-free page weight (as the
    // quality floor test builds them).
    let pages = corpus::build_pages(&stories, std::env::var_os("EVAL_LIGHT").is_none());
    let real_pages = match real::load(&real::pages_dir()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("real pages not loaded: {e}");
            Vec::new()
        }
    };
    if what == "profile" {
        // `profile real`: the real pages instead of the generated ones.
        let pages = if std::env::args().nth(2).as_deref() == Some("real") {
            &real_pages
        } else {
            &pages
        };
        let texts: Vec<String> = pages.iter().map(|p| ours(&p.html)).collect();
        let t = |name: &str, f: &dyn Fn(usize)| {
            let start = Instant::now();
            for _ in 0..5 {
                for i in 0..pages.len() {
                    f(i);
                }
            }
            let us = start.elapsed().as_secs_f64() * 1e6 / (5 * pages.len()) as f64;
            println!("{name:<20} {us:>8.1} us/page");
        };
        t("parse", &|i| {
            drop(std::hint::black_box(scraper::Html::parse_document(
                &pages[i].html,
            )))
        });
        t("events (our tokenizer)", &|i| {
            drop(std::hint::black_box(
                newswatch_normalizer::events::Doc::parse(&pages[i].html),
            ))
        });
        let docs: Vec<newswatch_normalizer::events::Doc<'_>> = pages
            .iter()
            .map(|p| newswatch_normalizer::events::Doc::parse(&p.html))
            .collect();
        if std::env::var_os("EVAL_PROFILE_WALK").is_some() {
            for _ in 0..20 {
                for d in &docs {
                    drop(std::hint::black_box(
                        newswatch_normalizer::extract::extract(d),
                    ));
                }
            }
            return;
        }
        t("walk only", &|i| {
            std::hint::black_box(newswatch_normalizer::extract::walk_only(&docs[i]));
        });
        t("walk + choose", &|i| {
            drop(std::hint::black_box(
                newswatch_normalizer::extract::extract(&docs[i]),
            ))
        });
        t("extract", &|i| {
            drop(std::hint::black_box(ours(&pages[i].html)))
        });
        let lang = |t: &str, n: usize| {
            let s: String = t.chars().take(n).collect();
            whatlang::detect(&s)
                .filter(|i| i.is_reliable())
                .map(|i| i.lang())
        };
        let fast = texts
            .iter()
            .filter(|t| {
                let s: String = t.chars().take(600).collect();
                newswatch_normalizer::text::is_plainly_english(&s)
            })
            .collect::<Vec<_>>();
        let wrong = fast
            .iter()
            .filter(|t| lang(t, 600).is_some_and(|l| l != whatlang::Lang::Eng))
            .count();
        println!(
            "English fast path takes {}/{} pages; whatlang says another language on {wrong} of them",
            fast.len(),
            texts.len()
        );
        for n in [150, 200, 300] {
            let differ = texts.iter().filter(|t| lang(t, n) != lang(t, 600)).count();
            println!(
                "whatlang on {n} chars differs from 600 chars on {differ}/{} pages",
                texts.len()
            );
        }
        for n in [150, 300, 600] {
            t(&format!("whatlang {n}"), &|i| {
                let s: String = texts[i].chars().take(n).collect();
                std::hint::black_box(whatlang::detect(&s));
            });
        }
        t("simhash", &|i| {
            std::hint::black_box(newswatch_normalizer::text::simhash(&texts[i]));
        });
        t("content_hash", &|i| {
            drop(std::hint::black_box(
                newswatch_normalizer::text::content_hash(&texts[i]),
            ))
        });
        t("normalize", &|i| {
            drop(std::hint::black_box(newswatch_normalizer::normalize(
                &raw_item(&pages[i].html),
            )))
        });
        return;
    }
    if what == "dump" {
        // For studying combinations of extractors: every extractor's text
        // on the pages of the named template families (first letters) and,
        // with `real` in the list, the development half of the real pages,
        // as JSON lines. `EVAL_DUMP_OURS_ONLY=1` runs only ours.
        let out = std::env::args()
            .nth(2)
            .unwrap_or_else(|| "dump.jsonl".into());
        let families = std::env::args().nth(3).unwrap_or_default();
        let only_ours = std::env::var_os("EVAL_DUMP_OURS_ONLY").is_some();
        let with_real = families.split(',').any(|f| f == "real");
        let chosen = pages
            .iter()
            .filter(|p| {
                families
                    .split(',')
                    .any(|f| f.len() == 1 && p.template.starts_with(f))
            })
            .chain(real_pages.iter().filter(|p| with_real && !p.held_out));
        let mut lines = String::new();
        for p in chosen {
            let mut row = serde_json::json!({
                "name": p.name, "template": p.template, "truth": p.truth,
            });
            for (name, f) in extractors() {
                if only_ours && !name.starts_with("newswatch") {
                    continue;
                }
                let key = name.split(' ').next().unwrap_or(name);
                row[key] = serde_json::Value::String(f(&p.html));
            }
            lines.push_str(&row.to_string());
            lines.push('\n');
        }
        if let Err(e) = std::fs::write(&out, lines) {
            eprintln!("{out}: {e}");
            std::process::exit(1);
        }
        return;
    }
    if what == "mangle" {
        // Robustness: every real page and one page per template, cut at
        // random points and with markup fragments inserted at random,
        // through normalize(). A panic aborts with the page name.
        const BITS: &[&str] = &[
            "<",
            "</",
            "<div",
            "<p class=\"",
            "=\"",
            "'",
            "&",
            "&#x",
            "&am",
            "<!--",
            "-->",
            "<script>",
            "</script>",
            "<svg>",
            "<nav>",
            "</nav>",
            "<title>",
            "<![CDATA[",
            "<table><tr><td>",
            "\u{0}",
            "\u{fffd}",
            "<a href=",
            ">",
            "/>",
            "<textarea>",
            "<plaintext>",
        ];
        let rounds: usize = std::env::args()
            .nth(2)
            .and_then(|n| n.parse().ok())
            .unwrap_or(50);
        let mut rng = corpus::Rng::new(7);
        let mut sample: Vec<&Page> = real_pages.iter().collect();
        let mut seen_t = std::collections::BTreeSet::new();
        sample.extend(pages.iter().filter(|p| seen_t.insert(p.template)));
        let mut runs = 0usize;
        for p in &sample {
            for _ in 0..rounds {
                let mut s = p.html.clone();
                for _ in 0..rng.below(6) {
                    let mut at = rng.below(s.len() + 1);
                    while !s.is_char_boundary(at) {
                        at -= 1;
                    }
                    s.insert_str(at, rng.pick(BITS));
                }
                let mut cut = rng.below(s.len() + 1);
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                if rng.chance(50) {
                    s.truncate(cut);
                }
                let _ = std::hint::black_box(newswatch_normalizer::normalize(&raw_item(&s)));
                runs += 1;
            }
        }
        println!(
            "mangle: {runs} mangled pages from {} originals, no panic",
            sample.len()
        );
        return;
    }
    if what == "html" {
        // A development page's HTML, as generated.
        let name = std::env::args().nth(2).unwrap_or_default();
        for p in dev_pages_named(&pages, &real_pages, &name) {
            println!("{}", p.html);
        }
        return;
    }
    if what == "debug" {
        // A development page only: its extraction, the reference text and
        // the container candidates.
        let name = std::env::args().nth(2).unwrap_or_default();
        for p in dev_pages_named(&pages, &real_pages, &name) {
            println!(
                "=== ours\n{}\n=== reference\n{}\n=== candidates\n{}",
                ours(&p.html),
                p.truth,
                newswatch_normalizer::extract::debug_candidates(&p.html)
            );
        }
        return;
    }
    let want_py = matches!(what.as_str(), "all" | "quality" | "bench" | "real");
    let py = if want_py && std::env::var_os("EVAL_NO_PYTHON").is_none() {
        let mut both = pages.clone();
        both.extend(real_pages.iter().cloned());
        match run_python(&both) {
            Ok(r) => Some(r),
            Err(e) => {
                eprintln!("Python trafilatura not run: {e}");
                None
            }
        }
    } else {
        None
    };
    if what == "all" || what == "quality" {
        quality(&stories, &pages, py.as_ref());
    }
    if matches!(what.as_str(), "all" | "quality" | "real") && !real_pages.is_empty() {
        quality_real(&real_pages, py.as_ref());
    }
    if what == "all" || what == "bench" {
        bench("generated pages", &pages, py.as_ref());
        if !real_pages.is_empty() {
            bench("real pages", &real_pages, py.as_ref());
        }
    }
    if what == "all" || what == "dedup" {
        dedup(&stories);
    }
}
