//! Date expressions ("September 2023", "Q4 2025", "this year", "2026-02-12")
//! resolved to [`Period`]s against a publication date.

use crate::lex::Doc;
use crate::words::month;
use chrono::{Datelike, NaiveDate};
use newswatch_wire::Period;

#[derive(Debug, Clone, Copy)]
pub(crate) struct DateExpr {
    pub ts: usize,
    pub te: usize,
    /// `None`: refers to the present ("now", "this week").
    pub period: Option<Period>,
    /// Marks a start or limit ("since 2023", "before 2020"), not an as-of.
    pub boundary: bool,
}

fn year_tok(d: &Doc<'_>, i: usize) -> Option<i32> {
    if !d.is_digits(i) {
        return None;
    }
    let t = d.t(i);
    if t.len() != 4 {
        return None;
    }
    let y: i32 = t.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    // Not glued to letters or other digits ("H100", "2025-26" is fine).
    if d.is_word(i + 1) && d.tight(i + 1) && !matches!(d.l(i + 1), "s") {
        return None;
    }
    if d.is_word(i + 1) && d.tight(i + 1) {
        return None;
    }
    Some(y)
}

fn ordinal_q(w: &str) -> Option<u8> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// The most recent period of this shape that started on or before `pubd`.
fn latest_quarter(q: u8, pubd: Option<NaiveDate>) -> Option<Period> {
    let p = pubd?;
    let y = if Period::Quarter(p.year(), q).start() <= p {
        p.year()
    } else {
        p.year() - 1
    };
    Some(Period::Quarter(y, q))
}

fn latest_month(m: u8, pubd: Option<NaiveDate>) -> Option<Period> {
    let p = pubd?;
    let y = if u32::from(m) <= p.month() {
        p.year()
    } else {
        p.year() - 1
    };
    Some(Period::Month(y, m))
}

fn latest_half(h: u8, pubd: Option<NaiveDate>) -> Option<Period> {
    let p = pubd?;
    let y = if Period::Half(p.year(), h).start() <= p {
        p.year()
    } else {
        p.year() - 1
    };
    Some(Period::Half(y, h))
}

fn quarter_period(q: u8, y: Option<i32>, pubd: Option<NaiveDate>) -> Option<Period> {
    match y {
        Some(y) => Some(Period::Quarter(y, q)),
        None => latest_quarter(q, pubd),
    }
}

/// Find the date expressions of a text.
pub(crate) fn find(d: &Doc<'_>, pubd: Option<NaiveDate>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let (expr, next) = at(d, i, pubd);
        if let Some((te, period)) = expr {
            let prev = if i > 0 { d.l(i - 1) } else { "" };
            let prev2 = if i > 1 { d.l(i - 2) } else { "" };
            let boundary = matches!(
                prev,
                "since"
                    | "from"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "through"
                    | "between"
                    | "and"
            ) || (matches!(prev, "in" | "the")
                && matches!(prev2, "since" | "from" | "until" | "before" | "after"));
            out.push(DateExpr {
                ts: i,
                te,
                period,
                boundary,
            });
            i = te.max(i + 1);
        } else {
            i = next.max(i + 1);
        }
    }
    out
}

type Found = Option<(usize, Option<Period>)>;

