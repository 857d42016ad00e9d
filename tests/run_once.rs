//! `newswatch run --once` end to end on one machine: a feed served on
//! 127.0.0.1 links to the demo stories; one poll fetches every article page,
//! the stages process them, and the dispatcher delivers the alerts to a
//! JSON-lines sink through the outbox.

mod common;

use std::collections::HashMap;
use std::process::Command;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A tiny HTTP/1.1 server: path -> (content type, body); 404 otherwise.
async fn serve(listener: TcpListener, routes: Arc<HashMap<String, (String, String)>>) {
    loop {
        let Ok((mut sock, _)) = listener.accept().await else {
            return;
        };
        let routes = routes.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 8192];
            let mut got = 0;
            while got < buf.len() {
                match sock.read(&mut buf[got..]).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => got += n,
                }
                if buf[..got].windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
            let head = String::from_utf8_lossy(&buf[..got]);
            let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, ctype, body) = match routes.get(&path) {
                Some((t, b)) => ("200 OK", t.as_str(), b.as_str()),
                None => ("404 Not Found", "text/plain", "not found"),
            };
            let resp = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(resp.as_bytes()).await;
        });
    }
}

fn demo_page(name: &str) -> String {
    let root = common::root().join("examples/demo");
    let path = root.join(name);
    let text = std::fs::read_to_string(&path).expect("demo file");
    if name.ends_with(".html") {
        return text;
    }
    // Plain-text stories are served as simple HTML pages.
    let mut paras = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    let title = paras.next().unwrap_or_default().to_string();
    let body: String = paras.map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{body}</article></body></html>"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_once_polls_processes_and_delivers() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    // Publication dates from the demo sidecars, in the feed.
    let stories = [
        ("01-northwind-recall.txt", "Mon, 02 Mar 2026 09:30:00 GMT"),
        ("02-cyclone-mira.html", "Tue, 03 Mar 2026 07:15:00 GMT"),
        ("03-helio-funding.html", "Wed, 04 Mar 2026 12:00:00 GMT"),
        ("05-northwind-expands.txt", "Mon, 09 Mar 2026 08:00:00 GMT"),
        (
            "06-cyclone-mira-toll-rises.html",
            "Tue, 10 Mar 2026 06:00:00 GMT",
        ),
        ("07-helio-total.txt", "Thu, 12 Mar 2026 15:00:00 GMT"),
    ];
    let mut routes = HashMap::new();
    let mut items = String::new();
    for (i, (file, date)) in stories.iter().enumerate() {
        let path = format!("/news/{i}");
        routes.insert(
            path.clone(),
            ("text/html; charset=utf-8".to_string(), demo_page(file)),
        );
        items.push_str(&format!(
            "<item><title>Story {i}</title><link>{base}{path}</link><guid>{base}{path}</guid><pubDate>{date}</pubDate></item>\n"
        ));
    }
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local wire</title><link>{base}/</link><description>test</description>\n{items}</channel></rss>"
    );
    routes.insert("/feed.xml".into(), ("application/rss+xml".into(), feed));
    tokio::spawn(serve(listener, Arc::new(routes)));

    let dir = tempfile::tempdir().expect("tmp");
    let demo_cfg = std::fs::read_to_string(common::root().join("examples/demo/newswatch.toml"))
        .expect("demo config");
    // The demo's entities and figures, with this test's feed, store and sink.
    let figures = &demo_cfg[demo_cfg.find("[[entities]]").expect("entities")
        ..demo_cfg.find("[[sinks]]").expect("sinks")];
    let cfg = format!(
        "data_dir = \"{data}\"\n[api]\nenabled = false\n[fetcher]\nper_host_rps = 50.0\nper_host_concurrency = 4\n\
         [[feeds]]\nurl = \"{base}/feed.xml\"\nname = \"Local wire\"\n{figures}\n[[sinks]]\nkind = \"jsonl\"\npath = \"alerts.jsonl\"\n",
        data = dir.path().join("data").display()
    );
    let cfg_path = dir.path().join("newswatch.toml");
    std::fs::write(&cfg_path, cfg).expect("write config");

    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_newswatch"))
            .args(args)
            .env("NEWSWATCH_LOG", "warn")
            .output()
            .expect("run newswatch");
        assert!(
            out.status.success(),
            "newswatch {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    let cfg_arg = cfg_path.to_str().expect("utf8").to_string();
    tokio::task::spawn_blocking(move || {
        run(&["run", "--once", "--config", &cfg_arg]);
        let alerts_path = dir.path().join("data/alerts.jsonl");
        let lines: Vec<serde_json::Value> = std::fs::read_to_string(&alerts_path)
            .expect("alerts delivered to the jsonl sink")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect();
        let got: Vec<(String, f64, f64)> = lines
            .iter()
            .map(|a| {
                (
                    a["figure"].as_str().unwrap_or_default().to_string(),
                    a["from"].as_f64().unwrap_or(f64::NAN),
                    a["to"].as_f64().unwrap_or(f64::NAN),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("northwind-recall".to_string(), 1.9e6, 2.3e6),
                ("cyclone-mira-deaths".to_string(), 42.0, 57.0),
                ("vantage-helio-investment-total".to_string(), 2e9, 3.5e9),
            ]
        );
        // A second poll finds nothing new and delivers nothing twice.
        run(&["run", "--once", "--config", &cfg_arg]);
        let again = std::fs::read_to_string(&alerts_path)
            .expect("alerts")
            .lines()
            .count();
        assert_eq!(again, 3, "second poll re-delivered alerts");
        // The store the run left behind answers the read commands.
        let figures = run(&["figures", "--config", &cfg_arg]);
        let text = String::from_utf8_lossy(&figures.stdout);
        assert!(
            text.contains("northwind-recall") && text.contains("2,300,000"),
            "{text}"
        );
        let sources = run(&["sources", "--config", &cfg_arg]);
        assert!(String::from_utf8_lossy(&sources.stdout).contains("feed.xml"));
        let outbox = run(&["outbox", "--config", &cfg_arg, "--status", "delivered"]);
        assert!(String::from_utf8_lossy(&outbox.stdout).contains("cyclone-mira-deaths"));
    })
    .await
    .expect("test body");
}
