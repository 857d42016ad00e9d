//! Sentences, lines and clauses over a tokenized text.

use crate::lex::Doc;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    pub ts: usize,
    pub te: usize,
}

fn is_abbrev(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sr"
            | "jr"
            | "st"
            | "inc"
            | "co"
            | "corp"
            | "ltd"
            | "llc"
            | "plc"
            | "bros"
            | "vs"
            | "etc"
            | "no"
            | "nos"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "gov"
            | "sen"
            | "rep"
            | "gen"
            | "col"
            | "lt"
            | "capt"
            | "approx"
            | "est"
            | "fig"
            | "vol"
            | "rs"
            | "u"
            | "s"
            | "e"
            | "g"
            | "i"
            | "a"
            | "p"
            | "m"
    )
}

/// Split into sentences: at line breaks and at `.`/`!`/`?` followed by a
/// capital, digit, quote or currency symbol, except after abbreviations.
pub(crate) fn sentences(d: &Doc<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..d.len() {
        if i > start && d.newline_before(i) {
            out.push(Span { ts: start, te: i });
            start = i;
        }
        let t = d.t(i);
        if matches!(t, "." | "!" | "?") {
            let mut j = i + 1;
            while d.is_symbol(j)
                && matches!(d.t(j), "\"" | "”" | "’" | "'" | ")" | ".")
                && d.tight(j)
            {
                j += 1;
            }
            if j >= d.len() {
                continue;
            }
            if d.tight(j) || d.newline_before(j) {
                continue;
            }
            let next = d.t(j);
            let starts_upper = next.chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '$' | '€' | '£' | '(' | '‘')
            });
            if !starts_upper {
                continue;
            }
            // A list marker "1." at the start of a line.
            if t == "." && i > 0 && d.is_digits(i - 1) && d.tight(i) && d.newline_before(i - 1) {
                continue;
            }
            if t == "." && i > 0 && d.is_word(i - 1) && d.tight(i) {
                let w = d.l(i - 1);
                if is_abbrev(w) || (d.t(i - 1).len() == 1 && d.capitalized(i - 1)) {
                    continue;
                }
            }
            out.push(Span { ts: start, te: j });
            start = j;
        }
    }
    if start < d.len() {
        out.push(Span {
            ts: start,
            te: d.len(),
        });
    }
    out
}

/// Clause boundaries inside a sentence: commas, semicolons, colons, dashes,
/// parentheses and a few conjunctions.
pub(crate) fn clause_of(d: &Doc<'_>, s: &Span, i: usize) -> (usize, usize) {
    let is_break = |k: usize| -> bool {
        if d.is_symbol(k) {
            let t = d.t(k);
            if matches!(t, "," | ";" | ":" | "(" | ")" | "—" | "–" | "|") {
                // Thousands separators are inside numbers, never here.
                return !(t == "," && d.tight(k) && d.is_digits(k + 1) && d.tight(k + 1));
            }
            if t == "-" && !d.tight(k) && !d.tight(k + 1) {
                return true;
            }
            return false;
        }
        matches!(d.l(k), "while" | "whereas" | "but" | "although" | "though")
    };
    let mut a = i;
    while a > s.ts && !is_break(a - 1) {
        a -= 1;
    }
    let mut b = i;
    while b < s.te && !is_break(b) {
        b += 1;
    }
    (a, b)
}

/// Byte range of a token span, trimmed.
pub(crate) fn span_text<'a>(d: &'a Doc<'_>, ts: usize, te: usize) -> &'a str {
    let a = d.start(ts);
    let b = d.end_of(te);
    d.text.get(a..b.max(a)).unwrap_or("").trim()
}
