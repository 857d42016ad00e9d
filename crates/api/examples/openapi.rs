//! Print the OpenAPI document (`cargo run -p newswatch-api --example openapi`).
fn main() {
    match newswatch_api::openapi().to_pretty_json() {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("error: {e}"),
    }
}
