//! Plain, aligned tables for `newswatch figures [list|show ID]` and the
//! outbox (dead-letter) view.

use crate::TrackerError;
use crate::format::{format_amount, format_value, one_line, truncate};
use crate::state::FigureState;
use chrono::{DateTime, Utc};
use newswatch_config::Config;
use newswatch_store::{DeliveryStatus, FigureRow, Store};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Most outbox rows printed by [`render_outbox`].
const OUTBOX_LIMIT: usize = 1000;

/// Lay out rows under a header, columns separated by two spaces.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(c.chars().count());
            }
        }
    }
    let mut out = String::new();
    let mut line = |cells: Vec<&str>| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                l.push_str(c);
            } else {
                let pad = widths[i].saturating_sub(c.chars().count());
                l.push_str(c);
                l.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header.to_vec());
    for r in rows {
        line(r.iter().map(String::as_str).collect());
    }
    out
}

fn date(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d").to_string()
}

fn datetime(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

fn parse_state(row: &FigureRow) -> Option<FigureState> {
    FigureState::from_json(&row.state).ok()
}

fn figure_row(id: &str, row: Option<&FigureRow>, unit: &str, note: &str) -> Vec<String> {
    let state = row.and_then(parse_state);
    let cur = state.as_ref().and_then(|s| s.current.as_ref());
    let mut notes = vec![note.to_string()];
    if let Some(p) = state.as_ref().and_then(|s| s.pending.as_ref())
        && let Some(f) = p.first()
    {
        notes.push(format!(
            "pending {} ({} source{})",
            format_value(f.value()),
            p.outlets(),
            if p.outlets() == 1 { "" } else { "s" }
        ));
    }
    vec![
        id.to_string(),
        cur.map(|c| {
            let a = format_amount(c.value, c.bound, "");
            match c.value_max {
                Some(m) => format!("{a}-{}", format_value(m)),
                None => a,
            }
        })
        .unwrap_or_else(|| "-".into()),
        cur.map(|c| c.unit.clone())
            .unwrap_or_else(|| unit.to_string()),
        cur.and_then(|c| c.as_of)
            .map(|p| p.to_string())
            .unwrap_or_else(|| "-".into()),
        cur.map(|c| c.outlets().to_string())
            .unwrap_or_else(|| "0".into()),
        row.map(|r| r.claims.to_string())
            .unwrap_or_else(|| "0".into()),
        cur.map(|c| date(c.reported_at))
            .unwrap_or_else(|| "-".into()),
        notes
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

/// Every configured figure with its current value (configured ones first,
/// in config order), then figures only the store knows (untracked).
pub async fn render_figures(store: &dyn Store, cfg: &Config) -> Result<String, TrackerError> {
    let rows = store.figures().await?;
    let by_id: HashMap<&str, &FigureRow> = rows.iter().map(|r| (r.figure.as_str(), r)).collect();
    let mut out_rows = Vec::new();
    for f in &cfg.figures {
        out_rows.push(figure_row(
            &f.id,
            by_id.get(f.id.as_str()).copied(),
            &f.unit,
            "",
        ));
    }
    for r in &rows {
        if cfg.figure(&r.figure).is_none() {
            out_rows.push(figure_row(&r.figure, Some(r), "", "untracked"));
        }
    }
    let mut out = table(
        &[
            "FIGURE", "VALUE", "UNIT", "AS OF", "SOURCES", "CLAIMS", "REPORTED", "NOTE",
        ],
        &out_rows,
    );
    let _ = writeln!(
        out,
        "{} tracked, {} untracked",
        cfg.figures.len(),
        rows.iter()
            .filter(|r| cfg.figure(&r.figure).is_none())
            .count()
    );
    Ok(out)
}

/// One figure: its configuration, current value with supporting sources,
/// a pending change if any, and the full history with verdicts.
pub async fn render_figure(
    store: &dyn Store,
    cfg: &Config,
    id: &str,
) -> Result<String, TrackerError> {
    let spec = cfg.figure(id);
    let state = store.figure_state(id).await?;
    let history = store.figure_history(id).await?;
    if spec.is_none() && state.is_none() && history.is_empty() {
        return Err(TrackerError::UnknownFigure(id.to_string()));
    }
    let state = match state {
        Some(v) => FigureState::from_json(&v).map_err(|e| TrackerError::State {
            figure: id.to_string(),
            reason: e.to_string(),
        })?,
        None => FigureState::default(),
    };
    let mut out = String::new();
    match spec {
        Some(f) => {
            let _ = writeln!(out, "{} - {}", f.id, f.name);
            let _ = writeln!(
                out,
                "subject: {}  metric: {}{}  unit: {}  tolerance: {}%",
                f.subject,
                f.metric,
                f.object
                    .as_deref()
                    .map(|o| format!("  object: {o}"))
                    .unwrap_or_default(),
                f.unit,
                format_value(f.tolerance * 100.0)
            );
        }
        None => {
            let _ = writeln!(out, "{id} (untracked)");
        }
    }
    match &state.current {
        Some(c) => {
            let _ = writeln!(
                out,
                "current: {}{}{} (reported {}, {} independent source{})",
                format_amount(c.value, c.bound, &c.unit),
                c.value_max
                    .map(|m| format!(" to {}", format_value(m)))
                    .unwrap_or_default(),
                c.as_of.map(|p| format!(" as of {p}")).unwrap_or_default(),
                date(c.reported_at),
                c.outlets(),
                if c.outlets() == 1 { "" } else { "s" }
            );
            for s in &c.sources {
                let _ = writeln!(
                    out,
                    "  - {}  {}  \"{}\"",
                    s.outlet,
                    s.evidence.source_url,
                    truncate(&one_line(&s.evidence.quote), 100)
                );
            }
        }
        None => {
            let _ = writeln!(out, "current: no value yet");
        }
    }
    if let Some(p) = &state.pending
        && let Some(f) = p.first()
    {
        let _ = writeln!(
            out,
            "pending: {} since {} ({} independent source{})",
            format_amount(f.value(), f.bound(), ""),
            datetime(p.since),
            p.outlets(),
            if p.outlets() == 1 { "" } else { "s" }
        );
    }
    if let Some(t) = state.last_alert_at {
        let _ = writeln!(out, "last alert: {}", datetime(t));
    }
    let _ = writeln!(out, "\nhistory ({} claims):", history.len());
    let rows: Vec<Vec<String>> = history
        .iter()
        .map(|h| {
            let c = &h.claim;
            vec![
                c.published_at.map(date).unwrap_or_else(|| "-".into()),
                format_value(c.value)
                    + &c.value_max
                        .map(|m| format!("-{}", format_value(m)))
                        .unwrap_or_default(),
                c.unit.clone(),
                c.bound.as_str().to_string(),
                c.as_of.map(|p| p.to_string()).unwrap_or_else(|| "-".into()),
                h.verdict.clone(),
                c.source_name
                    .clone()
                    .or_else(|| c.source_title.clone())
                    .unwrap_or_else(|| c.source_url.clone()),
                format!("\"{}\"", truncate(&one_line(&c.quote), 80)),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "PUBLISHED",
            "VALUE",
            "UNIT",
            "BOUND",
            "AS OF",
            "VERDICT",
            "SOURCE",
            "QUOTE",
        ],
        &rows,
    ));
    Ok(out)
}

/// Outbox deliveries (one alert to one sink), optionally only those in one
/// state (`dead` is the dead-letter view).
pub async fn render_outbox(
    store: &dyn Store,
    status: Option<DeliveryStatus>,
) -> Result<String, TrackerError> {
    let entries = store.deliveries(status, OUTBOX_LIMIT).await?;
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                datetime(e.created_at),
                e.alert.id.clone(),
                e.alert.kind.as_str().to_string(),
                e.alert.figure.clone(),
                e.sink.clone(),
                e.status.as_str().to_string(),
                e.attempts.to_string(),
                match e.status {
                    DeliveryStatus::Pending => datetime(e.next_attempt_at),
                    DeliveryStatus::Delivered => e
                        .delivered_at
                        .map(|t| format!("done {}", datetime(t)))
                        .unwrap_or_else(|| "done".into()),
                    DeliveryStatus::Dead => "-".into(),
                },
                e.last_error
                    .as_deref()
                    .map(|s| truncate(&one_line(s), 80))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let mut out = table(
        &[
            "CREATED",
            "ALERT",
            "KIND",
            "FIGURE",
            "SINK",
            "STATUS",
            "ATTEMPTS",
            "NEXT",
            "LAST ERROR",
        ],
        &rows,
    );
    let what = status
        .map(|s| format!(" {}", s.as_str()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}{what} deliver{}{}",
        rows.len(),
        if rows.len() == 1 { "y" } else { "ies" },
        if rows.len() == OUTBOX_LIMIT {
            " (first ones only)"
        } else {
            ""
        }
    );
    Ok(out)
}
