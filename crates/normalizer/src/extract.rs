//! Main-content extraction from a parsed HTML page.
//!
//! One non-recursive walk over the parsed tree turns the page into *blocks*
//! (the text of paragraph-level elements) and, for every element, two
//! running totals: `good` (text of paragraph-like blocks that are neither
//! link lists nor inside a boilerplate element) and `bad` (link text and
//! boilerplate text). The element with the highest `good - bad` is the
//! content container: it holds most of the prose and little of the chrome.
//! Its blocks are then filtered one by one (boilerplate sub-trees, link
//! lists, the headline, orphaned sub-headings, stock phrases such as
//! "Advertisement").
//!
//! Everything is iterative: deeply nested pages cannot overflow the stack.

use crate::text::collapse_ws;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

/// What kind of element a block's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Para,
    Heading(u8),
    Item,
    Quote,
    Pre,
    Cell,
    Other,
}

/// A run of text from one paragraph-level element.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    /// Non-whitespace characters.
    pub chars: usize,
    /// Non-whitespace characters inside links.
    pub link_chars: usize,
    pub kind: BlockKind,
    /// Depth of the innermost boilerplate ancestor, if any.
    pub flag_depth: Option<u32>,
}

impl Block {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// Result of extraction: the main-text paragraphs plus the page headline
/// seen in the body (first-level heading nearest the content).
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub paragraphs: Vec<String>,
    pub h1: Option<String>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Totals {
    good: f64,
    bad: f64,
}

impl Totals {
    fn add(&mut self, o: Totals) {
        self.good += o.good;
        self.bad += o.bad;
    }
}

struct Frame {
    depth: u32,
    block: Option<BlockKind>,
    candidate: bool,
    link: bool,
    skip: bool,
    flag_depth: Option<u32>,
    start: usize,
    /// Totals counting boilerplate sub-trees as bad.
    flagged: Totals,
    /// Totals ignoring boilerplate marks (fallback when a wrapper of the
    /// whole page is wrongly marked).
    plain: Totals,
}

#[derive(Debug, Clone, Copy)]
struct Best {
    score: f64,
    good: f64,
    start: usize,
    end: usize,
    depth: u32,
}

fn better(slot: &mut Option<Best>, t: Totals, start: usize, end: usize, depth: u32) {
    let score = t.good - t.bad;
    if t.good <= 0.0 {
        return;
    }
    if slot.is_none_or(|b| score > b.score) {
        *slot = Some(Best {
            score,
            good: t.good,
            start,
            end,
            depth,
        });
    }
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "button", "input", "textarea", "head", "title", "audio", "video",
    "map", "label", "datalist", "img", "picture", "source",
];

const BOILER_TAGS: &[&str] = &[
    "nav",
    "aside",
    "footer",
    "header",
    "figure",
    "figcaption",
    "dialog",
    "menu",
];

const CANDIDATE_TAGS: &[&str] = &[
    "div", "section", "article", "main", "body", "td", "center", "form", "span", "font",
];

const BOILER_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "note",
];

/// Matched anywhere inside a lower-cased class name or id.
const BOILER_SUBSTRINGS: &[&str] = &[
    "comment",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "subscri",
    "signup",
    "sign-up",
    "related",
    "recommend",
    "outbrain",
    "taboola",
    "advert",
    "sponsor",
    "promo",
    "breadcrumb",
    "sidebar",
    "social",
    "share",
    "sharing",
    "popup",
    "modal",
    "paywall",
    "disqus",
    "byline",
    "author",
    "masthead",
    "navbar",
    "navigation",
    "footer",
    "widget",
    "trending",
    "popular",
    "readmore",
    "read-more",
    "more-stories",
    "morestories",
    "toolbar",
    "skip-link",
    "sr-only",
    "visually-hidden",
    "screen-reader",
    "caption",
    "credit",
    "timestamp",
    "dateline",
    "pubdate",
    "banner",
    "overlay",
    "teaser",
    "feedback",
    "rating",
    "reaction",
    "discussion",
    "replies",
    "pagination",
    "pager",
    "print-only",
    "login",
    "donate",
];

/// Matched as a whole token of a class name or id (split at `-`, `_`,
/// spaces and lower-to-upper case changes).
const BOILER_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "adslot",
    "dfp",
    "nav",
    "menu",
    "hidden",
    "hide",
    "print",
    "tag",
    "tags",
    "date",
    "time",
    "meta",
    "rail",
    "aside",
    "extra",
    "more",
    "foot",
    "header",
    "head",
    "topics",
    "bio",
    "profile",
    "follow",
    "alert",
    "jump",
    "toc",
    "nocontent",
    "noprint",
    "links",
    "tools",
    "utility",
    "utilities",
    "signin",
    "contact",
    "legal",
    "copyright",
    "top",
    "list",
    "cta",
    "kicker",
    "eyebrow",
    "standfirst",
    "dek",
    "subhead",
    "summary",
    "deck",
    "lede",
];

