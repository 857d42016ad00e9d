//! robots.txt for article pages, cached per origin.
//!
//! Rules follow RFC 9309: a 4xx robots.txt (or none) allows everything; a
//! 5xx or unreachable one disallows everything for a while (the site is
//! having trouble); a parsed file is cached for a day.

use crate::http::{HttpClient, HttpError, Request};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// robots.txt bodies above this size are cut (RFC 9309 asks for >= 500 KiB).
pub const MAX_ROBOTS_BYTES: u64 = 512 * 1024;
const FRESH: Duration = Duration::from_secs(24 * 3600);
const UNREACHABLE_RETRY: Duration = Duration::from_secs(10 * 60);

enum Rules {
    AllowAll,
    DisallowAll,
    Parsed(texting_robots::Robot),
}

type Slot = Arc<tokio::sync::Mutex<Option<(Arc<Rules>, Instant)>>>;

/// Cache of robots.txt rules per origin (`scheme://host:port`). Concurrent
/// lookups for one origin wait for a single fetch.
pub struct RobotsCache {
    agent: String,
    entries: Mutex<HashMap<String, Slot>>,
}

/// The product token robots.txt groups match on: the first word of the
/// User-Agent up to `/` (`newswatch/0.1 (+url)` gives `newswatch`).
pub fn agent_token(user_agent: &str) -> String {
    user_agent
        .split(|c: char| c == '/' || c.is_whitespace())
        .find(|s| !s.is_empty())
        .unwrap_or("newswatch")
        .to_string()
}

fn origin(url: &url::Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

impl RobotsCache {
    pub fn new(user_agent: &str) -> Self {
        RobotsCache {
            agent: agent_token(user_agent),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Decide from a robots.txt body (pure; for tests and the cache).
    pub fn allowed_by(agent: &str, robots_txt: &[u8], url: &str) -> bool {
        match texting_robots::Robot::new(agent, robots_txt) {
            Ok(r) => r.allowed(url),
            Err(_) => true,
        }
    }

    /// May `url` be fetched? Fetches robots.txt for its origin if needed.
    pub async fn allowed(&self, http: &HttpClient, url: &str) -> bool {
        let Ok(u) = url::Url::parse(url) else {
            return false;
        };
        let key = origin(&u);
        let slot: Slot = self
            .entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(key)
            .or_default()
            .clone();
        let mut guard = slot.lock().await;
        let rules = match guard.as_ref().filter(|(_, exp)| *exp > Instant::now()) {
            Some((r, _)) => r.clone(),
            None => {
                let (rules, ttl) = self.fetch(http, &u).await;
                let rules = Arc::new(rules);
                *guard = Some((rules.clone(), Instant::now() + ttl));
                rules
            }
        };
        drop(guard);
        match &*rules {
            Rules::AllowAll => true,
            Rules::DisallowAll => false,
            Rules::Parsed(r) => r.allowed(url),
        }
    }

    async fn fetch(&self, http: &HttpClient, u: &url::Url) -> (Rules, Duration) {
        let mut robots = u.clone();
        robots.set_path("/robots.txt");
        robots.set_query(None);
        robots.set_fragment(None);
        let req = Request {
            url: robots.to_string(),
            ..Request::default()
        };
        match http.get_limited(&req, MAX_ROBOTS_BYTES).await {
            Ok(resp) => match texting_robots::Robot::new(&self.agent, &resp.body) {
                Ok(r) => (Rules::Parsed(r), FRESH),
                Err(_) => (Rules::AllowAll, FRESH),
            },
            Err(HttpError::Status { status, .. })
                if (400..500).contains(&status) && status != 429 =>
            {
                (Rules::AllowAll, FRESH)
            }
            // Oversized: RFC 9309 lets us use what we could read, but we did
            // not keep it; treat the site as open rather than closed.
            Err(HttpError::TooLarge { .. }) => (Rules::AllowAll, FRESH),
            Err(_) => (Rules::DisallowAll, UNREACHABLE_RETRY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_from_user_agent() {
        assert_eq!(agent_token("newswatch/0.1.0 (+https://x)"), "newswatch");
        assert_eq!(agent_token(""), "newswatch");
    }

    #[test]
    fn rules_apply_to_our_group() {
        let txt =
            b"User-agent: *\nDisallow: /private/\n\nUser-agent: newswatch\nDisallow: /no-bots/\n";
        assert!(RobotsCache::allowed_by(
            "newswatch",
            txt,
            "https://a.example/private/x"
        ));
        assert!(!RobotsCache::allowed_by(
            "newswatch",
            txt,
            "https://a.example/no-bots/x"
        ));
        assert!(!RobotsCache::allowed_by(
            "otherbot",
            txt,
            "https://a.example/private/x"
        ));
    }
}
