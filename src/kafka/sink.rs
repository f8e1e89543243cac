//! The output edge: an idempotent producer that delivers [`Output`]s and retries until the broker
//! acknowledges them (or the instance is told to give up).

use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::error::KafkaResult;
use rdkafka::producer::FutureProducer;
use rdkafka::util::Timeout;
use tokio_util::sync::CancellationToken;

use super::records::Output;
use crate::telemetry::events::{DeliveryFailed, InternalEvent};
use crate::telemetry::Metrics;

#[derive(Clone)]
pub struct Sink {
    producer: FutureProducer,
    metrics: Metrics,
}

impl Sink {
    pub fn create(config: ClientConfig, metrics: Metrics) -> KafkaResult<Self> {
        Ok(Self {
            producer: config.create()?,
            metrics,
        })
    }

    pub fn producer(&self) -> &FutureProducer {
        &self.producer
    }

    /// Delivers `output`, retrying with backoff. Returns false only if `abandon` fired first.
    pub async fn deliver(&self, output: &Output, abandon: &CancellationToken) -> bool {
        let headers = output.kafka_headers();
        let mut attempt = 0u32;
        loop {
            let record = output.record(&headers);
            let result = tokio::select! {
                r = self.producer.send(record, Timeout::Never) => r,
                _ = abandon.cancelled() => return false,
            };
            match result {
                Ok(_) => return true,
                Err((e, _)) => {
                    attempt += 1;
                    DeliveryFailed {
                        topic: &output.topic,
                        error: &e.to_string(),
                        attempt,
                    }
                    .emit(&self.metrics);
                    let backoff = Duration::from_millis(100u64.saturating_mul(1 << attempt.min(6)));
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {}
                        _ = abandon.cancelled() => return false,
                    }
                }
            }
        }
    }
}
