//! HTTP done politely: conditional GET, redirects followed by hand (so a
//! permanent move is noticed), a body limit, a total deadline, a per-host
//! request rate and concurrency cap, a global concurrency cap, and hosts
//! paused after `429`/`503` with `Retry-After`.

use chrono::{DateTime, Utc};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use reqwest::StatusCode;
use reqwest::header::{
    self, ETAG, HeaderMap, HeaderValue, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION,
};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// At most this many redirects are followed.
pub const MAX_REDIRECTS: usize = 10;
/// A `Retry-After` longer than this is capped.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// What went wrong with one request.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum HttpError {
    #[error("invalid URL {0:?}")]
    InvalidUrl(String),
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    #[error("connection failed: {0}")]
    Connect(String),
    #[error("body larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("HTTP {status}{}", retry_after.map(|d| format!(" (retry after {}s)", d.as_secs())).unwrap_or_default())]
    Status {
        status: u16,
        retry_after: Option<Duration>,
    },
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooManyRedirects,
    #[error("redirect without a usable Location")]
    BadRedirect,
    #[error("host {host} asked us to wait until {until}")]
    HostPaused { host: String, until: DateTime<Utc> },
    #[error("request failed: {0}")]
    Other(String),
}

impl HttpError {
    /// Worth trying again later (as opposed to a 404 or an oversized body).
    pub fn is_transient(&self) -> bool {
        match self {
            HttpError::Timeout(_)
            | HttpError::Connect(_)
            | HttpError::HostPaused { .. }
            | HttpError::Other(_) => true,
            HttpError::Status { status, .. } => *status == 429 || *status == 408 || *status >= 500,
            _ => false,
        }
    }

    /// How long the server asked us to wait, if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            HttpError::Status { retry_after, .. } => *retry_after,
            HttpError::HostPaused { until, .. } => (*until - Utc::now()).to_std().ok(),
            _ => None,
        }
    }
}

/// One GET, optionally conditional.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A completed exchange (200 or 304).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    /// URL of the last hop.
    pub final_url: String,
    /// Set when every redirect hop was permanent (301/308): where the
    /// resource now lives.
    pub moved_permanently_to: Option<String>,
    pub headers: HeaderMap,
    /// Body after content decoding (gzip, br, deflate); empty for 304.
    pub body: Vec<u8>,
    pub fetched_at: DateTime<Utc>,
    pub latency: Duration,
}

impl Response {
    pub fn not_modified(&self) -> bool {
        self.status == 304
    }
    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn content_type(&self) -> Option<&str> {
        self.header(header::CONTENT_TYPE)
    }
    pub fn etag(&self) -> Option<&str> {
        self.header(ETAG)
    }
    pub fn last_modified(&self) -> Option<&str> {
        self.header(LAST_MODIFIED)
    }
}

/// Settings of the client (from `[http]` and `[fetcher]`).
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub user_agent: String,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub max_body_bytes: u64,
    pub concurrency: usize,
    pub per_host_concurrency: usize,
    pub per_host_rps: f64,
}

impl HttpSettings {
    pub fn from_config(cfg: &newswatch_config::Config) -> Self {
        HttpSettings {
            user_agent: cfg.http.user_agent.clone(),
            connect_timeout: cfg.http.connect_timeout.0,
            timeout: cfg.http.timeout.0,
            max_body_bytes: cfg.http.max_body_bytes,
            concurrency: cfg.fetcher.concurrency.max(1),
            per_host_concurrency: cfg.fetcher.per_host_concurrency.max(1),
            per_host_rps: cfg.fetcher.per_host_rps,
        }
    }
}

/// Parse a `Retry-After` value: delay seconds or an HTTP date.
pub fn parse_retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let v = value.trim();
    let d = if let Ok(secs) = v.parse::<u64>() {
        Duration::from_secs(secs)
    } else {
        let at = httpdate::parse_http_date(v).ok()?;
        at.duration_since(now).unwrap_or(Duration::ZERO)
    };
    Some(d.min(MAX_RETRY_AFTER))
}

