//! Wire types: every record that crosses a stage boundary.
//!
//! These types are the *only* things serialised between stages, whether the
//! transport is an in-memory channel or a Kafka topic. Every record carries a
//! wire version `v`; decoding ignores unknown fields so that a newer producer
//! does not break an older consumer, and new fields must be added with
//! `#[serde(default)]` so an older producer does not break a newer consumer.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

mod period;
pub use period::{Period, PeriodError};

/// Current wire version written by this build.
pub const WIRE_VERSION: u16 = 1;

fn wire_version() -> u16 {
    WIRE_VERSION
}

/// Stable 64-bit content id rendered as 16 hex digits.
pub fn stable_id(parts: &[&str]) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0x1f]);
    }
    format!("{:016x}", h.digest())
}

/// How the body of a raw item is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum BodyFormat {
    #[default]
    Html,
    Text,
}

/// Fields the feed itself carried for an item; used as fallbacks when the
/// article page lacks them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FeedFields {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub guid: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
}

/// Where a record came from: the feed (or watched page) and outlet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SourceRef {
    /// Feed URL or watched page URL; `None` for archives without one.
    #[serde(default)]
    pub feed_url: Option<String>,
    /// Human name of the outlet or feed (config `name`, sidecar `source`).
    #[serde(default)]
    pub name: Option<String>,
}

/// A fetched article page (or a plain-text document from an archive), as the
/// fetcher emits it and as the JSON-lines raw archive stores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawItem {
    #[serde(default = "wire_version")]
    pub v: u16,
    /// Stable id: hash of the item's canonical link (or GUID).
    pub id: String,
    /// Final URL of the article (after redirects).
    pub url: String,
    #[serde(default)]
    pub source: SourceRef,
    pub fetched_at: DateTime<Utc>,
    #[serde(default)]
    pub http_status: Option<u16>,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub format: BodyFormat,
    /// Decoded body (UTF-8).
    pub body: String,
    #[serde(default)]
    pub feed: FeedFields,
}

/// A normalized article: main text with paragraph structure plus metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    #[serde(default = "wire_version")]
    pub v: u16,
    /// Stable id: hash of the canonical URL.
    pub id: String,
    /// Id of the raw item this article was made from.
    pub raw_id: String,
    pub url: String,
    pub canonical_url: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub modified_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub site_name: Option<String>,
    #[serde(default)]
    pub source: SourceRef,
    #[serde(default)]
    pub language: Option<String>,
    /// Main text; paragraphs separated by a blank line (`"\n\n"`).
    pub text: String,
    #[serde(default)]
    pub word_count: usize,
    /// Hash of the normalised text (exact-duplicate detection).
    #[serde(default)]
    pub content_hash: String,
    /// SimHash of word shingles (near-duplicate detection).
    #[serde(default)]
    pub simhash: u64,
    /// Id of an earlier article this one is a copy or near copy of.
    #[serde(default)]
    pub duplicate_of: Option<String>,
    pub fetched_at: DateTime<Utc>,
}

impl Article {
    /// Publication time, falling back to fetch time (event time for replay).
    pub fn event_time(&self) -> DateTime<Utc> {
        self.published_at.unwrap_or(self.fetched_at)
    }

    /// Paragraphs of the main text.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split("\n\n").filter(|p| !p.trim().is_empty())
    }
}

/// What a stated figure is bounded by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    #[default]
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approx => "approx",
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
            Bound::Range => "range",
        }
    }
}

/// Broad kind of a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    Money,
    Percent,
    PercentagePoints,
    #[default]
    Count,
    Measure,
    Number,
}

/// Direction of change a quantity is stated with ("rose 5%", "cut by 3%").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Up,
    Down,
}

/// How a figure accumulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A level at a point in time (valuation, headcount, revenue for a period).
    #[default]
    Level,
    /// A running total ("a total of", "so far", "bringing the total to").
    Cumulative,
    /// An amount added on top ("another", "additional", "more").
    Increment,
}

