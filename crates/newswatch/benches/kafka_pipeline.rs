//! Kafka pipeline benchmark: 20,000 generated articles published to the raw
//! topic and timed to the claims topic through one normalizer and one
//! extractor *process*, beside the embedded run (the same two stages over
//! in-memory channels in this process) on the same archive.
//!
//!     bash scripts/services.sh up        # starts tansu on 127.0.0.1:19092
//!     eval "$(cat target/services/env)"  # NEWSWATCH_TEST_KAFKA_BROKERS
//!     cargo bench -p newswatch --bench kafka_pipeline
//!
//! Two measurements per transport:
//! - burst: all 20,000 articles are handed over at once; articles/s is
//!   articles / (last claim read - first article handed over);
//! - paced: 2,000 further articles at a fixed rate below both throughputs;
//!   latency per article is from handing it over (producer / channel) to
//!   reading the last of its claims (claims topic / channel), for articles
//!   that yield claims. Burst latencies are reported too, but they measure
//!   the backlog, not the pipeline.
//!
//! Environment: NEWSWATCH_TEST_KAFKA_BROKERS (required), NEWSWATCH_BENCH_ITEMS
//! (default 20000), NEWSWATCH_BENCH_PACED (default 2000).

#[path = "../../../tests/kafka_corpus.rs"]
mod kafka_corpus;

use newswatch_config::Config;
use newswatch_extractor::{Extractor, ExtractorStage};
use newswatch_kafka::{KafkaMetrics, KafkaProducer, KafkaSource};
use newswatch_normalizer::NormalizerStage;
use newswatch_transport::memory::channel;
use newswatch_transport::{Sink, Source, StageMetrics, run_stage};
use newswatch_wire::{Article, Claim, DeadLetter, RawItem};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

const BIN: &str = env!("CARGO_BIN_EXE_newswatch");

struct Run {
    articles: usize,
    claims: usize,
    elapsed: Duration,
    /// Per article with claims: handed over -> last claim read.
    latencies: Vec<Duration>,
}

impl Run {
    fn rate(&self) -> f64 {
        self.articles as f64 / self.elapsed.as_secs_f64()
    }

    fn pct(&self, p: f64) -> Duration {
        let mut v = self.latencies.clone();
        v.sort_unstable();
        if v.is_empty() {
            return Duration::ZERO;
        }
        let i = ((v.len() as f64 - 1.0) * p).round() as usize;
        v[i.min(v.len() - 1)]
    }

    fn line(&self, name: &str) -> String {
        let ms = |d: Duration| format!("{:.1}", d.as_secs_f64() * 1e3);
        format!(
            "{name:<24} {:>7} {:>7} {:>8.2} {:>9.1} {:>9} {:>9} {:>9} {:>9}",
            self.articles,
            self.claims,
            self.elapsed.as_secs_f64(),
            self.rate(),
            ms(self.pct(0.5)),
            ms(self.pct(0.9)),
            ms(self.pct(0.99)),
            ms(self.pct(1.0)),
        )
    }
}

/// Article id of every item (the normalizer's, computed up front) so that
/// claims can be traced back to the item they came from.
fn article_ids(items: &[RawItem]) -> Vec<String> {
    items
        .iter()
        .map(|it| {
            newswatch_normalizer::normalize(it)
                .map(|a| a.id)
                .unwrap_or_default()
        })
        .collect()
}

/// Hand items over at `rate` per second (None: as fast as accepted).
async fn pace(i: usize, start: Instant, rate: Option<f64>) {
    if let Some(r) = rate {
        let due = start + Duration::from_secs_f64(i as f64 / r);
        tokio::time::sleep_until(due.into()).await;
    }
}

fn latencies(ids: &[String], sent: &[Instant], last: &HashMap<String, Instant>) -> Vec<Duration> {
    ids.iter()
        .zip(sent)
        .filter_map(|(id, t)| last.get(id).map(|l| l.saturating_duration_since(*t)))
        .collect()
}

