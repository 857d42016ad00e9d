//! Figure tracking and alert delivery.
//!
//! - [`Tracker`] keeps a history per figure and decides, claim by claim,
//!   whether new coverage moved a tracked figure (`changed`), gave its first
//!   value (`new`) or contradicts another independent outlet (`conflict`).
//!   Every claim is written with its verdict, the figure's new state and the
//!   alerts it raised in one store transaction (the outbox).
//! - [`TrackerStage`] runs the tracker as the `tracker` pipeline stage.
//! - [`Dispatcher`] delivers outbox entries to the [`AlertSink`]s at least
//!   once, with exponential backoff and jitter, a bounded number of attempts
//!   and a dead state.
//! - [`render_figures`], [`render_figure`] and [`render_outbox`] print the
//!   plain tables behind `newswatch figures` and the dead-letter view.

mod dispatch;
mod engine;
mod format;
mod render;
pub mod sinks;
mod stage;
pub mod state;

pub use dispatch::{
    DeliveryError, DispatchMetrics, Dispatcher, DrainStats, RetryPolicy, SinkLabel,
    dispatch_sink_label,
};
pub use engine::{Tracker, Verdict, untracked_key};
pub use format::{format_value, stdout_line};
pub use render::{render_figure, render_figures, render_outbox};
pub use sinks::{AlertSink, SinkError, build_sinks};
pub use stage::TrackerStage;

/// Tracker failures.
#[derive(Debug, thiserror::Error)]
pub enum TrackerError {
    /// The store failed; retrying may help.
    #[error(transparent)]
    Store(#[from] newswatch_store::StoreError),
    /// The claim cannot be tracked (empty id, value not a finite number).
    #[error("invalid claim {id:?}: {reason}")]
    InvalidClaim { id: String, reason: String },
    /// A figure's stored state is not readable by this build.
    #[error("figure {figure:?} has unreadable state: {reason}")]
    State { figure: String, reason: String },
    /// `figures show` was asked for a figure that is neither configured nor stored.
    #[error("no figure {0:?} (neither in the config nor in the store)")]
    UnknownFigure(String),
}
