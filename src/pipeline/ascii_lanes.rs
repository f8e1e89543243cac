//! ASCII letters and digits found eight bytes at a time. Dedup's word hashes and enrichment's
//! tokenizer both walk every word of a body; testing a 64-bit lane at once instead of branching
//! on each byte removes the mispredicted branch at the end of every word, which was most of
//! their cost.

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
#[inline]
pub fn alnum_bytes(x: u64) -> u64 {
    in_range(x | FOLD, b'a', b'z') | in_range(x, b'0', b'9')
}

/// The top bit of each byte of `v` (all below 0x80) within `lo..=hi`; no addition carries into
/// the next byte for the ranges used here.
#[inline]
fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = v.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = v.wrapping_add(ONES * u64::from(0x7F - hi));
    at_least_lo & !above_hi & HIGH
}

/// Where the run of ASCII letters and digits starting at `from` ends.
#[inline]
pub fn alnum_run_end(bytes: &[u8], mut from: usize) -> usize {
    while let Some(x) = lane_at(bytes, from) {
        // A non-ASCII byte ends the run too: its top bit is set and it is no letter.
        let stop = (!alnum_bytes(x & !HIGH) | x) & HIGH;
        if stop != 0 {
            return from + (stop.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && bytes[from].is_ascii_alphanumeric() {
        from += 1;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_end_where_byte_by_byte_says() {
        let text =
            "Kim Song-nam, 62, met U.S. envoys in Zürich on 2031-05-04 at 09h30 — alongside\n\
                    SECRETARYGENERAL Ban's aides [sic] {x} `y` @z ~end";
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            let slow = from
                + bytes[from..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            assert_eq!(alnum_run_end(bytes, from), slow, "from {from}");
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