/// The embedded run: normalizer and extractor stages over in-memory channels.
/// Returns the run and the claims per article it produced (the expectation
/// for the Kafka run).
async fn embedded(
    cfg: &Config,
    items: &[RawItem],
    rate: Option<f64>,
) -> (Run, HashMap<String, usize>) {
    let ids = article_ids(items);
    let (raw_tx, raw_rx) = channel::<RawItem>(newswatch::pipeline::CHANNEL_CAPACITY);
    let (art_tx, art_rx) = channel::<Article>(newswatch::pipeline::CHANNEL_CAPACITY);
    let (claim_tx, mut claim_rx) = channel::<Claim>(newswatch::pipeline::CHANNEL_CAPACITY);
    let (dl_tx, _dl_rx) = channel::<DeadLetter>(65_536);
    let metrics = StageMetrics::default();
    let cancel = CancellationToken::new();
    let (m, c, dl) = (metrics.clone(), cancel.clone(), dl_tx.clone());
    let norm = tokio::spawn(async move {
        let mut stage = NormalizerStage::new(newswatch::pipeline::DEDUP_CAPACITY);
        run_stage(raw_rx, &art_tx, &dl, &mut stage, &m, c).await
    });
    let extractor = Extractor::new(cfg);
    let (m, c) = (metrics.clone(), cancel.clone());
    let extr = tokio::spawn(async move {
        let mut stage = ExtractorStage::new(extractor);
        run_stage(art_rx, &claim_tx, &dl_tx, &mut stage, &m, c).await
    });
    let items = items.to_vec();
    let feeder = tokio::spawn(async move {
        let start = Instant::now();
        let mut sent = Vec::with_capacity(items.len());
        for (i, it) in items.into_iter().enumerate() {
            pace(i, start, rate).await;
            sent.push(Instant::now());
            let key = newswatch_kafka::replay::raw_key(&it);
            raw_tx.send(&key, it).await.expect("pipeline input");
        }
        sent
    });
    let never = CancellationToken::new();
    let mut last = HashMap::new();
    let mut per_article: HashMap<String, usize> = HashMap::new();
    let mut claims = 0;
    while let Some(Ok(d)) = claim_rx.recv(&never).await {
        let (_, c, _) = d.into_parts();
        claims += 1;
        *per_article.entry(c.article_id.clone()).or_default() += 1;
        last.insert(c.article_id, Instant::now());
    }
    let sent = feeder.await.expect("feeder");
    norm.await.expect("normalizer").expect("normalizer stage");
    extr.await.expect("extractor").expect("extractor stage");
    let end = last.values().max().copied().unwrap_or_else(Instant::now);
    let run = Run {
        articles: ids.len(),
        claims,
        elapsed: end.saturating_duration_since(sent[0]),
        latencies: latencies(&ids, &sent, &last),
    };
    (run, per_article)
}

/// Claim ids per article, when each article's latest new claim was read,
/// and how many claims were read in all (with redeliveries).
type Seen = (
    HashMap<String, HashSet<String>>,
    HashMap<String, Instant>,
    usize,
);

struct Procs(Vec<Child>);

impl Drop for Procs {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let _ = Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status();
        }
        for c in &mut self.0 {
            let _ = c.wait();
        }
    }
}

fn write_config(dir: &Path, brokers: &str, prefix: &str, figures: &str) -> std::path::PathBuf {
    let p = dir.join(format!("{prefix}.toml"));
    // NEWSWATCH_BENCH_KAFKA_PROPS="fetch.wait.max.ms=10,linger.ms=0": more
    // librdkafka properties for the services and this process.
    let extra: String = std::env::var("NEWSWATCH_BENCH_KAFKA_PROPS")
        .unwrap_or_default()
        .split(',')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| format!("\"{}\" = \"{}\"\n", k.trim(), v.trim()))
        .collect();
    std::fs::write(
        &p,
        format!(
            r#"data_dir = "{}"
{figures}
[kafka]
brokers = "{brokers}"
group_prefix = "{prefix}"
partitions = 1
[kafka.topics]
raw = "{prefix}.raw"
articles = "{prefix}.articles"
claims = "{prefix}.claims"
alerts = "{prefix}.alerts"
dead_letter_prefix = "{prefix}.dlq"
[kafka.properties]
# tansu serves fetches from whole batches only (crates/kafka/README.md).
"batch.num.messages" = "1"
{extra}
"#,
            dir.join("data").display()
        ),
    )
    .expect("bench config");
    p
}

