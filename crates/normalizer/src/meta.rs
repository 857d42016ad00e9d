//! Page metadata: title, authors, dates, site name, canonical URL, language.

use crate::events::{Doc, Event};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde_json::Value;
use url::Url;

/// What one pass over the page's `<head>`-level markup found.
#[derive(Debug, Default)]
pub struct PageMeta {
    /// `(key, content)` of `<meta>` tags; key is the lower-cased
    /// `property`, `name` or `itemprop`.
    metas: Vec<(String, String)>,
    canonical_link: Option<String>,
    title_tag: Option<String>,
    html_lang: Option<String>,
    /// Article-like JSON-LD objects, best first.
    articles: Vec<Value>,
    /// `<time datetime>` values; `true` when marked as the publication time.
    times: Vec<(String, TimeRole)>,
    /// Names from `rel=author` links and `itemprop=author` elements.
    author_elements: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TimeRole {
    Published,
    Modified,
    Unknown,
}

const MAX_AUTHOR_CHARS: usize = 80;

/// Text collected from an element's sub-tree while the stream passes it.
struct Capture {
    /// Open elements when the captured element opened (it closes when the
    /// count drops back).
    depth: usize,
    what: CaptureKind,
    text: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CaptureKind {
    Title,
    JsonLd,
    /// A `rel=author` / `itemprop=author` element.
    Author,
    /// An `itemprop=name` element inside an author element.
    AuthorName,
}

impl PageMeta {
    pub fn read(doc: &Doc<'_>) -> Self {
        let mut m = PageMeta::default();
        let mut ld_objects: Vec<Value> = Vec::new();
        let mut depth = 0usize;
        let mut captures: Vec<Capture> = Vec::new();
        // The name found inside the innermost open author element.
        let mut author_name: Option<String> = None;
        for event in &doc.events {
            let e = match event {
                Event::Text(t) => {
                    for c in &mut captures {
                        // JSON-LD whole; other text up to 4 KiB.
                        if c.what == CaptureKind::JsonLd || c.text.len() <= 4096 {
                            c.text.push_str(t);
                        }
                    }
                    continue;
                }
                Event::Close => {
                    depth = depth.saturating_sub(1);
                    while captures.last().is_some_and(|c| c.depth == depth) {
                        let Some(c) = captures.pop() else { break };
                        match c.what {
                            CaptureKind::Title => {
                                let t = crate::text::collapse_ws(&c.text);
                                if m.title_tag.is_none() && !t.is_empty() {
                                    m.title_tag = Some(t);
                                }
                            }
                            CaptureKind::JsonLd => {
                                if let Some(v) = parse_json_ld(&c.text) {
                                    ld_objects.push(v);
                                }
                            }
                            CaptureKind::AuthorName => {
                                if author_name.is_none() {
                                    author_name = Some(crate::text::collapse_ws(&c.text));
                                }
                            }
                            CaptureKind::Author => {
                                // Prefer a nested itemprop=name.
                                let t = author_name
                                    .take()
                                    .unwrap_or_else(|| crate::text::collapse_ws(&c.text));
                                if !t.is_empty()
                                    && t.chars().count() <= MAX_AUTHOR_CHARS
                                    && m.author_elements.len() < 8
                                {
                                    m.author_elements.push(t);
                                }
                            }
                        }
                    }
                    continue;
                }
                Event::Open(e) => e,
            };
            let at = depth;
            depth += 1;
            let name = e.name();
            match name {
                "meta" => {
                    let key = e
                        .attr("property")
                        .or_else(|| e.attr("name"))
                        .or_else(|| e.attr("itemprop"));
                    if let (Some(k), Some(c)) = (key, e.attr("content")) {
                        let c = c.trim();
                        if !c.is_empty() {
                            m.metas.push((k.trim().to_ascii_lowercase(), c.to_string()));
                        }
                    }
                }
                "link" => {
                    let rel = e.attr("rel").unwrap_or_default();
                    if rel
                        .split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                        && m.canonical_link.is_none()
                    {
                        m.canonical_link = e.attr("href").map(|h| h.trim().to_string());
                    }
                }
                "title" if m.title_tag.is_none() => captures.push(Capture {
                    depth: at,
                    what: CaptureKind::Title,
                    text: String::new(),
                }),
                "html" if m.html_lang.is_none() => {
                    m.html_lang = e.attr("lang").map(str::to_string);
                }
                "script"
                    if e.attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
                {
                    captures.push(Capture {
                        depth: at,
                        what: CaptureKind::JsonLd,
                        text: String::new(),
                    });
                }
                "time" => {
                    if let Some(dt) = e.attr("datetime") {
                        let ip = e.attr("itemprop").unwrap_or_default();
                        let class = e.attr("class").unwrap_or_default().to_ascii_lowercase();
                        let role = if ip.eq_ignore_ascii_case("datePublished")
                            || e.attr("pubdate").is_some()
                            || class.contains("publish")
                        {
                            TimeRole::Published
                        } else if ip.eq_ignore_ascii_case("dateModified")
                            || class.contains("modif")
                            || class.contains("updated")
                        {
                            TimeRole::Modified
                        } else {
                            TimeRole::Unknown
                        };
                        m.times.push((dt.trim().to_string(), role));
                    }
                }
                _ => {}
            }
            if name != "meta" && m.author_elements.len() < 8 {
                let is_rel_author = name == "a"
                    && e.attr("rel").is_some_and(|r| {
                        r.split_ascii_whitespace()
                            .any(|x| x.eq_ignore_ascii_case("author"))
                    });
                let itemprop = e.attr("itemprop");
                let is_itemprop_author = itemprop.is_some_and(|v| v.eq_ignore_ascii_case("author"));
                if is_rel_author || is_itemprop_author {
                    author_name = None;
                    captures.push(Capture {
                        depth: at,
                        what: CaptureKind::Author,
                        text: String::new(),
                    });
                } else if itemprop.is_some_and(|v| v.eq_ignore_ascii_case("name"))
                    && captures.iter().any(|c| c.what == CaptureKind::Author)
                {
                    captures.push(Capture {
                        depth: at,
                        what: CaptureKind::AuthorName,
                        text: String::new(),
                    });
                }
            }
        }
        m.articles = collect_ld_articles(ld_objects);
        m
    }

    fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        })
    }

    fn metas_all<'a>(&'a self, keys: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
        self.metas
            .iter()
            .filter(move |(k, _)| keys.contains(&k.as_str()))
            .map(|(_, v)| v.as_str())
    }

    fn ld_str(&self, field: &str) -> Option<String> {
        self.articles.iter().find_map(|a| value_text(a.get(field)?))
    }

    pub fn site_name(&self) -> Option<String> {
        self.meta(&["og:site_name"])
            .map(str::to_string)
            .or_else(|| {
                self.articles.iter().find_map(|a| {
                    let p = a.get("publisher")?;
                    let p = p.as_array().and_then(|x| x.first()).unwrap_or(p);
                    value_text(p.get("name")?).or_else(|| value_text(p))
                })
            })
            .or_else(|| {
                self.meta(&["application-name", "twitter:site"])
                    .map(str::to_string)
            })
            .map(|s| crate::text::collapse_ws(&s))
            .filter(|s| !s.is_empty())
    }

    /// Headline: OpenGraph, Twitter card, JSON-LD, the page's `<h1>`, then
    /// `<title>` with the site-name part removed.
    pub fn title(&self, h1: Option<&str>, site: Option<&str>) -> Option<String> {
        self.meta(&["og:title", "twitter:title"])
            .map(str::to_string)
            .or_else(|| self.ld_str("headline"))
            .map(|t| clean_title(&t, site))
            .or_else(|| h1.map(str::to_string))
            .or_else(|| self.title_tag.as_deref().map(|t| clean_title(t, site)))
            .map(|s| crate::text::collapse_ws(&s))
            .filter(|s| !s.is_empty())
    }

    pub fn authors(&self, site: Option<&str>) -> Vec<String> {
        let mut raw: Vec<String> = Vec::new();
        for a in &self.articles {
            if let Some(v) = a.get("author").or_else(|| a.get("creator")) {
                collect_people(v, &mut raw);
            }
        }
        if raw.is_empty() {
            raw.extend(
                self.metas_all(&[
                    "author",
                    "article:author",
                    "parsely-author",
                    "sailthru.author",
                    "dc.creator",
                    "dcterms.creator",
                    "byl",
                ])
                .map(str::to_string),
            );
        }
        if raw.is_empty() {
            raw.extend(self.author_elements.iter().cloned());
        }
        let mut out: Vec<String> = Vec::new();
        for r in raw {
            for name in split_names(&r) {
                let dup = out.iter().any(|o| o.eq_ignore_ascii_case(&name));
                let is_site = site.is_some_and(|s| s.eq_ignore_ascii_case(&name));
                if !dup && !is_site {
                    out.push(name);
                }
            }
        }
        out
    }

    /// Publication time from the page: `article:published_time` (and
    /// similar meta tags), JSON-LD `datePublished`, `<time>`.
    pub fn published(&self) -> Option<DateTime<Utc>> {
        self.date(
            &[
                "article:published_time",
                "og:article:published_time",
                "published_time",
                "article.published",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "dc.date.issued",
                "dc.date",
                "dcterms.created",
                "dcterms.date",
                "sailthru.date",
                "parsely-pub-date",
                "date",
            ],
            "datePublished",
            TimeRole::Published,
        )
        .or_else(|| self.time_with(TimeRole::Unknown))
    }

    pub fn modified(&self) -> Option<DateTime<Utc>> {
        self.date(
            &[
                "article:modified_time",
                "og:updated_time",
                "og:article:modified_time",
                "modified_time",
                "datemodified",
                "last-modified",
                "dcterms.modified",
            ],
            "dateModified",
            TimeRole::Modified,
        )
    }

    /// First parseable date among meta tags `keys`, then the JSON-LD field,
    /// then `<time>` elements marked with `role`.
    fn date(&self, keys: &[&str], ld_field: &str, role: TimeRole) -> Option<DateTime<Utc>> {
        self.metas_all(keys)
            .find_map(parse_date)
            .or_else(|| {
                self.articles
                    .iter()
                    .find_map(|a| parse_date(a.get(ld_field)?.as_str()?))
            })
            .or_else(|| self.time_with(role))
    }

    fn time_with(&self, role: TimeRole) -> Option<DateTime<Utc>> {
        self.times
            .iter()
            .filter(|(_, r)| *r == role)
            .find_map(|(s, _)| parse_date(s))
    }

    /// Canonical URL candidates: `<link rel=canonical>`, `og:url`, JSON-LD.
    pub fn canonical_candidates(&self) -> Vec<String> {
        let mut v = Vec::new();
        v.extend(self.canonical_link.clone());
        v.extend(self.meta(&["og:url"]).map(str::to_string));
        v.extend(self.ld_str("url"));
        v
    }

    /// Language the page declares (`<html lang>`, `og:locale`, JSON-LD).
    pub fn declared_language(&self) -> Option<String> {
        self.html_lang
            .clone()
            .or_else(|| {
                self.meta(&["og:locale", "content-language", "language"])
                    .map(str::to_string)
            })
            .or_else(|| self.ld_str("inLanguage"))
            .and_then(|l| primary_subtag(&l))
    }
}

