//! Asks the GB/T 39204-2022 catalog a question: full-text search and/or filters. The same
//! as `gbt39204 query`.
//!
//! ```text
//! cargo run --example query -- --text 供应链
//! cargo run --example query -- --text "log retention" --lang en
//! cargo run --example query -- --domain active-defense --json
//! cargo run --example query -- --prefix 7.9 --measure technical
//! ```

fn main() -> std::process::ExitCode {
    gbt39204::cli::run_example(&["query"])
}
