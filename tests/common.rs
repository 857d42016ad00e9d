//! Helpers shared by the workspace-level integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// `../shared` beside the checkout; CI has it. Missing is a failure, not a skip.
pub fn shared() -> PathBuf {
    let p = root().join("../shared");
    assert!(
        p.is_dir(),
        "{} is missing: the seed articles and test corpora live there",
        p.display()
    );
    p
}

pub fn load_config(rel: &str) -> newswatch_config::Config {
    newswatch_config::Config::load(&root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}
