//! Parsing feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed through feed-rs) and
//! Google News sitemaps into one small model. Pure: bytes in, model out;
//! never panics, whatever the input.

use crate::charset::{self, DocKind};
use chrono::{DateTime, NaiveDate, Utc};

/// Which syndication format a document was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedFormat {
    Rss0,
    Rss1,
    Rss2,
    Atom,
    JsonFeed,
    Sitemap,
}

/// A parsed feed or sitemap.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    pub format: FeedFormat,
    pub title: Option<String>,
    /// Links of the feed itself (home page, self, ...), in document order.
    pub links: Vec<String>,
    pub updated: Option<DateTime<Utc>>,
    pub published: Option<DateTime<Utc>>,
    /// RSS `<ttl>`, minutes.
    pub ttl_minutes: Option<u32>,
    pub entries: Vec<FeedEntry>,
    /// Sitemap index: child sitemaps to read.
    pub child_sitemaps: Vec<String>,
}

/// One item of a feed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeedEntry {
    /// The id the document gave the item (GUID, Atom id, JSON Feed id).
    pub guid: Option<String>,
    pub title: Option<String>,
    /// The article link: Atom `alternate` (or rel-less) link, RSS `<link>`,
    /// JSON Feed `url`.
    pub link: Option<String>,
    /// Every link of the entry, in document order.
    pub links: Vec<String>,
    pub published: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
    pub author: Option<String>,
    pub summary: Option<String>,
    /// Full content if the feed carried it (`content:encoded`, Atom content).
    pub content: Option<String>,
}

/// Why a body could not be read as a feed.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum ParseError {
    #[error("empty body")]
    Empty,
    #[error("not a feed: {0}")]
    NotAFeed(String),
    #[error("malformed feed: {0}")]
    Malformed(String),
    #[error("malformed sitemap: {0}")]
    Sitemap(String),
    #[error("parser failed on this input: {0}")]
    ParserPanicked(String),
}

fn clean(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Parse a feed body. `content_type` is the response header (for the
/// charset); `base_url` resolves relative links.
pub fn parse_feed(
    bytes: &[u8],
    content_type: Option<&str>,
    base_url: Option<&str>,
) -> Result<ParsedFeed, ParseError> {
    let first = bytes
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || matches!(b, 0xEF | 0xBB | 0xBF | 0xFE | 0xFF))
        .copied()
        .find(|&b| b != 0);
    let Some(first) = first else {
        return Err(ParseError::Empty);
    };
    let kind = if first == b'{' {
        DocKind::Json
    } else {
        DocKind::Xml
    };
    let decoded = charset::decode(bytes, content_type, kind);
    let text = match kind {
        DocKind::Xml => upgrade_atom03(charset::xml_as_utf8(&decoded.text).into_owned()),
        _ => lenient_json_feed(decoded.text),
    };
    if kind == DocKind::Xml && looks_like_sitemap(&text) {
        return parse_sitemap_text(&text);
    }
    let base = base_url.map(str::to_string);
    let owned = text.into_bytes();
    // feed-rs is a third-party parser; a panic inside it on some odd input
    // must not take the fetcher down.
    let result = std::panic::catch_unwind(move || {
        feed_rs::parser::Builder::new()
            .base_uri(base.as_deref())
            .id_generator(|_links, _title, _uri| String::new())
            .sanitize_content(false)
            .build()
            .parse(owned.as_slice())
    });
    let feed = match result {
        Ok(Ok(feed)) => feed,
        Ok(Err(e)) => {
            return Err(match e {
                feed_rs::parser::ParseFeedError::ParseError(kind) => {
                    ParseError::NotAFeed(kind.to_string())
                }
                other => ParseError::Malformed(other.to_string()),
            });
        }
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            return Err(ParseError::ParserPanicked(msg));
        }
    };
    Ok(from_feed_rs(feed))
}

