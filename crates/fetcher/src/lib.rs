//! The fetcher stage: polls feeds, Google News sitemaps and watched pages,
//! fetches article pages politely and emits one [`RawItem`](newswatch_wire::RawItem)
//! per new article.

mod canonical;
pub mod charset;
pub mod parse;

pub use canonical::canonical_url;
pub use parse::{FeedEntry, FeedFormat, ParseError, ParsedFeed, parse_feed, parse_sitemap};
