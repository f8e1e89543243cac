//! Dedup: recognises exact re-sends and near-duplicate copies of a story already seen within a
//! bounded window.
//!
//! - **Exact**: a 64-bit xxh3 hash of the normalized body (captions, URL and page boilerplate are
//!   not part of it, so a re-send in a new envelope still matches).
//! - **Near**: MinHash over word shingles with LSH banding (see [`minhash`]); a candidate from any
//!   shared band is accepted when the Jaccard similarity estimated from the two stories' 8-bit
//!   sketches reaches `near_threshold`. Trimmed copies, new headlines, corrected spellings and updated ledes keep
//!   most shingles; different stories on one topic share almost none.
//!
//! Memory per entry, with the defaults (6 bands, 48-byte sketch): the entry (32 bytes), its ids'
//! bytes and lengths (packed in large chunks, see [`ids`]), the band keys (24), the sketch (48),
//! the index (about 50: six band values and an origin value, each 4 bytes and a control byte at
//! 70% load) and the eviction queue (4). `examples/dedup_memory.rs` measures it.

mod ids;
pub mod minhash;
mod sharded;

use std::collections::VecDeque;

use hashbrown::hash_table::Entry as TableEntry;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::event::{DedupInfo, DedupStatus};
use ids::{IdLog, IdSpan};
use minhash::{similarity, MinHasher, Signature};
use sharded::ShardedTable;

/// Settings of the dedup stage (`[dedup]`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DedupConfig {
    /// Most stories remembered; the oldest is forgotten first when the window is full. About
    /// 180 MiB per million once full. The window's index is sized for this many at start (its
    /// pages cost memory only as stories fill them), so memory stays flat once it is full.
    pub max_entries: usize,
    /// Stories older than this many seconds (by record time) are forgotten.
    pub max_age_secs: u64,
    /// Detect near-duplicates (not only exact copies).
    pub near: bool,
    /// Words per shingle.
    pub shingle_words: usize,
    /// LSH bands; with `rows_per_band` this sets the signature length and the recall curve.
    pub num_bands: usize,
    /// MinHash values per band.
    pub rows_per_band: usize,
    /// 8-bit MinHash values kept per story to verify band candidates; at least
    /// `num_bands × rows_per_band` (the bands use the leading values).
    pub sketch_len: usize,
    /// Estimated Jaccard similarity at or above which a candidate is a duplicate.
    pub near_threshold: f64,
}

impl Default for DedupConfig {
    fn default() -> Self {
        Self {
            max_entries: 1_000_000,
            max_age_secs: 72 * 3600,
            near: true,
            shingle_words: 4,
            num_bands: 6,
            rows_per_band: 2,
            sketch_len: 48,
            near_threshold: 0.4,
        }
    }
}

/// One remembered story, as persisted in the dedup changelog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexRecord {
    pub article_id: String,
    pub cluster_id: String,
    pub body_hash: u64,
    /// Hash of the input's topic, partition and offset (0: unknown).
    #[serde(default)]
    pub origin: u64,
    /// LSH band keys (empty when near-duplicate detection is off).
    pub bands: Vec<u32>,
    /// 8-bit MinHash sketch, as hex.
    #[serde(with = "hex_bytes")]
    pub sketch: Vec<u8>,
    /// The story's time (ms since the epoch), for the age window.
    pub at_ms: i64,
}

/// One remembered story: 32 bytes, its ids in the window's [`IdLog`].
struct Entry {
    ids: IdSpan,
    /// When the story was seen (whole seconds), for the age window.
    at: u32,
    body_hash: u64,
    origin: u64,
}

/// Milliseconds since the epoch as whole seconds in a u32 (enough until 2106), which fits in an
/// entry's padding.
fn seconds(ms: i64) -> u32 {
    u32::try_from(ms.div_euclid(1000)).unwrap_or(if ms < 0 { 0 } else { u32::MAX })
}

