//! placeholder
pub struct ExtractorStage;
