//! Turning response bytes into text: the charset comes from a byte-order
//! mark, the `Content-Type` header, or the document itself (XML declaration,
//! HTML `<meta>`), in that order of trust.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// What kind of document the bytes are, which decides where an in-document
/// charset is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Xml,
    Html,
    Json,
}

/// Decoded text and the encoding it was read with.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    /// Some bytes were not valid in that encoding and were replaced.
    pub had_errors: bool,
}

/// The `charset` parameter of a `Content-Type` value, if it names an encoding.
pub fn header_charset(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        if !k.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
        Encoding::for_label(v.as_bytes())
    })
}

/// Media type of a `Content-Type` value, lower-cased, without parameters.
pub fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// Value of `name="..."` (or `name='...'`, or bare) inside an attribute list.
fn attr_value<'a>(attrs: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let mut from = 0;
    while let Some(pos) = find_ci(&attrs[from..], name) {
        let start = from + pos;
        let before_ok = start == 0 || !attrs[start - 1].is_ascii_alphanumeric();
        let mut i = start + name.len();
        from = i;
        if !before_ok {
            continue;
        }
        while i < attrs.len() && attrs[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= attrs.len() || attrs[i] != b'=' {
            continue;
        }
        i += 1;
        while i < attrs.len() && attrs[i].is_ascii_whitespace() {
            i += 1;
        }
        let quote = match attrs.get(i) {
            Some(q @ (b'"' | b'\'')) => {
                i += 1;
                Some(*q)
            }
            _ => None,
        };
        let end = attrs[i..]
            .iter()
            .position(|&c| match quote {
                Some(q) => c == q,
                None => c.is_ascii_whitespace() || c == b';' || c == b'>' || c == b'/',
            })
            .map(|p| i + p)
            .unwrap_or(attrs.len());
        return Some(&attrs[i..end]);
    }
    None
}

/// The encoding an XML declaration names (`<?xml version="1.0" encoding="..."?>`).
pub fn xml_declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let start = find(head, b"<?xml")?;
    let end = find(&head[start..], b"?>").map(|e| start + e)?;
    let label = attr_value(&head[start + 5..end], b"encoding")?;
    Encoding::for_label(label)
}

/// The encoding an HTML `<meta charset>` or `<meta http-equiv content>` names,
/// looked for in the first 4 KiB as browsers do.
pub fn html_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let mut from = 0;
    while let Some(pos) = find_ci(&head[from..], b"<meta") {
        let start = from + pos + 5;
        let end = head[start..]
            .iter()
            .position(|&c| c == b'>')
            .map(|e| start + e)
            .unwrap_or(head.len());
        let attrs = &head[start..end];
        from = end;
        if let Some(label) = attr_value(attrs, b"charset")
            && let Some(enc) = Encoding::for_label(label)
        {
            return Some(enc);
        }
        if let Some(content) = attr_value(attrs, b"content")
            && let Some(enc) = attr_value(content, b"charset").and_then(Encoding::for_label)
        {
            return Some(enc);
        }
    }
    None
}

/// Decide the encoding of a body and decode it.
///
/// Order: byte-order mark; then the header charset; then the document's own
/// declaration; then UTF-8 (and, for HTML without any declaration that is not
/// valid UTF-8, windows-1252, as browsers do). A declaration of UTF-16 on
/// bytes without a BOM is read as UTF-8 (the text was evidently transcoded).
/// A header naming a single-byte encoding is overridden when the document
/// declares UTF-8 and the bytes are valid UTF-8 with non-ASCII characters,
/// the common case of a server's default charset that nobody configured.
pub fn decode(bytes: &[u8], content_type: Option<&str>, kind: DocKind) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc,
            had_errors,
        };
    }
    let declared = match kind {
        DocKind::Xml => xml_declared_encoding(bytes),
        DocKind::Html => html_meta_charset(bytes),
        DocKind::Json => Some(UTF_8),
    };
    let from_header = content_type.and_then(header_charset);
    let utf16 = |e: &'static Encoding| e == UTF_16LE || e == UTF_16BE;
    let enc = match (from_header, declared) {
        (Some(h), _) if kind == DocKind::Json && h != UTF_8 && !utf16(h) => UTF_8,
        (Some(h), Some(d))
            if d == UTF_8
                && h.is_single_byte()
                && !bytes.is_ascii()
                && std::str::from_utf8(bytes).is_ok() =>
        {
            UTF_8
        }
        (Some(h), _) if !utf16(h) => h,
        (_, Some(d)) if !utf16(d) => d,
        _ => {
            if kind == DocKind::Html && std::str::from_utf8(bytes).is_err() {
                WINDOWS_1252
            } else {
                UTF_8
            }
        }
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc,
        had_errors,
    }
}