/// The Kafka run: one normalizer and one extractor process; this process
/// publishes to the raw topic and reads the claims topic.
async fn kafka(
    dir: &Path,
    brokers: &str,
    figures: &str,
    items: &[RawItem],
    rate: Option<f64>,
    expected: &HashMap<String, usize>,
) -> Run {
    let prefix = format!(
        "nw-bench-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_millis()
    );
    let cfg_path = write_config(dir, brokers, &prefix, figures);
    let cfg = Config::load(&cfg_path).expect("config");
    let topics = newswatch_kafka::Topics::from_config(&cfg.kafka.topics);
    newswatch_kafka::ensure_topics(&cfg.kafka, &topics.all())
        .await
        .expect("topics");
    let mut procs = Procs(Vec::new());
    for s in ["normalizer", "extractor"] {
        let log = std::fs::File::create(dir.join(format!("{prefix}.{s}.log"))).expect("log");
        procs.0.push(
            Command::new(BIN)
                .args([s, "--config"])
                .arg(&cfg_path)
                .env("NEWSWATCH_LOG", "warn,newswatch_kafka=info")
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("log"))
                .stderr(log)
                .spawn()
                .expect("spawn service"),
        );
    }
    // Wait until both joined their groups, so the timing excludes start-up.
    let deadline = Instant::now() + Duration::from_secs(60);
    for s in ["normalizer", "extractor"] {
        let log = dir.join(format!("{prefix}.{s}.log"));
        while !std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("partitions assigned")
        {
            assert!(
                Instant::now() < deadline,
                "{s} did not join its group; see {}",
                log.display()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let metrics = KafkaMetrics::default();
    let mut reader = KafkaSource::<Claim>::subscribe(
        &cfg.kafka,
        "bench-reader",
        &format!("{prefix}.reader"),
        &[&topics.claims],
        &metrics,
    )
    .expect("claims reader");
    let seen: Arc<Mutex<Seen>> = Arc::default();
    let want_total: usize = expected.values().sum();
    let stop = CancellationToken::new();
    let (s2, st) = (seen.clone(), stop.clone());
    let collector = tokio::spawn(async move {
        while let Some(next) = reader.recv(&st).await {
            let (_, c, ack) = next.ok().expect("claim decodes").into_parts();
            ack.ack().await.expect("ack");
            let mut g = s2.lock().expect("lock");
            g.2 += 1;
            let fresh = g.0.entry(c.article_id.clone()).or_default().insert(c.id);
            if fresh {
                g.1.insert(c.article_id, Instant::now());
            }
        }
    });
    let ids = article_ids(items);
    let producer = KafkaProducer::new(&cfg.kafka, "bench", &metrics).expect("producer");
    let start = Instant::now();
    let mut sent = Vec::with_capacity(items.len());
    match rate {
        None => {
            let recorded = Arc::new(Mutex::new(Vec::with_capacity(items.len())));
            let r2 = recorded.clone();
            let stream = items.iter().cloned().map(move |it| {
                r2.lock().expect("lock").push(Instant::now());
                (newswatch_kafka::replay::raw_key(&it), it)
            });
            newswatch_kafka::replay::publish(&producer, &topics.raw, stream, 1024)
                .await
                .expect("publish");
            sent = recorded.lock().expect("lock").clone();
        }
        Some(_) => {
            let sink = producer.sink::<RawItem>(topics.raw.clone());
            for (i, it) in items.iter().enumerate() {
                pace(i, start, rate).await;
                sent.push(Instant::now());
                sink.send(&newswatch_kafka::replay::raw_key(it), it.clone())
                    .await
                    .expect("send");
            }
        }
    }
    let deadline = Instant::now() + Duration::from_secs(1800);
    loop {
        let distinct: usize = seen
            .lock()
            .expect("lock")
            .0
            .values()
            .map(HashSet::len)
            .sum();
        if distinct >= want_total {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "only {distinct} of {want_total} claims arrived"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.cancel();
    let _ = collector.await;
    let g = seen.lock().expect("lock");
    let end = g.1.values().max().copied().unwrap_or_else(Instant::now);
    for (a, n) in expected {
        let got = g.0.get(a).map(HashSet::len).unwrap_or(0);
        assert_eq!(got, *n, "claims of article {a}: Kafka run vs embedded run");
    }
    drop(procs);
    Run {
        articles: items.len(),
        claims: g.2,
        elapsed: end.saturating_duration_since(sent[0]),
        latencies: latencies(&ids, &sent, &g.1),
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo test --benches` / `cargo bench -- --list`
    }
    let Ok(brokers) = std::env::var("NEWSWATCH_TEST_KAFKA_BROKERS") else {
        eprintln!(
            "kafka_pipeline: NEWSWATCH_TEST_KAFKA_BROKERS is not set (bash scripts/services.sh up); skipped"
        );
        return;
    };
    let n: usize = std::env::var("NEWSWATCH_BENCH_ITEMS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let n_paced: usize = std::env::var("NEWSWATCH_BENCH_PACED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let dir = std::env::temp_dir().join(format!("newswatch-kafka-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("bench dir");
        let corpus = kafka_corpus::generate(n, 42);
        let paced = kafka_corpus::generate(n_paced, 4242);
        let cfg = Config::parse(&corpus.figures_toml, &dir).expect("figures config");

        let (emb, expected) = embedded(&cfg, &corpus.items, None).await;
        let kaf = kafka(&dir, &brokers, &corpus.figures_toml, &corpus.items, None, &expected).await;
        let rate = (kaf.rate().min(emb.rate()) * 0.5).max(1.0);
        let (emb_p, expected_p) = embedded(&cfg, &paced.items, Some(rate)).await;
        let kaf_p = kafka(&dir, &brokers, &corpus.figures_toml, &paced.items, Some(rate), &expected_p).await;

        println!("\nnewswatch Kafka pipeline benchmark: raw -> normalizer -> extractor -> claims, one instance each");
        println!(
            "broker {brokers}; generated fictional archive; {} cores; extra properties: {:?}",
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            std::env::var("NEWSWATCH_BENCH_KAFKA_PROPS").unwrap_or_default()
        );
        println!(
            "{:<24} {:>7} {:>7} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "run", "items", "claims", "secs", "items/s", "p50 ms", "p90 ms", "p99 ms", "max ms"
        );
        println!("{}", emb.line("embedded, burst"));
        println!("{}", kaf.line("kafka, burst"));
        println!("{}", emb_p.line(&format!("embedded, {rate:.0}/s paced")));
        println!("{}", kaf_p.line(&format!("kafka, {rate:.0}/s paced")));
        println!("(burst latencies include the wait behind earlier items; paced latencies are the pipeline's)");
        let _ = std::fs::remove_dir_all(&dir);
    });
}
