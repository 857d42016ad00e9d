//! The poll loop: schedule feeds, fetch them conditionally, find new items,
//! fetch their pages politely and emit raw items.

use crate::archive::{ArchiveError, HttpRecord, JsonlArchive, WarcArchive};
use crate::canonical_url;
use crate::charset::{self, DocKind};
use crate::health::FetcherMetrics;
use crate::http::{HttpClient, HttpError, HttpSettings, Request, Response};
use crate::parse::{FeedEntry, ParseError, ParsedFeed, parse_feed, parse_sitemap};
use crate::robots::RobotsCache;
use crate::schedule::{self, Bounds, Hints};
use chrono::{DateTime, Utc};
use futures::StreamExt;
use newswatch_config::{Config, FeedKind};
use newswatch_store::{FeedState, SharedStore, StoreError};
use newswatch_transport::{Sink, TransportError};
use newswatch_wire::{BodyFormat, FeedFields, RawItem, SourceRef, WIRE_VERSION, stable_id};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// A page fetch that failed this many times in a row gives up and the item
/// is emitted with the feed's own fields.
pub const MAX_ARTICLE_ATTEMPTS: u32 = 3;
/// Child sitemaps read from one sitemap index.
pub const MAX_CHILD_SITEMAPS: usize = 20;

/// Fetcher failures that stop it.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("HTTP client: {0}")]
    Http(#[from] HttpError),
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("output: {0}")]
    Sink(#[from] TransportError),
    #[error("archive: {0}")]
    Archive(#[from] ArchiveError),
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// What one pass over the feeds did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PollSummary {
    pub feeds: usize,
    pub feeds_ok: usize,
    pub feeds_failed: usize,
    /// Answered 304 Not Modified.
    pub not_modified: usize,
    /// Answered 200 with the same content hash as last time.
    pub unchanged: usize,
    pub items_emitted: usize,
    /// Items in the feeds that were seen before (deduplicated).
    pub items_known: usize,
    pub articles_fetched: usize,
    pub robots_blocked: usize,
    /// Page fetches that failed transiently and will be retried next poll.
    pub articles_deferred: usize,
    /// `(feed url, error)` for each feed that failed.
    pub errors: Vec<(String, String)>,
}

impl PollSummary {
    fn add(&mut self, o: &PollSummary) {
        self.feeds += o.feeds;
        self.feeds_ok += o.feeds_ok;
        self.feeds_failed += o.feeds_failed;
        self.not_modified += o.not_modified;
        self.unchanged += o.unchanged;
        self.items_emitted += o.items_emitted;
        self.items_known += o.items_known;
        self.articles_fetched += o.articles_fetched;
        self.robots_blocked += o.robots_blocked;
        self.articles_deferred += o.articles_deferred;
        self.errors.extend(o.errors.iter().cloned());
    }
}

#[derive(Debug, Clone)]
struct FeedSpec {
    url: String,
    name: Option<String>,
    base: Duration,
    kind: FeedKind,
}

/// Item keys this fetcher is working on: found unseen, not yet emitted and
/// marked seen. A key is claimed *before* the store is asked whether it was
/// seen and released only after it was marked seen (or its work was
/// dropped), so two feeds polled at once, or a feed polled again while one
/// of its items waits for a retry, never emit the same item twice.
#[derive(Debug, Default)]
struct Claims(Mutex<HashSet<String>>);

impl Claims {
    /// Claim all of `keys`, or none if any is already claimed.
    fn claim(self: &Arc<Self>, keys: Vec<String>) -> Option<Claim> {
        let mut held = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if keys.iter().any(|k| held.contains(k)) {
            return None;
        }
        held.extend(keys.iter().cloned());
        Some(Claim {
            keys,
            claims: self.clone(),
        })
    }
}

/// One item's claimed keys; released when dropped.
#[derive(Debug)]
struct Claim {
    keys: Vec<String>,
    claims: Arc<Claims>,
}

impl Drop for Claim {
    fn drop(&mut self) {
        let mut held = self.claims.0.lock().unwrap_or_else(|p| p.into_inner());
        for k in &self.keys {
            held.remove(k);
        }
    }
}

/// A new item on its way out; if its page fetch fails transiently it waits
/// here for the next poll. Its keys are not marked seen until it is emitted.
#[derive(Debug)]
struct Pending {
    entry: FeedEntry,
    attempts: u32,
    /// Outlet name as known when the item was found (the feed title may not
    /// be at hand when it is retried after a 304).
    source: SourceRef,
    claim: Claim,
}

struct Archives {
    jsonl: Option<Mutex<JsonlArchive>>,
    warc: Option<Mutex<WarcArchive>>,
}

struct Inner {
    feeds: Vec<FeedSpec>,
    store: SharedStore,
    http: HttpClient,
    robots: RobotsCache,
    min_poll: Duration,
    max_poll: Duration,
    respect_robots: bool,
    fetch_articles: bool,
    concurrency: usize,
    archives: Archives,
    metrics: FetcherMetrics,
    pending: Mutex<HashMap<String, Vec<Pending>>>,
    claims: Arc<Claims>,
}

/// The fetcher stage. Cheap to clone (shared state).
#[derive(Clone)]
pub struct Fetcher {
    inner: Arc<Inner>,
}

/// Keys that identify an item across polls, feeds and restarts: the GUID
/// (scoped to its feed, since GUIDs are only unique per feed) and the
/// canonical link (which also catches the same article in two feeds).
pub fn item_keys(feed_url: &str, entry: &FeedEntry) -> Vec<String> {
    let mut keys = Vec::with_capacity(2);
    if let Some(g) = entry.guid.as_deref() {
        keys.push(format!("guid:{}", stable_id(&[feed_url, g])));
    }
    if let Some(l) = entry.link.as_deref() {
        keys.push(format!("link:{}", stable_id(&[&canonical_url(l)])));
    }
    if keys.is_empty() {
        // Neither id nor link: the title is all there is.
        let t = entry.title.as_deref().unwrap_or("");
        keys.push(format!("title:{}", stable_id(&[feed_url, t])));
    }
    keys
}

fn feed_fields(e: &FeedEntry) -> FeedFields {
    FeedFields {
        title: e.title.clone(),
        published_at: e.published.or(e.updated),
        author: e.author.clone(),
        guid: e.guid.clone(),
        summary: e.summary.clone(),
    }
}

fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

fn with_jitter() -> f64 {
    rand::random::<f64>()
}

impl Fetcher {
    /// Build the fetcher from the config: HTTP client, robots cache,
    /// archives (if configured) and metrics registered in `registry`.
    pub fn new(
        cfg: &Config,
        store: SharedStore,
        registry: &mut prometheus_client::registry::Registry,
    ) -> Result<Fetcher, FetchError> {
        let http = HttpClient::new(HttpSettings::from_config(cfg))?;
        let feeds = cfg
            .feeds
            .iter()
            .map(|f| FeedSpec {
                url: f.url.clone(),
                name: f.name.clone(),
                base: f.poll.map(|p| p.0).unwrap_or(cfg.fetcher.default_poll.0),
                kind: f.kind,
            })
            .collect();
        let rotate = cfg.fetcher.archive_rotate_bytes;
        let archives = Archives {
            jsonl: cfg
                .fetcher
                .archive_jsonl
                .as_deref()
                .map(|p| JsonlArchive::create(p, rotate).map(Mutex::new))
                .transpose()?,
            warc: cfg
                .fetcher
                .archive_warc
                .as_deref()
                .map(|p| WarcArchive::create(p, rotate).map(Mutex::new))
                .transpose()?,
        };
        Ok(Fetcher {
            inner: Arc::new(Inner {
                feeds,
                store,
                robots: RobotsCache::new(&cfg.http.user_agent),
                http,
                min_poll: cfg.fetcher.min_poll.0,
                max_poll: cfg.fetcher.max_poll.0,
                respect_robots: cfg.fetcher.respect_robots,
                fetch_articles: cfg.fetcher.fetch_articles,
                concurrency: cfg.fetcher.concurrency.max(1),
                archives,
                metrics: FetcherMetrics::register(registry),
                pending: Mutex::new(HashMap::new()),
                claims: Arc::default(),
            }),
        })
    }

    /// Metrics handles (tests, summaries).
    pub fn metrics(&self) -> &FetcherMetrics {
        &self.inner.metrics
    }

    /// Poll every configured feed once, now, whatever its schedule.
    pub async fn poll_once(&self, out: &dyn Sink<RawItem>) -> Result<PollSummary, FetchError> {
        let inner = &self.inner;
        let results: Vec<Result<PollSummary, FetchError>> =
            futures::stream::iter(inner.feeds.iter())
                .map(|f| inner.poll_feed(f, out))
                .buffer_unordered(inner.concurrency)
                .collect()
                .await;
        let mut total = PollSummary::default();
        for r in results {
            total.add(&r?);
        }
        Ok(total)
    }

    /// Poll every feed on its schedule until `cancel` fires.
    pub async fn run(
        &self,
        out: &dyn Sink<RawItem>,
        cancel: CancellationToken,
    ) -> Result<(), FetchError> {
        let inner = &self.inner;
        let mut due: Vec<DateTime<Utc>> = Vec::with_capacity(inner.feeds.len());
        for f in &inner.feeds {
            let st = inner.store.feed_state(&f.url).await?;
            due.push(st.and_then(|s| s.next_poll_at).unwrap_or_else(Utc::now));
        }
        let mut running = futures::stream::FuturesUnordered::new();
        let mut busy = vec![false; inner.feeds.len()];
        loop {
            let now = Utc::now();
            for (i, f) in inner.feeds.iter().enumerate() {
                if !busy[i] && due[i] <= now && running.len() < inner.concurrency {
                    busy[i] = true;
                    running.push(async move { (i, inner.poll_feed(f, out).await) });
                }
            }
            let next_due = inner
                .feeds
                .iter()
                .enumerate()
                .filter(|(i, _)| !busy[*i])
                .map(|(i, _)| due[i])
                .min();
            let wait = next_due
                .map(|t| (t - Utc::now()).to_std().unwrap_or(Duration::ZERO))
                .unwrap_or(Duration::from_secs(60))
                .clamp(Duration::from_millis(10), Duration::from_secs(60));
            tokio::select! {
                biased;
                _ = cancel.cancelled() => break,
                Some((i, result)) = running.next(), if !running.is_empty() => {
                    busy[i] = false;
                    result?;
                    let st = inner.store.feed_state(&inner.feeds[i].url).await?;
                    due[i] = st
                        .and_then(|s| s.next_poll_at)
                        .unwrap_or_else(|| Utc::now() + chrono::Duration::from_std(inner.min_poll).unwrap_or_default());
                }
                _ = tokio::time::sleep(wait) => {}
            }
        }
        // Let polls in flight finish, bounded by the request timeout. Items
        // of an abandoned poll are not marked seen and are found again by
        // the next run.
        let grace = inner.http.settings().timeout * 2 + Duration::from_secs(5);
        let drain = async {
            while let Some((_, r)) = running.next().await {
                r?;
            }
            Ok::<(), FetchError>(())
        };
        match tokio::time::timeout(grace, drain).await {
            Ok(r) => r?,
            Err(_) => tracing::warn!("fetcher: polls still running at shutdown were abandoned"),
        }
        inner.flush_pending(out).await?;
        out.flush().await?;
        Ok(())
    }
}

enum Fetched {
    NotModified(Response),
    Unchanged(Response),
    Changed(Response, String),
}

impl Inner {
    fn bounds(&self, f: &FeedSpec) -> Bounds {
        Bounds {
            base: f.base,
            min: self.min_poll,
            max: self.max_poll,
        }
    }

    /// Poll one feed: never fails for the feed's own problems (those are
    /// recorded in its state); fails only when the store or output fails.
    async fn poll_feed(
        &self,
        f: &FeedSpec,
        out: &dyn Sink<RawItem>,
    ) -> Result<PollSummary, FetchError> {
        let mut state = self
            .store
            .feed_state(&f.url)
            .await?
            .unwrap_or_else(|| FeedState {
                url: f.url.clone(),
                ..FeedState::default()
            });
        let mut summary = PollSummary {
            feeds: 1,
            ..Default::default()
        };
        let now = Utc::now();
        state.last_attempt = Some(now);
        let outcome = self.poll_feed_inner(f, &mut state, out, &mut summary).await;
        let current = Duration::from_secs(state.poll_secs.unwrap_or(f.base.as_secs()));
        match outcome {
            Ok((changed, hints)) => {
                summary.feeds_ok += 1;
                state.last_success = Some(Utc::now());
                state.consecutive_failures = 0;
                state.last_error = None;
                let next = schedule::next_interval(current, changed, hints, self.bounds(f));
                state.poll_secs = Some(next.as_secs());
                state.next_poll_at =
                    Some(Utc::now() + chrono::Duration::from_std(next).unwrap_or_default());
            }
            Err(PollError::Fatal(e)) => return Err(e),
            Err(PollError::Feed(e, retry_after)) => {
                summary.feeds_failed += 1;
                summary.errors.push((f.url.clone(), e.clone()));
                state.consecutive_failures = state.consecutive_failures.saturating_add(1);
                state.last_error = Some(e.clone());
                let delay = schedule::backoff(
                    state.consecutive_failures,
                    self.bounds(f),
                    with_jitter(),
                    retry_after,
                );
                state.next_poll_at =
                    Some(Utc::now() + chrono::Duration::from_std(delay).unwrap_or_default());
                let n = state.consecutive_failures;
                if n == 1 || n == 3 || n % 10 == 0 {
                    tracing::warn!(feed = %f.url, failures = n, error = %e, "feed is failing");
                }
            }
        }
        self.store.put_feed_state(&state).await?;
        self.metrics.feed_state(&state);
        Ok(summary)
    }

    async fn fetch_source(
        &self,
        f: &FeedSpec,
        state: &mut FeedState,
    ) -> Result<Fetched, PollError> {
        let url = state.current_url.clone().unwrap_or_else(|| f.url.clone());
        let req = Request {
            url,
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        };
        let kind = if f.kind == FeedKind::Page {
            "page"
        } else {
            "feed"
        };
        let resp = match self.http.get(&req).await {
            Ok(r) => r,
            Err(e) => {
                self.metrics.fetch(kind, "error");
                let ra = e.retry_after();
                return Err(PollError::Feed(e.to_string(), ra));
            }
        };
        self.metrics.latency.observe(resp.latency.as_secs_f64());
        let ms = resp.latency.as_secs_f64() * 1000.0;
        state.avg_latency_ms = if state.avg_latency_ms > 0.0 {
            0.7 * state.avg_latency_ms + 0.3 * ms
        } else {
            ms
        };
        if let Some(moved) = &resp.moved_permanently_to
            && moved != &f.url
        {
            tracing::info!(feed = %f.url, to = %moved, "feed moved permanently");
            state.current_url = Some(moved.clone());
        }
        if resp.not_modified() {
            self.metrics.fetch(kind, "not_modified");
            return Ok(Fetched::NotModified(resp));
        }
        let hash = content_hash(&resp.body);
        if state.content_hash.as_deref() == Some(hash.as_str()) {
            // Same bytes; keep the (possibly new) validators.
            self.metrics.fetch(kind, "unchanged");
            state.etag = resp.etag().map(str::to_string);
            state.last_modified = resp.last_modified().map(str::to_string);
            return Ok(Fetched::Unchanged(resp));
        }
        self.metrics.fetch(kind, "ok");
        Ok(Fetched::Changed(resp, hash))
    }

    async fn poll_feed_inner(
        &self,
        f: &FeedSpec,
        state: &mut FeedState,
        out: &dyn Sink<RawItem>,
        summary: &mut PollSummary,
    ) -> Result<(bool, Hints), PollError> {
        let fetched = self.fetch_source(f, state).await?;
        let mut hints = Hints::default();
        let (resp, hash) = match fetched {
            Fetched::NotModified(r) | Fetched::Unchanged(r) => {
                if matches!(r.status, 304) {
                    summary.not_modified += 1;
                } else {
                    summary.unchanged += 1;
                }
                hints.max_age = r
                    .header(reqwest::header::CACHE_CONTROL)
                    .and_then(schedule::cache_control_max_age);
                // Items deferred on an earlier poll are retried even if the
                // feed did not change.
                let retried = self
                    .process_entries(f, Vec::new(), None, out, summary)
                    .await?;
                return Ok((retried > 0, hints));
            }
            Fetched::Changed(r, h) => (r, h),
        };
        hints.max_age = resp
            .header(reqwest::header::CACHE_CONTROL)
            .and_then(schedule::cache_control_max_age);
        let emitted = if f.kind == FeedKind::Page {
            self.emit_page(f, &resp, &hash, out, summary).await?
        } else {
            let parsed = self
                .parse_source(f, &resp)
                .await
                .map_err(|e| PollError::Feed(format!("{e}"), None))?;
            hints.ttl = parsed
                .ttl_minutes
                .map(|m| Duration::from_secs(u64::from(m) * 60));
            let feed_title = parsed.title.clone();
            self.process_entries(f, parsed.entries, feed_title, out, summary)
                .await?
        };
        // Remember this body (validators, hash) only once none of its items
        // waits for a retry: those are not marked seen yet and live only in
        // memory, so after a crash the next fetcher must get the full body
        // again (not a 304 or an "unchanged") to find them.
        if !self.has_pending(&f.url) {
            state.etag = resp.etag().map(str::to_string);
            state.last_modified = resp.last_modified().map(str::to_string);
            state.content_hash = Some(hash);
        }
        state.items_seen += emitted as u64;
        Ok((emitted > 0, hints))
    }

    async fn parse_source(&self, f: &FeedSpec, resp: &Response) -> Result<ParsedFeed, ParseError> {
        let ct = resp.content_type();
        let mut parsed = if f.kind == FeedKind::Sitemap {
            parse_sitemap(&resp.body, ct)?
        } else {
            parse_feed(&resp.body, ct, Some(&resp.final_url))?
        };
        // A sitemap index: read its children (no validators; bounded).
        let children: Vec<String> = parsed
            .child_sitemaps
            .drain(..)
            .take(MAX_CHILD_SITEMAPS)
            .collect();
        for child in children {
            let req = Request {
                url: child.clone(),
                ..Request::default()
            };
            match self.http.get(&req).await {
                Ok(r) => match parse_sitemap(&r.body, r.content_type()) {
                    Ok(p) => parsed.entries.extend(p.entries),
                    Err(e) => {
                        tracing::warn!(sitemap = %child, error = %e, "child sitemap unreadable")
                    }
                },
                Err(e) => {
                    tracing::warn!(sitemap = %child, error = %e, "child sitemap fetch failed")
                }
            }
        }
        Ok(parsed)
    }

    fn source_ref(&self, f: &FeedSpec, feed_title: Option<&str>) -> SourceRef {
        SourceRef {
            feed_url: Some(f.url.clone()),
            name: f.name.clone().or_else(|| feed_title.map(str::to_string)),
        }
    }

    async fn emit_page(
        &self,
        f: &FeedSpec,
        resp: &Response,
        hash: &str,
        out: &dyn Sink<RawItem>,
        summary: &mut PollSummary,
    ) -> Result<usize, PollError> {
        let canon = canonical_url(&resp.final_url);
        let key = format!("page:{}", stable_id(&[&canon, hash]));
        let Some(claim) = self.claims.claim(vec![key]) else {
            summary.items_known += 1;
            return Ok(0);
        };
        let unseen = self
            .store
            .unseen_items(&claim.keys)
            .await
            .map_err(PollError::store)?;
        if unseen.is_empty() {
            summary.items_known += 1;
            return Ok(0);
        }
        let item = self.item_from_response(
            &canon,
            hash,
            resp,
            self.source_ref(f, None),
            FeedFields::default(),
        );
        self.emit(f, item, Some(resp), out).await?;
        // Seen only once emitted: a crash before this line emits it again.
        self.store
            .mark_items_seen(&claim.keys)
            .await
            .map_err(PollError::store)?;
        summary.items_emitted += 1;
        Ok(1)
    }

    fn item_from_response(
        &self,
        id_key: &str,
        extra: &str,
        resp: &Response,
        source: SourceRef,
        feed: FeedFields,
    ) -> RawItem {
        let ct = resp.content_type().map(str::to_string);
        let media = ct.as_deref().map(charset::media_type).unwrap_or_default();
        let format = if media == "text/plain" {
            BodyFormat::Text
        } else {
            BodyFormat::Html
        };
        let body = charset::decode(&resp.body, ct.as_deref(), DocKind::Html).text;
        RawItem {
            v: WIRE_VERSION,
            id: if extra.is_empty() {
                stable_id(&[id_key])
            } else {
                stable_id(&[id_key, extra])
            },
            url: resp.final_url.clone(),
            source,
            fetched_at: resp.fetched_at,
            http_status: Some(resp.status),
            content_type: ct,
            format,
            body,
            feed,
        }
    }

    /// An item from the feed's own fields (no page fetched).
    fn item_from_entry(
        &self,
        f: &FeedSpec,
        e: &FeedEntry,
        source: SourceRef,
        status: Option<u16>,
    ) -> RawItem {
        let url = e
            .link
            .clone()
            .unwrap_or_else(|| format!("{}#{}", f.url, e.guid.as_deref().unwrap_or("")));
        let id_key = e
            .link
            .as_deref()
            .map(canonical_url)
            .unwrap_or_else(|| format!("{}|{}", f.url, e.guid.as_deref().unwrap_or("")));
        let body = e
            .content
            .clone()
            .or_else(|| e.summary.clone())
            .or_else(|| e.title.clone())
            .unwrap_or_default();
        RawItem {
            v: WIRE_VERSION,
            id: stable_id(&[&id_key]),
            url,
            source,
            fetched_at: Utc::now(),
            http_status: status,
            content_type: None,
            format: BodyFormat::Html,
            body,
            feed: feed_fields(e),
        }
    }

    async fn emit(
        &self,
        f: &FeedSpec,
        item: RawItem,
        resp: Option<&Response>,
        out: &dyn Sink<RawItem>,
    ) -> Result<(), PollError> {
        if let Some(a) = &self.archives.jsonl {
            a.lock()
                .unwrap_or_else(|p| p.into_inner())
                .append(&item)
                .map_err(|e| PollError::Fatal(e.into()))?;
        }
        if let (Some(a), Some(r)) = (&self.archives.warc, resp) {
            a.lock()
                .unwrap_or_else(|p| p.into_inner())
                .append(
                    &item,
                    &HttpRecord {
                        status: r.status,
                        headers: &r.headers,
                        body: &r.body,
                    },
                )
                .map_err(|e| PollError::Fatal(e.into()))?;
        }
        out.send(&f.url, item)
            .await
            .map_err(|e| PollError::Fatal(e.into()))?;
        self.metrics.items_emitted.inc();
        Ok(())
    }

    /// Whether items of this feed wait for a retry.
    fn has_pending(&self, feed_url: &str) -> bool {
        self.pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(feed_url)
            .is_some_and(|v| !v.is_empty())
    }

    /// Find the entries not seen before (read-only), fetch and emit them
    /// (plus any deferred from earlier polls), and only then mark their keys
    /// seen: at least once, never lost. Returns items emitted.
    async fn process_entries(
        &self,
        f: &FeedSpec,
        entries: Vec<FeedEntry>,
        feed_title: Option<String>,
        out: &dyn Sink<RawItem>,
        summary: &mut PollSummary,
    ) -> Result<usize, PollError> {
        let mut work: Vec<Pending> = self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&f.url)
            .unwrap_or_default();
        let source = self.source_ref(f, feed_title.as_deref());
        // Keys of known items that are not recorded yet (e.g. this feed's
        // GUID for an article first seen in another feed): recorded with
        // the emitted ones, as the old mark-on-find did.
        let mut seen_keys: Vec<String> = Vec::new();
        if !entries.is_empty() {
            // Oldest first, so downstream sees coverage in order.
            let mut claimed: Vec<(FeedEntry, Claim)> = Vec::with_capacity(entries.len());
            for e in entries.into_iter().rev() {
                match self.claims.claim(item_keys(&f.url, &e)) {
                    Some(c) => claimed.push((e, c)),
                    // Being emitted by another poll, or waiting for a retry.
                    None => summary.items_known += 1,
                }
            }
            let all: Vec<String> = claimed
                .iter()
                .flat_map(|(_, c)| c.keys.iter().cloned())
                .collect();
            let unseen: HashSet<String> = self
                .store
                .unseen_items(&all)
                .await
                .map_err(PollError::store)?
                .into_iter()
                .collect();
            for (e, claim) in claimed {
                if claim.keys.iter().all(|k| unseen.contains(k)) {
                    work.push(Pending {
                        entry: e,
                        attempts: 0,
                        source: source.clone(),
                        claim,
                    });
                } else {
                    summary.items_known += 1;
                    seen_keys.extend(claim.keys.iter().filter(|k| unseen.contains(*k)).cloned());
                }
            }
        }
        // Emit in publication order whatever order the feed lists items in,
        // so the tracker sees coverage as it appeared (an undated item keeps
        // its place after the item before it).
        let work = order_by_published(work);
        // Pages are fetched concurrently, but `buffered` hands the results
        // back in order and they are emitted one by one, in that order.
        let mut results = futures::stream::iter(work)
            .map(|p| self.fetch_item(f, p))
            .buffered(self.concurrency);
        let mut emitted = 0;
        let mut deferred = Vec::new();
        let mut done: Vec<Claim> = Vec::new();
        let mut failed: Option<PollError> = None;
        while let Some(r) = results.next().await {
            match r {
                // After a failed emit the rest are not emitted (nor marked
                // seen): dropping their claims lets the next poll retry them.
                Ok(ItemOutcome::Ready(_)) if failed.is_some() => {}
                Ok(ItemOutcome::Ready(ready)) => {
                    let ReadyItem {
                        item,
                        resp,
                        how,
                        claim,
                    } = *ready;
                    if let Err(e) = self.emit(f, item, resp.as_ref(), out).await {
                        failed = Some(e);
                        continue;
                    }
                    emitted += 1;
                    match how {
                        Emitted::Fetched => summary.articles_fetched += 1,
                        Emitted::FeedOnly => {}
                        Emitted::RobotsBlocked => summary.robots_blocked += 1,
                    }
                    done.push(claim);
                }
                Ok(ItemOutcome::Deferred(p)) => deferred.push(*p),
                Err(e) => {
                    failed.get_or_insert(e);
                }
            }
        }
        drop(results);
        // The emitted items were accepted by the output: now, and only now,
        // they are seen. (A crash before this emits them again after the
        // restart; downstream is idempotent.) Even if another item failed,
        // record the ones that went out.
        seen_keys.extend(done.iter().flat_map(|c| c.keys.iter().cloned()));
        if !seen_keys.is_empty() {
            self.store
                .mark_items_seen(&seen_keys)
                .await
                .map_err(PollError::store)?;
        }
        drop(done);
        if let Some(e) = failed {
            return Err(e);
        }
        summary.items_emitted += emitted;
        summary.articles_deferred += deferred.len();
        if !deferred.is_empty() {
            self.pending
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .entry(f.url.clone())
                .or_default()
                .extend(deferred);
        }
        Ok(emitted)
    }

    /// Fetch one item's page (the caller emits it), or defer it for a retry.
    async fn fetch_item(&self, f: &FeedSpec, mut p: Pending) -> Result<ItemOutcome, PollError> {
        let source = p.source.clone();
        let e = &p.entry;
        let link = e.link.clone().filter(|_| self.fetch_articles);
        let Some(link) = link else {
            let item = self.item_from_entry(f, e, source, None);
            return Ok(ItemOutcome::ready(item, None, Emitted::FeedOnly, p.claim));
        };
        if self.respect_robots && !self.robots.allowed(&self.http, &link).await {
            self.metrics.fetch("article", "robots_blocked");
            let item = self.item_from_entry(f, e, source, None);
            return Ok(ItemOutcome::ready(
                item,
                None,
                Emitted::RobotsBlocked,
                p.claim,
            ));
        }
        let req = Request {
            url: link.clone(),
            ..Request::default()
        };
        match self.http.get(&req).await {
            Ok(resp) => {
                self.metrics.fetch("article", "ok");
                self.metrics.latency.observe(resp.latency.as_secs_f64());
                let item = self.item_from_response(
                    &canonical_url(&link),
                    "",
                    &resp,
                    source,
                    feed_fields(e),
                );
                Ok(ItemOutcome::ready(
                    item,
                    Some(resp),
                    Emitted::Fetched,
                    p.claim,
                ))
            }
            Err(err) => {
                self.metrics.fetch("article", "error");
                p.attempts += 1;
                if err.is_transient() && p.attempts < MAX_ARTICLE_ATTEMPTS {
                    tracing::debug!(url = %link, error = %err, "article fetch deferred");
                    return Ok(ItemOutcome::Deferred(Box::new(p)));
                }
                tracing::info!(url = %link, error = %err, "article page unavailable; using the feed's fields");
                let status = match err {
                    HttpError::Status { status, .. } => Some(status),
                    _ => None,
                };
                let item = self.item_from_entry(f, &p.entry, source, status);
                Ok(ItemOutcome::ready(item, None, Emitted::FeedOnly, p.claim))
            }
        }
    }

    /// At shutdown: items whose page could not be fetched yet are emitted
    /// with the feed's fields rather than kept waiting, and marked seen once
    /// emitted.
    async fn flush_pending(&self, out: &dyn Sink<RawItem>) -> Result<(), FetchError> {
        let pending: Vec<(String, Vec<Pending>)> = self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain()
            .collect();
        for (url, items) in pending {
            let Some(f) = self.feeds.iter().find(|f| f.url == url) else {
                continue;
            };
            for p in items {
                let item = self.item_from_entry(f, &p.entry, p.source.clone(), None);
                self.emit(f, item, None, out)
                    .await
                    .map_err(PollError::into_fatal)?;
                self.store.mark_items_seen(&p.claim.keys).await?;
            }
        }
        Ok(())
    }
}

