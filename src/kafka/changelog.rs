//! The dedup window's changelog: every story the window remembers is also written to a Kafka
//! topic (keyed by article id; give it `cleanup.policy=compact,delete` and `retention.ms` of the
//! dedup age window). At start the window is rebuilt from the topic before any input is read, and
//! while running each instance follows the topic, so stories seen by other members of the group
//! (on other partitions) are caught too — the Kafka Streams state-store pattern.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context};
use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::pipeline::dedup::IndexRecord;
use crate::pipeline::Pipeline;

/// A changelog record: the remembered story and the instance that wrote it (so an instance can
/// skip its own records when following the topic).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChangelogRecord {
    pub instance: String,
    #[serde(flatten)]
    pub record: IndexRecord,
}

/// A name for this process, unique enough to tell its own changelog records apart.
pub fn instance_id() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{}-{:x}", std::process::id(), nanos)
}

pub fn encode(instance: &str, record: IndexRecord) -> Vec<u8> {
    serde_json::to_vec(&ChangelogRecord {
        instance: instance.to_owned(),
        record,
    })
    .expect("records serialize")
}

/// The changelog readers' context: end-of-partition is how the restore knows it is done, not
/// an error worth a log line; everything else is logged as librdkafka's default context does.
pub struct ReaderContext;

impl ClientContext for ReaderContext {
    fn error(&self, error: KafkaError, reason: &str) {
        let end_of_partition = matches!(
            error,
            KafkaError::PartitionEOF(_)
                | KafkaError::Global(rdkafka::types::RDKafkaErrorCode::PartitionEOF)
        );
        if !end_of_partition {
            tracing::error!(error = %error, reason, "changelog reader");
        }
    }
}

impl ConsumerContext for ReaderContext {}

type Reader = BaseConsumer<ReaderContext>;

fn reader(config: ClientConfig, partition_eof: bool) -> anyhow::Result<Reader> {
    let mut c = config;
    c.set("enable.auto.commit", "false").set(
        "enable.partition.eof",
        if partition_eof { "true" } else { "false" },
    );
    c.create_with_context(ReaderContext)
        .context("creating the changelog reader")
}

/// Rebuilds the dedup window from the changelog: reads every partition from the beginning to
/// its current end. Returns the pipeline and where each partition's end was, for [`follow`].
pub fn restore(
    config: ClientConfig,
    topic: &str,
    mut pipeline: Pipeline,
    timeout: Duration,
) -> anyhow::Result<(Pipeline, TopicPartitionList)> {
    let started = Instant::now();
    // End-of-partition events: with exactly-once writers the last offsets are transaction
    // markers, which are never delivered, and an open transaction stops a read_committed reader
    // short of the high watermark.
    let consumer = reader(config, true)?;
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .context("reading changelog metadata")?;
    let Some(meta) = metadata.topics().iter().find(|t| t.name() == topic) else {
        bail!("dedup changelog topic {topic} not found");
    };
    if let Some(err) = meta.error() {
        bail!(
            "dedup changelog topic {topic} is not usable ({err:?}); create it (cleanup.policy=compact,delete) \
             or set kafka.dedup_changelog_topic = \"\" to keep the dedup window in memory only"
        );
    }
    let mut ends = TopicPartitionList::new();
    let mut to_read = TopicPartitionList::new();
    let mut remaining: Vec<(i32, i64)> = Vec::new();
    for p in meta.partitions() {
        let (low, high) = consumer
            .fetch_watermarks(topic, p.id(), Duration::from_secs(10))
            .context("reading changelog watermarks")?;
        ends.add_partition_offset(topic, p.id(), Offset::Offset(high))?;
        if high > low {
            to_read.add_partition_offset(topic, p.id(), Offset::Offset(low))?;
            remaining.push((p.id(), high));
        }
    }
    consumer.assign(&to_read)?;
    let mut restored = 0usize;
    while !remaining.is_empty() {
        if started.elapsed() > timeout {
            bail!("restoring the dedup window from {topic} took longer than {timeout:?}");
        }
        let Some(msg) = consumer.poll(Duration::from_millis(200)) else {
            continue;
        };
        let msg = match msg {
            Err(KafkaError::PartitionEOF(partition)) => {
                remaining.retain(|&(p, _)| p != partition);
                continue;
            }
            other => other.context("reading the changelog")?,
        };
        if let Some(rec) = msg
            .payload()
            .and_then(|p| serde_json::from_slice::<ChangelogRecord>(p).ok())
        {
            pipeline.restore(&rec.record);
            restored += 1;
        }
        let (partition, offset) = (msg.partition(), msg.offset());
        remaining.retain(|&(p, high)| !(p == partition && offset + 1 >= high));
    }
    // The follower goes on from where the restore stopped, which is short of the high watermark
    // when a transaction was open: its records arrive once it commits.
    let mut follow_from = TopicPartitionList::new();
    let positions = consumer.position().context("changelog positions")?;
    for e in ends.elements() {
        let at = positions
            .find_partition(topic, e.partition())
            .map(|p| p.offset())
            .filter(|o| matches!(o, Offset::Offset(_)))
            .unwrap_or(e.offset());
        follow_from.add_partition_offset(topic, e.partition(), at)?;
    }
    info!(
        topic,
        restored,
        ms = started.elapsed().as_millis() as u64,
        "dedup window restored"
    );
    Ok((pipeline, follow_from))
}

/// Follows the changelog from `from`, sending records written by other instances to `tx`, until
/// `stop`. Runs on a blocking thread.
pub fn follow(
    config: ClientConfig,
    from: TopicPartitionList,
    own_instance: String,
    tx: mpsc::UnboundedSender<IndexRecord>,
    stop: CancellationToken,
) -> anyhow::Result<()> {
    let consumer = reader(config, false)?;
    consumer.assign(&from)?;
    while !stop.is_cancelled() {
        match consumer.poll(Duration::from_millis(200)) {
            None => {}
            Some(Err(e)) => warn!(error = %e, "changelog follower"),
            Some(Ok(msg)) => {
                let Some(rec) = msg
                    .payload()
                    .and_then(|p| serde_json::from_slice::<ChangelogRecord>(p).ok())
                else {
                    continue;
                };
                if rec.instance != own_instance && tx.send(rec.record).is_err() {
                    return Ok(());
                }
            }
        }
    }
    Ok(())
}
