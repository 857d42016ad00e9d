//! The archive formats `replay` reads give the same alerts as the directory
//! they were made from: JSON lines of raw items and WARC, as the fetcher
//! writes them.

mod common;

use newswatch::archive_dir::{Manifest, read_paths};
use newswatch::replay::{ReplayOptions, replay};
use newswatch_fetcher::archive::{HttpRecord, JsonlArchive, WarcArchive};

async fn alerts_of(paths: Vec<std::path::PathBuf>) -> Vec<(String, Option<f64>, f64, String)> {
    let cfg = common::load_config("examples/demo/newswatch.toml");
    let opts = ReplayOptions {
        paths,
        ..Default::default()
    };
    let report = replay(&cfg, &opts, |_| {}).await.expect("replay");
    assert!(report.dead_letters.is_empty(), "{:?}", report.dead_letters);
    report
        .alerts
        .into_iter()
        .map(|a| (a.figure, a.from, a.to, a.source_url))
        .collect()
}

#[tokio::test]
async fn jsonl_and_warc_archives_replay_like_the_directory() {
    let demo = common::root().join("examples/demo");
    let from_dir = alerts_of(vec![demo.clone()]).await;
    assert_eq!(from_dir.len(), 3, "{from_dir:?}");

    let items = read_paths(&[demo], &Manifest::default()).expect("demo items");
    let tmp = tempfile::tempdir().expect("tmp");
    let (jdir, wdir) = (tmp.path().join("jsonl"), tmp.path().join("warc"));
    {
        let mut j = JsonlArchive::create(&jdir, 1 << 20).expect("jsonl archive");
        let mut w = WarcArchive::create(&wdir, 1 << 20).expect("warc archive");
        for it in &items {
            j.append(&it.raw).expect("append jsonl");
            let mut headers = axum::http::HeaderMap::new();
            let ctype = it
                .raw
                .content_type
                .clone()
                .unwrap_or_else(|| "text/html".into());
            headers.insert(
                axum::http::header::CONTENT_TYPE,
                ctype.parse().expect("header value"),
            );
            let rec = HttpRecord {
                status: 200,
                headers: &headers,
                body: it.raw.body.as_bytes(),
            };
            w.append(&it.raw, &rec).expect("append warc");
        }
    }
    let jsonl_files: Vec<_> = std::fs::read_dir(&jdir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let warc_files: Vec<_> = std::fs::read_dir(&wdir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert!(!jsonl_files.is_empty() && !warc_files.is_empty());

    assert_eq!(alerts_of(jsonl_files).await, from_dir, "JSON-lines archive");
    assert_eq!(alerts_of(warc_files).await, from_dir, "WARC archive");
}
