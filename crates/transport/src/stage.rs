//! The one loop every stage runs, whatever the transport.

use crate::{Delivery, Sink, Source, StageMetrics, TransportError, Undecodable};
use async_trait::async_trait;
use newswatch_wire::{DeadLetter, WIRE_VERSION, WireRecord};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

/// Why a record could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    /// The record itself is bad; retrying cannot help. It is dead-lettered.
    #[error("{0}")]
    Permanent(String),
    /// Something the stage depends on failed (store, network); retried with
    /// backoff, then dead-lettered if it keeps failing.
    #[error("{0}")]
    Transient(String),
}

/// A stage's logic: one input record in, keyed output records out.
#[async_trait]
pub trait Processor<I, O>: Send {
    /// Stage name used in logs, metrics and dead letters.
    fn stage(&self) -> &'static str;

    async fn process(
        &mut self,
        key: Option<&str>,
        input: &I,
    ) -> Result<Vec<(String, O)>, StageError>;

    /// Called once the input is exhausted or shutdown began.
    async fn finish(&mut self) -> Result<(), StageError> {
        Ok(())
    }

    /// How often [`run_stage`] calls [`Processor::tick`]; `None` (the
    /// default) never calls it. Read once, when the loop starts.
    fn tick_interval(&self) -> Option<Duration> {
        None
    }

    /// Periodic work driven by the clock rather than by input (e.g. releasing
    /// what waited long enough). Outputs are sent like those of `process`; an
    /// error is logged and counted, and the loop goes on.
    async fn tick(&mut self) -> Result<Vec<(String, O)>, StageError> {
        Ok(Vec::new())
    }
}

const MAX_ATTEMPTS: u32 = 5;

fn backoff(attempt: u32) -> Duration {
    let base = 50u64 << attempt.min(10);
    // Cheap jitter without a RNG dependency: vary by the current nanos.
    let jitter = u64::from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0),
    ) % (base / 2 + 1);
    Duration::from_millis(base + jitter)
}

fn dead_letter(stage: &str, key: Option<String>, error: String, payload: &[u8]) -> DeadLetter {
    DeadLetter {
        v: WIRE_VERSION,
        stage: stage.to_string(),
        key,
        error,
        payload: String::from_utf8_lossy(payload).into_owned(),
        at: chrono::Utc::now(),
    }
}

/// Send with retries on transient transport failures; gives up on cancel.
async fn send_retrying<T: WireRecord + Clone>(
    sink: &(impl Sink<T> + ?Sized),
    key: &str,
    record: T,
    cancel: &CancellationToken,
) -> Result<(), TransportError> {
    let mut attempt = 0;
    loop {
        match sink.send(key, record.clone()).await {
            Ok(()) => return Ok(()),
            Err(TransportError::Closed) => return Err(TransportError::Closed),
            Err(e) => {
                attempt += 1;
                tracing::warn!(error = %e, attempt, "send failed, retrying");
                tokio::select! {
                    _ = tokio::time::sleep(backoff(attempt)) => {}
                    _ = cancel.cancelled() => return Err(e),
                }
            }
        }
    }
}

/// Wait for the next tick, or forever without a ticker.
async fn next_tick(ticker: &mut Option<tokio::time::Interval>) {
    match ticker {
        Some(t) => {
            t.tick().await;
        }
        None => std::future::pending().await,
    }
}

/// Run one tick and send its outputs.
async fn run_tick<I, O, P>(
    output: &(impl Sink<O> + ?Sized),
    processor: &mut P,
    metrics: &StageMetrics,
    label: &crate::metrics::StageLabel,
    cancel: &CancellationToken,
) -> Result<(), TransportError>
where
    O: WireRecord + Clone,
    P: Processor<I, O> + ?Sized,
{
    let stage = processor.stage();
    metrics.ticks.get_or_create(label).inc();
    match processor
        .tick()
        .instrument(tracing::info_span!("tick", stage))
        .await
    {
        Ok(outputs) => {
            for (k, out) in outputs {
                send_retrying(output, &k, out, cancel).await?;
                metrics.emitted.get_or_create(label).inc();
            }
        }
        Err(e) => {
            metrics.tick_errors.get_or_create(label).inc();
            tracing::warn!(stage, error = %e, "periodic tick failed");
        }
    }
    Ok(())
}

