//! A calendar period a figure is stated for: a year, half, quarter, month or day.
//!
//! Serialised as the compact labels used in the gold files and the CLI:
//! `2025`, `2025-H1`, `2025-Q4`, `2025-09`, `2025-09-30`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(i32),
    Half(i32, u8),
    Quarter(i32, u8),
    Month(i32, u8),
    Day(NaiveDate),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a period label: {0:?} (expected YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD)")]
pub struct PeriodError(pub String);

impl Period {
    /// First day of the period.
    pub fn start(&self) -> NaiveDate {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
        match *self {
            Period::Year(y) => ymd(y, 1, 1),
            Period::Half(y, h) => ymd(y, if h == 2 { 7 } else { 1 }, 1),
            Period::Quarter(y, q) => ymd(y, (u32::from(q.clamp(1, 4)) - 1) * 3 + 1, 1),
            Period::Month(y, m) => ymd(y, u32::from(m.clamp(1, 12)), 1),
            Period::Day(d) => d,
        }
    }

    /// Last day of the period (inclusive).
    pub fn end(&self) -> NaiveDate {
        let next = match *self {
            Period::Year(y) => Period::Year(y + 1).start(),
            Period::Half(y, 1) => Period::Half(y, 2).start(),
            Period::Half(y, _) => Period::Year(y + 1).start(),
            Period::Quarter(y, 4) => Period::Year(y + 1).start(),
            Period::Quarter(y, q) => Period::Quarter(y, q + 1).start(),
            Period::Month(y, 12) => Period::Year(y + 1).start(),
            Period::Month(y, m) => Period::Month(y, m + 1).start(),
            Period::Day(d) => return d,
        };
        next.pred_opt().unwrap_or(next)
    }

    /// The day a date falls on.
    pub fn day(d: NaiveDate) -> Self {
        Period::Day(d)
    }

    /// The year of a date.
    pub fn year_of(d: NaiveDate) -> Self {
        Period::Year(d.year())
    }

    /// Whether this period lies entirely before `other` starts.
    pub fn is_before(&self, other: &Period) -> bool {
        self.end() < other.start()
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Period {
    /// Ordered by end, then start: a later-ending period is more recent.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.end(), self.start()).cmp(&(other.end(), other.start()))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Period::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || PeriodError(s.to_string());
        let t = s.trim();
        let (year, rest) = match t.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (t, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let y: i32 = year.parse().map_err(|_| err())?;
        let Some(rest) = rest else {
            return Ok(Period::Year(y));
        };
        let num = |x: &str, lo: u8, hi: u8| -> Result<u8, PeriodError> {
            let n: u8 = x.parse().map_err(|_| err())?;
            if (lo..=hi).contains(&n) {
                Ok(n)
            } else {
                Err(err())
            }
        };
        if let Some(q) = rest.strip_prefix('Q').or_else(|| rest.strip_prefix('q')) {
            return Ok(Period::Quarter(y, num(q, 1, 4)?));
        }
        if let Some(h) = rest.strip_prefix('H').or_else(|| rest.strip_prefix('h')) {
            return Ok(Period::Half(y, num(h, 1, 2)?));
        }
        match rest.split_once('-') {
            None => Ok(Period::Month(y, num(rest, 1, 12)?)),
            Some(_) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map(Period::Day)
                .map_err(|_| err()),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_roundtrip() {
        for s in ["2025", "2025-H2", "2025-Q4", "2023-09", "2026-02-12"] {
            let p: Period = s.parse().expect(s);
            assert_eq!(p.to_string(), s);
        }
    }

    #[test]
    fn bad_labels_rejected() {
        for s in [
            "",
            "25",
            "2025-Q5",
            "2025-13",
            "2025-02-30",
            "abcd",
            "2025-H3",
        ] {
            assert!(s.parse::<Period>().is_err(), "{s}");
        }
    }

    #[test]
    fn bounds_and_order() {
        let q4: Period = "2025-Q4".parse().expect("q4");
        assert_eq!(q4.start().to_string(), "2025-10-01");
        assert_eq!(q4.end().to_string(), "2025-12-31");
        let y: Period = "2024".parse().expect("y");
        assert!(y.is_before(&q4));
        assert!(y < q4);
        let m: Period = "2024-03".parse().expect("m");
        assert!(m < "2026".parse::<Period>().expect("2026"));
        assert_eq!(Period::Month(2024, 2).end().to_string(), "2024-02-29");
    }
}
