//! The four services as separate processes over a real Kafka-protocol broker
//! (tansu, started by scripts/services.sh on 127.0.0.1):
//!
//! - `four_services_raise_the_replay_alerts`: fetcher, normalizer, extractor
//!   and tracker processes; the fetcher polls a feed served on 127.0.0.1 (the
//!   demo archive), the alerts on the alerts topic are the ones an embedded
//!   replay of the raw topic (`replay --from-kafka`) raises;
//! - `killed_and_restarted_services_lose_and_duplicate_no_alert`: a generated
//!   archive published with `replay --to-kafka`; the extractor and the tracker
//!   are SIGKILLed mid-stream and restarted, the normalizer is stopped with
//!   SIGTERM and restarted; the alerts equal the embedded replay's, none lost,
//!   none raised twice.
//!
//! Run when NEWSWATCH_TEST_KAFKA_BROKERS is set; print that they skipped
//! otherwise. `generated_archive_raises_alerts_in_the_embedded_run` always
//! runs (it checks that the archive the kill test uses is meaningful).

mod common;
mod kafka_corpus;

use newswatch_config::{Config, KafkaConfig};
use newswatch_kafka::{KafkaMetrics, KafkaSource};
use newswatch_transport::Source;
use newswatch_wire::{Alert, Claim, RawItem};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

const BIN: &str = env!("CARGO_BIN_EXE_newswatch");

fn brokers(test: &str) -> Option<String> {
    match std::env::var("NEWSWATCH_TEST_KAFKA_BROKERS") {
        Ok(b) if !b.is_empty() => Some(b),
        _ => {
            eprintln!(
                "skipped {test}: NEWSWATCH_TEST_KAFKA_BROKERS is not set (scripts/services.sh up starts tansu)"
            );
            None
        }
    }
}

fn unique(base: &str) -> String {
    format!(
        "{base}-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_millis()
    )
}

/// `[kafka]` for a test: its own topics and groups, one partition (so the
/// order through the pipeline is the replay's order), tansu settings.
fn kafka_toml(brokers: &str, prefix: &str) -> String {
    format!(
        r#"
[kafka]
brokers = "{brokers}"
group_prefix = "{prefix}"
partitions = 1
shutdown_deadline = "15s"
[kafka.topics]
raw = "{prefix}.raw"
articles = "{prefix}.articles"
claims = "{prefix}.claims"
alerts = "{prefix}.alerts"
dead_letter_prefix = "{prefix}.dlq"
[kafka.properties]
# tansu serves fetches from whole batches only (crates/kafka/README.md).
"batch.num.messages" = "1"
"session.timeout.ms" = "6000"
"heartbeat.interval.ms" = "500"
"topic.metadata.refresh.interval.ms" = "1000"
# tansu answers a fetch only after the wait runs out when it had nothing at
# first; a short wait keeps each hop fast.
"fetch.wait.max.ms" = "20"

# The tracker service serves the API: on a port of its own per test.
[api]
bind = "{api}"
"#,
        api = free_port()
    )
}

/// Service processes of one test; all are killed when dropped.
struct Services {
    dir: PathBuf,
    procs: BTreeMap<&'static str, Child>,
}

impl Services {
    fn new(dir: &Path) -> Services {
        Services {
            dir: dir.to_path_buf(),
            procs: BTreeMap::new(),
        }
    }

    fn start(&mut self, service: &'static str, config: &Path) {
        self.start_with(service, config, &[]);
    }

    fn start_with(&mut self, service: &'static str, config: &Path, extra: &[&str]) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join(format!("{service}.log")))
            .expect("log file");
        let child = Command::new(BIN)
            .args([service, "--config"])
            .arg(config)
            .args(extra)
            .env("NEWSWATCH_LOG", "info,librdkafka=warn")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("spawn service");
        self.procs.insert(service, child);
    }

    /// SIGKILL: no shutdown at all.
    fn kill(&mut self, service: &'static str) {
        let mut c = self.procs.remove(service).expect("running");
        c.kill().expect("kill");
        c.wait().expect("reap");
    }