const ATOM03_NS: &str = "http://purl.org/atom/ns#";
const ATOM10_NS: &str = "http://www.w3.org/2005/Atom";

/// Atom 0.3 feeds (still served by some old systems) are read as Atom 1.0:
/// the namespace is swapped and the renamed elements (`modified`, `issued`,
/// `tagline`, `copyright`) get their 1.0 names. Only applies to documents
/// that declare the 0.3 namespace.
fn upgrade_atom03(text: String) -> String {
    if !text.contains(ATOM03_NS) {
        return text;
    }
    let mut out = text.replace(ATOM03_NS, ATOM10_NS);
    // 0.3 names text types by MIME type; 1.0 by keyword.
    for q in ['"', '\''] {
        for (mime, kw) in [
            ("text/plain", "text"),
            ("text/html", "html"),
            ("application/xhtml+xml", "xhtml"),
        ] {
            out = out.replace(&format!("type={q}{mime}{q}"), &format!("type={q}{kw}{q}"));
        }
    }
    for (old, new) in [
        ("modified", "updated"),
        ("issued", "published"),
        ("tagline", "subtitle"),
        ("copyright", "rights"),
    ] {
        for (o, n) in [("<", "<"), ("</", "</")] {
            for end in [">", " ", "\t", "\n", "/"] {
                out = out.replace(&format!("{o}{old}{end}"), &format!("{n}{new}{end}"));
            }
        }
    }
    out
}

/// JSON Feeds in the wild write `"version": "1.1"` instead of the version
/// URL, or leave out the required title; read them anyway.
fn lenient_json_feed(text: String) -> String {
    let Ok(serde_json::Value::Object(mut obj)) = serde_json::from_str::<serde_json::Value>(&text)
    else {
        return text;
    };
    let mut changed = false;
    if let Some(v) = obj.get("version").and_then(|v| v.as_str())
        && !v.starts_with("https://jsonfeed.org/version/")
        && (v == "1" || v.starts_with("1."))
    {
        let url = format!("https://jsonfeed.org/version/{v}");
        obj.insert("version".into(), serde_json::Value::String(url));
        changed = true;
    }
    if obj.contains_key("items") && !obj.contains_key("title") {
        obj.insert("title".into(), serde_json::Value::String(String::new()));
        changed = true;
    }
    if !changed {
        return text;
    }
    serde_json::to_string(&obj).unwrap_or(text)
}

/// Atom `type="xhtml"` text keeps its wrapping `<div>` in feed-rs; the
/// wrapper is not part of the text (RFC 4287 §3.1.1.3).
fn text_of(t: &feed_rs::model::Text) -> Option<String> {
    let c = t.content.trim();
    if c.starts_with("<div")
        && c.ends_with("</div>")
        && let Some(open_end) = c.find('>')
    {
        let head = &c[..open_end];
        if head.contains("http://www.w3.org/1999/xhtml") {
            return clean(&c[open_end + 1..c.len() - "</div>".len()]);
        }
    }
    clean(c)
}

fn from_feed_rs(feed: feed_rs::model::Feed) -> ParsedFeed {
    use feed_rs::model::FeedType;
    let format = match feed.feed_type {
        FeedType::Atom => FeedFormat::Atom,
        FeedType::JSON => FeedFormat::JsonFeed,
        FeedType::RSS0 => FeedFormat::Rss0,
        FeedType::RSS1 => FeedFormat::Rss1,
        FeedType::RSS2 => FeedFormat::Rss2,
    };
    let entries = feed
        .entries
        .into_iter()
        .map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
                .or_else(|| e.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|l| !l.is_empty());
            FeedEntry {
                guid: clean(&e.id),
                title: e.title.as_ref().and_then(text_of),
                link,
                links: e.links.iter().map(|l| l.href.trim().to_string()).collect(),
                published: e.published,
                updated: e.updated,
                author: e.authors.iter().find_map(|p| clean(&p.name)),
                summary: e.summary.as_ref().and_then(text_of),
                content: e
                    .content
                    .as_ref()
                    .and_then(|c| c.body.as_deref())
                    .and_then(clean),
            }
        })
        .collect();
    ParsedFeed {
        format,
        title: feed.title.as_ref().and_then(text_of),
        links: feed
            .links
            .iter()
            .map(|l| l.href.trim().to_string())
            .collect(),
        updated: feed.updated,
        published: feed.published,
        ttl_minutes: feed.ttl,
        entries,
        child_sitemaps: Vec::new(),
    }
}

