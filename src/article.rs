//! The types that flow through the pipeline: a raw message as it arrives, and the clean article that
//! normalization makes of it. Both are Kafka-free so every stage can be tested alone.

use serde::{Deserialize, Serialize};

/// Where a message came from, when it came from Kafka.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

/// One input message exactly as it arrived: payload bytes plus envelope metadata.
#[derive(Debug, Clone, Default)]
pub struct RawMessage {
    /// An explicit id (the `process` input's `id`); falls back to the key.
    pub id: Option<String>,
    pub key: Option<Vec<u8>>,
    pub payload: Vec<u8>,
    pub headers: Vec<(String, Vec<u8>)>,
    pub source: Option<SourceRef>,
    /// The input record's timestamp, milliseconds since the epoch.
    pub timestamp_ms: Option<i64>,
}

impl RawMessage {
    pub fn from_payload(payload: impl Into<Vec<u8>>) -> Self {
        Self {
            payload: payload.into(),
            ..Self::default()
        }
    }

    pub fn header(&self, name: &str) -> Option<&[u8]> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_slice())
    }

    /// The article id: the explicit id, else the key when it is text, else a hash of the payload,
    /// so the same payload always gets the same id.
    pub fn article_id(&self) -> String {
        if let Some(id) = &self.id {
            return id.clone();
        }
        if let Some(key) = self
            .key
            .as_deref()
            .and_then(|k| std::str::from_utf8(k).ok())
        {
            if !key.is_empty() {
                return key.to_owned();
            }
        }
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&self.payload))
    }
}

/// The payload shapes normalization understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Json,
    Ninjs,
    Newsml,
}

/// Dateline parsed from the body's opening ("SEOUL, March 25 (Yonhap) --").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: Option<String>,
    /// ISO 3166-1 alpha-2 code, where the dateline names or implies the country.
    pub country: Option<String>,
    pub date: Option<String>,
    /// The state or province named after the place ("California" in "SANTA CLARA, California").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdivision: Option<String>,
}

/// What kind of boilerplate a removed piece was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    Section,
    Url,
    Byline,
    Timestamp,
    Caption,
    Dateline,
    Promo,
    Trailer,
    Credit,
    Markup,
}

/// A piece of the payload that normalization took out of the body, kept for audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: RemovedKind,
    pub text: String,
}

/// A clean article: the output of normalization and the input of dedup and enrichment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub format: Format,
    pub title: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    pub canonical_url: Option<String>,
    pub outlet: Option<String>,
    /// The agency credited with the story ("Yonhap", "AP").
    pub wire: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<Dateline>,
    pub published_at: Option<String>,
    pub language: Option<String>,
    /// Paragraphs joined by "\n\n"; entity offsets point into this string (byte offsets).
    pub body: String,
    pub captions: Vec<String>,
    pub removed: Vec<Removed>,
}

impl Article {
    pub fn new(id: String, format: Format) -> Self {
        Self {
            id,
            format,
            title: None,
            section: None,
            url: None,
            canonical_url: None,
            outlet: None,
            wire: None,
            byline: None,
            dateline: None,
            published_at: None,
            language: None,
            body: String::new(),
            captions: Vec::new(),
            removed: Vec::new(),
        }
    }

    pub fn remove(&mut self, kind: RemovedKind, text: impl Into<String>) {
        self.removed.push(Removed {
            kind,
            text: text.into(),
        });
    }
}
