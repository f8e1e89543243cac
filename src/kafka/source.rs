//! The input edge: a consumer-group member whose context owns one [`PartitionTracker`] per
//! assigned partition, drains revoked partitions before letting them go, and reports lag.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{
    BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance, StreamConsumer,
};
use rdkafka::error::KafkaResult;
use rdkafka::statistics::Statistics;
use rdkafka::{Offset, TopicPartitionList};
use tracing::{error, warn};

use super::ack::{OffsetStore, PartitionTracker};
use crate::telemetry::events::{InternalEvent, OffsetsCommitted, PartitionsChanged};
use crate::telemetry::Metrics;

type Key = (String, i32);

pub struct SourceContext {
    trackers: Mutex<HashMap<Key, Arc<PartitionTracker>>>,
    metrics: Metrics,
    drain_timeout: Duration,
}

impl SourceContext {
    pub fn tracker(&self, topic: &str, partition: i32) -> Option<Arc<PartitionTracker>> {
        self.trackers
            .lock()
            .expect("trackers lock")
            .get(&(topic.to_owned(), partition))
            .cloned()
    }

    pub fn owned(&self) -> Vec<Arc<PartitionTracker>> {
        self.trackers
            .lock()
            .expect("trackers lock")
            .values()
            .cloned()
            .collect()
    }

    fn owned_count(&self) -> usize {
        self.trackers.lock().expect("trackers lock").len()
    }
}

/// Offsets of finished work for the given trackers, as a commit request (position = done + 1).
pub fn commit_list(trackers: &[Arc<PartitionTracker>]) -> TopicPartitionList {
    let mut tpl = TopicPartitionList::new();
    for t in trackers {
        if let Some(done) = t.done_through() {
            let _ = tpl.add_partition_offset(&t.topic, t.partition, Offset::Offset(done + 1));
        }
    }
    tpl
}

impl ClientContext for SourceContext {
    fn stats(&self, stats: Statistics) {
        let owned = self.trackers.lock().expect("trackers lock");
        for (topic, t) in &stats.topics {
            for (partition, p) in &t.partitions {
                if *partition >= 0
                    && p.consumer_lag >= 0
                    && owned.contains_key(&(topic.clone(), *partition))
                {
                    self.metrics
                        .consumer_lag
                        .with_label_values(&[topic, &partition.to_string()])
                        .set(p.consumer_lag);
                }
            }
        }
    }
}

impl ConsumerContext for SourceContext {
    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        let Rebalance::Revoke(tpl) = rebalance else {
            return;
        };
        // Draining: finish (or give up on) the revoked partitions' in-flight work, then commit what
        // is done, before the new owner starts from the committed offsets.
        let revoked: Vec<Arc<PartitionTracker>> = {
            let mut map = self.trackers.lock().expect("trackers lock");
            tpl.elements()
                .iter()
                .filter_map(|e| map.remove(&(e.topic().to_owned(), e.partition())))
                .collect()
        };
        for t in &revoked {
            if !t.wait_drained(self.drain_timeout) {
                warn!(topic = %t.topic, partition = t.partition, in_flight = t.in_flight(),
                      "revoked partition not drained in time; its unacknowledged messages will be re-processed");
            }
            t.retire();
        }
        let commits = commit_list(&revoked);
        if commits.count() > 0 {
            OffsetsCommitted {
                error: consumer
                    .commit(&commits, CommitMode::Sync)
                    .err()
                    .map(|e| e.to_string()),
            }
            .emit(&self.metrics);
        }
        let parts: Vec<Key> = revoked
            .iter()
            .map(|t| (t.topic.clone(), t.partition))
            .collect();
        PartitionsChanged {
            kind: "revoke",
            partitions: &parts,
            owned_now: self.owned_count(),
        }
        .emit(&self.metrics);
    }

    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(tpl) => {
                let parts: Vec<Key> = tpl
                    .elements()
                    .iter()
                    .map(|e| (e.topic().to_owned(), e.partition()))
                    .collect();
                {
                    let mut map = self.trackers.lock().expect("trackers lock");
                    for (topic, partition) in &parts {
                        map.entry((topic.clone(), *partition))
                            .or_insert_with(|| PartitionTracker::new(topic.clone(), *partition));
                    }
                }
                PartitionsChanged {
                    kind: "assign",
                    partitions: &parts,
                    owned_now: self.owned_count(),
                }
                .emit(&self.metrics);
            }
            Rebalance::Error(e) => error!(error = %e, "rebalance error"),
            Rebalance::Revoke(_) => {}
        }
    }

    fn commit_callback(&self, result: KafkaResult<()>, _offsets: &TopicPartitionList) {
        OffsetsCommitted {
            error: result.err().map(|e| e.to_string()),
        }
        .emit(&self.metrics);
    }
}

pub type Source = StreamConsumer<SourceContext>;

/// The consumer as an [`OffsetStore`] for ack handles.
pub struct ConsumerOffsets(pub Arc<Source>);

impl OffsetStore for ConsumerOffsets {
    fn store(&self, topic: &str, partition: i32, offset: i64) {
        if let Err(e) = self.0.store_offset(topic, partition, offset) {
            // Happens only if the partition was revoked between the check and the store; the new
            // owner re-processes from the last commit, so nothing is lost.
            warn!(topic, partition, offset, error = %e, "could not store offset");
        }
    }
}

pub fn create(
    config: ClientConfig,
    topics: &[String],
    metrics: Metrics,
    drain_timeout: Duration,
) -> KafkaResult<Arc<Source>> {
    let context = SourceContext {
        trackers: Mutex::new(HashMap::new()),
        metrics,
        drain_timeout,
    };
    let consumer: Source = config.create_with_context(context)?;
    let names: Vec<&str> = topics.iter().map(String::as_str).collect();
    consumer.subscribe(&names)?;
    Ok(Arc::new(consumer))
}
