//! The timeline chart of a figure, drawn as inline SVG on the server.
//!
//! Every claim is a point at (publication time, value), linked to its
//! article, with a tooltip holding the quote. Claims that set the tracked
//! value are filled, conflicting ones red, pending ones amber, the rest
//! hollow; a stepped line shows the tracked value over time and a range
//! claim gets a bar to its upper end.

use crate::format;
use crate::model::HistoryPoint;
use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc};
use maud::{Markup, html};
use std::collections::HashMap;

pub const WIDTH: f64 = 920.0;
pub const HEIGHT: f64 = 340.0;
const LEFT: f64 = 78.0;
const RIGHT: f64 = 28.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 50.0;

/// Category of a point, also its CSS class.
pub fn category(p: &HistoryPoint) -> &'static str {
    if p.conflict {
        "conflict"
    } else if p.verdict == "pending" {
        "pending"
    } else if p.sets_value {
        "set"
    } else if matches!(
        p.verdict.as_str(),
        "historical" | "stale" | "duplicate" | "unit_mismatch" | "increment" | "unattributed"
    ) || p.duplicate_of.is_some()
    {
        "muted"
    } else {
        "support"
    }
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) near `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let n = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    n * mag
}

/// Y domain and ticks covering `lo..=hi`.
pub fn y_ticks(lo: f64, hi: f64) -> (f64, f64, Vec<f64>) {
    let (mut lo, mut hi) = (lo, hi);
    if !(lo.is_finite() && hi.is_finite()) {
        return (0.0, 1.0, vec![0.0, 1.0]);
    }
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
        let pad = if hi == 0.0 { 1.0 } else { hi.abs() * 0.1 };
        lo -= pad;
        hi += pad;
    }
    // Start at zero when the values are positive and zero is not far off.
    if lo > 0.0 && (hi - lo) / hi > 0.45 {
        lo = 0.0;
    }
    // Headroom so no point sits on the frame (never below zero for positive data).
    let pad = (hi - lo) * 0.08;
    lo = if lo >= 0.0 {
        (lo - pad).max(0.0)
    } else {
        lo - pad
    };
    hi += pad;
    let step = nice_step((hi - lo) / 5.0);
    let start = (lo / step).floor() * step;
    let end = (hi / step).ceil() * step;
    let mut ticks = Vec::new();
    let mut t = start;
    while t <= end + step * 1e-9 && ticks.len() < 20 {
        // Snap away float noise (0.30000000000000004).
        ticks.push((t / step).round() * step);
        t += step;
    }
    (start, end, ticks)
}

fn day_start(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(t.year(), t.month(), t.day(), 0, 0, 0)
        .single()
        .unwrap_or(t)
}

/// Time ticks with labels over `lo..=hi`.
pub fn x_ticks(lo: DateTime<Utc>, hi: DateTime<Utc>) -> Vec<(DateTime<Utc>, String)> {
    let span = hi - lo;
    let mut out = Vec::new();
    if span <= Duration::hours(48) {
        let step_h = [1i64, 2, 3, 6, 12, 24]
            .into_iter()
            .find(|h| span.num_hours() / h <= 7)
            .unwrap_or(24);
        let mut t = lo
            .with_minute(0)
            .and_then(|t| t.with_second(0))
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(lo);
        while t < lo {
            t += Duration::hours(1);
        }
        while t.hour() as i64 % step_h != 0 {
            t += Duration::hours(1);
        }
        while t <= hi && out.len() < 12 {
            let label = if t.hour() == 0 {
                t.format("%b %-d").to_string()
            } else {
                t.format("%H:%M").to_string()
            };
            out.push((t, label));
            t += Duration::hours(step_h);
        }
        return out;
    }
    let days = span.num_days().max(1);
    let step = [1i64, 2, 3, 7, 14, 30, 61, 91, 182, 365, 730]
        .into_iter()
        .find(|d| days / d <= 7)
        .unwrap_or(365 * ((days / 7) / 365 + 1));
    let fmt = if days > 300 { "%b %Y" } else { "%b %-d" };
    let mut t = day_start(lo);
    if t < lo {
        t += Duration::days(1);
    }
    while t <= hi && out.len() < 12 {
        out.push((t, t.format(fmt).to_string()));
        t += Duration::days(step);
    }
    out
}

/// Axis label for a value: `$13B`, `4.5%`, `2.3M`.
fn axis_label(v: f64, unit: &str) -> String {
    let s = format::with_unit(v, unit);
    if s.ends_with(unit) && !unit.is_empty() && !s.ends_with('%') {
        format::compact(v)
    } else {
        s
    }
}

fn tooltip(p: &HistoryPoint) -> String {
    let source = p
        .source_name
        .clone()
        .or_else(|| p.source_title.clone())
        .unwrap_or_else(|| crate::view::host_of(&p.source_url));
    let mut s = format!(
        "{} · {} ({})\n{}",
        p.at.format("%b %-d, %Y"),
        p.display,
        p.verdict.replace('_', " "),
        source
    );
    if let Some(asof) = &p.as_of {
        s.push_str(&format!(" · as of {asof}"));
    }
    if !p.quote.is_empty() {
        s.push_str(&format!("\n“{}”", p.quote));
    }
    s
}

/// The chart for a figure's history (oldest first). Empty history: a note.
pub fn timeline(points: &[HistoryPoint], unit: &str, title: &str) -> Markup {
    if points.is_empty() {
        return html! { p.empty { "No claims recorded for this figure yet." } };
    }
    let (w, h) = (WIDTH, HEIGHT);
    let (pw, ph) = (w - LEFT - RIGHT, h - TOP - BOTTOM);

    let t_min = points.iter().map(|p| p.at).min().unwrap_or_else(Utc::now);
    let t_max = points.iter().map(|p| p.at).max().unwrap_or(t_min);
    let mut span = t_max - t_min;
    let (mut x_lo, mut x_hi) = (t_min, t_max);
    if span < Duration::hours(12) {
        x_lo -= Duration::hours(12);
        x_hi += Duration::hours(12);
        span = x_hi - x_lo;
    }
    let pad = span / 20;
    x_lo -= pad;
    x_hi += pad;
    let x_span = (x_hi - x_lo).num_seconds().max(1) as f64;
    let x = |t: DateTime<Utc>| LEFT + (t - x_lo).num_seconds() as f64 / x_span * pw;

    let values = points
        .iter()
        .flat_map(|p| std::iter::once(p.value).chain(p.value_max))
        .filter(|v| v.is_finite());
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let (y_lo, y_hi, yt) = y_ticks(lo, hi);
    let y_span = if y_hi > y_lo { y_hi - y_lo } else { 1.0 };
    let y = |v: f64| TOP + ph - (v - y_lo) / y_span * ph;

    // The tracked value as a step line through the claims that set it.
    let mut setters: Vec<&HistoryPoint> = points.iter().filter(|p| p.sets_value).collect();
    setters.sort_by_key(|p| p.at);
    let mut line = String::new();
    for (i, p) in setters.iter().enumerate() {
        let (px, py) = (x(p.at), y(p.value));
        if i == 0 {
            line.push_str(&format!("M{px:.1},{py:.1}"));
        } else {
            line.push_str(&format!(" H{px:.1} V{py:.1}"));
        }
    }
    if !line.is_empty() {
        line.push_str(&format!(" H{:.1}", LEFT + pw));
    }

    // Spread points that would sit on top of each other.
    let mut seen: HashMap<(i64, i64), u32> = HashMap::new();
    let placed: Vec<(f64, f64, &HistoryPoint)> = points
        .iter()
        .map(|p| {
            let (px, py) = (x(p.at), y(p.value));
            let key = ((px / 4.0).round() as i64, (py / 4.0).round() as i64);
            let n = seen.entry(key).or_insert(0);
            let k = f64::from(*n);
            *n += 1;
            let dx = if k == 0.0 {
                0.0
            } else {
                ((k + 1.0) / 2.0).floor() * 9.0 * if k % 2.0 == 1.0 { 1.0 } else { -1.0 }
            };
            (px + dx, py, p)
        })
        .collect();

    let xt = x_ticks(x_lo, x_hi);
    let label = format!("Timeline of {title}: {} claims", points.len());
    html! {
        svg.chart viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(label) xmlns="http://www.w3.org/2000/svg" {
            g.grid {
                @for v in &yt {
                    line x1=(fmt1(LEFT)) x2=(fmt1(LEFT + pw)) y1=(fmt1(y(*v))) y2=(fmt1(y(*v))) {}
                }
            }
            g.axis.y-axis {
                @for v in &yt {
                    text x=(fmt1(LEFT - 10.0)) y=(fmt1(y(*v) + 4.0)) text-anchor="end" { (axis_label(*v, unit)) }
                }
                @if !unit.is_empty() && axis_label(1e6, unit) == format::compact(1e6) {
                    text.axis-title x=(fmt1(16.0)) y=(fmt1(TOP + ph / 2.0)) text-anchor="middle"
                        transform=(format!("rotate(-90 16 {:.1})", TOP + ph / 2.0)) { (unit) }
                }
            }
            g.axis.x-axis {
                line x1=(fmt1(LEFT)) x2=(fmt1(LEFT + pw)) y1=(fmt1(TOP + ph)) y2=(fmt1(TOP + ph)) {}
                @for (t, l) in &xt {
                    line x1=(fmt1(x(*t))) x2=(fmt1(x(*t))) y1=(fmt1(TOP + ph)) y2=(fmt1(TOP + ph + 5.0)) {}
                    text x=(fmt1(x(*t))) y=(fmt1(TOP + ph + 20.0)) text-anchor="middle" { (l) }
                }
            }
            @if !line.is_empty() {
                path.value-line d=(line) {}
            }
            g.points {
                @for (px, py, p) in &placed {
                    @if let Some(max) = p.value_max {
                        line.range x1=(fmt1(*px)) x2=(fmt1(*px)) y1=(fmt1(*py)) y2=(fmt1(y(max))) {}
                    }
                    a href=(p.source_url) target="_blank" rel="noopener noreferrer" {
                        circle class=(format!("pt pt-{}", category(p))) cx=(fmt1(*px)) cy=(fmt1(*py))
                            r=(if category(p) == "muted" { "4.5" } else { "6" })
                            data-claim=(p.claim_id) data-value=(p.value) data-verdict=(p.verdict) {
                            title { (tooltip(p)) }
                        }
                    }
                }
            }
        }
    }
}

fn fmt1(v: f64) -> String {
    format!("{v:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_nice() {
        assert_eq!(nice_step(0.37), 0.5);
        assert_eq!(nice_step(80_000.0), 100_000.0);
        assert_eq!(nice_step(180_000.0), 200_000.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn y_ticks_cover_values() {
        let (lo, hi, t) = y_ticks(1.9e6, 2.3e6);
        assert!(lo < 1.9e6 && hi > 2.3e6, "headroom around the points");
        assert!(t.len() >= 3 && t.len() <= 8, "{t:?}");
        assert!(t.windows(2).all(|w| w[1] > w[0]));
        // Far-apart positive values start at zero.
        let (lo, _, _) = y_ticks(8e9, 13e9);
        assert!(lo > 0.0);
        let (lo, _, _) = y_ticks(2.0, 13.0);
        assert_eq!(lo, 0.0);
        // A single value still gets a range.
        let (lo, hi, t) = y_ticks(5.0, 5.0);
        assert!(lo < 5.0 && hi > 5.0 && t.len() >= 2);
        let (_, _, t) = y_ticks(f64::NAN, 1.0);
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn x_ticks_are_ordered_and_bounded() {
        let a = Utc
            .with_ymd_and_hms(2026, 3, 1, 10, 0, 0)
            .single()
            .unwrap_or_default();
        for span in [
            Duration::hours(5),
            Duration::days(9),
            Duration::days(200),
            Duration::days(3000),
        ] {
            let t = x_ticks(a, a + span);
            assert!(!t.is_empty() && t.len() <= 12, "{span:?}: {t:?}");
            assert!(t.windows(2).all(|w| w[1].0 > w[0].0));
            assert!(t.iter().all(|(x, _)| *x >= a && *x <= a + span));
        }
    }
}
