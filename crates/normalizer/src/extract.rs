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

use crate::events::{Doc, Elem, Event};
use crate::text::collapse_ws;

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
    /// Depth of the innermost ancestor marked by a strong boilerplate sign
    /// (an element, a role, hidden, or a name such as `comment`); the
    /// others are weak signs (`more`, `promo`, `summary`, ...), which
    /// article markup also uses.
    pub strong_depth: Option<u32>,
    /// Which boilerplate element (numbered in document order) the block
    /// is in: the unit a weakly marked part of the text is rescued by.
    pub flag_id: u32,
    /// A paragraph of prose (`looks_like_prose`), decided once.
    pub prose: bool,
    /// Page furniture or a pitch whatever its container
    /// (`is_stock_phrase`), decided once: never text, and worth nothing
    /// when containers are scored.
    pub stock: bool,
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
    /// `Block::flag_id` of blocks directly inside it.
    flag_id: u32,
    /// Marked as the article by the page itself (`is_declared_article`).
    declared: bool,
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
    strong_depth: Option<u32>,
    flag_id: u32,
    /// A block-level element opened inside this one.
    has_block_child: bool,
    chars: f64,
    link_chars: f64,
    /// Index of the first block inside this element.
    first_block: usize,
    /// A `<form>` is this element or inside it.
    has_form: bool,
    /// This element is a `<form>`.
    is_form: bool,
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
    "gallery",
    "slideshow",
    "carousel",
    "lightbox",
    "factbox",
    "fact-box",
    "infobox",
];

/// Matched as a whole token of a class name or id (split at `-`, `_`,
/// spaces and lower-to-upper case changes).
const BOILER_TOKENS: &[&str] = &[
    // A collapsed box ("kg-toggle-card"): notes on the story, an FAQ.
    "toggle",
    "footnote",
    "footnotes",
    "acknowledgements",
    "acknowledgments",
    "disclosure",
    "disclosures",
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
    "video",
    "player",
    "transcript",
    "disclaimer",
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

/// Endings of class names that say article text whatever comes before
/// them (the specific entries of `POSITIVE_NAMES`).
const POSITIVE_SUFFIXES: &[&str] = &[
    "articlebody",
    "articletext",
    "storybody",
    "storytext",
    "entrycontent",
    "postbody",
    "bodytext",
    "richtext",
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

/// Call `f` with each lower-cased token of `name` (as `split_tokens` cuts
/// them) until it returns false, without allocating per token. Tokens
/// longer than any listed one are not passed.
fn for_each_token(name: &str, mut f: impl FnMut(&str) -> bool) {
    let mut buf = [0u8; 16];
    let mut len = 0usize;
    let mut too_long = false;
    let mut prev_lower = false;
    let mut emit = |buf: &[u8; 16], len: &mut usize, too_long: &mut bool| -> bool {
        let go = if *len > 0 && !*too_long {
            std::str::from_utf8(&buf[..*len]).map_or(true, &mut f)
        } else {
            true
        };
        *len = 0;
        *too_long = false;
        go
    };
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !emit(&buf, &mut len, &mut too_long) {
                return;
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase()
            && prev_lower
            && (len > 0 || too_long)
            && !emit(&buf, &mut len, &mut too_long)
        {
            return;
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        if c.is_ascii() && len < buf.len() {
            buf[len] = c.to_ascii_lowercase() as u8;
            len += 1;
        } else {
            too_long = true;
        }
    }
    emit(&buf, &mut len, &mut too_long);
}

#[cfg(test)]
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
    seen: std::collections::HashMap<String, NameVerdict, xxhash_rust::xxh3::Xxh3Builder>,
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
    /// A name that marks chrome on most pages but article parts on some
    /// ("read-more" holding the second half, a "summary" of the text).
    WeakNegative,
    Neutral,
}

/// Boilerplate substrings and tokens that are weak signs: a sub-tree marked
/// only by these is kept when it is plainly a run of article paragraphs.
const WEAK_SUBSTRINGS: &[&str] = &[
    "promo",
    "readmore",
    "read-more",
    "widget",
    "caption",
    "credit",
    "timestamp",
    "dateline",
    "pubdate",
    "overlay",
    "print-only",
    "banner",
];
const WEAK_TOKENS: &[&str] = &[
    "hidden",
    "hide",
    "extra",
    "more",
    "top",
    "summary",
    "lede",
    "deck",
    "dek",
    "standfirst",
    "kicker",
    "eyebrow",
    "subhead",
    "meta",
    "date",
    "time",
    "tag",
    "tags",
    "print",
    "noprint",
    "jump",
    "toc",
    "alert",
    "head",
    "header",
    "utility",
    "utilities",
    "tools",
];

/// `BOILER_SUBSTRINGS` as one automaton (pages carry thousands of distinct
/// class names; a search per substring per name was most of the walk).
fn boiler_substrings() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(BOILER_SUBSTRINGS).expect("static patterns build")
    });
    &AC
}

fn judge_name(raw: &str) -> NameVerdict {
    let lower = raw.to_ascii_lowercase();
    // Modifier classes ("has-sidebar", "no-comments") describe the layout
    // around the element, not the element.
    // So do CSS utility classes ("overflow-hidden").
    if [
        "has-",
        "has_",
        "with-",
        "no-",
        "without-",
        "overflow-",
        "overflow_",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        return NameVerdict::Neutral;
    }
    // A state modifier on the element ("node--promoted" in Drupal, for a
    // node promoted to the front page; "is-promoted") says where the
    // article is listed, not that it is a promotion ("promoted-stories"
    // still is).
    if lower.ends_with("promoted") {
        return NameVerdict::Neutral;
    }
    // Drupal puts "field--label-hidden" on every field whose label is not
    // shown: it is the label that is hidden, not the field.
    if ["label-hidden", "label--hidden", "label_hidden"]
        .iter()
        .any(|p| lower.ends_with(p))
    {
        return NameVerdict::Neutral;
    }
    // Names without separators, for the positive lists (every distinct
    // name is judged once per page, so this is cheap).
    let squashed: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if POSITIVE_NAMES.contains(&squashed.as_str()) {
        return NameVerdict::Positive;
    }
    // The text a page marks as for subscribers ("subscriber-only",
    // "subscriber-preview"): article paragraphs, not a subscribe box.
    if [
        "subscriber-",
        "subscriber_",
        "subscribers-",
        "for-subscribers",
    ]
    .iter()
    .any(|p| lower.contains(p))
        && !lower.contains("box")
        && !lower.contains("form")
    {
        return NameVerdict::Neutral;
    }
    let mut weak = false;
    for m in boiler_substrings().find_overlapping_iter(&lower) {
        let sub = BOILER_SUBSTRINGS[m.pattern().as_usize()];
        if !WEAK_SUBSTRINGS.contains(&sub) {
            return NameVerdict::Negative;
        }
        weak = true;
    }
    // A weak sign before a name that says article text ("widget-rich-text",
    // "promo-article-body"): the text wins.
    if weak && POSITIVE_SUFFIXES.iter().any(|p| squashed.ends_with(p)) {
        return NameVerdict::Positive;
    }
    let mut strong = false;
    for_each_token(raw, |t| {
        if BOILER_TOKENS.contains(&t) {
            if WEAK_TOKENS.contains(&t) {
                weak = true;
            } else {
                strong = true;
            }
        }
        !strong
    });
    if strong {
        NameVerdict::Negative
    } else if weak {
        NameVerdict::WeakNegative
    } else {
        NameVerdict::Neutral
    }
}

/// Whether the page marks this element as the article: `<article>`,
/// `<main>` or `itemprop="articleBody"` (class names such as `content` or
/// `text` are used for pieces of an article too often to bound it).
fn is_declared_article(a: &Attrs<'_>, name: &str) -> bool {
    matches!(name, "article" | "main")
        || a.itemprop
            .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
}

/// How strongly an element is marked as chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    Weak,
    Strong,
}

/// The attributes the extractor reads, found in one pass over the element's
/// attributes.
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
    itemprop: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(e: &'a Elem<'_>) -> Self {
        let mut a = Attrs::default();
        for (k, v) in e.attrs() {
            match k {
                "class" => a.class = Some(v),
                "id" => a.id = Some(v),
                "role" => a.role = Some(v),
                "hidden" => a.hidden = true,
                "aria-hidden" => a.aria_hidden = Some(v),
                "style" => a.style = Some(v),
                "itemprop" => a.itemprop = Some(v),
                // RDFa's spelling of the same ("schema:articleBody").
                "property" if a.itemprop.is_none() => {
                    a.itemprop = v.rsplit(':').next();
                }
                _ => {}
            }
        }
        a
    }
}

