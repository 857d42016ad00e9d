//! Bounded in-memory channels: the one-process transport.
//!
//! A full channel makes `send` wait, so a slow stage slows the ones before it
//! (back-pressure) instead of buffering without limit.

use crate::{Delivery, Received, Sink, Source, TransportError};
use async_trait::async_trait;
use newswatch_wire::WireRecord;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

/// Sending half of an in-memory channel.
pub struct MemorySink<T> {
    tx: mpsc::Sender<(String, T)>,
}

impl<T> Clone for MemorySink<T> {
    fn clone(&self) -> Self {
        MemorySink {
            tx: self.tx.clone(),
        }
    }
}

/// Receiving half of an in-memory channel.
pub struct MemorySource<T> {
    rx: mpsc::Receiver<(String, T)>,
}

/// A bounded channel carrying records of type `T`.
pub fn channel<T: WireRecord>(capacity: usize) -> (MemorySink<T>, MemorySource<T>) {
    let (tx, rx) = mpsc::channel(capacity.max(1));
    (MemorySink { tx }, MemorySource { rx })
}

#[async_trait]
impl<T: WireRecord> Sink<T> for MemorySink<T> {
    async fn send(&self, key: &str, record: T) -> Result<(), TransportError> {
        self.tx
            .send((key.to_string(), record))
            .await
            .map_err(|_| TransportError::Closed)
    }
}

#[async_trait]
impl<T: WireRecord> Source<T> for MemorySource<T> {
    async fn recv(&mut self, cancel: &CancellationToken) -> Option<Received<T>> {
        tokio::select! {
            biased;
            item = self.rx.recv() => item.map(|(k, r)| Ok(Delivery::unacked(Some(k), r))),
            _ = cancel.cancelled() => None,
        }
    }
}

impl<T> MemorySource<T> {
    /// Drain what is buffered without waiting (after the senders are gone).
    pub fn try_recv(&mut self) -> Option<(String, T)> {
        self.rx.try_recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newswatch_wire::{DeadLetter, WIRE_VERSION};
    use std::time::Duration;

    fn dl(n: usize) -> DeadLetter {
        DeadLetter {
            v: WIRE_VERSION,
            stage: "t".into(),
            key: None,
            error: n.to_string(),
            payload: String::new(),
            at: chrono::DateTime::from_timestamp(0, 0).unwrap_or_default(),
        }
    }

    #[tokio::test]
    async fn delivers_in_order_and_ends_when_senders_drop() {
        let (tx, mut rx) = channel::<DeadLetter>(4);
        let cancel = CancellationToken::new();
        for i in 0..3 {
            tx.send("k", dl(i)).await.expect("send");
        }
        drop(tx);
        let mut got = Vec::new();
        while let Some(d) = rx.recv(&cancel).await {
            got.push(d.ok().expect("decoded").record.error);
        }
        assert_eq!(got, ["0", "1", "2"]);
    }

    #[tokio::test(start_paused = true)]
    async fn full_channel_applies_back_pressure() {
        let (tx, _rx) = channel::<DeadLetter>(1);
        tx.send("k", dl(0)).await.expect("first fits");
        let second = tokio::time::timeout(Duration::from_secs(1), tx.send("k", dl(1))).await;
        assert!(second.is_err(), "send on a full channel must wait");
    }

    #[tokio::test]
    async fn cancel_ends_recv() {
        let (_tx, mut rx) = channel::<DeadLetter>(1);
        let cancel = CancellationToken::new();
        cancel.cancel();
        assert!(rx.recv(&cancel).await.is_none());
    }
}
