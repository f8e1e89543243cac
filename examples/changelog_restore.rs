//! Restore time of the dedup window from its changelog on a real broker: writes N window entries
//! to a fresh changelog topic, then times rebuilding the window from it.
//!
//! cargo run --release --example changelog_restore -- BROKERS [N]   (default 1,000,000)

use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::producer::{FutureProducer, FutureRecord};
use wirestream::article::{Article, Format};
use wirestream::kafka::changelog;
use wirestream::pipeline::dedup::{DedupConfig, Deduplicator};
use wirestream::pipeline::normalize::NormalizeConfig;
use wirestream::pipeline::Pipeline;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let brokers = args.next().unwrap_or_else(|| "127.0.0.1:9092".into());
    let n: usize = args.next().map_or(1_000_000, |s| s.parse().expect("N"));
    let topic = format!("restore-bench-{}", std::process::id());
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .create()?;
    for r in admin
        .create_topics(
            &[NewTopic::new(&topic, 4, TopicReplication::Fixed(1))],
            &AdminOptions::new(),
        )
        .await?
    {
        r.map_err(|(t, e)| anyhow::anyhow!("creating {t}: {e}"))?;
    }
    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("linger.ms", "50")
        .set("compression.type", "lz4")
        .set("queue.buffering.max.messages", "500000")
        .create()?;
    // Real records: the window's own output for distinct stories.
    let mut window = Deduplicator::new(DedupConfig::default());
    let started = Instant::now();
    let mut article = Article::new(String::new(), Format::Text);
    for chunk in (0..n).collect::<Vec<_>>().chunks(20_000) {
        let mut sends = Vec::with_capacity(chunk.len());
        for &i in chunk {
            article.id = format!("story-{i}");
            article.body = wirestream::corpus::short_story(i);
            let (_, record) = window.check_and_record(&article, 0, 0);
            let payload = changelog::encode("bench", record);
            sends.push((article.id.clone(), payload));
        }
        let futures = sends.iter().map(|(k, p)| {
            producer.send(
                FutureRecord::to(&topic).key(k).payload(p),
                Duration::from_secs(60),
            )
        });
        for r in futures::future::join_all(futures).await {
            r.map_err(|(e, _)| e)?;
        }
    }
    println!(
        "wrote {n} changelog records in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let config = {
        let mut c = ClientConfig::new();
        c.set("bootstrap.servers", &brokers)
            .set("group.id", "restore-bench");
        c
    };
    let pipeline = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
    let before = wirestream::telemetry::resident_memory_kib();
    let started = Instant::now();
    let t = topic.clone();
    let (pipeline, _) = tokio::task::spawn_blocking(move || {
        changelog::restore(config, &t, pipeline, Duration::from_secs(1800))
    })
    .await??;
    let elapsed = started.elapsed();
    let after = wirestream::telemetry::resident_memory_kib();
    println!(
        "restored {n} entries in {:.1} s ({:.0} records/s); window RSS +{:.0} MiB",
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64(),
        after.saturating_sub(before) as f64 / 1024.0
    );
    drop(pipeline);
    Ok(())
}
