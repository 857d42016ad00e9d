//! A page as a flat stream of element and text events, from one pass over
//! its bytes.
//!
//! The extractor and the metadata reader walk a page once, in document
//! order, and need element names, a few attributes, text, and a nesting
//! that matches what a browser builds for ordinary markup. A full DOM is
//! more than that and costs more than everything else in `normalize`
//! together: html5ever's tokenizer alone (which scraper parses with) runs
//! at about 240 MB/s here, char by char, and its tree builder and
//! scraper's tree double that. So this module has its own tokenizer that
//! looks only for what the extractor reads, with `memchr` over the bytes:
//!
//! - tags with their attributes (quoted, unquoted and bare; names lower
//!   cased; the first of a repeated attribute wins), comments, doctypes,
//!   CDATA and processing instructions (skipped);
//! - character references in text and attribute values (named, from the
//!   HTML standard's table as html5ever ships it in `markup5ever`, decimal
//!   and hex, with the standard's replacements for NUL, surrogates and the
//!   C1 range; the legacy names without `;`);
//! - elements whose content is never text of the page, skipped whole
//!   without tokenizing it: `script` (kept for JSON-LD), `style`, `svg`,
//!   `math`, `template`, `iframe`, `noscript`, `xmp`, `noembed`,
//!   `noframes`, and navigation, footers and asides (which the extractor
//!   drops anyway, and whose menus and link farms are often most of the
//!   markup); `title` and `textarea` hold text with references, no tags.
//!
//! A small builder then applies the tree-construction rules that shape
//! ordinary pages:
//! - void elements (`br`, `img`, `meta`, ...) close at once;
//! - an open `<p>` is closed by a block start (`div`, `ul`, `h2`, ...);
//!   `li`, `dt`/`dd`, `td`/`th`, `tr`, `option` close an open sibling of
//!   their kind; a new `<a>` or heading closes an open one;
//! - an end tag closes everything opened after its element; one without
//!   an open element is ignored; `</br>` is a `<br>`;
//! - content outside `<head>` elements opens an implied `<body>`; a later
//!   `<html>`, `<head>` or `<body>` is ignored; all is closed at the end.
//!
//! Misnested formatting tags (`<b><i></b></i>`) and tables with stray text
//! come out differently from a browser's DOM, which changes no paragraph
//! text. Pages nesting deeper than [`MAX_NESTING`] stop being read there
//! (`Doc::too_deep`): browsers stop nesting at a few hundred levels (Blink
//! at 512), and the builder's end-tag search is linear in the depth.

use std::borrow::Cow;

/// Deepest element nesting read.
pub const MAX_NESTING: usize = 1_500;

/// One element start: its name and attributes.
#[derive(Debug, Clone)]
pub struct Elem<'a> {
    name: Cow<'a, str>,
    attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl<'a> Elem<'a> {
    /// Lower-case element name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The value of attribute `name` (lower case).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| &**v)
    }

    /// All attributes as `(name, value)`.
    pub fn attrs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attrs.iter().map(|(k, v)| (&**k, &**v))
    }
}

/// One event of the stream; every `Open` has a matching `Close`.
#[derive(Debug, Clone)]
pub enum Event<'a> {
    Open(Elem<'a>),
    Close,
    Text(Cow<'a, str>),
}

/// A parsed page.
#[derive(Debug, Default)]
pub struct Doc<'a> {
    pub events: Vec<Event<'a>>,
    /// Elements nested deeper than [`MAX_NESTING`]: reading stopped there.
    pub too_deep: bool,
}

impl<'a> Doc<'a> {
    pub fn parse(html: &'a str) -> Doc<'a> {
        let mut b = Builder::default();
        Lexer { s: html, i: 0 }.run(&mut b);
        b.finish()
    }
}

// ---------------------------------------------------------------- lexer

struct Lexer<'a> {
    s: &'a str,
    i: usize,
}

/// Position of `needle` (ASCII case-insensitive) at or after `from`.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut i = from;
    loop {
        let tail = hay.get(i..)?;
        let p = i + memchr::memchr2(first.to_ascii_lowercase(), first.to_ascii_uppercase(), tail)?;
        if hay
            .get(p + 1..p + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return Some(p);
        }
        i = p + 1;
    }
}

/// Whether position `p` ends a tag name (whitespace, `/`, `>` or the end).
fn name_ends(b: &[u8], p: usize) -> bool {
    b.get(p)
        .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
}

