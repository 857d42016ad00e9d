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
    for t in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        if t.is_ascii() {
            let from = norm.len();
            norm.push_str(t);
            norm[from..].make_ascii_lowercase();
        } else {
            norm.push_str(&t.to_lowercase());
        }
        norm.push(' ');
    }
    format!("{:032x}", xxh3_128(norm.as_bytes()))
}

/// Word n-gram length used for the SimHash shingles (see `dedup` for why 2).
pub const SHINGLE_WORDS: usize = 2;

/// 64-bit SimHash over word 2-shingles (lower-cased alphanumeric tokens;
/// each shingle weighted once per occurrence). Near-identical texts have
/// hashes a small Hamming distance apart; unrelated texts differ in about
/// 32 bits. Allocation-free apart from one buffer for lower-casing.
pub fn simhash(text: &str) -> u64 {
    let mut acc = [0i32; 64];
    let mut add = |h: u64| {
        // Branch-free, so the compiler vectorises it.
        for (i, a) in acc.iter_mut().enumerate() {
            *a += (((h >> i) & 1) as i32) * 2 - 1;
        }
    };
    let mut lower = String::new();
    let mut prev: Option<u64> = None;
    let mut n = 0usize;
    for t in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        lower.clear();
        if t.is_ascii() {
            lower.push_str(t);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(t.chars().flat_map(char::to_lowercase));
        }
        let h = xxh3_64(lower.as_bytes());
        if let Some(p) = prev {
            // Order-sensitive combination of the two token hashes.
            let mut pair = [0u8; 16];
            pair[..8].copy_from_slice(&p.to_le_bytes());
            pair[8..].copy_from_slice(&h.to_le_bytes());
            add(xxh3_64(&pair));
        }
        prev = Some(h);
        n += 1;
    }
    match (n, prev) {
        (0, _) | (_, None) => return 0,
        (1, Some(h)) => add(h),
        _ => {}
    }
    acc.iter()
        .enumerate()
        .fold(0u64, |h, (i, &a)| if a > 0 { h | (1 << i) } else { h })
}

/// English function words that other languages written in Latin script
/// do not use as words ("in", "is", "was", "on", "de" are left out: Dutch,
/// German or Romance text has them too).
const ENGLISH_MARKERS: &[&str] = &[
    "the", "and", "of", "to", "that", "with", "for", "said", "from", "have", "has", "which",
    "their", "this", "were", "would", "been", "they",
];

/// Whether a sample of prose is plainly English: at least 30 words, at
/// least five different English function words among them, and those
/// words at least a tenth of all words. A fast path before the language
/// detector (about 90 us per page): English prose passes it, text in other
/// languages (or English quotes inside them) does not.
pub fn is_plainly_english(sample: &str) -> bool {
    let mut words = 0usize;
    let mut hits = 0usize;
    let mut seen = 0u32;
    for w in sample
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if w.len() <= 6
            && let Some(k) = ENGLISH_MARKERS
                .iter()
                .position(|m| m.eq_ignore_ascii_case(w))
        {
            hits += 1;
            seen |= 1 << k;
        }
    }
    words >= 30 && seen.count_ones() >= 5 && hits * 10 >= words
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
    fn english_fast_path_accepts_english_only() {
        let en = "The council said on Tuesday that it would delay the vote on the harbour plan, which has been opposed by fishermen and residents for two years, until the end of the month.";
        assert!(is_plainly_english(en));
        for other in [
            "Der Stadtrat hat am Dienstag beschlossen, die Abstimmung über den Hafenplan zu verschieben, der seit zwei Jahren von Fischern und Anwohnern abgelehnt wird, bis zum Ende des Monats.",
            "Le conseil municipal a annoncé mardi qu'il reportait le vote sur le projet du port, auquel les pêcheurs et les habitants s'opposent depuis deux ans, jusqu'à la fin du mois.",
            "El ayuntamiento anunció el martes que aplazará la votación sobre el plan del puerto, al que se oponen pescadores y vecinos desde hace dos años, hasta finales de mes.",
            "De gemeenteraad heeft dinsdag besloten de stemming over het havenplan, waartegen vissers en bewoners al twee jaar bezwaar maken, uit te stellen tot het einde van de maand.",
            // A French article quoting an English sentence.
            "Le ministre a déclaré : « the deal is done », avant d'ajouter que le contrat serait signé la semaine prochaine à Paris, selon plusieurs sources proches du dossier.",
        ] {
            assert!(!is_plainly_english(other), "{other}");
        }
        // Too short to say.
        assert!(!is_plainly_english("The end of the story."));
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
