//! Site boilerplate: text a site repeats on many of its article pages.
//!
//! A single page does not always tell its furniture from its story: a
//! "How we reported this" box, a podcast's credits, a legal desk's counsel
//! list or a paper's print-edition notice is written as prose, inside the
//! article element, just like the story. Across pages of the same site it
//! gives itself away, because it comes back on every page while the story
//! does not. [`SiteMemory`] remembers, per site, which 4-word shingles were
//! in the extracted text of how many different pages, and drops from a new
//! page the paragraphs that are mostly made of shingles already seen on
//! `min_pages` earlier pages of the site. (Trafilatura's `deduplicate`
//! option works on the same idea with whole text segments and one cache
//! for all sites.)
//!
//! Guards against dropping story text:
//! - a page is counted once per site: a re-fetch or update of the same
//!   page (same key: the stage uses the canonical URL) adds nothing;
//! - a paragraph goes only if at least [`REPEATED_SHARE`] of its shingles
//!   are repeated, so a story paragraph that merely contains a stock
//!   phrase ("did not respond to a request for comment") stays;
//! - when the paragraphs to drop would be most of the page
//!   ([`MAX_DROPPED_SHARE`]), nothing is dropped: that is a rewrite of an
//!   earlier story (a new URL for an updated article), not furniture.
//!
//! What it costs: a story paragraph the same site reprints word for word in
//! three or more different articles (a stock background paragraph about a
//! running story) is dropped from the later ones. For figure tracking that
//! loses nothing new (the same outlet repeating the same figure is not a
//! new source), and the first articles keep it.
//!
//! Memory is bounded: at most [`MAX_SITES`] sites (least recently used go
//! first) and about [`MAX_SHINGLES_PER_SITE`] shingles per site (shingles
//! seen on one page only and not in the last [`RECENT_PAGES`] pages go
//! first). The memory is a cache: losing it (a restart) costs the next
//! `min_pages` pages of each site their clean-up, nothing else.

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use xxhash_rust::xxh3::xxh3_64;

/// Pages a paragraph must have been seen on (earlier, same site) before it
/// counts as the site's boilerplate.
pub const DEFAULT_MIN_PAGES: u32 = 3;

/// Share of a paragraph's shingles that must be repeated for it to go.
pub const REPEATED_SHARE: f64 = 0.6;

/// Above this share of the page's characters, nothing is dropped.
pub const MAX_DROPPED_SHARE: f64 = 0.7;

/// Sites remembered at once.
pub const MAX_SITES: usize = 256;

/// Shingles remembered per site before a sweep.
pub const MAX_SHINGLES_PER_SITE: usize = 32_768;

/// Pages whose one-off shingles survive a sweep.
pub const RECENT_PAGES: u32 = 24;

/// Page keys remembered per site, to count each page once.
const PAGE_KEYS_PER_SITE: usize = 512;

const SHINGLE: usize = 4;

#[derive(Debug, Clone, Copy)]
struct Seen {
    /// Different pages of the site the shingle was on.
    pages: u32,
    /// Serial of the last such page.
    last: u32,
}

/// The keys are xxh3 hashes already: hashing them again is wasted work.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Debug, Default)]
struct Site {
    shingles: HashMap<u64, Seen, BuildHasherDefault<PassThrough>>,
    page_keys: VecDeque<u64>,
    /// Pages remembered so far (the serial of the next one).
    pages: u32,
    last_used: u64,
}

/// What one call of [`SiteMemory::filter`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FilterOutcome {
    /// Paragraphs dropped as the site's boilerplate.
    pub dropped: usize,
    /// Paragraphs that looked repeated but were kept because dropping them
    /// would have taken most of the page.
    pub kept_as_rewrite: usize,
}

/// Per-site memory of repeated text (see the module documentation).
#[derive(Debug)]
pub struct SiteMemory {
    min_pages: u32,
    sites: HashMap<String, Site>,
    clock: u64,
}

impl Default for SiteMemory {
    fn default() -> Self {
        SiteMemory::new(DEFAULT_MIN_PAGES)
    }
}

