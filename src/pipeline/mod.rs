//! The processing pipeline, top to bottom: source → normalize → dedup → enrich → sink.
//!
//! Each stage is a plain synchronous unit over an [`Article`]; Kafka lives at the edges
//! (`crate::kafka`), so `process`, the demo and the Kafka runner share this one code path.

mod ascii_lanes;
pub mod dedup;
pub mod enrich;
pub mod normalize;

use std::time::Instant;

use crate::article::RawMessage;
use crate::event::{Event, ProcessingInfo, Rejection, Stage, Timings, SCHEMA_VERSION};

use dedup::{DedupConfig, Deduplicator, IndexRecord};
use enrich::Enricher;
use normalize::{NormalizeConfig, Normalizer};

/// What became of one input message.
#[derive(Debug)]
pub enum Outcome {
    Event(Box<Event>),
    Rejected(Rejection),
}

/// Default of `enrich.max_entities`.
pub const DEFAULT_MAX_ENTITIES: usize = 100;

pub struct Pipeline {
    normalizer: Normalizer,
    dedup: Deduplicator,
    enricher: Enricher,
    /// Most entities an event carries (the most salient are kept).
    max_entities: usize,
    /// What the last processed article added to the dedup window, for the changelog.
    index_record: Option<IndexRecord>,
}

impl Pipeline {
    pub fn new(normalize: NormalizeConfig, dedup: DedupConfig) -> Self {
        Self {
            normalizer: Normalizer::new(normalize),
            dedup: Deduplicator::new(dedup),
            enricher: Enricher::new(),
            max_entities: DEFAULT_MAX_ENTITIES,
            index_record: None,
        }
    }

    /// Keeps at most `max` entities per event, the most salient first (`enrich.max_entities`).
    pub fn with_max_entities(mut self, max: usize) -> Self {
        self.max_entities = max;
        self
    }

    /// What the last [`process`](Self::process) call added to the dedup window, once.
    pub fn take_index_record(&mut self) -> Option<IndexRecord> {
        self.index_record.take()
    }

    /// Adds a story remembered elsewhere (the changelog) to the dedup window.
    pub fn restore(&mut self, record: &IndexRecord) {
        self.dedup.restore(record);
    }

    pub fn dedup_index(&self) -> &Deduplicator {
        &self.dedup
    }

    /// Runs one message through every stage. `now_ms` is the message's time, for the dedup window.
    pub fn process(&mut self, msg: &RawMessage, now_ms: i64) -> Outcome {
        let started = Instant::now();
        let article = match self.normalizer.normalize(msg) {
            Ok(article) => article,
            Err(rejection) => return Outcome::Rejected(rejection),
        };
        let normalized = Instant::now();
        let origin = msg.source.as_ref().map_or(0, |s| {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            h.update(s.topic.as_bytes());
            h.update(&s.partition.to_le_bytes());
            h.update(&s.offset.to_le_bytes());
            h.digest().max(1)
        });
        let (dedup, record) = self.dedup.check_and_record(&article, origin, now_ms);
        self.index_record = Some(record);
        let deduped = Instant::now();
        // Enrichment is many rules over free text; should one of them fail on some article, that
        // article goes to the dead letters with the reason instead of stopping the processor
        // (which would fail on it again after every restart).
        let enricher = &self.enricher;
        let mut enrichment = match contained(|| enricher.enrich(&article)) {
            Ok(enrichment) => enrichment,
            Err(detail) => {
                return Outcome::Rejected(Rejection::new(Stage::Enrich, "enrich_failed", detail))
            }
        };
        // Entities come sorted by salience, so the cut keeps the ones that matter.
        enrichment.entities.truncate(self.max_entities);
        let enriched = Instant::now();

        let micros =
            |a: Instant, b: Instant| u64::try_from((b - a).as_micros()).unwrap_or(u64::MAX);
        let event_id = event_id(&article.id, &msg.payload);
        Outcome::Event(Box::new(Event {
            schema_version: SCHEMA_VERSION,
            event_id,
            article,
            entities: enrichment.entities,
            regions: enrichment.regions,
            dedup,
            processing: ProcessingInfo {
                version: env!("CARGO_PKG_VERSION").to_owned(),
                timings: Timings {
                    normalize_us: micros(started, normalized),
                    dedup_us: micros(normalized, deduped),
                    enrich_us: micros(deduped, enriched),
                },
                source: msg.source.clone(),
            },
        }))
    }
}

/// Runs `f`, turning a panic into its message.
fn contained<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("internal error: {message}")
    })
}

/// Same article id and payload, same event id: downstream can drop at-least-once repeats.
fn event_id(article_id: &str, payload: &[u8]) -> String {
    // Streamed, so the payload is not copied to be hashed.
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(article_id.as_bytes());
    hasher.update(&[0]);
    hasher.update(payload);
    format!("{:032x}", hasher.digest128())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DedupStatus;

    #[test]
    fn a_resend_is_flagged_and_keeps_its_event_id() {
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        let text = "Harbour reopens\n\nPIRAEUS (AP) - The harbour reopened on Friday after a week of repairs to the main quay.";
        let mut first = RawMessage::from_payload(text);
        first.id = Some("one".into());
        let mut again = first.clone();
        again.id = Some("two".into());
        let Outcome::Event(a) = p.process(&first, 0) else {
            panic!("rejected")
        };
        let Outcome::Event(b) = p.process(&again, 1) else {
            panic!("rejected")
        };
        assert_eq!(a.dedup.status, DedupStatus::Unique);
        assert_eq!(b.dedup.status, DedupStatus::Duplicate);
        assert_eq!(b.dedup.duplicate_of.as_deref(), Some("one"));
        let Outcome::Event(a2) = p.process(&first, 2) else {
            panic!("rejected")
        };
        assert_eq!(a2.event_id, a.event_id);
    }

    #[test]
    fn entity_limit_keeps_the_most_salient() {
        let body = "SEOUL, May 2 (Yonhap) -- President Lee Jae-myung met Prime Minister Ishiba \
            Shigeru in Seoul on Friday. Lee said the talks with Ishiba went well. Officials from \
            Kenya, Peru, Chile, Norway and Ghana also attended the forum in Seoul.";
        let msg = RawMessage::from_payload(body);
        let all = match Pipeline::new(NormalizeConfig::default(), DedupConfig::default())
            .process(&msg, 0)
        {
            Outcome::Event(e) => e.entities,
            Outcome::Rejected(r) => panic!("{r:?}"),
        };
        assert!(all.len() > 3, "{all:?}");
        let mut capped =
            Pipeline::new(NormalizeConfig::default(), DedupConfig::default()).with_max_entities(3);
        let Outcome::Event(e) = capped.process(&msg, 0) else {
            panic!("rejected");
        };
        assert_eq!(e.entities, all[..3].to_vec());
    }

    #[test]
    fn bad_input_is_a_rejection_not_a_panic() {
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        assert!(matches!(
            p.process(&RawMessage::from_payload(vec![0xc3]), 0),
            Outcome::Rejected(_)
        ));
    }

    #[test]
    fn a_failing_stage_becomes_a_reason_not_a_crash() {
        assert_eq!(contained(|| 7), Ok(7));
        let failed = contained(|| -> u8 { panic!("rule {} failed", 3) });
        assert_eq!(failed, Err("internal error: rule 3 failed".to_owned()));
        let failed = contained(|| -> u8 { panic!("plain") });
        assert_eq!(failed, Err("internal error: plain".to_owned()));
    }
}