/// `en-US` / `en_GB` / `EN` -> `en`.
pub fn primary_subtag(tag: &str) -> Option<String> {
    let p = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    if (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()) {
        Some(p)
    } else {
        None
    }
}

fn parse_json_ld(raw: &str) -> Option<Value> {
    let t = raw.trim();
    let t = t.strip_prefix("<!--").unwrap_or(t);
    let t = t.strip_suffix("-->").unwrap_or(t);
    let t = t
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>");
    serde_json::from_str(t.trim()).ok()
}

fn type_names(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Rank JSON-LD objects: news/blog articles first, then other creative
/// works that carry a headline or date, then web pages.
fn collect_ld_articles(roots: Vec<Value>) -> Vec<Value> {
    let mut found: Vec<(u8, Value)> = Vec::new();
    let mut stack: Vec<Value> = roots;
    let mut visited = 0usize;
    while let Some(v) = stack.pop() {
        visited += 1;
        if visited > 10_000 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.into_iter().rev()),
            Value::Object(ref o) => {
                if let Some(g) = o.get("@graph") {
                    stack.push(g.clone());
                }
                let types = type_names(&v);
                let rank = if types
                    .iter()
                    .any(|t| t.contains("Article") || t.contains("Posting"))
                {
                    0
                } else if o.contains_key("headline") || o.contains_key("datePublished") {
                    1
                } else if types.iter().any(|t| t.contains("WebPage")) {
                    2
                } else {
                    continue;
                };
                found.push((rank, v));
            }
            _ => {}
        }
    }
    found.sort_by_key(|(r, _)| *r);
    found.into_iter().map(|(_, v)| v).collect()
}

fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let s = crate::text::collapse_ws(s);
            (!s.is_empty()).then_some(s)
        }
        Value::Array(a) => a.iter().find_map(value_text),
        Value::Object(o) => o.get("name").and_then(value_text),
        _ => None,
    }
}

