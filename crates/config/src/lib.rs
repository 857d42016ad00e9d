//! newswatch configuration.
//!
//! The file is TOML. Loading parses every section on its own and then checks
//! the meaning of every value, so one run reports *all* problems, each with the
//! path of the offending key (`figures[2].unit`). Secrets are never written in
//! the file: a key ending in `_env` names an environment variable to read.

use newswatch_wire::{Bound, Measure, Period};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod duration;
pub use duration::HumanDuration;

/// One problem found in a configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted path of the key, e.g. `figures[2].unit`; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Loading failed; carries every problem found.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid config {}:\n{}", .file, .problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl ConfigError {
    pub fn problems(&self) -> &[Problem] {
        match self {
            ConfigError::Invalid { problems, .. } => problems,
            ConfigError::Read { .. } => &[],
        }
    }
}

/// A feed or page to watch.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeedConfig {
    pub url: String,
    #[serde(default)]
    pub name: Option<String>,
    /// Poll interval (`"15m"`, `"90s"`); defaults to `fetcher.default_poll`.
    #[serde(default)]
    pub poll: Option<HumanDuration>,
    #[serde(default)]
    pub kind: FeedKind,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum FeedKind {
    /// RSS, Atom or JSON Feed; the kind is sniffed.
    #[default]
    Feed,
    /// A Google News sitemap.
    Sitemap,
    /// A single page, re-read on every poll.
    Page,
}

/// A named entity with the other names it goes by.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EntityConfig {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A metric added to (or extending) the shipped lexicon.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MetricConfig {
    pub name: String,
    /// Words or phrases that signal the metric ("capital expenditures").
    pub keywords: Vec<String>,
    /// Units this metric is stated in (`USD`, `%`, `vehicles`); empty: any.
    #[serde(default)]
    pub units: Vec<String>,
}

/// A tracked figure.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FigureConfig {
    pub id: String,
    pub name: String,
    pub subject: String,
    pub metric: String,
    #[serde(default)]
    pub object: Option<String>,
    #[serde(default)]
    pub measure: Measure,
    pub unit: String,
    /// Relative change below which a new value is not a change (0.05 = 5%).
    #[serde(default)]
    pub tolerance: f64,
    /// Extra words that must appear near the claim for it to match (at
    /// least one of them, in the sentence the claim was read from).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Alert on the first value seen; defaults to the top-level `alert_on_new`.
    #[serde(default)]
    pub alert_on_new: Option<bool>,
    /// Wait this long after a change before alerting (confirmation window).
    #[serde(default)]
    pub debounce: Option<HumanDuration>,
    /// Alert only once this many independent sources agree on the new value.
    #[serde(default)]
    pub min_sources: Option<u32>,
    /// After an alert, suppress further change alerts for this long.
    #[serde(default)]
    pub quiet: Option<HumanDuration>,
    /// Only claims stated with one of these bounds match (empty: any bound).
    #[serde(default)]
    pub bounds: Vec<Bound>,
    /// Claims with any of these measures match; when not empty it replaces
    /// `measure` for matching (a figure stated both as a level and a total).
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Words that must not appear in the claim's sentence for it to match.
    #[serde(default)]
    pub exclude_keywords: Vec<String>,
    /// The figure is about this period (`2023-09`, `2025-Q4`): only claims
    /// whose as-of period lies within it match.
    #[serde(default)]
    pub period: Option<Period>,
    /// Ignore claims whose as-of period ended more than this long before the
    /// article's publication (a figure about the present, not history).
    #[serde(default)]
    pub max_age: Option<HumanDuration>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SinkKind {
    Stdout,
    Jsonl,
    Slack,
    Webhook,
}

