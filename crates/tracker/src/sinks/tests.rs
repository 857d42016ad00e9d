use super::*;
use newswatch_wire::{AlertKind, Bound, Evidence, WIRE_VERSION};
use std::path::Path;

pub(crate) fn alert() -> Alert {
    Alert {
        v: WIRE_VERSION,
        id: "a1".into(),
        figure: "amazon-anthropic-investment-total".into(),
        name: "Amazon's total investment in Anthropic".into(),
        from: Some(8e9),
        to: 13e9,
        unit: "USD".into(),
        bound: Bound::Exact,
        source_url: "https://news.example/amazon-13b".into(),
        source_title: Some("Amazon <doubles> down & more".into()),
        published_at: chrono::DateTime::from_timestamp(1_776_859_200, 0),
        quote: "Amazon has now invested a total of $13 billion\n in Anthropic".into(),
        previous_sources: vec![Evidence {
            value: 8e9,
            bound: Bound::Exact,
            source_url: "https://other.example/8b".into(),
            source_title: Some("Earlier".into()),
            published_at: None,
            quote: "that $8 billion total investment".into(),
            claim_id: "c0".into(),
        }],
        kind: AlertKind::Changed,
        claim_id: "c1".into(),
        as_of: None,
    }
}

fn cfg(text: &str) -> Config {
    Config::parse(text, Path::new("/base")).expect("config")
}

#[test]
fn stdout_line_reads_like_the_contract() {
    assert_eq!(
        crate::format::stdout_line(&alert()),
        "ALERT changed amazon-anthropic-investment-total: 8,000,000,000 USD -> 13,000,000,000 USD \
         (Amazon <doubles> down & more, 2026-04-22) \"Amazon has now invested a total of $13 billion in Anthropic\""
    );
    let mut a = alert();
    a.kind = AlertKind::New;
    a.from = None;
    a.bound = Bound::AtLeast;
    a.source_title = None;
    a.published_at = None;
    assert_eq!(
        crate::format::stdout_line(&a),
        "ALERT new amazon-anthropic-investment-total: more than 13,000,000,000 USD \
         (https://news.example/amazon-13b) \"Amazon has now invested a total of $13 billion in Anthropic\""
    );
}

#[tokio::test]
async fn stdout_sink_writes_one_line_per_alert() {
    let buf = Arc::new(std::sync::Mutex::new(Vec::new()));
    let s = StdoutSink::to_buffer("stdout".into(), buf.clone());
    s.deliver(&alert()).await.expect("deliver");
    s.deliver(&alert()).await.expect("deliver");
    let text = String::from_utf8(buf.lock().expect("lock").clone()).expect("utf8");
    assert_eq!(text.lines().count(), 2);
    assert!(text.starts_with("ALERT changed "));
}

#[tokio::test]
async fn jsonl_sink_appends_the_alert_json() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("nested/alerts.jsonl");
    let s = JsonlSink::new("file".into(), path.clone(), None);
    s.deliver(&alert()).await.expect("deliver");
    let mut second = alert();
    second.id = "a2".into();
    second.kind = AlertKind::New;
    second.from = None;
    s.deliver(&second).await.expect("deliver");
    let text = std::fs::read_to_string(&path).expect("read");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
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
        assert!(lines[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(lines[0]["from"], 8e9);
    assert_eq!(lines[0]["kind"], "changed");
    assert_eq!(lines[0]["bound"], "exact");
    assert_eq!(
        lines[0]["previous_sources"][0]["source_url"],
        "https://other.example/8b"
    );
    assert!(lines[1]["from"].is_null());
    assert_eq!(lines[1]["kind"], "new");
    let back: Alert = serde_json::from_value(lines[0].clone()).expect("alert");
    assert_eq!(back, alert());
}

#[tokio::test]
async fn jsonl_sink_reports_unwritable_paths() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("f");
    std::fs::write(&file, "x").expect("write");
    let s = JsonlSink::new("file".into(), file.join("alerts.jsonl"), None);
    assert!(matches!(s.deliver(&alert()).await, Err(SinkError::Io(_))));
}