/// Position of the next `</name` (a whole name) at or after `from`.
fn end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut needle = Vec::with_capacity(name.len() + 2);
    needle.extend_from_slice(b"</");
    needle.extend_from_slice(name.as_bytes());
    let mut i = from;
    loop {
        let p = find_ci(b, i, &needle)?;
        if name_ends(b, p + needle.len()) {
            return Some(p);
        }
        i = p + 1;
    }
}

/// Position of the `</name` that closes the element whose content starts
/// at `from`, counting nested elements of the same name.
fn matching_end(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut open = Vec::with_capacity(name.len() + 1);
    open.push(b'<');
    open.extend_from_slice(name.as_bytes());
    let mut nested = 0usize;
    let mut i = from;
    loop {
        let c = end_tag(b, i, name)?;
        let mut j = i;
        while let Some(o) = find_ci(b, j, &open).filter(|&o| o < c) {
            if name_ends(b, o + open.len()) {
                nested += 1;
            }
            j = o + open.len();
        }
        if nested == 0 {
            return Some(c);
        }
        nested -= 1;
        i = c + 2;
    }
}

fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|c| c.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Elements whose content is skipped unread.
fn skipped_content(name: &str) -> bool {
    matches!(
        name,
        "style"
            | "svg"
            | "math"
            | "template"
            | "iframe"
            | "noscript"
            | "xmp"
            | "noembed"
            | "noframes"
            | "select"
    )
}

/// Elements (and everything inside) dropped when they close properly and
/// hold no JSON-LD.
fn dropped_subtree(name: &str) -> bool {
    matches!(name, "nav" | "footer" | "aside")
}

