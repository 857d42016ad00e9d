//! The `newswatch` binary's command contracts, run as a user would.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn newswatch(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newswatch"))
        .args(args)
        .current_dir(common::root())
        .env_remove("NEWSWATCH_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newswatch");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn replay_prints_alerts_and_writes_jsonl() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("alerts.jsonl");
    let o = newswatch(
        &[
            "replay",
            "examples/demo",
            "--config",
            "examples/demo/newswatch.toml",
            "--alerts-out",
            out.to_str().expect("utf8"),
        ],
        None,
    );
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = stdout(&o);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("ALERT")).count(),
        3,
        "{text}"
    );
    assert!(
        text.contains("northwind-recall: 1,900,000 vehicles -> 2,300,000 vehicles"),
        "{text}"
    );
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&out)
        .expect("alerts file")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 3);
    for key in [
        "id",
        "figure",
        "name",
        "from",
        "to",
        "unit",
        "bound",
        "source_url",
        "source_title",
        "published_at",
        "quote",
        "previous_sources",
        "kind",
    ] {
        assert!(
            lines.iter().all(|l| l.get(key).is_some()),
            "missing {key} in {lines:?}"
        );
    }
    assert_eq!(lines[1]["figure"], "cyclone-mira-deaths");
    assert_eq!(lines[1]["from"], 42.0);
    assert_eq!(lines[1]["to"], 57.0);
    assert_eq!(lines[1]["kind"], "changed");
}

#[test]
fn quantities_contract() {
    let o = newswatch(
        &["quantities", "-"],
        Some("Amazon invested up to $25 billion.\nNo numbers here.\n"),
    );
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 2);
    let q = &lines[0]["quantities"][0];
    assert_eq!(lines[0]["text"], "Amazon invested up to $25 billion.");
    assert_eq!(q["value"], 25e9);
    assert_eq!(q["unit"], "USD");
    assert_eq!(q["kind"], "money");
    assert_eq!(q["bound"], "at_most");
    assert!(q["value_max"].is_null() && q["trend"].is_null());
    let (start, end) = (
        q["start"].as_u64().expect("start") as usize,
        q["end"].as_u64().expect("end") as usize,
    );
    let text: Vec<char> = "Amazon invested up to $25 billion.".chars().collect();
    assert_eq!(
        text[start..end].iter().collect::<String>(),
        q["surface"].as_str().expect("surface")
    );
    assert_eq!(lines[1]["quantities"].as_array().map(Vec::len), Some(0));
}

#[test]
fn claims_contract() {
    let o = newswatch(
        &[
            "claims",
            "--config",
            "examples/demo/newswatch.toml",
            "--published",
            "2026-03-09",
        ],
        Some("Northwind Motors expanded its airbag recall to 2.3 million vehicles on Monday.\n"),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let claims: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let c = claims
        .iter()
        .find(|c| c["figure"] == "northwind-recall")
        .unwrap_or_else(|| panic!("no recall claim in {claims:?}"));
    assert_eq!(c["value"], 2.3e6);
    assert_eq!(c["unit"], "vehicles");
    assert_eq!(c["bound"], "exact");
    for key in [
        "subject",
        "metric",
        "object",
        "value_max",
        "as_of",
        "quote",
        "start",
        "end",
    ] {
        assert!(c.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn invalid_config_reports_every_problem_and_fails() {
    let dir = tempfile::tempdir().expect("tmp");
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "[[feeds]]\nurl = \"nope\"\n[[figures]]\nid = \"x\"\nname = \"X\"\nsubject = \"S\"\nmetric = \"m\"\nunit = \"USD\"\ntolerance = 5\n").expect("write");
    let o = newswatch(&["check", "--config", cfg.to_str().expect("utf8")], None);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("feeds[0].url") && err.contains("figures[0].tolerance"),
        "{err}"
    );
    let o = newswatch(&["check", "--config", "examples/demo/newswatch.toml"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn extract_prints_an_article() {
    let o = newswatch(
        &[
            "extract",
            "examples/demo/02-cyclone-mira.html",
            "--url",
            "https://coastalcourier.example/world/cyclone-mira-toll",
        ],
        None,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("article json");
    assert!(
        a["text"]
            .as_str()
            .expect("text")
            .contains("Cyclone Mira has killed 42 people")
    );
    assert!(
        !a["text"].as_str().expect("text").contains("cookies"),
        "cookie banner leaked"
    );
    assert_eq!(a["published_at"], "2026-03-03T07:15:00Z");
}

#[test]
fn help_explains_each_command() {
    let o = newswatch(&["--help"], None);
    let text = stdout(&o);
    for cmd in [
        "run",
        "replay",
        "extract",
        "quantities",
        "claims",
        "figures",
        "sources",
        "outbox",
        "check",
    ] {
        assert!(text.contains(cmd), "--help lacks {cmd}");
    }
}
