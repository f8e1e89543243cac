//! `wirestream run`: the long-running Kafka job. Stops on SIGTERM or SIGINT.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;
use tracing::info;

use crate::http::{self, Readiness};
use crate::kafka::runner;
use crate::settings::Settings;
use crate::telemetry::Metrics;

pub async fn run(settings: Settings) -> anyhow::Result<()> {
    info!(config = %settings.redacted_json(), "starting wirestream {}", env!("CARGO_PKG_VERSION"));
    let metrics = Metrics::new();
    let readiness = Arc::new(Readiness::default());
    let shutdown = CancellationToken::new();
    let (addr, server) = http::serve(
        settings.http.address,
        metrics.clone(),
        readiness.clone(),
        shutdown.clone(),
    )
    .await?;
    info!(%addr, "serving /metrics, /health, /ready");
    tokio::spawn(signals(shutdown.clone()));
    let result = runner::run(&settings, metrics, readiness, shutdown.clone()).await;
    shutdown.cancel();
    let _ = server.await;
    result
}

async fn signals(shutdown: CancellationToken) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
    tokio::select! {
        _ = term.recv() => info!("SIGTERM: shutting down"),
        _ = int.recv() => info!("SIGINT: shutting down"),
        _ = shutdown.cancelled() => return,
    }
    shutdown.cancel();
}