fn looks_like_sitemap(text: &str) -> bool {
    // The root element decides: skip the declaration, comments and
    // processing instructions.
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("<?") {
            match r.find("?>") {
                Some(e) => rest = &r[e + 2..],
                None => return false,
            }
        } else if let Some(r) = rest.strip_prefix("<!--") {
            match r.find("-->") {
                Some(e) => rest = &r[e + 3..],
                None => return false,
            }
        } else if let Some(r) = rest.strip_prefix("<!") {
            match r.find('>') {
                Some(e) => rest = &r[e + 1..],
                None => return false,
            }
        } else {
            break;
        }
    }
    let Some(r) = rest.strip_prefix('<') else {
        return false;
    };
    let name: String = r
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect();
    let local = name.rsplit(':').next().unwrap_or("");
    local == "urlset" || local == "sitemapindex"
}

/// Parse a Google News sitemap (`<urlset>` with `news:` elements) or a
/// sitemap index. Plain sitemaps work too (no titles, `lastmod` as date).
pub fn parse_sitemap(bytes: &[u8], content_type: Option<&str>) -> Result<ParsedFeed, ParseError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ParseError::Empty);
    }
    let decoded = charset::decode(bytes, content_type, DocKind::Xml);
    let text = charset::xml_as_utf8(&decoded.text);
    if !looks_like_sitemap(&text) {
        return Err(ParseError::NotAFeed(
            "root element is not urlset or sitemapindex".into(),
        ));
    }
    parse_sitemap_text(&text)
}

/// Dates in sitemaps are W3C datetimes: a date, or a date and time with zone.
pub fn parse_w3c_datetime(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    // "2024-05-01T10:20+02:00" (no seconds) and "...Z"
    for fmt in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M%#z"] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(t.with_timezone(&Utc));
        }
    }
    if let Some(z) = s.strip_suffix('Z') {
        for fmt in [
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%dT%H:%M:%S%.f",
        ] {
            if let Ok(t) = chrono::NaiveDateTime::parse_from_str(z, fmt) {
                return Some(t.and_utc());
            }
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    }
    if let Ok(d) = NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d") {
        return d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    }
    None
}

