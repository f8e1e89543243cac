//! MinHash signatures over word shingles (Broder 1997), for near-duplicate detection with
//! locality-sensitive banding: two bodies whose shingle sets have Jaccard similarity J agree on a
//! band of r rows with probability J^r, so with b bands they meet in some band with probability
//! 1 - (1 - J^r)^b.
//!
//! Candidates from the bands are verified on a longer sketch of 8-bit MinHash values (b-bit
//! minwise hashing, Li & König 2010): with b = 8 two values agree by chance with probability
//! 1/256, which the estimate corrects for. Forty-eight bytes estimate Jaccard similarity far more
//! tightly than the dozen values the bands use (standard error 0.06 instead of 0.13 at J = 0.25),
//! at the same memory as those values would take.

use xxhash_rust::xxh3::xxh3_64;

use crate::pipeline::ascii_lanes::{lane_at, WordRuns, FOLD, HIGH};

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Lower-cased alphanumeric words of a body, as hashes: each word found by [`WordRuns`] is
/// hashed straight from the body eight bytes at a time; a word holding non-ASCII letters is
/// lower-cased into a buffer first. Words that are equal once lower-cased hash alike, which is
/// all the shingles need.
fn word_hashes(body: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(body.len() / 5 + 1);
    let mut buf = String::new();
    for (start, end) in WordRuns::new(body) {
        push_word(body, start, end, &mut buf, &mut out);
    }
    out
}

/// Hashes the word `body[start..end]` into `out`.
#[inline(always)]
fn push_word(body: &str, start: usize, end: usize, buf: &mut String, out: &mut Vec<u64>) {
    let bytes = body.as_bytes();
    match ascii_word_hash(bytes, start, end) {
        Some(h) => out.push(h),
        None => out.push(other_word_hash(&body[start..end], buf)),
    }
}

/// The hash of the lower-cased ASCII word `bytes[start..end]`, read eight bytes at a time; `None`
/// when the word is not ASCII. Full lanes of eight are mixed in order, the last partial lane and
/// the length go into the MurmurHash3 finaliser, which spreads short words over all 64 bits.
#[inline(always)]
fn ascii_word_hash(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let mut mixed = 0u64;
    let mut seen = 0u64;
    let mut at = start;
    while end - at >= 8 {
        let x = lane_at(bytes, at)?;
        seen |= x;
        mixed = mix_lane(mixed, x | FOLD);
        at += 8;
    }
    let rest = end - at;
    let mut last = 0u64;
    if rest > 0 {
        let keep = (1u64 << (8 * rest)) - 1;
        last = match lane_at(bytes, at) {
            Some(x) => x & keep,
            None => bytes[at..end]
                .iter()
                .rev()
                .fold(0, |acc, &b| (acc << 8) | u64::from(b)),
        };
        seen |= last;
        last = (last | FOLD) & keep;
    }
    if seen & HIGH != 0 {
        return None;
    }
    let mut h = (mixed ^ last ^ (((end - start) as u64) << 58)).wrapping_mul(K);
    h ^= h >> 32;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    Some(h ^ (h >> 29))
}

#[inline]
fn mix_lane(mixed: u64, lane: u64) -> u64 {
    (mixed ^ lane).wrapping_mul(K).rotate_left(29)
}

/// The hash of a word holding non-ASCII characters: lower-cased into `buf`, then hashed as an
/// ASCII word when lower-casing made it one (the Kelvin sign), else with xxh3.
#[cold]
#[inline(never)]
fn other_word_hash(word: &str, buf: &mut String) -> u64 {
    buf.clear();
    word.chars().for_each(|c| buf.extend(c.to_lowercase()));
    ascii_word_hash(buf.as_bytes(), 0, buf.len()).unwrap_or_else(|| xxh3_64(buf.as_bytes()))
}

pub struct MinHasher {
    /// Signature length (bins).
    bins: usize,
    /// Odd multiplier and increment that mix a shingle's hash before binning.
    mix: (u64, u64),
    shingle_words: usize,
}

impl MinHasher {
    pub fn new(num_hashes: usize, shingle_words: usize) -> Self {
        Self {
            bins: num_hashes.max(1),
            mix: (
                xxh3_64(b"wirestream-minhash") | 1,
                xxh3_64(b"wirestream-offset"),
            ),
            shingle_words: shingle_words.max(1),
        }
    }

