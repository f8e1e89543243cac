//! Named telemetry events, after Vector's internal events: the one place where a thing that
//! happened becomes metrics and a log line.

use std::time::Duration;

use tracing::{debug, info, warn};

use super::Metrics;
use crate::event::{Rejection, Timings};

pub trait InternalEvent {
    fn emit(self, metrics: &Metrics);
}

pub struct MessageReceived<'a> {
    pub topic: &'a str,
}

impl InternalEvent for MessageReceived<'_> {
    fn emit(self, m: &Metrics) {
        m.messages_received.with_label_values(&[self.topic]).inc();
    }
}

pub struct StagesTimed<'a> {
    pub timings: &'a Timings,
}

impl InternalEvent for StagesTimed<'_> {
    fn emit(self, m: &Metrics) {
        let t = self.timings;
        for (stage, us) in [
            ("normalize", t.normalize_us),
            ("dedup", t.dedup_us),
            ("enrich", t.enrich_us),
        ] {
            m.stage_duration
                .with_label_values(&[stage])
                .observe(us as f64 / 1e6);
        }
    }
}

/// An output (event, duplicate or dead letter) was acknowledged by the broker.
pub struct OutputAcknowledged {
    /// Input timestamp to acknowledgement, when the input carried a timestamp.
    pub latency: Option<Duration>,
    pub is_event: bool,
}

impl InternalEvent for OutputAcknowledged {
    fn emit(self, m: &Metrics) {
        if self.is_event {
            m.events_sent.inc();
        }
        if let Some(l) = self.latency {
            m.end_to_end_latency.observe(l.as_secs_f64());
        }
    }
}

pub struct DuplicateFound<'a> {
    pub routing: &'a str,
    pub article_id: &'a str,
    pub duplicate_of: &'a str,
}

impl InternalEvent for DuplicateFound<'_> {
    fn emit(self, m: &Metrics) {
        m.duplicates.with_label_values(&[self.routing]).inc();
        debug!(
            article = self.article_id,
            duplicate_of = self.duplicate_of,
            "duplicate"
        );
    }
}

pub struct DeadLettered<'a> {
    pub rejection: &'a Rejection,
    pub article_id: &'a str,
}

impl InternalEvent for DeadLettered<'_> {
    fn emit(self, m: &Metrics) {
        let r = self.rejection;
        m.dead_letters
            .with_label_values(&[r.stage.as_str(), r.reason.as_str()])
            .inc();
        warn!(article = self.article_id, stage = r.stage.as_str(), reason = %r.reason, detail = %r.detail, "dead-lettered");
    }
}

pub struct DeliveryFailed<'a> {
    pub topic: &'a str,
    pub error: &'a str,
    pub attempt: u32,
}

impl InternalEvent for DeliveryFailed<'_> {
    fn emit(self, m: &Metrics) {
        m.delivery_errors.inc();
        warn!(
            topic = self.topic,
            error = self.error,
            attempt = self.attempt,
            "delivery failed; retrying"
        );
    }
}

pub struct PartitionsChanged<'a> {
    pub kind: &'a str,
    pub partitions: &'a [(String, i32)],
    pub owned_now: usize,
}

impl InternalEvent for PartitionsChanged<'_> {
    fn emit(self, m: &Metrics) {
        m.rebalances.with_label_values(&[self.kind]).inc();
        m.assigned_partitions.set(self.owned_now as i64);
        if self.kind == "revoke" {
            for (topic, partition) in self.partitions {
                let _ = m
                    .consumer_lag
                    .remove_label_values(&[topic, &partition.to_string()]);
            }
        }
        info!(kind = self.kind, partitions = ?self.partitions, owned = self.owned_now, "rebalance");
    }
}

pub struct OffsetsCommitted {
    pub error: Option<String>,
}

impl InternalEvent for OffsetsCommitted {
    fn emit(self, m: &Metrics) {
        match self.error {
            None => m.offset_commits.with_label_values(&["ok"]).inc(),
            Some(e) => {
                m.offset_commits.with_label_values(&["error"]).inc();
                warn!(error = %e, "offset commit failed");
            }
        }
    }
}

pub struct DedupWindow {
    pub entries: usize,
    pub evictions_total: u64,
}

impl InternalEvent for DedupWindow {
    fn emit(self, m: &Metrics) {
        m.dedup_index_entries.set(self.entries as i64);
        let seen = m.dedup_evictions.get();
        if self.evictions_total > seen {
            m.dedup_evictions.inc_by(self.evictions_total - seen);
        }
    }
}
