//! `wirestream load`: pushes synthetic wire articles into the input topic of a running processor
//! and, unless told not to, waits for every one of them to come out the other side (as an event,
//! a flagged duplicate or a dead letter), reporting throughput and end-to-end latency.
//!
//! Latency is the output record's timestamp minus the input record's: both are producer create
//! times, so it covers queueing in the input topic, the processor and the output produce.
//! Run the load tool on the same machine as the processor so both clocks agree.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use rdkafka::{Message, Offset, TopicPartitionList};
use serde::Serialize;

use crate::corpus::Corpus;
use crate::kafka;
use crate::settings::Settings;

/// What to push and how.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Articles to produce.
    pub count: usize,
    /// Articles per second; 0 produces as fast as the broker takes them.
    pub rate: f64,
    /// Share of articles that re-send an earlier one of the run.
    pub duplicate_rate: f64,
    /// Share of articles replaced by bytes that cannot be read (they must become dead letters).
    pub bad_rate: f64,
    /// Corpus seed: the same seed gives the same articles.
    pub seed: u64,
    /// Wait for the outputs and measure; false only produces.
    pub wait: bool,
    /// Give up waiting after this long.
    pub timeout: Duration,
    /// The processor's process id, to read its peak RSS and CPU time from /proc.
    pub processor_pid: Option<u32>,
}

/// What a load run measured. Printed as JSON so scripts can read it.
#[derive(Debug, Serialize)]
pub struct LoadReport {
    /// Articles pushed through before this run, unmeasured (`--warmup`).
    pub warmup: usize,
    pub produced: usize,
    pub produce_secs: f64,
    pub produced_per_sec: f64,
    pub payload_mb: f64,
    /// Outputs seen by topic (events and flagged duplicates share the output topic).
    pub outputs: HashMap<String, usize>,
    /// Articles whose output never arrived before the timeout.
    pub missing: usize,
    /// Outputs seen more than once for the same input (at-least-once repeats).
    pub repeats: usize,
    /// Inputs whose event was flagged a duplicate, and inputs produced as re-sends.
    pub duplicates_flagged: usize,
    pub resends_produced: usize,
    /// Inputs produced unreadable on purpose (`--bad-rate`).
    pub bad_produced: usize,
    /// From the first input produced to the last output seen.
    pub end_to_end_secs: f64,
    pub end_to_end_per_sec: f64,
    pub latency_ms_p50: i64,
    pub latency_ms_p99: i64,
    pub latency_ms_max: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processor: Option<ProcessorUsage>,
}

/// The processor's resource use over the run, read from /proc.
#[derive(Debug, Serialize)]
pub struct ProcessorUsage {
    pub peak_rss_mib: f64,
    pub cpu_secs: f64,
    pub cpu_us_per_article: f64,
}

/// Waits until `producer` knows the leaders of `topic`'s partitions.
async fn ready_to_produce(producer: &FutureProducer, topic: &str) -> anyhow::Result<()> {
    let (client, topic) = (producer.clone(), topic.to_owned());
    tokio::task::spawn_blocking(move || {
        client
            .client()
            .fetch_metadata(Some(&topic), Duration::from_secs(30))
            .map(drop)
            .with_context(|| format!("reading the metadata of {topic}"))
    })
    .await
    .context("metadata task")?
}

