//! A set of words behind a small Bloom filter. The rules ask word lists about nearly every
//! capitalised word and its neighbours, and almost no word asked about is in the list; a filter
//! over each entry's first byte, last byte and length turns most of them away before the word is
//! hashed ("officials", asked of the nouns for places, shares its first byte and its length with
//! some entries, but rarely all three with one).

use std::borrow::Borrow;
use std::hash::Hash;

use rustc_hash::FxHashSet;

/// A set whose filter has `WORDS` 64-bit words. Two bits are set per entry, so a list of n
/// entries wants a few times 2n bits: the default 512 bits serve the lists of a few dozen to a
/// hundred words the rules ask most; a joined list of hundreds takes more.
#[derive(Debug)]
pub struct FilteredSet<T, const WORDS: usize = 8> {
    set: FxHashSet<T>,
    /// Bits set by [`filter_bits`] for every entry.
    filter: [u64; WORDS],
}

impl<T, const WORDS: usize> Default for FilteredSet<T, WORDS> {
    fn default() -> Self {
        Self {
            set: FxHashSet::default(),
            filter: [0; WORDS],
        }
    }
}

impl<T: Borrow<str> + Hash + Eq, const WORDS: usize> FilteredSet<T, WORDS> {
    pub fn insert(&mut self, word: T) {
        for bit in filter_bits::<WORDS>(word.borrow().as_bytes()) {
            self.filter[bit / 64] |= 1 << (bit % 64);
        }
        self.set.insert(word);
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        filter_bits::<WORDS>(word.as_bytes())
            .iter()
            .all(|&bit| self.filter[bit / 64] & (1 << (bit % 64)) != 0)
            && self.set.contains(word)
    }
}

impl<T: Borrow<str> + Hash + Eq, const WORDS: usize> FromIterator<T> for FilteredSet<T, WORDS> {
    fn from_iter<I: IntoIterator<Item = T>>(words: I) -> Self {
        let mut set = Self::default();
        for w in words {
            set.insert(w);
        }
        set
    }
}

/// The two filter bits of a word: from its first byte, last byte and length, mixed by a
/// multiplication whose top bits depend on all of them.
#[inline]
fn filter_bits<const WORDS: usize>(word: &[u8]) -> [usize; 2] {
    // Two bit positions of up to 16 bits each come out of the 32-bit product.
    const { assert!(WORDS.is_power_of_two() && WORDS <= 1024) };
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return [0, 0];
    };
    let key = u32::from(first) | u32::from(last) << 8 | (word.len().min(255) as u32) << 16;
    let h = key.wrapping_mul(0x9E37_79B1);
    let width = (WORDS * 64).trailing_zeros();
    [
        (h >> (32 - width)) as usize,
        (h >> (32 - 2 * width)) as usize & (WORDS * 64 - 1),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_found_and_near_misses_are_compared() {
        let words = ["minister", "spokeswoman", "envoy", "Ministry", "a", "Ñandú"];
        let set: FilteredSet<&str> = words.into_iter().collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        // Same first byte, last byte and length as members: the filter lets them through and
        // the set says no.
        for w in [
            "mXXXXXXr",
            "sXXXXXXXXXn",
            "eXXXy",
            "ministry",
            "",
            "b",
            "Ñandu",
        ] {
            assert!(!set.contains(w), "{w}");
        }
        let owned: FilteredSet<String> = ["chief".to_owned()].into_iter().collect();
        assert!(owned.contains("chief") && !owned.contains("chef"));
        // A wider filter for a longer list answers the same.
        let many: Vec<String> = (0..500).map(|n| format!("w{n}x")).collect();
        let wide: FilteredSet<&str, 32> = many.iter().map(String::as_str).collect();
        assert!(many.iter().all(|w| wide.contains(w)));
        assert!(!wide.contains("w500x") && !wide.contains("w1y") && !wide.contains(""));
    }
}