/// Whole class names / ids (separators removed) that mark article text.
const POSITIVE_NAMES: &[&str] = &[
    "articlebody",
    "articlecontent",
    "articletext",
    "articlebodytext",
    "storybody",
    "storycontent",
    "storytext",
    "entrycontent",
    "entrybody",
    "postcontent",
    "postbody",
    "posttext",
    "contentbody",
    "bodytext",
    "richtext",
    "maincontent",
    "content",
    "article",
    "story",
    "post",
    "entry",
    "body",
    "main",
    "text",
];

fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "p" => BlockKind::Para,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dd" | "dt" => BlockKind::Item,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Pre,
        "td" | "th" | "caption" => BlockKind::Cell,
        "address" | "article" | "aside" | "body" | "center" | "details" | "dialog" | "dir"
        | "div" | "dl" | "fieldset" | "figcaption" | "figure" | "footer" | "form" | "header"
        | "hgroup" | "hr" | "html" | "main" | "menu" | "nav" | "ol" | "section" | "summary"
        | "table" | "tbody" | "thead" | "tfoot" | "tr" | "ul" | "legend" => BlockKind::Other,
        _ => return None,
    })
}

fn split_tokens(name: &str) -> impl Iterator<Item = String> + '_ {
    // Split on separators and on lower->upper case changes ("relatedLinks").
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.into_iter()
}

/// Verdict on one class name or id.
enum NameVerdict {
    Positive,
    Negative,
    Neutral,
}

fn judge_name(raw: &str) -> NameVerdict {
    let lower = raw.to_ascii_lowercase();
    // Modifier classes ("has-sidebar", "no-comments") describe the layout
    // around the element, not the element.
    if ["has-", "has_", "with-", "no-", "without-"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return NameVerdict::Neutral;
    }
    let squashed: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if POSITIVE_NAMES.contains(&squashed.as_str()) {
        return NameVerdict::Positive;
    }
    if BOILER_SUBSTRINGS.iter().any(|s| lower.contains(s)) {
        return NameVerdict::Negative;
    }
    if split_tokens(raw).any(|t| BOILER_TOKENS.contains(&t.as_str())) {
        return NameVerdict::Negative;
    }
    NameVerdict::Neutral
}

/// Whether an element is page chrome (navigation, ads, comments, ...).
fn is_boilerplate(e: &Element, name: &str) -> bool {
    if e.attr("itemprop")
        .is_some_and(|v| v.eq_ignore_ascii_case("articleBody") || v.eq_ignore_ascii_case("text"))
    {
        return false;
    }
    if BOILER_TAGS.contains(&name) {
        return true;
    }
    if let Some(role) = e.attr("role")
        && BOILER_ROLES.contains(&role.trim().to_ascii_lowercase().as_str())
    {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    let mut negative = false;
    let names = e.classes().chain(e.id());
    for n in names {
        match judge_name(n) {
            NameVerdict::Positive => return false,
            NameVerdict::Negative => negative = true,
            NameVerdict::Neutral => {}
        }
    }
    negative
}

fn weight(kind: BlockKind, chars: usize) -> f64 {
    match kind {
        BlockKind::Para | BlockKind::Quote | BlockKind::Pre => 1.0,
        _ if chars < 25 => 0.0,
        BlockKind::Other => 0.8,
        BlockKind::Item | BlockKind::Cell | BlockKind::Heading(_) => 0.5,
    }
}

/// Per-block contribution to an element's totals: (with flags, plain).
fn contribution(b: &Block) -> (Totals, Totals) {
    let chars = b.chars as f64;
    let link = b.link_chars as f64;
    let plain = if b.link_density() > 0.5 {
        Totals {
            good: 0.0,
            bad: chars,
        }
    } else {
        Totals {
            good: (chars - link) * weight(b.kind, b.chars),
            bad: link,
        }
    };
    let flagged = if b.flag_depth.is_some() {
        Totals {
            good: 0.0,
            bad: chars,
        }
    } else {
        plain
    };
    (flagged, plain)
}

#[derive(Default)]
struct Buffer {
    text: String,
    chars: usize,
    link_chars: usize,
    space: bool,
}

impl Buffer {
    fn push_text(&mut self, s: &str, link: bool) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push(' ');
                }
                self.space = false;
                self.text.push(c);
                self.chars += 1;
                if link {
                    self.link_chars += 1;
                }
            }
        }
    }

    fn push_break(&mut self) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.space = false;
    }
}

