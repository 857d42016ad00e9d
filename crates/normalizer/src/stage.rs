//! The normalizer as a pipeline stage.

use crate::{Deduper, NormalizeError, Options, normalize_with};
use async_trait::async_trait;
use newswatch_transport::{Processor, StageError};
use newswatch_wire::{Article, RawItem};

/// Stage "normalizer": `RawItem` in, `Article` out (keyed by canonical
/// URL), with duplicates marked by an in-memory [`Deduper`]. Pages that
/// cannot be normalized fail with [`StageError::Permanent`] and are
/// dead-lettered by the stage loop.
pub struct NormalizerStage {
    deduper: Deduper,
    options: Options,
}

impl NormalizerStage {
    /// A stage whose deduper remembers the last `dedup_capacity` articles.
    pub fn new(dedup_capacity: usize) -> Self {
        NormalizerStage {
            deduper: Deduper::new(dedup_capacity),
            options: Options::default(),
        }
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
        let mut article = normalize_with(raw, &self.options)?;
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