/// Host key for politeness: host and port.
pub fn host_key(url: &url::Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

struct HostState {
    permits: Arc<Semaphore>,
    paused_until: Mutex<Option<DateTime<Utc>>>,
}

/// The polite HTTP client shared by all feed polls.
pub struct HttpClient {
    client: reqwest::Client,
    settings: HttpSettings,
    global: Arc<Semaphore>,
    limiter: DefaultKeyedRateLimiter<String>,
    hosts: Mutex<HashMap<String, Arc<HostState>>>,
}

fn quota(rps: f64) -> Quota {
    let rps = if rps.is_finite() && rps > 0.0 {
        rps
    } else {
        1.0
    };
    if rps >= 1.0 {
        let n = NonZeroU32::new(rps.round().clamp(1.0, u32::MAX as f64) as u32)
            .unwrap_or(NonZeroU32::MIN);
        Quota::per_second(n)
    } else {
        // One request every 1/rps seconds; `with_period` only fails for zero.
        Quota::with_period(Duration::from_secs_f64(1.0 / rps))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
    }
}

impl HttpClient {
    pub fn new(settings: HttpSettings) -> Result<Self, HttpError> {
        let client = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .connect_timeout(settings.connect_timeout)
            .read_timeout(settings.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(settings.per_host_concurrency.max(8))
            .build()
            .map_err(|e| HttpError::Other(format!("cannot build HTTP client: {e}")))?;
        Ok(HttpClient {
            client,
            global: Arc::new(Semaphore::new(settings.concurrency.max(1))),
            limiter: RateLimiter::keyed(quota(settings.per_host_rps)),
            hosts: Mutex::new(HashMap::new()),
            settings,
        })
    }

    pub fn settings(&self) -> &HttpSettings {
        &self.settings
    }

    fn host(&self, key: &str) -> Arc<HostState> {
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts
            .entry(key.to_string())
            .or_insert_with(|| {
                Arc::new(HostState {
                    permits: Arc::new(Semaphore::new(self.settings.per_host_concurrency.max(1))),
                    paused_until: Mutex::new(None),
                })
            })
            .clone()
    }

    /// Until when a host asked us to stay away, if it did and that is still ahead.
    pub fn paused_until(&self, url: &str) -> Option<DateTime<Utc>> {
        let u = url::Url::parse(url).ok()?;
        let h = self.host(&host_key(&u));
        let until = *h.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        until.filter(|t| *t > Utc::now())
    }

    fn pause(&self, key: &str, for_: Duration) {
        let h = self.host(key);
        let until =
            Utc::now() + chrono::Duration::from_std(for_).unwrap_or(chrono::Duration::zero());
        let mut p = h.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        if p.is_none_or(|cur| cur < until) {
            *p = Some(until);
        }
    }

    /// GET `req.url`, following redirects, within the politeness limits.
    pub async fn get(&self, req: &Request) -> Result<Response, HttpError> {
        self.get_limited(req, self.settings.max_body_bytes).await
    }

    /// As [`get`](Self::get) with a smaller body limit (robots.txt).
    pub async fn get_limited(&self, req: &Request, max_body: u64) -> Result<Response, HttpError> {
        let started = Instant::now();
        let mut url =
            url::Url::parse(&req.url).map_err(|_| HttpError::InvalidUrl(req.url.clone()))?;
        let mut all_permanent = true;
        let mut redirected = false;
        for _hop in 0..=MAX_REDIRECTS {
            if !matches!(url.scheme(), "http" | "https") {
                return Err(HttpError::InvalidUrl(url.to_string()));
            }
            let key = host_key(&url);
            let host = self.host(&key);
            let paused = *host.paused_until.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(until) = paused.filter(|t| *t > Utc::now()) {
                return Err(HttpError::HostPaused { host: key, until });
            }
            let host_permit = host
                .permits
                .clone()
                .acquire_owned()
                .await
                .map_err(|_| HttpError::Other("client shut down".into()))?;
            self.limiter.until_key_ready(&key).await;
            let global_permit = self
                .global
                .clone()
                .acquire_owned()
                .await
                .map_err(|_| HttpError::Other("client shut down".into()))?;
            // Validators only apply to the URL they were stored for and the
            // hops of a redirect from it.
            let mut headers = HeaderMap::new();
            if let Some(e) = req
                .etag
                .as_deref()
                .and_then(|v| HeaderValue::from_str(v).ok())
            {
                headers.insert(IF_NONE_MATCH, e);
            }
            if let Some(m) = req
                .last_modified
                .as_deref()
                .and_then(|v| HeaderValue::from_str(v).ok())
            {
                headers.insert(IF_MODIFIED_SINCE, m);
            }
            let fetched_at = Utc::now();
            let one = self.exchange(url.clone(), headers, max_body);
            let result = tokio::time::timeout(self.settings.timeout, one).await;
            drop(global_permit);
            drop(host_permit);
            let (status, resp_headers, body) = match result {
                Err(_) => return Err(HttpError::Timeout(self.settings.timeout)),
                Ok(r) => r?,
            };
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let next = resp_headers
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|loc| url.join(loc.trim()).ok())
                    .ok_or(HttpError::BadRedirect)?;
                all_permanent &= matches!(
                    status,
                    StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
                );
                redirected = true;
                url = next;
                continue;
            }
            if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE
            {
                let retry_after = resp_headers
                    .get(header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| parse_retry_after(v, std::time::SystemTime::now()));
                if let Some(d) = retry_after {
                    self.pause(&key, d);
                }
                return Err(HttpError::Status {
                    status: status.as_u16(),
                    retry_after,
                });
            }
            if !(status.is_success() || status == StatusCode::NOT_MODIFIED) {
                return Err(HttpError::Status {
                    status: status.as_u16(),
                    retry_after: None,
                });
            }
            return Ok(Response {
                status: status.as_u16(),
                moved_permanently_to: (redirected && all_permanent).then(|| url.to_string()),
                final_url: url.to_string(),
                headers: resp_headers,
                body,
                fetched_at,
                latency: started.elapsed(),
            });
        }
        Err(HttpError::TooManyRedirects)
    }

    async fn exchange(
        &self,
        url: url::Url,
        headers: HeaderMap,
        max_body: u64,
    ) -> Result<(StatusCode, HeaderMap, Vec<u8>), HttpError> {
        let mut resp = self
            .client
            .get(url)
            .headers(headers)
            .send()
            .await
            .map_err(|e| self.classify(e))?;
        let status = resp.status();
        let headers = resp.headers().clone();
        if !status.is_success() {
            // Error and redirect bodies are not needed.
            return Ok((status, headers, Vec::new()));
        }
        if resp.content_length().is_some_and(|n| n > max_body) {
            return Err(HttpError::TooLarge { limit: max_body });
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| self.classify(e))? {
            if body.len() as u64 + chunk.len() as u64 > max_body {
                return Err(HttpError::TooLarge { limit: max_body });
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, headers, body))
    }
}

impl HttpClient {
    fn classify(&self, e: reqwest::Error) -> HttpError {
        if e.is_timeout() {
            HttpError::Timeout(self.settings.timeout)
        } else if e.is_connect() {
            HttpError::Connect(error_chain(&e))
        } else {
            HttpError::Other(error_chain(&e))
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(90))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(90));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("99999999999", now), Some(MAX_RETRY_AFTER));
    }

    #[test]
    fn transient_errors() {
        assert!(HttpError::Timeout(Duration::ZERO).is_transient());
        assert!(
            HttpError::Status {
                status: 503,
                retry_after: None
            }
            .is_transient()
        );
        assert!(
            HttpError::Status {
                status: 429,
                retry_after: None
            }
            .is_transient()
        );
        assert!(
            !HttpError::Status {
                status: 404,
                retry_after: None
            }
            .is_transient()
        );
        assert!(!HttpError::TooLarge { limit: 1 }.is_transient());
    }

    #[test]
    fn quotas_for_fractional_rates() {
        let _ = quota(0.2);
        let _ = quota(0.0);
        let _ = quota(f64::NAN);
        let _ = quota(1e12);
    }
}
