//! The consume → process → produce loop, moving through three states:
//! **consuming** (until shutdown is requested), **draining** (no new reads; wait for in-flight
//! outputs up to the timeout) and **done** (commit what is acknowledged, leave the group).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use rdkafka::consumer::{CommitMode, Consumer};
use rdkafka::message::{BorrowedMessage, Headers, Message};
use tokio::sync::{mpsc, Semaphore};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use super::ack::{AckHandle, OffsetStore};
use super::changelog;
use super::records::{self, Output, OutputKind};
use super::sink::Sink;
use super::source::{self, ConsumerOffsets};
use super::transactional;
use crate::article::{RawMessage, SourceRef};
use crate::http::Readiness;
use crate::pipeline::{Outcome, Pipeline};
use crate::settings::{Guarantee, Settings};
use crate::telemetry::events::{
    DeadLettered, DedupWindow, DuplicateFound, InternalEvent, MessageReceived, OffsetsCommitted,
    OutputAcknowledged, StagesTimed,
};
use crate::telemetry::Metrics;

pub(super) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

pub(super) fn raw_message(m: &BorrowedMessage<'_>) -> RawMessage {
    let headers = m
        .headers()
        .map(|hs| {
            hs.iter()
                .map(|h| (h.key.to_owned(), h.value.unwrap_or_default().to_vec()))
                .collect()
        })
        .unwrap_or_default();
    RawMessage {
        id: None,
        key: m.key().map(<[u8]>::to_vec),
        payload: m.payload().unwrap_or_default().to_vec(),
        headers,
        source: Some(SourceRef {
            topic: m.topic().to_owned(),
            partition: m.partition(),
            offset: m.offset(),
        }),
        timestamp_ms: m.timestamp().to_millis(),
    }
}

