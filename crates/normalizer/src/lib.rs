//! The normalizer stage: turns a fetched page ([`RawItem`]) into an
//! [`Article`]: main text with paragraph structure (navigation, ads, related
//! links, comments and cookie banners removed), metadata (title, authors,
//! publication and modification time, site name, canonical URL, language,
//! word count) and fingerprints for duplicate detection.
//!
//! The library does no I/O. Entry points:
//! - [`normalize`]: one raw item to one article (pure).
//! - [`normalize_in_site`]: the same, dropping the text the page's site
//!   repeats on its other pages ([`SiteMemory`]).
//! - [`Deduper`]: marks exact and near duplicates among recent articles.
//! - [`NormalizerStage`]: all of it, as a [`newswatch_transport::Processor`].

use events::Doc;
use newswatch_wire::{Article, BodyFormat, RawItem, WIRE_VERSION, stable_id};
use url::Url;

mod dedup;
#[doc(hidden)]
pub mod events;
#[doc(hidden)]
pub mod extract;
mod meta;
mod site;
mod stage;
pub mod text;

pub use dedup::{DEFAULT_MAX_HAMMING, Deduper, MIN_WORDS_FOR_NEAR_DUP};
pub use site::{DEFAULT_MIN_PAGES, FilterOutcome, SiteMemory, site_of};
pub use stage::{NormalizerMetrics, NormalizerStage};

/// Largest body accepted by [`normalize`]: 16 MiB. Real article pages are
/// well under 5 MB of HTML; anything bigger is almost always a mistake
/// (a file download, an endless page) and parsing it would hold the stage
/// for seconds.
pub const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

pub use events::MAX_NESTING;

/// Why a raw item could not be normalized. All are permanent: the same
/// input fails the same way again.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum NormalizeError {
    #[error("body is {size} bytes, over the {cap}-byte cap for one page")]
    TooLarge { size: usize, cap: usize },
    #[error(
        "body looks binary ({percent}% of its first characters are control or replacement characters), not HTML or text"
    )]
    Binary { percent: u32 },
    #[error(
        "elements nest over {cap} levels deep (reading stopped at level {depth}); no real page does"
    )]
    TooDeep { depth: usize, cap: usize },
    #[error("no main text found: {0}")]
    Empty(&'static str),
}

/// Knobs for [`normalize_with`].
#[derive(Debug, Clone)]
pub struct Options {
    /// Bodies longer than this (in bytes) are rejected.
    pub max_body_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        }
    }
}

/// Normalize one raw item with the default [`Options`].
pub fn normalize(raw: &RawItem) -> Result<Article, NormalizeError> {
    normalize_with(raw, &Options::default())
}

/// Main-text paragraphs of an HTML page (what [`normalize`] puts in
/// `Article::text`, before joining). For evaluation and tools. Pages
/// nesting deeper than [`MAX_NESTING`] give no paragraphs.
pub fn extract_paragraphs(html: &str) -> Vec<String> {
    let doc = Doc::parse(html);
    if doc.too_deep {
        return Vec::new();
    }
    extract::extract(&doc).paragraphs
}

/// Share of control / replacement characters in the first 8 Ki
/// characters, in percent. Counted on bytes: a control character is one
/// byte below 0x20 (other than tab, newline, carriage return, form feed),
/// 0x7F, or a C1 control (C2 80 to C2 9F); U+FFFD is the three bytes
/// EF BF BD; a character is a byte that does not continue a UTF-8
/// sequence.
fn binary_percent(body: &str) -> u32 {
    let mut total = 0u32;
    let mut bad = 0u32;
    let b = body.as_bytes();
    let mut i = 0usize;
    while i < b.len() && total < 8_192 {
        let c = b[i];
        if c & 0xC0 != 0x80 {
            total += 1;
            if (c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0c))
                || c == 0x7f
                || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
                || (c == 0xEF && b.get(i + 1..i + 3) == Some(&[0xBF, 0xBD][..]))
            {
                bad += 1;
            }
        }
        i += 1;
    }
    (bad * 100).checked_div(total).unwrap_or(0)
}

