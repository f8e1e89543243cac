//! ASCII letters and digits found a block at a time. Dedup's word hashes and enrichment's
//! tokenizer both walk every word of a body; classifying 64 bytes into one bit mask (sixteen
//! bytes an instruction with SSE2, eight with 64-bit lanes elsewhere) instead of branching on
//! each byte removes the mispredicted branch at the end of every word, which was most of their
//! cost.

/// One in every byte of a lane.
pub const ONES: u64 = 0x0101_0101_0101_0101;
/// The top bit of every byte: set in a lane where a byte is not ASCII.
pub const HIGH: u64 = ONES << 7;
/// Bit 5 of every byte: setting it lower-cases an ASCII letter and leaves a digit as it is.
pub const FOLD: u64 = ONES * 0x20;

/// Eight bytes from `at` as a little-endian lane, if there are eight.
#[inline]
pub fn lane_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The top bit of each byte of `x` (all ASCII) that is a letter or a digit.
// The portable path; x86-64 classifies blocks with SSE2 instead.
#[cfg(any(test, not(target_feature = "sse2")))]
#[inline]
pub fn alnum_bytes(x: u64) -> u64 {
    in_range(x | FOLD, b'a', b'z') | in_range(x, b'0', b'9')
}

/// The top bit of each byte of `v` (all below 0x80) within `lo..=hi`; no addition carries into
/// the next byte for the ranges used here.
// The portable path; x86-64 classifies blocks with SSE2 instead.
#[cfg(any(test, not(target_feature = "sse2")))]
#[inline]
fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = v.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = v.wrapping_add(ONES * u64::from(0x7F - hi));
    at_least_lo & !above_hi & HIGH
}

/// The maximal runs of alphanumeric characters in a text, as byte ranges, in order.
///
/// The text is read in blocks of 64 bytes. For an ASCII block, which bytes belong to words is
/// found sixteen at a time (SSE2; eight with bit tricks elsewhere) and gathered into one 64-bit
/// mask; runs start and end at
/// the mask's rising and falling edges. Walking the edges of a mask held in a register has no
/// chain of dependent loads from one word to the next, which a byte or lane cursor has (that
/// chain was most of the cost of the word hashes and the tokenizer). A block with non-ASCII text
/// is classified character by character.
#[derive(Clone, Copy)]
pub struct WordRuns<'a> {
    text: &'a str,
    /// Start of the loaded block, and of the next one.
    base: usize,
    next: usize,
    /// Bit j: a run starts or ends (just before) byte `base + j`. Starts and ends alternate.
    edges: u64,
    /// Start of a run not yet ended, or [`NO_RUN`].
    open: usize,
}

const NO_RUN: usize = usize::MAX;

impl<'a> WordRuns<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            base: 0,
            next: 0,
            edges: 0,
            open: NO_RUN,
        }
    }

    /// Loads the next block's edges; false past the end of the text.
    #[inline]
    fn load(&mut self) -> bool {
        if self.next >= self.text.len() {
            return false;
        }
        self.base = self.next;
        self.next += 64;
        let mask = word_mask(self.text, self.base);
        // Bits past the text's end are not word bytes, so a run reaching it ends there.
        self.edges = mask ^ ((mask << 1) | u64::from(self.open != NO_RUN));
        true
    }

    /// The next edge of the loaded block.
    #[inline]
    fn pop_edge(&mut self) -> usize {
        let at = self.base + self.edges.trailing_zeros() as usize;
        self.edges &= self.edges - 1;
        at
    }
}

impl Iterator for WordRuns<'_> {
    type Item = (usize, usize);

    // Called once a word by the word hashes and the tokenizer; a call per word costs more than
    // the work.
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            if self.edges != 0 {
                if self.open != NO_RUN {
                    let start = std::mem::replace(&mut self.open, NO_RUN);
                    return Some((start, self.pop_edge()));
                }
                let start = self.pop_edge();
                // Most runs end in the block they start in.
                if self.edges != 0 {
                    return Some((start, self.pop_edge()));
                }
                self.open = start;
            }
            if !self.load() {
                let start = std::mem::replace(&mut self.open, NO_RUN);
                return (start != NO_RUN).then_some((start, self.text.len()));
            }
        }
    }
}

/// Bit j set when byte `base + j` belongs to a word (is part of an alphanumeric character).
#[inline]
fn word_mask(body: &str, base: usize) -> u64 {
    let bytes = body.as_bytes();
    if let Some(block) = bytes.get(base..base + 64) {
        if let Some(mask) = ascii_block_mask(block) {
            return mask;
        }
    } else if let Some(tail) = bytes.get(base..).filter(|t| t.is_ascii()) {
        // The last, short block of an ASCII text (the whole of a headline): padded with
        // spaces, which belong to no word.
        let mut block = [b' '; 64];
        block[..tail.len()].copy_from_slice(tail);
        if let Some(mask) = ascii_block_mask(&block) {
            return mask;
        }
    }
    word_mask_by_chars(body, base)
}

/// [`word_mask`] of a 64-byte block; `None` when it is not all ASCII.
#[inline(always)]
fn ascii_block_mask(block: &[u8]) -> Option<u64> {
    #[cfg(target_feature = "sse2")]
    {
        sse2::ascii_block_mask(block)
    }
    #[cfg(not(target_feature = "sse2"))]
    {
        let mut mask = 0;
        let mut high = 0;
        for (k, chunk) in block.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            high |= x;
            mask |= gather_high_bits(alnum_bytes(x)) << (8 * k);
        }
        (high & HIGH == 0).then_some(mask)
    }
}

