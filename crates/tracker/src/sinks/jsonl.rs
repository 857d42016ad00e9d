//! Appends each alert as one JSON line to a file.

use super::{AlertSink, SinkError};
use async_trait::async_trait;
use newswatch_wire::Alert;
use std::path::PathBuf;
use tokio::io::AsyncWriteExt;
use tokio::sync::Mutex;

/// Appends the alert's wire JSON (`{"id","figure","name","from","to",...}`)
/// plus a newline; the file and its directory are created as needed.
pub struct JsonlSink {
    name: String,
    path: PathBuf,
    max_attempts: Option<u32>,
    /// Serialises appends from concurrent deliveries.
    lock: Mutex<()>,
}

impl JsonlSink {
    pub fn new(name: String, path: PathBuf, max_attempts: Option<u32>) -> JsonlSink {
        JsonlSink {
            name,
            path,
            max_attempts,
            lock: Mutex::new(()),
        }
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

#[async_trait]
impl AlertSink for JsonlSink {
    fn name(&self) -> &str {
        &self.name
    }

    async fn deliver(&self, alert: &Alert) -> Result<(), SinkError> {
        let mut line = serde_json::to_vec(alert).map_err(|e| SinkError::Encode(e.to_string()))?;
        line.push(b'\n');
        let _guard = self.lock.lock().await;
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            tokio::fs::create_dir_all(dir).await?;
        }
        let mut f = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .await?;
        // One write of the whole line: appends from other processes do not
        // interleave within it.
        f.write_all(&line).await?;
        f.sync_data().await?;
        Ok(())
    }

    fn max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }
}
