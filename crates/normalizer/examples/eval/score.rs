//! The scrapinghub article-extraction-benchmark scoring, re-implemented:
//! tokens are `\w+` runs (letters, digits, underscore; case kept), shingles
//! are 4-token windows counted as a multiset; per page TP/FP/FN are
//! normalised to sum to 1; precision is averaged over pages where something
//! was predicted or expected, recall likewise, and F1 is the harmonic mean
//! of the two averages.

#![allow(dead_code)]

use std::collections::HashMap;

pub const NGRAM: usize = 4;

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(text);
    let mut m: HashMap<Vec<&str>, usize> = HashMap::new();
    if t.is_empty() {
        return m;
    }
    let n = NGRAM.min(t.len());
    let count = if t.len() >= NGRAM {
        t.len() - NGRAM + 1
    } else {
        1
    };
    for i in 0..count {
        *m.entry(t[i..i + n].to_vec()).or_default() += 1;
    }
    m
}

/// Normalised (tp, fp, fn) for one page.
pub fn page_counts(truth: &str, pred: &str) -> (f64, f64, f64) {
    let ts = shingles(truth);
    let ps = shingles(pred);
    let (mut tp, mut fp, mut fnn) = (0.0, 0.0, 0.0);
    for (k, &tc) in &ts {
        let pc = ps.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fnn += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &ps {
        let tc = ts.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let s = tp + fp + fnn;
    if s > 0.0 {
        (tp / s, fp / s, fnn / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision(tp: f64, fp: f64, fnn: f64) -> f64 {
    if fp == 0.0 && fnn == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall(tp: f64, fp: f64, fnn: f64) -> f64 {
    if fp == 0.0 && fnn == 0.0 {
        1.0
    } else if tp == 0.0 && fnn == 0.0 {
        0.0
    } else {
        tp / (tp + fnn)
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub pages: usize,
}

pub fn aggregate(counts: &[(f64, f64, f64)]) -> Scores {
    let ps: Vec<f64> = counts
        .iter()
        .filter(|(tp, fp, _)| tp + fp > 0.0)
        .map(|&(a, b, c)| precision(a, b, c))
        .collect();
    let rs: Vec<f64> = counts
        .iter()
        .filter(|(tp, _, fnn)| tp + fnn > 0.0)
        .map(|&(a, b, c)| recall(a, b, c))
        .collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    Scores {
        precision: p,
        recall: r,
        f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        pages: counts.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_empty() {
        let t = "one two three four five six";
        assert_eq!(page_counts(t, t), (1.0, 0.0, 0.0));
        let (tp, fp, fnn) = page_counts(t, "");
        assert_eq!((tp, fp, fnn), (0.0, 0.0, 1.0));
        let s = aggregate(&[page_counts(t, t), page_counts(t, "")]);
        // The empty prediction counts for recall only.
        assert!((s.precision - 1.0).abs() < 1e-9);
        assert!((s.recall - 0.5).abs() < 1e-9);
    }
}
