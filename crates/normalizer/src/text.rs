//! Text utilities: whitespace, words, fingerprints.

use xxhash_rust::xxh3::{xxh3_64, xxh3_128};

/// Collapse every run of whitespace to one space and trim.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Lower-cased alphanumeric tokens (Unicode-aware): the unit of hashing.
pub fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
}

/// Words: whitespace-separated tokens that contain a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Hash of the normalised text (lower case, punctuation and spacing
/// dropped), as 32 hex digits. Equal for copies that differ only in
/// markup, spacing, punctuation or letter case.
pub fn content_hash(text: &str) -> String {
    let mut norm = String::with_capacity(text.len());
    for t in tokens(text) {
        norm.push_str(&t);
        norm.push(' ');
    }
    format!("{:032x}", xxh3_128(norm.as_bytes()))
}

/// Word n-gram length used for the SimHash shingles.
pub const SHINGLE_WORDS: usize = 3;

/// 64-bit SimHash over word 3-shingles (each shingle weighted once per
/// occurrence). Near-identical texts have hashes a small Hamming distance
/// apart; unrelated texts differ in about 32 bits.
pub fn simhash(text: &str) -> u64 {
    let toks: Vec<String> = tokens(text).collect();
    if toks.is_empty() {
        return 0;
    }
    let mut acc = [0i32; 64];
    let mut add = |h: u64| {
        for (i, a) in acc.iter_mut().enumerate() {
            if (h >> i) & 1 == 1 {
                *a += 1;
            } else {
                *a -= 1;
            }
        }
    };
    if toks.len() < SHINGLE_WORDS {
        add(xxh3_64(toks.join(" ").as_bytes()));
    } else {
        let mut buf = String::new();
        for w in toks.windows(SHINGLE_WORDS) {
            buf.clear();
            for (i, t) in w.iter().enumerate() {
                if i > 0 {
                    buf.push(' ');
                }
                buf.push_str(t);
            }
            add(xxh3_64(buf.as_bytes()));
        }
    }
    acc.iter()
        .enumerate()
        .fold(0u64, |h, (i, &a)| if a > 0 { h | (1 << i) } else { h })
}

/// Number of differing bits.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse() {
        assert_eq!(collapse_ws("  a \n\t b  c "), "a b c");
        assert_eq!(collapse_ws(""), "");
    }

    #[test]
    fn words() {
        assert_eq!(word_count("Amazon put $8 billion — in total."), 6);
        assert_eq!(word_count("  "), 0);
    }

    #[test]
    fn hash_ignores_markup_level_differences() {
        assert_eq!(
            content_hash("Amazon  invested $4 billion."),
            content_hash("amazon invested 4 BILLION")
        );
        assert_ne!(
            content_hash("Amazon invested $4 billion."),
            content_hash("Amazon invested $8 billion.")
        );
    }

    #[test]
    fn simhash_is_stable_and_sensitive() {
        let a = "the quick brown fox jumps over the lazy dog near the river bank today";
        assert_eq!(simhash(a), simhash(a));
        let b = "completely different words about markets shares and investors selling stock";
        assert!(hamming(simhash(a), simhash(b)) > 10);
        assert_eq!(simhash(""), 0);
    }
}
