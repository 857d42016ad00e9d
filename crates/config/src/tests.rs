use super::*;

fn parse(text: &str) -> Result<Config, Vec<Problem>> {
    Config::parse(text, Path::new("/etc/nw"))
}

#[test]
fn empty_file_gives_defaults() {
    let c = parse("").expect("valid");
    assert_eq!(c.data_dir, PathBuf::from("/etc/nw/data"));
    assert_eq!(c.store.path, PathBuf::from("/etc/nw/data/newswatch.sqlite"));
    assert_eq!(c.sinks.len(), 1);
    assert_eq!(c.sinks[0].kind, SinkKind::Stdout);
}

#[test]
fn full_example_parses() {
    let c = parse(
        r#"
data_dir = "/var/lib/newswatch"
alert_on_new = true
[fetcher]
default_poll = "10m"
[[feeds]]
url = "https://example.org/rss"
name = "Example"
poll = "5m"
[[entities]]
name = "Amazon"
aliases = ["AMZN", "Amazon.com"]
[[metrics]]
name = "recalled units"
keywords = ["recall", "recalled"]
[[figures]]
id = "acme-recall"
name = "Acme recall size"
subject = "Acme"
metric = "recalled units"
unit = "vehicles"
tolerance = 0.01
[[sinks]]
kind = "jsonl"
path = "alerts.jsonl"
[[sinks]]
kind = "webhook"
url_env = "HOOK_URL"
secret_env = "HOOK_SECRET"
timeout = 5
"#,
    )
    .expect("valid");
    assert_eq!(
        c.feeds[0].poll,
        Some(HumanDuration(Duration::from_secs(300)))
    );
    assert_eq!(c.figures[0].measure, Measure::Level);
    assert_eq!(
        c.sinks[0].path.as_deref(),
        Some(Path::new("/var/lib/newswatch/alerts.jsonl"))
    );
    assert_eq!(
        c.sinks[1].timeout,
        Some(HumanDuration(Duration::from_secs(5)))
    );
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let problems = parse(
        r#"
colour = "blue"
[fetcher]
concurrency = 0
[[feeds]]
url = "ftp://example.org/x"
[[feeds]]
url = "not a url"
[[figures]]
id = "a b"
name = "x"
subject = "s"
metric = "m"
unit = "usd"
tolerance = 2.0
[[figures]]
id = "ok"
name = "x"
subject = "s"
metric = "m"
unit = "USD"
measure = "sideways"
[[sinks]]
kind = "slack"
[[sinks]]
kind = "carrier-pigeon"
"#,
    )
    .expect_err("invalid");
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for want in [
        "colour",
        "fetcher.concurrency",
        "feeds[0].url",
        "feeds[1].url",
        "figures[0].id",
        "figures[0].unit",
        "figures[0].tolerance",
        "figures[1]",
        "sinks[0].url_env",
        "sinks[1]",
    ] {
        assert!(paths.contains(&want), "missing {want} in {problems:#?}");
    }
}

#[test]
fn syntax_error_names_line() {
    let p = parse("data_dir = \n").expect_err("invalid");
    assert!(p[0].path.starts_with("line 1"), "{p:?}");
}

#[test]
fn load_reports_file_and_missing_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let f = dir.path().join("nw.toml");
    std::fs::write(&f, "[[figures]]\nid = \"x\"\n").expect("write");
    let e = Config::load(&f).expect_err("invalid");
    let msg = e.to_string();
    assert!(
        msg.contains("nw.toml") && msg.contains("figures[0]"),
        "{msg}"
    );
    assert!(matches!(
        Config::load(&dir.path().join("nope.toml")),
        Err(ConfigError::Read { .. })
    ));
}

#[test]
fn durations_accept_text_and_seconds() {
    let c = parse("[fetcher]\ndefault_poll = \"1h 30m\"\nmin_poll = 30\n").expect("valid");
    assert_eq!(c.fetcher.default_poll.0, Duration::from_secs(5400));
    assert_eq!(c.fetcher.min_poll.0, Duration::from_secs(30));
    let p = parse("[fetcher]\ndefault_poll = \"soon\"\n").expect_err("bad");
    assert_eq!(p[0].path, "fetcher");
    assert!(p[0].message.contains("soon"));
}

#[test]
fn kafka_topic_settings_are_validated() {
    let c = parse("[kafka]\npartitions = 3\nreplication_factor = 2\ncreate_topics = false\n")
        .expect("valid");
    assert_eq!(c.kafka.partitions, 3);
    assert_eq!(c.kafka.replication_factor, 2);
    assert!(!c.kafka.create_topics);
    let d = parse("").expect("valid");
    assert_eq!((d.kafka.partitions, d.kafka.replication_factor), (6, 1));
    assert!(d.kafka.create_topics);
    let errs =
        parse("[kafka]\npartitions = 0\nreplication_factor = 0\nshutdown_deadline = \"0s\"\n")
            .expect_err("invalid");
    let paths: Vec<&str> = errs.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"kafka.partitions"), "{errs:?}");
    assert!(paths.contains(&"kafka.replication_factor"), "{errs:?}");
    assert!(paths.contains(&"kafka.shutdown_deadline"), "{errs:?}");
}

#[test]
fn normalizer_settings_are_validated() {
    let d = parse("").expect("valid");
    assert!(d.normalizer.site_boilerplate);
    assert_eq!(d.normalizer.site_boilerplate_min_pages, 3);
    let c = parse("[normalizer]\nsite_boilerplate = false\nsite_boilerplate_min_pages = 5\n")
        .expect("valid");
    assert!(!c.normalizer.site_boilerplate);
    assert_eq!(c.normalizer.site_boilerplate_min_pages, 5);
    for bad in [
        "site_boilerplate_min_pages = 1",
        "site_boilerplate_min_pages = 101",
    ] {
        let errs = parse(&format!("[normalizer]\n{bad}\n")).expect_err("invalid");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].path, "normalizer.site_boilerplate_min_pages");
    }
    let errs = parse("[normalizer]\nsite_memory = true\n").expect_err("unknown key");
    assert!(errs[0].message.contains("site_memory"), "{errs:?}");
}

#[test]
fn figure_claim_filters_parse_and_validate() {
    let c = parse(
        r#"
[[figures]]
id = "x-new"
name = "X new investment"
subject = "X"
metric = "investment"
unit = "USD"
bounds = ["exact", "at_least"]
measures = ["level", "increment"]
keywords = ["announced"]
exclude_keywords = ["contingent"]
period = "2023-09"
max_age = "180d"
"#,
    )
    .expect("valid");
    let f = &c.figures[0];
    assert_eq!(f.bounds, vec![Bound::Exact, Bound::AtLeast]);
    assert_eq!(f.measures, vec![Measure::Level, Measure::Increment]);
    assert_eq!(f.period, Some(Period::Month(2023, 9)));
    assert_eq!(f.max_age.map(|d| d.0.as_secs()), Some(180 * 86400));
    let errs = parse(
        r#"
[[figures]]
id = "y"
name = "Y"
subject = "Y"
metric = "m"
unit = "USD"
bounds = ["sometimes"]
period = "2023-13"
exclude_keywords = [" "]
max_age = "0s"
"#,
    )
    .expect_err("invalid");
    let paths: Vec<&str> = errs.iter().map(|p| p.path.as_str()).collect();
    assert!(
        paths.iter().any(|p| p.starts_with("figures[0]")),
        "{errs:?}"
    );
}