/// A numeric claim found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    #[serde(default = "wire_version")]
    pub v: u16,
    /// Stable id: hash of article id, offsets and value. Idempotency key.
    pub id: String,
    pub article_id: String,
    /// Tracked figure id from config, if the claim matched one.
    #[serde(default)]
    pub figure: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub metric: Option<String>,
    #[serde(default)]
    pub object: Option<String>,
    #[serde(default)]
    pub measure: Measure,
    pub value: f64,
    #[serde(default)]
    pub value_max: Option<f64>,
    pub unit: String,
    #[serde(default)]
    pub kind: QuantityKind,
    #[serde(default)]
    pub bound: Bound,
    #[serde(default)]
    pub trend: Option<Trend>,
    #[serde(default)]
    pub as_of: Option<Period>,
    /// The sentence (or clause) the claim was read from.
    pub quote: String,
    /// Char offsets of the quantity in the article text (end exclusive).
    pub start: usize,
    pub end: usize,
    pub source_url: String,
    #[serde(default)]
    pub source_title: Option<String>,
    #[serde(default)]
    pub source_name: Option<String>,
    #[serde(default)]
    pub published_at: Option<DateTime<Utc>>,
    /// Set when the article is a copy of an earlier one (not independent).
    #[serde(default)]
    pub duplicate_of: Option<String>,
}

/// A source cited by an alert as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub value: f64,
    #[serde(default)]
    pub bound: Bound,
    pub source_url: String,
    #[serde(default)]
    pub source_title: Option<String>,
    #[serde(default)]
    pub published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub claim_id: String,
}

/// Why an alert fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    Changed,
    New,
    Conflict,
}

impl AlertKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::Changed => "changed",
            AlertKind::New => "new",
            AlertKind::Conflict => "conflict",
        }
    }
}

/// An alert: new coverage moved a tracked figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    #[serde(default = "wire_version")]
    pub v: u16,
    /// Stable id: hash of figure id, claim id and kind. Idempotency key.
    pub id: String,
    pub figure: String,
    pub name: String,
    pub from: Option<f64>,
    pub to: f64,
    pub unit: String,
    pub bound: Bound,
    pub source_url: String,
    #[serde(default)]
    pub source_title: Option<String>,
    #[serde(default)]
    pub published_at: Option<DateTime<Utc>>,
    pub quote: String,
    #[serde(default)]
    pub previous_sources: Vec<Evidence>,
    pub kind: AlertKind,
    #[serde(default)]
    pub claim_id: String,
    #[serde(default)]
    pub as_of: Option<Period>,
}

/// A tracked figure's state after a claim was applied (tracker output).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureUpdate {
    #[serde(default = "wire_version")]
    pub v: u16,
    pub figure: String,
    pub claim_id: String,
    pub previous: Option<f64>,
    pub current: f64,
    pub unit: String,
    pub alerts: Vec<String>,
}

/// A record a stage could not decode or process, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadLetter {
    #[serde(default = "wire_version")]
    pub v: u16,
    pub stage: String,
    #[serde(default)]
    pub key: Option<String>,
    pub error: String,
    /// The undecodable or failing record, as text (lossy UTF-8 if binary).
    pub payload: String,
    pub at: DateTime<Utc>,
}

/// Errors decoding a wire record.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("malformed {what} record: {source}")]
    Decode {
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("{what} record has wire version {found}, newer than supported major {supported}")]
    Version {
        what: &'static str,
        found: u16,
        supported: u16,
    },
}

