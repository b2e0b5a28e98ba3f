//! Crosswalks from GB/T 39204-2022 to the five built-in frameworks (curated, not
//! official). The same as `gbt39204 crosswalk`.
//!
//! ```text
//! cargo run --example crosswalk -- 7.9.b --framework iso27001-2022
//! cargo run --example crosswalk -- --reverse A.5.19 --framework iso27001-2022
//! cargo run --example crosswalk -- --coverage iso27001-2022 --implemented A.5.19,A.5.20,A.5.21
//! cargo run --example crosswalk -- --infer mlps-2019-l3 --results 8.1.8.3=pass,8.1.9.10=fail
//! cargo run --example crosswalk -- --increment mlps-2019-l3      # beyond MLPS level 3
//! cargo run --example crosswalk -- --controls nist-csf-2.0
//! ```

fn main() -> std::process::ExitCode {
    gbt39204::cli::run_example(&["crosswalk"])
}
