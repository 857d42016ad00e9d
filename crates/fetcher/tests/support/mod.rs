//! A scriptable HTTP server on 127.0.0.1 for component tests and the
//! benchmark: routes can be changed between polls; it counts hits per path
//! and the peak number of requests in flight.
#![allow(dead_code)]

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Default)]
pub struct Route {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Duration,
    /// Answer 304 when If-None-Match equals this ETag.
    pub etag: Option<String>,
    /// Send the ETag but ignore If-None-Match (a sloppy server).
    pub ignore_conditional: bool,
}

impl Route {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Route {
            status: 200,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
            ..Default::default()
        }
    }
    pub fn status(status: u16) -> Self {
        Route {
            status,
            ..Default::default()
        }
    }
    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.into(), v.into()));
        self
    }
    pub fn etag(mut self, e: &str) -> Self {
        self.etag = Some(e.into());
        self
    }
    pub fn delay(mut self, d: Duration) -> Self {
        self.delay = d;
        self
    }
}

#[derive(Default)]
pub struct ServerState {
    pub routes: Mutex<HashMap<String, Route>>,
    pub hits: Mutex<HashMap<String, usize>>,
    pub conditional_hits: AtomicUsize,
    pub inflight: AtomicUsize,
    pub max_inflight: AtomicUsize,
    pub total: AtomicUsize,
}

pub struct TestServer {
    pub addr: SocketAddr,
    pub state: Arc<ServerState>,
}

impl TestServer {
    pub async fn start() -> TestServer {
        Self::start_on("127.0.0.1:0").await
    }

    pub async fn start_on(bind: &str) -> TestServer {
        let state = Arc::new(ServerState::default());
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind(bind).await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        TestServer { addr, state }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn route(&self, path: &str, r: Route) {
        self.state
            .routes
            .lock()
            .expect("lock")
            .insert(path.to_string(), r);
    }

    pub fn hits(&self, path: &str) -> usize {
        *self
            .state
            .hits
            .lock()
            .expect("lock")
            .get(path)
            .unwrap_or(&0)
    }

    pub fn hits_under(&self, prefix: &str) -> usize {
        self.state
            .hits
            .lock()
            .expect("lock")
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, v)| v)
            .sum()
    }

    pub fn max_inflight(&self) -> usize {
        self.state.max_inflight.load(Ordering::SeqCst)
    }
}

async fn handle(State(s): State<Arc<ServerState>>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    let now = s.inflight.fetch_add(1, Ordering::SeqCst) + 1;
    s.max_inflight.fetch_max(now, Ordering::SeqCst);
    s.total.fetch_add(1, Ordering::SeqCst);
    *s.hits
        .lock()
        .expect("lock")
        .entry(path.clone())
        .or_default() += 1;
    let route = s.routes.lock().expect("lock").get(&path).cloned();
    let inm = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if inm.is_some() {
        s.conditional_hits.fetch_add(1, Ordering::SeqCst);
    }
    let resp = match route {
        None => Response::builder()
            .status(404)
            .body(Body::from("not found"))
            .unwrap_or_default(),
        Some(r) => {
            if !r.delay.is_zero() {
                tokio::time::sleep(r.delay).await;
            }
            let not_modified =
                !r.ignore_conditional && r.etag.is_some() && inm.is_some() && inm == r.etag;
            let mut headers = HeaderMap::new();
            for (k, v) in &r.headers {
                if let (Ok(k), Ok(v)) = (
                    header::HeaderName::from_bytes(k.as_bytes()),
                    HeaderValue::from_str(v),
                ) {
                    headers.append(k, v);
                }
            }
            if let Some(e) = r
                .etag
                .as_deref()
                .and_then(|e| HeaderValue::from_str(e).ok())
            {
                headers.insert(header::ETAG, e);
            }
            let (status, body) = if not_modified {
                (304, Vec::new())
            } else {
                (r.status, r.body.clone())
            };
            let mut b =
                Response::builder().status(StatusCode::from_u16(status).unwrap_or(StatusCode::OK));
            if let Some(h) = b.headers_mut() {
                h.extend(headers);
            }
            b.body(Body::from(body)).unwrap_or_default()
        }
    };
    s.inflight.fetch_sub(1, Ordering::SeqCst);
    resp
}

/// An RSS 2.0 feed with `n` items linking to `{base}/a/{prefix}{i}`.
pub fn rss(title: &str, base: &str, prefix: &str, n: usize) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>{title}</title><link>{base}/</link>\n"
    );
    for i in 0..n {
        s.push_str(&format!(
            "<item><title>{title} story {i}</title><link>{base}/a/{prefix}{i}?utm_source=rss</link><guid>{prefix}{i}</guid><description>Summary {i}</description><pubDate>Tue, 05 Mar 2024 10:{:02}:00 GMT</pubDate></item>\n",
            // Newest first, as feeds list them: item 0 is the latest.
            59 - i % 60
        ));
    }
    s.push_str("</channel></rss>\n");
    s
}

pub fn article(title: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1><p>Ferret Co. said on Tuesday it raised $4 million from investors, bringing its total funding to $12 million.</p></article></body></html>"
    )
}
