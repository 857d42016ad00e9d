//! The one-shot commands (`replay`, `extract`, `quantities`, `claims`).

use crate::output;
use crate::replay::{self, ReplayOptions};
use anyhow::Context;
use chrono::NaiveDate;
use newswatch_config::Config;
use newswatch_wire::{BodyFormat, FeedFields, RawItem, SourceRef, WIRE_VERSION, stable_id};
use std::io::{Read, Write};
use std::path::Path;

pub mod run;
pub mod serve;
pub mod services;

/// Load and validate a config file; every problem is in the error.
pub fn load_config(path: &Path) -> anyhow::Result<Config> {
    Ok(Config::load(path)?)
}

/// Like [`load_config`], but the default path may be missing (then defaults).
pub fn load_config_or_default(path: &Path, default: &str) -> anyhow::Result<Config> {
    if path == Path::new(default) && !path.exists() {
        tracing::warn!("no {default}; using built-in defaults (no tracked figures)");
        return Ok(Config::default());
    }
    load_config(path)
}

fn read_input(file: &str) -> anyhow::Result<String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading standard input")?;
        Ok(s)
    } else {
        let bytes = std::fs::read(file).with_context(|| format!("reading {file}"))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// `newswatch replay`.
pub async fn replay(
    cfg: &Config,
    opts: &ReplayOptions,
    alerts_out: Option<&Path>,
    quiet: bool,
) -> anyhow::Result<()> {
    let mut jsonl = match alerts_out {
        Some(p) => {
            if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            Some(std::io::BufWriter::new(
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
            ))
        }
        None => None,
    };
    let mut write_err = None;
    let report = replay::replay(cfg, opts, |alert| {
        let _ = output::print(&format!("{}\n", newswatch_tracker::stdout_line(alert)));
        if let Some(w) = jsonl.as_mut() {
            let line = serde_json::to_string(alert).unwrap_or_default();
            if let Err(e) = writeln!(w, "{line}") {
                write_err.get_or_insert(e);
            }
        }
    })
    .await?;
    if let Some(mut w) = jsonl {
        w.flush().context("writing --alerts-out")?;
    }
    if let Some(e) = write_err {
        return Err(e).context("writing --alerts-out");
    }
    if !quiet {
        eprintln!(
            "replayed {} items: {} articles, {} claims, {} alerts, {} dead letters",
            report.items,
            report.count("normalizer", "emitted"),
            report.count("extractor", "emitted"),
            report.alerts.len(),
            report.dead_letters.len()
        );
        for d in &report.dead_letters {
            eprintln!(
                "  dead letter from {}: {} ({})",
                d.stage,
                d.error,
                d.key.as_deref().unwrap_or("-")
            );
        }
    }
    Ok(())
}

/// `newswatch extract FILE.html [--url URL]`.
pub fn extract(file: &Path, url: Option<&str>) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let url = match url {
        Some(u) => u.to_string(),
        None => {
            let abs = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
            url::Url::from_file_path(&abs)
                .map(|u| u.to_string())
                .unwrap_or_else(|_| abs.display().to_string())
        }
    };
    let raw = RawItem {
        v: WIRE_VERSION,
        id: stable_id(&[&url]),
        url,
        source: SourceRef::default(),
        fetched_at: chrono::Utc::now(),
        http_status: None,
        content_type: Some("text/html".into()),
        format: BodyFormat::Html,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        feed: FeedFields::default(),
    };
    let article = newswatch_normalizer::normalize(&raw)
        .with_context(|| format!("normalizing {}", file.display()))?;
    output::print(&format!("{}\n", serde_json::to_string_pretty(&article)?))
}

/// `newswatch quantities [FILE|-]`: one JSON line per input line.
pub fn quantities(file: &str) -> anyhow::Result<()> {
    let text = read_input(file)?;
    let mut out = String::new();
    for line in text.lines() {
        let qs = newswatch_extractor::quantities(line);
        out.push_str(&serde_json::to_string(
            &serde_json::json!({ "text": line, "quantities": qs }),
        )?);
        out.push('\n');
    }
    output::print(&out)
}

/// `newswatch claims`: one JSON line per claim in a plain-text article.
pub fn claims(cfg: &Config, published: Option<NaiveDate>, file: &str) -> anyhow::Result<()> {
    let text = read_input(file)?;
    let extractor = newswatch_extractor::Extractor::new(cfg);
    let mut out = String::new();
    for c in extractor.claims_in_text(&text, published) {
        out.push_str(&serde_json::to_string(
            &newswatch_extractor::ClaimLine::from(&c),
        )?);
        out.push('\n');
    }
    output::print(&out)
}
