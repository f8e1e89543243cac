//! The window's index split into many small hash tables by some bits of the hash.
//!
//! A full 1M-story window holds about 7M index values. As one table that was 8.4M buckets, loaded
//! 83%, close to the 7/8 at which hashbrown grows a table; the tombstones evictions leave pushed
//! it over, and it doubled: 40 MiB more for good, and 80 MiB more while both copies were resident
//! (the processor's peak). Split in parts sized up front so that a full window loads each about
//! 70%, removals mostly free their slot outright, no part grows, and memory stays flat.

use hashbrown::hash_table::{AbsentEntry, Entry, HashTable, OccupiedEntry};

/// Values a part is sized for: 70% of the room of 2^16 buckets.
const VALUES_PER_SHARD: usize = 40_000;

pub(super) struct ShardedTable {
    shards: Box<[HashTable<u32>]>,
}

impl ShardedTable {
    /// A table for up to about `values` values, allocated now when `allocate` (growing by
    /// doubling instead leaves the allocator holding every outgrown part: 35 MiB more for a 1M
    /// window), else as values come.
    pub(super) fn new(values: usize, allocate: bool) -> Self {
        let shards = values.div_ceil(VALUES_PER_SHARD).max(1);
        let room = if allocate { VALUES_PER_SHARD } else { 0 };
        Self {
            shards: (0..shards)
                .map(|_| HashTable::with_capacity(room))
                .collect(),
        }
    }

    /// The part for `hash`, from bits 24–55: neither the low bits hashbrown takes a position from
    /// (a part has 2^16 buckets) nor the top seven it keeps as each value's tag.
    fn shard(&self, hash: u64) -> usize {
        let bits = (hash >> 24) & 0xFFFF_FFFF;
        ((bits * self.shards.len() as u64) >> 32) as usize
    }

    pub(super) fn find(&self, hash: u64, eq: impl FnMut(&u32) -> bool) -> Option<&u32> {
        self.shards[self.shard(hash)].find(hash, eq)
    }

    pub(super) fn entry(
        &mut self,
        hash: u64,
        eq: impl FnMut(&u32) -> bool,
        rehash: impl Fn(&u32) -> u64,
    ) -> Entry<'_, u32> {
        let at = self.shard(hash);
        self.shards[at].entry(hash, eq, rehash)
    }

    pub(super) fn find_entry(
        &mut self,
        hash: u64,
        eq: impl FnMut(&u32) -> bool,
    ) -> Result<OccupiedEntry<'_, u32>, AbsentEntry<'_, u32>> {
        let at = self.shard(hash);
        self.shards[at].find_entry(hash, eq)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(v: u32) -> u64 {
        u64::from(v).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn insert(t: &mut ShardedTable, v: u32) {
        match t.entry(spread(v), |&x| x == v, |&x| spread(x)) {
            Entry::Occupied(_) => panic!("{v} inserted twice"),
            Entry::Vacant(e) => {
                e.insert(v);
            }
        }
    }

    fn len(t: &ShardedTable) -> usize {
        t.shards.iter().map(HashTable::len).sum()
    }

    #[test]
    fn values_are_found_and_removed_across_parts() {
        let mut t = ShardedTable::new(200_000, true);
        assert_eq!(t.shards.len(), 5);
        for v in 0..10_000u32 {
            insert(&mut t, v);
        }
        assert_eq!(len(&t), 10_000);
        // Every part holds some: the bits that choose a part vary for these hashes.
        assert!(t.shards.iter().all(|s| !s.is_empty()));
        for v in (0..10_000u32).step_by(2) {
            t.find_entry(spread(v), |&x| x == v)
                .expect("present")
                .remove();
        }
        assert_eq!(len(&t), 5_000);
        assert!(t.find(spread(4), |&x| x == 4).is_none());
        assert_eq!(t.find(spread(5), |&x| x == 5), Some(&5));
    }

    #[test]
    fn a_full_window_sliding_on_grows_no_part() {
        let values = 400_000;
        let mut t = ShardedTable::new(values, true);
        let buckets: Vec<usize> = t.shards.iter().map(HashTable::capacity).collect();
        let live = values as u32;
        // The window full, then ten times as many values through it: each insert comes with the
        // removal of the oldest, as the window evicts.
        for v in 0..live * 10 {
            insert(&mut t, v);
            if v >= live {
                let old = v - live;
                t.find_entry(spread(old), |&x| x == old)
                    .expect("the oldest value is there")
                    .remove();
            }
        }
        assert_eq!(len(&t), values);
        let grown: Vec<usize> = t.shards.iter().map(HashTable::capacity).collect();
        assert_eq!(grown, buckets, "no part grew");
        assert!((live * 9..live * 10).all(|v| t.find(spread(v), |&x| x == v) == Some(&v)));
    }
}