fn collect_people(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => {
            for x in a.iter().take(20) {
                collect_people(x, out);
            }
        }
        Value::Object(o) => {
            if let Some(n) = o.get("name").and_then(value_text) {
                out.push(n);
            }
        }
        Value::String(s) => out.push(s.clone()),
        _ => {}
    }
}

/// Split a byline into names: "By A, B and C" -> [A, B, C].
fn split_names(raw: &str) -> Vec<String> {
    let s = crate::text::collapse_ws(raw);
    if s.contains("://") || s.contains('@') || s.starts_with('/') {
        return Vec::new();
    }
    let s = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("by "))
        .or_else(|| s.strip_prefix("BY "))
        .unwrap_or(&s);
    s.split([',', ';', '&', '|'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_matches(|c: char| !c.is_alphanumeric()).trim())
        .filter(|p| {
            let n = p.chars().count();
            (2..=MAX_AUTHOR_CHARS).contains(&n) && p.chars().any(char::is_alphabetic)
        })
        .map(str::to_string)
        .collect()
}

/// Remove the site-name part of a `<title>`: "Headline | Site" -> "Headline".
pub fn clean_title(title: &str, site: Option<&str>) -> String {
    const SEPS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // "];
    let title = crate::text::collapse_ws(title);
    let Some(sep) = SEPS.iter().find(|s| title.contains(*s)) else {
        return title;
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    if let Some(site) = site {
        let kept: Vec<&str> = parts
            .iter()
            .copied()
            .filter(|p| !p.eq_ignore_ascii_case(site.trim()))
            .collect();
        if kept.len() < parts.len() && !kept.is_empty() {
            return kept.join(sep);
        }
    }
    // Without a known site name, drop a short trailing part ("... | Example").
    if parts.len() >= 2
        && let (Some(last), Some(first)) = (parts.last(), parts.first())
        && crate::text::word_count(last) <= 3
        && crate::text::word_count(first) >= 3
    {
        return parts[..parts.len() - 1].join(sep);
    }
    title
}

fn sane(dt: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let y = chrono::Datelike::year(&dt);
    (1990..=2100).contains(&y).then_some(dt)
}

/// Parse the date formats pages use: RFC 3339 / ISO 8601 with or without
/// an offset or seconds (no offset = UTC), RFC 2822, plain dates.
pub fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return sane(d.with_timezone(&Utc));
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return sane(d.with_timezone(&Utc));
        }
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return sane(d.with_timezone(&Utc));
    }
    let s_noz = s.strip_suffix('Z').unwrap_or(s);
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s_noz, f) {
            return sane(Utc.from_utc_datetime(&d));
        }
    }
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return d
                .and_hms_opt(0, 0, 0)
                .and_then(|d| sane(Utc.from_utc_datetime(&d)));
        }
    }
    None
}

/// A date in the URL path: `/2024/03/15/`, `/2024-03-15-`, `/20240315/`.
pub fn date_from_url(u: &str) -> Option<DateTime<Utc>> {
    let path = Url::parse(u).ok().map(|x| x.path().to_string())?;
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let num = |s: &str, n: usize| -> Option<u32> {
        (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mk = |y: u32, m: u32, d: u32| -> Option<DateTime<Utc>> {
        let y = i32::try_from(y).ok()?;
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        sane(Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0)?))
    };
    for w in segs.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (num(w[0], 4), num(w[1], 2), num(w[2], 2))
            && let Some(dt) = mk(y, m, d)
        {
            return Some(dt);
        }
    }
    for seg in &segs {
        let b = seg.as_bytes();
        // 2024-03-15 at the start of a slug
        if b.len() >= 10
            && b[4] == b'-'
            && b[7] == b'-'
            && let (Some(y), Some(m), Some(d)) =
                (num(&seg[0..4], 4), num(&seg[5..7], 2), num(&seg[8..10], 2))
            && let Some(dt) = mk(y, m, d)
        {
            return Some(dt);
        }
        if let Some(n) = num(seg, 8)
            && let Some(dt) = mk(n / 10_000, (n / 100) % 100, n % 100)
        {
            return Some(dt);
        }
    }
    None
}