/// Whether an element is page chrome (navigation, ads, comments, ...).
fn is_boilerplate(a: &Attrs<'_>, name: &str, memo: &mut NameMemo) -> Mark {
    // Classes on the root describe the page's state ("ads-enabled",
    // "has-sidebar", "no-js"), not a part of it.
    if matches!(name, "html" | "body") {
        return Mark::None;
    }
    if a.itemprop
        .is_some_and(|v| v.eq_ignore_ascii_case("articleBody") || v.eq_ignore_ascii_case("text"))
    {
        return Mark::None;
    }
    if BOILER_TAGS.contains(&name) {
        return Mark::Strong;
    }
    if let Some(role) = a.role
        && BOILER_ROLES.contains(&role.trim().to_ascii_lowercase().as_str())
    {
        return Mark::Strong;
    }
    // Hidden by the page (the `hidden` attribute, `aria-hidden`, an inline
    // `display: none`): mostly menus, dialogs and decoration, but also the
    // rest of a story behind a paywall or a "read more" toggle, which a
    // page sends in full and hides. A weak sign: the rest of a story is
    // kept when it is plainly article paragraphs.
    let mut hidden = a.hidden || a.aria_hidden.is_some_and(|v| v.trim() == "true");
    if !hidden
        && let Some(style) = a.style.filter(|st| {
            let b = st.as_bytes();
            // Cheap test first: most style attributes hide nothing.
            b.windows(4).any(|w| w.eq_ignore_ascii_case(b"none"))
                || b.windows(6).any(|w| w.eq_ignore_ascii_case(b"hidden"))
        })
    {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        hidden = s.contains("display:none") || s.contains("visibility:hidden");
    }
    let mut mark = if hidden { Mark::Weak } else { Mark::None };
    // A custom element's own name ("site-trending-rail") is judged like a
    // class name.
    let names = a
        .class
        .into_iter()
        .flat_map(str::split_ascii_whitespace)
        .chain(a.id)
        .chain(name.contains('-').then_some(name));
    for n in names {
        match memo.judge(n) {
            NameVerdict::Positive if hidden => return Mark::Weak,
            NameVerdict::Positive => return Mark::None,
            NameVerdict::Negative => mark = Mark::Strong,
            NameVerdict::WeakNegative if mark == Mark::None => mark = Mark::Weak,
            NameVerdict::WeakNegative | NameVerdict::Neutral => {}
        }
    }
    mark
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
    if b.stock || b.link_density() > 0.5 {
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
        // Text with no byte that can start a non-ASCII space (or a vertical
        // tab) is split the fast way; the result is the same.
        let b = s.as_bytes();
        if memchr::memchr3(0xC2, 0xE2, 0xE3, b).is_some()
            || memchr::memchr2(0xE1, 0x0B, b).is_some()
        {
            self.push_words(s, s.split_whitespace(), link);
        } else {
            self.push_words(s, s.split_ascii_whitespace(), link);
        }
    }

    fn push_words<'w>(&mut self, s: &str, words: impl Iterator<Item = &'w str>, link: bool) {
        // Word by word: runs of whitespace become one space.
        let mut words = words.peekable();
        if words.peek().is_none() {
            self.space |= !s.is_empty();
            return;
        }
        if s.starts_with(char::is_whitespace) {
            self.space = true;
        }
        for word in words {
            if self.space && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.text.push_str(word);
            let n = word.chars().count();
            self.chars += n;
            if link {
                self.link_chars += n;
            }
            self.space = true;
        }
        self.space = s.ends_with(char::is_whitespace);
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
    /// Boilerplate elements seen so far (numbers `Block::flag_id`).
    flags: u32,
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
        let (flag_depth, strong_depth, flag_id) = (top.flag_depth, top.strong_depth, top.flag_id);
        // A <br> splits a block into paragraphs.
        let link_share = buf.link_chars as f64 / buf.chars as f64;
        let mut new_blocks = Vec::new();
        for part in buf.text.split('\n').map(str::trim) {
            let text = collapse_ws(part);
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            if chars == 0 {
                continue;
            }
            let mut block = Block {
                chars,
                link_chars: ((chars as f64) * link_share).round() as usize,
                text,
                kind,
                flag_depth,
                strong_depth,
                flag_id,
                prose: false,
                stock: false,
            };
            // Link lists are worth nothing and dropped anyway: only the
            // rest is read for stock phrases
            // (and nothing of 300 characters or more is one).
            block.stock =
                block.chars < 300 && block.link_density() <= 0.5 && is_stock_phrase(&block.text);
            block.prose = !block.stock && looks_like_prose(&block);
            new_blocks.push(block);
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

    fn open(&mut self, e: &Elem<'_>) {
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
        let attrs = if skip { Attrs::default() } else { Attrs::of(e) };
        let mark = if skip {
            Mark::None
        } else {
            is_boilerplate(&attrs, name, &mut self.memo)
        };
        let (mut flag_depth, mut strong_depth, mut flag_id) = parent.map_or((None, None, 0), |p| {
            (p.flag_depth, p.strong_depth, p.flag_id)
        });
        if mark != Mark::None {
            self.flags += 1;
            flag_depth = Some(depth);
            flag_id = self.flags;
            if mark == Mark::Strong {
                strong_depth = Some(depth);
            }
        }
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
                flag_id,
                declared: is_declared_article(&attrs, name),
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
            strong_depth,
            flag_id,
            has_block_child: false,
            chars: 0.0,
            link_chars: 0.0,
            first_block: self.blocks.len(),
            has_form: name == "form",
            is_form: name == "form",
        });
    }

    fn close(&mut self) {
        if self.stack.last().is_some_and(|f| f.block.is_some()) {
            self.flush();
        }
        let Some(mut f) = self.stack.pop() else {
            return;
        };
        // A form holding paragraphs of prose wraps the page (ASP.NET),
        // not a widget.
        if f.is_form
            && self
                .blocks
                .get(f.first_block..)
                .is_some_and(|inside| inside.iter().filter(|b| b.prose).count() >= 2)
        {
            f.has_form = false;
        }
        if let Some(c) = f.cand.and_then(|i| self.cands.get_mut(i)) {
            c.end = self.blocks.len();
            c.chars = f.chars;
            c.link_chars = f.link_chars;
        }
        if f.has_form {
            self.drop_form_box(f.first_block);
        }
        if let Some(parent) = self.stack.last_mut() {
            parent.chars += f.chars;
            parent.link_chars += f.link_chars;
            parent.has_form |= f.has_form;
        }
    }

    /// A small element holding a form (a newsletter sign-up with its
    /// heading and blurb, a search box, a comment form) is furniture: its
    /// few lines are stock. A page wrapped whole in a `<form>` (ASP.NET)
    /// holds far more text and is left alone.
    fn drop_form_box(&mut self, first_block: usize) {
        let Some(inside) = self.blocks.get_mut(first_block..) else {
            return;
        };
        let chars: usize = inside.iter().map(|b| b.chars).sum();
        // Two paragraphs of prose around it: an article with a sign-up box
        // inside, not the box.
        let prose = inside.iter().filter(|b| b.prose && !b.stock).count();
        if inside.len() <= FORM_BOX_MAX_BLOCKS && chars < FORM_BOX_MAX_CHARS && prose <= 1 {
            for b in inside {
                b.stock = true;
            }
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

/// At most this many blocks and characters of text around a form make it a
/// sign-up or search box (`Walker::drop_form_box`).
const FORM_BOX_MAX_BLOCKS: usize = 5;
const FORM_BOX_MAX_CHARS: usize = 400;

/// Walk the document into blocks and candidate containers.
fn walk(doc: &Doc<'_>) -> Walker {
    let mut w = Walker {
        blocks: Vec::new(),
        cands: Vec::new(),
        memo: NameMemo::default(),
        buf: Buffer::default(),
        stack: Vec::new(),
        flags: 0,
    };
    for event in &doc.events {
        match event {
            Event::Open(e) => w.open(e),
            Event::Text(t) => w.text(t),
            Event::Close => w.close(),
        }
    }
    w.flush();
    w
}

/// Pick the content container and the sibling pieces that belong with it;
/// returns block ranges with the depth their boilerplate check is relative
/// to.
fn choose(w: &Walker) -> Choice {
    // A container that opens with an end-matter or comment heading ("How
    // we reported this story", "Comments") is never the article, however
    // well its prose scores beside a short story.
    // (Stock lines before the heading, a correction notice, do not count.)
    let opens_end_matter = |c: &Cand| {
        w.blocks
            .get(c.start..c.end)
            .unwrap_or_default()
            .iter()
            .find(|b| !b.stock)
            .is_some_and(|b| {
                matches!(b.kind, BlockKind::Heading(_))
                    && (is_end_matter_heading(b) || is_comments_heading(&b.text))
            })
    };
    let best = |plain: bool| {
        w.cands
            .iter()
            .enumerate()
            .filter(|(_, c)| plain || !c.flagged)
            .filter(|(_, c)| !opens_end_matter(c))
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
        (None, None) => return Choice::default(),
    };
    // When the marks were overridden, the mark on the chosen container
    // itself is wrong; marks below it still count.
    let overridden = (plain && w.cands[top].flagged).then_some(w.cands[top].flag_id);
    let top = climb(w, top, plain, overridden);
    let t = &w.cands[top];
    let mut ranges = vec![(t.start, t.end, t.depth)];
    let Some(parent) = t.parent else {
        return Choice { ranges, overridden };
    };
    // Sibling containers that score nearly as well: an article split in
    // parts (around an ad or a video), wherever they are. Each is judged by
    // the best container inside it, against the best inside the chosen
    // one (after a climb, the wrappers themselves score little).
    let threshold = 0.5 * best_within(w, top, plain);
    let siblings: Vec<usize> = (0..w.cands.len())
        .filter(|&i| w.cands[i].parent == Some(parent))
        .collect();
    let mut include = vec![false; siblings.len()];
    for (k, &i) in siblings.iter().enumerate() {
        let c = &w.cands[i];
        let eligible = i != top
            && (plain || !c.flagged)
            && c.link_density() < 0.25
            && !opens_comments(w, c.start..c.end, c.depth, overridden);
        // Next to a container the page declares as the article, only
        // other declared containers are parts of it.
        let scores_as_well = (!t.declared || c.declared) && best_within(w, i, plain) >= threshold;
        // The posts of a live blog: the page declares each one an
        // `<article>`, side by side, most of them far shorter than the
        // longest; every one with a paragraph of prose is a part.
        let live_post = t.declared
            && c.declared
            && c.tag == t.tag
            && w.blocks
                .get(c.start..c.end)
                .unwrap_or_default()
                .iter()
                .any(|b| !b.flagged_below(c.depth, overridden) && is_prose(b));
        include[k] = eligible && (scores_as_well || live_post);
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
                && (!t.declared || c.declared)
                && (plain || !c.flagged)
                && c.link_density() < 0.25
                && c.score(plain) >= 0.1 * t.score(plain)
                && w.blocks
                    .get(c.start..c.end)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| b.flag_depth.is_none() && is_prose(b))
                && !opens_comments(w, c.start..c.end, c.depth, overridden)
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
    Choice { ranges, overridden }
}

/// The best score of a container or any container inside it.
fn best_within(w: &Walker, i: usize, plain: bool) -> f64 {
    let c = &w.cands[i];
    w.cands[i..]
        .iter()
        .take_while(|d| d.start < c.end || (d.start == c.end && d.depth > c.depth))
        .filter(|d| d.depth >= c.depth && d.end <= c.end && (plain || !d.flagged))
        .map(|d| d.score(plain))
        .fold(0.0, f64::max)
}

/// What `choose` picked: block ranges with the depth their boilerplate
/// check is relative to, and the mark it overrode, if any.
#[derive(Debug, Default)]
struct Choice {
    ranges: Vec<(usize, usize, u32)>,
    overridden: Option<u32>,
}

impl Block {
    /// Inside boilerplate below `depth` (other than the overridden mark).
    fn flagged_below(&self, depth: u32, overridden: Option<u32>) -> bool {
        self.flag_depth.is_some_and(|d| d > depth) && overridden != Some(self.flag_id)
    }
}

/// Text inside a candidate that survives its boilerplate marks: characters
/// in prose paragraphs, other characters, and link characters among those.
#[derive(Debug, Default, Clone, Copy)]
struct Mass {
    prose: usize,
    other: usize,
    links: usize,
}

fn mass(w: &Walker, c: &Cand, overridden: Option<u32>) -> Mass {
    let mut m = Mass::default();
    for b in w.blocks.get(c.start..c.end).unwrap_or_default() {
        if b.flagged_below(c.depth, overridden) {
            continue;
        }
        if is_prose(b) {
            m.prose += b.chars;
        } else {
            m.other += b.chars;
        }
        m.links += b.link_chars;
    }
    m
}

/// Move from the best-scoring container up to the enclosing ones while each
/// step adds mostly prose: an article whose paragraphs sit in separate
/// wrappers (one component per paragraph, a section per step, a block
/// between ads) scores highest on one piece, and the container that holds
/// all the pieces is the article. A step that adds link lists, teasers or
/// more non-prose text than prose stops the climb.
fn climb(w: &Walker, mut top: usize, plain: bool, overridden: Option<u32>) -> usize {
    let mut here = mass(w, &w.cands[top], overridden);
    while let Some(p) = w.cands[top].parent {
        let pc = &w.cands[p];
        // The page's own statement of where the article is bounds the climb.
        if (pc.flagged && !plain) || w.cands[top].declared {
            break;
        }
        // Nor does it go past a reader-comment section.
        let (start, end) = (w.cands[top].start, w.cands[top].end);
        if opens_comments(w, pc.start..start, pc.depth, overridden)
            || opens_comments(w, end..pc.end, pc.depth, overridden)
        {
            break;
        }
        let up = mass(w, pc, overridden);
        if up.prose < here.prose || up.prose + up.other < here.prose + here.other {
            // The step crosses a boilerplate mark that the choice of `top`
            // overrode: above it, the text itself would be dropped.
            break;
        }
        let prose = up.prose.saturating_sub(here.prose);
        let other = up.other.saturating_sub(here.other);
        let links = up.links.saturating_sub(here.links);
        let added = prose + other;
        if added == 0 {
            // A wrapper with nothing else in it.
            top = p;
            continue;
        }
        let link_share = links as f64 / added as f64;
        // A step that adds only a heading (a section's crosshead), or, up
        // to the element the page declares as the article, only a little
        // furniture (a post's heading and time stamp), is taken: the
        // wrapper is the unit its sibling parts are found by.
        if prose == 0
            && ((other <= 100 && links == 0) || (pc.declared && other <= 300 && link_share < 0.5))
        {
            top = p;
            here = up;
            continue;
        }
        if prose < 150 || prose < 2 * other || link_share >= 0.2 {
            break;
        }
        top = p;
        here = up;
    }
    top
}

/// Whether these blocks hold the (unmarked) heading of a comment section.
fn opens_comments(
    w: &Walker,
    range: std::ops::Range<usize>,
    depth: u32,
    overridden: Option<u32>,
) -> bool {
    w.blocks.get(range).unwrap_or_default().iter().any(|b| {
        matches!(b.kind, BlockKind::Heading(_))
            && !b.flagged_below(depth, overridden)
            && is_comments_heading(&b.text)
    })
}

/// The heading of a reader-comment section ("Comments", "12 comments",
/// "Join the conversation", "Leave a reply", "Reader responses").
fn is_comments_heading(text: &str) -> bool {
    if text.chars().count() > 60 {
        return false;
    }
    let l = text.to_lowercase();
    // "12 comments", "Comments (3)", "Reader comments": the heading is
    // about comments and nothing else (not "Public comment period").
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let numbered = l.chars().any(|c| c.is_ascii_digit());
    const CORE: &[&str] = &["comments", "comment", "replies", "talkback"];
    const AROUND: &[&str] = &[
        "reader", "readers", "reader's", "readers'", "show", "view", "all",
    ];
    let about_comments = words.iter().any(|w| CORE.contains(w))
        && words.iter().all(|w| CORE.contains(w) || AROUND.contains(w));
    // "12 Responses" (a blog's count), not a section called "Response".
    let counted_responses =
        numbered && words.len() == 1 && matches!(words[0], "responses" | "response");
    about_comments
        || counted_responses
        || [
            "join the conversation",
            "join the discussion",
            "leave a reply",
            "leave a response",
            "leave a comment",
            "add a comment",
            "post a comment",
            "what do you think",
            "have your say",
            "what readers say",
            "readers respond",
        ]
        .iter()
        .any(|k| l.starts_with(k))
}

/// A paragraph of prose: long enough, few links, ends like a sentence.
fn is_prose(b: &Block) -> bool {
    b.prose
}

fn looks_like_prose(b: &Block) -> bool {
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

/// Lines that are a pitch or notice wherever they stand (lower case):
/// newsletter and subscription pitches and their small print, standard
/// end matter (corrections policy, tip lines), reader call-outs, donation
/// and affiliate notes, disclaimers, wire and syndication notes.
const PITCH_CONTAINS: &[&str] = &[
    "your inbox",
    "by signing up",
    "by subscribing",
    "corrections policy",
    "corrections desk",
    "committed to accuracy",
    "editorial standards",
    "we would like to hear from you",
    "we'd like to hear from you",
    "tell us about your experience",
    "has this story affected you",
    "support our journalism",
    "support independent journalism",
    "contact us in confidence",
    "for general information only",
    "does not constitute investment",
    "not a recommendation to buy or sell",
    "do not necessarily reflect",
    "your ad choices",
    "podcastchoices.com",
    "has not been edited by",
    "published from a syndicated feed",
    "send flowers",
    // An e-paper's notice that the text is the printed page's.
    "appeared in the print",
    "affiliate commission",
];

/// The same, for lines that start so: "(With inputs from agencies)",
/// "Catch all the Business News ...", "Disclosure: the author holds ...",
/// tip lines and reader call-outs.
const PITCH_STARTS: &[&str] = &[
    "(with inputs from",
    "catch all the",
    "how we vetted",
    "why you can trust us",
    "how we test",
    "disclosure:",
    "have an opinion on this",
    "do you have a story",
    "got a tip",
    "got a news tip",
    "have a tip",
    "have a news tip",
    "send us a tip",
    // Sign-off credits of the desk ("[Edited by ...]", "Reporting by ...;
    // Editing by ...").
    "[edited by",
    "(edited by",
    "edited by ",
    "reporting by ",
    "additional reporting by",
    "writing by ",
    "contributing:",
    // Partnership, funding and tip lines closing a public-media or
    // nonprofit story.
    "this story was produced in partnership",
    "this story is part of a partnership",
    "this reporting is supported",
    "this coverage is supported",
    "this article was produced in partnership",
    // Series notes, syndication notes, sign-offs of a newsletter.
    "this story is part of our",
    "this article is part of our",
    "originally published at",
    "originally published in",
    "this article was originally published",
    "this story was originally published",
    "thanks for reading",
    "that's it for this week",
    "that\u{2019}s it for this week",
    "if you enjoyed this",
    "if you found this useful",
    "programming note:",
    "a quick housekeeping note",
];

/// Pairs of which a line must hold both, the first at its start when
/// `.0` is true: ("citation:", "retrieved"), ...
const PITCH_PAIRS: &[(bool, &str, &str)] = &[
    (false, "terms of use", "privacy"),
    (true, "citation:", "retrieved"),
    (true, "the views expressed", "author"),
    (true, "download the", " app"),
    (true, "correction:", "earlier version"),
    (false, "donation", "please consider"),
    (false, "donation", "help keep"),
    // The reporter's contact line ("Jane Doe is a reporter for the Courier.
    // Contact her at jdoe@...").
    (false, "is a reporter", "@"),
    (false, "is a staff writer", "@"),
    (false, "is a correspondent", "@"),
    (true, "reach ", "@"),
    (false, ". reach ", "@"),
    (false, "reach them at", "@"),
    (false, "reach her at", "@"),
    (false, "reach him at", "@"),
    // A tip line ("Have a question about ... ? Send it to tips@...").
    (true, "have a question about", "@"),
    (true, "do you know anything", "@"),
    // A nonprofit's self-description and appeal.
    (false, "nonprofit newsroom", "readers"),
    (false, "nonprofit newsroom", "republish"),
    (false, "nonprofit newsroom", "support"),
    (false, "free to read", "member"),
    (true, "reporting like this", "please"),
    (true, "welcome to the", "subscribers"),
    (false, "whatsapp community", "join"),
];

/// A newsletter or subscription pitch, its small print, or the standard
/// end matter of a news site; `l` is lower case.
fn is_pitch(l: &str) -> bool {
    PITCH_CONTAINS.iter().any(|p| l.contains(p))
        || PITCH_STARTS.iter().any(|p| l.starts_with(p))
        || PITCH_PAIRS.iter().any(|&(start, a, b)| {
            (if start { l.starts_with(a) } else { l.contains(a) }) && l.contains(b)
        })
        || ((l.contains("sign up") || l.contains("subscribe"))
            && (l.contains("newsletter") || l.contains(" our ") || l.contains(" free")))
        // A photo caption that ends in its credit ("... on Monday.
        // [Photo/Agencies]", "(Photo: Reuters)").
        || is_credited_caption(l)
}

/// A line ending in a photo credit, bracketed ("[Photo/Agencies]") or as
/// its last sentence ("... this month. Photo: Jane Roe", "...
/// premiere.Courtesy Acme Pictures"); `l` is lower case.
fn is_credited_caption(l: &str) -> bool {
    let l = l.trim_end();
    let body = l.trim_end_matches('.');
    if let Some(i) = body.rfind('.') {
        let tail = body[i + 1..].trim_start();
        if CAPTION_CREDITS.iter().any(|p| tail.starts_with(p))
            && tail.split_whitespace().count() <= 6
        {
            return true;
        }
    }
    let open = match l.chars().last() {
        Some(']') => '[',
        Some(')') => '(',
        _ => return false,
    };
    l.rfind(open).is_some_and(|i| {
        let inner = l[i + 1..].trim_start();
        ["photo", "file photo", "image", "picture", "credit"]
            .iter()
            .any(|p| inner.starts_with(p))
    })
}

/// Short lines that are page furniture even inside the article body, and
/// newsletter pitches of any length.
fn is_stock_phrase(text: &str) -> bool {
    // Nothing below matches 300 characters or more.
    if text.len() >= 1200 {
        return false;
    }
    let chars = text.chars().count();
    if chars >= 300 {
        return false;
    }
    // Every block of the page is asked: one pass of an automaton rules out
    // most pitches before anything is lower-cased.
    let t = text.trim_end();
    if (t.ends_with([')', ']']) || stock_prefilter().is_match(text))
        && is_pitch(&text.to_lowercase())
    {
        return true;
    }
    if chars > 80 {
        return false;
    }
    let starts = |p: &str| {
        text.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    let ends = |p: &str| {
        t.len()
            .checked_sub(p.len())
            .and_then(|i| t.as_bytes().get(i..))
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    STOCK_STARTS.iter().any(|s| starts(s))
        // A chapter mark ("00:39 Introduction", "(1:02:10) Q&A").
        || is_chapter_mark(t)
        // "By Jane Doe", "By Jane Doe and John Roe", "5 min read"
        || (starts("by ") && crate::text::word_count(text) <= 7 && !text.ends_with('.'))
        || ends("min read")
}

/// How a credit closing a caption starts (`is_credited_caption`).
const CAPTION_CREDITS: &[&str] = &[
    "photo:",
    "photo by ",
    "photograph:",
    "credit:",
    "image:",
    "courtesy ",
];

/// One automaton over every literal some match of `is_pitch` needs (the
/// tables' entries, the first of each pair, and the rest); a line with
/// none of them, not ending in a bracket, is no pitch.
fn stock_prefilter() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        let literals = PITCH_CONTAINS
            .iter()
            .chain(PITCH_STARTS)
            .chain(PITCH_PAIRS.iter().map(|(_, a, _)| a))
            // The sign-up pitch's literals, and the credited caption's.
            .chain(&["sign up", "subscribe"])
            .chain(CAPTION_CREDITS);
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(literals)
            .expect("static patterns build")
    });
    &AC
}

/// A time code and a short title: a chapter of an episode or a video.
fn is_chapter_mark(t: &str) -> bool {
    let t = t.trim_start_matches(['(', '[']);
    let code_len = t
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(t.len());
    let code = &t[..code_len];
    let parts: Vec<&str> = code.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.iter().all(|p| !p.is_empty())
        && !t.ends_with('.')
        && t[code_len..].starts_with([' ', ')', ']', '\u{a0}'])
}

/// Lines that are page furniture when they start so (lower case).
const STOCK_STARTS: &[&str] = &[
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
    "posted in",
];

/// The heading of the end matter that follows a press release or a column:
/// company boilerplate ("About Acme Corp."), legal notices, contacts, the
/// author's bio. A heading element, or a short line that is not a sentence.
fn is_end_matter_heading(b: &Block) -> bool {
    // A heading, or a short line that is not a sentence ("About Acme
    // Ltd." ends in a full stop but is four words).
    let headline_like = matches!(b.kind, BlockKind::Heading(_))
        || (matches!(b.kind, BlockKind::Para | BlockKind::Other)
            && (!b
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201d}'])
                || crate::text::word_count(&b.text) <= 5));
    if !headline_like || b.chars > 60 {
        return false;
    }
    let mut l = b.text.trim().to_lowercase();
    // A wiki's "[edit]" link after the heading text.
    if l.ends_with(']')
        && let Some(i) = l.rfind('[')
    {
        l.truncate(i);
    }
    let l = l.trim_end().trim_end_matches(':');
    const WHOLE: &[&str] = &[
        "about the author",
        "about the authors",
        "about the writer",
        "about the company",
        "about us",
        "forward-looking statements",
        "forward looking statements",
        "forward-looking statement",
        "cautionary statement regarding forward-looking statements",
        "safe harbor statement",
        "safe harbor",
        "media contact",
        "media contacts",
        "press contact",
        "press contacts",
        "investor contact",
        "investor contacts",
        "investor relations contact",
        "contacts",
        "notes to editors",
        "note to editors",
        // The apparatus of a wiki or reference article.
        "sources",
        "our sources",
        "references",
        "notes",
        "footnotes",
        "bibliography",
        "external links",
        "further reading",
        "see also",
        // A review's verdict lists.
        "buy it if",
        "buy it if...",
        "don't buy it if",
        "don't buy it if...",
        // Questions and answers after an article; a recipe card.
        "frequently asked questions",
        "faq",
        "faqs",
        "ingredients",
        "instructions",
        "nutrition",
        "nutrition information",
        // A newsletter's other items, after its lead story.
        "in other news",
        "more news",
        "elsewhere",
        // An obituary's services box and guest book.
        "services",
        "guest book",
        "condolences",
        // A government release's apparatus.
        "quick facts",
        "quotes",
        "associated links",
        "related links",
        "contact",
        "contact us",
        "media inquiries",
        "media enquiries",
        // How an investigation was done, after it.
        "how we reported this story",
        "how we reported this",
        "how we did it",
        "methodology",
        "about this story",
        "about this investigation",
        // A podcast episode's show notes after its write-up.
        "in this episode",
        "chapters",
        "credits",
        "guests",
        "support this show",
        "support the show",
    ];
    // ("Disclosure & policies" as a heading; a widget's "Disclosures"
    // label inside the text is not one.) How a story or product was
    // checked: "How we reviewed this article", "How we vetted this".
    let heading = matches!(b.kind, BlockKind::Heading(_));
    // (Not "How we vetted this": a product card's, inside the text.)
    const HOW_WE: &[&str] = &["how we reviewed", "how we fact-check", "how we rate"];
    if WHOLE.contains(&l)
        || (heading && (l.starts_with("disclosure") || l.starts_with("acknowledg")))
        || HOW_WE.iter().any(|p| l.starts_with(p))
    {
        return true;
    }
    // "About Acme Corp.": "About" and a name, not "About the study".
    let Some(rest) = b.text.trim().strip_prefix("About ") else {
        return false;
    };
    let first = rest.split_whitespace().next().unwrap_or("");
    first.starts_with(char::is_uppercase)
        && !matches!(
            first,
            "The" | "This" | "These" | "That" | "A" | "An" | "Our" | "Why"
        )
        && rest.split_whitespace().count() <= 6
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
pub fn extract(doc: &Doc<'_>) -> Extraction {
    let w = walk(doc);
    let Choice { ranges, overridden } = choose(&w);
    let Some(&(first, _, _)) = ranges.first() else {
        return Extraction::default();
    };
    let blocks = &w.blocks;
    let h1 = pick_h1(blocks, first);
    let titles = head_titles(doc);
    let mut paragraphs: Vec<String> = Vec::new();
    // Parallel to `paragraphs`: could be a pull quote.
    let mut quoted: Vec<bool> = Vec::new();
    // Leading list items, the paragraphs they and a heading above them
    // ("Key points") take, and whether each of the (up to) three
    // paragraphs after them is a prose paragraph.
    let mut lead_items = 0usize;
    let mut lead_len = 0usize;
    let mut prose_after: Vec<bool> = Vec::new();
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
        let rescued = rescued_groups(&blocks[start..end], depth);
        for b in &blocks[start..end] {
            let flagged = b.flagged_below(depth, overridden) && !rescued.contains(&b.flag_id);
            let dropped = flagged
                || !b.text.chars().any(char::is_alphanumeric)
                || b.link_density() > 0.5
                || b.stock
                || is_loose_label(b);
            // A reader-comment section inside the content ends the text.
            if matches!(b.kind, BlockKind::Heading(_)) && !flagged && is_comments_heading(&b.text) {
                break;
            }
            // So does the end matter of a press release or a column
            // ("About Acme Corp.", "Forward-Looking Statements", "Media
            // contact", "About the author"), once there is text above it.
            // (A weak mark on the heading, "sources-title", does not
            // matter here.)
            let strong = b.strong_depth.is_some_and(|d| d > depth);
            if paragraphs.len() >= 2 && !strong && is_end_matter_heading(b) {
                break;
            }
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
            // A dateline on its own before the text ("AUSTIN, Texas, May 2,
            // 2026 /Acme Newswire/ --"): the sentence it opens is elsewhere.
            if paragraphs.is_empty()
                && b.chars < 120
                && ["--", "\u{2014}", "\u{2013}"]
                    .iter()
                    .any(|d| b.text.trim_end().ends_with(d))
            {
                continue;
            }
            // A name or label on its own line before the first sentence of
            // the text ("Staff Reporter", "Jane Doe", "Analysis").
            if paragraphs.is_empty()
                && b.kind == BlockKind::Para
                && b.chars < 40
                && crate::text::word_count(&b.text) <= 4
                && !b
                    .text
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
            {
                continue;
            }
            // Bullet points above the first paragraph (counted here,
            // dropped below when prose follows them).
            let in_lead = paragraphs.len() == lead_len;
            if b.kind == BlockKind::Item && in_lead {
                lead_items += 1;
            } else if lead_items > 0 && prose_after.len() < 3 {
                prose_after.push(b.prose && b.kind == BlockKind::Para);
            }
            if let Some(h) = pending_heading.take() {
                // The headline again, as a sub-heading above the text.
                let headline = paragraphs.is_empty()
                    && (h1.as_deref() == Some(h)
                        || titles.iter().any(|t| t.eq_ignore_ascii_case(h)));
                if !headline {
                    paragraphs.push(h.to_string());
                    quoted.push(false);
                }
            }
            paragraphs.push(b.text.clone());
            if b.kind == BlockKind::Item && in_lead {
                // The items and the heading above them ("Key points").
                lead_len = paragraphs.len();
            }
            // Set out from the text: a quotation block or a line in
            // quotation marks.
            quoted.push(
                b.kind == BlockKind::Quote
                    || b.text.starts_with(['"', '\u{201c}', '\u{2018}', '\'']),
            );
        }
    }
    // A few bullet points above a text of prose paragraphs (two of the
    // next three) summarise the story (standfirst bullets); they are not
    // its text.
    if (1..=6).contains(&lead_items) && prose_after.iter().filter(|&&p| p).count() >= 2 {
        paragraphs.drain(..lead_len);
        quoted.drain(..lead_len);
    }
    drop_pull_quotes(&mut paragraphs, &quoted);
    Extraction { paragraphs, h1 }
}

/// Remove pull quotes: a short paragraph set out from the text (`quoted`)
/// whose words (quotation marks aside) are a passage of another, longer
/// paragraph: the magazine layout repeats a sentence from the body in
/// large type.
fn drop_pull_quotes(paragraphs: &mut Vec<String>, quoted: &[bool]) {
    if paragraphs.len() < 3 {
        return;
    }
    let core = |p: &str| -> String {
        p.trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}'
                )
        })
        .to_string()
    };
    let mut keep = vec![true; paragraphs.len()];
    for (i, p) in paragraphs.iter().enumerate() {
        let n = p.chars().count();
        if !quoted.get(i).copied().unwrap_or(false) || !(40..=400).contains(&n) {
            continue;
        }
        let needle = core(p);
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        keep[i] = !paragraphs
            .iter()
            .enumerate()
            .any(|(j, q)| j != i && q.len() > p.len() && finder.find(q.as_bytes()).is_some());
    }
    let mut k = keep.iter();
    paragraphs.retain(|_| *k.next().unwrap_or(&true));
}

