//! The extractor as a pipeline stage: articles in, claims out.

use crate::Extractor;
use async_trait::async_trait;
use newswatch_transport::{Processor, StageError};
use newswatch_wire::{Article, Claim};

/// Runs [`Extractor::claims`] on each article. Output key: the tracked
/// figure id when the claim matched one, else its subject, else the article id.
pub struct ExtractorStage {
    extractor: Extractor,
}

impl ExtractorStage {
    pub fn new(extractor: Extractor) -> ExtractorStage {
        ExtractorStage { extractor }
    }
}

#[async_trait]
impl Processor<Article, Claim> for ExtractorStage {
    fn stage(&self) -> &'static str {
        "extractor"
    }

    async fn process(
        &mut self,
        _key: Option<&str>,
        input: &Article,
    ) -> Result<Vec<(String, Claim)>, StageError> {
        Ok(self
            .extractor
            .claims(input)
            .into_iter()
            .map(|c| {
                let key = c
                    .figure
                    .clone()
                    .or_else(|| c.subject.clone())
                    .unwrap_or_else(|| c.article_id.clone());
                (key, c)
            })
            .collect())
    }
}