/// The window of recently seen stories.
pub struct Deduplicator {
    config: DedupConfig,
    hasher: MinHasher,
    slots: Vec<Option<Entry>>,
    /// The ids of the stories in `slots`.
    ids: IdLog,
    /// Band keys of all slots, `num_bands` each, in one allocation.
    band_keys: Vec<u32>,
    /// Sketches of all slots, `sketch_len` bytes each, in one allocation.
    sketches: Vec<u8>,
    num_bands: usize,
    sketch_len: usize,
    free: Vec<u32>,
    exact: FxHashMap<u64, u32>,
    /// Finds stories by band key and by origin, holding no copy of either (4 bytes a key plus
    /// hashbrown's control byte):
    /// - for each band key, the most recent story with it, as the key's position in `band_keys`
    ///   (slot × `num_bands` + band);
    /// - for each origin, its story's slot with [`BY_ORIGIN`] set.
    index: ShardedTable,
    /// Slots in insertion order, for eviction.
    order: VecDeque<u32>,
    evictions: u64,
}

impl Deduplicator {
    pub fn new(config: DedupConfig) -> Self {
        let mut config = config;
        // Positions in the index must stay below BY_ORIGIN.
        let limit = (BY_ORIGIN as usize - 1) / config.num_bands.max(1);
        config.max_entries = config.max_entries.min(limit);
        let band_values = config.num_bands * config.rows_per_band;
        let hasher = MinHasher::new(config.sketch_len.max(band_values), config.shingle_words);
        let (num_bands, sketch_len) = if config.near {
            (config.num_bands, config.sketch_len.max(band_values))
        } else {
            (0, 0)
        };
        // The per-story arrays are reserved for the whole window up front. Reserved pages cost no
        // memory until written, whereas growing by doubling copies each array and, for a while,
        // holds both copies: for a 1M window that was 56 MiB more at the moment of the last
        // growth, and the allocator keeps freed blocks a little longer still. Past a few million
        // stories they grow as usual, so that a huge setting does not reserve gigabytes; the
        // index likewise.
        let reserved = config.max_entries.min(RESERVE_UP_TO);
        Self {
            hasher,
            slots: Vec::with_capacity(reserved),
            ids: IdLog::default(),
            band_keys: Vec::with_capacity(reserved * num_bands),
            sketches: Vec::with_capacity(reserved * sketch_len),
            num_bands,
            sketch_len,
            free: Vec::new(),
            exact: FxHashMap::default(),
            index: ShardedTable::new(
                config.max_entries.saturating_mul(num_bands + 1),
                config.max_entries <= RESERVE_UP_TO,
            ),
            order: VecDeque::with_capacity(reserved),
            evictions: 0,
            config,
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Stories forgotten so far because the window was full or they were too old.
    pub fn evictions(&self) -> u64 {
        self.evictions
    }

    /// Looks the article up and remembers it. `now_ms` is the article's time (its record timestamp).
    pub fn check(&mut self, article: &Article, now_ms: i64) -> DedupInfo {
        self.check_and_record(article, 0, now_ms).0
    }

    /// [`check`](Self::check), also returning what was remembered, so it can be persisted
    /// (the changelog) and restored into another window with [`restore`](Self::restore).
    ///
    /// `origin` identifies where the article came from (a hash of its topic, partition and
    /// offset; 0 when unknown): the same article from the same origin again is a redelivery, not
    /// a copy, and gets the decision it got the first time.
    pub fn check_and_record(
        &mut self,
        article: &Article,
        origin: u64,
        now_ms: i64,
    ) -> (DedupInfo, IndexRecord) {
        self.evict(now_ms);
        let body_hash = xxhash_rust::xxh3::xxh3_64(article.body.as_bytes());
        let signature = if self.config.near {
            Signature::from_values(
                &self.hasher.signature(&article.body),
                self.config.num_bands,
                self.config.rows_per_band,
            )
        } else {
            Signature {
                bands: Vec::new(),
                sketch: Vec::new(),
            }
        };
        // The same input again (a redelivery after a crash or an aborted transaction) gets the
        // decision it got the first time.
        let redelivered = self.by_origin(origin).filter(|seen| {
            self.ids.article_id(seen.ids) == article.id && seen.body_hash == body_hash
        });
        let seen_before = redelivered.is_some();
        let info = if let Some(seen) = redelivered {
            match self.ids.first(seen.ids) {
                None => DedupInfo {
                    status: DedupStatus::Unique,
                    cluster_id: article.id.clone(),
                    duplicate_of: None,
                    similarity: None,
                },
                Some(first) => DedupInfo {
                    status: DedupStatus::Duplicate,
                    cluster_id: first.to_string(),
                    duplicate_of: Some(first.to_string()),
                    similarity: None,
                },
            }
        } else {
            // With near-duplicates on, an exact copy is a band candidate whose body hash
            // matches, so no separate exact index is kept.
            let found = if self.config.near {
                self.nearest(&signature, body_hash)
            } else {
                self.exact.get(&body_hash).map(|&slot| (slot, 1.0))
            };
            match found.and_then(|(slot, sim)| Some((self.slots[slot as usize].as_ref()?, sim))) {
                Some((first, similarity)) => DedupInfo {
                    status: DedupStatus::Duplicate,
                    cluster_id: self.cluster(first).to_owned(),
                    duplicate_of: Some(self.cluster(first).to_owned()),
                    similarity: Some((similarity * 1000.0).round() / 1000.0),
                },
                None => DedupInfo {
                    status: DedupStatus::Unique,
                    cluster_id: article.id.clone(),
                    duplicate_of: None,
                    similarity: None,
                },
            }
        };
        let record = IndexRecord {
            article_id: article.id.clone(),
            cluster_id: info.cluster_id.clone(),
            body_hash,
            origin,
            bands: signature.bands,
            sketch: signature.sketch,
            at_ms: now_ms,
        };
        if !seen_before {
            self.restore(&record);
        }
        (info, record)
    }

    /// Remembers a story another instance (or an earlier run) saw, without looking it up.
    pub fn restore(&mut self, record: &IndexRecord) {
        if record.bands.len() != self.num_bands || record.sketch.len() != self.sketch_len {
            // Written with other MinHash settings: its keys mean nothing to this window.
            return;
        }
        self.evict(record.at_ms);
        let first = if record.cluster_id == record.article_id {
            ""
        } else {
            &record.cluster_id
        };
        let entry = Entry {
            ids: self.ids.push(&record.article_id, first),
            at: seconds(record.at_ms),
            body_hash: record.body_hash,
            origin: record.origin,
        };
        self.insert(entry, &record.bands, &record.sketch);
    }

    /// The id of the entry's cluster: its first article's.
    fn cluster(&self, entry: &Entry) -> &str {
        self.ids
            .first(entry.ids)
            .unwrap_or(self.ids.article_id(entry.ids))
    }

    /// The best candidate sharing a band with `signature`, if similar enough.
    fn nearest(&self, signature: &Signature, body_hash: u64) -> Option<(u32, f64)> {
        let mut best: Option<(u32, f64)> = None;
        for key in &signature.bands {
            let Some(&at) = self.index.find(band_hash(*key), |&at| {
                at & BY_ORIGIN == 0 && self.band_keys[at as usize] == *key
            }) else {
                continue;
            };
            let slot = at / self.num_bands as u32;
            if self.slots[slot as usize]
                .as_ref()
                .is_some_and(|e| e.body_hash == body_hash)
            {
                return Some((slot, 1.0));
            }
            if self.slots[slot as usize].is_none() {
                continue;
            }
            let sim = similarity(&signature.sketch, self.sketch_of(slot));
            if sim >= self.config.near_threshold && best.is_none_or(|(_, s)| sim > s) {
                best = Some((slot, sim));
            }
        }
        best
    }

    /// The story that came from `origin` (0: none).
    fn by_origin(&self, origin: u64) -> Option<&Entry> {
        if origin == 0 {
            return None;
        }
        let slots = &self.slots;
        let found = self.index.find(origin_hash(origin), |&v| {
            v & BY_ORIGIN != 0 && entry_at(slots, v).is_some_and(|e| e.origin == origin)
        })?;
        entry_at(slots, *found)
    }

    fn sketch_of(&self, slot: u32) -> &[u8] {
        let at = slot as usize * self.sketch_len;
        &self.sketches[at..at + self.sketch_len]
    }

    fn insert(&mut self, entry: Entry, bands: &[u32], sketch: &[u8]) {
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(None);
                self.band_keys.resize(self.slots.len() * self.num_bands, 0);
                self.sketches.resize(self.slots.len() * self.sketch_len, 0);
                u32::try_from(self.slots.len() - 1).expect("fewer than 4 billion entries")
            }
        };
        let at = slot as usize * self.num_bands;
        self.band_keys[at..at + self.num_bands].copy_from_slice(bands);
        let at = slot as usize * self.sketch_len;
        self.sketches[at..at + self.sketch_len].copy_from_slice(sketch);
        if !self.config.near {
            self.exact.insert(entry.body_hash, slot);
        }
        let origin = entry.origin;
        self.slots[slot as usize] = Some(entry);
        let (keys, slots) = (&self.band_keys, &self.slots);
        let rehash = |&v: &u32| index_hash(keys, slots, v);
        let first = slot * self.num_bands as u32;
        for (at, &key) in (first..).zip(bands) {
            let same_key = |&v: &u32| v & BY_ORIGIN == 0 && keys[v as usize] == key;
            match self.index.entry(band_hash(key), same_key, rehash) {
                TableEntry::Occupied(mut e) => *e.get_mut() = at,
                TableEntry::Vacant(e) => {
                    e.insert(at);
                }
            }
        }
        if origin != 0 {
            let same_origin = |&v: &u32| {
                v & BY_ORIGIN != 0 && entry_at(slots, v).is_some_and(|e| e.origin == origin)
            };
            match self.index.entry(origin_hash(origin), same_origin, rehash) {
                TableEntry::Occupied(mut e) => *e.get_mut() = slot | BY_ORIGIN,
                TableEntry::Vacant(e) => {
                    e.insert(slot | BY_ORIGIN);
                }
            }
        }
        self.order.push_back(slot);
    }

