//! The normalizer as a pipeline stage.

use crate::{Deduper, NormalizeError, Options, SiteMemory, normalize_in_site, normalize_with};
use async_trait::async_trait;
use newswatch_transport::{Processor, StageError};
use newswatch_wire::{Article, RawItem};
use prometheus_client::metrics::{counter::Counter, gauge::Gauge};
use prometheus_client::registry::Registry;

/// Prometheus metrics of the normalizer stage, under
/// `newswatch_normalizer_*` (the generic per-stage counters are the
/// transport's `StageMetrics`).
#[derive(Debug, Clone, Default)]
pub struct NormalizerMetrics {
    /// Paragraphs dropped as their site's boilerplate.
    pub boilerplate_dropped: Counter,
    /// Pages whose repeated paragraphs were all kept, as a rewrite of an
    /// earlier story.
    pub rewrites_kept: Counter,
    /// Sites the site memory holds now.
    pub sites: Gauge,
}

impl NormalizerMetrics {
    /// Create and register under `newswatch_normalizer_*`.
    pub fn register(registry: &mut Registry) -> Self {
        let m = NormalizerMetrics::default();
        let sub = registry.sub_registry_with_prefix("newswatch_normalizer");
        sub.register(
            "boilerplate_paragraphs_dropped",
            "Paragraphs dropped because their site repeats them on its other pages",
            m.boilerplate_dropped.clone(),
        );
        sub.register(
            "rewrites_kept",
            "Pages whose repeated paragraphs were kept as a rewrite of an earlier story",
            m.rewrites_kept.clone(),
        );
        sub.register(
            "site_memory_sites",
            "Sites the boilerplate memory holds",
            m.sites.clone(),
        );
        m
    }
}

/// Stage "normalizer": `RawItem` in, `Article` out (keyed by canonical
/// URL), with each site's repeated furniture dropped by a [`SiteMemory`]
/// and duplicates marked by an in-memory [`Deduper`]. Pages that cannot be
/// normalized fail with [`StageError::Permanent`] and are dead-lettered by
/// the stage loop.
pub struct NormalizerStage {
    deduper: Deduper,
    options: Options,
    sites: Option<SiteMemory>,
    /// Unregistered (counting for `boilerplate_dropped` only) until
    /// `with_metrics`.
    metrics: NormalizerMetrics,
}

impl NormalizerStage {
    /// A stage whose deduper remembers the last `dedup_capacity` articles,
    /// with a default [`SiteMemory`].
    pub fn new(dedup_capacity: usize) -> Self {
        NormalizerStage {
            deduper: Deduper::new(dedup_capacity),
            options: Options::default(),
            sites: Some(SiteMemory::default()),
            metrics: NormalizerMetrics::default(),
        }
    }

    /// Count what the site memory does in these metrics.
    pub fn with_metrics(mut self, metrics: NormalizerMetrics) -> Self {
        self.metrics = metrics;
        self
    }

    /// Replace the site memory; `None` keeps every extracted paragraph
    /// (each page on its own, as [`normalize_with`] does).
    pub fn with_site_memory(mut self, sites: Option<SiteMemory>) -> Self {
        self.sites = sites;
        self
    }

    /// Paragraphs dropped as site boilerplate since the stage started.
    pub fn boilerplate_dropped(&self) -> u64 {
        self.metrics.boilerplate_dropped.get()
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
                let m = &self.metrics;
                m.boilerplate_dropped.inc_by(outcome.dropped as u64);
                if outcome.kept_as_rewrite > 0 {
                    m.rewrites_kept.inc();
                }
                m.sites
                    .set(i64::try_from(sites.sites()).unwrap_or(i64::MAX));
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
