//! Pushes N claims (default 100,000) through the tracker on each store and
//! prints claims/s. Run: `cargo bench -p newswatch-tracker --bench throughput`
//! (`-- --claims 20000` for a shorter run). The PostgreSQL run happens when
//! `NEWSWATCH_TEST_PG_URL` is set (a fresh schema is created and dropped).

use chrono::{Duration, TimeZone, Utc};
use newswatch_config::Config;
use newswatch_store::{SharedStore, SqliteStore};
use newswatch_tracker::Tracker;
use newswatch_wire::{Bound, Claim, Measure, QuantityKind, WIRE_VERSION, stable_id};
use std::sync::Arc;
use std::time::Instant;

const FIGURES: usize = 200;
const OUTLETS: usize = 37;

fn config() -> Config {
    let mut t = String::from("conflict_window = \"7d\"\n");
    for i in 0..FIGURES {
        t.push_str(&format!(
            "[[figures]]\nid = \"fig-{i}\"\nname = \"Figure {i}\"\nsubject = \"Company {i}\"\nmetric = \"revenue\"\nunit = \"USD\"\ntolerance = 0.01\n"
        ));
    }
    Config::parse(&t, std::path::Path::new(".")).unwrap_or_else(|p| panic!("bench config: {p:?}"))
}

/// Deterministic synthetic coverage: every figure is reported again and
/// again by many outlets; its value moves every 50th report, some reports
/// are bounds, some are copies (duplicates) and some are dated history.
fn claims(n: usize) -> Vec<Claim> {
    let t0 = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    (0..n)
        .map(|k| {
            let fig = k % FIGURES;
            let round = k / FIGURES;
            let level = 1e9 * (1.0 + fig as f64) * (1.0 + 0.1 * (round / 50) as f64);
            let outlet = (k * 7 + fig) % OUTLETS;
            let (bound, value) = match k % 10 {
                3 => (Bound::AtLeast, level * 0.9),
                7 => (Bound::Approx, level),
                _ => (Bound::Exact, level),
            };
            let id = stable_id(&["bench", &k.to_string()]);
            Claim {
                v: WIRE_VERSION,
                id: id.clone(),
                article_id: format!("art-{}", k / 3),
                figure: Some(format!("fig-{fig}")),
                subject: Some(format!("Company {fig}")),
                metric: Some("revenue".into()),
                object: None,
                measure: Measure::Level,
                value,
                value_max: None,
                unit: "USD".into(),
                kind: QuantityKind::Money,
                bound,
                trend: None,
                as_of: if k % 97 == 0 { "2024-03".parse().ok() } else { None },
                quote: format!("Company {fig} reported revenue of ${value} in its latest filing, the company said."),
                start: 10,
                end: 20,
                source_url: format!("https://outlet{outlet}.example/news/{k}"),
                source_title: Some(format!("Company {fig} results")),
                source_name: Some(format!("Outlet {outlet}")),
                published_at: Some(t0 + Duration::seconds(k as i64 * 30)),
                duplicate_of: if k % 23 == 0 { Some("art-0".into()) } else { None },
            }
        })
        .collect()
}

async fn run(label: &str, store: SharedStore, claims: &[Claim]) {
    let cfg = config();
    let mut tracker = Tracker::new(&cfg, store, vec!["stdout".into(), "hook".into()]);
    let started = Instant::now();
    let mut alerts = 0usize;
    for c in claims {
        match tracker.apply(c).await {
            Ok(a) => alerts += a.len(),
            Err(e) => {
                eprintln!("{label}: apply failed: {e}");
                std::process::exit(1);
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{label:<18} {:>8} claims in {secs:>7.2} s = {:>9.0} claims/s ({alerts} alerts)",
        claims.len(),
        claims.len() as f64 / secs
    );
}

fn main() {
    let mut n = 100_000usize;
    let mut only: Option<String> = None;
    let mut runtime: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--claims" => n = args.next().and_then(|v| v.parse().ok()).unwrap_or(n),
            // `--only file|memory|postgres`
            "--only" => only = args.next(),
            "--runtime" => runtime = args.next(),
            _ => {}
        }
    }
    let want = |k: &str| only.as_deref().is_none_or(|o| o == k);
    // `--runtime current` runs on a current-thread runtime (SQLite calls
    // then hop to the blocking pool); the default is a multi-thread runtime
    // with one worker, where they run in place.
    let rt = if runtime.as_deref() == Some("current") {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
    };
    let rt = match rt {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("runtime: {e}");
            std::process::exit(1);
        }
    };
    rt.block_on(async {
        let claims = claims(n);
        let dir = match tempfile::tempdir() {
            Ok(d) => d,
            Err(e) => {
                eprintln!("tempdir: {e}");
                std::process::exit(1);
            }
        };
        let db = std::env::var("NEWSWATCH_BENCH_KEEP_DB")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|_| dir.path().join("bench.sqlite"));
        if want("file") {
            match SqliteStore::open(&db).await {
                Ok(s) => run("sqlite (file, WAL)", Arc::new(s), &claims).await,
                Err(e) => eprintln!("sqlite: {e}"),
            }
        }
        if want("memory") {
            match SqliteStore::in_memory() {
                Ok(s) => run("sqlite (memory)", Arc::new(s), &claims).await,
                Err(e) => eprintln!("sqlite memory: {e}"),
            }
        }
        if want("postgres") {
            bench_postgres(&claims).await;
        }
    });
}

async fn bench_postgres(claims: &[Claim]) {
    let Ok(url) = std::env::var("NEWSWATCH_TEST_PG_URL") else {
        println!("postgres           skipped (NEWSWATCH_TEST_PG_URL is not set)");
        return;
    };
    let schema = format!("nw_bench_{}", std::process::id());
    match newswatch_store::PostgresStore::connect_in_schema(&url, &schema).await {
        Ok(s) => {
            run("postgres", Arc::new(s.clone()), claims).await;
            if let Err(e) = s.drop_schema().await {
                eprintln!("postgres: cannot drop schema {schema}: {e}");
            }
        }
        Err(e) => eprintln!("postgres: {e}"),
    }
}
