//! Writing to stdout without panicking on a closed pipe.

use std::io::Write;

/// Print text to stdout; a closed pipe (`| head`) ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
