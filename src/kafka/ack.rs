//! Acknowledgement handles. Every consumed message travels through the pipeline with an
//! [`AckHandle`]; when its output is acknowledged by the broker the handle fires, and the partition's
//! tracker advances the committable offset past every message that is done, in order.

use std::collections::BTreeSet;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Records that offsets are safe to commit (the consumer's offset store).
pub trait OffsetStore: Send + Sync {
    /// `offset` is the last processed message; the committed position becomes `offset + 1`.
    fn store(&self, topic: &str, partition: i32, offset: i64);
}

#[derive(Default)]
struct State {
    /// Offsets consumed whose outputs are not yet acknowledged.
    pending: BTreeSet<i64>,
    /// Lowest and highest offsets consumed since assignment.
    lowest_begun: Option<i64>,
    highest_begun: Option<i64>,
    /// Highest offset such that it and everything before it is acknowledged.
    done_through: Option<i64>,
    revoked: bool,
}

/// In-flight bookkeeping for one assigned partition. Created on assignment, retired on revoke;
/// a handle that fires after its partition was revoked stores nothing.
pub struct PartitionTracker {
    pub topic: String,
    pub partition: i32,
    state: Mutex<State>,
    idle: Condvar,
}

impl PartitionTracker {
    pub fn new(topic: impl Into<String>, partition: i32) -> Arc<Self> {
        Arc::new(Self {
            topic: topic.into(),
            partition,
            state: Mutex::new(State::default()),
            idle: Condvar::new(),
        })
    }

    /// Registers a consumed offset as in flight.
    pub fn begin(&self, offset: i64) {
        let mut s = self.state.lock().expect("tracker lock");
        s.pending.insert(offset);
        s.lowest_begun = Some(s.lowest_begun.map_or(offset, |l| l.min(offset)));
        s.highest_begun = Some(s.highest_begun.map_or(offset, |h| h.max(offset)));
    }

    /// Marks `offset` done; returns the new committable offset if it advanced.
    fn complete(&self, offset: i64) -> Option<i64> {
        let mut s = self.state.lock().expect("tracker lock");
        s.pending.remove(&offset);
        let through = match s.pending.first() {
            Some(&first_pending) => first_pending - 1,
            None => s.highest_begun?,
        };
        if s.pending.is_empty() {
            self.idle.notify_all();
        }
        let nothing_done_yet = s.lowest_begun.is_none_or(|l| through < l);
        if s.revoked || nothing_done_yet || s.done_through.is_some_and(|d| d >= through) {
            return None;
        }
        s.done_through = Some(through);
        Some(through)
    }

    pub fn in_flight(&self) -> usize {
        self.state.lock().expect("tracker lock").pending.len()
    }

    /// The last offset that is done together with all before it.
    pub fn done_through(&self) -> Option<i64> {
        self.state.lock().expect("tracker lock").done_through
    }

    /// Waits until nothing is in flight, at most `timeout`. True when drained.
    pub fn wait_drained(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut s = self.state.lock().expect("tracker lock");
        while !s.pending.is_empty() {
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            s = self
                .idle
                .wait_timeout(s, deadline - now)
                .expect("tracker lock")
                .0;
        }
        true
    }

    /// The partition is no longer ours: later acknowledgements must not store offsets.
    pub fn retire(&self) {
        self.state.lock().expect("tracker lock").revoked = true;
    }
}

/// Travels with one message; `ack` when every output it caused is acknowledged. Dropping it
/// without acking leaves the offset uncommitted, so the message is processed again after a restart.
pub struct AckHandle {
    tracker: Arc<PartitionTracker>,
    offset: i64,
    store: Arc<dyn OffsetStore>,
}

impl AckHandle {
    pub fn new(tracker: Arc<PartitionTracker>, offset: i64, store: Arc<dyn OffsetStore>) -> Self {
        tracker.begin(offset);
        Self {
            tracker,
            offset,
            store,
        }
    }

    pub fn ack(self) {
        if let Some(through) = self.tracker.complete(self.offset) {
            self.store
                .store(&self.tracker.topic, self.tracker.partition, through);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Recorder(Mutex<Vec<i64>>);
    impl OffsetStore for Recorder {
        fn store(&self, _: &str, _: i32, offset: i64) {
            self.0.lock().unwrap().push(offset);
        }
    }

    #[test]
    fn commits_only_the_contiguous_prefix() {
        let rec = Arc::new(Recorder::default());
        let t = PartitionTracker::new("in", 0);
        let handles: Vec<AckHandle> = (10..14)
            .map(|o| AckHandle::new(t.clone(), o, rec.clone()))
            .collect();
        let mut it = handles.into_iter();
        let (h10, h11, h12, h13) = (
            it.next().unwrap(),
            it.next().unwrap(),
            it.next().unwrap(),
            it.next().unwrap(),
        );
        h12.ack();
        h11.ack();
        assert!(rec.0.lock().unwrap().is_empty(), "10 is still in flight");
        h10.ack();
        assert_eq!(*rec.0.lock().unwrap(), vec![12]);
        h13.ack();
        assert_eq!(*rec.0.lock().unwrap(), vec![12, 13]);
        assert!(t.wait_drained(Duration::from_millis(1)));
    }

    #[test]
    fn unacked_message_blocks_commit_and_drain() {
        let rec = Arc::new(Recorder::default());
        let t = PartitionTracker::new("in", 0);
        let lost = AckHandle::new(t.clone(), 1, rec.clone());
        AckHandle::new(t.clone(), 2, rec.clone()).ack();
        drop(lost);
        assert!(rec.0.lock().unwrap().is_empty());
        assert!(!t.wait_drained(Duration::from_millis(10)));
    }

    #[test]
    fn retired_partition_stores_nothing() {
        let rec = Arc::new(Recorder::default());
        let t = PartitionTracker::new("in", 3);
        let h = AckHandle::new(t.clone(), 5, rec.clone());
        t.retire();
        h.ack();
        assert!(rec.0.lock().unwrap().is_empty());
    }

    #[test]
    fn drain_wakes_when_the_last_ack_arrives() {
        let rec = Arc::new(Recorder::default());
        let t = PartitionTracker::new("in", 0);
        let h = AckHandle::new(t.clone(), 0, rec.clone());
        let waiter = {
            let t = t.clone();
            std::thread::spawn(move || t.wait_drained(Duration::from_secs(5)))
        };
        std::thread::sleep(Duration::from_millis(20));
        h.ack();
        assert!(waiter.join().unwrap());
    }
}