/// Types that travel between stages.
pub trait WireRecord: Serialize + for<'de> Deserialize<'de> + Send + Sync + 'static {
    const NAME: &'static str;
    fn version(&self) -> u16;

    fn encode(&self) -> Vec<u8> {
        // Serialising these plain structs cannot fail (no maps with non-string keys).
        serde_json::to_vec(self).unwrap_or_default()
    }

    fn decode(bytes: &[u8]) -> Result<Self, WireError> {
        let rec: Self = serde_json::from_slice(bytes).map_err(|source| WireError::Decode {
            what: Self::NAME,
            source,
        })?;
        // Versions are additive: a newer minor adds defaulted fields. A bump of
        // 100 or more marks an incompatible major.
        if rec.version() / 100 > WIRE_VERSION / 100 {
            return Err(WireError::Version {
                what: Self::NAME,
                found: rec.version(),
                supported: WIRE_VERSION,
            });
        }
        Ok(rec)
    }
}

macro_rules! wire_record {
    ($t:ty, $name:literal) => {
        impl WireRecord for $t {
            const NAME: &'static str = $name;
            fn version(&self) -> u16 {
                self.v
            }
        }
    };
}
wire_record!(RawItem, "raw_item");
wire_record!(Article, "article");
wire_record!(Claim, "claim");
wire_record!(Alert, "alert");
wire_record!(FigureUpdate, "figure_update");
wire_record!(DeadLetter, "dead_letter");

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawItem {
        RawItem {
            v: WIRE_VERSION,
            id: stable_id(&["https://example.org/a"]),
            url: "https://example.org/a".into(),
            source: SourceRef {
                feed_url: Some("https://example.org/feed".into()),
                name: Some("Example".into()),
            },
            fetched_at: DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default(),
            http_status: Some(200),
            content_type: Some("text/html".into()),
            format: BodyFormat::Html,
            body: "<p>hi</p>".into(),
            feed: FeedFields::default(),
        }
    }

    #[test]
    fn roundtrip_raw_item() {
        let r = raw();
        let back = RawItem::decode(&r.encode()).expect("decodes");
        assert_eq!(r, back);
    }

    #[test]
    fn unknown_fields_are_ignored_and_missing_defaults_filled() {
        let mut v: serde_json::Value = serde_json::to_value(raw()).expect("value");
        v["a_field_from_the_future"] = serde_json::json!({"x": 1});
        v.as_object_mut().expect("object").remove("feed");
        v.as_object_mut().expect("object").remove("v");
        let back = RawItem::decode(&serde_json::to_vec(&v).expect("bytes")).expect("decodes");
        assert_eq!(back.v, WIRE_VERSION);
        assert_eq!(back.feed, FeedFields::default());
    }

    #[test]
    fn incompatible_major_is_rejected() {
        let mut v: serde_json::Value = serde_json::to_value(raw()).expect("value");
        v["v"] = serde_json::json!(200);
        let err =
            RawItem::decode(&serde_json::to_vec(&v).expect("bytes")).expect_err("newer major");
        assert!(matches!(err, WireError::Version { found: 200, .. }));
    }

    #[test]
    fn garbage_is_a_decode_error() {
        assert!(matches!(
            Claim::decode(b"\xff\x00not json"),
            Err(WireError::Decode { .. })
        ));
    }

    #[test]
    fn floats_roundtrip_bit_for_bit() {
        // Values as the extractor computes them (scale products) must come
        // back identical after a trip through a topic.
        for v in [
            4.1e6,
            2.3 * 1e6,
            1.9 * 1e6,
            0.1 + 0.2,
            12.47e9,
            35.6 * 1e9,
            1.0 / 3.0,
            6.75e9,
        ] {
            let fu = FigureUpdate {
                v: WIRE_VERSION,
                figure: "f".into(),
                claim_id: "c".into(),
                previous: Some(v),
                current: v,
                unit: "USD".into(),
                alerts: vec![],
            };
            let back = FigureUpdate::decode(&fu.encode()).expect("decodes");
            assert_eq!(back.current.to_bits(), v.to_bits(), "{v:e}");
        }
    }

    #[test]
    fn stable_id_separates_parts() {
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert_eq!(stable_id(&["x"]).len(), 16);
    }
}