/// Run a stage until its input ends or `cancel` fires.
///
/// Invariants: an input is acknowledged only after all of its outputs (or its
/// dead letter) were accepted by the transport; a record the stage cannot
/// handle goes to `dead_letters` with the reason and the loop goes on.
///
/// If the processor has a [`Processor::tick_interval`], its `tick` runs every
/// interval (the first one interval after the start; late ticks are not
/// bunched up), between records: while the loop waits for input, or before
/// the next record once a tick is due. Waiting for input is not interrupted
/// by a tick (the pending receive is kept, not dropped), so sources need not
/// be cancel-safe.
pub async fn run_stage<I, O, P>(
    mut input: impl Source<I>,
    output: &(impl Sink<O> + ?Sized),
    dead_letters: &(impl Sink<DeadLetter> + ?Sized),
    processor: &mut P,
    metrics: &StageMetrics,
    cancel: CancellationToken,
) -> Result<(), TransportError>
where
    I: WireRecord,
    O: WireRecord + Clone,
    P: Processor<I, O> + ?Sized,
{
    let stage = processor.stage();
    let label = StageMetrics::label(stage);
    let mut ticker = processor.tick_interval().filter(|d| !d.is_zero()).map(|d| {
        let mut t = tokio::time::interval_at(tokio::time::Instant::now() + d, d);
        t.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        t
    });
    loop {
        let next = {
            let recv = input.recv(&cancel);
            tokio::pin!(recv);
            loop {
                tokio::select! {
                    biased;
                    _ = next_tick(&mut ticker), if !cancel.is_cancelled() => {
                        run_tick::<I, O, P>(output, processor, metrics, &label, &cancel).await?;
                    }
                    r = &mut recv => break r,
                }
            }
        };
        let Some(received) = next else { break };
        metrics.received.get_or_create(&label).inc();
        let delivery = match received {
            Ok(d) => d,
            Err(bad) => {
                let (key, Undecodable { payload, error }, ack) = bad.into_parts();
                tracing::warn!(stage, ?key, %error, "undecodable record dead-lettered");
                let k = key.clone().unwrap_or_default();
                send_retrying(
                    dead_letters,
                    &k,
                    dead_letter(stage, key, error, &payload),
                    &cancel,
                )
                .await?;
                metrics.dead_lettered.get_or_create(&label).inc();
                ack.ack().await?;
                continue;
            }
        };
        let Delivery { key, record, ack } = delivery;
        let span = tracing::info_span!("stage", stage, key = key.as_deref().unwrap_or(""));
        let started = Instant::now();
        let mut attempt = 0;
        let outcome = loop {
            match processor
                .process(key.as_deref(), &record)
                .instrument(span.clone())
                .await
            {
                Err(StageError::Transient(e))
                    if attempt + 1 < MAX_ATTEMPTS && !cancel.is_cancelled() =>
                {
                    attempt += 1;
                    metrics.retries.get_or_create(&label).inc();
                    tracing::warn!(parent: &span, error = %e, attempt, "transient failure, retrying");
                    tokio::time::sleep(backoff(attempt)).await;
                }
                other => break other,
            }
        };
        metrics
            .latency
            .get_or_create(&label)
            .observe(started.elapsed().as_secs_f64());
        match outcome {
            Ok(outputs) => {
                for (k, out) in outputs {
                    send_retrying(output, &k, out, &cancel).await?;
                    metrics.emitted.get_or_create(&label).inc();
                }
            }
            Err(e) => {
                tracing::warn!(parent: &span, error = %e, "record dead-lettered");
                let dl = dead_letter(stage, key.clone(), e.to_string(), &record.encode());
                send_retrying(dead_letters, key.as_deref().unwrap_or(""), dl, &cancel).await?;
                metrics.dead_lettered.get_or_create(&label).inc();
            }
        }
        ack.ack().await?;
    }
    processor
        .finish()
        .await
        .map_err(|e| TransportError::Failed(e.to_string()))?;
    output.flush().await?;
    dead_letters.flush().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::channel;
    use newswatch_wire::DeadLetter;

    /// Test processor: doubles the error text; fails on "bad", flakes on "flaky".
    struct Echo {
        flaky_left: u32,
    }

    #[async_trait]
    impl Processor<DeadLetter, DeadLetter> for Echo {
        fn stage(&self) -> &'static str {
            "echo"
        }
        async fn process(
            &mut self,
            _key: Option<&str>,
            input: &DeadLetter,
        ) -> Result<Vec<(String, DeadLetter)>, StageError> {
            match input.error.as_str() {
                "bad" => Err(StageError::Permanent("bad input".into())),
                "flaky" if self.flaky_left > 0 => {
                    self.flaky_left -= 1;
                    Err(StageError::Transient("store busy".into()))
                }
                _ => {
                    let mut out = input.clone();
                    out.error = format!("{0}{0}", input.error);
                    Ok(vec![("k".into(), out)])
                }
            }
        }
    }

    fn dl(e: &str) -> DeadLetter {
        DeadLetter {
            v: 1,
            stage: "in".into(),
            key: None,
            error: e.into(),
            payload: String::new(),
            at: chrono::Utc::now(),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn processes_dead_letters_and_retries() {
        let (in_tx, in_rx) = channel::<DeadLetter>(8);
        let (out_tx, mut out_rx) = channel::<DeadLetter>(8);
        let (dl_tx, mut dl_rx) = channel::<DeadLetter>(8);
        for e in ["a", "bad", "flaky", "b"] {
            in_tx.send("k", dl(e)).await.expect("send");
        }
        drop(in_tx);
        let metrics = StageMetrics::default();
        let mut p = Echo { flaky_left: 2 };
        run_stage(
            in_rx,
            &out_tx,
            &dl_tx,
            &mut p,
            &metrics,
            CancellationToken::new(),
        )
        .await
        .expect("runs");
        let outs: Vec<String> = std::iter::from_fn(|| out_rx.try_recv())
            .map(|(_, r)| r.error)
            .collect();
        assert_eq!(outs, ["aa", "flakyflaky", "bb"]);
        let dls: Vec<DeadLetter> = std::iter::from_fn(|| dl_rx.try_recv())
            .map(|(_, r)| r)
            .collect();
        assert_eq!(dls.len(), 1);
        assert_eq!(dls[0].stage, "echo");
        assert_eq!(dls[0].error, "bad input");
        assert!(dls[0].payload.contains("\"bad\""));
        assert_eq!(StageMetrics::count(&metrics.retries, "echo"), 2);
        assert_eq!(StageMetrics::count(&metrics.received, "echo"), 4);
        assert_eq!(
            StageMetrics::count(&metrics.ticks, "echo"),
            0,
            "no tick_interval, no ticks"
        );
    }

    /// Echoes records (each taking `work`); every tick emits `tick<n>`,
    /// except the second, which fails.
    struct Ticking {
        ticks: u32,
        work: Duration,
    }

    #[async_trait]
    impl Processor<DeadLetter, DeadLetter> for Ticking {
        fn stage(&self) -> &'static str {
            "ticking"
        }
        async fn process(
            &mut self,
            _key: Option<&str>,
            input: &DeadLetter,
        ) -> Result<Vec<(String, DeadLetter)>, StageError> {
            tokio::time::sleep(self.work).await;
            Ok(vec![("k".into(), input.clone())])
        }
        fn tick_interval(&self) -> Option<Duration> {
            Some(Duration::from_secs(10))
        }
        async fn tick(&mut self) -> Result<Vec<(String, DeadLetter)>, StageError> {
            self.ticks += 1;
            if self.ticks == 2 {
                return Err(StageError::Transient("store busy".into()));
            }
            Ok(vec![("t".into(), dl(&format!("tick{}", self.ticks)))])
        }
    }

    #[tokio::test(start_paused = true)]
    async fn ticks_run_on_the_clock_while_waiting_for_input() {
        let (in_tx, in_rx) = channel::<DeadLetter>(8);
        let (out_tx, mut out_rx) = channel::<DeadLetter>(8);
        let (dl_tx, _dl_rx) = channel::<DeadLetter>(8);
        let metrics = StageMetrics::default();
        let m = metrics.clone();
        let task = tokio::spawn(async move {
            let mut p = Ticking {
                ticks: 0,
                work: Duration::ZERO,
            };
            run_stage(in_rx, &out_tx, &dl_tx, &mut p, &m, CancellationToken::new()).await?;
            Ok::<u32, TransportError>(p.ticks)
        });
        let mut drain = move || -> Vec<String> {
            std::iter::from_fn(|| out_rx.try_recv())
                .map(|(_, r)| r.error)
                .collect()
        };
        let start = tokio::time::Instant::now();
        let at = |secs: u64| tokio::time::sleep_until(start + Duration::from_secs(secs));

        at(5).await;
        assert!(drain().is_empty(), "no tick before the first interval");
        in_tx.send("k", dl("a")).await.expect("send");
        at(6).await;
        assert_eq!(drain(), ["a"]);
        // No input at all from here to 12 s: the clock alone drives the tick.
        at(12).await;
        assert_eq!(drain(), ["tick1"]);
        // The receive that waited across the tick still gets the next record.
        in_tx.send("k", dl("b")).await.expect("send");
        at(13).await;
        assert_eq!(drain(), ["b"]);
        // The second tick fails: logged and counted, the loop goes on.
        at(22).await;
        assert!(drain().is_empty());
        assert_eq!(StageMetrics::count(&metrics.tick_errors, "ticking"), 1);
        at(32).await;
        assert_eq!(drain(), ["tick3"]);
        in_tx.send("k", dl("c")).await.expect("send");
        drop(in_tx);
        let ticks = task.await.expect("join").expect("stage runs");
        assert_eq!(ticks, 3);
        assert_eq!(drain(), ["c"]);
        assert_eq!(StageMetrics::count(&metrics.ticks, "ticking"), 3);
        assert_eq!(StageMetrics::count(&metrics.tick_errors, "ticking"), 1);
        assert_eq!(
            StageMetrics::count(&metrics.emitted, "ticking"),
            5,
            "3 records and 2 tick outputs"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_due_tick_runs_between_records_under_steady_input() {
        let (in_tx, in_rx) = channel::<DeadLetter>(64);
        let (out_tx, mut out_rx) = channel::<DeadLetter>(64);
        let (dl_tx, _dl_rx) = channel::<DeadLetter>(8);
        // 15 records queued up front, one second of work each: input is
        // always ready, yet the tick due at 10 s runs, between two records.
        for i in 0..15 {
            in_tx.send("k", dl(&format!("r{i}"))).await.expect("send");
        }
        drop(in_tx);
        let mut p = Ticking {
            ticks: 0,
            work: Duration::from_secs(1),
        };
        run_stage(
            in_rx,
            &out_tx,
            &dl_tx,
            &mut p,
            &StageMetrics::default(),
            CancellationToken::new(),
        )
        .await
        .expect("stage runs");
        let outs: Vec<String> = std::iter::from_fn(|| out_rx.try_recv())
            .map(|(_, r)| r.error)
            .collect();
        assert_eq!(outs.len(), 16, "{outs:?}");
        let pos = outs.iter().position(|o| o == "tick1").expect("ticked");
        assert_eq!(&outs[pos - 1..=pos + 1], ["r9", "tick1", "r10"]);
    }

    #[tokio::test(start_paused = true)]
    async fn transient_failure_that_persists_is_dead_lettered() {
        let (in_tx, in_rx) = channel::<DeadLetter>(8);
        let (out_tx, _out_rx) = channel::<DeadLetter>(8);
        let (dl_tx, mut dl_rx) = channel::<DeadLetter>(8);
        in_tx.send("k", dl("flaky")).await.expect("send");
        drop(in_tx);
        let mut p = Echo { flaky_left: 100 };
        run_stage(
            in_rx,
            &out_tx,
            &dl_tx,
            &mut p,
            &StageMetrics::default(),
            CancellationToken::new(),
        )
        .await
        .expect("runs");
        let (_, d) = dl_rx.try_recv().expect("dead letter");
        assert_eq!(d.error, "store busy");
        assert_eq!(p.flaky_left, 100 - MAX_ATTEMPTS);
    }
}
