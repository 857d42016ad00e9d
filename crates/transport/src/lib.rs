//! How records move between stages.
//!
//! A stage reads [`Delivery`]s from a [`Source`], turns each into zero or more
//! output records, sends them to a [`Sink`] and only then acknowledges the
//! input. With the in-memory transport acknowledging does nothing; with Kafka
//! it stores the consumer offset, which gives at-least-once delivery end to
//! end. Stage logic never sees which transport it runs on.

use async_trait::async_trait;
use newswatch_wire::{DeadLetter, WireRecord};
use tokio_util::sync::CancellationToken;

pub mod memory;
pub mod metrics;
mod stage;
pub use metrics::StageMetrics;
pub use stage::{Processor, StageError, run_stage};

/// Transport failures.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The receiving side is gone (shutdown).
    #[error("transport closed")]
    Closed,
    /// The broker or channel failed; may succeed on retry.
    #[error("transport failure: {0}")]
    Failed(String),
}

/// Acknowledges a consumed record once its outputs are safely sent.
#[async_trait]
pub trait Ack: Send + Sync {
    async fn ack(self: Box<Self>) -> Result<(), TransportError>;
}

/// An `Ack` that does nothing (in-memory transport).
pub struct NoAck;

#[async_trait]
impl Ack for NoAck {
    async fn ack(self: Box<Self>) -> Result<(), TransportError> {
        Ok(())
    }
}

/// One consumed record with its acknowledgement handle.
pub struct Delivery<T> {
    pub key: Option<String>,
    pub record: T,
    ack: Box<dyn Ack>,
}

impl<T> Delivery<T> {
    pub fn new(key: Option<String>, record: T, ack: Box<dyn Ack>) -> Self {
        Delivery { key, record, ack }
    }

    pub fn unacked(key: Option<String>, record: T) -> Self {
        Delivery {
            key,
            record,
            ack: Box::new(NoAck),
        }
    }

    /// Split into the record and its acknowledgement.
    pub fn into_parts(self) -> (Option<String>, T, Box<dyn Ack>) {
        (self.key, self.record, self.ack)
    }
}

/// A consumed record that is not a valid wire record of the expected type.
#[derive(Debug, Clone)]
pub struct Undecodable {
    pub payload: Vec<u8>,
    pub error: String,
}

/// What a source yields: a record, or bytes that could not be decoded
/// (which the stage loop dead-letters and acknowledges).
pub type Received<T> = Result<Delivery<T>, Delivery<Undecodable>>;

/// Where a stage reads records from.
#[async_trait]
pub trait Source<T: WireRecord>: Send {
    /// Next record; `None` when the input is finished or `cancel` fired.
    /// Transient broker failures are retried inside the source.
    async fn recv(&mut self, cancel: &CancellationToken) -> Option<Received<T>>;
}

/// Where a stage writes records to. Keys keep order where it matters
/// (feed for raw items, canonical URL for articles, figure for claims).
#[async_trait]
pub trait Sink<T: WireRecord>: Send + Sync {
    /// Send one record; returns once the transport has accepted it
    /// (for Kafka: acknowledged by the broker).
    async fn send(&self, key: &str, record: T) -> Result<(), TransportError>;

    /// Wait for everything sent so far to be acknowledged.
    async fn flush(&self) -> Result<(), TransportError> {
        Ok(())
    }
}

#[async_trait]
impl<T: WireRecord, S: Sink<T> + ?Sized> Sink<T> for std::sync::Arc<S> {
    async fn send(&self, key: &str, record: T) -> Result<(), TransportError> {
        (**self).send(key, record).await
    }
    async fn flush(&self) -> Result<(), TransportError> {
        (**self).flush().await
    }
}

/// A sink that drops everything (for stages whose output nobody reads).
pub struct Discard;

#[async_trait]
impl<T: WireRecord> Sink<T> for Discard {
    async fn send(&self, _key: &str, _record: T) -> Result<(), TransportError> {
        Ok(())
    }
}

/// Convenience alias for a dead-letter sink.
pub type DeadLetterSink = std::sync::Arc<dyn Sink<DeadLetter>>;
