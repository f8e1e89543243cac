//! Exactly-once processing (`processing.guarantee = "exactly_once"`): consume → process →
//! produce in Kafka transactions. Each transaction holds a batch of inputs' outputs (events,
//! duplicates, dead letters and dedup changelog records) together with the input offsets
//! (`send_offsets_to_transaction` with the consumer's group metadata, KIP-447), so a
//! `read_committed` reader sees every input's outputs exactly once: a crash or an abort discards
//! the open transaction and its inputs are read again from the committed offsets.
//!
//! The producer's `transactional.id` must be stable for an instance across restarts (so a
//! restarted instance fences its own zombie) and unique among live instances.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use rdkafka::consumer::Consumer;
use rdkafka::error::KafkaError;
use rdkafka::producer::{DeliveryFuture, FutureProducer, Producer};
use rdkafka::{Offset, TopicPartitionList};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use super::ack::PartitionTracker;
use super::records::{Output, OutputKind};
use super::source::Source;
use crate::pipeline::dedup::IndexRecord;
use crate::pipeline::Pipeline;
use crate::settings::Settings;
use crate::telemetry::events::{
    InternalEvent, MessageReceived, OffsetsCommitted, OutputAcknowledged,
};
use crate::telemetry::Metrics;

const TXN_TIMEOUT: Duration = Duration::from_secs(30);

/// Per input partition the batch read: the tracker that owned it then (a rebalance replaces
/// it), the first offset read and the next offset to commit.
type Partitions = HashMap<(String, i32), (Arc<PartitionTracker>, i64, i64)>;

/// The inputs and outputs of the open transaction.
#[derive(Default)]
struct Batch {
    partitions: Partitions,
    deliveries: Vec<(DeliveryFuture, OutputKind)>,
    input_timestamps: Vec<Option<i64>>,
}

impl Batch {
    fn is_empty(&self) -> bool {
        self.partitions.is_empty()
    }
}

/// True when the partition is still owned by the assignment that read it.
fn owned_as_before(
    consumer: &Source,
    topic: &str,
    partition: i32,
    then: &Arc<PartitionTracker>,
) -> bool {
    consumer
        .context()
        .tracker(topic, partition)
        .is_some_and(|now| Arc::ptr_eq(&now, then))
}

fn offsets(partitions: &Partitions) -> anyhow::Result<TopicPartitionList> {
    let mut tpl = TopicPartitionList::new();
    for ((topic, partition), (_, _, next)) in partitions {
        tpl.add_partition_offset(topic, *partition, Offset::Offset(*next))?;
    }
    Ok(tpl)
}

/// Everything the loop needs besides the clients.
pub struct Job<'a> {
    pub settings: &'a Settings,
    pub metrics: Metrics,
    pub pipeline: Pipeline,
    pub changelog_rx: mpsc::UnboundedReceiver<IndexRecord>,
    pub instance: String,
    pub shutdown: CancellationToken,
}

/// The transactional id of this instance: the configured one, else `{group}-{HOSTNAME}`.
pub fn transactional_id(settings: &Settings) -> String {
    let configured = settings.processing.transactional_id.trim();
    if !configured.is_empty() {
        return configured.to_owned();
    }
    let host = std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/proc/sys/kernel/hostname")
                .ok()
                .map(|h| h.trim().to_owned())
        })
        .unwrap_or_else(|| "wirestream".into());
    format!("{}-{host}", settings.kafka.group_id)
}

/// Registers the transactional id with the coordinator, fencing any earlier producer that used it.
pub async fn init(producer: &FutureProducer) -> anyhow::Result<()> {
    blocking(producer, |pr| pr.init_transactions(TXN_TIMEOUT))
        .await
        .context("initialising transactions (is transactional.id shared with a live instance?)")
}