/// Where alerts go.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SinkConfig {
    pub kind: SinkKind,
    /// Name used in logs, metrics and the outbox; defaults to the kind.
    #[serde(default)]
    pub name: Option<String>,
    /// `jsonl`: file to append to (relative to `data_dir`).
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// `slack`/`webhook`: the URL, if it is not secret.
    #[serde(default)]
    pub url: Option<String>,
    /// `slack`/`webhook`: environment variable holding the URL.
    #[serde(default)]
    pub url_env: Option<String>,
    /// `webhook`: environment variable holding the HMAC signing secret.
    #[serde(default)]
    pub secret_env: Option<String>,
    #[serde(default)]
    pub timeout: Option<HumanDuration>,
    #[serde(default)]
    pub max_attempts: Option<u32>,
}

impl SinkConfig {
    pub fn display_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| {
            match self.kind {
                SinkKind::Stdout => "stdout",
                SinkKind::Jsonl => "jsonl",
                SinkKind::Slack => "slack",
                SinkKind::Webhook => "webhook",
            }
            .to_string()
        })
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum StoreKind {
    #[default]
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StoreConfig {
    #[serde(default)]
    pub kind: StoreKind,
    /// SQLite file, relative to `data_dir`.
    #[serde(default = "default_sqlite_path")]
    pub path: PathBuf,
    /// PostgreSQL: environment variable holding the connection string.
    #[serde(default = "default_pg_env")]
    pub url_env: String,
}

fn default_sqlite_path() -> PathBuf {
    PathBuf::from("newswatch.sqlite")
}
fn default_pg_env() -> String {
    "NEWSWATCH_DATABASE_URL".into()
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            kind: StoreKind::Sqlite,
            path: default_sqlite_path(),
            url_env: default_pg_env(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct HttpConfig {
    pub user_agent: String,
    pub connect_timeout: HumanDuration,
    pub timeout: HumanDuration,
    pub max_body_bytes: u64,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            user_agent: concat!(
                "newswatch/",
                env!("CARGO_PKG_VERSION"),
                " (+https://example.invalid/newswatch)"
            )
            .into(),
            connect_timeout: HumanDuration(Duration::from_secs(10)),
            timeout: HumanDuration(Duration::from_secs(30)),
            max_body_bytes: 10 * 1024 * 1024,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FetcherConfig {
    pub default_poll: HumanDuration,
    pub min_poll: HumanDuration,
    pub max_poll: HumanDuration,
    /// Requests in flight across all hosts.
    pub concurrency: usize,
    /// Requests in flight to one host.
    pub per_host_concurrency: usize,
    /// Requests per second to one host.
    pub per_host_rps: f64,
    pub respect_robots: bool,
    /// Fetch the article page for each new feed item (feeds often carry a summary only).
    pub fetch_articles: bool,
    /// Write every fetched raw item as JSON lines here (relative to `data_dir`).
    pub archive_jsonl: Option<PathBuf>,
    /// Write every fetched response as WARC here (relative to `data_dir`).
    pub archive_warc: Option<PathBuf>,
    /// Rotate archive files at this size.
    pub archive_rotate_bytes: u64,
}

impl Default for FetcherConfig {
    fn default() -> Self {
        FetcherConfig {
            default_poll: HumanDuration(Duration::from_secs(15 * 60)),
            min_poll: HumanDuration(Duration::from_secs(60)),
            max_poll: HumanDuration(Duration::from_secs(6 * 3600)),
            concurrency: 32,
            per_host_concurrency: 2,
            per_host_rps: 1.0,
            respect_robots: true,
            fetch_articles: true,
            archive_jsonl: None,
            archive_warc: None,
            archive_rotate_bytes: 256 * 1024 * 1024,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ApiConfig {
    pub enabled: bool,
    pub bind: String,
    /// Environment variable holding a bearer token; when set, the API requires it.
    pub token_env: String,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            enabled: true,
            bind: "127.0.0.1:8686".into(),
            token_env: "NEWSWATCH_API_TOKEN".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaTopics {
    pub raw: String,
    pub articles: String,
    pub claims: String,
    pub alerts: String,
    /// Prefix of the per-stage dead-letter topics (`<prefix>.<stage>`).
    pub dead_letter_prefix: String,
}

impl Default for KafkaTopics {
    fn default() -> Self {
        KafkaTopics {
            raw: "newswatch.raw".into(),
            articles: "newswatch.articles".into(),
            claims: "newswatch.claims".into(),
            alerts: "newswatch.alerts".into(),
            dead_letter_prefix: "newswatch.dlq".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaConfig {
    pub brokers: String,
    pub group_prefix: String,
    pub topics: KafkaTopics,
    /// Extra librdkafka properties.
    pub properties: BTreeMap<String, String>,
    pub shutdown_deadline: HumanDuration,
    /// Partitions of topics the services create when missing (the most
    /// instances of one stage that can share the work).
    pub partitions: u32,
    /// Replication factor of topics the services create when missing.
    pub replication_factor: u16,
    /// Create missing topics at service start (off where an operator owns them).
    pub create_topics: bool,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        KafkaConfig {
            brokers: "127.0.0.1:9092".into(),
            group_prefix: "newswatch".into(),
            topics: KafkaTopics::default(),
            properties: BTreeMap::new(),
            shutdown_deadline: HumanDuration(Duration::from_secs(20)),
            partitions: 6,
            replication_factor: 1,
            create_topics: true,
        }
    }
}

/// The normalizer stage.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct NormalizerConfig {
    /// Drop from each page the text its site repeats on its other pages
    /// (box-outs, sign-offs, notices written as prose): the normalizer's
    /// `SiteMemory`.
    pub site_boilerplate: bool,
    /// How many earlier pages of the same site a paragraph must have been
    /// on to count as that site's boilerplate (2 to 100).
    pub site_boilerplate_min_pages: u32,
}

impl Default for NormalizerConfig {
    fn default() -> Self {
        NormalizerConfig {
            site_boilerplate: true,
            site_boilerplate_min_pages: 3,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ReplayConfig {
    /// TOML file giving publication dates and metadata for archive files
    /// that have no sidecar (relative to the config file).
    pub manifest: Option<PathBuf>,
}

/// The whole configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Directory where the embedded store and archives live.
    pub data_dir: PathBuf,
    /// Alert on the first value of every tracked figure.
    pub alert_on_new: bool,
    /// Alert on claims that match no tracked figure.
    pub alert_on_untracked: bool,
    /// Window in which disagreeing independent sources raise a `conflict`.
    pub conflict_window: HumanDuration,
    pub http: HttpConfig,
    pub fetcher: FetcherConfig,
    pub store: StoreConfig,
    pub api: ApiConfig,
    pub kafka: KafkaConfig,
    pub normalizer: NormalizerConfig,
    pub replay: ReplayConfig,
    pub feeds: Vec<FeedConfig>,
    pub entities: Vec<EntityConfig>,
    pub metrics: Vec<MetricConfig>,
    pub figures: Vec<FigureConfig>,
    pub sinks: Vec<SinkConfig>,
    /// Directory of the config file; relative paths in it resolve here.
    pub base_dir: PathBuf,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data_dir: PathBuf::from("data"),
            alert_on_new: false,
            alert_on_untracked: false,
            conflict_window: HumanDuration(Duration::from_secs(7 * 24 * 3600)),
            http: HttpConfig::default(),
            fetcher: FetcherConfig::default(),
            store: StoreConfig::default(),
            api: ApiConfig::default(),
            kafka: KafkaConfig::default(),
            normalizer: NormalizerConfig::default(),
            replay: ReplayConfig::default(),
            feeds: Vec::new(),
            entities: Vec::new(),
            metrics: Vec::new(),
            figures: Vec::new(),
            sinks: vec![SinkConfig {
                kind: SinkKind::Stdout,
                name: None,
                path: None,
                url: None,
                url_env: None,
                secret_env: None,
                timeout: None,
                max_attempts: None,
            }],
            base_dir: PathBuf::from("."),
        }
    }
}

const KNOWN_KEYS: &[&str] = &[
    "data_dir",
    "alert_on_new",
    "alert_on_untracked",
    "conflict_window",
    "http",
    "fetcher",
    "store",
    "api",
    "kafka",
    "normalizer",
    "replay",
    "feeds",
    "entities",
    "metrics",
    "figures",
    "sinks",
];

struct Collector {
    problems: Vec<Problem>,
}

impl Collector {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn take<T: DeserializeOwned>(&mut self, table: &mut toml::Table, key: &str) -> Option<T> {
        let value = table.remove(key)?;
        self.convert(key.to_string(), value)
    }

    fn convert<T: DeserializeOwned>(&mut self, path: String, value: toml::Value) -> Option<T> {
        match T::deserialize(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(path, e.message().trim().to_string());
                None
            }
        }
    }

    /// Deserialise an array of tables element by element so that every bad
    /// element is reported, not just the first.
    fn take_list<T: DeserializeOwned>(&mut self, table: &mut toml::Table, key: &str) -> Vec<T> {
        let Some(value) = table.remove(key) else {
            return Vec::new();
        };
        let toml::Value::Array(items) = value else {
            self.push(
                key,
                "expected an array of tables ([[".to_string() + key + "]])",
            );
            return Vec::new();
        };
        items
            .into_iter()
            .enumerate()
            .filter_map(|(i, v)| self.convert(format!("{key}[{i}]"), v))
            .collect()
    }
}

impl Config {
    /// Read and validate a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let base = path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let base = if base.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            base
        };
        Config::parse(&text, &base).map_err(|problems| ConfigError::Invalid {
            file: path.display().to_string(),
            problems,
        })
    }

    /// Parse and validate config text; relative paths resolve against `base_dir`.
    pub fn parse(text: &str, base_dir: &Path) -> Result<Config, Vec<Problem>> {
        let mut c = Collector {
            problems: Vec::new(),
        };
        let mut table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => {
                let e: toml::de::Error = e;
                let at = e
                    .span()
                    .map(|s| line_col(text, s.start))
                    .unwrap_or_default();
                c.push(at, e.message().trim().to_string());
                return Err(c.problems);
            }
        };
        for key in table.keys() {
            if !KNOWN_KEYS.contains(&key.as_str()) {
                c.problems.push(Problem {
                    path: key.clone(),
                    message: format!("unknown key; expected one of: {}", KNOWN_KEYS.join(", ")),
                });
            }
        }
        let d = Config::default();
        let mut cfg = Config {
            data_dir: c.take(&mut table, "data_dir").unwrap_or(d.data_dir),
            alert_on_new: c.take(&mut table, "alert_on_new").unwrap_or(d.alert_on_new),
            alert_on_untracked: c
                .take(&mut table, "alert_on_untracked")
                .unwrap_or(d.alert_on_untracked),
            conflict_window: c
                .take(&mut table, "conflict_window")
                .unwrap_or(d.conflict_window),
            http: c.take(&mut table, "http").unwrap_or_default(),
            fetcher: c.take(&mut table, "fetcher").unwrap_or_default(),
            store: c.take(&mut table, "store").unwrap_or_default(),
            api: c.take(&mut table, "api").unwrap_or_default(),
            kafka: c.take(&mut table, "kafka").unwrap_or_default(),
            normalizer: c.take(&mut table, "normalizer").unwrap_or_default(),
            replay: c.take(&mut table, "replay").unwrap_or_default(),
            feeds: c.take_list(&mut table, "feeds"),
            entities: c.take_list(&mut table, "entities"),
            metrics: c.take_list(&mut table, "metrics"),
            figures: c.take_list(&mut table, "figures"),
            sinks: if table.contains_key("sinks") {
                c.take_list(&mut table, "sinks")
            } else {
                d.sinks
            },
            base_dir: base_dir.to_path_buf(),
        };
        cfg.validate(&mut c);
        if c.problems.is_empty() {
            cfg.resolve_paths();
            Ok(cfg)
        } else {
            Err(c.problems)
        }
    }

    fn resolve_paths(&mut self) {
        let base = self.base_dir.clone();
        let abs = |p: &mut PathBuf, root: &Path| {
            if p.is_relative() {
                *p = root.join(&*p);
            }
        };
        abs(&mut self.data_dir, &base);
        let data = self.data_dir.clone();
        abs(&mut self.store.path, &data);
        if let Some(p) = self.fetcher.archive_jsonl.as_mut() {
            abs(p, &data);
        }
        if let Some(p) = self.fetcher.archive_warc.as_mut() {
            abs(p, &data);
        }
        if let Some(p) = self.replay.manifest.as_mut() {
            abs(p, &base);
        }
        for s in &mut self.sinks {
            if let Some(p) = s.path.as_mut() {
                abs(p, &data);
            }
        }
    }

    fn validate(&self, c: &mut Collector) {
        let mut seen_urls = HashSet::new();
        for (i, f) in self.feeds.iter().enumerate() {
            match url::Url::parse(&f.url) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => {}
                Ok(u) => c.push(
                    format!("feeds[{i}].url"),
                    format!("scheme {:?} is not http or https", u.scheme()),
                ),
                Err(e) => c.push(
                    format!("feeds[{i}].url"),
                    format!("not a URL ({e}): {:?}", f.url),
                ),
            }
            if !seen_urls.insert(f.url.as_str()) {
                c.push(
                    format!("feeds[{i}].url"),
                    format!("feed {:?} is listed twice", f.url),
                );
            }
            if let Some(p) = f.poll
                && p.0 < self.fetcher.min_poll.0
            {
                c.push(
                    format!("feeds[{i}].poll"),
                    format!("{p} is below fetcher.min_poll ({})", self.fetcher.min_poll),
                );
            }
        }
        for (i, e) in self.entities.iter().enumerate() {
            if e.name.trim().is_empty() {
                c.push(format!("entities[{i}].name"), "must not be empty");
            }
        }
        for (i, m) in self.metrics.iter().enumerate() {
            if m.name.trim().is_empty() {
                c.push(format!("metrics[{i}].name"), "must not be empty");
            }
            if m.keywords.iter().all(|k| k.trim().is_empty()) {
                c.push(
                    format!("metrics[{i}].keywords"),
                    "needs at least one keyword",
                );
            }
        }
        let mut ids = HashSet::new();
        for (i, f) in self.figures.iter().enumerate() {
            let p = |k: &str| format!("figures[{i}].{k}");
            if f.id.is_empty()
                || !f
                    .id
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || "-_.".contains(ch))
            {
                c.push(
                    p("id"),
                    format!(
                        "{:?} must be non-empty ASCII letters, digits, '-', '_' or '.'",
                        f.id
                    ),
                );
            }
            if !ids.insert(f.id.as_str()) {
                c.push(p("id"), format!("duplicate figure id {:?}", f.id));
            }
            for (k, v) in [
                ("name", &f.name),
                ("subject", &f.subject),
                ("metric", &f.metric),
                ("unit", &f.unit),
            ] {
                if v.trim().is_empty() {
                    c.push(p(k), "must not be empty");
                }
            }
            if !(0.0..1.0).contains(&f.tolerance) || f.tolerance.is_nan() {
                c.push(
                    p("tolerance"),
                    format!("{} is not a relative tolerance in [0, 1)", f.tolerance),
                );
            }
            if f.min_sources == Some(0) {
                c.push(p("min_sources"), "must be at least 1");
            }
            for (k, list) in [
                ("keywords", &f.keywords),
                ("exclude_keywords", &f.exclude_keywords),
            ] {
                if list.iter().any(|w| w.trim().is_empty()) {
                    c.push(p(k), "must not contain empty words");
                }
            }
            if f.max_age.is_some_and(|d| d.0.is_zero()) {
                c.push(p("max_age"), "must be above 0");
            }
            if f.unit.len() == 3
                && f.unit.chars().all(|ch| ch.is_ascii_alphabetic())
                && f.unit != f.unit.to_ascii_uppercase()
            {
                c.push(
                    p("unit"),
                    format!(
                        "currency codes are upper case ISO 4217: {:?}",
                        f.unit.to_ascii_uppercase()
                    ),
                );
            }
        }
        let mut names = HashSet::new();
        for (i, s) in self.sinks.iter().enumerate() {
            let p = |k: &str| format!("sinks[{i}].{k}");
            if !names.insert(s.display_name()) {
                c.push(
                    p("name"),
                    format!(
                        "two sinks are named {:?}; give each a distinct name",
                        s.display_name()
                    ),
                );
            }
            match s.kind {
                SinkKind::Stdout => {}
                SinkKind::Jsonl => {
                    if s.path.is_none() {
                        c.push(p("path"), "a jsonl sink needs a path");
                    }
                }
                SinkKind::Slack | SinkKind::Webhook => match (&s.url, &s.url_env) {
                    (None, None) => c.push(
                        p("url_env"),
                        "needs url_env (environment variable with the URL) or url",
                    ),
                    (Some(_), Some(_)) => c.push(p("url"), "give url or url_env, not both"),
                    (Some(u), None) => {
                        if url::Url::parse(u).is_err() {
                            c.push(p("url"), format!("not a URL: {u:?}"));
                        }
                    }
                    (None, Some(_)) => {}
                },
            }
            if s.kind != SinkKind::Webhook && s.secret_env.is_some() {
                c.push(p("secret_env"), "only webhook sinks sign their requests");
            }
            if s.max_attempts == Some(0) {
                c.push(p("max_attempts"), "must be at least 1");
            }
        }
        if self.fetcher.concurrency == 0 {
            c.push("fetcher.concurrency", "must be at least 1");
        }
        if self.fetcher.per_host_concurrency == 0 {
            c.push("fetcher.per_host_concurrency", "must be at least 1");
        }
        if self.fetcher.per_host_rps.is_nan() || self.fetcher.per_host_rps <= 0.0 {
            c.push("fetcher.per_host_rps", "must be above 0");
        }
        if self.fetcher.min_poll.0 > self.fetcher.max_poll.0 {
            c.push("fetcher.min_poll", "is above fetcher.max_poll");
        }
        if self.http.max_body_bytes < 1024 {
            c.push("http.max_body_bytes", "must be at least 1024");
        }
        if !(2..=100).contains(&self.normalizer.site_boilerplate_min_pages) {
            c.push(
                "normalizer.site_boilerplate_min_pages",
                format!(
                    "{} is outside 2 to 100",
                    self.normalizer.site_boilerplate_min_pages
                ),
            );
        }
        if self.api.bind.parse::<std::net::SocketAddr>().is_err() {
            c.push(
                "api.bind",
                format!("not an address:port: {:?}", self.api.bind),
            );
        }
        if self.kafka.brokers.trim().is_empty() {
            c.push("kafka.brokers", "must not be empty");
        }
        if self.kafka.partitions == 0 || self.kafka.partitions > 10_000 {
            c.push(
                "kafka.partitions",
                format!("{} is not between 1 and 10000", self.kafka.partitions),
            );
        }
        if self.kafka.replication_factor == 0 {
            c.push("kafka.replication_factor", "must be at least 1");
        }
        if self.kafka.shutdown_deadline.0.is_zero() {
            c.push("kafka.shutdown_deadline", "must be above 0");
        }
    }

    /// Read an environment variable a config key names; a clear error if unset.
    pub fn secret(var: &str) -> Result<String, Problem> {
        match std::env::var(var) {
            Ok(v) if !v.is_empty() => Ok(v),
            _ => Err(Problem {
                path: var.to_string(),
                message: "environment variable is not set".into(),
            }),
        }
    }

    pub fn figure(&self, id: &str) -> Option<&FigureConfig> {
        self.figures.iter().find(|f| f.id == id)
    }
}

fn line_col(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    format!("line {line}, column {col}")
}

#[cfg(test)]
mod tests;
