//! The newswatch application: stage wiring, replay and the CLI commands.
//! The binary (`main.rs`) only parses arguments and calls into here.

pub mod archive_dir;
pub mod cmd;
pub mod output;
pub mod pipeline;
pub mod replay;
