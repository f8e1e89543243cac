//! Runner behaviour that needs no real broker: backpressure against a slow cluster, using
//! librdkafka's in-process mock cluster.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{FutureProducer, FutureRecord};
use tokio_util::sync::CancellationToken;
use wirestream::http::Readiness;
use wirestream::kafka::runner;
use wirestream::settings::Settings;
use wirestream::telemetry::Metrics;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn in_flight_messages_stay_bounded_when_the_output_is_slow() {
    const N: usize = 200;
    const LIMIT: usize = 8;
    let cluster = MockCluster::new(1).unwrap();
    let mut settings = Settings::load_with_env(None, Vec::new()).unwrap();
    let k = &mut settings.kafka;
    k.brokers = cluster.bootstrap_servers();
    for t in k.input_topics.iter().chain([
        &k.output_topic,
        &k.dead_letter_topic,
        &k.dedup_changelog_topic,
    ]) {
        cluster.create_topic(t, 2, 1).unwrap();
    }
    settings.processing.max_in_flight = LIMIT;

    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", &settings.kafka.brokers)
        .create()
        .unwrap();
    for i in 0..N {
        let body = format!("Story {i}\n\nOSLO (AP) - The ferry number {i} left the harbour on time this morning, the operator said.");
        producer
            .send(
                FutureRecord::to(&settings.kafka.input_topics[0])
                    .key(&i.to_string())
                    .payload(&body),
                Duration::from_secs(5),
            )
            .await
            .map_err(|(e, _)| e)
            .unwrap();
    }
    // Every request to the broker now takes 20 ms: the output acknowledges slowly.
    cluster
        .broker_round_trip_time(1, Duration::from_millis(20))
        .unwrap();

    let metrics = Metrics::new();
    let shutdown = CancellationToken::new();
    let job = {
        let (s, m, c) = (settings.clone(), metrics.clone(), shutdown.clone());
        tokio::spawn(async move { runner::run(&s, m, Arc::new(Readiness::default()), c).await })
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut peak = 0;
    while (metrics.events_sent.get() as usize) < N {
        peak = peak.max(metrics.in_flight.get());
        assert!(
            Instant::now() < deadline,
            "only {} of {N} events",
            metrics.events_sent.get()
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    shutdown.cancel();
    job.await.unwrap().unwrap();
    assert!(
        peak as usize <= LIMIT,
        "in flight peaked at {peak}, above the limit {LIMIT}"
    );
    assert!(
        peak > 1,
        "the limit was never approached (peak {peak}): the test proves nothing"
    );
}
