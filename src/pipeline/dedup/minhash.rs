//! MinHash signatures over word shingles (Broder 1997), for near-duplicate detection with
//! locality-sensitive banding: two bodies whose shingle sets have Jaccard similarity J agree on a
//! band of r rows with probability J^r, so with b bands they meet in some band with probability
//! 1 - (1 - J^r)^b.

use xxhash_rust::xxh3::xxh3_64;

/// Per-hash-function (multiplier, increment), odd multipliers for a bijection on u64.
fn params(n: usize) -> Vec<(u64, u64)> {
    (0..n as u64)
        .map(|i| {
            let a = xxh3_64(&i.to_le_bytes()) | 1;
            let b = xxh3_64(&(i ^ 0x5bd1_e995).to_le_bytes());
            (a, b)
        })
        .collect()
}

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
    params: Vec<(u64, u64)>,
    shingle_words: usize,
}

impl MinHasher {
    pub fn new(num_hashes: usize, shingle_words: usize) -> Self {
        Self {
            params: params(num_hashes),
            shingle_words: shingle_words.max(1),
        }
    }

    /// The signature: for each hash function, the smallest value over the body's shingles.
    pub fn signature(&self, body: &str) -> Vec<u32> {
        let words = word_hashes(body);
        let k = self.shingle_words.min(words.len().max(1));
        let mut sig = vec![u32::MAX; self.params.len()];
        if words.is_empty() {
            return sig;
        }
        for window in words.windows(k) {
            // Order-sensitive combination of the shingle's word hashes.
            let shingle = window
                .iter()
                .enumerate()
                .fold(0u64, |acc, (j, w)| {
                    acc ^ w.rotate_left((j as u32 * 17) % 64)
                })
                .wrapping_mul(0x9E37_79B9_7F4A_7C15);
            for (slot, (a, b)) in sig.iter_mut().zip(&self.params) {
                let h = (a.wrapping_mul(shingle).wrapping_add(*b) >> 32) as u32;
                if h < *slot {
                    *slot = h;
                }
            }
        }
        sig
    }
}

/// The share of positions where two signatures agree: an unbiased estimate of Jaccard similarity.
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len().max(1) as f64
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
        let a = "The central bank raised its key interest rate by a quarter point on Thursday, citing inflation that has stayed above target for two years. Officials said more increases were possible if prices kept rising. Markets had expected the move.";
        let trimmed = "The central bank raised its key interest rate by a quarter point on Thursday, citing inflation that has stayed above target for two years. Officials said more increases were possible if prices kept rising.";
        let other = "Floods swept through three northern villages overnight, destroying bridges and cutting power to thousands of homes, the disaster agency said on Friday.";
        let (sa, st, so) = (m.signature(a), m.signature(trimmed), m.signature(other));
        assert!(similarity(&sa, &st) > 0.6, "{}", similarity(&sa, &st));
        assert!(similarity(&sa, &so) < 0.1, "{}", similarity(&sa, &so));
        assert_eq!(similarity(&sa, &m.signature(a)), 1.0);
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
