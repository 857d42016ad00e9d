//! placeholder
pub struct Extractor;
pub struct ClaimLine;