/// Query parameters that only track the click, never select the content.
fn is_tracking_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("utm_")
        || n.starts_with("at_")
        || n.starts_with("pk_")
        || n.starts_with("mtm_")
        || matches!(
            n.as_str(),
            "fbclid"
                | "gclid"
                | "gclsrc"
                | "dclid"
                | "msclkid"
                | "yclid"
                | "twclid"
                | "igshid"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "_gl"
                | "_hsenc"
                | "_hsmi"
                | "mkt_tok"
                | "ocid"
                | "cmpid"
                | "cmp"
                | "smid"
                | "ncid"
                | "sr_share"
                | "ref_src"
                | "ref_url"
                | "wt.mc_id"
                | "s_cid"
                | "icid"
                | "ito"
                | "__twitter_impression"
        )
}

/// Resolve `href` against `base`, keep it only if it is http(s), drop the
/// fragment and tracking parameters.
pub fn clean_url(href: &str, base: Option<&Url>) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let mut u = match base {
        Some(b) => b.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
        return None;
    }
    strip_tracking(&mut u);
    Some(u)
}

/// Drop the fragment and tracking parameters in place.
pub fn strip_tracking(u: &mut Url) {
    u.set_fragment(None);
    if u.query().is_some() {
        let kept: Vec<(String, String)> = u
            .query_pairs()
            .filter(|(k, _)| !is_tracking_param(k))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if kept.is_empty() {
            u.set_query(None);
        } else {
            u.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_many_shapes() {
        let want = Utc.with_ymd_and_hms(2024, 3, 15, 10, 30, 0).single();
        assert_eq!(parse_date("2024-03-15T10:30:00Z"), want);
        assert_eq!(parse_date("2024-03-15T12:30:00+02:00"), want);
        assert_eq!(parse_date("2024-03-15T12:30:00+0200"), want);
        assert_eq!(parse_date("2024-03-15T10:30:00.000Z"), want);
        assert_eq!(parse_date("2024-03-15 10:30:00"), want);
        assert_eq!(parse_date("Fri, 15 Mar 2024 10:30:00 GMT"), want);
        assert_eq!(
            parse_date("2024-03-15"),
            Utc.with_ymd_and_hms(2024, 3, 15, 0, 0, 0).single()
        );
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("0001-01-01T00:00:00Z"), None);
    }

    #[test]
    fn url_dates() {
        let d = |y, m, dd| Utc.with_ymd_and_hms(y, m, dd, 0, 0, 0).single();
        assert_eq!(
            date_from_url("https://x.com/2024/03/15/slug"),
            d(2024, 3, 15)
        );
        assert_eq!(
            date_from_url("https://x.com/news/2024-03-15-slug"),
            d(2024, 3, 15)
        );
        assert_eq!(
            date_from_url("https://x.com/a/20240315/slug"),
            d(2024, 3, 15)
        );
        assert_eq!(date_from_url("https://x.com/a/2024/13/45/slug"), None);
        assert_eq!(date_from_url("https://x.com/story/12345678"), None);
    }

    #[test]
    fn tracking_params_stripped() {
        let u = clean_url(
            "/a/b?id=7&utm_source=tw&utm_medium=social&fbclid=xyz#comments",
            Url::parse("https://Example.com/x").ok().as_ref(),
        );
        assert_eq!(
            u.map(|u| u.to_string()),
            Some("https://example.com/a/b?id=7".to_string())
        );
        let u = clean_url("https://example.com/a?utm_campaign=x", None);
        assert_eq!(
            u.map(|u| u.to_string()),
            Some("https://example.com/a".to_string())
        );
        assert!(clean_url("javascript:void(0)", None).is_none());
    }

    #[test]
    fn titles_lose_site_suffix() {
        assert_eq!(
            clean_title(
                "Big news today | The Daily Planet",
                Some("The Daily Planet")
            ),
            "Big news today"
        );
        assert_eq!(
            clean_title("Markets rally on rate hopes - Ledger", None),
            "Markets rally on rate hopes"
        );
        assert_eq!(clean_title("Plain title", None), "Plain title");
    }

    #[test]
    fn names_split() {
        assert_eq!(
            split_names("By Ana Ruiz and Bo Chen"),
            ["Ana Ruiz", "Bo Chen"]
        );
        assert_eq!(
            split_names("https://x.com/people/ana"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn lang_subtag() {
        assert_eq!(primary_subtag("en-US").as_deref(), Some("en"));
        assert_eq!(primary_subtag("de_DE").as_deref(), Some("de"));
        assert_eq!(primary_subtag("x").as_deref(), None);
    }
}