struct Walker {
    blocks: Vec<Block>,
    buf: Buffer,
    stack: Vec<Frame>,
    best_flagged: Option<Best>,
    best_plain: Option<Best>,
}

impl Walker {
    fn flush(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        if buf.chars == 0 {
            return;
        }
        let Some(top) = self.stack.last() else {
            return;
        };
        let kind = self
            .stack
            .iter()
            .rev()
            .find_map(|f| f.block)
            .unwrap_or(BlockKind::Other);
        let flag_depth = top.flag_depth;
        // Two or more consecutive <br> split a block into paragraphs.
        let parts: Vec<&str> = buf
            .text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let link_share = buf.link_chars as f64 / buf.chars as f64;
        for part in parts {
            let text = collapse_ws(part);
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            if chars == 0 {
                continue;
            }
            let block = Block {
                chars,
                link_chars: ((chars as f64) * link_share).round() as usize,
                text,
                kind,
                flag_depth,
            };
            let (f, p) = contribution(&block);
            if let Some(top) = self.stack.last_mut() {
                top.flagged.add(f);
                top.plain.add(p);
            }
            self.blocks.push(block);
        }
    }

    fn open(&mut self, e: &Element) {
        let name = e.name();
        let parent = self.stack.last();
        let depth = parent.map_or(0, |p| p.depth + 1);
        let parent_skip = parent.is_some_and(|p| p.skip);
        let skip = parent_skip || SKIP_TAGS.contains(&name);
        let block = if skip { None } else { block_kind(name) };
        if name == "br" && !skip {
            self.buf.push_break();
        }
        if block.is_some() {
            self.flush();
        }
        let parent = self.stack.last();
        let flag_depth = if !skip && is_boilerplate(e, name) {
            Some(depth)
        } else {
            parent.and_then(|p| p.flag_depth)
        };
        let frame = Frame {
            depth,
            block,
            candidate: !skip && (CANDIDATE_TAGS.contains(&name) || name.contains('-')),
            link: name == "a" || parent.is_some_and(|p| p.link),
            skip,
            flag_depth,
            start: self.blocks.len(),
            flagged: Totals::default(),
            plain: Totals::default(),
        };
        self.stack.push(frame);
    }

    fn close(&mut self) {
        if self.stack.last().is_some_and(|f| f.block.is_some()) {
            self.flush();
        }
        let Some(f) = self.stack.pop() else {
            return;
        };
        if f.candidate {
            let end = self.blocks.len();
            better(&mut self.best_flagged, f.flagged, f.start, end, f.depth);
            better(&mut self.best_plain, f.plain, f.start, end, f.depth);
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.flagged.add(f.flagged);
            parent.plain.add(f.plain);
        }
    }

    fn text(&mut self, s: &str) {
        let Some(top) = self.stack.last() else {
            return;
        };
        if top.skip {
            return;
        }
        let link = top.link;
        self.buf.push_text(s, link);
    }
}

/// Walk the document into blocks and find the best content container.
fn walk(doc: &Html) -> (Vec<Block>, Option<Best>) {
    let mut w = Walker {
        blocks: Vec::new(),
        buf: Buffer::default(),
        stack: Vec::new(),
        best_flagged: None,
        best_plain: None,
    };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => w.open(e),
                Node::Text(t) => w.text(t),
                _ => {}
            },
            Edge::Close(node) => {
                if node.value().is_element() {
                    w.close();
                }
            }
        }
    }
    w.flush();
    // Prefer the container found with boilerplate marks; fall back to the
    // one found without them when the marks removed most of the prose (a
    // whole-page wrapper carrying a misleading class name).
    let best = match (w.best_flagged, w.best_plain) {
        (Some(f), Some(p)) if f.good * 2.0 < p.good => Some(p),
        (Some(f), _) => Some(f),
        (None, p) => p,
    };
    (w.blocks, best)
}

/// Short lines that are page furniture even inside the article body.
fn is_stock_phrase(text: &str) -> bool {
    if text.chars().count() > 80 {
        return false;
    }
    let l = text.to_lowercase();
    const STARTS: &[&str] = &[
        "advertisement",
        "advertisment",
        "sponsored",
        "story continues below",
        "article continues below",
        "continue reading",
        "read more",
        "read next",
        "read also",
        "related:",
        "see also",
        "share this",
        "share on",
        "follow us",
        "sign up",
        "subscribe",
        "click here",
        "photo:",
        "image:",
        "image credit",
        "copyright",
        "©",
        "all rights reserved",
        "updated:",
        "published:",
        "last updated",
        "posted:",
        "posted on",
    ];
    if STARTS.iter().any(|s| l.starts_with(s)) {
        return true;
    }
    let words = crate::text::word_count(text);
    // "By Jane Doe", "By Jane Doe and John Roe", "5 min read"
    (l.starts_with("by ") && words <= 7 && !text.ends_with('.')) || l.ends_with("min read")
}