/// Runs transactions until shutdown (call [`init`] first); the open batch is committed before
/// returning.
pub async fn run(
    job: Job<'_>,
    producer: FutureProducer,
    consumer: Arc<Source>,
) -> anyhow::Result<()> {
    let Job {
        settings,
        metrics,
        mut pipeline,
        mut changelog_rx,
        instance,
        shutdown,
    } = job;
    let k = &settings.kafka;
    let p = &settings.processing;
    info!(topics = ?k.input_topics, group = %k.group_id, "consuming, exactly once");

    let max_messages = p.transaction_max_messages.max(1);
    let interval = Duration::from_millis(p.transaction_interval_ms.max(1));
    loop {
        let mut batch = Batch::default();
        let opened = Instant::now();
        let mut stopping = false;
        while batch.input_timestamps.len() < max_messages {
            let left = interval.saturating_sub(opened.elapsed());
            if !batch.is_empty() && left.is_zero() {
                break;
            }
            let wait = if batch.is_empty() { interval } else { left };
            let message = tokio::select! {
                biased;
                _ = shutdown.cancelled() => { stopping = true; break; }
                m = tokio::time::timeout(wait, consumer.recv()) => match m {
                    Err(_) => continue,
                    Ok(Err(e)) => { warn!(error = %e, "consumer error"); continue; }
                    Ok(Ok(m)) => m,
                },
            };
            let Some(tracker) = consumer.context().tracker(
                rdkafka::Message::topic(&message),
                rdkafka::Message::partition(&message),
            ) else {
                continue;
            };
            let key = (
                rdkafka::Message::topic(&message).to_owned(),
                rdkafka::Message::partition(&message),
            );
            if batch
                .partitions
                .get(&key)
                .is_some_and(|(then, _, _)| !Arc::ptr_eq(then, &tracker))
            {
                // Revoked and assigned again mid-batch: the batch will be aborted, and this
                // message is read again from the committed offset.
                break;
            }
            let raw = super::runner::raw_message(&message);
            drop(message);
            let src = raw.source.clone().expect("set from Kafka");
            MessageReceived { topic: &src.topic }.emit(&metrics);
            if batch.is_empty() {
                blocking(&producer, |pr| pr.begin_transaction())
                    .await
                    .context("beginning a transaction")?;
            }
            batch
                .partitions
                .entry((src.topic.clone(), src.partition))
                .and_modify(|e| e.2 = src.offset + 1)
                .or_insert((tracker, src.offset, src.offset + 1));

            let outputs = super::runner::process_one(
                &mut pipeline,
                &raw,
                &mut changelog_rx,
                &metrics,
                k,
                &instance,
            );
            for output in &outputs {
                batch
                    .deliveries
                    .push((send(&producer, output).await?, output.kind));
            }
            batch.input_timestamps.push(raw.timestamp_ms);
        }

        if !batch.is_empty() {
            commit_or_abort(&producer, &consumer, batch, &metrics).await?;
        }
        if stopping {
            break;
        }
    }
    info!("done");
    Ok(())
}

