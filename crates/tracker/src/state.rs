//! A figure's state as the tracker stores it (opaque JSON to the store).
//!
//! Every field is defaulted so that state written by an older build keeps
//! loading after fields are added.

use chrono::{DateTime, Utc};
use newswatch_wire::{Bound, Claim, Evidence, Period};
use serde::{Deserialize, Serialize};

/// At most this many supporting sources are kept for the current value.
pub const MAX_SOURCES: usize = 5;
/// At most this many recent sightings are kept for conflict detection.
pub const MAX_RECENT: usize = 8;
/// Quotes and titles kept in the state are cut to this many characters
/// (the history keeps every claim in full).
pub const MAX_TEXT: usize = 160;

/// One independent report of a value: who said it, when, and the evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sighting {
    /// Outlet key (host of the source URL, else source name); two sightings
    /// with the same outlet are not independent of each other.
    pub outlet: String,
    /// Event time: the article's publication time.
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub value_max: Option<f64>,
    #[serde(default)]
    pub as_of: Option<Period>,
    pub evidence: Evidence,
}

impl Sighting {
    pub fn from_claim(c: &Claim, at: DateTime<Utc>) -> Sighting {
        Sighting {
            outlet: outlet_key(c),
            at,
            value_max: c.value_max,
            as_of: c.as_of,
            evidence: Evidence {
                value: c.value,
                bound: c.bound,
                source_url: c.source_url.clone(),
                source_title: c
                    .source_title
                    .as_deref()
                    .map(|t| crate::format::truncate(t, MAX_TEXT)),
                published_at: c.published_at,
                quote: crate::format::truncate(&c.quote, MAX_TEXT),
                claim_id: c.id.clone(),
            },
        }
    }

    pub fn value(&self) -> f64 {
        self.evidence.value
    }

    pub fn bound(&self) -> Bound {
        self.evidence.bound
    }
}

/// The figure's current value and the independent sources that support it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Current {
    pub value: f64,
    #[serde(default)]
    pub value_max: Option<f64>,
    #[serde(default)]
    pub bound: Bound,
    pub unit: String,
    /// Period the value is stated for, when the claim said so.
    #[serde(default)]
    pub as_of: Option<Period>,
    /// Publication time of the report that set the value.
    pub reported_at: DateTime<Utc>,
    /// Claim that set the value.
    pub claim_id: String,
    /// Independent reports of this value (first one set it), capped.
    #[serde(default)]
    pub sources: Vec<Sighting>,
}

impl Current {
    pub fn from_sighting(s: &Sighting, unit: &str) -> Current {
        Current {
            value: s.value(),
            value_max: s.value_max,
            bound: s.bound(),
            unit: unit.to_string(),
            as_of: s.as_of,
            reported_at: s.at,
            claim_id: s.evidence.claim_id.clone(),
            sources: vec![s.clone()],
        }
    }

    /// Add a supporting source unless its outlet already supports the value.
    pub fn add_source(&mut self, s: &Sighting) -> bool {
        if self.sources.iter().any(|x| x.outlet == s.outlet) {
            return false;
        }
        if self.sources.len() < MAX_SOURCES {
            self.sources.push(s.clone());
        }
        true
    }

    pub fn outlets(&self) -> usize {
        self.sources.len()
    }
}

/// A change waiting for confirmation (debounce / min_sources).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    /// When the first report of the new value was published.
    pub since: DateTime<Utc>,
    /// Independent reports of the new value; the first one introduced it.
    pub sightings: Vec<Sighting>,
}

impl Pending {
    pub fn first(&self) -> Option<&Sighting> {
        self.sightings.first()
    }

    pub fn outlets(&self) -> usize {
        let mut o: Vec<&str> = self.sightings.iter().map(|s| s.outlet.as_str()).collect();
        o.sort_unstable();
        o.dedup();
        o.len()
    }
}

/// The last conflict alerted, so the same disagreement is not re-alerted
/// for every further report within the conflict window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictMark {
    pub a: f64,
    pub b: f64,
    pub at: DateTime<Utc>,
}

/// Everything the tracker remembers about one figure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FigureState {
    #[serde(default)]
    pub current: Option<Current>,
    #[serde(default)]
    pub pending: Option<Pending>,
    /// Independent sightings within the conflict window (newest last).
    #[serde(default)]
    pub recent: Vec<Sighting>,
    /// Event time of the last alert (quiet window).
    #[serde(default)]
    pub last_alert_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub last_conflict: Option<ConflictMark>,
}

impl FigureState {
    pub fn from_json(v: &serde_json::Value) -> Result<FigureState, serde_json::Error> {
        FigureState::deserialize(v)
    }

    pub fn to_json(&self) -> serde_json::Value {
        // Plain structs of strings and finite numbers serialise infallibly.
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    pub(crate) fn push_recent(&mut self, s: &Sighting) {
        // One sighting per outlet and value: the newest.
        self.recent.retain(|r| {
            !(r.outlet == s.outlet && r.value() == s.value() && r.bound() == s.bound())
        });
        self.recent.push(s.clone());
        if self.recent.len() > MAX_RECENT {
            let extra = self.recent.len() - MAX_RECENT;
            self.recent.drain(..extra);
        }
    }
}

/// Key that decides whether two reports are independent: the host of the
/// source URL (without `www.`), else the outlet name, else the article.
pub fn outlet_key(c: &Claim) -> String {
    if let Ok(u) = url::Url::parse(&c.source_url)
        && let Some(h) = u.host_str().filter(|h| !h.is_empty())
    {
        let h = h.to_ascii_lowercase();
        return h.strip_prefix("www.").map(str::to_string).unwrap_or(h);
    }
    if let Some(n) = c
        .source_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        return n.to_lowercase();
    }
    format!("article:{}", c.article_id)
}
