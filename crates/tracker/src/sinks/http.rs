//! The HTTP client the Slack and webhook sinks share, and one POST with the
//! error handling both need (non-2xx is a failure; URLs never in errors).

use super::SinkError;
use std::time::Duration;

pub(crate) fn client() -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder()
        .user_agent(concat!("newswatch/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(10))
        // Redirects could carry a signed request somewhere unexpected.
        .redirect(reqwest::redirect::Policy::none())
        .build()
}

/// Send a prepared request; 2xx is success, anything else a failure.
pub(crate) async fn send(req: reqwest::RequestBuilder, timeout: Duration) -> Result<(), SinkError> {
    let attempt = async {
        let resp = req
            .timeout(timeout)
            .send()
            .await
            .map_err(|e| map_err(e, timeout))?;
        let status = resp.status();
        if status.is_success() {
            // Drain the body so the connection can be reused.
            let _ = resp.bytes().await;
            return Ok(());
        }
        let body = resp.text().await.unwrap_or_default();
        Err(SinkError::Status {
            status: status.as_u16(),
            body: crate::format::truncate(&crate::format::one_line(&body), 200),
        })
    };
    // Belt and braces: the whole exchange, body included, is bounded too.
    match tokio::time::timeout(timeout + Duration::from_millis(100), attempt).await {
        Ok(r) => r,
        Err(_) => Err(SinkError::Timeout(timeout)),
    }
}

fn map_err(e: reqwest::Error, timeout: Duration) -> SinkError {
    if e.is_timeout() {
        return SinkError::Timeout(timeout);
    }
    let kind = if e.is_connect() {
        "cannot connect"
    } else if e.is_request() {
        "request error"
    } else if e.is_body() {
        "body error"
    } else {
        "error"
    };
    // `without_url` drops the URL (it may embed a token) from the message.
    let e = e.without_url();
    let mut msg = format!("{kind}: {e}");
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        msg.push_str(&format!(": {s}"));
        src = s.source();
    }
    SinkError::Request(msg)
}