fn at(d: &Doc<'_>, i: usize, pubd: Option<NaiveDate>) -> (Found, usize) {
    let w = d.l(i);
    // ISO dates: 2026-02-12, 2026-02
    if let Some(y) = d
        .is_digits(i)
        .then(|| d.t(i))
        .filter(|t| t.len() == 4)
        .and_then(|t| t.parse::<i32>().ok())
        && d.is_sym(i + 1, '-')
        && d.tight(i + 1)
        && d.is_digits(i + 2)
        && d.tight(i + 2)
        && d.t(i + 2).len() == 2
    {
        let m: u32 = d.t(i + 2).parse().unwrap_or(0);
        if d.is_sym(i + 3, '-')
            && d.tight(i + 3)
            && d.is_digits(i + 4)
            && d.tight(i + 4)
            && d.t(i + 4).len() == 2
        {
            let day: u32 = d.t(i + 4).parse().unwrap_or(0);
            if let Some(nd) = NaiveDate::from_ymd_opt(y, m, day) {
                return (Some((i + 5, Some(Period::Day(nd)))), i + 5);
            }
        } else if (1..=12).contains(&m) {
            return (Some((i + 3, Some(Period::Month(y, m as u8)))), i + 3);
        }
    }
    // Month name [day][,] [year]
    if d.is_word(i)
        && let Some(m) = month(d.t(i), w)
    {
        // Avoid the verb "march" and abbreviations used as words.
        let mut k = i + 1;
        if d.is_sym(k, '.') && d.tight(k) {
            k += 1;
        }
        let mut day = None;
        if d.is_digits(k)
            && d.t(k).len() <= 2
            && !(d.is_word(k + 1)
                && d.tight(k + 1)
                && !matches!(d.l(k + 1), "st" | "nd" | "rd" | "th"))
        {
            let v: u32 = d.t(k).parse().unwrap_or(0);
            if (1..=31).contains(&v) {
                day = Some(v);
                k += 1;
                if d.is_word(k) && d.tight(k) && matches!(d.l(k), "st" | "nd" | "rd" | "th") {
                    k += 1;
                }
            }
        }
        let mut kk = k;
        if d.is_sym(kk, ',') {
            kk += 1;
        }
        let year = year_tok(d, kk);
        if year.is_some() {
            k = kk + 1;
        }
        let capital_or_known = d.capitalized(i) || day.is_some() || year.is_some();
        if !capital_or_known {
            return (None, i + 1);
        }
        let m8 = m as u8;
        let period = match (day, year) {
            (Some(dd), Some(y)) => NaiveDate::from_ymd_opt(y, m, dd).map(Period::Day),
            (None, Some(y)) => Some(Period::Month(y, m8)),
            (Some(dd), None) => latest_month(m8, pubd)
                .and_then(|p| NaiveDate::from_ymd_opt(p.start().year(), m, dd))
                .map(Period::Day),
            (None, None) => latest_month(m8, pubd),
        };
        if period.is_none() && pubd.is_some() {
            return (None, k);
        }
        return (Some((k, period)), k);
    }
    // Day Month [Year]: "20 April 2026"
    if d.is_digits(i)
        && d.t(i).len() <= 2
        && d.is_word(i + 1)
        && !d.tight(i + 1)
        && let Some(m) = month(d.t(i + 1), d.l(i + 1))
    {
        let dd: u32 = d.t(i).parse().unwrap_or(0);
        let mut k = i + 2;
        let year = year_tok(d, k);
        if year.is_some() {
            k += 1;
        }
        let period = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, m, dd).map(Period::Day),
            None => latest_month(m as u8, pubd)
                .and_then(|p| NaiveDate::from_ymd_opt(p.start().year(), m, dd))
                .map(Period::Day),
        };
        if period.is_some() {
            return (Some((k, period)), k);
        }
    }
    // Q4 2025, Q4, Q4'25, 4Q25, FY2025
    if d.is_word(i)
        && (d.t(i) == "Q" || d.t(i) == "q")
        && d.is_digits(i + 1)
        && d.tight(i + 1)
        && d.t(i + 1).len() == 1
    {
        let q: u8 = d.t(i + 1).parse().unwrap_or(0);
        if (1..=4).contains(&q) {
            let mut k = i + 2;
            let mut y = year_tok(d, k).filter(|_| !d.tight(k));
            if y.is_some() {
                k += 1;
            } else if d.is_sym(k, '\'') && d.is_digits(k + 1) && d.t(k + 1).len() == 2 {
                y = d.t(k + 1).parse::<i32>().ok().map(|v| 2000 + v);
                k += 2;
            } else if d.is(k, "fy") || d.is(k, "of") {
                let k2 = if d.is(k, "of") { k + 1 } else { k };
                if let Some(v) = year_tok(d, k2) {
                    y = Some(v);
                    k = k2 + 1;
                }
            }
            return (Some((k, quarter_period(q, y, pubd))), k);
        }
    }
    if d.is_word(i)
        && matches!(d.t(i), "H" | "h")
        && d.is_digits(i + 1)
        && d.tight(i + 1)
        && matches!(d.t(i + 1), "1" | "2")
    {
        let h: u8 = d.t(i + 1).parse().unwrap_or(1);
        let mut k = i + 2;
        let y = year_tok(d, k);
        if y.is_some() {
            k += 1;
        }
        let p = match y {
            Some(y) => Some(Period::Half(y, h)),
            None => latest_half(h, pubd),
        };
        // "H1" alone is too ambiguous (H1 visas); require a year.
        if y.is_some() {
            return (Some((k, p)), k);
        }
    }
    if (w == "fy" || w == "fiscal") && !d.tight(i) {
        let k = i + 1;
        if let Some(y) = year_tok(d, k) {
            return (Some((k + 1, Some(Period::Year(y)))), k + 1);
        }
        if w == "fy" && d.is_digits(k) && d.t(k).len() == 2 {
            let y = 2000 + d.t(k).parse::<i32>().unwrap_or(0);
            return (Some((k + 1, Some(Period::Year(y)))), k + 1);
        }
    }
    // "fourth quarter (of) (fiscal) 2025", "fourth-quarter", "first half of 2025"
    if let Some(q) = ordinal_q(w) {
        let mut k = i + 1;
        if d.is_sym(k, '-') && d.tight(k) {
            k += 1;
        }
        let unit = d.l(k);
        if matches!(unit, "quarter" | "half") && !(unit == "half" && q > 2) {
            k += 1;
            let mut kk = k;
            if d.is(kk, "of") {
                kk += 1;
            }
            if d.is(kk, "fiscal") {
                kk += 1;
            }
            let y = year_tok(d, kk);
            if y.is_some() {
                k = kk + 1;
            }
            let p = if unit == "quarter" {
                quarter_period(q, y, pubd)
            } else {
                match y {
                    Some(y) => Some(Period::Half(y, q)),
                    None => latest_half(q, pubd),
                }
            };
            return (Some((k, p)), k);
        }
    }
    if matches!(w, "back" | "second" | "latter") && d.is(i + 1, "half") {
        let mut k = i + 2;
        if d.is(k, "of") {
            k += 1;
        }
        if let Some(y) = year_tok(d, k) {
            return (Some((k + 1, Some(Period::Half(y, 2)))), k + 1);
        }
    }
    // Relative: this/last/next year|quarter|month; today; now.
    if matches!(w, "this" | "last" | "next" | "past" | "current") {
        let unit = d.l(i + 1);
        let off = match w {
            "last" | "past" => -1,
            "next" => 1,
            _ => 0,
        };
        let p = pubd;
        let period = match (unit, p) {
            ("year", Some(p)) => Some(Some(Period::Year(p.year() + off))),
            ("quarter", Some(p)) => {
                let q = ((p.month() - 1) / 3) as i32 + off;
                let (y, q) = (p.year() + q.div_euclid(4), q.rem_euclid(4) + 1);
                Some(Some(Period::Quarter(y, q as u8)))
            }
            ("month", Some(p)) => {
                let m = p.month0() as i32 + off;
                let (y, m) = (p.year() + m.div_euclid(12), m.rem_euclid(12) + 1);
                Some(Some(Period::Month(y, m as u8)))
            }
            ("week", _) if off == 0 => Some(None),
            ("year" | "quarter" | "month", None) => Some(None),
            _ => None,
        };
        if let Some(period) = period {
            return (Some((i + 2, period)), i + 2);
        }
    }
    match w {
        "today" | "now" | "currently" => {
            return (
                Some((i + 1, pubd.map(Period::Day).filter(|_| w == "today"))),
                i + 1,
            );
        }
        "yesterday" => {
            return (
                Some((i + 1, pubd.and_then(|p| p.pred_opt()).map(Period::Day))),
                i + 1,
            );
        }
        _ => {}
    }
    // Bare year.
    if let Some(y) = year_tok(d, i) {
        // Not a range "2025-26" end, not a money amount, not "2025 jobs"?
        if !(i > 0 && (d.is_sym(i - 1, '$') || d.is_sym(i - 1, '€') || d.is_sym(i - 1, '£')))
            && !(d.is_sym(i + 1, ',') && d.tight(i + 1) && d.is_digits(i + 2))
        {
            return (Some((i + 1, Some(Period::Year(y)))), i + 1);
        }
    }
    (None, i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str, pubd: &str) -> Vec<String> {
        let d = Doc::new(text);
        let p = NaiveDate::parse_from_str(pubd, "%Y-%m-%d").ok();
        find(&d, p)
            .into_iter()
            .map(|e| {
                e.period
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| "now".into())
            })
            .collect()
    }

    #[test]
    fn resolves() {
        assert_eq!(labels("back in September 2023", "2026-02-12"), ["2023-09"]);
        assert_eq!(
            labels("AWS's backlog hit $244 billion in Q4", "2026-02-12"),
            ["2025-Q4"]
        );
        assert_eq!(
            labels("this year and last year", "2026-04-20"),
            ["2026", "2025"]
        );
        assert_eq!(labels("on April 20, 2026", "2026-04-22"), ["2026-04-20"]);
        assert_eq!(
            labels("Amazon's Q4 2025 earnings", "2026-02-12"),
            ["2025-Q4"]
        );
        assert_eq!(labels("by January 2026", "2026-02-12"), ["2026-01"]);
        assert_eq!(labels("the back half of 2025", "2026-02-12"), ["2025-H2"]);
        assert_eq!(labels("published 2026-02-12", "2026-02-12"), ["2026-02-12"]);
    }
}
