//! Bearer-token authentication.
//!
//! The token itself is never kept or logged: the state holds SHA-256
//! digests, and requests are checked by comparing digests in constant time.
//! Browsers sign in at `/login`; the cookie holds a second, domain-separated
//! digest of the token (not the token), so it cannot be replayed as a bearer
//! token.

use crate::ApiState;
use crate::model::ErrorBody;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Name of the dashboard session cookie.
pub const TOKEN_COOKIE: &str = "newswatch_session";

const COOKIE_DOMAIN: &[u8] = b"newswatch dashboard session\0";

/// Digests of the configured token.
#[derive(Clone)]
pub(crate) struct Token {
    bearer: [u8; 32],
    cookie: [u8; 32],
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

fn digest(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

impl Token {
    pub(crate) fn new(token: &str) -> Token {
        Token {
            bearer: digest(&[token.as_bytes()]),
            cookie: digest(&[COOKIE_DOMAIN, token.as_bytes()]),
        }
    }

    /// Whether `candidate` is the token (constant time in the token's content).
    pub(crate) fn matches(&self, candidate: &str) -> bool {
        bool::from(digest(&[candidate.as_bytes()]).ct_eq(&self.bearer))
    }

    fn matches_cookie(&self, value: &str) -> bool {
        match hex::decode(value) {
            Ok(bytes) if bytes.len() == 32 => bool::from(bytes.as_slice().ct_eq(&self.cookie)),
            _ => false,
        }
    }

    /// `Set-Cookie` value that signs a browser in.
    pub(crate) fn session_cookie(&self) -> String {
        format!(
            "{TOKEN_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000",
            hex::encode(self.cookie)
        )
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, rest) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// Whether the request is authorised (always, when no token is configured).
pub(crate) fn authorised(state: &ApiState, headers: &HeaderMap) -> bool {
    let Some(token) = &state.token else {
        return true;
    };
    if bearer(headers).is_some_and(|b| token.matches(b)) {
        return true;
    }
    cookie(headers, TOKEN_COOKIE).is_some_and(|c| token.matches_cookie(c))
}

/// Middleware for protected routes: JSON 401 for the API and metrics, the
/// sign-in page for dashboard pages.
pub(crate) async fn require_token(
    State(state): State<ApiState>,
    req: Request,
    next: Next,
) -> Response {
    if authorised(&state, req.headers()) {
        return next.run(req).await;
    }
    let path = req.uri().path();
    let mut resp = if path.starts_with("/api/") || path == "/metrics" {
        (
            StatusCode::UNAUTHORIZED,
            Json(ErrorBody {
                error: "missing or wrong bearer token".into(),
            }),
        )
            .into_response()
    } else {
        let next = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        crate::dashboard::login_page(Some(&next), None, StatusCode::UNAUTHORIZED)
    };
    resp.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"newswatch\""),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_matching() {
        let t = Token::new("s3cret");
        assert!(t.matches("s3cret"));
        assert!(!t.matches("s3cre"));
        assert!(!t.matches(""));
        let c = t.session_cookie();
        let value = c
            .split(';')
            .next()
            .and_then(|kv| kv.split_once('='))
            .map(|(_, v)| v.to_string())
            .unwrap_or_default();
        assert!(t.matches_cookie(&value));
        assert!(!t.matches(&value), "the cookie is not a bearer token");
        assert!(!t.matches_cookie("zz"));
        assert!(!format!("{t:?}").contains("s3cret"));
    }

    #[test]
    fn header_parsing() {
        let mut h = HeaderMap::new();
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("bearer  abc "),
        );
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; newswatch_session=ff; b=2"),
        );
        assert_eq!(bearer(&h), Some("abc"));
        assert_eq!(cookie(&h, TOKEN_COOKIE), Some("ff"));
        assert_eq!(cookie(&h, "c"), None);
    }
}
