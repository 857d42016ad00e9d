//! Property test: no input makes `normalize` panic.

use newswatch_normalizer::normalize;
use newswatch_wire::{BodyFormat, RawItem};
use proptest::prelude::*;

fn item(body: String, format: BodyFormat) -> RawItem {
    RawItem {
        v: 1,
        id: "x".into(),
        url: "https://example.org/2024/01/02/x".into(),
        source: Default::default(),
        fetched_at: chrono::DateTime::from_timestamp(0, 0).unwrap_or_default(),
        http_status: None,
        content_type: None,
        format,
        body,
        feed: Default::default(),
    }
}

const PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<a href='x'>",
    "</a>",
    "<nav>",
    "<br>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<h1>",
    "<h2>",
    "<li>",
    "<table>",
    "<td>",
    "<meta property='og:title' content='t'>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[{}]]]}</script>",
    "<time datetime='2024-13-45'>",
    "<link rel=canonical href='javascript:x'>",
    " text words here ",
    "Ünïcödé 文字 ",
    "\u{0}",
    "<div class='comments'>",
    "<article>",
    "&amp;",
    "&#xFFFFFF;",
    // Tokenizer edges: cut-off tags and references, raw-text and skipped
    // elements left open, odd attribute syntax.
    "<div class=\"",
    "<p x='",
    "<a b=c d = 'e' f>",
    "&",
    "&#",
    "&#x",
    "&notin",
    "&am",
    "<![CDATA[",
    "]]>",
    "<!doctype html>",
    "<?xml ?>",
    "</",
    "</ p>",
    "<svg>",
    "</svg>",
    "<nav>",
    "</nav>",
    "<title>",
    "<textarea>",
    "<plaintext>",
    "<style>",
    "<noscript>",
    "<footer>",
    "</footer>",
    "<tr>",
    "<th>",
    "<dd>",
    "<option>",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_string(s in ".{0,400}") {
        let _ = normalize(&item(s.clone(), BodyFormat::Html));
        let _ = normalize(&item(s, BodyFormat::Text));
    }

    #[test]
    fn tag_soup(idx in proptest::collection::vec(0..PIECES.len(), 0..200)) {
        let s: String = idx.iter().map(|&i| PIECES[i]).collect();
        let _ = normalize(&item(s, BodyFormat::Html));
    }

    /// Real-looking pages (the fixtures) cut at any point and with stray
    /// bytes inserted.
    #[test]
    fn mangled_pages(which in 0usize..3, cut in 0.0f64..1.0, inserts in proptest::collection::vec((0.0f64..1.0, 0..PIECES.len()), 0..8)) {
        let page = FIXTURES[which];
        let mut s = page.to_string();
        for (at, piece) in inserts {
            let mut pos = ((s.len() as f64) * at) as usize;
            while !s.is_char_boundary(pos) {
                pos -= 1;
            }
            s.insert_str(pos, PIECES[piece]);
        }
        let mut end = ((s.len() as f64) * cut) as usize;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        let _ = normalize(&item(s, BodyFormat::Html));
    }
}

const FIXTURES: [&str; 3] = [
    include_str!("fixtures/wire_outlet_a.html"),
    include_str!("fixtures/wire_outlet_b.html"),
    include_str!("fixtures/other_story_same_topic.html"),
];