/// Lower-cased word shingles of one paragraph, hashed; a paragraph of
/// fewer than four words is one shingle. Each word is hashed once (no
/// copy unless it has upper-case letters), each shingle is the hash of
/// its words' hashes.
fn shingles(paragraph: &str) -> Vec<u64> {
    let mut lower = String::new();
    let words: Vec<u64> = paragraph
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                lower.clear();
                lower.extend(w.chars().flat_map(char::to_lowercase));
                xxh3_64(lower.as_bytes())
            } else {
                xxh3_64(w.as_bytes())
            }
        })
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let n = SHINGLE.min(words.len());
    let mut out: Vec<u64> = words
        .windows(n)
        .map(|w| {
            let mut bytes = [0u8; 8 * SHINGLE];
            for (i, h) in w.iter().enumerate() {
                bytes[i * 8..i * 8 + 8].copy_from_slice(&h.to_le_bytes());
            }
            xxh3_64(&bytes[..n * 8])
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl SiteMemory {
    /// A memory for which text seen on `min_pages` earlier pages of a site
    /// is boilerplate (at least 2; [`DEFAULT_MIN_PAGES`] by default).
    pub fn new(min_pages: u32) -> Self {
        SiteMemory {
            min_pages: min_pages.max(2),
            sites: HashMap::new(),
            clock: 0,
        }
    }

    /// Sites remembered now.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }

    /// Shingles remembered now, over all sites.
    pub fn shingles(&self) -> usize {
        self.sites.values().map(|s| s.shingles.len()).sum()
    }

    /// Drop from `paragraphs` (one page of `site`, identified by `page_key`,
    /// e.g. a hash of its URL) the paragraphs that are the site's
    /// boilerplate, then remember the page's shingles. Order is kept.
    pub fn filter(
        &mut self,
        site: &str,
        page_key: u64,
        paragraphs: &mut Vec<String>,
    ) -> FilterOutcome {
        self.clock += 1;
        if !self.sites.contains_key(site) && self.sites.len() >= MAX_SITES {
            self.evict_site();
        }
        let min_pages = self.min_pages;
        let entry = self.sites.entry(site.to_string()).or_default();
        entry.last_used = self.clock;

        let per_para: Vec<Vec<u64>> = paragraphs.iter().map(|p| shingles(p)).collect();
        let repeated: Vec<bool> = per_para
            .iter()
            .map(|sh| {
                if sh.is_empty() {
                    return false;
                }
                let hits = sh
                    .iter()
                    .filter(|h| entry.shingles.get(h).is_some_and(|s| s.pages >= min_pages))
                    .count();
                hits as f64 >= REPEATED_SHARE * sh.len() as f64
            })
            .collect();
        let total: usize = paragraphs.iter().map(String::len).sum();
        let drop_chars: usize = paragraphs
            .iter()
            .zip(&repeated)
            .filter(|(_, r)| **r)
            .map(|(p, _)| p.len())
            .sum();
        let candidates = repeated.iter().filter(|r| **r).count();
        let outcome = if candidates > 0 && drop_chars as f64 > MAX_DROPPED_SHARE * total as f64 {
            FilterOutcome {
                dropped: 0,
                kept_as_rewrite: candidates,
            }
        } else {
            FilterOutcome {
                dropped: candidates,
                kept_as_rewrite: 0,
            }
        };

        // Remember the page (once per page key).
        if !entry.page_keys.contains(&page_key) {
            if entry.page_keys.len() >= PAGE_KEYS_PER_SITE {
                entry.page_keys.pop_front();
            }
            entry.page_keys.push_back(page_key);
            let serial = entry.pages;
            entry.pages = entry.pages.wrapping_add(1);
            let mut all: Vec<u64> = per_para.iter().flatten().copied().collect();
            all.sort_unstable();
            all.dedup();
            for h in all {
                let s = entry.shingles.entry(h).or_insert(Seen {
                    pages: 0,
                    last: serial,
                });
                s.pages = s.pages.saturating_add(1);
                s.last = serial;
            }
            if entry.shingles.len() > MAX_SHINGLES_PER_SITE {
                sweep(entry, min_pages);
            }
        }

        if outcome.dropped > 0 {
            let mut keep = repeated.iter().map(|r| !r);
            paragraphs.retain(|_| keep.next().unwrap_or(true));
        }
        outcome
    }

    fn evict_site(&mut self) {
        if let Some(oldest) = self
            .sites
            .iter()
            .min_by_key(|(_, s)| s.last_used)
            .map(|(k, _)| k.clone())
        {
            self.sites.remove(&oldest);
        }
    }
}

/// Make room in a full site: first shingles seen once and not recently,
/// then everything short of boilerplate, and as a last resort all of it.
fn sweep(site: &mut Site, min_pages: u32) {
    let now = site.pages;
    site.shingles
        .retain(|_, s| s.pages >= 2 || now.wrapping_sub(s.last) <= RECENT_PAGES);
    if site.shingles.len() > MAX_SHINGLES_PER_SITE * 3 / 4 {
        site.shingles.retain(|_, s| s.pages >= min_pages);
    }
    if site.shingles.len() > MAX_SHINGLES_PER_SITE * 3 / 4 {
        site.shingles.clear();
    }
}

/// The site a page belongs to: the host of its URL, lower-cased, without a
/// leading `www.`; the whole string when it is not a URL.
pub fn site_of(url: &str) -> String {
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    match host {
        Some(h) => h.strip_prefix("www.").unwrap_or(&h).to_string(),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` story paragraphs whose words are all the story's own, then two
    /// pieces of the site's furniture.
    fn page(story: &str, n: usize) -> Vec<String> {
        let mut v: Vec<String> = (0..n)
            .map(|i| {
                (0..12)
                    .map(|w| format!("{story}{i}x{w}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        v.push("How we reported this: our reporters read 4,000 pages of court records and spoke to twelve former staff.".into());
        v.push("Contact the newsroom".into());
        v
    }

    #[test]
    fn furniture_goes_after_min_pages_and_stories_stay() {
        let mut m = SiteMemory::new(3);
        for (i, s) in ["harbor", "budget", "flood"].iter().enumerate() {
            let mut p = page(s, 4);
            assert_eq!(m.filter("news.example", i as u64, &mut p).dropped, 0);
            assert_eq!(p.len(), 6);
        }
        let mut p = page("election", 4);
        let out = m.filter("news.example", 99, &mut p);
        assert_eq!(out.dropped, 2, "{p:?}");
        assert_eq!(p.len(), 4);
        assert!(p.iter().all(|x| x.starts_with("election")));
        // Another site has not seen that furniture.
        let mut p = page("election", 4);
        assert_eq!(m.filter("other.example", 1, &mut p).dropped, 0);
        assert_eq!(m.sites(), 2);
    }

    #[test]
    fn refetches_count_once() {
        let mut m = SiteMemory::new(2);
        for _ in 0..5 {
            let mut p = page("harbor", 3);
            m.filter("news.example", 7, &mut p);
            assert_eq!(p.len(), 5);
        }
        let mut p = page("budget", 3);
        assert_eq!(m.filter("news.example", 8, &mut p).dropped, 0);
    }

    #[test]
    fn a_rewrite_of_an_earlier_story_is_kept_whole() {
        let mut m = SiteMemory::new(2);
        let body: Vec<String> = (0..8)
            .map(|i| format!("The recall paragraph {i} says the carmaker will repair 2.3 million vehicles in batch {i}."))
            .collect();
        for k in 0..3 {
            let mut p = body.clone();
            m.filter("cars.example", k, &mut p);
        }
        let mut p = body.clone();
        p.insert(
            0,
            "Update: the recall now covers 2.5 million vehicles.".into(),
        );
        let out = m.filter("cars.example", 10, &mut p);
        assert_eq!(out.dropped, 0);
        assert_eq!(out.kept_as_rewrite, 8);
        assert_eq!(p.len(), 9);
    }

    #[test]
    fn a_stock_phrase_does_not_make_a_paragraph_boilerplate() {
        let mut m = SiteMemory::new(2);
        for k in 0..4 {
            let mut p = vec![
                format!("Story {k} has its own lead sentence about item number {k} today."),
                "The company did not immediately respond to a request for comment.".into(),
            ];
            m.filter("s.example", k, &mut p);
        }
        let mut p = vec![
            "A new lead about a budget vote that passed by a wide margin on Tuesday.".into(),
            "The mayor's office did not immediately respond to a request for comment on the vote count or the schedule.".into(),
        ];
        m.filter("s.example", 50, &mut p);
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn memory_stays_bounded() {
        let mut m = SiteMemory::new(3);
        for k in 0..(MAX_SITES as u64 + 10) {
            let mut p = vec![format!("site {k} has one short paragraph of its own here")];
            m.filter(&format!("site{k}.example"), k, &mut p);
        }
        assert_eq!(m.sites(), MAX_SITES);
        let mut m = SiteMemory::new(3);
        for k in 0..400u64 {
            let mut p: Vec<String> = (0..10)
                .map(|i| {
                    format!(
                        "page {k} line {i} has words {} {} {} {}",
                        k * 7,
                        i * 3,
                        k + i,
                        k * i
                    )
                })
                .collect();
            m.filter("big.example", k, &mut p);
        }
        assert!(m.shingles() <= MAX_SHINGLES_PER_SITE, "{}", m.shingles());
    }

    #[test]
    fn site_is_the_host_without_www() {
        assert_eq!(site_of("https://WWW.Example.com/a/b?x=1"), "example.com");
        assert_eq!(site_of("https://news.example.org/"), "news.example.org");
        assert_eq!(site_of("not a url"), "not a url");
    }
}
