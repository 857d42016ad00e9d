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

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// Estimated maximum element nesting depth of `html` (stops counting once
/// `limit` is exceeded).
pub fn max_nesting(html: &str, limit: usize) -> usize {
    let b = html.as_bytes();
    let mut i = 0usize;
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut name = String::new();
    while let Some(off) = b.get(i..).and_then(|s| s.iter().position(|&c| c == b'<')) {
        i += off + 1;
        let Some(&c) = b.get(i) else { break };
        if b.get(i..i + 3) == Some(b"!--".as_slice()) {
            i = find(b, i + 3, b"-->").map_or(b.len(), |p| p + 3);
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
            i = find(b, i, end.as_bytes()).unwrap_or(b.len());
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
}
