//! Canonical links: the form of a URL used to recognise the same article
//! behind different tracking decorations.

/// Query parameters that only track a click and never select content.
/// Matched case-insensitively; entries ending in `*` are prefixes.
const TRACKING_PARAMS: &[&str] = &[
    "utm_*",
    "at_*",
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "__hstc",
    "__hssc",
    "__hsfp",
    "hsctatracking",
    "mkt_tok",
    "igshid",
    "ref_src",
    "ref_url",
    "cmpid",
    "ncid",
    "ocid",
    "icid",
    "s_kwcid",
    "wt.mc_id",
    "sr_share",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "rb_clickid",
    "__twitter_impression",
];

fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    TRACKING_PARAMS.iter().any(|p| match p.strip_suffix('*') {
        Some(prefix) => key.starts_with(prefix),
        None => key == *p,
    })
}

/// Canonical form of a link: scheme and host lower-cased, default port and
/// fragment dropped, tracking parameters (`utm_*`, `fbclid`, `gclid`, ...)
/// removed with the order of the others kept. Input that is not an absolute
/// URL comes back trimmed but otherwise unchanged. Pure; never panics.
pub fn canonical_url(input: &str) -> String {
    let trimmed = input.trim();
    let Ok(mut url) = url::Url::parse(trimmed) else {
        return trimmed.to_string();
    };
    url.set_fragment(None);
    if url.query().is_some() {
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| !is_tracking(k))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if kept.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
    // `url` already drops a port that is the scheme's default and lower-cases
    // the scheme and host; a trailing dot on the host is the same host.
    if let Some(host) = url.host_str()
        && host.len() > 1
        && host.ends_with('.')
    {
        let h = host.trim_end_matches('.').to_string();
        // Only fails for hosts that cannot carry a name; keep the URL then.
        let _ = url.set_host(Some(&h));
    }
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::canonical_url;

    #[test]
    fn strips_tracking_parameters_and_keeps_others_in_order() {
        assert_eq!(
            canonical_url(
                "https://News.Example.com/a/b?utm_source=x&id=7&fbclid=abc&UTM_Medium=y&page=2&gclid=1"
            ),
            "https://news.example.com/a/b?id=7&page=2"
        );
    }

    #[test]
    fn drops_fragment_default_port_and_empty_query() {
        assert_eq!(
            canonical_url("http://example.com:80/x?utm_campaign=z#top"),
            "http://example.com/x"
        );
        assert_eq!(
            canonical_url("https://example.com:443"),
            "https://example.com/"
        );
        assert_eq!(
            canonical_url("https://example.com:8443/p"),
            "https://example.com:8443/p"
        );
    }

    #[test]
    fn same_article_behind_different_decorations_is_one_key() {
        let a = canonical_url("https://example.com/story?at_medium=rss&at_campaign=feed");
        let b = canonical_url("https://EXAMPLE.com./story#comments");
        assert_eq!(a, b);
    }

    #[test]
    fn non_urls_come_back_trimmed() {
        assert_eq!(canonical_url("  not a url "), "not a url");
        assert_eq!(canonical_url(""), "");
        assert_eq!(
            canonical_url("/relative/path?utm_source=x"),
            "/relative/path?utm_source=x"
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "http://",
            "http://[::1]:80/?utm_x=1",
            "https://ex%41mple.com/%zz?%=&&=&utm_=",
            "mailto:someone@example.com?utm_source=x",
            "http://xn--nxasmq6b.com/?q=\u{1F600}",
            "data:text/plain,hello#frag",
        ] {
            let _ = canonical_url(s);
        }
        assert_eq!(canonical_url("http://[::1]:80/?utm_x=1"), "http://[::1]/");
    }
}
