//! Prints precision, recall and F1 of the quantity recogniser on the shared
//! corpora. `cargo run -p newswatch-extractor --example quantity_eval [-- --misses]`

#[path = "../tests/support/eval.rs"]
mod eval;

fn main() {
    let scores = eval::all_scores();
    print!("{}", eval::table(&scores));
    if std::env::args().any(|a| a == "--misses") {
        for s in &scores {
            println!(
                "\n## {} ({} cases with a miss or extra)",
                s.name,
                s.misses.len()
            );
            for m in &s.misses {
                println!("  - {m}");
            }
        }
    }
}
