//! Fetcher throughput on loopback: a local server serves N feeds of M items
//! (default 1,000 x 50) spread over 4 ports (4 "hosts"); the fetcher polls
//! them all once, first with feeds only, then fetching every article page.
//! Prints items/s and the process's peak resident memory (VmHWM, which
//! includes the in-process server and its pre-rendered bodies).
//!
//! `cargo bench -p newswatch-fetcher --bench fetch_throughput`
//! (`NW_BENCH_FEEDS`, `NW_BENCH_ITEMS` change the sizes).

#[path = "../tests/support/mod.rs"]
mod support;

use newswatch_config::{Config, FeedConfig, FeedKind, HumanDuration};
use newswatch_fetcher::Fetcher;
use newswatch_store::{SharedStore, SqliteStore};
use newswatch_transport::memory::channel;
use newswatch_wire::RawItem;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{Route, TestServer, article, rss};

fn vm_hwm_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn env_usize(k: &str, d: usize) -> usize {
    std::env::var(k)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(d)
}

#[allow(clippy::field_reassign_with_default)]
async fn run(fetch_articles: bool, n_feeds: usize, n_items: usize) {
    const HOSTS: usize = 4;
    let mut servers = Vec::new();
    for _ in 0..HOSTS {
        servers.push(TestServer::start().await);
    }
    let mut feeds = Vec::new();
    for f in 0..n_feeds {
        let srv = &servers[f % HOSTS];
        let base = srv.url("");
        let path = format!("/feeds/{f}.xml");
        srv.route(
            &path,
            Route::ok(
                "application/rss+xml",
                rss(&format!("Feed {f}"), &base, &format!("f{f}-"), n_items),
            ),
        );
        if fetch_articles {
            for i in 0..n_items {
                srv.route(
                    &format!("/a/f{f}-{i}"),
                    Route::ok(
                        "text/html; charset=utf-8",
                        article(&format!("Feed {f} story {i}")),
                    ),
                );
            }
        }
        feeds.push(FeedConfig {
            url: srv.url(&path),
            name: None,
            poll: None,
            kind: FeedKind::Feed,
        });
    }
    let mut cfg = Config::default();
    cfg.feeds = feeds;
    cfg.http.timeout = HumanDuration(Duration::from_secs(30));
    cfg.fetcher.concurrency = 64;
    cfg.fetcher.per_host_concurrency = 16;
    cfg.fetcher.per_host_rps = 1_000_000.0;
    cfg.fetcher.respect_robots = false;
    cfg.fetcher.fetch_articles = fetch_articles;
    let dir = tempfile::tempdir().expect("tmp");
    let store: SharedStore = Arc::new(
        SqliteStore::open(&dir.path().join("s.sqlite"))
            .await
            .expect("store"),
    );
    let mut reg = prometheus_client::registry::Registry::default();
    let fetcher = Fetcher::new(&cfg, store, &mut reg).expect("fetcher");
    let (tx, mut rx) = channel::<RawItem>(4096);
    let drain = tokio::spawn(async move {
        use newswatch_transport::Source;
        let cancel = tokio_util::sync::CancellationToken::new();
        let (mut n, mut bytes) = (0usize, 0usize);
        while let Some(Ok(d)) = rx.recv(&cancel).await {
            let (_, item, _) = d.into_parts();
            bytes += item.body.len();
            n += 1;
        }
        (n, bytes)
    });
    let hwm_before = vm_hwm_kib().unwrap_or(0);
    let t = Instant::now();
    let summary = fetcher.poll_once(&tx).await.expect("poll");
    let took = t.elapsed();
    drop(tx);
    let (n, bytes) = drain.await.expect("drain");
    let requests: usize = servers
        .iter()
        .map(|s| s.state.total.load(std::sync::atomic::Ordering::SeqCst))
        .sum();
    assert_eq!(n, n_feeds * n_items, "every item emitted once: {summary:?}");
    println!(
        "{:<14} feeds={n_feeds} items={n} requests={requests} time={:.2}s items/s={:.0} requests/s={:.0} body MiB={:.1} peak RSS (VmHWM) before={:.0} MiB after={:.0} MiB",
        if fetch_articles {
            "with-articles"
        } else {
            "feeds-only"
        },
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        requests as f64 / took.as_secs_f64(),
        bytes as f64 / 1048576.0,
        hwm_before as f64 / 1024.0,
        vm_hwm_kib().unwrap_or(0) as f64 / 1024.0,
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // special: run a tiny size then so the target is checked quickly.
    let quick = !std::env::args().any(|a| a == "--bench");
    let n_feeds = env_usize("NW_BENCH_FEEDS", if quick { 20 } else { 1000 });
    let n_items = env_usize("NW_BENCH_ITEMS", if quick { 5 } else { 50 });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run(false, n_feeds, n_items));
    rt.block_on(run(true, n_feeds, n_items));
}