/// Runs until `shutdown` is cancelled, then drains and commits. Errors only on start-up problems.
pub async fn run(
    settings: &Settings,
    metrics: Metrics,
    readiness: Arc<Readiness>,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let k = &settings.kafka;
    let p = &settings.processing;
    // The dedup window comes back from its changelog before any input is read.
    let mut pipeline = Pipeline::new(settings.normalize.clone(), settings.dedup.clone())
        .with_max_entities(settings.enrich.max_entities);
    metrics
        .dedup_index_capacity
        .set(i64::try_from(settings.dedup.max_entries).unwrap_or(i64::MAX));
    let exactly_once = p.guarantee == Guarantee::ExactlyOnce;
    let mut producer_config = super::producer_config(k);
    let mut consumer_config = super::consumer_config(k);
    if exactly_once {
        producer_config.set(
            "transactional.id",
            transactional::transactional_id(settings),
        );
        // librdkafka requires message.timeout.ms <= transaction.timeout.ms.
        if producer_config.get("transaction.timeout.ms").is_none() {
            let message_timeout = producer_config
                .get("message.timeout.ms")
                .unwrap_or("300000")
                .to_owned();
            producer_config.set("transaction.timeout.ms", message_timeout);
        }
        consumer_config
            .set("enable.auto.commit", "false")
            .set("isolation.level", "read_committed");
    }
    let sink =
        Sink::create(producer_config, metrics.clone()).context("creating the Kafka producer")?;
    if exactly_once {
        // Before the restore: this fences an earlier incarnation and aborts its open transaction,
        // whose changelog records would otherwise hold the restore's read_committed reader back
        // until the transaction timed out.
        transactional::init(sink.producer()).await?;
    }
    let instance = changelog::instance_id();
    let (changelog_tx, mut changelog_rx) = mpsc::unbounded_channel();
    let follower_stop = CancellationToken::new();
    // Stops the follower however this function returns: the runtime waits for blocking tasks
    // when it shuts down, so a start-up error would otherwise hang the process.
    let _follower_guard = follower_stop.clone().drop_guard();
    if !k.dedup_changelog_topic.is_empty() {
        let (config, topic) = (super::reader_config(k), k.dedup_changelog_topic.clone());
        let (restored, ends) = tokio::task::spawn_blocking(move || {
            changelog::restore(config, &topic, pipeline, Duration::from_secs(900))
        })
        .await
        .context("restore task")??;
        pipeline = restored;
        let (config, own, stop) = (
            super::reader_config(k),
            instance.clone(),
            follower_stop.clone(),
        );
        tokio::task::spawn_blocking(move || {
            if let Err(e) = changelog::follow(config, ends, own, changelog_tx, stop) {
                warn!(error = %e, "changelog follower stopped");
            }
        });
    }
    let consumer = source::create(
        consumer_config,
        &k.input_topics,
        metrics.clone(),
        Duration::from_secs(p.rebalance_drain_timeout_secs),
    )
    .context("creating the Kafka consumer")?;
    let probe = tokio::spawn(probe_producer(
        sink.clone(),
        k.output_topic.clone(),
        readiness.clone(),
        shutdown.clone(),
    ));
    if exactly_once {
        let job = transactional::Job {
            settings,
            metrics,
            pipeline,
            changelog_rx,
            instance,
            shutdown: shutdown.clone(),
        };
        let result = transactional::run(job, sink.producer().clone(), consumer.clone()).await;
        stop_probe(&readiness, probe);
        leave_group(consumer).await;
        return result;
    }
    let store: Arc<dyn OffsetStore> = Arc::new(ConsumerOffsets(consumer.clone()));
    let permits = Arc::new(Semaphore::new(p.max_in_flight));
    let abandon = CancellationToken::new();
    info!(topics = ?k.input_topics, group = %k.group_id, "consuming");

    loop {
        let permit = tokio::select! {
            biased;
            _ = shutdown.cancelled() => break,
            permit = permits.clone().acquire_owned() => permit.expect("semaphore is never closed"),
        };
        let message = tokio::select! {
            biased;
            _ = shutdown.cancelled() => break,
            m = consumer.recv() => m,
        };
        let message = match message {
            Ok(m) => m,
            Err(e) => {
                warn!(error = %e, "consumer error");
                continue;
            }
        };
        let Some(tracker) = consumer
            .context()
            .tracker(message.topic(), message.partition())
        else {
            // Fetched just before its partition was revoked: the new owner will process it.
            continue;
        };
        let raw = raw_message(&message);
        drop(message);
        let offset = raw.source.as_ref().map_or(0, |s| s.offset);
        let ack = AckHandle::new(tracker, offset, store.clone());
        MessageReceived {
            topic: &raw.source.as_ref().expect("set above").topic,
        }
        .emit(&metrics);

        // Stories other instances remembered since the last message.
        let outputs = process_one(
            &mut pipeline,
            &raw,
            &mut changelog_rx,
            &metrics,
            k,
            &instance,
        );
        if outputs.is_empty() {
            ack.ack();
            continue;
        }
        metrics.in_flight.inc();
        let (sink, abandon, metrics) = (sink.clone(), abandon.clone(), metrics.clone());
        let input_ts = raw.timestamp_ms;
        tokio::spawn(async move {
            // The input is done only when everything it caused is acknowledged, the changelog
            // record included (so a restart never forgets a story whose offset was committed).
            let mut delivered = true;
            for output in &outputs {
                if !sink.deliver(output, &abandon).await {
                    delivered = false;
                    break;
                }
            }
            if delivered {
                ack.ack();
                OutputAcknowledged {
                    latency: input_ts
                        .and_then(|ts| u64::try_from(now_ms() - ts).ok())
                        .map(Duration::from_millis),
                    is_event: outputs
                        .iter()
                        .any(|o| matches!(o.kind, OutputKind::Event | OutputKind::Duplicate)),
                }
                .emit(&metrics);
            }
            metrics.in_flight.dec();
            drop(permit);
        });
    }

    follower_stop.cancel();
    info!("draining in-flight messages");
    let all = u32::try_from(p.max_in_flight).unwrap_or(u32::MAX);
    let drained = tokio::time::timeout(
        Duration::from_secs(p.shutdown_timeout_secs),
        permits.acquire_many(all),
    )
    .await
    .is_ok();
    if !drained {
        warn!(
            in_flight = metrics.in_flight.get(),
            "shutdown timeout reached; unacknowledged messages stay uncommitted"
        );
        abandon.cancel();
    }
    let commits = source::commit_list(&consumer.context().owned());
    if commits.count() > 0 {
        let c = consumer.clone();
        let error = tokio::task::spawn_blocking(move || c.commit(&commits, CommitMode::Sync))
            .await
            .expect("commit task")
            .err()
            .map(|e| e.to_string());
        OffsetsCommitted { error }.emit(&metrics);
    }
    stop_probe(&readiness, probe);
    let flush_sink = sink.clone();
    tokio::task::spawn_blocking(move || {
        use rdkafka::producer::Producer;
        let _ = flush_sink.producer().flush(Duration::from_secs(5));
    })
    .await
    .ok();
    leave_group(consumer).await;
    info!("done");
    Ok(())
}

