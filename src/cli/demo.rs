//! `wirestream demo`: the whole job end to end with no external broker. Starts librdkafka's
//! in-process mock cluster, produces the bundled sample articles, runs the real runner over them,
//! reads every output back, prints the events and a summary.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::Message;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use crate::http::Readiness;
use crate::kafka::runner;
use crate::settings::Settings;
use crate::telemetry::Metrics;

/// The bundled sample: wire copy in several formats, an exact re-send, a republished copy and
/// two payloads that must be dead-lettered.
pub const SAMPLE: &str = include_str!("../../fixtures/demo/articles.jsonl");

#[derive(Deserialize)]
struct Sample {
    id: String,
    raw: String,
}

pub async fn demo(mut settings: Settings) -> anyhow::Result<()> {
    let started = Instant::now();
    let samples: Vec<Sample> = SAMPLE
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .context("bundled sample")?;

    let cluster = MockCluster::new(1).context("starting the mock cluster")?;
    let k = &mut settings.kafka;
    k.brokers = cluster.bootstrap_servers();
    k.group_id = "wirestream-demo".into();
    k.consumer
        .insert("statistics.interval.ms".into(), "1000".into());
    for topic in k.input_topics.iter().chain([
        &k.output_topic,
        &k.dead_letter_topic,
        &k.duplicates_topic,
        &k.dedup_changelog_topic,
    ]) {
        cluster
            .create_topic(topic, 3, 1)
            .context("creating demo topics")?;
    }

    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", &k.brokers)
        .create()
        .context("demo producer")?;
    for s in &samples {
        producer
            .send(
                FutureRecord::to(&k.input_topics[0])
                    .key(&s.id)
                    .payload(&s.raw),
                Duration::from_secs(5),
            )
            .await
            .map_err(|(e, _)| anyhow::anyhow!("producing the sample: {e}"))?;
    }

    let metrics = Metrics::new();
    let shutdown = CancellationToken::new();
    let job = {
        let (settings, metrics, shutdown) = (settings.clone(), metrics.clone(), shutdown.clone());
        tokio::spawn(async move {
            runner::run(&settings, metrics, Arc::new(Readiness::default()), shutdown).await
        })
    };

    let reader: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", &settings.kafka.brokers)
        .set("group.id", "wirestream-demo-reader")
        .set("auto.offset.reset", "earliest")
        .create()
        .context("demo reader")?;
    let outputs = [
        settings.kafka.output_topic.as_str(),
        settings.kafka.dead_letter_topic.as_str(),
        settings.kafka.duplicates_topic.as_str(),
    ];
    reader.subscribe(&outputs)?;
    let dropped = || metrics.duplicates.with_label_values(&["drop"]).get() as usize;
    let mut seen = 0usize;
    let deadline = Instant::now() + Duration::from_secs(60);
    while seen + dropped() < samples.len() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            bail!(
                "demo: only {seen} of {} outputs arrived within 60 s",
                samples.len()
            );
        }
        let Ok(msg) = tokio::time::timeout(left, reader.recv()).await else {
            continue;
        };
        let msg = msg?;
        seen += 1;
        if msg.topic() == settings.kafka.dead_letter_topic {
            let reason = msg
                .headers()
                .and_then(|h| {
                    use rdkafka::message::Headers;
                    h.iter()
                        .find(|h| h.key == "wirestream-reason")
                        .and_then(|h| h.value)
                })
                .map(|v| String::from_utf8_lossy(v).into_owned())
                .unwrap_or_default();
            println!(
                "{{\"dead_letter\": {{\"topic\": {:?}, \"reason\": {:?}}}}}",
                msg.topic(),
                reason
            );
        } else {
            println!(
                "{}",
                String::from_utf8_lossy(msg.payload().unwrap_or_default())
            );
        }
    }
    shutdown.cancel();
    job.await.context("runner task")??;

    let stage = |s: &str| {
        let h = metrics.stage_duration.with_label_values(&[s]);
        let n = h.get_sample_count();
        if n == 0 {
            0.0
        } else {
            h.get_sample_sum() / n as f64 * 1e6
        }
    };
    let dead = Metrics::counter_total(&metrics.dead_letters);
    let duplicates = Metrics::counter_total(&metrics.duplicates);
    eprintln!(
        "\nwirestream demo: consumed {} | events produced {} (duplicates flagged {}) | dead-lettered {} | \
         mean stage time: normalize {:.0} µs, dedup {:.0} µs, enrich {:.0} µs | wall {:.2} s",
        Metrics::counter_total(&metrics.messages_received),
        metrics.events_sent.get(),
        duplicates,
        dead,
        stage("normalize"),
        stage("dedup"),
        stage("enrich"),
        started.elapsed().as_secs_f64()
    );
    // Clients first, so none of them outlives the cluster and logs connection errors.
    drop(reader);
    drop(producer);
    drop(cluster);
    Ok(())
}
