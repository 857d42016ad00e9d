//! newswatch claim extractor.
//!
//! Two layers:
//! * [`quantities`]: a rule-based recogniser for quantities in news English
//!   (money, percentages, counts, measures, ranges, bounds, trends) that
//!   leaves out years, dates, times, ordinals, phone numbers, model names
//!   and section numbers;
//! * [`Extractor`]: turns each quantity that states a figure into a
//!   [`newswatch_wire::Claim`] with subject, metric, object, measure, as-of
//!   period and quote, and matches it against the tracked figures of the
//!   configuration.
//!
//! The library does no I/O.

mod claims;
mod dates;
mod lex;
mod lexicon;
mod numbers;
mod quantity;
mod stage;
mod text;
mod units;
mod words;

pub use claims::{ClaimLine, Extractor};
pub use stage::ExtractorStage;

use newswatch_wire::{Bound, QuantityKind, Trend};
use serde::Serialize;

/// A quantity found in a text. Offsets are in characters, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub value: f64,
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, "%" for percentages, "pp" for percentage
    /// points, a unit symbol for measures ("km", "year"), the counted noun as
    /// written (lower case) for counts, `None` for plain numbers.
    pub unit: Option<String>,
    pub kind: QuantityKind,
    pub bound: Bound,
    pub trend: Option<Trend>,
}

/// Maps byte offsets to char offsets for increasing positions.
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Char offset of byte offset `b`; cheap when called with increasing `b`.
    pub(crate) fn at(&mut self, b: usize) -> usize {
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let seg = self.text.get(self.byte..b).unwrap_or("");
        self.chars += seg.chars().count();
        self.byte = b;
        self.chars
    }
}

/// Recognise the quantities in `text`.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let doc = lex::Doc::new(text);
    let qs = quantity::scan(&doc);
    let mut ci = CharIndex::new(text);
    qs.into_iter()
        .map(|q| {
            let bs = doc.start(q.ts);
            let be = doc.end_of(q.te);
            let start = ci.at(bs);
            let end = ci.at(be);
            Quantity {
                start,
                end,
                surface: text.get(bs..be).unwrap_or("").to_string(),
                value: q.value,
                value_max: q.value_max,
                unit: q.unit.label(),
                kind: q.unit.kind(),
                bound: q.bound,
                trend: q.trend,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