/// Weakly marked sub-trees inside the content that are plainly article
/// text (two or more prose paragraphs, nearly all of their text, almost no
/// links): the rest of a story behind a "read more" toggle, a text wrapped
/// in a "promo" or "summary" class. Returns their `flag_id`s.
fn rescued_groups(blocks: &[Block], depth: u32) -> Vec<u32> {
    // (flag_id, prose paragraphs, prose chars, chars, link chars)
    let mut groups: Vec<(u32, usize, usize, usize, usize)> = Vec::new();
    for b in blocks {
        let weak_only =
            b.flag_depth.is_some_and(|d| d > depth) && b.strong_depth.is_none_or(|d| d <= depth);
        if !weak_only {
            continue;
        }
        let g = match groups.iter_mut().find(|g| g.0 == b.flag_id) {
            Some(g) => g,
            None => {
                groups.push((b.flag_id, 0, 0, 0, 0));
                groups.last_mut().expect("just pushed")
            }
        };
        if is_prose(b) {
            g.1 += 1;
            g.2 += b.chars;
        }
        g.3 += b.chars;
        g.4 += b.link_chars;
    }
    groups
        .into_iter()
        .filter(|&(_, paras, prose, chars, links)| {
            paras >= 2 && prose * 5 >= chars * 4 && links * 10 < chars
        })
        .map(|g| g.0)
        .collect()
}

