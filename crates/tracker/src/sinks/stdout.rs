//! One human-readable line per alert on standard output.

use super::{AlertSink, SinkError};
use crate::format::stdout_line;
use async_trait::async_trait;
use newswatch_wire::Alert;
use std::io::Write;
use std::sync::{Arc, Mutex};

enum Target {
    Stdout,
    Buffer(Arc<Mutex<Vec<u8>>>),
}

/// Prints `ALERT changed fig: 8,000,000,000 USD -> 13,000,000,000 USD (title, date) "quote"`.
pub struct StdoutSink {
    name: String,
    target: Target,
    max_attempts: Option<u32>,
}

impl StdoutSink {
    pub fn new(name: String, max_attempts: Option<u32>) -> StdoutSink {
        StdoutSink {
            name,
            target: Target::Stdout,
            max_attempts,
        }
    }

    /// Write into a buffer instead of stdout (tests).
    pub fn to_buffer(name: String, buf: Arc<Mutex<Vec<u8>>>) -> StdoutSink {
        StdoutSink {
            name,
            target: Target::Buffer(buf),
            max_attempts: None,
        }
    }
}

#[async_trait]
impl AlertSink for StdoutSink {
    fn name(&self) -> &str {
        &self.name
    }

    async fn deliver(&self, alert: &Alert) -> Result<(), SinkError> {
        let line = format!("{}\n", stdout_line(alert));
        match &self.target {
            Target::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(line.as_bytes())?;
                out.flush()?;
            }
            Target::Buffer(b) => {
                let mut b = b
                    .lock()
                    .map_err(|_| SinkError::Io(std::io::Error::other("buffer lock poisoned")))?;
                b.extend_from_slice(line.as_bytes());
            }
        }
        Ok(())
    }

    fn max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }
}