/// Sixteen bytes classified per instruction, with SSE2 (part of every x86-64 processor) through
/// `safe_arch`'s safe wrappers.
#[cfg(target_feature = "sse2")]
mod sse2 {
    use safe_arch::{
        bitand_m128i, bitor_m128i, cmp_gt_mask_i8_m128i, cmp_lt_mask_i8_m128i, m128i,
        move_mask_i8_m128i, set_splat_i8_m128i,
    };

    /// Lanes of `x` within `lo..=hi`. The compares are signed: bytes from 0x80 up are negative,
    /// so they fall in no ASCII range.
    #[inline(always)]
    fn within(x: m128i, lo: u8, hi: u8) -> m128i {
        bitand_m128i(
            cmp_gt_mask_i8_m128i(x, set_splat_i8_m128i((lo - 1) as i8)),
            cmp_lt_mask_i8_m128i(x, set_splat_i8_m128i((hi + 1) as i8)),
        )
    }

    #[inline(always)]
    pub(super) fn ascii_block_mask(block: &[u8]) -> Option<u64> {
        let mut mask = 0;
        let mut wide = 0;
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            let v = m128i::from(<[u8; 16]>::try_from(chunk).unwrap_or([0; 16]));
            let folded = bitor_m128i(v, set_splat_i8_m128i(0x20));
            let alnum = bitor_m128i(within(folded, b'a', b'z'), within(v, b'0', b'9'));
            mask |= u64::from(move_mask_i8_m128i(alnum) as u16) << (16 * k);
            wide |= move_mask_i8_m128i(v);
        }
        (wide == 0).then_some(mask)
    }
}

/// The top bit of each byte of `x` as one bit each, byte k's at bit k: the multiplier's terms
/// move byte k's top bit (bit 8k + 7) to bit 56 + k, and no two products overlap, so nothing
/// carries.
// The portable path; x86-64 classifies blocks with SSE2 instead.
#[cfg(any(test, not(target_feature = "sse2")))]
#[inline]
pub fn gather_high_bits(x: u64) -> u64 {
    ((x & HIGH).wrapping_mul(0x0002_0408_1020_4081)) >> 56
}

/// [`word_mask`] for a block with non-ASCII text or the body's last, short block: each byte of a
/// character is a word byte when the character is alphanumeric.
#[cold]
#[inline(never)]
fn word_mask_by_chars(body: &str, base: usize) -> u64 {
    let end = (base + 64).min(body.len());
    // The character holding `base` may have started in the block before.
    let mut from = base;
    while !body.is_char_boundary(from) {
        from -= 1;
    }
    let mut mask = 0u64;
    for (offset, c) in body[from..].char_indices() {
        let at = from + offset;
        if at >= end {
            break;
        }
        if c.is_alphanumeric() {
            for p in at.max(base)..(at + c.len_utf8()).min(end) {
                mask |= 1 << (p - base);
            }
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathering_top_bits_keeps_their_order() {
        for bits in 0u64..256 {
            let spread = (0..8).fold(0u64, |acc, k| acc | ((bits >> k) & 1) << (8 * k + 7));
            assert_eq!(gather_high_bits(spread | 0x0101_0101), bits);
        }
    }

    #[test]
    fn word_runs_are_the_alphanumeric_runs() {
        let text = "Kim Song-nam, 62, met U.S. envoys in Zürich on 2031-05-04 — x\n\
                    SECRETARYGENERAL Ban's aides [sic] Straße 東京 naïve ~end";
        for pad in 0..70 {
            let padded = format!("{}{text}{}", ".".repeat(pad), "é".repeat(pad % 3));
            let runs: Vec<&str> = WordRuns::new(&padded).map(|(s, e)| &padded[s..e]).collect();
            let expected: Vec<&str> = padded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(runs, expected, "pad {pad}");
        }
        assert_eq!(WordRuns::new("").count(), 0);
        assert_eq!(
            WordRuns::new(&"a".repeat(128)).collect::<Vec<_>>(),
            [(0, 128)]
        );
    }

    #[test]
    fn block_masks_match_byte_by_byte_for_every_byte_value() {
        // Four blocks that hold every byte value, each at a different position.
        for rotate in 0..4 {
            let block: Vec<u8> = (0..64u8).map(|k| k.wrapping_mul(4) + rotate).collect();
            for mut block in [block.clone(), block.iter().map(|b| b & 0x7F).collect()] {
                block.rotate_left(usize::from(rotate) * 7);
                let expected = block.iter().enumerate().fold(0u64, |m, (k, b)| {
                    m | u64::from(b.is_ascii_alphanumeric()) << k
                });
                let ascii = block.is_ascii();
                assert_eq!(
                    ascii_block_mask(&block),
                    ascii.then_some(expected),
                    "{block:?}"
                );
            }
        }
    }

    #[test]
    fn every_ascii_byte_is_classified_like_the_standard_library() {
        for b in 0u8..0x80 {
            let lane = u64::from_le_bytes([b'-', b, b'a', b' ', b'Z', b'0', b, b'~']);
            let got = alnum_bytes(lane);
            assert_eq!(
                got & (0x80 << 8) != 0,
                b.is_ascii_alphanumeric(),
                "byte {b:#x}"
            );
            assert_eq!(
                got & (0x80 << 48) != 0,
                b.is_ascii_alphanumeric(),
                "byte {b:#x}"
            );
            assert_eq!(got & 0x80, 0);
            assert_ne!(got & (0x80 << 16), 0);
        }
    }
}