pub async fn load(settings: &Settings, opts: LoadOptions) -> anyhow::Result<LoadReport> {
    let k = &settings.kafka;
    let input = k
        .input_topics
        .first()
        .context("kafka.input_topics is empty")?
        .clone();
    let run = format!("load-{}", now_ms());

    let mut output_topics = vec![k.output_topic.clone(), k.dead_letter_topic.clone()];
    if k.duplicates == crate::settings::DuplicateRouting::Topic {
        output_topics.push(k.duplicates_topic.clone());
    }
    let reader = reader_at_end(settings, &output_topics)?;
    let input_start = high_watermarks(&reader, &input)?;
    let cpu_before = opts.processor_pid.map(process_cpu_secs).transpose()?;

    // The load tool stands for the scrapers upstream, not for wirestream's own output path. An
    // idempotent producer holds its first records until the broker grants it a producer id
    // (about 0.5 s here), and those records, already stamped, made the processor look 0.5 s
    // slow on the first 1–2% of a run.
    let mut config = kafka::producer_config(k);
    config.set("enable.idempotence", "false");
    let producer: FutureProducer = config.create().context("creating the load producer")?;
    // Likewise the first connection and metadata request are the load tool's, not the processor's.
    ready_to_produce(&producer, &input).await?;
    let corpus = Corpus::new(opts.seed, opts.duplicate_rate);
    let started = Instant::now();
    let produce = {
        let (run, input) = (run.clone(), input.clone());
        let (count, rate, bad_rate) = (opts.count, opts.rate, opts.bad_rate.clamp(0.0, 1.0));
        tokio::spawn(async move {
            let mut pending = tokio::task::JoinSet::new();
            let mut bytes = 0usize;
            let mut sent = HashMap::with_capacity(count);
            let (mut resends, mut bad_count) = (0usize, 0usize);
            let t0 = Instant::now();
            for i in 0..count {
                if rate > 0.0 {
                    let due = t0 + Duration::from_secs_f64(i as f64 / rate);
                    tokio::time::sleep_until(due.into()).await;
                }
                let article = corpus.article(i);
                resends += usize::from(article.copy_of.is_some());
                // Spread evenly: article i is bad when the running share crosses a whole number.
                let bad = ((i + 1) as f64 * bad_rate).floor() > (i as f64 * bad_rate).floor();
                let payload = if bad {
                    bad_count += 1;
                    vec![0xff, 0xfe, 0xfd]
                } else {
                    article.payload.into_bytes()
                };
                bytes += payload.len();
                let key = format!("{run}-{i}");
                let now = now_ms();
                let mut record = FutureRecord::to(&input)
                    .key(&key)
                    .payload(&payload)
                    .timestamp(now);
                let delivery = loop {
                    match producer.send_result(record) {
                        Ok(delivery) => break delivery,
                        Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                            record = r;
                            tokio::time::sleep(Duration::from_millis(5)).await;
                        }
                        Err((e, _)) => bail!("producing article {i}: {e}"),
                    }
                };
                pending.spawn(async move { (delivery.await, now) });
                // Keep the task set small so memory does not grow with the count.
                while pending.len() > 10_000 {
                    if let Some(r) = pending.join_next().await {
                        let (at, ms) = delivered(r)?;
                        sent.insert(at, ms);
                    }
                }
            }
            while let Some(r) = pending.join_next().await {
                let (at, ms) = delivered(r)?;
                sent.insert(at, ms);
            }
            anyhow::Ok((t0.elapsed(), bytes, sent, resends, bad_count))
        })
    };

    let mut report = LoadReport {
        warmup: 0,
        produced: opts.count,
        produce_secs: 0.0,
        produced_per_sec: 0.0,
        payload_mb: 0.0,
        outputs: HashMap::new(),
        missing: 0,
        repeats: 0,
        duplicates_flagged: 0,
        resends_produced: 0,
        bad_produced: 0,
        end_to_end_secs: 0.0,
        end_to_end_per_sec: 0.0,
        latency_ms_p50: 0,
        latency_ms_p99: 0,
        latency_ms_max: 0,
        processor: None,
    };

    // Outputs by the input record they came from: (partition, offset) -> output timestamp.
    let mut seen: HashMap<(i32, i64), i64> = HashMap::with_capacity(opts.count);
    if opts.wait {
        let deadline = started + opts.timeout;
        let mut last_output = started;
        while seen.len() < opts.count && Instant::now() < deadline {
            let Some(msg) = reader.poll(Duration::from_millis(200)) else {
                continue;
            };
            // Broker restarts and the like: librdkafka reconnects; the timeout bounds the wait.
            let msg = match msg {
                Ok(msg) => msg,
                Err(e) => {
                    tracing::debug!(error = %e, "reading the outputs");
                    continue;
                }
            };
            let Some((topic, partition, offset)) = source_of(&msg) else {
                continue;
            };
            if topic != input || offset < input_start.get(&partition).copied().unwrap_or(0) {
                continue;
            }
            *report.outputs.entry(msg.topic().to_owned()).or_default() += 1;
            let out_ms = msg.timestamp().to_millis().unwrap_or(0);
            if seen.insert((partition, offset), out_ms).is_some() {
                report.repeats += 1;
            } else {
                last_output = Instant::now();
                report.duplicates_flagged += usize::from(flagged_duplicate(&msg));
            }
        }
        report.missing = opts.count.saturating_sub(seen.len());
        report.end_to_end_secs = last_output.duration_since(started).as_secs_f64();
        report.end_to_end_per_sec = seen.len() as f64 / report.end_to_end_secs.max(1e-9);
    }
    let (produce_time, bytes, sent, resends, bad_count) =
        produce.await.context("producer task")??;
    report.resends_produced = resends;
    report.bad_produced = bad_count;
    report.payload_mb = bytes as f64 / 1e6;
    report.produce_secs = produce_time.as_secs_f64();
    report.produced_per_sec = opts.count as f64 / report.produce_secs.max(1e-9);
    let mut latencies: Vec<i64> = seen
        .iter()
        .filter_map(|(at, out_ms)| Some(out_ms - sent.get(at)?))
        .collect();
    latencies.sort_unstable();
    let pct = |p: f64| -> i64 {
        if latencies.is_empty() {
            return 0;
        }
        latencies[((latencies.len() - 1) as f64 * p).round() as usize]
    };
    report.latency_ms_p50 = pct(0.50);
    report.latency_ms_p99 = pct(0.99);
    report.latency_ms_max = latencies.last().copied().unwrap_or(0);

    if let (Some(pid), Some(before)) = (opts.processor_pid, cpu_before) {
        let cpu_secs = process_cpu_secs(pid)? - before;
        report.processor = Some(ProcessorUsage {
            peak_rss_mib: process_peak_rss_kib(pid)? as f64 / 1024.0,
            cpu_secs,
            cpu_us_per_article: cpu_secs * 1e6 / opts.count.max(1) as f64,
        });
    }
    if opts.wait && report.missing > 0 {
        bail!(
            "{} of {} articles produced no output within {:?}: {}",
            report.missing,
            opts.count,
            opts.timeout,
            serde_json::to_string(&report)?
        );
    }
    Ok(report)
}