impl<'a> Lexer<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.s.as_bytes()
    }

    /// Skip past the next `>` (for end tags, doctypes and bogus comments).
    fn skip_past_gt(&mut self) {
        let b = self.bytes();
        self.i =
            memchr::memchr(b'>', &b[self.i.min(b.len())..]).map_or(b.len(), |p| self.i + p + 1);
    }

    /// The tag name starting at `self.i`.
    fn name(&mut self) -> &'a str {
        let b = self.bytes();
        let start = self.i;
        while self.i < b.len() && !name_ends(b, self.i) {
            self.i += 1;
        }
        // Tag names start with an ASCII letter and end at ASCII bytes, so
        // both ends are character boundaries.
        self.s.get(start..self.i).unwrap_or_default()
    }

    fn run(&mut self, out: &mut Builder<'a>) {
        let b = self.bytes();
        while self.i < b.len() && !out.too_deep {
            let lt = memchr::memchr(b'<', &b[self.i..]).map_or(b.len(), |p| self.i + p);
            if lt > self.i {
                out.text(decode(&self.s[self.i..lt], false));
            }
            if lt >= b.len() {
                break;
            }
            self.i = lt;
            match b.get(lt + 1) {
                Some(b'!') => {
                    if b.get(lt + 2..lt + 4) == Some(b"--") {
                        self.i = find_ci(b, lt + 4, b"-->").map_or(b.len(), |p| p + 3);
                    } else if b
                        .get(lt + 2..lt + 9)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"[CDATA["))
                    {
                        self.i = find_ci(b, lt + 9, b"]]>").map_or(b.len(), |p| p + 3);
                    } else {
                        self.skip_past_gt();
                    }
                }
                Some(b'?') => self.skip_past_gt(),
                Some(b'/') => match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        self.i = lt + 2;
                        let name = lower(self.name());
                        self.skip_tag_rest();
                        out.end(&name);
                    }
                    Some(b'>') => self.i = lt + 3,
                    Some(_) => self.skip_past_gt(),
                    None => self.i = b.len(),
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    self.i = lt + 1;
                    self.start_tag(out);
                }
                _ => {
                    out.text(Cow::Borrowed("<"));
                    self.i = lt + 1;
                }
            }
        }
    }

    /// Skip the rest of an end tag up to and past `>`, honouring quotes.
    fn skip_tag_rest(&mut self) {
        let b = self.bytes();
        let mut quote: Option<u8> = None;
        while let Some(&c) = b.get(self.i) {
            self.i += 1;
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == b'"' || c == b'\'' => quote = Some(c),
                None if c == b'>' => return,
                None => {}
            }
        }
    }

    /// Continue after the end tag that starts at `end` (the end of the
    /// input when it is never closed).
    fn past_end_tag(&mut self, end: usize) {
        self.i = end;
        if end < self.bytes().len() {
            self.i = end + 2;
            self.name();
            self.skip_tag_rest();
        }
    }

    /// A start tag from its name; `self.i` is at the name.
    fn start_tag(&mut self, out: &mut Builder<'a>) {
        let b = self.bytes();
        let name = lower(self.name());
        let mut attrs: Vec<(Cow<'a, str>, Cow<'a, str>)> = Vec::new();
        // Attributes up to `>`; a tag cut off by the end of the input is
        // dropped, as the standard says.
        loop {
            while self
                .i
                .lt(&b.len())
                .then(|| b[self.i])
                .is_some_and(|c| c.is_ascii_whitespace() || c == b'/')
            {
                self.i += 1;
            }
            let Some(&c) = b.get(self.i) else {
                return;
            };
            if c == b'>' {
                self.i += 1;
                break;
            }
            let k0 = self.i;
            self.i += 1;
            while b
                .get(self.i)
                .is_some_and(|&c| !(c.is_ascii_whitespace() || c == b'/' || c == b'>' || c == b'='))
            {
                self.i += 1;
            }
            let key = self.s.get(k0..self.i).unwrap_or_default();
            let mut j = self.i;
            while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            let mut value: &'a str = "";
            if b.get(j) == Some(&b'=') {
                j += 1;
                while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                match b.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let Some(close) = memchr::memchr(q, &b[j + 1..]) else {
                            self.i = b.len();
                            return;
                        };
                        value = self.s.get(j + 1..j + 1 + close).unwrap_or_default();
                        j += close + 2;
                    }
                    Some(_) => {
                        let v0 = j;
                        while b
                            .get(j)
                            .is_some_and(|&c| !(c.is_ascii_whitespace() || c == b'>'))
                        {
                            j += 1;
                        }
                        value = self.s.get(v0..j).unwrap_or_default();
                    }
                    None => {
                        self.i = b.len();
                        return;
                    }
                }
                self.i = j;
            }
            let key = lower(key);
            if !attrs.iter().any(|(k, _)| *k == key) {
                attrs.push((key, decode(value, true)));
            }
        }
        let content = self.i;
        let name_str: &str = &name;
        if name_str == "script" {
            let json_ld = attrs
                .iter()
                .any(|(k, v)| k == "type" && v.trim().eq_ignore_ascii_case("application/ld+json"));
            let end = end_tag(b, content, "script").unwrap_or(b.len());
            let body = &self.s[content..end];
            self.past_end_tag(end);
            out.leaf(name, attrs, json_ld.then_some(Cow::Borrowed(body)));
            return;
        }
        if matches!(name_str, "title" | "textarea") {
            let end = end_tag(b, content, name_str).unwrap_or(b.len());
            let body = decode(&self.s[content..end], false);
            self.past_end_tag(end);
            out.leaf(name, attrs, Some(body));
            return;
        }
        if name_str == "plaintext" {
            let body = decode(&self.s[content..], false);
            self.i = b.len();
            out.leaf(name, attrs, Some(body));
            return;
        }
        let skip_to = if skipped_content(name_str) {
            // Same-name nesting only matters for the foreign elements.
            if matches!(name_str, "svg" | "math" | "template") {
                matching_end(b, content, name_str)
            } else {
                end_tag(b, content, name_str)
            }
        } else if dropped_subtree(name_str) {
            matching_end(b, content, name_str).filter(|&end| {
                !b[content..end]
                    .windows(7)
                    .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
            })
        } else {
            None
        };
        match skip_to {
            Some(end) => {
                self.past_end_tag(end);
                out.leaf(name, attrs, None);
            }
            None if skipped_content(name_str) => {
                // Never closed: nothing after it is page text.
                self.i = b.len();
                out.leaf(name, attrs, None);
            }
            None => out.start(name, attrs),
        }
    }
}

/// Decode character references in `s` (`attr`: inside an attribute value,
/// where a legacy reference without `;` before a letter, digit or `=` is
/// left as it is).
fn decode(s: &str, attr: bool) -> Cow<'_, str> {
    let b = s.as_bytes();
    let Some(first) = memchr::memchr(b'&', b) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut i = first;
    while i < b.len() {
        let Some(p) = memchr::memchr(b'&', &b[i..]) else {
            out.push_str(&s[i..]);
            break;
        };
        out.push_str(&s[i..i + p]);
        i += p;
        // At '&'.
        let (consumed, chars) = reference(b, i, attr);
        if consumed == 0 {
            out.push('&');
            i += 1;
        } else {
            out.extend(chars.into_iter().flatten());
            i += consumed;
        }
    }
    Cow::Owned(out)
}

