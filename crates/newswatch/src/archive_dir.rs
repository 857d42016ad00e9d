//! Reading archives for `newswatch replay`.
//!
//! Three formats:
//! - a directory of articles: `NAME.html` / `NAME.htm` / `NAME.txt`, each with
//!   an optional sidecar `NAME.json` `{"url", "title", "published_at", "source"}`
//!   (`published_at` in RFC 3339 or `YYYY-MM-DD`). Without a sidecar the first
//!   line of a `.txt` is its title. A manifest (TOML, `[[document]] file = ...`)
//!   may give the same metadata for files that have no sidecar, e.g. an archive
//!   in a read-only location;
//! - JSON lines of raw items, as the fetcher archives them (`*.jsonl`);
//! - WARC files (`*.warc`, `*.warc.gz`), as the fetcher archives them.

use chrono::{DateTime, NaiveDate, Utc};
use newswatch_wire::{BodyFormat, FeedFields, RawItem, SourceRef, WIRE_VERSION, stable_id};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Errors reading an archive.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("bad sidecar {path}: {reason}")]
    Sidecar { path: PathBuf, reason: String },
    #[error("bad manifest {path}: {reason}")]
    Manifest { path: PathBuf, reason: String },
    #[error("{path}: {reason}")]
    Format { path: PathBuf, reason: String },
    #[error("{0} is not a directory, .jsonl or .warc[.gz] file")]
    Unknown(PathBuf),
}

/// Metadata for one document (sidecar or manifest entry).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DocMeta {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published_at: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// Per-file metadata for archives without sidecars.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    by_file: HashMap<String, DocMeta>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    document: Vec<ManifestEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    file: String,
    #[serde(flatten)]
    meta: DocMeta,
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest, ArchiveError> {
        let text = std::fs::read_to_string(path).map_err(|source| ArchiveError::Io {
            path: path.into(),
            source,
        })?;
        let parsed: ManifestFile = toml::from_str(&text).map_err(|e| ArchiveError::Manifest {
            path: path.into(),
            reason: e.to_string(),
        })?;
        let mut by_file = HashMap::new();
        for (i, e) in parsed.document.into_iter().enumerate() {
            if let Some(p) = &e.meta.published_at {
                parse_published(p).map_err(|reason| ArchiveError::Manifest {
                    path: path.into(),
                    reason: format!("document[{i}] ({}): {reason}", e.file),
                })?;
            }
            by_file.insert(e.file, e.meta);
        }
        Ok(Manifest { by_file })
    }

    fn get(&self, file_name: &str) -> Option<&DocMeta> {
        self.by_file.get(file_name)
    }
}

/// Parse a publication time: RFC 3339, or a plain `YYYY-MM-DD` (midnight UTC).
pub fn parse_published(s: &str) -> Result<DateTime<Utc>, String> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .ok_or_else(|| format!("published_at {s:?} is neither RFC 3339 nor YYYY-MM-DD"))
}

/// One document read from an archive, before normalization.
#[derive(Debug, Clone)]
pub struct ArchivedItem {
    /// Where it came from (file, or file and line / record).
    pub origin: String,
    /// Name that orders it when nothing dates it.
    pub order_name: String,
    pub raw: RawItem,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ArchiveError + '_ {
    move |source| ArchiveError::Io {
        path: path.into(),
        source,
    }
}

/// Read every archive path into items (unsorted).
pub fn read_paths(
    paths: &[PathBuf],
    manifest: &Manifest,
) -> Result<Vec<ArchivedItem>, ArchiveError> {
    let mut out = Vec::new();
    for p in paths {
        read_path(p, manifest, &mut out)?;
    }
    Ok(out)
}

fn ext(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if name.ends_with(".warc.gz") {
        "warc.gz".into()
    } else {
        name.rsplit_once('.')
            .map(|(_, e)| e.to_string())
            .unwrap_or_default()
    }
}

