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
}