/// Replace an XML declaration's encoding with UTF-8 (after the text was
/// decoded), so an XML parser reading the UTF-8 bytes does not decode twice.
/// Leading whitespace before the declaration is removed, since XML forbids it.
pub fn xml_as_utf8(text: &str) -> std::borrow::Cow<'_, str> {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix("<?xml")
        && let Some(end) = rest.find("?>")
    {
        let decl = &rest[..end];
        let has_encoding = decl.to_ascii_lowercase().contains("encoding");
        if has_encoding || t.len() != text.len() {
            let mut out = String::with_capacity(t.len() + 16);
            out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            out.push_str(&rest[end + 2..]);
            return std::borrow::Cow::Owned(out);
        }
    }
    if t.len() != text.len() {
        return std::borrow::Cow::Owned(t.to_string());
    }
    std::borrow::Cow::Borrowed(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_is_parsed() {
        assert_eq!(
            header_charset("text/html; charset=\"ISO-8859-1\"").map(|e| e.name()),
            Some("windows-1252")
        );
        assert_eq!(header_charset("text/html").map(|e| e.name()), None);
        assert_eq!(header_charset("text/html; charset=bogus"), None);
        assert_eq!(
            media_type(" Application/RSS+XML ; charset=utf-8"),
            "application/rss+xml"
        );
    }

    #[test]
    fn bom_wins_over_everything() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>é</a>".as_bytes());
        let d = decode(&b, Some("text/xml; charset=windows-1251"), DocKind::Xml);
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.starts_with("<?xml"));
        assert!(d.text.contains('é'));
    }

    #[test]
    fn header_then_declaration_then_default() {
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xe9</a>";
        assert!(decode(latin1, None, DocKind::Xml).text.contains("café"));
        assert!(
            decode(latin1, Some("text/xml"), DocKind::Xml)
                .text
                .contains("café")
        );
        let html = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>\xc1</html>";
        assert_eq!(decode(html, None, DocKind::Html).encoding.name(), "KOI8-R");
        let html5 = b"<meta charset=shift_jis><p>\x82\xa0</p>";
        assert!(decode(html5, None, DocKind::Html).text.contains('あ'));
        // header beats meta
        assert_eq!(
            decode(html, Some("text/html; charset=utf-8"), DocKind::Html).encoding,
            UTF_8
        );
        // undeclared, invalid UTF-8 HTML: windows-1252
        assert!(
            decode(b"<p>\x93hi\x94</p>", None, DocKind::Html)
                .text
                .contains('\u{201C}')
        );
    }

    #[test]
    fn misconfigured_latin1_header_on_utf8_document() {
        let b = "<?xml version=\"1.0\" encoding=\"utf-8\"?><a>café</a>".as_bytes();
        let d = decode(b, Some("text/xml; charset=iso-8859-1"), DocKind::Xml);
        assert!(d.text.contains("café"));
    }

    #[test]
    fn utf16_declaration_without_bom_reads_as_utf8() {
        let b = b"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>x</a>";
        assert_eq!(decode(b, None, DocKind::Xml).encoding, UTF_8);
    }

    #[test]
    fn declaration_is_rewritten_to_utf8() {
        let s = "  \n<?xml version='1.0' encoding='windows-1252' ?><rss/>";
        assert_eq!(
            xml_as_utf8(s),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss/>"
        );
        assert_eq!(xml_as_utf8("<rss/>"), "<rss/>");
        assert_eq!(
            xml_as_utf8("<?xml version=\"1.0\"?><rss/>"),
            "<?xml version=\"1.0\"?><rss/>"
        );
        assert_eq!(xml_as_utf8("<?xml"), "<?xml");
    }

    #[test]
    fn attribute_scanner_never_panics() {
        for s in [
            &b"<meta"[..],
            b"<meta charset",
            b"<meta charset=",
            b"<meta charset='",
            b"<?xml encoding=?>",
            b"<?xml encoding=\"",
            b"<?xml ?>",
            b"<meta content='charset='>",
        ] {
            let _ = html_meta_charset(s);
            let _ = xml_declared_encoding(s);
            let _ = decode(s, Some("text/html; charset"), DocKind::Html);
        }
    }
}
