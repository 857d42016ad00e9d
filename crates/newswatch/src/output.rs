//! Writing to stdout without panicking on a closed pipe, and alert lines.

use newswatch_wire::Alert;
use std::io::Write;

/// Print text to stdout; a closed pipe (`| head`) ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Format a value with thousands separators (`13,000,000,000`), keeping decimals.
pub fn group(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let neg = value < 0.0;
    let s = format!("{}", value.abs());
    let (int, frac) = s
        .split_once('.')
        .map(|(i, f)| (i.to_string(), Some(f.to_string())))
        .unwrap_or((s.clone(), None));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let mut out = if neg { format!("-{grouped}") } else { grouped };
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    out
}

/// One human-readable line for an alert.
pub fn alert_line(a: &Alert) -> String {
    let from = a.from.map(group).unwrap_or_else(|| "-".into());
    let date = a
        .published_at
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "undated".into());
    let source = a.source_title.as_deref().unwrap_or(&a.source_url);
    format!(
        "ALERT {kind:<8} {figure}: {from} -> {to} {unit} ({bound}) | {date} | {source} | \"{quote}\"",
        kind = a.kind.as_str(),
        figure = a.figure,
        to = group(a.to),
        unit = a.unit,
        bound = a.bound.as_str(),
        quote = a.quote.replace('\n', " "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group(13e9), "13,000,000,000");
        assert_eq!(group(1.25e9), "1,250,000,000");
        assert_eq!(group(24.0), "24");
        assert_eq!(group(-1234.5), "-1,234.5");
        assert_eq!(group(999.0), "999");
    }
}