/// Commits the batch with its input offsets, or aborts it and rewinds the consumer so the same
/// inputs are processed again. Fails only on a fatal producer error (fenced, misconfigured).
async fn commit_or_abort(
    producer: &FutureProducer,
    consumer: &Arc<Source>,
    batch: Batch,
    metrics: &Metrics,
) -> anyhow::Result<()> {
    let Batch {
        partitions,
        deliveries,
        input_timestamps,
    } = batch;
    let mut delivered = true;
    let mut events = 0u64;
    for (delivery, kind) in deliveries {
        match delivery.await {
            Ok(Ok(_)) => {
                events += u64::from(matches!(kind, OutputKind::Event | OutputKind::Duplicate))
            }
            Ok(Err((e, _))) => {
                warn!(error = %e, "delivery failed inside a transaction; aborting it");
                delivered = false;
            }
            Err(_) => delivered = false,
        }
    }
    let result = if !delivered {
        Err(anyhow::anyhow!("a delivery failed"))
    } else if !partitions.iter().all(|((topic, partition), (then, _, _))| {
        owned_as_before(consumer, topic, *partition, then)
    }) {
        Err(anyhow::anyhow!(
            "partitions were reassigned during the transaction"
        ))
    } else {
        let offsets = offsets(&partitions)?;
        let metadata = consumer
            .group_metadata()
            .context("the consumer has no group metadata")?;
        let commit = blocking(producer, move |pr| {
            pr.send_offsets_to_transaction(&offsets, &metadata, TXN_TIMEOUT)?;
            pr.commit_transaction(TXN_TIMEOUT)
        })
        .await;
        match commit {
            Ok(()) => Ok(()),
            Err(e) if is_fatal(&e) => bail!("transaction failed fatally: {e}"),
            Err(e) => Err(anyhow::anyhow!("commit failed: {e}")),
        }
    };
    match result {
        Ok(()) => {
            OffsetsCommitted { error: None }.emit(metrics);
            metrics.events_sent.inc_by(events);
            let now = super::runner::now_ms();
            for ts in &input_timestamps {
                OutputAcknowledged {
                    latency: ts
                        .and_then(|ts| u64::try_from(now - ts).ok())
                        .map(Duration::from_millis),
                    is_event: false,
                }
                .emit(metrics);
            }
            Ok(())
        }
        Err(reason) => {
            warn!(reason = %reason, "aborting the transaction; its inputs will be processed again");
            OffsetsCommitted {
                error: Some(reason.to_string()),
            }
            .emit(metrics);
            if let Err(e) = blocking(producer, |pr| pr.abort_transaction(TXN_TIMEOUT)).await {
                if is_fatal(&e) {
                    bail!("aborting the transaction failed fatally: {e}");
                }
                warn!(error = %e, "abort failed");
            }
            rewind(consumer, &partitions);
            Ok(())
        }
    }
}

/// Seeks every partition the aborted batch read, and this instance still owns, back to its
/// committed offset: what the transaction read after that is not durable. A partition that was
/// reassigned during the batch may have been fetched from the committed offset again, so the
/// batch's first offset is only the fallback when nothing was ever committed.
fn rewind(consumer: &Source, partitions: &Partitions) {
    let committed = consumer
        .committed(Duration::from_secs(10))
        .map_err(|e| warn!(error = %e, "reading committed offsets after abort"))
        .ok();
    for ((topic, partition), (tracker, first, _)) in partitions {
        if consumer.context().tracker(topic, *partition).is_none() {
            continue; // no longer ours: the new owner starts from the committed offset
        }
        let committed = committed
            .as_ref()
            .and_then(|c| c.find_partition(topic, *partition))
            .map(|p| p.offset())
            .filter(|o| matches!(o, Offset::Offset(_)));
        let to = committed.unwrap_or(if owned_as_before(consumer, topic, *partition, tracker) {
            Offset::Offset(*first)
        } else {
            Offset::Beginning
        });
        if let Err(e) = consumer.seek(topic, *partition, to, Duration::from_secs(10)) {
            warn!(topic, partition, error = %e, "seek after abort failed");
        }
    }
}

fn is_fatal(e: &KafkaError) -> bool {
    matches!(e, KafkaError::Transaction(t) if t.is_fatal())
}

async fn send(producer: &FutureProducer, output: &Output) -> anyhow::Result<DeliveryFuture> {
    let headers = output.kafka_headers();
    loop {
        match producer.send_result(output.record(&headers)) {
            Ok(delivery) => return Ok(delivery),
            Err((
                KafkaError::MessageProduction(rdkafka::types::RDKafkaErrorCode::QueueFull),
                _,
            )) => {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Err((e, _)) => bail!("producing to {}: {e}", output.topic),
        }
    }
}

/// Runs a blocking producer call off the async workers.
async fn blocking<T: Send + 'static>(
    producer: &FutureProducer,
    f: impl FnOnce(&FutureProducer) -> Result<T, KafkaError> + Send + 'static,
) -> Result<T, KafkaError> {
    let producer = producer.clone();
    tokio::task::spawn_blocking(move || f(&producer))
        .await
        .expect("producer task")
}