/// What happened to one new item.
enum ItemOutcome {
    /// Ready to emit; once the output accepts it, its keys are marked seen.
    Ready(Box<ReadyItem>),
    /// Its page fetch failed transiently; retried on the next poll.
    Deferred(Box<Pending>),
}

impl ItemOutcome {
    fn ready(item: RawItem, resp: Option<Response>, how: Emitted, claim: Claim) -> Self {
        ItemOutcome::Ready(Box::new(ReadyItem {
            item,
            resp,
            how,
            claim,
        }))
    }
}

/// An item built from its page (or the feed's fields), not yet emitted.
struct ReadyItem {
    item: RawItem,
    /// The page response, for the WARC archive.
    resp: Option<Response>,
    how: Emitted,
    claim: Claim,
}

/// Sort items oldest first by the feed's publication time; an undated item
/// takes the time of the item before it, so it keeps its relative place.
/// The sort is stable: ties keep the feed's order.
fn order_by_published(work: Vec<Pending>) -> Vec<Pending> {
    let mut last = None;
    let mut keyed: Vec<(Option<DateTime<Utc>>, Pending)> = work
        .into_iter()
        .map(|p| {
            let t = p.entry.published.or(p.entry.updated).or(last);
            last = t;
            (t, p)
        })
        .collect();
    keyed.sort_by_key(|(t, _)| *t);
    keyed.into_iter().map(|(_, p)| p).collect()
}

/// How an emitted item got its body.
enum Emitted {
    /// From its article page.
    Fetched,
    /// From the feed's fields (no page to fetch, or the page failed for good).
    FeedOnly,
    /// From the feed's fields: robots.txt disallows the page.
    RobotsBlocked,
}

/// Why a poll of one feed did not complete.
enum PollError {
    /// The feed's problem: recorded in its state, retried with backoff.
    Feed(String, Option<Duration>),
    /// The fetcher's problem (store, output, archive): stops the run.
    Fatal(FetchError),
}

impl PollError {
    fn store(e: StoreError) -> Self {
        PollError::Fatal(FetchError::Store(e))
    }
    fn into_fatal(self) -> FetchError {
        match self {
            PollError::Fatal(e) => e,
            PollError::Feed(e, _) => FetchError::Config(e),
        }
    }
}