/// A short line of text sitting directly in a `<div>` or table cell, not a
/// sentence: a dateline, a credit, a label ("Harbor Wire | Posted 3:10 pm").
fn is_loose_label(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Other | BlockKind::Cell)
        && b.chars < 60
        && !b
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
}

/// Extract the main text of a parsed page.
pub fn extract(doc: &Html) -> Extraction {
    let (blocks, best) = walk(doc);
    let Some(best) = best else {
        return Extraction::default();
    };
    let h1 = pick_h1(&blocks, best.start);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut pending_heading: Option<&str> = None;
    let end = best.end.min(blocks.len());
    for b in blocks.get(best.start..end).unwrap_or_default() {
        let dropped = b.flag_depth.is_some_and(|d| d > best.depth)
            || b.link_density() > 0.5
            || is_stock_phrase(&b.text)
            || is_loose_label(b);
        if let BlockKind::Heading(level) = b.kind {
            if level == 1 || dropped {
                pending_heading = None;
            } else {
                pending_heading = Some(&b.text);
            }
            continue;
        }
        if dropped {
            // A sub-heading followed by chrome ("Related stories") goes too.
            pending_heading = None;
            continue;
        }
        if paragraphs.is_empty() && h1.as_deref() == Some(b.text.as_str()) {
            continue;
        }
        if let Some(h) = pending_heading.take() {
            paragraphs.push(h.to_string());
        }
        paragraphs.push(b.text.clone());
    }
    Extraction { paragraphs, h1 }
}

/// The first-level heading nearest the start of the content.
fn pick_h1(blocks: &[Block], content_start: usize) -> Option<String> {
    blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == BlockKind::Heading(1) && b.chars >= 4)
        .min_by_key(|(i, _)| {
            // Prefer headings just before the content over ones inside it.
            if *i <= content_start {
                (content_start - i) * 2
            } else {
                (i - content_start) * 2 + 1
            }
        })
        .map(|(_, b)| b.text.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(html: &str) -> Vec<String> {
        extract(&Html::parse_document(html)).paragraphs
    }

    #[test]
    fn tokens_split_on_case_and_separators() {
        let t: Vec<String> = split_tokens("relatedLinks ad-slot_top").collect();
        assert_eq!(t, ["related", "links", "ad", "slot", "top"]);
    }

    #[test]
    fn names_are_judged() {
        assert!(matches!(judge_name("article-body"), NameVerdict::Positive));
        assert!(matches!(judge_name("comments-list"), NameVerdict::Negative));
        assert!(matches!(judge_name("ad-slot"), NameVerdict::Negative));
        assert!(matches!(judge_name("has-sidebar"), NameVerdict::Neutral));
        assert!(matches!(judge_name("headline-wrap"), NameVerdict::Neutral));
        assert!(matches!(judge_name("shadow"), NameVerdict::Neutral));
    }

    #[test]
    fn picks_prose_over_chrome() {
        let html = r#"<html><body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
          <div class="cookie-banner"><p>We use cookies to improve your experience on our site, accept them please.</p></div>
          <div class="story"><h1>Headline here</h1>
            <p>First paragraph of the story, long enough to be prose for sure, with commas, too.</p>
            <div class="ad-slot"><p>Advertisement: buy our product now, it is the best one on sale.</p></div>
            <h2>A sub-heading</h2>
            <p>Second paragraph continues the story with more words and more detail here.</p>
            <h2>Related stories</h2>
            <ul class="related"><li><a href="/x">Another story entirely about something</a></li></ul>
          </div>
          <div class="comments"><p>I disagree with everything in this article, and here is a long comment.</p></div>
          <footer><p>Copyright 2025 Example News. All rights reserved by the company.</p></footer>
        </body></html>"#;
        let p = paras(html);
        assert_eq!(
            p,
            [
                "First paragraph of the story, long enough to be prose for sure, with commas, too.",
                "A sub-heading",
                "Second paragraph continues the story with more words and more detail here.",
            ]
        );
    }

    #[test]
    fn br_pairs_split_paragraphs() {
        let html = "<body><div>One paragraph of text that is long enough to count as prose.<br><br>Second paragraph of text that is long enough to count too.<br>same paragraph</div></body>";
        let p = paras(html);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].ends_with("same paragraph"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // As deep as the pre-parse guard lets through.
        let depth = crate::MAX_NESTING;
        let mut s = String::from("<body>");
        for _ in 0..depth {
            s.push_str("<div>");
        }
        s.push_str("<p>deep text that is prose, with some words in it to count.</p>");
        let _ = paras(&s);
    }
}