/// The character reference at `b[at] == b'&'`: bytes consumed (0 when it
/// is not one) and the characters it stands for.
fn reference(b: &[u8], at: usize, attr: bool) -> (usize, [Option<char>; 2]) {
    let none = (0, [None, None]);
    match b.get(at + 1) {
        Some(b'#') => {
            let (hex, start) = match b.get(at + 2) {
                Some(b'x' | b'X') => (true, at + 3),
                _ => (false, at + 2),
            };
            let mut j = start;
            let mut cp: u32 = 0;
            while let Some(&c) = b.get(j) {
                let d = match (hex, c) {
                    (_, b'0'..=b'9') => u32::from(c - b'0'),
                    (true, b'a'..=b'f') => u32::from(c - b'a' + 10),
                    (true, b'A'..=b'F') => u32::from(c - b'A' + 10),
                    _ => break,
                };
                cp = cp
                    .saturating_mul(if hex { 16 } else { 10 })
                    .saturating_add(d);
                j += 1;
            }
            if j == start {
                return none;
            }
            if b.get(j) == Some(&b';') {
                j += 1;
            }
            let c = match cp {
                0 => '\u{FFFD}',
                0x80..=0x9F => markup5ever::data::C1_REPLACEMENTS[(cp - 0x80) as usize]
                    .or_else(|| char::from_u32(cp))
                    .unwrap_or('\u{FFFD}'),
                _ => char::from_u32(cp).unwrap_or('\u{FFFD}'),
            };
            (j - at, [Some(c), None])
        }
        Some(c) if c.is_ascii_alphanumeric() => {
            // Longest name in the table (which also holds every prefix of
            // every name, mapped to (0, 0)).
            let mut best: Option<(usize, (u32, u32))> = None;
            let mut k = at + 1;
            while let Some(&c) = b.get(k) {
                if !(c.is_ascii_alphanumeric() || c == b';') {
                    break;
                }
                k += 1;
                // ASCII only so far, so this is a character boundary.
                let key = std::str::from_utf8(&b[at + 1..k]).unwrap_or_default();
                match markup5ever::data::NAMED_ENTITIES.get(key) {
                    Some(&v) => {
                        if v != (0, 0) {
                            best = Some((k, v));
                        }
                        if c == b';' {
                            break;
                        }
                    }
                    None => break,
                }
            }
            let Some((end, (c1, c2))) = best else {
                return none;
            };
            if attr
                && b[end - 1] != b';'
                && b.get(end)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'=')
            {
                return none;
            }
            let c2 = (c2 != 0).then(|| char::from_u32(c2)).flatten();
            (end - at, [char::from_u32(c1), c2])
        }
        _ => none,
    }
}

// -------------------------------------------------------------- builder

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "dd",
    "dt",
    "plaintext",
    "xmp",
    "listing",
];

/// Elements that may appear before the body without opening it.
const HEAD_LEVEL: &[&str] = &[
    "html", "head", "title", "meta", "link", "script", "style", "base", "noscript", "template",
];

/// Elements a search for an implied end tag does not look past.
const SCOPE: &[&str] = &[
    "table", "td", "th", "caption", "html", "body", "object", "marquee", "applet", "template",
    "button",
];

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

#[derive(Default)]
struct Builder<'a> {
    events: Vec<Event<'a>>,
    /// Open elements (their names).
    stack: Vec<Cow<'a, str>>,
    body_open: bool,
    too_deep: bool,
}

type Attrs<'a> = Vec<(Cow<'a, str>, Cow<'a, str>)>;

impl<'a> Builder<'a> {
    fn open(&mut self, name: Cow<'a, str>, attrs: Attrs<'a>) {
        if self.stack.len() >= MAX_NESTING {
            self.too_deep = true;
            return;
        }
        self.stack.push(name.clone());
        self.events.push(Event::Open(Elem { name, attrs }));
    }

    /// Close everything down to and including stack position `pos`.
    fn close_to(&mut self, pos: usize) {
        while self.stack.len() > pos {
            self.stack.pop();
            self.events.push(Event::Close);
        }
    }

    /// Position of the nearest open element accepted by `want`, not looking
    /// past an element accepted by `stop` (or a scope boundary).
    fn find(&self, want: impl Fn(&str) -> bool, stop: impl Fn(&str) -> bool) -> Option<usize> {
        self.find_within(want, |n| stop(n) || SCOPE.contains(&n))
    }

