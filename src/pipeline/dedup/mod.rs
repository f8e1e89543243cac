//! Dedup: recognises articles whose normalized body was already seen within a bounded window.
//!
//! Exact copies are found by a 64-bit xxh3 hash of the normalized body, so captions, URLs and page
//! boilerplate (which normalization removed) do not hide a re-send.

use std::collections::{HashMap, VecDeque};

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::event::{DedupInfo, DedupStatus};

/// Settings of the dedup stage (`[dedup]`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DedupConfig {
    /// Most stories remembered; the oldest is forgotten first when the window is full.
    pub max_entries: usize,
    /// Stories older than this many seconds are forgotten (a re-send after that counts as new).
    pub max_age_secs: u64,
}

impl Default for DedupConfig {
    fn default() -> Self {
        Self {
            max_entries: 1_000_000,
            max_age_secs: 72 * 3600,
        }
    }
}

struct Entry {
    article_id: String,
    cluster_id: String,
}

/// The window of recently seen stories, keyed by body hash, evicted oldest-first by count and age.
pub struct Deduplicator {
    config: DedupConfig,
    index: HashMap<u64, Entry>,
    /// Insertion order with the time of insertion (ms), for eviction.
    order: VecDeque<(u64, i64)>,
    evictions: u64,
}

impl Deduplicator {
    pub fn new(config: DedupConfig) -> Self {
        Self {
            config,
            index: HashMap::new(),
            order: VecDeque::new(),
            evictions: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Stories forgotten so far because the window was full or they were too old.
    pub fn evictions(&self) -> u64 {
        self.evictions
    }

    /// Looks the article up and remembers it. `now_ms` is the article's time (its record timestamp).
    pub fn check(&mut self, article: &Article, now_ms: i64) -> DedupInfo {
        self.evict(now_ms);
        let key = xxhash_rust::xxh3::xxh3_64(article.body.as_bytes());
        if let Some(first) = self.index.get(&key) {
            return DedupInfo {
                status: DedupStatus::Duplicate,
                cluster_id: first.cluster_id.clone(),
                duplicate_of: Some(first.article_id.clone()),
                similarity: Some(1.0),
            };
        }
        self.index.insert(
            key,
            Entry {
                article_id: article.id.clone(),
                cluster_id: article.id.clone(),
            },
        );
        self.order.push_back((key, now_ms));
        DedupInfo {
            status: DedupStatus::Unique,
            cluster_id: article.id.clone(),
            duplicate_of: None,
            similarity: None,
        }
    }

    fn evict(&mut self, now_ms: i64) {
        let max_age_ms =
            i64::try_from(self.config.max_age_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
        while let Some(&(key, at)) = self.order.front() {
            let too_many = self.order.len() >= self.config.max_entries.max(1);
            let too_old = now_ms.saturating_sub(at) > max_age_ms;
            if !(too_many || too_old) {
                break;
            }
            self.order.pop_front();
            self.index.remove(&key);
            self.evictions += 1;
        }
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

    #[test]
    fn exact_copy_points_at_the_first() {
        let mut d = Deduplicator::new(DedupConfig::default());
        assert_eq!(
            d.check(&article("a", "Story one."), 0).status,
            DedupStatus::Unique
        );
        let info = d.check(&article("b", "Story one."), 10);
        assert_eq!(info.status, DedupStatus::Duplicate);
        assert_eq!(info.duplicate_of.as_deref(), Some("a"));
        assert_eq!(info.cluster_id, "a");
        assert_eq!(
            d.check(&article("c", "Story two."), 20).status,
            DedupStatus::Unique
        );
    }

    #[test]
    fn window_is_bounded_by_count_and_age() {
        let mut d = Deduplicator::new(DedupConfig {
            max_entries: 2,
            max_age_secs: 10,
        });
        d.check(&article("a", "one"), 0);
        d.check(&article("b", "two"), 0);
        d.check(&article("c", "three"), 0);
        assert_eq!(d.len(), 2);
        assert_eq!(
            d.check(&article("a2", "one"), 0).status,
            DedupStatus::Unique
        );
        // 11 s later everything before is too old.
        assert_eq!(
            d.check(&article("c2", "three"), 11_000).status,
            DedupStatus::Unique
        );
        assert!(d.evictions() >= 3);
    }
}
