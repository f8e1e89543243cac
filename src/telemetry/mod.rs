//! Metrics and logs. Each thing worth counting is a named event type (see [`events`]) that updates
//! the Prometheus metrics and writes its log line in one place.

pub mod events;
mod metrics;

pub use metrics::Metrics;

use crate::settings::{LogFormat, LogSettings};

/// Installs the global tracing subscriber. RUST_LOG, when set, overrides `log.level`.
pub fn init_logging(settings: &LogSettings) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&settings.level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (tests, demo after run) is harmless; keep the first subscriber.
    let _ = match settings.format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

/// This process's resident memory in KiB (Linux `/proc/self/status`), for benchmarks and reports;
/// 0 where it cannot be read.
pub fn resident_memory_kib() -> u64 {
    own_status_kib("VmRSS:")
}

/// This process's peak resident memory so far in KiB, as [`resident_memory_kib`].
pub fn peak_resident_memory_kib() -> u64 {
    own_status_kib("VmHWM:")
}

fn own_status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