    /// The signature, by one-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed
    /// once and lands in one of the signature's bins, which keeps its smallest value; empty bins
    /// borrow from the next filled one (rotation densification, Shrivastava 2017). One hash per
    /// shingle instead of one per signature value.
    pub fn signature(&self, body: &str) -> Vec<u32> {
        let words = word_hashes(body);
        let bins = self.bins;
        let mut sig = vec![u32::MAX; bins];
        if words.is_empty() {
            return sig;
        }
        let k = self.shingle_words.min(words.len());
        let (a, b) = self.mix;
        // The shingle at i is the xor of its words, the j-th rotated by 17·j bits, so it is
        // order-sensitive; it rolls from one position to the next in O(1).
        let last_turn = 17 * (k as u32 - 1);
        let mut shingle = words[..k]
            .iter()
            .enumerate()
            .fold(0u64, |acc, (j, w)| acc ^ w.rotate_left(17 * j as u32));
        for i in 0..=words.len() - k {
            if i > 0 {
                shingle = (shingle ^ words[i - 1]).rotate_right(17)
                    ^ words[i + k - 1].rotate_left(last_turn);
            }
            let h = a.wrapping_mul(shingle).wrapping_add(b);
            let h = h ^ (h >> 29);
            let bin = (((h >> 32) as usize) * bins) >> 32;
            sig[bin] = sig[bin].min(h as u32);
        }
        // Densify: an empty bin takes the value of the next filled bin to its right, marked by
        // the distance, so two empty bins agree only when their donors do.
        // Long bodies fill every bin; only short ones need this.
        if !sig.contains(&u32::MAX) {
            return sig;
        }
        let filled: Vec<bool> = sig.iter().map(|&v| v != u32::MAX).collect();
        if filled.iter().any(|&f| f) {
            for i in 0..bins {
                if filled[i] {
                    continue;
                }
                let mut d = 1;
                while !filled[(i + d) % bins] {
                    d += 1;
                }
                sig[i] = sig[(i + d) % bins].wrapping_add((d as u32).wrapping_mul(0x9E37_79B9));
            }
        }
        sig
    }
}

/// What the dedup window keeps of a body for near-duplicate search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// One key per LSH band.
    pub bands: Vec<u32>,
    /// The low byte of every MinHash value.
    pub sketch: Vec<u8>,
}

impl Signature {
    /// Bands from the first `num_bands × rows` values, the sketch from all of them.
    pub fn from_values(values: &[u32], num_bands: usize, rows: usize) -> Self {
        let band_values = &values[..(num_bands * rows).min(values.len())];
        Self {
            bands: band_keys(band_values, rows).collect(),
            sketch: values.iter().map(|&v| v as u8).collect(),
        }
    }
}

/// Estimated Jaccard similarity of two b-bit sketches (b = 8): the share of agreeing bytes,
/// corrected for the 1/256 chance that two different values share their low byte.
pub fn similarity(a: &[u8], b: &[u8]) -> f64 {
    const CHANCE: f64 = 1.0 / 256.0;
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    let share = same as f64 / a.len().max(1) as f64;
    ((share - CHANCE) / (1.0 - CHANCE)).clamp(0.0, 1.0)
}

