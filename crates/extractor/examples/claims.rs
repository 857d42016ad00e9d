//! Prints the claims of a plain-text article as JSON lines (what the CLI's
//! `newswatch claims` prints). Usage:
//! `cargo run -p newswatch-extractor --example claims -- [--config FILE] [--published YYYY-MM-DD] FILE`

use newswatch_config::Config;
use newswatch_extractor::{ClaimLine, Extractor};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut cfg = Config::default();
    let mut published = None;
    let mut file = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--config" => {
                let p = args.next().unwrap_or_default();
                cfg = Config::load(std::path::Path::new(&p)).unwrap_or_else(|e| panic!("{e}"));
            }
            "--published" => published = args.next().and_then(|d| d.parse().ok()),
            _ => file = Some(a),
        }
    }
    let text = match file.as_deref() {
        Some("-") | None => std::io::read_to_string(std::io::stdin()).unwrap_or_default(),
        Some(f) => std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}")),
    };
    let ex = Extractor::new(&cfg);
    for c in ex.claims_in_text(&text, published) {
        println!(
            "{}",
            serde_json::to_string(&ClaimLine::from(&c)).unwrap_or_default()
        );
    }
}