/// Paragraphs of a plain-text document: blank lines separate paragraphs.
/// Inside a block, a line is joined to the one before only if that one looks
/// hard-wrapped (nearly as long as the longest line and not ending a
/// sentence); short lines such as headings or timeline dates ("2. March
/// 2024") stay paragraphs of their own, so the extractor can see them frame
/// what follows. A text with no blank line but many lines is taken as one
/// paragraph per line.
fn text_paragraphs(body: &str) -> Vec<String> {
    let max_len = body
        .lines()
        .map(|l| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let wrapped = |line: &str| {
        let t = line.trim_end();
        t.chars().count() * 10 >= max_len * 6
            && !t.ends_with(['.', '!', '?', ':', ';', '"', '\u{201d}', '\u{2019}', ')'])
    };
    let mut paras = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut lines = 0usize;
    let flush = |cur: &mut Vec<&str>, paras: &mut Vec<String>| {
        if !cur.is_empty() {
            paras.push(text::collapse_ws(&cur.join(" ")));
            cur.clear();
        }
    };
    for line in body.lines() {
        lines += 1;
        if line.trim().is_empty() {
            flush(&mut cur, &mut paras);
        } else {
            if cur.last().is_some_and(|prev| !wrapped(prev)) {
                flush(&mut cur, &mut paras);
            }
            cur.push(line);
        }
    }
    flush(&mut cur, &mut paras);
    if paras.len() == 1 && lines > 3 {
        return body
            .lines()
            .map(text::collapse_ws)
            .filter(|l| !l.is_empty())
            .collect();
    }
    paras
}

fn looks_like_html(body: &str) -> bool {
    let head = &body.as_bytes()[..body.len().min(4096)];
    const MARKERS: &[&[u8]] = &[b"html", b"!doctype", b"body", b"p", b"div", b"head"];
    let mut i = 0usize;
    while let Some(p) = head.get(i..).and_then(|h| memchr::memchr(b'<', h)) {
        let rest = &head[i + p + 1..];
        if MARKERS.iter().any(|m| {
            rest.get(..m.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(m))
        }) {
            return true;
        }
        i += p + 1;
    }
    false
}

/// Characters of text given to the language detector: about 100 words,
/// enough for a reliable verdict on prose; its cost grows with the sample
/// (about 100 us for 1,500 characters, the largest single cost of
/// `normalize` before this cap).
const LANGUAGE_SAMPLE_CHARS: usize = 600;

/// Detect the language of the text; fall back to what the page declares.
fn language(text: &str, declared: Option<String>) -> Option<String> {
    let sample: String = text.chars().take(LANGUAGE_SAMPLE_CHARS).collect();
    if text::is_plainly_english(&sample) {
        return Some("en".to_string());
    }
    let detected = whatlang::detect(&sample)
        .filter(|i| i.is_reliable())
        .map(|i| {
            let code = i.lang().code();
            isolang::Language::from_639_3(code)
                .and_then(|l| l.to_639_1())
                .unwrap_or(code)
                .to_string()
        });
    detected.or(declared)
}

/// Normalize one raw item.
///
/// Metadata trust order for the publication time: feed fields, then
/// `article:published_time` (and similar meta tags), JSON-LD
/// `datePublished`, `<time>`, a date in the URL. Title, authors and site
/// name come from the page first, the feed (and source name) second.
pub fn normalize_with(raw: &RawItem, opts: &Options) -> Result<Article, NormalizeError> {
    normalize_inner(raw, opts, None).map(|(a, _)| a)
}

/// [`normalize_with`], then drop the paragraphs that are the boilerplate of
/// the page's site (the host of `raw.url`), as `memory` has seen it on
/// earlier pages, and remember this page. Also says what was dropped.
pub fn normalize_in_site(
    raw: &RawItem,
    opts: &Options,
    memory: &mut SiteMemory,
) -> Result<(Article, FilterOutcome), NormalizeError> {
    normalize_inner(raw, opts, Some(memory))
}

fn normalize_inner(
    raw: &RawItem,
    opts: &Options,
    memory: Option<&mut SiteMemory>,
) -> Result<(Article, FilterOutcome), NormalizeError> {
    if raw.body.len() > opts.max_body_bytes {
        return Err(NormalizeError::TooLarge {
            size: raw.body.len(),
            cap: opts.max_body_bytes,
        });
    }
    let percent = binary_percent(&raw.body);
    if percent >= 10 {
        return Err(NormalizeError::Binary { percent });
    }
    let base = Url::parse(&raw.url).ok();
    let is_text = raw.format == BodyFormat::Text || !looks_like_html(&raw.body);

    let (paragraphs, page) = if is_text {
        (text_paragraphs(&raw.body), None)
    } else {
        let doc = Doc::parse(&raw.body);
        if doc.too_deep {
            return Err(NormalizeError::TooDeep {
                depth: MAX_NESTING + 1,
                cap: MAX_NESTING,
            });
        }
        let ex = extract::extract(&doc);
        let pm = meta::PageMeta::read(&doc);
        (ex.paragraphs, Some((pm, ex.h1)))
    };
    let pm = page.as_ref().map(|(pm, _)| pm);
    let canonical_url = pm
        .map(meta::PageMeta::canonical_candidates)
        .unwrap_or_default()
        .iter()
        .find_map(|c| meta::clean_url(c, base.as_ref()))
        .or_else(|| {
            base.clone()
                .filter(|b| matches!(b.scheme(), "http" | "https"))
                .map(|mut b| {
                    meta::strip_tracking(&mut b);
                    b
                })
        })
        .map(|u| u.to_string())
        .unwrap_or_else(|| raw.url.clone());
    let mut paragraphs = paragraphs;
    let outcome = match memory {
        Some(m) if !paragraphs.is_empty() => m.filter(
            &site_of(&raw.url),
            xxhash_rust::xxh3::xxh3_64(canonical_url.as_bytes()),
            &mut paragraphs,
        ),
        _ => FilterOutcome::default(),
    };
    if paragraphs.is_empty() {
        return Err(NormalizeError::Empty(if raw.body.trim().is_empty() {
            "the body is empty"
        } else if is_text {
            "the text has no words"
        } else {
            "no paragraph of the page looks like article text"
        }));
    }
    let text = paragraphs.join("\n\n");

    let h1 = page.as_ref().and_then(|(_, h)| h.as_deref());
    let site_name = pm
        .and_then(meta::PageMeta::site_name)
        .or_else(|| raw.source.name.clone());
    let title = pm
        .and_then(|m| m.title(h1, site_name.as_deref()))
        .or_else(|| raw.feed.title.as_deref().map(text::collapse_ws))
        .filter(|t| !t.is_empty());
    let mut authors = pm
        .map(|m| m.authors(site_name.as_deref()))
        .unwrap_or_default();
    if authors.is_empty()
        && let Some(a) = &raw.feed.author
    {
        let a = text::collapse_ws(a);
        if !a.is_empty() {
            authors.push(a);
        }
    }
    let published_at = raw
        .feed
        .published_at
        .or_else(|| pm.and_then(meta::PageMeta::published))
        .or_else(|| meta::date_from_url(&raw.url));
    let modified_at = pm.and_then(meta::PageMeta::modified);

    let language = language(&text, pm.and_then(meta::PageMeta::declared_language));

    let article = Article {
        v: WIRE_VERSION,
        id: stable_id(&[&canonical_url]),
        raw_id: raw.id.clone(),
        url: raw.url.clone(),
        canonical_url,
        title,
        authors,
        published_at,
        modified_at,
        site_name,
        source: raw.source.clone(),
        language,
        word_count: text::word_count(&text),
        content_hash: text::content_hash(&text),
        simhash: text::simhash(&text),
        duplicate_of: None,
        fetched_at: raw.fetched_at,
        text,
    };
    Ok((article, outcome))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_share_and_html_sniffing_on_bytes() {
        assert_eq!(binary_percent("plain text\n\twith tabs"), 0);
        assert_eq!(binary_percent("ab\u{1}\u{7f}"), 50);
        // C1 controls and replacement characters count, other non-ASCII
        // characters do not; characters, not bytes, are the unit.
        assert_eq!(binary_percent("\u{85}\u{fffd}\u{e9}\u{4e2d}"), 50);
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("hello <P>world"));
        assert!(!looks_like_html("a < b and 3 > 2, plain text"));
    }

    #[test]
    fn text_paragraph_splitting() {
        assert_eq!(
            text_paragraphs("a b\nc\n\n\n  d  \r\n"),
            ["a b c".to_string(), "d".to_string()]
        );
        assert_eq!(text_paragraphs("one\ntwo\nthree\nfour").len(), 4);
        assert!(text_paragraphs("  \n ").is_empty());
        // A short heading line is not glued to the line under it.
        let long = "Amazon adds $2.75 billion to its Anthropic investment, bringing total to $6.75 billion.";
        assert_eq!(
            text_paragraphs(&format!(
                "Intro paragraph that is long enough to set the width of lines here.\n\n2. March 2024\nAmazon increases stake\n{long}\n"
            )),
            [
                "Intro paragraph that is long enough to set the width of lines here.".to_string(),
                "2. March 2024".to_string(),
                "Amazon increases stake".to_string(),
                long.to_string()
            ]
        );
        // Hard-wrapped prose is joined back into one paragraph.
        let wrapped = "The recall covers the Kestrel sedan and the\nOsprey crossover from the 2021 to 2024 model\nyears, the company said.";
        assert_eq!(text_paragraphs(wrapped).len(), 1);
    }

    #[test]
    fn binary_share() {
        assert_eq!(binary_percent("hello\n"), 0);
        assert!(binary_percent("\u{0}\u{1}\u{2}ab") >= 50);
    }
}
