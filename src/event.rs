//! The records the pipeline publishes: one enriched event per article, or a dead letter for input
//! that could not be turned into one. Their JSON form is the public contract (`schemas/`).

use serde::{Deserialize, Serialize};

use crate::article::{Article, SourceRef};

/// Bumped whenever a field changes meaning or is removed; adding fields does not bump it.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Organization,
    Location,
}

/// A byte range of the normalized body and the text found there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub mentions: Vec<Mention>,
    /// 0–1: how central the entity is (mentions, weighted up in the title and lede).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub salience: Option<f64>,
    /// The role or title stated with a person's name ("Foreign Minister").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    /// ISO code of the country a person is stated to belong to ("Chinese Foreign Minister ...").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
}

/// A country the article names or implies, with its UN M49 placement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryLabel {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name: String,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate_region: Option<String>,
    /// One of the few countries the story is about.
    pub primary: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Regions {
    pub countries: Vec<CountryLabel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DedupStatus {
    Unique,
    Duplicate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DedupInfo {
    pub status: DedupStatus,
    /// The id of the first article seen of this story.
    pub cluster_id: String,
    pub duplicate_of: Option<String>,
    /// 1.0 for an exact copy; lower for near copies.
    pub similarity: Option<f64>,
}

/// Microseconds spent in each stage for this article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timings {
    pub normalize_us: u64,
    pub dedup_us: u64,
    pub enrich_us: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcessingInfo {
    pub version: String,
    pub timings: Timings,
    pub source: Option<SourceRef>,
}

/// The enriched article event published to the output topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub schema_version: u32,
    /// Stable for the same input: a hash of the article id and payload, so a re-processed message
    /// (at-least-once) yields the same event id and consumers can drop the repeat.
    pub event_id: String,
    pub article: Article,
    pub entities: Vec<Entity>,
    pub regions: Regions,
    pub dedup: DedupInfo,
    pub processing: ProcessingInfo,
}

impl Event {
    pub fn is_duplicate(&self) -> bool {
        self.dedup.status == DedupStatus::Duplicate
    }
}

/// The pipeline stage at which a message was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Decode,
    Normalize,
    Dedup,
    Enrich,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Decode => "decode",
            Stage::Normalize => "normalize",
            Stage::Dedup => "dedup",
            Stage::Enrich => "enrich",
        }
    }
}

/// Why a message could not become an event. `reason` is a short, fixed code (a metric label);
/// `detail` says exactly what was wrong with this message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{stage:?}: {reason}: {detail}")]
pub struct Rejection {
    pub stage: Stage,
    pub reason: String,
    pub detail: String,
}

impl Rejection {
    pub fn new(stage: Stage, reason: &str, detail: impl Into<String>) -> Self {
        Self {
            stage,
            reason: reason.to_owned(),
            detail: detail.into(),
        }
    }
}

/// The `process` command's line for rejected input. On Kafka the dead letter is the original
/// payload with this information in headers instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadLetter {
    pub schema_version: u32,
    pub error: Rejection,
    pub id: String,
    pub source: Option<SourceRef>,
    /// The payload as text (invalid UTF-8 replaced), for inspection.
    pub raw: String,
}