    /// `find` with only the given boundary (table parts search inside
    /// their own table).
    fn find_within(
        &self,
        want: impl Fn(&str) -> bool,
        stop: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        for (i, n) in self.stack.iter().enumerate().rev() {
            let n: &str = n;
            if want(n) {
                return Some(i);
            }
            if stop(n) {
                return None;
            }
        }
        None
    }

    /// Open the body (closing an open head), unless it is open already.
    fn open_body(&mut self, name: Cow<'a, str>, attrs: Attrs<'a>) {
        if !self.body_open {
            self.body_open = true;
            if let Some(pos) = self.find(|n| n == "head", |_| false) {
                self.close_to(pos);
            }
            self.open(name, attrs);
        }
    }

    fn ensure_body(&mut self) {
        self.open_body(Cow::Borrowed("body"), Vec::new());
    }

    /// What any element start does first: content outside the head opens
    /// the body, a block start closes an open `<p>`.
    fn before_start(&mut self, name: &str) {
        if !HEAD_LEVEL.contains(&name) {
            self.ensure_body();
        }
        if CLOSES_P.contains(&name)
            && let Some(pos) = self.find(|n| n == "p", |_| false)
        {
            self.close_to(pos);
        }
    }

    /// An element whose content the lexer read itself: open, its text (if
    /// any), close.
    fn leaf(&mut self, name: Cow<'a, str>, attrs: Attrs<'a>, text: Option<Cow<'a, str>>) {
        self.before_start(&name);
        let depth = self.stack.len();
        self.open(name, attrs);
        if self.stack.len() > depth {
            if let Some(t) = text {
                self.events.push(Event::Text(t));
            }
            self.close_to(depth);
        }
    }

    fn start(&mut self, name: Cow<'a, str>, attrs: Attrs<'a>) {
        let n: &str = &name;
        match n {
            "html" => {
                if self.stack.is_empty() && self.events.is_empty() {
                    self.open(name, attrs);
                }
                return;
            }
            "body" => {
                self.open_body(name, attrs);
                return;
            }
            "head" => {
                if !self.body_open && !self.stack.iter().any(|n| n == "head") {
                    self.open(name, attrs);
                }
                return;
            }
            _ => {}
        }
        self.before_start(n);
        let sibling = match n {
            "li" => self.find(|n| n == "li", |n| matches!(n, "ul" | "ol" | "menu")),
            "dt" | "dd" => self.find(|n| matches!(n, "dt" | "dd"), |n| n == "dl"),
            "td" | "th" => self.find_within(
                |n| matches!(n, "td" | "th"),
                |n| matches!(n, "tr" | "table"),
            ),
            "tr" => self.find_within(
                |n| n == "tr",
                |n| matches!(n, "tbody" | "thead" | "tfoot" | "table"),
            ),
            "tbody" | "thead" | "tfoot" => self.find_within(
                |n| matches!(n, "tbody" | "thead" | "tfoot"),
                |n| n == "table",
            ),
            "option" | "optgroup" => self.find(|n| n == "option", |_| true),
            "a" => self.find(|n| n == "a", |_| false),
            _ if is_heading(n) => self
                .stack
                .last()
                .filter(|top| is_heading(top))
                .map(|_| self.stack.len() - 1),
            _ => None,
        };
        if let Some(pos) = sibling {
            self.close_to(pos);
        }
        if VOID.contains(&n) {
            self.events.push(Event::Open(Elem { name, attrs }));
            self.events.push(Event::Close);
        } else {
            self.open(name, attrs);
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "br" => {
                self.ensure_body();
                self.events.push(Event::Open(Elem {
                    name: Cow::Borrowed("br"),
                    attrs: Vec::new(),
                }));
                self.events.push(Event::Close);
            }
            // Content after these still belongs to the body.
            "body" | "html" => {}
            _ => {
                if let Some(pos) = self.stack.iter().rposition(|n| n == name) {
                    self.close_to(pos);
                }
            }
        }
    }

    fn text(&mut self, t: Cow<'a, str>) {
        if !self.body_open && t.trim().is_empty() {
            // Whitespace between head elements.
            return;
        }
        self.ensure_body();
        if let Some(Event::Text(prev)) = self.events.last_mut() {
            prev.to_mut().push_str(&t);
        } else {
            self.events.push(Event::Text(t));
        }
    }