#[test]
fn build_sinks_reads_secrets_from_the_environment() {
    let c = cfg(r#"
[[sinks]]
kind = "stdout"

[[sinks]]
kind = "jsonl"
name = "file"
path = "alerts.jsonl"

[[sinks]]
kind = "slack"
url_env = "NW_TEST_SLACK_URL"

[[sinks]]
kind = "webhook"
name = "hook"
url_env = "NW_TEST_HOOK_URL"
secret_env = "NW_TEST_HOOK_SECRET"
timeout = "3s"
max_attempts = 4
"#);
    let env = |v: &str| match v {
        "NW_TEST_SLACK_URL" => {
            Some("https://hooks.slack.example/services/T0/B0/XXSECRET".to_string())
        }
        "NW_TEST_HOOK_URL" => Some("http://127.0.0.1:9/hook".to_string()),
        "NW_TEST_HOOK_SECRET" => Some("s3cret".to_string()),
        _ => None,
    };
    let sinks = build_sinks_with_env(&c, env).expect("sinks");
    let names: Vec<&str> = sinks.iter().map(|s| s.name()).collect();
    assert_eq!(names, ["stdout", "file", "slack", "hook"]);
    assert_eq!(sinks[3].max_attempts(), Some(4));
    assert_eq!(sinks[0].max_attempts(), None);
}

#[test]
fn missing_secrets_are_problems_naming_the_sink_key() {
    let c = cfg(r#"
[[sinks]]
kind = "slack"
url_env = "NW_TEST_UNSET_1"

[[sinks]]
kind = "webhook"
url = "https://hooks.example/x"
secret_env = "NW_TEST_UNSET_2"
"#);
    let problems = match build_sinks_with_env(&c, |_| None) {
        Err(p) => p,
        Ok(_) => panic!("must fail"),
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["sinks[0].url_env", "sinks[1].secret_env"]);
    assert!(problems[0].message.contains("NW_TEST_UNSET_1"));
    // A non-URL in the variable is reported without echoing the value.
    let c = cfg("[[sinks]]\nkind = \"slack\"\nurl_env = \"V\"\n");
    let problems = match build_sinks_with_env(&c, |_| Some("not a url TOKEN123".into())) {
        Err(p) => p,
        Ok(_) => panic!("must fail"),
    };
    assert_eq!(problems[0].path, "sinks[0].url_env");
    assert!(!problems[0].message.contains("TOKEN123"));
}

#[test]
fn slack_message_has_figure_change_link_and_quote() {
    let m = slack_message(&alert());
    let text = m.to_string();
    assert!(
        m["text"]
            .as_str()
            .expect("fallback")
            .starts_with("ALERT changed")
    );
    let blocks = m["blocks"].as_array().expect("blocks");
    assert_eq!(blocks[0]["type"], "header");
    let fields = blocks[1]["fields"].to_string();
    assert!(fields.contains("amazon-anthropic-investment-total"));
    assert!(fields.contains("8,000,000,000 USD → *13,000,000,000 USD*"));
    let section = blocks[2]["text"]["text"].as_str().expect("section");
    assert!(
        section
            .contains("<https://news.example/amazon-13b|Amazon &lt;doubles&gt; down &amp; more>")
    );
    assert!(section.contains("> Amazon has now invested a total of $13 billion in Anthropic"));
    assert!(text.contains("Before: 8,000,000,000 USD <https://other.example/8b|Earlier>"));
}

#[test]
fn signature_is_hmac_sha256_over_timestamp_and_body() {
    // Vector computed independently with
    // `printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac key`.
    assert_eq!(
        sign("key", 1_700_000_000, br#"{"a":1}"#),
        "sha256=a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03"
    );
}