    fn evict(&mut self, now_ms: i64) {
        let now = seconds(now_ms);
        while let Some(&slot) = self.order.front() {
            let at = self.slots[slot as usize].as_ref().map_or(now, |e| e.at);
            let too_many = self.order.len() >= self.config.max_entries.max(1);
            let too_old = u64::from(now.saturating_sub(at)) > self.config.max_age_secs;
            if !(too_many || too_old) {
                break;
            }
            self.order.pop_front();
            if let Some(entry) = self.slots[slot as usize].take() {
                self.ids.forget(entry.ids);
                // Only remove index entries that still point at this slot.
                if self.exact.get(&entry.body_hash) == Some(&slot) {
                    self.exact.remove(&entry.body_hash);
                }
                // One lookup per band, and only entries that still point at this slot go.
                let first = slot * self.num_bands as u32;
                for at in first..first + self.num_bands as u32 {
                    let key = self.band_keys[at as usize];
                    if let Ok(e) = self.index.find_entry(band_hash(key), |&other| other == at) {
                        e.remove();
                    }
                }
                if entry.origin != 0 {
                    let by_origin = slot | BY_ORIGIN;
                    let hash = origin_hash(entry.origin);
                    if let Ok(e) = self.index.find_entry(hash, |&other| other == by_origin) {
                        e.remove();
                    }
                }
            }
            self.free.push(slot);
            self.evictions += 1;
        }
    }
}

