//! Property tests: the recogniser and the claim builder never panic, and
//! what they return is well formed, on arbitrary and on news-like input.

use newswatch_config::Config;
use newswatch_extractor::{Extractor, quantities};
use proptest::prelude::*;

fn check(text: &str) {
    let n = text.chars().count();
    for q in quantities(text) {
        assert!(q.start < q.end && q.end <= n, "{q:?}");
        let s: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(s, q.surface);
        assert!(q.value.is_finite(), "{q:?}");
        if let Some(m) = q.value_max {
            assert!(m.is_finite() && m >= q.value, "{q:?}");
        }
    }
    let ex = Extractor::new(&Config::default());
    for c in ex.claims_in_text(text, chrono::NaiveDate::from_ymd_opt(2026, 2, 12)) {
        assert!(c.start < c.end && c.end <= n);
        assert!(!c.unit.is_empty());
    }
}

const WORDS: &[&str] = &[
    "$",
    "US$",
    "€",
    "£",
    "5",
    "1.25",
    "13",
    "2025",
    "billion",
    "million",
    "bn",
    "B",
    "k",
    "%",
    "percent",
    "up",
    "to",
    "more",
    "than",
    "about",
    "nearly",
    "between",
    "and",
    "-",
    "–",
    ",",
    ".",
    "(",
    ")",
    "+",
    "rose",
    "cut",
    "by",
    "jobs",
    "chips",
    "Amazon",
    "Anthropic",
    "'s",
    "Q4",
    "September",
    "this",
    "year",
    "last",
    "GPT",
    "Claude",
    "4",
    "3/4",
    "½",
    "one",
    "twenty",
    "hundred",
    "a",
    "dozen",
    "half",
    "point",
    "minus",
    "cents",
    "dollars",
    "yen",
    "\n",
    "\n\n",
    "total",
    "of",
    "another",
    "invest",
    "valuation",
    "revenue",
    "in",
    "1.",
    "km",
    "°",
    "C",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn news_like_tokens_never_panic(toks in proptest::collection::vec(proptest::sample::select(WORDS), 0..60), glue in proptest::collection::vec(any::<bool>(), 60)) {
        let mut s = String::new();
        for (i, t) in toks.iter().enumerate() {
            if i > 0 && !glue[i % glue.len()] {
                s.push(' ');
            }
            s.push_str(t);
        }
        check(&s);
    }
}
