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