fn read_path(
    path: &Path,
    manifest: &Manifest,
    out: &mut Vec<ArchivedItem>,
) -> Result<(), ArchiveError> {
    let meta = std::fs::metadata(path).map_err(io(path))?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(io(path))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            match ext(&p).as_str() {
                "html" | "htm" | "txt" => out.push(read_document(&p, manifest)?),
                "jsonl" | "warc" | "warc.gz" => read_path(&p, manifest, out)?,
                _ => {}
            }
        }
        return Ok(());
    }
    match ext(path).as_str() {
        "jsonl" => {
            let text = std::fs::read_to_string(path).map_err(io(path))?;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let raw: RawItem =
                    serde_json::from_str(line).map_err(|e| ArchiveError::Format {
                        path: path.into(),
                        reason: format!("line {}: {e}", i + 1),
                    })?;
                out.push(ArchivedItem {
                    origin: format!("{}:{}", path.display(), i + 1),
                    order_name: format!("{}:{:09}", path.display(), i),
                    raw,
                });
            }
            Ok(())
        }
        "warc" | "warc.gz" => {
            let items =
                newswatch_fetcher::archive::read_warc(path).map_err(|e| ArchiveError::Format {
                    path: path.into(),
                    reason: e.to_string(),
                })?;
            for (i, raw) in items.into_iter().enumerate() {
                out.push(ArchivedItem {
                    origin: format!("{}#{}", path.display(), i + 1),
                    order_name: format!("{}:{:09}", path.display(), i),
                    raw,
                });
            }
            Ok(())
        }
        "html" | "htm" | "txt" => {
            out.push(read_document(path, manifest)?);
            Ok(())
        }
        _ => Err(ArchiveError::Unknown(path.into())),
    }
}

fn read_document(path: &Path, manifest: &Manifest) -> Result<ArchivedItem, ArchiveError> {
    let bytes = std::fs::read(path).map_err(io(path))?;
    let body = String::from_utf8_lossy(&bytes).into_owned();
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sidecar_path = path.with_extension("json");
    let meta = if sidecar_path.is_file() {
        let text = std::fs::read_to_string(&sidecar_path).map_err(io(&sidecar_path))?;
        serde_json::from_str::<DocMeta>(&text).map_err(|e| ArchiveError::Sidecar {
            path: sidecar_path.clone(),
            reason: e.to_string(),
        })?
    } else {
        manifest.get(&file_name).cloned().unwrap_or_default()
    };
    let published_at = meta
        .published_at
        .as_deref()
        .map(parse_published)
        .transpose()
        .map_err(|reason| ArchiveError::Sidecar {
            path: sidecar_path.clone(),
            reason,
        })?;
    let format = if ext(path) == "txt" {
        BodyFormat::Text
    } else {
        BodyFormat::Html
    };
    let title = meta.title.clone().or_else(|| {
        (format == BodyFormat::Text)
            .then(|| {
                body.lines()
                    .find(|l| !l.trim().is_empty())
                    .map(|l| l.trim().to_string())
            })
            .flatten()
    });
    let url = match meta.url.clone() {
        Some(u) => u,
        None => {
            let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            url::Url::from_file_path(&abs)
                .map(|u| u.to_string())
                .unwrap_or_else(|_| format!("file://{}", abs.display()))
        }
    };
    let raw = RawItem {
        v: WIRE_VERSION,
        id: stable_id(&[&url]),
        url,
        source: SourceRef {
            feed_url: None,
            name: meta.source.clone(),
        },
        // Deterministic: replay never depends on the clock or file times.
        fetched_at: published_at.unwrap_or(DateTime::<Utc>::UNIX_EPOCH),
        http_status: None,
        content_type: Some(
            if format == BodyFormat::Text {
                "text/plain"
            } else {
                "text/html"
            }
            .into(),
        ),
        format,
        body,
        feed: FeedFields {
            title,
            published_at,
            author: None,
            guid: None,
            summary: None,
        },
    };
    Ok(ArchivedItem {
        origin: path.display().to_string(),
        order_name: file_name,
        raw,
    })
}

