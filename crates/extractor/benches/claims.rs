//! Throughput of `quantities` and `Extractor::claims_in_text` on
//! article-length text (MB/s per core = criterion's thrpt figure).
//! `cargo bench -p newswatch-extractor --bench claims`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newswatch_config::Config;
use newswatch_extractor::{Extractor, quantities};
use std::hint::black_box;
use std::path::Path;

fn texts() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![(
        "fixture".to_string(),
        std::fs::read_to_string(dir.join("benches/fixtures/article.txt")).expect("fixture"),
    )];
    // The seed articles, when the shared data is there.
    if let Ok(rd) = std::fs::read_dir(dir.join("../../../shared/seeds")) {
        let mut all = String::new();
        for e in rd.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                all.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
                all.push_str("\n\n");
            }
        }
        if !all.is_empty() {
            out.push(("seeds".to_string(), all));
        }
    }
    // Long inputs: about 1 MB, as many lines and as one line.
    let base = out[0].1.clone();
    let long = base.repeat(1_000_000 / base.len() + 1);
    out.push(("long-1MB".to_string(), long.clone()));
    out.push(("long-1MB-one-line".to_string(), long.replace('\n', " ")));
    out
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let cfg = Config::load(&root.join("config/seeds.toml")).expect("config/seeds.toml");
    let ex = Extractor::new(&cfg);
    let published = chrono::NaiveDate::from_ymd_opt(2026, 4, 20);
    for (name, text) in texts() {
        let mut g = c.benchmark_group(format!("extractor/{name}"));
        if text.len() > 100_000 {
            g.sample_size(10);
        }
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("quantities", |b| b.iter(|| quantities(black_box(&text))));
        g.bench_function("claims", |b| {
            b.iter(|| ex.claims_in_text(black_box(&text), published))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
