//! The normalizer as a pipeline stage.

use crate::{Deduper, NormalizeError, Options, SiteMemory, normalize_in_site, normalize_with};
use async_trait::async_trait;
use newswatch_transport::{Processor, StageError};
use newswatch_wire::{Article, RawItem};

/// Stage "normalizer": `RawItem` in, `Article` out (keyed by canonical
/// URL), with each site's repeated furniture dropped by a [`SiteMemory`]
/// and duplicates marked by an in-memory [`Deduper`]. Pages that cannot be
/// normalized fail with [`StageError::Permanent`] and are dead-lettered by
/// the stage loop.
pub struct NormalizerStage {
    deduper: Deduper,
    options: Options,
    sites: Option<SiteMemory>,
    /// Paragraphs dropped as site boilerplate so far.
    boilerplate_dropped: u64,
}

impl NormalizerStage {
    /// A stage whose deduper remembers the last `dedup_capacity` articles,
    /// with a default [`SiteMemory`].
    pub fn new(dedup_capacity: usize) -> Self {
        NormalizerStage {
            deduper: Deduper::new(dedup_capacity),
            options: Options::default(),
            sites: Some(SiteMemory::default()),
            boilerplate_dropped: 0,
        }
    }

    /// Replace the site memory; `None` keeps every extracted paragraph
    /// (each page on its own, as [`normalize_with`] does).
    pub fn with_site_memory(mut self, sites: Option<SiteMemory>) -> Self {
        self.sites = sites;
        self
    }

    /// Paragraphs dropped as site boilerplate since the stage started.
    pub fn boilerplate_dropped(&self) -> u64 {
        self.boilerplate_dropped
    }

    /// Replace the normalize options (body cap).
    pub fn with_options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// The deduper (to snapshot its state).
    pub fn deduper(&self) -> &Deduper {
        &self.deduper
    }

    /// The deduper (to restore its state).
    pub fn deduper_mut(&mut self) -> &mut Deduper {
        &mut self.deduper
    }

    /// Normalize and dedup one item (the synchronous core of `process`).
    pub fn handle(&mut self, raw: &RawItem) -> Result<Article, NormalizeError> {
        let mut article = match self.sites.as_mut() {
            Some(sites) => {
                let (article, outcome) = normalize_in_site(raw, &self.options, sites)?;
                if outcome.dropped > 0 || outcome.kept_as_rewrite > 0 {
                    tracing::debug!(
                        url = %raw.url,
                        dropped = outcome.dropped,
                        kept_as_rewrite = outcome.kept_as_rewrite,
                        "site boilerplate"
                    );
                }
                self.boilerplate_dropped += outcome.dropped as u64;
                article
            }
            None => normalize_with(raw, &self.options)?,
        };
        self.deduper.check(&mut article);
        Ok(article)
    }
}

#[async_trait]
impl Processor<RawItem, Article> for NormalizerStage {
    fn stage(&self) -> &'static str {
        "normalizer"
    }

    async fn process(
        &mut self,
        _key: Option<&str>,
        input: &RawItem,
    ) -> Result<Vec<(String, Article)>, StageError> {
        let article = self
            .handle(input)
            .map_err(|e| StageError::Permanent(format!("{}: {e}", input.url)))?;
        Ok(vec![(article.canonical_url.clone(), article)])
    }
}