/// Order items by event time for replay. An item nothing dates takes the time
/// of the item before it in name order, so undated archives play in name order
/// and undated items stay where their name puts them. Ties keep name order.
pub fn order_by_event_time<T>(
    items: &mut Vec<T>,
    name: impl Fn(&T) -> &str,
    time: impl Fn(&T) -> Option<DateTime<Utc>>,
) {
    items.sort_by(|a, b| name(a).cmp(name(b)));
    let mut last = DateTime::<Utc>::MIN_UTC;
    let mut keyed: Vec<(DateTime<Utc>, usize, T)> = Vec::with_capacity(items.len());
    for (i, it) in items.drain(..).enumerate() {
        let t = time(&it).unwrap_or(last);
        last = t;
        keyed.push((t, i, it));
    }
    keyed.sort_by_key(|k| (k.0, k.1));
    items.extend(keyed.into_iter().map(|(_, _, it)| it));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_formats() {
        assert_eq!(
            parse_published("2026-02-12").expect("date").to_rfc3339(),
            "2026-02-12T00:00:00+00:00"
        );
        assert_eq!(
            parse_published("2026-02-12T10:00:00+02:00")
                .expect("rfc")
                .to_rfc3339(),
            "2026-02-12T08:00:00+00:00"
        );
        assert!(parse_published("12/02/2026").is_err());
    }

    #[test]
    fn undated_items_keep_their_name_position() {
        let t = |d: &str| Some(parse_published(d).expect("date"));
        let mut v = vec![
            ("c", t("2026-01-05")),
            ("a", t("2026-01-10")),
            ("b", None),
            ("d", t("2026-01-01")),
        ];
        order_by_event_time(&mut v, |x| x.0, |x| x.1);
        let names: Vec<&str> = v.iter().map(|x| x.0).collect();
        assert_eq!(names, ["d", "c", "a", "b"]);
    }

    #[test]
    fn directory_with_sidecars_and_manifest() {
        let dir = tempfile::tempdir().expect("tmp");
        let d = dir.path();
        std::fs::write(d.join("a.txt"), "Headline here\n\nBody text.").expect("w");
        std::fs::write(d.join("b.html"), "<html><title>B</title><p>x</p></html>").expect("w");
        std::fs::write(
            d.join("b.json"),
            r#"{"url":"https://news.example/b","title":"B story","published_at":"2026-03-01","source":"Example News"}"#,
        )
        .expect("w");
        std::fs::write(d.join("notes.md"), "ignored").expect("w");
        let mpath = d.join("manifest.toml");
        std::fs::write(
            &mpath,
            "[[document]]\nfile = \"a.txt\"\npublished_at = \"2026-02-01\"\nsource = \"Wire\"\n",
        )
        .expect("w");
        let m = Manifest::load(&mpath).expect("manifest");
        let items = read_paths(&[d.to_path_buf()], &m).expect("read");
        assert_eq!(items.len(), 2);
        let a = &items[0].raw;
        assert_eq!(a.format, BodyFormat::Text);
        assert_eq!(a.feed.title.as_deref(), Some("Headline here"));
        assert_eq!(a.source.name.as_deref(), Some("Wire"));
        assert!(a.url.starts_with("file://"));
        assert_eq!(a.fetched_at, parse_published("2026-02-01").expect("d"));
        let b = &items[1].raw;
        assert_eq!(b.url, "https://news.example/b");
        assert_eq!(b.feed.title.as_deref(), Some("B story"));
        assert_eq!(b.format, BodyFormat::Html);
    }

    #[test]
    fn bad_sidecar_and_bad_jsonl_are_clear_errors() {
        let dir = tempfile::tempdir().expect("tmp");
        let d = dir.path();
        std::fs::write(d.join("a.txt"), "x").expect("w");
        std::fs::write(d.join("a.json"), r#"{"published_at":"last tuesday"}"#).expect("w");
        let e = read_paths(&[d.to_path_buf()], &Manifest::default()).expect_err("bad");
        assert!(e.to_string().contains("last tuesday"), "{e}");
        let j = d.join("x.jsonl");
        std::fs::write(&j, "{\"nope\":1}\n").expect("w");
        let e = read_paths(&[j], &Manifest::default()).expect_err("bad");
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