/// Stories whose per-story arrays [`Deduplicator::new`] reserves up front.
const RESERVE_UP_TO: usize = 4_000_000;

/// Marks an index value as a slot found by origin rather than a band position.
const BY_ORIGIN: u32 = 1 << 31;

/// Where a band key goes in the index. Keys are hashes already, but hashbrown takes its control
/// tag from the top bits, which a u32 widened to u64 leaves empty.
fn band_hash(key: u32) -> u64 {
    u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Where an origin goes in the index; salted so that it does not land where band keys do.
fn origin_hash(origin: u64) -> u64 {
    (origin ^ 0x5851_F42D_4C95_7F2D).wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// The entry behind a by-origin index value.
fn entry_at(slots: &[Option<Entry>], v: u32) -> Option<&Entry> {
    slots.get((v & !BY_ORIGIN) as usize)?.as_ref()
}

/// An index value's hash, when hashbrown moves it to a larger table.
fn index_hash(band_keys: &[u32], slots: &[Option<Entry>], v: u32) -> u64 {
    if v & BY_ORIGIN != 0 {
        entry_at(slots, v).map_or(0, |e| origin_hash(e.origin))
    } else {
        band_hash(band_keys[v as usize])
    }
}

/// The sketch as a hex string in the changelog: half the size of a JSON number array.
mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        use std::fmt::Write;
        let mut out = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            let _ = write!(out, "{b:02x}");
        }
        s.serialize_str(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        if text.len() % 2 != 0 || !text.is_ascii() {
            return Err(serde::de::Error::custom("sketch is not hex"));
        }
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).map_err(serde::de::Error::custom))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    fn article(id: &str, body: &str) -> Article {
        let mut a = Article::new(id.into(), Format::Text);
        a.body = body.into();
        a
    }

    const STORY: &str = "The port authority said on Monday that container traffic rose eight percent in May from a year earlier, helped by new shipping routes to Southeast Asia.\n\nOfficials said the third terminal would open next year after delays caused by a shortage of cranes.\n\nDockworkers' unions have warned that automation could cost hundreds of jobs, and talks with management resume next week.";

    #[test]
    fn an_entry_is_32_bytes_even_as_an_option() {
        assert_eq!(std::mem::size_of::<Option<Entry>>(), 32);
    }

    #[test]
    fn exact_copy_points_at_the_first() {
        let mut d = Deduplicator::new(DedupConfig::default());
        assert_eq!(d.check(&article("a", STORY), 0).status, DedupStatus::Unique);
        let info = d.check(&article("b", STORY), 10);
        assert_eq!(info.status, DedupStatus::Duplicate);
        assert_eq!(info.duplicate_of.as_deref(), Some("a"));
        assert_eq!(info.similarity, Some(1.0));
    }

    #[test]
    fn near_copies_join_the_cluster() {
        let mut d = Deduplicator::new(DedupConfig::default());
        d.check(&article("a", STORY), 0);
        let trimmed = STORY.rsplit_once("\n\n").unwrap().0;
        let t = d.check(&article("trimmed", trimmed), 1);
        assert_eq!(
            (t.status, t.cluster_id.as_str()),
            (DedupStatus::Duplicate, "a")
        );
        let corrected = STORY.replace("shortage of cranes", "shortage of cargo cranes");
        assert_eq!(
            d.check(&article("fixed", &corrected), 2)
                .duplicate_of
                .as_deref(),
            Some("a")
        );
        let new_lede = STORY.replacen(
            "eight percent in May",
            "nine percent in May, revised figures showed,",
            1,
        );
        assert_eq!(
            d.check(&article("lede", &new_lede), 3)
                .duplicate_of
                .as_deref(),
            Some("a")
        );
    }

    #[test]
    fn a_redelivered_article_gets_its_first_decision() {
        let mut d = Deduplicator::new(DedupConfig::default());
        let check = |d: &mut Deduplicator, id: &str, body: &str, origin: u64| {
            d.check_and_record(&article(id, body), origin, 0).0
        };
        check(&mut d, "a", STORY, 11);
        let copy = STORY.replace("shortage of cranes", "shortage of cargo cranes");
        assert_eq!(check(&mut d, "b", &copy, 12).status, DedupStatus::Duplicate);
        // Both arrive again from the same offsets, as after a crash before they were committed.
        let again = check(&mut d, "a", STORY, 11);
        assert_eq!(
            (again.status, again.cluster_id.as_str()),
            (DedupStatus::Unique, "a")
        );
        let again = check(&mut d, "b", &copy, 12);
        assert_eq!(again.duplicate_of.as_deref(), Some("a"));
        assert_eq!(d.len(), 2, "a redelivery is not remembered twice");
        // The same article re-sent (another offset) is a copy, as is the same text under another id.
        assert_eq!(
            check(&mut d, "a", STORY, 13).duplicate_of.as_deref(),
            Some("a")
        );
        assert_eq!(
            check(&mut d, "c", STORY, 14).duplicate_of.as_deref(),
            Some("a")
        );
        // Found by its origin, whatever came since: "a" again from offset 11 is still unique,
        // though copies from 12, 13 and 14 now share all its bands.
        assert_eq!(check(&mut d, "a", STORY, 11).status, DedupStatus::Unique);
        // Without an origin nothing counts as a redelivery.
        assert_eq!(check(&mut d, "a", STORY, 0).status, DedupStatus::Duplicate);
    }

    #[test]
    fn ids_survive_a_window_sliding_far() {
        let mut d = Deduplicator::new(DedupConfig {
            max_entries: 100,
            ..DedupConfig::default()
        });
        // Distinct words per story, so that no two share a shingle.
        let body = |i: usize| {
            (0..40)
                .map(|w| format!("w{}", i * 40 + w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let id = |i: usize| format!("urn:wire:2026:{i:06}");
        // Enough stories for their ids to fill and free many chunks.
        for i in 0..20_000 {
            assert_eq!(
                d.check(&article(&id(i), &body(i)), 0).status,
                DedupStatus::Unique
            );
        }
        let copy = d.check(&article("copy", &body(19_950)), 0);
        assert_eq!(copy.duplicate_of, Some(id(19_950)));
        let of_copy = d.check(&article("copy-2", &body(19_950)), 0);
        assert_eq!(
            of_copy.cluster_id,
            id(19_950),
            "a copy's cluster is the first's"
        );
        assert_eq!(
            d.check(&article("late", &body(5)), 0).status,
            DedupStatus::Unique
        );
    }

    #[test]
    fn same_topic_different_story_is_unique() {
        let mut d = Deduplicator::new(DedupConfig::default());
        d.check(&article("a", STORY), 0);
        let other = "Port workers walked off the job on Tuesday over plans to automate cranes at the new terminal, halting container traffic for six hours.\n\nThe union said talks with management had broken down and more strikes were planned for June.";
        assert_eq!(d.check(&article("b", other), 1).status, DedupStatus::Unique);
    }

    #[test]
    fn window_is_bounded_by_count_and_age() {
        let mut d = Deduplicator::new(DedupConfig {
            max_entries: 2,
            max_age_secs: 10,
            ..DedupConfig::default()
        });
        d.check(&article("a", "one story about rain in the hills"), 0);
        d.check(&article("b", "two story about wind on the coast"), 0);
        d.check(&article("c", "three story about snow in the north"), 0);
        assert_eq!(d.len(), 2);
        assert_eq!(
            d.check(&article("a2", "one story about rain in the hills"), 0)
                .status,
            DedupStatus::Unique
        );
        assert_eq!(
            d.check(
                &article("c2", "three story about snow in the north"),
                11_000
            )
            .status,
            DedupStatus::Unique
        );
        assert!(d.evictions() >= 3);
    }
}