    /// SIGTERM, and wait for a clean exit.
    fn stop(&mut self, service: &'static str) -> Duration {
        let mut c = self.procs.remove(service).expect("running");
        let started = Instant::now();
        let status = Command::new("kill")
            .args(["-TERM", &c.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(status.success());
        let deadline = started + Duration::from_secs(30);
        loop {
            if let Some(st) = c.try_wait().expect("wait") {
                assert!(
                    st.success(),
                    "{service} exited with {st} after SIGTERM; log:\n{}",
                    self.log(service)
                );
                return started.elapsed();
            }
            assert!(
                Instant::now() < deadline,
                "{service} did not stop within 30 s of SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn assert_running(&mut self) {
        let dir = self.dir.clone();
        for (name, c) in &mut self.procs {
            if let Some(st) = c.try_wait().expect("wait") {
                let log =
                    std::fs::read_to_string(dir.join(format!("{name}.log"))).unwrap_or_default();
                panic!("{name} exited early with {st}; log:\n{log}");
            }
        }
    }

    fn log(&self, service: &str) -> String {
        std::fs::read_to_string(self.dir.join(format!("{service}.log"))).unwrap_or_default()
    }
}

impl Drop for Services {
    fn drop(&mut self) {
        for c in self.procs.values_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Records read from a topic by a background task, in arrival order.
struct Collected<T> {
    items: Arc<Mutex<Vec<T>>>,
    cancel: CancellationToken,
}

impl<T: newswatch_wire::WireRecord + Clone> Collected<T> {
    fn start(kafka: &KafkaConfig, topic: &str) -> Collected<T> {
        let items = Arc::new(Mutex::new(Vec::new()));
        let cancel = CancellationToken::new();
        let group = unique("test-reader");
        let mut src = KafkaSource::<T>::subscribe(
            kafka,
            "test-reader",
            &group,
            &[topic],
            &KafkaMetrics::default(),
        )
        .expect("reader");
        let (out, c) = (items.clone(), cancel.clone());
        tokio::spawn(async move {
            while let Some(next) = src.recv(&c).await {
                let d = next.ok().expect("decodable record on the topic");
                let (_, r, ack) = d.into_parts();
                ack.ack().await.expect("ack");
                out.lock().expect("lock").push(r);
            }
        });
        Collected { items, cancel }
    }

    fn snapshot(&self) -> Vec<T> {
        self.items.lock().expect("lock").clone()
    }
}

impl<T> Drop for Collected<T> {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

async fn wait_until(
    what: &str,
    timeout: Duration,
    services: &mut Services,
    mut done: impl FnMut() -> bool,
) {
    let deadline = Instant::now() + timeout;
    while !done() {
        services.assert_running();
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn run_cli(args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .env("NEWSWATCH_LOG", "warn")
        .output()
        .expect("run newswatch");
    assert!(
        out.status.success(),
        "newswatch {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn by_id(alerts: &[Alert]) -> BTreeMap<String, Alert> {
    alerts.iter().map(|a| (a.id.clone(), a.clone())).collect()
}

/// Every copy of an alert id is the same alert; returns how many extra copies.
fn duplicates(alerts: &[Alert]) -> usize {
    let unique = by_id(alerts);
    for a in alerts {
        assert_eq!(&unique[&a.id], a, "two different alerts share id {}", a.id);
    }
    alerts.len() - unique.len()
}

/// A port free on 127.0.0.1 right now, as `127.0.0.1:PORT`.
fn free_port() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").to_string()
}

/// A plain HTTP/1.1 GET; the whole response as text.
fn http_get(addr: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("request");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("response");
    out
}

// ---------------------------------------------------------------------------

/// Serve the demo archive as an RSS feed plus article pages on 127.0.0.1.
async fn serve_feed(items: Vec<RawItem>) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let mut pages = BTreeMap::new();
    let mut entries = String::new();
    // Newest first, as feeds list them.
    for (i, it) in items.iter().enumerate().rev() {
        let body = match it.format {
            newswatch_wire::BodyFormat::Html => it.body.clone(),
            newswatch_wire::BodyFormat::Text => {
                let mut paras = it.body.split("\n\n");
                let title = paras.next().unwrap_or_default();
                let ps: String = paras.map(|p| format!("<p>{p}</p>")).collect();
                format!(
                    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{ps}</article></body></html>"
                )
            }
        };
        pages.insert(format!("/a/{i}"), body);
        let published = it.feed.published_at.expect("demo items are dated");
        entries.push_str(&format!(
            "<item><title>{}</title><link>{base}/a/{i}</link><guid>{base}/a/{i}</guid><pubDate>{}</pubDate></item>\n",
            it.feed.title.clone().unwrap_or_default().replace('&', "&amp;"),
            published.to_rfc2822()
        ));
    }
    let feed = format!(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Demo</title><link>{base}/</link><description>demo</description>\n{entries}</channel></rss>\n"
    );
    let pages = Arc::new(pages);
    let app = axum::Router::new()
        .route(
            "/feed.xml",
            axum::routing::get(
                move || async move { ([("content-type", "application/rss+xml")], feed) },
            ),
        )
        .fallback(move |uri: axum::http::Uri| {
            let pages = pages.clone();
            async move {
                match pages.get(uri.path()) {
                    Some(p) => (
                        axum::http::StatusCode::OK,
                        [("content-type", "text/html; charset=utf-8")],
                        p.clone(),
                    ),
                    None => (
                        axum::http::StatusCode::NOT_FOUND,
                        [("content-type", "text/plain")],
                        String::new(),
                    ),
                }
            }
        });
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (base, server)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_services_raise_the_replay_alerts() {
    let Some(brokers) = brokers("four_services_raise_the_replay_alerts") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let demo = common::root().join("examples/demo");
    let mut items: Vec<RawItem> =
        newswatch::archive_dir::read_paths(std::slice::from_ref(&demo), &Default::default())
            .expect("demo archive")
            .into_iter()
            .map(|a| a.raw)
            .collect();
    items.sort_by_key(|i| i.feed.published_at);
    let (base, _server) = serve_feed(items.clone()).await;

    let figures = std::fs::read_to_string(demo.join("newswatch.toml")).expect("demo config");
    let figures: String = figures
        .lines()
        .take_while(|l| !l.starts_with("[[sinks]]"))
        .filter(|l| !l.starts_with("data_dir"))
        .map(|l| format!("{l}\n"))
        .collect();
    let prefix = unique("nw-e2e");
    let kafka = kafka_toml(&brokers, &prefix);
    let write = |name: &str, data: &str, extra: &str| {
        let p = dir.path().join(name);
        std::fs::write(
            &p,
            format!("data_dir = \"{}\"\n{figures}\n[[sinks]]\nkind = \"jsonl\"\npath = \"alerts.jsonl\"\n{extra}\n{kafka}", dir.path().join(data).display()),
        )
        .expect("config");
        p
    };
    // The fetcher keeps its own store (feed states, seen items): one SQLite
    // file per process.
    let fetcher_cfg = write(
        "fetcher.toml",
        "fetcher-data",
        &format!(
            "[fetcher]\nrespect_robots = false\nconcurrency = 1\nper_host_concurrency = 1\nper_host_rps = 100.0\n\n[[feeds]]\nurl = \"{base}/feed.xml\"\nname = \"Demo feed\"\n"
        ),
    );
    let cfg_path = write("services.toml", "data", "");
    let cfg = Config::load(&cfg_path).expect("config loads");

    let mut services = Services::new(dir.path());
    let metrics_addr = free_port();
    services.start("normalizer", &cfg_path);
    services.start_with("extractor", &cfg_path, &["--metrics-addr", &metrics_addr]);
    services.start("tracker", &cfg_path);
    let raw = Collected::<RawItem>::start(&cfg.kafka, &cfg.kafka.topics.raw);
    let alerts = Collected::<Alert>::start(&cfg.kafka, &cfg.kafka.topics.alerts);
    services.start("fetcher", &fetcher_cfg);
    wait_until(
        "the fetcher to publish the demo items",
        Duration::from_secs(120),
        &mut services,
        || raw.snapshot().len() >= items.len(),
    )
    .await;

    // What an embedded replay of exactly those raw items raises.
    let expected_path = dir.path().join("expected.jsonl");
    run_cli(&[
        "replay",
        "--from-kafka",
        "--since",
        "2000-01-01",
        "--quiet",
        "--config",
        cfg_path.to_str().expect("utf-8 path"),
        "--alerts-out",
        expected_path.to_str().expect("utf-8 path"),
    ]);
    let expected: Vec<Alert> = std::fs::read_to_string(&expected_path)
        .expect("expected alerts")
        .lines()
        .map(|l| serde_json::from_str(l).expect("alert line"))
        .collect();
    assert!(!expected.is_empty(), "the demo archive raises alerts");
    let want = by_id(&expected);
    wait_until(
        "the services' alerts",
        Duration::from_secs(120),
        &mut services,
        || by_id(&alerts.snapshot()).len() >= want.len(),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = alerts.snapshot();
    assert_eq!(
        by_id(&got),
        want,
        "alerts topic vs embedded replay of the raw topic"
    );
    assert_eq!(duplicates(&got), 0);
    assert_eq!(
        raw.snapshot().len(),
        items.len(),
        "each item fetched and published once"
    );

    // The extractor's Prometheus endpoint: stage counters and consumer lag.
    let metrics = http_get(&metrics_addr, "/metrics");
    assert!(metrics.starts_with("HTTP/1.1 200"), "{metrics}");
    let received = format!(
        "newswatch_stage_received_total{{stage=\"extractor\"}} {}",
        items.len()
    );
    assert!(
        metrics.contains(&received),
        "no `{received}` in:\n{metrics}"
    );
    assert!(
        metrics.contains("newswatch_kafka_rebalances_total{group="),
        "{metrics}"
    );
    assert!(http_get(&metrics_addr, "/healthz").starts_with("HTTP/1.1 200"));
    // The tracker service's HTTP API over its store.
    let figures = http_get(&cfg.api.bind, "/api/figures");
    assert!(figures.starts_with("HTTP/1.1 200"), "{figures}");
    for a in want.values() {
        assert!(figures.contains(&a.figure), "no {} in {figures}", a.figure);
    }
    assert!(http_get(&cfg.api.bind, "/readyz").starts_with("HTTP/1.1 200"));

    // Graceful stop of all four within the deadline.
    for s in ["fetcher", "normalizer", "extractor", "tracker"] {
        let took = services.stop(s);
        assert!(took < Duration::from_secs(20), "{s} took {took:?} to stop");
    }
    let sink = std::fs::read_to_string(dir.path().join("data/alerts.jsonl")).expect("jsonl sink");
    assert_eq!(
        sink.lines().count(),
        want.len(),
        "the jsonl sink got each alert once"
    );
}

// ---------------------------------------------------------------------------

/// Items in the generated archive of the kill test (a few thousand claims).
const KILL_TEST_ITEMS: usize = 400;

fn corpus_config(dir: &Path, kafka: &str) -> (PathBuf, PathBuf, kafka_corpus::Corpus) {
    let corpus = kafka_corpus::generate(KILL_TEST_ITEMS, 7);
    let archive = dir.join("archive.jsonl");
    kafka_corpus::write_jsonl(&corpus.items, &archive).expect("write archive");
    let cfg = dir.join("newswatch.toml");
    std::fs::write(
        &cfg,
        format!(
            "data_dir = \"{}\"\n{}\n[[sinks]]\nkind = \"jsonl\"\npath = \"alerts.jsonl\"\n{kafka}",
            dir.join("data").display(),
            corpus.figures_toml
        ),
    )
    .expect("config");
    (cfg, archive, corpus)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_archive_raises_alerts_in_the_embedded_run() {
    let dir = tempfile::tempdir().expect("tmp");
    let (cfg_path, archive, corpus) = corpus_config(dir.path(), "");
    let cfg = Config::load(&cfg_path).expect("config");
    let opts = newswatch::replay::ReplayOptions {
        paths: vec![archive],
        ..Default::default()
    };
    let report = newswatch::replay::replay(&cfg, &opts, |_| {})
        .await
        .expect("replay");
    assert_eq!(report.items, KILL_TEST_ITEMS);
    assert!(report.dead_letters.is_empty(), "{:?}", report.dead_letters);
    assert!(corpus.recall_stories > 100, "{}", corpus.recall_stories);
    let figures: HashSet<&str> = report.alerts.iter().map(|a| a.figure.as_str()).collect();
    eprintln!(
        "generated archive: {} items ({} recall stories), {} claims, {} alerts on {} figures",
        report.items,
        corpus.recall_stories,
        report.count("extractor", "emitted"),
        report.alerts.len(),
        figures.len()
    );
    assert!(
        report.alerts.len() >= 20 && figures.len() >= 8,
        "{} alerts on {} figures",
        report.alerts.len(),
        figures.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_and_restarted_services_lose_and_duplicate_no_alert() {
    let Some(brokers) = brokers("killed_and_restarted_services_lose_and_duplicate_no_alert") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let prefix = unique("nw-kill");
    let (cfg_path, archive, _) = corpus_config(dir.path(), &kafka_toml(&brokers, &prefix));
    let cfg = Config::load(&cfg_path).expect("config");
    let opts = newswatch::replay::ReplayOptions {
        paths: vec![archive.clone()],
        ..Default::default()
    };
    let report = newswatch::replay::replay(&cfg, &opts, |_| {})
        .await
        .expect("embedded replay");
    let want = by_id(&report.alerts);
    let total_claims = report.count("extractor", "emitted") as usize;
    assert!(
        want.len() >= 20 && total_claims > 100,
        "{} alerts, {total_claims} claims",
        want.len()
    );

    let mut services = Services::new(dir.path());
    for s in ["normalizer", "extractor", "tracker"] {
        services.start(s, &cfg_path);
    }
    let claims = Collected::<Claim>::start(&cfg.kafka, &cfg.kafka.topics.claims);
    let alerts = Collected::<Alert>::start(&cfg.kafka, &cfg.kafka.topics.alerts);
    let distinct_claims = |c: &Collected<Claim>| {
        c.snapshot()
            .iter()
            .map(|c| c.id.clone())
            .collect::<HashSet<_>>()
            .len()
    };
    let published = run_cli(&[
        "replay",
        archive.to_str().expect("utf-8"),
        "--to-kafka",
        "--config",
        cfg_path.to_str().expect("utf-8"),
    ]);
    assert!(
        published.contains(&format!("published {KILL_TEST_ITEMS} raw items")),
        "{published}"
    );

    wait_until(
        "a quarter of the claims",
        Duration::from_secs(300),
        &mut services,
        || distinct_claims(&claims) >= total_claims / 4,
    )
    .await;
    services.kill("extractor");
    let at_kill = distinct_claims(&claims);
    tokio::time::sleep(Duration::from_millis(500)).await;
    services.start("extractor", &cfg_path);

    wait_until(
        "half of the claims",
        Duration::from_secs(300),
        &mut services,
        || distinct_claims(&claims) >= total_claims / 2,
    )
    .await;
    let took = services.stop("normalizer");
    assert!(
        took < Duration::from_secs(20),
        "normalizer took {took:?} to stop"
    );
    services.start("normalizer", &cfg_path);

    wait_until(
        "two thirds of the claims",
        Duration::from_secs(300),
        &mut services,
        || distinct_claims(&claims) >= total_claims * 2 / 3,
    )
    .await;
    services.kill("tracker");
    tokio::time::sleep(Duration::from_millis(500)).await;
    services.start("tracker", &cfg_path);

    wait_until(
        "every alert",
        Duration::from_secs(300),
        &mut services,
        || by_id(&alerts.snapshot()).len() >= want.len(),
    )
    .await;
    // Let stragglers (duplicates) arrive, if there are any.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let got = alerts.snapshot();
    let claims_seen = claims.snapshot();
    eprintln!(
        "kill test: {} alerts expected, {} on the topic ({} duplicates); {} claims expected, {} on the topic ({} distinct, extractor killed at {at_kill})",
        want.len(),
        got.len(),
        got.len() - by_id(&got).len(),
        total_claims,
        claims_seen.len(),
        distinct_claims(&claims)
    );
    let got_by_id = by_id(&got);
    for (id, w) in &want {
        if let Some(g) = got_by_id.get(id).filter(|g| *g != w) {
            eprintln!(
                "alert {id} differs:\n  services: {}\n  embedded: {}",
                serde_json::to_string(g).unwrap_or_default(),
                serde_json::to_string(w).unwrap_or_default()
            );
        }
    }
    assert_eq!(
        got_by_id, want,
        "no alert lost, none extra, each as the embedded run raised it"
    );
    // Publishing is at least once: a tracker killed between the broker's
    // acknowledgement and the outbox update publishes that alert again on
    // restart. Such a copy must be the same alert (consumers drop it by id).
    let copies = duplicates(&got);
    assert!(
        copies <= 1,
        "{copies} alerts published twice: more than one kill window can explain"
    );
    assert_eq!(
        distinct_claims(&claims),
        total_claims,
        "every claim reached the claims topic"
    );
    let sink = std::fs::read_to_string(dir.path().join("data/alerts.jsonl")).expect("jsonl sink");
    let sink_ids: Vec<String> = sink
        .lines()
        .map(|l| serde_json::from_str::<Alert>(l).expect("alert").id)
        .collect();
    assert_eq!(
        sink_ids.iter().collect::<HashSet<_>>().len(),
        want.len(),
        "the jsonl sink got every alert"
    );
    assert!(
        sink_ids.len() <= want.len() + 1,
        "the jsonl sink got {} deliveries for {} alerts",
        sink_ids.len(),
        want.len()
    );
    for s in ["normalizer", "extractor", "tracker"] {
        services.stop(s);
    }
}