/// Where a delivered input landed, and when it was sent.
fn delivered<C, J>(
    r: Result<
        (
            Result<rdkafka::producer::future_producer::OwnedDeliveryResult, C>,
            i64,
        ),
        J,
    >,
) -> anyhow::Result<((i32, i64), i64)> {
    match r {
        Ok((Ok(Ok(d)), ms)) => Ok(((d.partition, d.offset), ms)),
        Ok((Ok(Err((e, _))), _)) => bail!("delivering a load article: {e}"),
        Ok((Err(_), _)) | Err(_) => bail!("a load article's delivery was cancelled"),
    }
}

fn flagged_duplicate(msg: &rdkafka::message::BorrowedMessage<'_>) -> bool {
    use rdkafka::message::Headers;
    msg.headers().is_some_and(|h| {
        h.iter()
            .any(|h| h.key == "wirestream-dedup" && h.value == Some(b"duplicate".as_slice()))
    })
}

/// The input record an output came from: dead letters say so in headers, events in
/// `processing.source`.
fn source_of(msg: &rdkafka::message::BorrowedMessage<'_>) -> Option<(String, i32, i64)> {
    use rdkafka::message::Headers;
    if let Some(headers) = msg.headers() {
        let header = |name: &str| {
            headers
                .iter()
                .find(|h| h.key == name)
                .and_then(|h| std::str::from_utf8(h.value?).ok())
        };
        if let (Some(t), Some(p), Some(o)) = (
            header("wirestream-source-topic"),
            header("wirestream-source-partition"),
            header("wirestream-source-offset"),
        ) {
            return Some((t.to_owned(), p.parse().ok()?, o.parse().ok()?));
        }
    }
    #[derive(serde::Deserialize)]
    struct Partial {
        processing: Processing,
    }
    #[derive(serde::Deserialize)]
    struct Processing {
        source: Option<crate::article::SourceRef>,
    }
    let partial: Partial = serde_json::from_slice(msg.payload()?).ok()?;
    let src = partial.processing.source?;
    Some((src.topic, src.partition, src.offset))
}

/// A group-less reader positioned at the end of every partition of the output topics, so it
/// sees only what this run causes.
fn reader_at_end(settings: &Settings, topics: &[String]) -> anyhow::Result<BaseConsumer> {
    let reader: BaseConsumer = kafka::reader_config(&settings.kafka)
        .set("group.id", "wirestream-load-reader")
        .set("enable.auto.commit", "false")
        .create()
        .context("creating the output reader")?;
    let mut assignment = TopicPartitionList::new();
    for topic in topics {
        for (p, high) in high_watermarks(&reader, topic)? {
            assignment.add_partition_offset(topic, p, Offset::Offset(high))?;
        }
    }
    reader.assign(&assignment)?;
    Ok(reader)
}

/// The high watermark (next offset) of every partition of `topic`.
fn high_watermarks(client: &BaseConsumer, topic: &str) -> anyhow::Result<HashMap<i32, i64>> {
    let metadata = client
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .with_context(|| format!("reading metadata of {topic}"))?;
    let partitions = metadata
        .topics()
        .first()
        .filter(|t| t.error().is_none())
        .map(|t| t.partitions().len())
        .unwrap_or(0);
    if partitions == 0 {
        bail!("topic {topic} does not exist; create the topics first (wirestream create-topics)");
    }
    (0..partitions as i32)
        .map(|p| {
            let (_, high) = client
                .fetch_watermarks(topic, p, Duration::from_secs(10))
                .with_context(|| format!("reading watermarks of {topic}/{p}"))?;
            Ok((p, high))
        })
        .collect()
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// User plus system CPU seconds of a process, from /proc/PID/stat.
fn process_cpu_secs(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("reading /proc/{pid}/stat"))?;
    cpu_secs_from_stat(&stat)
}

fn cpu_secs_from_stat(stat: &str) -> anyhow::Result<f64> {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields
        .get(11..13)
        .context("short /proc stat line")?
        .iter()
        .map(|f| f.parse::<f64>().unwrap_or(0.0))
        .sum();
    // Linux reports in USER_HZ, which is 100 on every architecture wirestream targets.
    Ok(ticks / 100.0)
}

fn process_peak_rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("reading /proc/{pid}/status"))?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .context("no VmHWM in /proc status")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_is_user_plus_system_ticks() {
        // A command name with spaces and parentheses, as /proc allows.
        let stat = "4242 (my (odd) proc) S 1 4242 4242 0 -1 4194304 900 0 0 0 250 75 0 0 20 0 5";
        assert_eq!(cpu_secs_from_stat(stat).unwrap(), 3.25);
        assert!(cpu_secs_from_stat("4242 (x) S 1").is_err());
    }

    #[test]
    fn reads_this_process_peak_memory() {
        assert!(process_peak_rss_kib(std::process::id()).unwrap() > 100);
    }
}
