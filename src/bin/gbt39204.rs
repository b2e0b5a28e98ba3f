//! The `gbt39204` command; see [`gbt39204::cli`].

fn main() -> std::process::ExitCode {
    gbt39204::cli::main()
}
