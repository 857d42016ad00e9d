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
    pub fn link_density(&self) -> f64 {
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

/// A candidate content container (div, section, article, td, ...).
#[derive(Debug, Clone)]
struct Cand {
    /// Element name.
    tag: String,
    /// Nearest candidate above this one.
    parent: Option<usize>,
    depth: u32,
    /// Range of blocks inside.
    start: usize,
    end: usize,
    /// Itself or an ancestor is boilerplate.
    flagged: bool,
    /// Prose score from the paragraphs below: a paragraph counts fully for
    /// its container, half for the next one up, a third for the one above.
    content: f64,
    /// The same ignoring boilerplate marks.
    content_plain: f64,
    /// Text and link text in the sub-tree (outside boilerplate).
    chars: f64,
    link_chars: f64,
}

impl Cand {
    fn link_density(&self) -> f64 {
        if self.chars > 0.0 {
            self.link_chars / self.chars
        } else {
            0.0
        }
    }

    fn score(&self, plain: bool) -> f64 {
        let c = if plain {
            self.content_plain
        } else {
            self.content
        };
        c * (1.0 - self.link_density())
    }
}

struct Frame {
    depth: u32,
    block: Option<BlockKind>,
    /// Index in `cands` when this element is a candidate container.
    cand: Option<usize>,
    /// Nearest candidate at or above this element.
    near: Option<usize>,
    /// Nearest candidate strictly above this element.
    parent_near: Option<usize>,
    link: bool,
    skip: bool,
    flag_depth: Option<u32>,
    /// A block-level element opened inside this one.
    has_block_child: bool,
    chars: f64,
    link_chars: f64,
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
    "tweet",
    "twitter",
    "instagram",
    "tiktok",
    "facebook",
    "social-embed",
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
    "reply",
    "replies",
    "respond",
    "about",
    "writer",
    "contributor",
    "rightcol",
    "leftnav",
    "byl",
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

/// Verdicts on class names and ids seen so far on this page (pages
/// repeat the same few names on many elements).
#[derive(Default)]
struct NameMemo {
    seen: std::collections::HashMap<String, NameVerdict>,
}

impl NameMemo {
    fn judge(&mut self, name: &str) -> NameVerdict {
        if let Some(v) = self.seen.get(name) {
            return *v;
        }
        let v = judge_name(name);
        if self.seen.len() < 10_000 {
            self.seen.insert(name.to_string(), v);
        }
        v
    }
}

/// Verdict on one class name or id.
#[derive(Debug, Clone, Copy)]
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
fn is_boilerplate(e: &Element, name: &str, memo: &mut NameMemo) -> bool {
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
        match memo.judge(n) {
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

/// Prose value of a block (0 for link lists).
fn prose(b: &Block) -> f64 {
    if b.link_density() > 0.5 {
        0.0
    } else {
        (b.chars - b.link_chars) as f64 * weight(b.kind, b.chars)
    }
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
    cands: Vec<Cand>,
    memo: NameMemo,
    buf: Buffer,
    stack: Vec<Frame>,
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
        let own = self.stack.iter().rev().find(|f| f.block.is_some());
        let kind = own.and_then(|f| f.block).unwrap_or(BlockKind::Other);
        let parts = buf
            .text
            .split('\n')
            .filter(|p| !p.trim().is_empty())
            .count();
        // Text directly inside a container scores for that container; a
        // paragraph (or a `<div>` holding just one run of text, which is
        // a paragraph in all but name) scores for the container around it.
        let (level0, ref_depth) = match own {
            Some(f)
                if matches!(kind, BlockKind::Other | BlockKind::Cell)
                    && f.cand.is_some()
                    && (f.has_block_child || parts > 1) =>
            {
                (f.cand, f.depth)
            }
            Some(f) => (f.parent_near, f.depth.saturating_sub(1)),
            None => (top.near, top.depth),
        };
        let flag_depth = top.flag_depth;
        // A <br> splits a block into paragraphs.
        let link_share = buf.link_chars as f64 / buf.chars as f64;
        let mut new_blocks = Vec::new();
        for part in buf.text.split('\n').map(str::trim) {
            let text = collapse_ws(part);
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            if chars == 0 {
                continue;
            }
            new_blocks.push(Block {
                chars,
                link_chars: ((chars as f64) * link_share).round() as usize,
                text,
                kind,
                flag_depth,
            });
        }
        for block in new_blocks {
            let value = prose(&block);
            // Full credit to the element holding the paragraph, half to
            // the one above, a third to the one above that (counted in
            // element levels, whether or not those are containers).
            let mut c = level0;
            while let Some(cand) = c.and_then(|i| self.cands.get_mut(i)) {
                let up = ref_depth.saturating_sub(cand.depth);
                if up > 2 {
                    break;
                }
                let share = value / f64::from(up + 1);
                if flag_depth.is_none() {
                    cand.content += share;
                }
                cand.content_plain += share;
                c = cand.parent;
            }
            if let Some(top) = self.stack.last_mut()
                && flag_depth.is_none()
            {
                top.chars += block.chars as f64;
                top.link_chars += block.link_chars as f64;
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
            if let Some(p) = self.stack.last_mut() {
                p.has_block_child = true;
            }
        }
        let parent = self.stack.last();
        let flag_depth = if !skip && is_boilerplate(e, name, &mut self.memo) {
            Some(depth)
        } else {
            parent.and_then(|p| p.flag_depth)
        };
        let parent_near = parent.and_then(|p| p.near);
        let link = name == "a" || parent.is_some_and(|p| p.link);
        let cand = (!skip && (CANDIDATE_TAGS.contains(&name) || name.contains('-'))).then(|| {
            self.cands.push(Cand {
                tag: name.to_string(),
                parent: parent_near,
                depth,
                start: self.blocks.len(),
                end: self.blocks.len(),
                flagged: flag_depth.is_some(),
                content: 0.0,
                content_plain: 0.0,
                chars: 0.0,
                link_chars: 0.0,
            });
            self.cands.len() - 1
        });
        self.stack.push(Frame {
            depth,
            block,
            cand,
            near: cand.or(parent_near),
            parent_near,
            link,
            skip,
            flag_depth,
            has_block_child: false,
            chars: 0.0,
            link_chars: 0.0,
        });
    }

    fn close(&mut self) {
        if self.stack.last().is_some_and(|f| f.block.is_some()) {
            self.flush();
        }
        let Some(f) = self.stack.pop() else {
            return;
        };
        if let Some(c) = f.cand.and_then(|i| self.cands.get_mut(i)) {
            c.end = self.blocks.len();
            c.chars = f.chars;
            c.link_chars = f.link_chars;
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.chars += f.chars;
            parent.link_chars += f.link_chars;
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

/// Walk the document into blocks and candidate containers.
fn walk(doc: &Html) -> Walker {
    let mut w = Walker {
        blocks: Vec::new(),
        cands: Vec::new(),
        memo: NameMemo::default(),
        buf: Buffer::default(),
        stack: Vec::new(),
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
    w
}

/// Pick the content container and the sibling pieces that belong with it;
/// returns block ranges with the depth their boilerplate check is relative
/// to.
fn choose(w: &Walker) -> Vec<(usize, usize, u32)> {
    let best = |plain: bool| {
        w.cands
            .iter()
            .enumerate()
            .filter(|(_, c)| plain || !c.flagged)
            .max_by(|a, b| a.1.score(plain).total_cmp(&b.1.score(plain)))
            .filter(|(_, c)| c.score(plain) > 0.0)
            .map(|(i, _)| i)
    };
    let flagged_best = best(false);
    let plain_best = best(true);
    // Boilerplate marks are trusted unless they hid almost all the prose
    // (a wrapper of the whole page with a misleading class name).
    let (top, plain) = match (flagged_best, plain_best) {
        (Some(f), Some(p)) if w.cands[f].score(false) < 0.25 * w.cands[p].score(true) => (p, true),
        (Some(f), _) => (f, false),
        (None, Some(p)) => (p, true),
        (None, None) => return Vec::new(),
    };
    let t = &w.cands[top];
    let mut ranges = vec![(t.start, t.end, t.depth)];
    let Some(parent) = t.parent else {
        return ranges;
    };
    // Sibling containers that score nearly as well: an article split in
    // parts (around an ad or a video), wherever they are.
    let threshold = 0.5 * t.score(plain);
    let siblings: Vec<usize> = (0..w.cands.len())
        .filter(|&i| w.cands[i].parent == Some(parent))
        .collect();
    let mut include = vec![false; siblings.len()];
    for (k, &i) in siblings.iter().enumerate() {
        let c = &w.cands[i];
        include[k] = i != top
            && (plain || !c.flagged)
            && c.link_density() < 0.25
            && c.score(plain) >= threshold;
    }
    // Smaller parts right after the text (the short last group of an
    // article cut into groups): prose siblings of the same element type,
    // walking forward from the content and stepping over small pieces
    // (ad slots, video players), stopping at anything substantial that is
    // not prose. Earlier parts are not taken this way: what precedes the
    // text is more often a standfirst or an editor's note than a part of it.
    // Table cells side by side are layout columns, not parts.
    let is_cell = matches!(t.tag.as_str(), "td" | "th");
    if let Some(pos) = siblings.iter().position(|&i| i == top).filter(|_| !is_cell) {
        let small = |c: &Cand| {
            let chars: usize = w
                .blocks
                .get(c.start..c.end)
                .unwrap_or_default()
                .iter()
                .map(|b| b.chars)
                .sum();
            chars <= 200
        };
        let prose_part = |c: &Cand| {
            c.tag == t.tag
                && (plain || !c.flagged)
                && c.link_density() < 0.25
                && c.score(plain) >= 0.1 * t.score(plain)
                && w.blocks
                    .get(c.start..c.end)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| b.flag_depth.is_none() && is_prose(b))
        };
        for k in pos + 1..siblings.len() {
            let c = &w.cands[siblings[k]];
            if prose_part(c) {
                include[k] = true;
            } else if !small(c) {
                break;
            }
        }
    }
    for (k, &i) in siblings.iter().enumerate() {
        if include[k] {
            let c = &w.cands[i];
            ranges.push((c.start, c.end, c.depth));
        }
    }
    ranges.sort_unstable();
    ranges
}

/// A paragraph of prose: long enough, few links, ends like a sentence.
fn is_prose(b: &Block) -> bool {
    matches!(
        b.kind,
        BlockKind::Para | BlockKind::Other | BlockKind::Quote
    ) && b.chars >= 60
        && b.link_density() < 0.25
        && (b.text.contains(". ")
            || b.text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201d}']))
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
    let w = walk(doc);
    let ranges = choose(&w);
    let Some(&(first, _, _)) = ranges.first() else {
        return Extraction::default();
    };
    let blocks = &w.blocks;
    let h1 = pick_h1(blocks, first);
    let titles = head_titles(doc);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut pending_heading: Option<&str> = None;
    let mut last_end = 0usize;
    for &(start, end, depth) in &ranges {
        // Ranges are sorted; skip overlap with what was already emitted.
        let start = start.max(last_end);
        let end = end.min(blocks.len());
        if start >= end {
            continue;
        }
        last_end = end;
        for b in &blocks[start..end] {
            let dropped = b.flag_depth.is_some_and(|d| d > depth)
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
            // The headline repeated above the text (as <h1>, or as bold
            // text matching the page title).
            if paragraphs.is_empty()
                && (h1.as_deref() == Some(b.text.as_str())
                    || titles.iter().any(|t| t.eq_ignore_ascii_case(&b.text)))
            {
                continue;
            }
            if let Some(h) = pending_heading.take() {
                paragraphs.push(h.to_string());
            }
            paragraphs.push(b.text.clone());
        }
    }
    Extraction { paragraphs, h1 }
}

/// `og:title` and the parts of `<title>` (split at " | ", " - ", ...).
fn head_titles(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc.tree.root().descendants() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        match e.name() {
            "meta"
                if e.attr("property")
                    .is_some_and(|p| p.eq_ignore_ascii_case("og:title")) =>
            {
                out.extend(e.attr("content").map(collapse_ws));
            }
            "title" => {
                let t: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .collect();
                let t = collapse_ws(&t);
                for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
                    out.extend(
                        t.split(sep)
                            .map(str::trim)
                            .filter(|p| p.len() > 8)
                            .map(str::to_string),
                    );
                }
                out.push(t);
            }
            "body" => break,
            _ => {}
        }
    }
    out
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

/// Candidate containers and blocks of a page, for debugging the harness.
#[doc(hidden)]
pub fn debug_candidates(html: &str) -> String {
    let w = walk(&Html::parse_document(html));
    let mut out = String::new();
    for (i, c) in w.cands.iter().enumerate() {
        if c.content_plain > 0.0 {
            out.push_str(&format!(
                "{i} parent={:?} depth={} blocks={}..{} flagged={} content={:.0} plain={:.0} ld={:.2} score={:.0}\n",
                c.parent, c.depth, c.start, c.end, c.flagged, c.content, c.content_plain, c.link_density(), c.score(false)
            ));
        }
    }
    for (i, b) in w.blocks.iter().enumerate() {
        out.push_str(&format!(
            "  b{i} {:?} flag={:?} {}\n",
            b.kind,
            b.flag_depth,
            b.text.chars().take(50).collect::<String>()
        ));
    }
    out
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
    fn br_splits_paragraphs() {
        let html = "<body><div>One paragraph of text that is long enough to count as prose.<br><br>Second paragraph of text that is long enough to count too.<br>Third line, a sentence of its own.</div></body>";
        let p = paras(html);
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[2], "Third line, a sentence of its own.");
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
