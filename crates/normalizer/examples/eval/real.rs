//! The real-page corpus: Mozilla Readability's test pages (pages saved from
//! news sites and blogs, each with `source.html` and the article Firefox
//! Reader View is expected to produce, `expected.html`). They are fetched
//! by `scripts/fetch-eval-pages.sh` into `target/eval-pages/` and read from
//! there; nothing of them is committed.
//!
//! Which pages: every directory whose `source.html` is at least 20 KB. The
//! smaller ones are hand-written unit cases of Readability (a few lines of
//! markup testing one rule), not pages from the web.
//!
//! Split, fixed before any of these pages was looked at: a page is in the
//! development half when the xxh3-64 hash of its directory name is even,
//! otherwise it is held out. Only development pages may be inspected while
//! tuning; held-out figures are printed only with `EVAL_REAL_HELD_OUT=1`.

#![allow(dead_code)]

use crate::corpus::Page;
use scraper::{Html, Node};
use std::path::{Path, PathBuf};

/// Smallest `source.html` counted as a real page.
pub const MIN_SOURCE_BYTES: u64 = 20 * 1024;

/// Template label of real pages (development and held-out).
pub const DEV: &str = "real-dev";
pub const HELD: &str = "real-held";

/// Where the pages are: `EVAL_REAL_PAGES`, else the fetch script's folder.
pub fn pages_dir() -> PathBuf {
    std::env::var_os("EVAL_REAL_PAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/eval-pages/mozilla-test-pages")
        })
}

pub fn is_held_out(name: &str) -> bool {
    xxhash_rust::xxh3::xxh3_64(name.as_bytes()) % 2 == 1
}

/// Load the real pages, sorted by name. An error names the folder and says
/// how to fetch it.
pub fn load(dir: &Path) -> Result<Vec<Page>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        format!(
            "{}: {e} (run scripts/fetch-eval-pages.sh, or set EVAL_REAL_PAGES)",
            dir.display()
        )
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut pages = Vec::new();
    for name in names {
        let src = dir.join(&name).join("source.html");
        let exp = dir.join(&name).join("expected.html");
        let Ok(meta) = std::fs::metadata(&src) else {
            continue;
        };
        if meta.len() < MIN_SOURCE_BYTES || !exp.exists() {
            continue;
        }
        let read = |p: &Path| -> Result<String, String> {
            std::fs::read(p)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .map_err(|e| format!("{}: {e}", p.display()))
        };
        let html = read(&src)?;
        let truth = text_of(&read(&exp)?);
        let held_out = is_held_out(&name);
        pages.push(Page {
            name: format!("real-{name}"),
            template: if held_out { HELD } else { DEV },
            held_out,
            story: usize::MAX,
            html,
            truth,
        });
    }
    Ok(pages)
}

/// Block elements: their text starts a new paragraph.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "figcaption"
            | "br"
            | "hr"
    )
}

/// The visible text of an expected-output fragment, paragraphs separated by
/// blank lines.
pub fn text_of(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    let mut out = String::new();
    let mut stack = vec![(doc.tree.root(), false)];
    while let Some((node, closing)) = stack.pop() {
        if closing {
            out.push_str("\n\n");
            continue;
        }
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let tag = e.name();
                if matches!(tag, "script" | "style" | "noscript" | "template") {
                    continue;
                }
                if is_block(tag) {
                    out.push_str("\n\n");
                    stack.push((node, true));
                }
                let kids: Vec<_> = node.children().collect();
                for k in kids.into_iter().rev() {
                    stack.push((k, false));
                }
            }
            _ => {
                let kids: Vec<_> = node.children().collect();
                for k in kids.into_iter().rev() {
                    stack.push((k, false));
                }
            }
        }
    }
    out.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
