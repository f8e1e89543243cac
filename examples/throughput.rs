//! Measures the Kafka runner's sustained throughput against a real broker: fills a fresh input
//! topic with N wire articles (10% exact re-sends), then times the runner from start until every
//! output is acknowledged.
//!
//! cargo run --release --example throughput -- BROKERS [N] [PARTITIONS]

use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::producer::{FutureProducer, FutureRecord};
use tokio_util::sync::CancellationToken;
use wirestream::http::Readiness;
use wirestream::kafka::runner;
use wirestream::settings::Settings;
use wirestream::telemetry::Metrics;

fn article(i: usize) -> String {
    format!(
        "Grain exports rise at berth {i}\n\nBy Staff Writer\n\nCONSTANTA, June 3 (Reuters) - Grain shipments \
         through berth {i} of the Black Sea port rose for a third month in May, the port operator said on \
         Tuesday, as traders diverted cargoes from routes further north.\n\n\
         The operator said {i} vessels had loaded wheat, maize and barley at the terminal, and that \
         waiting times had fallen to under two days after a new conveyor line opened in April.\n\n\
         Farm groups said inland transport remained the main bottleneck, with rail capacity limited \
         and road hauliers charging more during the harvest season.\n\n\
         Officials expect volumes to keep growing as the new season's crop reaches the coast in July, \
         and plan to dredge the approach channel to take larger ships next year.\n\n\
         (Reporting by Ana Pop; Editing by Mark Lee)"
    )
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let brokers = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "127.0.0.1:9092".into());
    let n: usize = args.get(2).map_or(10_000, |s| s.parse().expect("N"));
    let partitions: i32 = args.get(3).map_or(4, |s| s.parse().expect("PARTITIONS"));
    let tag = std::process::id();
    let (input, output, dlq, changelog) = (
        format!("tp-in-{tag}"),
        format!("tp-out-{tag}"),
        format!("tp-dlq-{tag}"),
        format!("tp-cl-{tag}"),
    );

    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .create()?;
    for r in admin
        .create_topics(
            &[
                NewTopic::new(&input, partitions, TopicReplication::Fixed(1)),
                NewTopic::new(&output, partitions, TopicReplication::Fixed(1)),
                NewTopic::new(&dlq, 1, TopicReplication::Fixed(1)),
                NewTopic::new(&changelog, partitions, TopicReplication::Fixed(1)),
            ],
            &AdminOptions::new(),
        )
        .await?
    {
        r.map_err(|(t, e)| anyhow::anyhow!("creating {t}: {e}"))?;
    }

    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("linger.ms", "20")
        .create()?;
    let payloads: Vec<String> = (0..n)
        .map(|i| article(if i % 10 == 9 { i - 1 } else { i }))
        .collect();
    let bytes: usize = payloads.iter().map(String::len).sum();
    for chunk in payloads.chunks(5000) {
        let sends = chunk.iter().map(|p| {
            producer.send(
                FutureRecord::<(), _>::to(&input).payload(p),
                Duration::from_secs(30),
            )
        });
        for r in futures::future::join_all(sends).await {
            r.map_err(|(e, _)| e)?;
        }
    }
    eprintln!("filled {input}: {n} articles, {:.1} MB", bytes as f64 / 1e6);

    let mut settings = Settings::load_with_env(None, Vec::new())?;
    settings.kafka.brokers = brokers;
    settings.kafka.group_id = format!("tp-group-{tag}");
    settings.kafka.input_topics = vec![input];
    settings.kafka.output_topic = output;
    settings.kafka.dead_letter_topic = dlq;
    settings.kafka.dedup_changelog_topic = changelog;
    let metrics = Metrics::new();
    let shutdown = CancellationToken::new();
    let started = Instant::now();
    let job = {
        let (m, s) = (metrics.clone(), shutdown.clone());
        tokio::spawn(
            async move { runner::run(&settings, m, Arc::new(Readiness::default()), s).await },
        )
    };
    let mut first_output = None;
    while (metrics.events_sent.get() as usize) < n {
        if first_output.is_none() && metrics.events_sent.get() > 0 {
            first_output = Some(started.elapsed());
        }
        anyhow::ensure!(started.elapsed() < Duration::from_secs(600), "timed out");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let total = started.elapsed();
    let warm = first_output.unwrap_or_default();
    shutdown.cancel();
    job.await??;
    let steady = (total - warm).as_secs_f64();
    println!(
        "{n} articles in {:.2} s (first output after {:.2} s: group join): {:.0} articles/s overall, \
         {:.0} articles/s after the first output, {:.1} MB/s",
        total.as_secs_f64(),
        warm.as_secs_f64(),
        n as f64 / total.as_secs_f64(),
        n as f64 / steady,
        bytes as f64 / 1e6 / steady
    );
    Ok(())
}
