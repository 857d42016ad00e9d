//! The fetcher stage: polls feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed),
//! Google News sitemaps and watched pages, fetches article pages politely
//! and emits one [`RawItem`](newswatch_wire::RawItem) per new article.
//!
//! Pure parts (parsing, charsets, canonical links, schedules, the sources
//! table) are separate from the thin I/O loop in [`Fetcher`].

pub mod archive;
mod canonical;
pub mod charset;
mod fetcher;
pub mod health;
pub mod http;
pub mod parse;
pub mod robots;
pub mod schedule;

pub use archive::{ArchiveError, JsonlArchive, WarcArchive, read_jsonl, read_warc};
pub use canonical::canonical_url;
pub use fetcher::{FetchError, Fetcher, PollSummary, item_keys};
pub use health::{FetcherMetrics, render_sources};
pub use parse::{FeedEntry, FeedFormat, ParseError, ParsedFeed, parse_feed, parse_sitemap};
