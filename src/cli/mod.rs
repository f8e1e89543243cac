//! Subcommands: `run` (Kafka until signalled), `process` (JSON Lines, no Kafka), `demo` (an
//! in-process mock cluster end to end), `load` (push synthetic articles through a running
//! processor and measure) and `config` (print the effective settings, redacted).

pub mod demo;
pub mod health;
pub mod load;
pub mod process;
pub mod run;
