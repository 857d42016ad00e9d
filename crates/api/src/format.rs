//! Numbers for people: `2.3M vehicles`, `$13B`, `4.5%`, `1,900,000`.

/// Currency symbol for an ISO code the figures use.
fn currency_symbol(unit: &str) -> Option<&'static str> {
    match unit.to_ascii_uppercase().as_str() {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" | "CNY" => Some("¥"),
        "INR" => Some("₹"),
        _ => None,
    }
}

fn is_percent(unit: &str) -> bool {
    matches!(unit, "%" | "percent" | "per cent")
}

fn is_points(unit: &str) -> bool {
    matches!(unit, "pp" | "percentage points" | "percentage_points")
}

/// Trim trailing zeros of a fixed-point rendering (`2.30` -> `2.3`, `4.0` -> `4`).
fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `1234567.8` -> `1,234,568` (rounded to whole units) or with decimals for small values.
pub fn full(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".into();
    }
    if value.abs() < 1000.0 && value.fract() != 0.0 {
        return trim(format!("{value:.2}"));
    }
    let neg = value < 0.0;
    let digits = format!("{:.0}", value.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if neg { format!("-{out}") } else { out }
}

/// Compact number without unit: `2.3M`, `13B`, `950`, `12.5K`.
pub fn compact(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".into();
    }
    let a = value.abs();
    let (scaled, suffix) = if a >= 1e12 {
        (value / 1e12, "T")
    } else if a >= 1e9 {
        (value / 1e9, "B")
    } else if a >= 1e6 {
        (value / 1e6, "M")
    } else if a >= 1e4 {
        (value / 1e3, "K")
    } else {
        return full(value);
    };
    let digits = if scaled.abs() >= 100.0 {
        0
    } else if scaled.abs() >= 10.0 {
        1
    } else {
        2
    };
    format!("{}{suffix}", trim(format!("{scaled:.digits$}")))
}

/// A value with its unit: `2.3M vehicles`, `$13B`, `4.5%`.
pub fn with_unit(value: f64, unit: &str) -> String {
    let unit = unit.trim();
    if let Some(sym) = currency_symbol(unit) {
        let n = compact(value.abs());
        return if value < 0.0 {
            format!("-{sym}{n}")
        } else {
            format!("{sym}{n}")
        };
    }
    if is_percent(unit) {
        return format!("{}%", trim(format!("{value:.2}")));
    }
    if is_points(unit) {
        return format!("{} pp", trim(format!("{value:.2}")));
    }
    let n = compact(value);
    if unit.is_empty() {
        n
    } else {
        format!("{n} {unit}")
    }
}

/// A value with its bound: `up to 2.3M vehicles`, `1.2M–1.5M people`.
pub fn bounded(value: f64, value_max: Option<f64>, bound: &str, unit: &str) -> String {
    match (bound, value_max) {
        ("range", Some(max)) => {
            let hi = with_unit(max, unit);
            if currency_symbol(unit).is_some() {
                format!("{}–{hi}", with_unit(value, unit))
            } else {
                format!("{}–{hi}", compact(value))
            }
        }
        ("at_least", _) => format!("at least {}", with_unit(value, unit)),
        ("at_most", _) => format!("up to {}", with_unit(value, unit)),
        ("approx", _) => format!("about {}", with_unit(value, unit)),
        _ => with_unit(value, unit),
    }
}

/// `1.9M → 2.3M vehicles`, or just `2.3M vehicles` without a previous value.
pub fn change(from: Option<f64>, to: f64, unit: &str) -> String {
    match from {
        Some(f) if currency_symbol(unit).is_some() => {
            format!("{} → {}", with_unit(f, unit), with_unit(to, unit))
        }
        Some(f) if is_percent(unit) || is_points(unit) => {
            format!("{} → {}", with_unit(f, unit), with_unit(to, unit))
        }
        Some(f) => format!("{} → {}", compact(f), with_unit(to, unit)),
        None => with_unit(to, unit),
    }
}

/// Relative change in percent, when both ends are known and `from` is not zero.
pub fn percent_change(from: Option<f64>, to: f64) -> Option<f64> {
    let f = from?;
    if f == 0.0 || !f.is_finite() || !to.is_finite() {
        return None;
    }
    Some((to - f) / f.abs() * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compacts_large_numbers() {
        assert_eq!(compact(2_300_000.0), "2.3M");
        assert_eq!(compact(1_900_000.0), "1.9M");
        assert_eq!(compact(13e9), "13B");
        assert_eq!(compact(12_500.0), "12.5K");
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(1234.0), "1,234");
        assert_eq!(compact(-2_500_000.0), "-2.5M");
        assert_eq!(compact(f64::NAN), "n/a");
    }

    #[test]
    fn full_groups_thousands() {
        assert_eq!(full(1_900_000.0), "1,900,000");
        assert_eq!(full(999.0), "999");
        assert_eq!(full(12.25), "12.25");
        assert_eq!(full(-1000.0), "-1,000");
    }

    #[test]
    fn units() {
        assert_eq!(with_unit(13e9, "USD"), "$13B");
        assert_eq!(with_unit(2_300_000.0, "vehicles"), "2.3M vehicles");
        assert_eq!(with_unit(4.5, "%"), "4.5%");
        assert_eq!(with_unit(1.25, "pp"), "1.25 pp");
        assert_eq!(with_unit(42.0, ""), "42");
    }

    #[test]
    fn bounds_and_changes() {
        assert_eq!(
            bounded(2e6, None, "at_most", "vehicles"),
            "up to 2M vehicles"
        );
        assert_eq!(
            bounded(1e6, Some(1.5e6), "range", "people"),
            "1M–1.5M people"
        );
        assert_eq!(
            change(Some(1.9e6), 2.3e6, "vehicles"),
            "1.9M → 2.3M vehicles"
        );
        assert_eq!(change(Some(8e9), 13e9, "USD"), "$8B → $13B");
        assert_eq!(change(None, 13e9, "USD"), "$13B");
        let pc = percent_change(Some(8.0), 10.0).unwrap_or_default();
        assert!((pc - 25.0).abs() < 1e-9);
        assert_eq!(percent_change(Some(0.0), 1.0), None);
    }
}
