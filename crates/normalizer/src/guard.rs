//! A linear pre-scan of the markup that estimates how deeply elements
//! nest, before handing the page to the HTML parser.
//!
//! html5ever checks its stack of open elements for most start tags, so a
//! page that nests 100,000 elements costs it O(n * depth): minutes. Browsers
//! stop nesting at a few hundred levels (Blink at 512), so no real page
//! needs more; a page beyond [`MAX_NESTING`] is rejected before parsing.

/// Deepest estimated element nesting accepted.
pub const MAX_NESTING: usize = 1_500;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "basefont", "bgsound", "frame",
];

/// Elements whose end tag is implied by the next sibling; counting them
/// would overestimate depth on pages that never close them.
const IMPLIED_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "rtc", "colgroup", "caption",
];

const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "iframe",
    "plaintext",
];

/// Position of `needle` (ASCII case-insensitive) at or after `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
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

/// Estimated maximum element nesting depth of `html` (stops counting once
/// `limit` is exceeded).
#[cfg(test)]
pub fn max_nesting(html: &str, limit: usize) -> usize {
    scan(html, limit, false).0
}

/// What the pre-scan found.
pub struct Prepared {
    /// Estimated maximum nesting depth (past the limit: counting stopped).
    pub depth: usize,
    /// The page without comments and without the contents of `<script>`
    /// (other than JSON-LD) and `<style>` elements: markup that carries no
    /// text but is often most of a page's bytes. The parser then builds
    /// the same text-bearing tree with much less work.
    pub html: String,
}

/// Nesting check and stripping in one pass.
pub fn prepare(html: &str, limit: usize) -> Prepared {
    let (depth, stripped) = scan(html, limit, true);
    Prepared {
        depth,
        html: stripped.unwrap_or_default(),
    }
}

fn scan(html: &str, limit: usize, strip: bool) -> (usize, Option<String>) {
    let mut out = strip.then(|| String::with_capacity(html.len() / 2));
    // Copy html[last..start] and skip to `end`.
    let mut last = 0usize;
    let mut cut = |out: &mut Option<String>, start: usize, end: usize| {
        if let Some(o) = out.as_mut()
            && start >= last
        {
            o.push_str(html.get(last..start).unwrap_or_default());
            last = end;
        }
    };
    let depth = scan_inner(html, limit, &mut |start, end| cut(&mut out, start, end));
    if let Some(o) = out.as_mut() {
        o.push_str(html.get(last..).unwrap_or_default());
    }
    (depth, out)
}

fn scan_inner(html: &str, limit: usize, cut: &mut dyn FnMut(usize, usize)) -> usize {
    let b = html.as_bytes();
    let mut i = 0usize;
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut name = String::new();
    while let Some(off) = b.get(i..).and_then(|s| memchr::memchr(b'<', s)) {
        i += off + 1;
        let Some(&c) = b.get(i) else { break };
        if b.get(i..i + 3) == Some(b"!--".as_slice()) {
            let open = i - 1;
            i = find(b, i + 3, b"-->").map_or(b.len(), |p| p + 3);
            cut(open, i);
            continue;
        }
        if c == b'!' || c == b'?' {
            i = find(b, i, b">").map_or(b.len(), |p| p + 1);
            continue;
        }
        let closing = c == b'/';
        let start = if closing { i + 1 } else { i };
        if !b.get(start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        name.clear();
        let mut j = start;
        while let Some(&ch) = b.get(j) {
            if ch.is_ascii_alphanumeric() || ch == b'-' || ch == b':' {
                name.push(char::from(ch.to_ascii_lowercase()));
                j += 1;
            } else {
                break;
            }
        }
        // Skip attributes up to the closing '>', honouring quotes.
        let attrs_start = j;
        let mut quote: Option<u8> = None;
        let mut self_closing = false;
        while let Some(&ch) = b.get(j) {
            match quote {
                Some(q) if ch == q => quote = None,
                Some(_) => {}
                None if ch == b'"' || ch == b'\'' => quote = Some(ch),
                None if ch == b'>' => {
                    self_closing = j > 0 && b.get(j - 1) == Some(&b'/');
                    break;
                }
                None => {}
            }
            j += 1;
        }
        i = j + 1;
        if closing {
            if !IMPLIED_END.contains(&name.as_str()) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            let end = format!("</{name}");
            let content = i.min(b.len());
            i = find(b, i, end.as_bytes()).unwrap_or(b.len());
            let json_ld = || {
                b.get(attrs_start..j)
                    .is_some_and(|a| a.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json")))
            };
            if name == "style" || (name == "script" && !json_ld()) {
                cut(content, i);
            }
            continue;
        }
        if self_closing || VOID.contains(&name.as_str()) || IMPLIED_END.contains(&name.as_str()) {
            continue;
        }
        depth += 1;
        if depth > max {
            max = depth;
            if max > limit {
                return max;
            }
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_real_nesting_only() {
        assert_eq!(
            max_nesting(
                "<html><body><div><p>a<p>b<br><img src=x></div></body></html>",
                100
            ),
            3
        );
        assert_eq!(max_nesting("<div><!-- <div><div><div> --></div>", 100), 1);
        assert_eq!(
            max_nesting("<script>if (a<b) { '<div><div>' }</script><div></div>", 100),
            1
        );
        assert_eq!(max_nesting("<div title='a>b'><span/></div>", 100), 1);
        let deep = "<div>".repeat(5000);
        assert!(max_nesting(&deep, 1000) > 1000);
        assert_eq!(max_nesting("< <a", 10), 1);
    }

    #[test]
    fn strips_scripts_styles_and_comments_only() {
        let page = "<html><head><style>p{x:1}</style><script>var a='<p>';</script>\
            <script type=\"application/ld+json\">{\"a\":1}</script></head>\
            <body><!-- note --><p>Text <b>bold</b> ünï</p><SCRIPT>x()</SCRIPT></body></html>";
        let p = prepare(page, 100);
        assert_eq!(
            p.html,
            "<html><head><style></style><script></script>\
            <script type=\"application/ld+json\">{\"a\":1}</script></head>\
            <body><p>Text <b>bold</b> ünï</p><SCRIPT></SCRIPT></body></html>"
        );
        assert_eq!(prepare("<p>a<!-- open", 10).html, "<p>a");
        assert_eq!(prepare("<script>never closed", 10).html, "<script>");
    }
}