fn stop_probe(readiness: &Readiness, probe: tokio::task::JoinHandle<()>) {
    readiness.producer_connected.store(false, Ordering::Relaxed);
    probe.abort();
}

/// Leaving the group (close) blocks while librdkafka revokes; keep it off the async workers.
async fn leave_group(consumer: Arc<source::Source>) {
    tokio::task::spawn_blocking(move || drop(consumer))
        .await
        .ok();
}

/// Runs one message through the pipeline (after taking in what other instances remembered)
/// and returns every record it causes: its event or dead letter, and its changelog record.
pub(super) fn process_one(
    pipeline: &mut Pipeline,
    raw: &RawMessage,
    changelog_rx: &mut mpsc::UnboundedReceiver<crate::pipeline::dedup::IndexRecord>,
    metrics: &Metrics,
    k: &crate::settings::KafkaSettings,
    instance: &str,
) -> Vec<Output> {
    while let Ok(record) = changelog_rx.try_recv() {
        pipeline.restore(&record);
    }
    let outcome = pipeline.process(raw, raw.timestamp_ms.unwrap_or_else(now_ms));
    observe(&outcome, raw, metrics, pipeline, k.duplicates);
    let mut outputs: Vec<Output> = records::for_outcome(&outcome, raw, k).into_iter().collect();
    if let Some(record) = pipeline
        .take_index_record()
        .filter(|_| !k.dedup_changelog_topic.is_empty())
    {
        outputs.push(records::changelog_record(
            &k.dedup_changelog_topic,
            instance,
            record,
        ));
    }
    outputs
}

fn observe(
    outcome: &Outcome,
    raw: &RawMessage,
    metrics: &Metrics,
    pipeline: &Pipeline,
    routing: crate::settings::DuplicateRouting,
) {
    match outcome {
        Outcome::Event(event) => {
            StagesTimed {
                timings: &event.processing.timings,
            }
            .emit(metrics);
            if let Some(first) = &event.dedup.duplicate_of {
                DuplicateFound {
                    routing: routing.as_str(),
                    article_id: &event.article.id,
                    duplicate_of: first,
                }
                .emit(metrics);
            }
        }
        Outcome::Rejected(rejection) => DeadLettered {
            rejection,
            article_id: &raw.article_id(),
        }
        .emit(metrics),
    }
    let index = pipeline.dedup_index();
    DedupWindow {
        entries: index.len(),
        evictions_total: index.evictions(),
    }
    .emit(metrics);
}

/// Keeps `/ready`'s producer half current: the producer can reach the cluster and see the output topic.
async fn probe_producer(
    sink: Sink,
    topic: String,
    readiness: Arc<Readiness>,
    shutdown: CancellationToken,
) {
    use rdkafka::producer::Producer;
    loop {
        let (s, t) = (sink.clone(), topic.clone());
        let ok = tokio::task::spawn_blocking(move || {
            s.producer()
                .client()
                .fetch_metadata(Some(&t), Duration::from_secs(5))
                .is_ok_and(|md| {
                    md.topics()
                        .iter()
                        .any(|mt| mt.name() == t && mt.error().is_none())
                })
        })
        .await
        .unwrap_or(false);
        if !ok {
            warn!(topic = %topic, "producer cannot see the output topic");
        }
        readiness.producer_connected.store(ok, Ordering::Relaxed);
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(if ok { 15 } else { 2 })) => {}
            _ = shutdown.cancelled() => return,
        }
    }
}