fn parse_sitemap_text(text: &str) -> Result<ParsedFeed, ParseError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut index = false;
    let mut entries = Vec::new();
    let mut children = Vec::new();
    let mut cur: Option<FeedEntry> = None;
    let mut cur_lastmod: Option<DateTime<Utc>> = None;
    // Text of the innermost open element; entity references arrive as
    // separate events and are resolved into it.
    let mut buf = String::new();
    loop {
        let ev = reader.read_event().map_err(|e| {
            ParseError::Sitemap(format!("at byte {}: {e}", reader.buffer_position()))
        })?;
        match ev {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if path.is_empty() && name == "sitemapindex" {
                    index = true;
                }
                if (name == "url" || name == "sitemap") && path.len() == 1 {
                    cur = Some(FeedEntry::default());
                    cur_lastmod = None;
                }
                path.push(name);
                buf.clear();
            }
            Event::End(_) => {
                on_text(&path, &buf, &mut cur, &mut cur_lastmod);
                buf.clear();
                let closed = path.pop();
                if path.len() == 1
                    && matches!(closed.as_deref(), Some("url" | "sitemap"))
                    && let Some(mut entry) = cur.take()
                {
                    if entry.published.is_none() {
                        entry.published = cur_lastmod;
                    }
                    entry.updated = cur_lastmod.or(entry.published);
                    if index {
                        if let Some(l) = entry.link {
                            children.push(l);
                        }
                    } else if entry.link.is_some() {
                        entries.push(entry);
                    }
                }
            }
            Event::Text(t) => buf.push_str(&String::from_utf8_lossy(t.as_ref())),
            Event::CData(c) => buf.push_str(&String::from_utf8_lossy(c.as_ref())),
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                if let Ok(Some(ch)) = r.resolve_char_ref() {
                    buf.push(ch);
                } else if let Some(v) = quick_xml::escape::resolve_predefined_entity(&name) {
                    buf.push_str(v);
                } else {
                    buf.push('&');
                    buf.push_str(&name);
                    buf.push(';');
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !path.is_empty() {
        return Err(ParseError::Sitemap(format!(
            "document ends inside <{}>",
            path.join("><")
        )));
    }
    Ok(ParsedFeed {
        format: FeedFormat::Sitemap,
        title: None,
        links: Vec::new(),
        updated: entries.iter().filter_map(|e: &FeedEntry| e.updated).max(),
        published: None,
        ttl_minutes: None,
        entries,
        child_sitemaps: children,
    })
}

fn on_text(
    path: &[String],
    value: &str,
    cur: &mut Option<FeedEntry>,
    lastmod: &mut Option<DateTime<Utc>>,
) {
    let Some(entry) = cur.as_mut() else {
        return;
    };
    let Some(leaf) = path.last().map(String::as_str) else {
        return;
    };
    let parent = path
        .len()
        .checked_sub(2)
        .and_then(|i| path.get(i))
        .map(String::as_str);
    match (parent, leaf) {
        (Some("url" | "sitemap"), "loc") => {
            let v = value.trim();
            if !v.is_empty() {
                entry.link = Some(v.to_string());
                entry.links = vec![v.to_string()];
                entry.guid = Some(v.to_string());
            }
        }
        (Some("url" | "sitemap"), "lastmod") => *lastmod = parse_w3c_datetime(value),
        (Some("news"), "title") => entry.title = clean(value),
        (Some("news"), "publication_date") => entry.published = parse_w3c_datetime(value),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS_SITEMAP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://daily.example/business/ferrets-raise-funds</loc>
    <news:news>
      <news:publication><news:name>The Example Daily</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-03-05T09:30:00+01:00</news:publication_date>
      <news:title>Ferret Co. raises &amp; spends $4 million</news:title>
    </news:news>
  </url>
  <url>
    <loc>https://daily.example/world/otters</loc>
    <lastmod>2024-03-04</lastmod>
    <news:news>
      <news:publication_date>2024-03-04</news:publication_date>
      <news:title><![CDATA[Otters <b>vote</b>]]></news:title>
    </news:news>
  </url>
</urlset>"#;

    #[test]
    fn google_news_sitemap() {
        let f = parse_feed(NEWS_SITEMAP.as_bytes(), Some("application/xml"), None).expect("parses");
        assert_eq!(f.format, FeedFormat::Sitemap);
        assert_eq!(f.entries.len(), 2);
        let a = &f.entries[0];
        assert_eq!(
            a.link.as_deref(),
            Some("https://daily.example/business/ferrets-raise-funds")
        );
        assert_eq!(
            a.title.as_deref(),
            Some("Ferret Co. raises & spends $4 million")
        );
        assert_eq!(
            a.published.map(|d| d.to_rfc3339()),
            Some("2024-03-05T08:30:00+00:00".into())
        );
        assert_eq!(f.entries[1].title.as_deref(), Some("Otters <b>vote</b>"));
        assert_eq!(
            f.entries[1].updated.map(|d| d.to_rfc3339()),
            Some("2024-03-04T00:00:00+00:00".into())
        );
    }

    #[test]
    fn sitemap_index_lists_children() {
        let idx = r#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://a.example/news-1.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
          <sitemap><loc>https://a.example/news-2.xml</loc></sitemap></sitemapindex>"#;
        let f = parse_sitemap(idx.as_bytes(), None).expect("parses");
        assert!(f.entries.is_empty());
        assert_eq!(
            f.child_sitemaps,
            [
                "https://a.example/news-1.xml",
                "https://a.example/news-2.xml"
            ]
        );
    }

    #[test]
    fn truncated_sitemap_is_an_error_not_a_panic() {
        for cut in (0..NEWS_SITEMAP.len()).step_by(7) {
            let _ = parse_sitemap(&NEWS_SITEMAP.as_bytes()[..cut], None);
        }
        assert!(parse_sitemap(&NEWS_SITEMAP.as_bytes()[..300], None).is_err());
    }

    #[test]
    fn rss_with_missing_guid_has_no_guid_and_a_link() {
        let rss = r#"<rss version="2.0"><channel><title> T </title><link>https://x.example/</link><ttl>30</ttl>
          <item><title>A</title><link>https://x.example/a?utm_source=rss</link><description>S</description>
          <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>jo@example.com (Jo)</author></item>
          <item><guid isPermaLink="false">g-2</guid><title>B</title></item></channel></rss>"#;
        let f = parse_feed(rss.as_bytes(), None, None).expect("parses");
        assert_eq!(f.format, FeedFormat::Rss2);
        assert_eq!(f.title.as_deref(), Some("T"));
        assert_eq!(f.ttl_minutes, Some(30));
        assert_eq!(f.entries[0].guid, None);
        assert_eq!(
            f.entries[0].link.as_deref(),
            Some("https://x.example/a?utm_source=rss")
        );
        assert_eq!(f.entries[0].summary.as_deref(), Some("S"));
        assert!(f.entries[0].published.is_some());
        assert_eq!(f.entries[1].guid.as_deref(), Some("g-2"));
        assert_eq!(f.entries[1].link, None);
    }

    #[test]
    fn atom_prefers_alternate_link() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
          <entry><id>urn:1</id><title>E</title><link rel="enclosure" href="https://x.example/a.mp3"/>
          <link rel="alternate" href="https://x.example/e1"/><updated>2024-03-05T10:00:00Z</updated></entry></feed>"#;
        let f = parse_feed(atom.as_bytes(), None, None).expect("parses");
        assert_eq!(f.entries[0].link.as_deref(), Some("https://x.example/e1"));
        assert_eq!(f.entries[0].guid.as_deref(), Some("urn:1"));
    }

    #[test]
    fn non_feeds_and_garbage_are_errors() {
        assert_eq!(parse_feed(b"", None, None), Err(ParseError::Empty));
        assert_eq!(parse_feed(b"  \n ", None, None), Err(ParseError::Empty));
        assert!(parse_feed(b"<html><body>hi</body></html>", None, None).is_err());
        assert!(parse_feed(b"{\"not\": \"a feed\"}", None, None).is_err());
        assert!(parse_feed(&[0xff, 0xfe, 0, 0, 1, 2, 3], None, None).is_err());
        assert!(parse_feed(b"\x00\x00\x00", None, None).is_err());
    }

    #[test]
    fn w3c_dates() {
        for (s, want) in [
            ("2024-03-05", "2024-03-05T00:00:00+00:00"),
            ("2024-03", "2024-03-01T00:00:00+00:00"),
            ("2024-03-05T10:20Z", "2024-03-05T10:20:00+00:00"),
            ("2024-03-05T10:20+02:00", "2024-03-05T08:20:00+00:00"),
            (
                "2024-03-05T10:20:30.5-01:00",
                "2024-03-05T11:20:30.500+00:00",
            ),
        ] {
            assert_eq!(
                parse_w3c_datetime(s).map(|d| d.to_rfc3339()),
                Some(want.to_string()),
                "{s}"
            );
        }
        assert_eq!(parse_w3c_datetime("yesterday"), None);
    }
}