    fn finish(mut self) -> Doc<'a> {
        self.close_to(0);
        Doc {
            events: self.events,
            too_deep: self.too_deep,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stream as a compact string: `<x>`, `</>`, text in quotes.
    fn shape(html: &str) -> String {
        let mut out = String::new();
        for e in Doc::parse(html).events {
            match e {
                Event::Open(e) => out.push_str(&format!("<{}>", e.name())),
                Event::Close => out.push_str("</>"),
                Event::Text(t) => out.push_str(&format!("{:?}", &*t)),
            }
        }
        out
    }

    #[test]
    fn implied_ends_and_voids() {
        assert_eq!(
            shape(
                "<html><head><title>T</title></head><body><p>a<div>b</div><ul><li>1<li>2</ul><br>x</body></html>"
            ),
            "<html><head><title>\"T\"</></><body><p>\"a\"</><div>\"b\"</><ul><li>\"1\"</><li>\"2\"</></><br></>\"x\"</></>"
        );
        // No <body>: content opens one; stray end tags are ignored.
        assert_eq!(
            shape("<p>one</span><p>two"),
            "<body><p>\"one\"</><p>\"two\"</></>"
        );
        // Tables: cells and rows close their siblings.
        assert_eq!(
            shape("<table><tr><td>a<td>b<tr><td>c</table>"),
            "<body><table><tr><td>\"a\"</><td>\"b\"</></><tr><td>\"c\"</></></></>"
        );
        assert_eq!(shape("<DIV>a</Div>b"), "<body><div>\"a\"</>\"b\"</>");
    }

    #[test]
    fn raw_text_comments_and_skipped_content() {
        assert_eq!(
            shape("<script>if (a<b) '<p>'</script><p>x<!-- <p>hidden</p> -->y</p>"),
            "<script></><body><p>\"xy\"</></>"
        );
        assert_eq!(
            shape(
                "<script type=\"application/ld+json\">{\"a\":\"<b>\"}</script><style>p{}</style><svg><svg></svg><text>t</text></svg>z"
            ),
            "<script>\"{\\\"a\\\":\\\"<b>\\\"}\"</><style></><body><svg></>\"z\"</>"
        );
        // Navigation is skipped whole; unclosed, it is read as usual.
        assert_eq!(
            shape("<nav><nav>a</nav>b</nav>c<nav>d"),
            "<body><nav></>\"c\"<nav>\"d\"</></>"
        );
        assert_eq!(shape("<title>a &amp; <b></title>"), "<title>\"a & <b>\"</>");
        assert_eq!(shape("a < b <3 </ c>"), "<body>\"a < b <3 \"</>");
    }

    #[test]
    fn character_references() {
        assert_eq!(
            shape("<p>x &amp; y&nbsp;z &#8217; &#x2019; &#150; &copy &notit; &bogus; &#0;</p>"),
            "<body><p>\"x & y\\u{a0}z \u{2019} \u{2019} \u{2013} \u{a9} \u{ac}it; &bogus; \u{fffd}\"</></>"
        );
        let d = Doc::parse("<a href=\"?a=1&copy=2&amp;b\" title='&lt;x&gt;'>t</a>");
        let Some(Event::Open(e)) = d
            .events
            .iter()
            .find(|e| matches!(e, Event::Open(e) if e.name() == "a"))
        else {
            panic!("no a");
        };
        assert_eq!(e.attr("href"), Some("?a=1&copy=2&b"));
        assert_eq!(e.attr("title"), Some("<x>"));
    }

    #[test]
    fn attributes() {
        let d = Doc::parse("<div CLASS=\"a b\" id=x data-q='1' hidden class=second>t</div>");
        let Some(Event::Open(e)) = d
            .events
            .iter()
            .find(|e| matches!(e, Event::Open(e) if e.name() == "div"))
        else {
            panic!("no div");
        };
        assert_eq!(e.attr("class"), Some("a b"));
        assert_eq!(e.attr("id"), Some("x"));
        assert_eq!(e.attr("hidden"), Some(""));
        assert_eq!(e.attrs().count(), 4);
        // A tag cut off by the end of the input is dropped.
        assert_eq!(shape("<p>a<div class=\"x"), "<body><p>\"a\"</></>");
    }

    #[test]
    fn nesting_is_capped() {
        let deep = "<div>".repeat(200_000);
        let d = Doc::parse(&deep);
        assert!(d.too_deep);
        assert!(d.events.len() <= 2 * MAX_NESTING + 2);
    }
}
