//! Subcommands: `run` (Kafka until signalled), `process` (JSON Lines, no Kafka), `demo` (an
//! in-process mock cluster end to end) and `config` (print the effective settings, redacted).

pub mod demo;
pub mod process;
pub mod run;