/// `og:title` and the parts of `<title>` (split at " | ", " - ", ...).
fn head_titles(doc: &Doc<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut events = doc.events.iter().peekable();
    while let Some(event) = events.next() {
        let Event::Open(e) = event else {
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
                let t = match events.peek() {
                    Some(Event::Text(t)) => collapse_ws(t),
                    _ => String::new(),
                };
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
    let w = walk(&Doc::parse(html));
    let mut out = format!("chosen ranges {:?}\n", choose(&w));
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
            "  b{i} {:?} flag={:?} strong={:?} id={} {}\n",
            b.kind,
            b.flag_depth,
            b.strong_depth,
            b.flag_id,
            b.text.chars().take(50).collect::<String>()
        ));
    }
    out
}

/// The walk alone (blocks found), for profiling the harness.
#[doc(hidden)]
pub fn walk_only(doc: &Doc<'_>) -> usize {
    walk(doc).blocks.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(html: &str) -> Vec<String> {
        extract(&Doc::parse(html)).paragraphs
    }

    #[test]
    fn tokens_split_on_case_and_separators() {
        let t: Vec<String> = split_tokens("relatedLinks ad-slot_top").collect();
        assert_eq!(t, ["related", "links", "ad", "slot", "top"]);
        for name in [
            "relatedLinks ad-slot_top",
            "NavBar--x",
            "a1B2",
            "ÜberBox top",
            "averyveryverylongtokenhere-ad",
        ] {
            let mut seen = Vec::new();
            for_each_token(name, |t| {
                seen.push(t.to_string());
                true
            });
            let want: Vec<String> = split_tokens(name)
                .filter(|t| t.is_ascii() && t.len() <= 16)
                .collect();
            assert_eq!(seen, want, "{name}");
        }
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

    const P1: &str = "The harbour authority approved the new terminal on Tuesday, ending a dispute that lasted two years.";
    const P2: &str = "Construction is due to start in the spring, and the first ships should dock there within three years.";
    const P3: &str = "Local fishermen, who had opposed the plan, said they would study the conditions before deciding anything.";

    #[test]
    fn climbs_to_the_container_of_an_article_split_in_wrappers() {
        // Every paragraph in three levels of its own wrappers; the first
        // piece is the longest, so it scores best on its own.
        let piece =
            |p: &str| format!("<div class=\"part\"><div><div><p>{p} {p}</p></div></div></div>");
        let small = |p: &str| format!("<div class=\"part\"><div><div><p>{p}</p></div></div></div>");
        let html = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/n>News</a></nav><div id=\"x\">{}{}{}</div>\
             <div class=\"links\"><a href=/a>Other story one</a> <a href=/b>Other story two</a></div></body></html>",
            piece(P1),
            small(P2),
            small(P3)
        );
        let p = paras(&html);
        assert_eq!(p, [format!("{P1} {P1}"), P2.to_string(), P3.to_string()]);
    }

    #[test]
    fn the_climb_stops_at_a_comment_section_and_at_the_article_element() {
        let chosen = |html: &str| -> Vec<String> {
            let w = walk(&Doc::parse(html));
            choose(&w)
                .ranges
                .iter()
                .flat_map(|&(s, e, _)| &w.blocks[s..e])
                .map(|b| b.text.clone())
                .collect()
        };
        // Without <article>: the climb would add the unmarked comment.
        let a = format!(
            "<html><body><div><div class=\"part\"><p>{P1}</p><p>{P2}</p></div>\
             <div class=\"box\"><h2>Join the conversation</h2><div class=\"m\"><p>{P3}</p></div></div></div></body></html>"
        );
        assert_eq!(chosen(&a), [P1, P2]);
        // The page's <article> bounds the text.
        let b = format!(
            "<html><body><div><article><p>{P1}</p><p>{P2}</p></article><div class=\"z\"><p>{P3}</p></div></div></body></html>"
        );
        assert_eq!(chosen(&b), [P1, P2]);
        // Without either, the neighbouring prose is part of the text.
        let c = format!(
            "<html><body><div><div class=\"part\"><p>{P1}</p><p>{P2}</p></div><div class=\"z\"><p>{P3}</p></div></div></body></html>"
        );
        assert_eq!(chosen(&c), [P1, P2, P3]);
    }

    #[test]
    fn weakly_marked_article_paragraphs_are_kept_strong_marks_are_not() {
        let html = format!(
            "<html><body><div class=\"story-body\"><p>{P1}</p>\
             <div id=\"read-more\"><p>{P2}</p><p>{P3}</p></div>\
             <div class=\"comments\"><p>{P3}</p></div></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
    }

    #[test]
    fn drops_a_leading_name_line_and_newsletter_pitches() {
        let html = format!(
            "<html><body><article><p>Staff Reporter</p><p>{P1}</p>\
             <div class=\"nl\"><p>Get the morning briefing delivered to your inbox: sign up for our free newsletter today.</p></div>\
             <p>{P2}</p></article></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
    }

    #[test]
    fn comment_headings_are_told_from_article_headings() {
        for h in [
            "Comments",
            "12 Comments",
            "Comments (3)",
            "Reader comments",
            "Show all comments",
            "3 Responses",
            "Join the conversation",
            "Leave a Reply",
            "Have your say",
        ] {
            assert!(is_comments_heading(h), "{h}");
        }
        for h in [
            "Response",
            "Discussion",
            "Public comment period",
            "The conversation nobody wants",
            "Responses to the proposal",
        ] {
            assert!(!is_comments_heading(h), "{h}");
        }
    }

    #[test]
    fn a_comment_section_inside_the_content_ends_the_text() {
        let html = format!(
            "<html><body><div class=\"wrap\"><p>{P1}</p><p>{P2}</p>\
             <h3>4 Comments</h3><div class=\"t\"><p>{P3}</p></div></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
    }

    #[test]
    fn pitches_and_end_matter_are_not_text() {
        let stock = [
            "Start your day with our briefing: it lands in your inbox at 6 a.m.",
            "Sign up for our free newsletter and never miss a story.",
            "By signing up you agree to the Terms of Use and the Privacy Policy.",
            "Got a tip? Write to the newsroom.",
            "This story follows our editorial standards.",
            "Has this happened to you? Tell us about your experience by email.",
            "The views expressed here are those of the author alone.",
        ];
        let text = [
            "More than 2,000 residents signed up for the scheme in its first week, the council said.",
            "The company said it would subscribe to the new standard next year.",
        ];
        assert_stock(&stock, &text);
    }

    #[test]
    fn desk_sign_offs_partnership_and_contact_lines_are_not_text() {
        let stock = [
            "[Edited by Anna Berg/Tom Lee]",
            "Reporting by Jane Doe in Oslo; Editing by John Roe",
            "Contributing: Dev Raman, Main Street Today Network",
            "This story was produced in partnership with the Valley News Collaborative.",
            "This reporting is supported in part by a grant from a family foundation.",
            "Have a question about this story or a tip for our newsroom? Email news@example.org.",
            "Jane Doe is a reporter for the Riverton Courier. Contact her at jdoe@example.com.",
            "Jane Doe covers schools for the Courier. Reach Jane at jdoe@example.com.",
            "Do you know anything else about this? Using a non-work device, reach us at tips@example.org.",
        ];
        let text = [
            "The report was edited by a panel of three judges before it was published in March.",
            "Customers were told to contact support@example.com if their card had been charged twice.",
            "Have a question about your tax return? The revenue service extended its phone hours this month.",
            "The policy covers claims filed by email at claims@example.com within thirty days of the storm.",
            "Customers can reach the company's support team at help@example.com, the regulator said.",
        ];
        assert_stock(&stock, &text);
    }

    #[test]
    fn a_small_box_around_a_form_is_not_text_but_a_page_in_a_form_is() {
        let signup = "<div class=\"wp-block-group\"><h2>Get Weekend Reads</h2><p>The best of our reporting from the week, every Saturday.</p>\
             <div><form><input type=\"email\"><input type=\"submit\" value=\"Sign up\"></form></div></div>";
        let html = format!(
            "<html><body><article><p>{P1}</p>{signup}<p>{P2}</p><p>{P3}</p></article></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
        // ASP.NET wraps the whole page in one form.
        let html = format!(
            "<html><body><form id=\"aspnetForm\"><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></form></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
    }

    #[test]
    fn collapsed_toggle_cards_are_not_text() {
        let html = format!(
            "<html><body><article><p>{P1}</p><p>{P2}</p><div class=\"kg-card kg-toggle-card\"><h4>Why we're covering this</h4>\
             <div class=\"kg-toggle-content\"><p>Readers asked us to follow this issue closely in our annual survey of what matters to them.</p></div></div><p>{P3}</p></article></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
    }

    #[test]
    fn newsletter_sign_offs_series_and_nonprofit_notes_are_not_text() {
        let stock = [
            "Originally published at fieldnotes.example on February 3, 2026.",
            "Thanks for reading. If you found this useful, give it a clap and follow us.",
            "That\u{2019}s it for this week. Forward this to a friend who would like it.",
            "Programming note: there will be no Friday edition this week.",
            "This story is part of our series on how public money is spent.",
            "The Valley Current is an independent, nonprofit newsroom supported by readers like you.",
            "This story is free to read because our members pay for it. Join them from $5 a month.",
            "Staff Reporter covers schools for The Millrace. Reach them at staff@millrace.example.",
            "Get the latest local news straight to your phone by joining our WhatsApp community HERE",
        ];
        let text = [
            "The nonprofit newsroom said its audience had doubled since the merger was announced last spring.",
            "Thanks to the new funding, the clinic will stay open on weekends through the end of the year.",
        ];
        assert_stock(&stock, &text);
    }

    #[test]
    fn fact_boxes_are_not_text() {
        let html = format!(
            "<html><body><article class=\"node node--promoted\"><div class=\"paragraph paragraph--type--text\"><div class=\"field--label-hidden\"><p>{P1}</p><p>{P2}</p></div></div>\
             <div class=\"paragraph paragraph--type--factbox\"><h3>What happens next</h3><p>Negotiators meet again next week to settle the remaining chapters of the text.</p></div>\
             <div class=\"paragraph paragraph--type--text\"><div class=\"field--label-hidden\"><p>{P3}</p></div></div></article></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
    }

    /// Each of `stock` is a stock phrase, none of `text` is.
    fn assert_stock(stock: &[&str], text: &[&str]) {
        for t in stock {
            assert!(is_stock_phrase(t), "{t}");
        }
        for t in text {
            assert!(!is_stock_phrase(t), "{t}");
        }
    }

    #[test]
    fn donation_appeals_citations_and_credited_captions_are_not_text() {
        let stock = [
            "00:39 Introduction",
            "(1:02:10) Listener questions",
            "Thousands rely on us every day. Please consider a one-off donation to help keep our reporting free.",
            "Citation: Harbour terminal approved (2026, May 2) retrieved 2 May 2026 from https://example.org/news",
            "Workers check equipment at the new terminal on Monday. [Photo/Agencies]",
            "The new terminal seen from the harbour wall (Photo: Port Authority)",
            "Workers at the site earlier this month. Photo: Staff photographer",
            "The cast at the premiere.Courtesy Acme Pictures",
            "Posted in Local News on Thursday, May 2.",
            "The author is a lecturer in planning. These views do not necessarily reflect those of the paper.",
        ];
        let text = [
            "The charity said the donation would pay for two new lifeboats (the first since 1998).",
            "The photo agency said it had sold 3,000 images of the launch [at a record price].",
            "The mayor thanked the crews. Photo: the council will publish the images next week, along with the full report on the cost of the repairs.",
            "10:30 The council voted to approve the terminal.",
            "2:1 was the final score.",
            "More than two million people download the app each month, the company said.",
        ];
        assert_stock(&stock, &text);
    }

    #[test]
    fn every_kind_of_pitch_passes_the_prefilter() {
        // One example per alternative of `is_pitch`, in mixed case: the
        // automaton in front of it must let each through.
        for t in [
            "It lands in Your Inbox at six.",
            "By Signing Up you accept our terms.",
            "By subscribing you accept our terms.",
            "Read our Terms of Use and Privacy notice.",
            "Sign up for our Newsletter.",
            "Subscribe for free today.",
            "Read our Corrections Policy.",
            "This story follows our Editorial Standards.",
            "Found an error? Write to our Corrections Desk.",
            "The Beacon is Committed to Accuracy.",
            "We would like to hear from you.",
            "We'd like to hear from you.",
            "Tell us about your experience.",
            "Has this story affected you? Write to us.",
            "Please consider a donation to our newsroom.",
            "Support our journalism today.",
            "Support independent journalism today.",
            "Citation: A story (2026, May 2) retrieved 2 May 2026 from https://example.org",
            "You can contact us in confidence.",
            "This article is for general information only.",
            "It does not constitute investment advice.",
            "It is not a recommendation to buy or sell any security.",
            "The views expressed are the author's own.",
            "They do not necessarily reflect ours.",
            "Disclosure: the author holds no shares in the companies named.",
            "Learn more about Your Ad Choices.",
            "How we vetted this: our team checks every product.",
            "To send flowers to the family, please visit our floral store.",
            "When you buy through our links we may earn an Affiliate Commission.",
            "Why you can trust us: we test every product.",
            "How we test: two weeks of daily use.",
            "Correction: An earlier version of this story misstated the date.",
            "This article is presented as it appeared in the printed edition.",
            "(With inputs from agencies)",
            "This story has not been edited by our staff.",
            "It is published from a syndicated feed.",
            "Catch all the Business News here.",
            "Download the Beacon app for alerts.",
            "A view of the quay at dawn [Photo/Agencies]",
            "Got a tip? Write to us.",
            "Got a news tip? Write to us.",
            "Have a tip? Write to us.",
            "Have a news tip? Write to us.",
            "Send us a tip at the address below.",
            "Do you have a story? Email the news desk.",
            "Have an opinion on this story? Share it!",
        ] {
            assert!(is_stock_phrase(t), "{t}");
        }
    }

    #[test]
    fn a_pitch_scores_nothing_when_the_container_is_chosen() {
        // A newsletter box with a long, sentence-like pitch beside a short
        // article: the article is still the content.
        let html = format!(
            "<html><body><div class=\"c\"><div><p>{P1}</p></div><div><p>{P2}</p></div></div>\
             <div class=\"box\"><p>Start every morning with the stories that matter in your city, \
             delivered to your inbox before breakfast by our editors, and never miss a thing again.</p></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
    }

    #[test]
    fn every_post_of_a_live_blog_is_text() {
        // Each post its own <article>, the first far longer than the rest.
        let post = |h: &str, p: &str| {
            format!(
                "<article class=\"block\"><header><time>09:{h}</time></header><h2>Update</h2><div class=\"b\"><p>{p}</p></div></article>"
            )
        };
        let html = format!(
            "<html><body><div class=\"feed\">{}{}{}</div><div class=\"more\"><a href=/x>More live coverage</a></div></body></html>",
            post("40", &format!("{P1} {P2} {P3} {P1} {P2}")),
            post("30", P2),
            post("20", P3)
        );
        let text = paras(&html).join(" ");
        assert!(text.contains(P3), "{text}");
        assert!(text.contains(&format!("{P1} {P2} {P3}")), "{text}");
    }

    #[test]
    fn press_release_end_matter_and_a_bare_dateline_are_not_text() {
        let html = format!(
            "<html><body><div class=\"release\"><p>SPRINGFIELD, May 2, 2026 /Acme Wire/ --</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>\
             <p><b>About Harbourline Ltd.</b></p><p>Harbourline operates four container terminals and employs 2,300 people across the region.</p>\
             <p><b>Media contact:</b></p><p>Jane Roe, press@harbourline.example</p></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
        let heading = |t: &str| Block {
            text: t.to_string(),
            chars: t.len(),
            link_chars: 0,
            kind: BlockKind::Heading(3),
            flag_depth: None,
            strong_depth: None,
            flag_id: 0,
            prose: false,
            stock: false,
        };
        for t in [
            "About the author",
            "Forward-Looking Statements",
            "Media Contacts:",
            "About Acme Corp.",
            "Sources [edit]",
            "Disclosures",
            "Quick facts",
            "In other news",
            "Frequently Asked Questions",
            "Guest Book",
            "How we reviewed this article:",
            "How we fact-check",
        ] {
            assert!(is_end_matter_heading(&heading(t)), "{t}");
        }
        for t in [
            "About the study",
            "Why it matters",
            "About 300 jobs at stake",
            "Contacts with the rebels",
            "How we got here",
            "How we vetted this",
        ] {
            assert!(!is_end_matter_heading(&heading(t)), "{t}");
        }
    }

    #[test]
    fn standfirst_bullets_and_the_headline_as_a_subheading_are_not_text() {
        let html = format!(
            "<html><head><title>Harbour terminal approved | The Beacon</title></head><body><div class=\"c\">\
             <h2>Harbour terminal approved</h2><ul><li>Two-year dispute ends with a vote</li><li>Work starts in spring</li></ul>\
             <p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
        // A text that is a list stays a list.
        let list = format!(
            "<html><body><div class=\"c\"><ul><li>{P1}</li><li>{P2}</li></ul><p>Short note.</p><ul><li>{P3}</li></ul></div></body></html>"
        );
        assert_eq!(paras(&list), [P1, P2, "Short note.", P3]);
    }

    #[test]
    fn wiki_apparatus_ends_the_text_but_a_table_cell_does_not() {
        let html = format!(
            "<html><body><div class=\"mw-parser-output\"><p>{P1}</p><table><tr><td>Notes</td><td>Figures for 2025</td></tr></table>\
             <p>{P2}</p><h2>Sources<span class=\"mw-editsection\">[<a href=\"/e\">edit</a>]</span></h2>\
             <ul><li>Jane Roe. \"Terminal approved\" \u{2014} The Beacon, May 2, 2026</li></ul><p>{P3}</p></div></body></html>"
        );
        let text = paras(&html);
        assert!(text.contains(&P2.to_string()), "{text:?}");
        assert!(!text.contains(&P3.to_string()), "{text:?}");
        assert!(!text.iter().any(|p| p.contains("Jane Roe")), "{text:?}");
    }

    #[test]
    fn the_hidden_rest_of_a_story_is_text_a_hidden_dialog_is_not() {
        for hide in ["hidden", "style=\"display: none\"", "aria-hidden=\"true\""] {
            let html = format!(
                "<html><body><div class=\"story\"><p>{P1}</p><div class=\"wall\"><p>Subscribe to read on.</p></div>\
                 <div class=\"rest\" {hide}><p>{P2}</p><p>{P3}</p></div>\
                 <div class=\"dialog\" {hide}><p>Choose your region.</p><a href=/a>Europe</a> <a href=/b>Asia</a></div></div></body></html>"
            );
            assert_eq!(paras(&html), [P1, P2, P3], "{hide}");
        }
        // One hidden sentence is not "plainly article paragraphs".
        let html = format!(
            "<html><body><div class=\"story\"><p>{P1}</p><p>{P2}</p><div hidden><p>{P3}</p></div></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
    }

    #[test]
    fn rdfa_article_body_is_the_article() {
        // `property="schema:articleBody"` says what `itemprop` says.
        let html = format!(
            "<html><body><div class=\"post\"><h1>Title</h1><div class=\"md overflow-hidden\" property=\"schema:articleBody\">\
             <p>{P1}</p><p>{P2}</p></div><div class=\"thread\"><div class=\"c\"><p>{P3}</p></div></div></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
    }

    #[test]
    fn a_container_opening_with_end_matter_is_not_the_article() {
        // A two-paragraph story beside a longer methodology section.
        let long = format!("{P3} {P3} {P3}");
        let html = format!(
            "<html><body><main><div class=\"a\"><p>{P1}</p><p>{P2}</p></div>\
             <div class=\"b\"><h2>How we reported this story</h2><p>{long}</p><p>{long}</p></div></main></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
    }

    #[test]
    fn pull_quotes_repeating_the_text_are_dropped() {
        let html = format!(
            "<html><body><article><p>{P1}</p><aside class=\"pq\">x</aside><blockquote class=\"pull\">\u{201c}ending a dispute that lasted two years\u{201d}</blockquote><p>{P2}</p><p>{P3}</p></article></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
    }

    #[test]
    fn promoted_is_a_state_but_promoted_stories_are_chrome() {
        assert!(matches!(judge_name("node--promoted"), NameVerdict::Neutral));
        assert!(matches!(
            judge_name("promoted-stories"),
            NameVerdict::WeakNegative
        ));
    }

    #[test]
    fn a_weak_mark_before_an_article_body_name_is_no_mark() {
        for (name, positive, negative) in [
            ("widget-rich-text", true, false),
            ("promo-article-body", true, false),
            ("comments-article-body", false, true),
            ("widget-sidebar", false, true),
            // A CSS utility class is no sign.
            ("overflow-hidden", false, false),
            // A state modifier: a node promoted to the front page.
            ("node--promoted", false, false),
            ("is-promoted", false, false),
            // Drupal: the field's label is hidden, not the field.
            ("field--label-hidden", false, false),
            // Text for subscribers is text; a subscribe box is not.
            ("subscriber-only", false, false),
            ("subscriber-preview", false, false),
            ("subscribe-box", false, true),
        ] {
            let v = judge_name(name);
            assert_eq!(
                matches!(v, NameVerdict::Positive),
                positive,
                "{name}: {v:?}"
            );
            assert_eq!(
                matches!(v, NameVerdict::Negative),
                negative,
                "{name}: {v:?}"
            );
        }
    }

    #[test]
    fn page_state_classes_and_list_items_do_not_mark_chrome() {
        // "ads-enabled" on <html> and "__list-item" on article list items.
        let html = format!(
            "<html class=\"ads-enabled no-js\"><body><div class=\"story-body\"><p>{P1}</p>\
             <ul class=\"story-body__list\"><li class=\"story-body__list-item\">{P2}</li></ul><p>{P3}</p></div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2, P3]);
    }

    #[test]
    fn players_custom_chrome_elements_and_rules_are_not_text() {
        let html = format!(
            "<html><body><div class=\"story\"><p>{P1}</p>\
             <div class=\"video-player\"><p>Good evening. We begin tonight with the vote that everyone has been waiting for.</p></div>\
             <site-trending-rail><p>{P3} {P3}</p></site-trending-rail>\
             <p>___</p><p>{P2}</p>\
             <p>This article is provided for general information only and does not constitute investment advice.</p>\
             </div></body></html>"
        );
        assert_eq!(paras(&html), [P1, P2]);
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
