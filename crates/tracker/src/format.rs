//! Human-readable numbers and the one-line alert text (stdout sink, CLI).

use newswatch_wire::{Alert, AlertKind, Bound};

/// `8000000000` -> `8,000,000,000`; `35.6` -> `35.6`; at most 4 decimals.
pub fn format_value(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.abs() >= 1e18 {
        return format!("{v:e}");
    }
    let fixed = format!("{:.4}", v);
    let fixed = if fixed.contains('.') {
        fixed
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    } else {
        fixed
    };
    let (sign, rest) = match fixed.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", fixed.as_str()),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if grouped == "0" && frac.is_none() {
        ""
    } else {
        sign
    };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A value with its bound and unit: `more than 100,000,000,000 USD`.
pub fn format_amount(v: f64, bound: Bound, unit: &str) -> String {
    let word = match bound {
        Bound::AtLeast => "more than ",
        Bound::AtMost => "up to ",
        Bound::Approx => "about ",
        Bound::Exact | Bound::Range => "",
    };
    if unit.is_empty() {
        format!("{word}{}", format_value(v))
    } else {
        format!("{word}{} {unit}", format_value(v))
    }
}

/// The stdout sink's line for an alert:
/// `ALERT changed fig: 8,000,000,000 USD -> 13,000,000,000 USD (title, 2026-04-22) "quote"`.
pub fn stdout_line(a: &Alert) -> String {
    let to = format_amount(a.to, a.bound, &a.unit);
    let change = match (a.kind, a.from) {
        (AlertKind::Conflict, Some(f)) => {
            format!("{} vs {to}", format_amount(f, Bound::Exact, &a.unit))
        }
        (_, Some(f)) => format!("{} -> {to}", format_amount(f, Bound::Exact, &a.unit)),
        (_, None) => to,
    };
    let source = a
        .source_title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(&a.source_url);
    let date = a
        .published_at
        .map(|d| format!(", {}", d.format("%Y-%m-%d")))
        .unwrap_or_default();
    let quote = one_line(&a.quote);
    format!(
        "ALERT {} {}: {change} ({source}{date}) \"{quote}\"",
        a.kind.as_str(),
        a.figure
    )
}

/// Collapse whitespace (quotes may span lines).
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cut a string to at most `max` characters, marking the cut with `…`.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_grouped() {
        assert_eq!(format_value(8e9), "8,000,000,000");
        assert_eq!(format_value(35.6e9), "35,600,000,000");
        assert_eq!(format_value(12.47e9), "12,470,000,000");
        assert_eq!(format_value(24.0), "24");
        assert_eq!(format_value(0.5), "0.5");
        assert_eq!(format_value(-1234.5), "-1,234.5");
        assert_eq!(format_value(999.0), "999");
        assert_eq!(format_value(1000.0), "1,000");
        assert_eq!(format_value(0.0), "0");
        assert_eq!(format_value(-0.00001), "0");
        assert_eq!(format_value(f64::MAX), "1.7976931348623157e308");
        assert_eq!(format_value(f64::NAN), "NaN");
    }

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
