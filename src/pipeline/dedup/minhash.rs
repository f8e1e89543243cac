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

/// Lower-cased alphanumeric words of a body, as hashes.
fn word_hashes(body: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(body.len() / 6);
    let mut buf = String::with_capacity(24);
    for word in body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        buf.clear();
        if word.is_ascii() {
            buf.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            buf.push_str(&word.to_lowercase());
        }
        out.push(xxh3_64(buf.as_bytes()));
    }
    out
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
        for window in words.windows(k) {
            // Order-sensitive combination of the shingle's word hashes, then one mixing step.
            let shingle = window.iter().enumerate().fold(0u64, |acc, (j, w)| {
                acc ^ w.rotate_left((j as u32 * 17) % 64)
            });
            let h = a.wrapping_mul(shingle).wrapping_add(b);
            let h = h ^ (h >> 29);
            let bin = (((h >> 32) as usize) * bins) >> 32;
            let value = h as u32;
            if value < sig[bin] {
                sig[bin] = value;
            }
        }
        // Densify: an empty bin takes the value of the next filled bin to its right, marked by
        // the distance, so two empty bins agree only when their donors do.
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
        let mut bytes = Vec::with_capacity(4 + values.len() * 4);
        bytes.extend_from_slice(&(band as u32).to_le_bytes());
        for v in values {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        xxh3_64(&bytes) as u32
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
}
