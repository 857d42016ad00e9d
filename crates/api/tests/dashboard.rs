//! The server-rendered dashboard: pages, the SVG timeline and escaping.

mod common;

use axum::http::{StatusCode, header};
use common::*;

/// Every `<circle ...>` start tag of the chart.
fn circles(html: &str) -> Vec<&str> {
    html.match_indices("<circle")
        .map(|(i, _)| {
            let rest = &html[i..];
            &rest[..rest.find('>').unwrap_or(rest.len())]
        })
        .collect()
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

#[tokio::test]
async fn index_lists_figures_alerts_and_sources() {
    let app = app().await;
    let r = get(&app, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header(header::CONTENT_TYPE).starts_with("text/html"));
    let b = &r.body;
    assert!(b.starts_with("<!DOCTYPE html>"));
    assert!(b.contains("href=\"/figures/acme-recall\""));
    assert!(b.contains("Acme Motors brake recall"));
    assert!(b.contains("2.3M vehicles"), "current value");
    assert!(b.contains("1.9M → 2.3M vehicles"), "last change");
    assert!(b.contains("+21%"));
    assert!(b.contains("A figure nobody reported yet") && b.contains("no value yet"));
    assert!(b.contains("1 untracked figures"));
    assert!(b.contains("Alpha News") && b.contains("dot failing"));
    assert!(
        b.contains("kind-conflict"),
        "alerts feed shows the conflict"
    );
}

#[tokio::test]
async fn figure_page_draws_one_linked_point_per_claim() {
    let app = app().await;
    let r = get(&app, "/figures/acme-recall").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = &r.body;
    assert!(b.contains("<svg class=\"chart\""));
    let pts = circles(b);
    assert_eq!(pts.len(), 4, "one point per claim");
    let claims: Vec<&str> = pts.iter().filter_map(|t| attr(t, "data-claim")).collect();
    assert_eq!(claims, ["c1", "c2", "c3", "c4"]);
    let classes: Vec<&str> = pts.iter().filter_map(|t| attr(t, "class")).collect();
    assert_eq!(
        classes,
        ["pt pt-set", "pt pt-support", "pt pt-set", "pt pt-conflict"]
    );
    for id in ["c1", "c2", "c3", "c4"] {
        let host = match id {
            "c1" => "a",
            "c2" => "b",
            "c3" => "c",
            _ => "d",
        };
        assert!(
            b.contains(&format!("<a href=\"https://{host}.example/story-{id}\"")),
            "{id} links its article"
        );
        assert!(
            b.contains(&format!("id=\"claim-{id}\"")),
            "{id} has a history row"
        );
    }
    // Higher values sit higher (smaller y); the same day's duplicates are spread.
    let cy = |i: usize| {
        attr(pts[i], "cy")
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    let cx = |i: usize| {
        attr(pts[i], "cx")
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    assert!(cy(2) < cy(3) && cy(3) < cy(0), "2.3M above 2.0M above 1.9M");
    assert_eq!(cy(0), cy(1));
    assert!(
        cx(0) < cx(1) && cx(1) < cx(2) && cx(2) < cx(3),
        "time runs left to right"
    );
    // Tooltips carry the quote.
    assert!(b.contains("“Acme expanded the recall to 2.3 million vehicles.”</title>"));
    // The tracked value's step line and axis labels.
    assert!(b.contains("class=\"value-line\""));
    assert!(
        b.contains(">Mar 1<") || b.contains(">Mar 2<"),
        "date labels on the x axis"
    );
    assert!(
        b.contains(">2.2M<") || b.contains(">2M<"),
        "value labels on the y axis"
    );
    assert!(b.contains("Conflict: "), "conflict banner");
}

#[tokio::test]
async fn quotes_are_escaped() {
    let app = app().await;
    let b = get(&app, "/figures/acme-recall").await.body;
    assert!(!b.contains("<b>vehicles</b>"));
    assert!(b.contains("&lt;b&gt;vehicles&lt;/b&gt; &amp; counting"));
}

#[tokio::test]
async fn alerts_page_filters_and_pages() {
    let app = app().await;
    let r = get(&app, "/alerts?limit=2").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body.matches("<article class=\"alert\"").count(), 2);
    assert!(r.body.contains("Older alerts →"));
    let r = get(&app, "/alerts?figure=quiet-figure").await;
    assert!(r.body.contains("No alerts match."));
    let r = get(&app, "/alerts?since=never").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("since: expected"));
}

#[tokio::test]
async fn sources_page_and_missing_pages() {
    let app = app().await;
    let r = get(&app, "/sources").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("HTTP 503") && r.body.contains("not configured"));
    let r = get(&app, "/figures/does-not-exist").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("neither configured nor stored"));
    assert_eq!(
        get(&app, "/no/such/page").await.status,
        StatusCode::NOT_FOUND
    );
    let css = get(&app, "/static/style.css").await;
    assert!(css.header(header::CONTENT_TYPE).starts_with("text/css"));
    assert!(css.body.contains("svg.chart"));
}