/// Keys of the signature's bands (`rows` values each), salted by band number.
pub fn band_keys(sig: &[u32], rows: usize) -> impl Iterator<Item = u32> + '_ {
    sig.chunks(rows.max(1)).enumerate().map(|(band, values)| {
        let mut h = (band as u64 + 1).wrapping_mul(K);
        for &v in values {
            h = mix_lane(h, u64::from(v));
        }
        h ^= h >> 32;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        (h ^ (h >> 29)) as u32
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_bodies_have_similar_signatures() {
        let m = MinHasher::new(64, 4);
        let sketch = |body: &str| Signature::from_values(&m.signature(body), 6, 2).sketch;
        let a = "The central bank raised its key interest rate by a quarter point on Thursday, citing inflation that has stayed above target for two years. Officials said more increases were possible if prices kept rising. Markets had expected the move.";
        let trimmed = "The central bank raised its key interest rate by a quarter point on Thursday, citing inflation that has stayed above target for two years. Officials said more increases were possible if prices kept rising.";
        let other = "Floods swept through three northern villages overnight, destroying bridges and cutting power to thousands of homes, the disaster agency said on Friday.";
        let (sa, st, so) = (sketch(a), sketch(trimmed), sketch(other));
        assert!(similarity(&sa, &st) > 0.6, "{}", similarity(&sa, &st));
        assert!(similarity(&sa, &so) < 0.1, "{}", similarity(&sa, &so));
        assert_eq!(similarity(&sa, &sketch(a)), 1.0);
    }

    #[test]
    fn chance_agreement_is_corrected() {
        let a: Vec<u8> = (0..=255).collect();
        let b: Vec<u8> = (0..=255).map(|x: u8| x.wrapping_add(1)).collect();
        assert_eq!(similarity(&a, &b), 0.0);
        let mut c = b.clone();
        c[..129].copy_from_slice(&a[..129]);
        // 129 of 256 agree; one agreement in 256 is expected by chance.
        let expected = (129.0 / 256.0 - 1.0 / 256.0) / (255.0 / 256.0);
        assert!((similarity(&a, &c) - expected).abs() < 1e-12);
        assert!(similarity(&a, &c) < 129.0 / 256.0);
    }

    #[test]
    fn bands_come_from_the_leading_values() {
        let values: Vec<u32> = (0..48).collect();
        let s = Signature::from_values(&values, 6, 2);
        assert_eq!(s.bands.len(), 6);
        assert_eq!(s.sketch.len(), 48);
        let mut tail_changed = values.clone();
        tail_changed[40] = 999;
        let t = Signature::from_values(&tail_changed, 6, 2);
        assert_eq!(s.bands, t.bands);
        assert_ne!(s.sketch, t.sketch);
    }

    #[test]
    fn case_and_punctuation_do_not_matter() {
        let m = MinHasher::new(32, 3);
        assert_eq!(
            m.signature("Rain fell, heavily, in Lima."),
            m.signature("rain fell heavily in lima")
        );
    }

    #[test]
    fn words_hash_alike_whatever_their_case() {
        let h = word_hashes("CAFE, cafe; Café CAFÉ Straße STRASSE 2024 2024x Zoë");
        assert_eq!(h.len(), 9);
        assert_eq!(h[0], h[1]);
        assert_eq!(h[2], h[3]);
        assert_ne!(h[1], h[2]);
        assert_ne!(h[4], h[5]);
        assert_ne!(h[6], h[7]);
        assert_eq!(h[8], word_hashes("ZOË")[0]);
        // A non-ASCII letter after ASCII ones, and non-word characters between words.
        assert_eq!(word_hashes("naïve — x").len(), 2);
        assert_eq!(word_hashes("naïve")[0], word_hashes("NAÏVE")[0]);
        // Long words are read in several lanes; a one-letter change anywhere changes the hash.
        let long = word_hashes(
            "internationalization internationalizatiom Internationalization xnternationalization",
        );
        assert_eq!(long[0], long[2]);
        assert_ne!(long[0], long[1]);
        assert_ne!(long[0], long[3]);
        assert!(word_hashes("").is_empty());
        assert!(word_hashes("  --  ").is_empty());
    }

    /// An ASCII word's hash built one byte at a time: bytes fill little-endian lanes of eight,
    /// full lanes are mixed in as they fill.
    fn byte_by_byte(word: &[u8]) -> u64 {
        let (mut mixed, mut lane) = (0u64, 0u64);
        for (i, &b) in word.iter().enumerate() {
            lane |= u64::from(b | 0x20) << (8 * (i % 8));
            if i % 8 == 7 {
                mixed = mix_lane(mixed, lane);
                lane = 0;
            }
        }
        let mut h = (mixed ^ lane ^ ((word.len() as u64) << 58)).wrapping_mul(K);
        h ^= h >> 32;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^ (h >> 29)
    }

    /// Word hashes the slow, obvious way: split, lower-case, hash each word byte by byte.
    fn reference(body: &str) -> Vec<u64> {
        body.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lower = w.to_lowercase();
                if lower.is_ascii() {
                    byte_by_byte(lower.as_bytes())
                } else {
                    xxh3_64(lower.as_bytes())
                }
            })
            .collect()
    }

    #[test]
    fn lanes_and_bytes_give_the_same_hashes_at_every_alignment() {
        let text = "SEOUL, March 25 (Yonhap) -- North Korea's internationally-minded \
                    Foreign Minister said 2,024 troops—at Café Zoë—would leave; Straße 7x9.";
        // Every placement against the 64-byte blocks and the 8-byte lanes.
        for pad in 0..72 {
            let body = format!("{}{text}{}", " ".repeat(pad), ".".repeat(pad % 9));
            assert_eq!(word_hashes(&body), reference(&body), "pad {pad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lanes_and_bytes_agree_on_any_text(body in "[a-zA-Z0-9 ,.'\\n\\-éÉß—\u{1F600}\u{212A}]{0,200}") {
            proptest::prop_assert_eq!(word_hashes(&body), reference(&body));
        }
    }
}
