//! When to poll a feed next: adaptive intervals on success, exponential
//! backoff with jitter on failure. Pure functions.

use std::time::Duration;

/// Limits of the schedule (from `[fetcher]` and the feed's `poll`).
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// The feed's configured interval: the fastest it is polled while it changes.
    pub base: Duration,
    pub min: Duration,
    pub max: Duration,
}

/// Freshness the server or feed announced.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints {
    /// RSS `<ttl>`.
    pub ttl: Option<Duration>,
    /// `Cache-Control: max-age` (or `s-maxage`).
    pub max_age: Option<Duration>,
}

/// `max-age` / `s-maxage` of a `Cache-Control` header, in seconds.
pub fn cache_control_max_age(value: &str) -> Option<Duration> {
    value
        .split(',')
        .filter_map(|d| d.split_once('='))
        .filter(|(k, _)| {
            let k = k.trim();
            k.eq_ignore_ascii_case("max-age") || k.eq_ignore_ascii_case("s-maxage")
        })
        .filter_map(|(_, v)| v.trim().trim_matches('"').parse::<u64>().ok())
        .max()
        .map(Duration::from_secs)
}

/// Next interval after a successful poll. A feed that brought new items goes
/// back halfway toward its configured interval; one that did not slows down
/// by half again, up to `max`. The feed's own TTL and the response's
/// `max-age` are a floor (no point asking before then), and the result stays
/// within `[min, max]`.
pub fn next_interval(current: Duration, changed: bool, hints: Hints, b: Bounds) -> Duration {
    let base = b.base.clamp(b.min, b.max);
    let cur = current.clamp(b.min, b.max);
    let next = if changed {
        if cur <= base {
            base
        } else {
            (base + (cur - base) / 2).max(base)
        }
    } else {
        cur.mul_f64(1.5).max(base)
    };
    let floor = hints
        .ttl
        .unwrap_or_default()
        .max(hints.max_age.unwrap_or_default());
    next.max(floor).clamp(b.min, b.max)
}

/// Delay before retrying a feed that failed `failures` times in a row
/// (1 = first failure): `min * 2^(failures-1)`, capped at `max`, scaled by a
/// jitter factor in [0.5, 1.5) from `jitter_unit` in [0, 1), and never
/// shorter than a `Retry-After` the server sent.
pub fn backoff(
    failures: u32,
    b: Bounds,
    jitter_unit: f64,
    retry_after: Option<Duration>,
) -> Duration {
    let exp = failures.saturating_sub(1).min(30);
    let raw = b.min.saturating_mul(1u32 << exp).min(b.max);
    let j = if jitter_unit.is_finite() {
        jitter_unit.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let jittered = raw.mul_f64(0.5 + j).min(b.max);
    jittered.max(retry_after.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;

    fn b() -> Bounds {
        Bounds {
            base: S(600),
            min: S(60),
            max: S(6 * 3600),
        }
    }

    #[test]
    fn quiet_feeds_slow_down_and_busy_ones_come_back() {
        let mut i = S(600);
        for _ in 0..20 {
            i = next_interval(i, false, Hints::default(), b());
        }
        assert_eq!(i, S(6 * 3600), "caps at max");
        let j = next_interval(i, true, Hints::default(), b());
        assert!(j < i && j > S(600));
        let mut k = j;
        for _ in 0..20 {
            k = next_interval(k, true, Hints::default(), b());
        }
        assert!(k - S(600) < S(2), "back at base, got {k:?}");
        assert_eq!(next_interval(S(600), true, Hints::default(), b()), S(600));
    }

    #[test]
    fn ttl_and_max_age_are_floors() {
        let h = Hints {
            ttl: Some(S(3600)),
            max_age: Some(S(120)),
        };
        assert_eq!(next_interval(S(600), true, h, b()), S(3600));
        let h = Hints {
            ttl: None,
            max_age: Some(S(99_999)),
        };
        assert_eq!(
            next_interval(S(600), true, h, b()),
            S(6 * 3600),
            "still capped at max"
        );
    }

    #[test]
    fn cache_control() {
        assert_eq!(cache_control_max_age("public, max-age=300"), Some(S(300)));
        assert_eq!(
            cache_control_max_age("s-maxage=900, max-age=60"),
            Some(S(900))
        );
        assert_eq!(cache_control_max_age("no-cache"), None);
        assert_eq!(cache_control_max_age("max-age=abc"), None);
    }

    #[test]
    fn backoff_grows_with_jitter_and_respects_retry_after() {
        assert_eq!(backoff(1, b(), 0.5, None), S(60));
        assert_eq!(backoff(2, b(), 0.5, None), S(120));
        assert_eq!(backoff(4, b(), 0.5, None), S(480));
        assert_eq!(backoff(1, b(), 0.0, None), S(30));
        assert!(backoff(1, b(), 0.999, None) < S(90));
        assert_eq!(backoff(40, b(), 0.99, None), S(6 * 3600));
        assert_eq!(backoff(1, b(), 0.5, Some(S(1000))), S(1000));
        assert_eq!(backoff(0, b(), f64::NAN, None), S(60));
    }
}
