//! Serve the test fixture (a fictional recall story) on 127.0.0.1 to look at
//! the dashboard: `cargo run -p newswatch-api --example preview -- 8687`.
//! Stops on Ctrl-C.

#[path = "../tests/common/mod.rs"]
mod common;

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8687);
    let state = common::state_with(common::seeded_store().await, Default::default(), None).await;
    let cancel = tokio_util::sync::CancellationToken::new();
    let stop = cancel.clone();
    tokio::spawn(async move {
        let _ = tokio::signal::ctrl_c().await;
        stop.cancel();
    });
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    println!("dashboard on http://{addr}/");
    if let Err(e) = newswatch_api::serve(state, addr, cancel).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
