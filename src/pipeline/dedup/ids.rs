//! The ids of the window's stories, kept in the order they were remembered, packed back to back
//! in large chunks.
//!
//! The window forgets stories in the order it remembered them, so a chunk is freed whole once its
//! last story is forgotten. A boxed string per story cost a 16-byte pointer and a length in the
//! entry and the allocator's rounding on top of the id (56 bytes for a 26-byte id); here a story
//! costs its ids' bytes, a byte for each of their lengths and an 8-byte [`IdSpan`].

use std::collections::VecDeque;
use std::num::NonZeroU32;

/// Bytes a chunk is made with; an id span longer than that gets a chunk of its own size.
const CHUNK_BYTES: usize = 64 * 1024;

/// Chunk numbers run 1..=u32::MAX and then start again at 1 (after 256 TiB of ids), so that an
/// [`IdSpan`] holds no zero and `Option<Entry>` needs no room of its own.
const NUMBERS: u64 = u32::MAX as u64;

/// Where one story's ids are. There, the lengths of the two ids (LEB128, one byte each below
/// 128), then its article id, then the id of its cluster's first article when that is another
/// one (else empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct IdSpan {
    chunk: NonZeroU32,
    offset: u32,
}

pub(super) struct IdLog {
    /// Oldest first; the last one is being written.
    chunks: VecDeque<Chunk>,
    /// The number of `chunks[0]`.
    first: NonZeroU32,
}

struct Chunk {
    /// Whole stories' lengths and ids, back to back (see [`IdSpan`]).
    bytes: Vec<u8>,
    /// Stories with ids here that the window still remembers.
    live: u32,
}

impl Default for IdLog {
    fn default() -> Self {
        Self {
            chunks: VecDeque::new(),
            first: NonZeroU32::MIN,
        }
    }
}

impl IdLog {
    /// Stores a story's ids; `first` is empty when the story is the first of its cluster.
    pub(super) fn push(&mut self, article_id: &str, first: &str) -> IdSpan {
        let len =
            leb128_len(article_id.len()) + leb128_len(first.len()) + article_id.len() + first.len();
        let fits = self
            .chunks
            .back()
            .is_some_and(|c| c.bytes.capacity() - c.bytes.len() >= len);
        if !fits {
            self.chunks.push_back(Chunk {
                bytes: Vec::with_capacity(len.max(CHUNK_BYTES)),
                live: 0,
            });
        }
        let number = self.number_of(self.chunks.len() - 1);
        let chunk = self.chunks.back_mut().expect("a chunk was just ensured");
        let offset = chunk.bytes.len();
        leb128(&mut chunk.bytes, article_id.len());
        leb128(&mut chunk.bytes, first.len());
        chunk.bytes.extend_from_slice(article_id.as_bytes());
        chunk.bytes.extend_from_slice(first.as_bytes());
        chunk.live += 1;
        IdSpan {
            chunk: number,
            // A chunk is at most as long as the longest message the consumer accepts.
            offset: u32::try_from(offset).unwrap_or(u32::MAX),
        }
    }

    /// The story's article id.
    pub(super) fn article_id(&self, span: IdSpan) -> &str {
        self.ids(span).0
    }

    /// The id of the story's cluster's first article, when that is another story.
    pub(super) fn first(&self, span: IdSpan) -> Option<&str> {
        Some(self.ids(span).1).filter(|first| !first.is_empty())
    }

    /// Both ids of a story; empty when its chunk is gone (never while it is remembered).
    fn ids(&self, span: IdSpan) -> (&str, &str) {
        let Some(chunk) = self.index_of(span.chunk).and_then(|i| self.chunks.get(i)) else {
            return ("", "");
        };
        let mut rest = chunk.bytes.get(span.offset as usize..).unwrap_or_default();
        let id_len = read_leb128(&mut rest);
        let first_len = read_leb128(&mut rest);
        let text = |from: usize, len: usize| {
            rest.get(from..from + len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default()
        };
        (text(0, id_len), text(id_len, first_len))
    }

    /// The story is forgotten; frees every chunk at the front that no remembered story uses,
    /// except the one being written.
    pub(super) fn forget(&mut self, span: IdSpan) {
        if let Some(chunk) = self
            .index_of(span.chunk)
            .and_then(|i| self.chunks.get_mut(i))
        {
            chunk.live = chunk.live.saturating_sub(1);
        }
        while self.chunks.len() > 1 && self.chunks.front().is_some_and(|c| c.live == 0) {
            self.chunks.pop_front();
            self.first = self.number_of(1);
        }
    }

    /// The number of the chunk `i` places after the first.
    fn number_of(&self, i: usize) -> NonZeroU32 {
        let n = (u64::from(self.first.get()) - 1 + i as u64) % NUMBERS + 1;
        NonZeroU32::new(n as u32).expect("1..=u32::MAX")
    }

    /// Where chunk `number` is in `chunks`, if still held.
    fn index_of(&self, number: NonZeroU32) -> Option<usize> {
        let from = u64::from(self.first.get());
        let i = (u64::from(number.get()) + NUMBERS - from) % NUMBERS;
        usize::try_from(i).ok().filter(|&i| i < self.chunks.len())
    }

    /// Chunks held, for tests.
    #[cfg(test)]
    fn chunks(&self) -> usize {
        self.chunks.len()
    }
}

/// Appends `n` as unsigned LEB128: seven bits a byte, low first, the top bit set on all but the
/// last.
fn leb128(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n & 0x7F) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Bytes [`leb128`] writes for `n`.
fn leb128_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()).max(1).div_ceil(7) as usize
}

/// Reads what [`leb128`] wrote from the front of `bytes`, advancing past it.
fn read_leb128(bytes: &mut &[u8]) -> usize {
    let mut n = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        n |= usize::from(b & 0x7F) << (7 * i).min(63);
        if b & 0x80 == 0 {
            *bytes = &bytes[i + 1..];
            return n;
        }
    }
    *bytes = &[];
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_back_as_stored() {
        let mut log = IdLog::default();
        let a = log.push("story-1", "");
        let b = log.push("copy-7", "story-1");
        let c = log.push("", "story-1");
        assert_eq!((log.article_id(a), log.first(a)), ("story-1", None));
        assert_eq!(
            (log.article_id(b), log.first(b)),
            ("copy-7", Some("story-1"))
        );
        assert_eq!((log.article_id(c), log.first(c)), ("", Some("story-1")));
        let long = "x".repeat(CHUNK_BYTES * 2);
        let d = log.push(&long, "é");
        assert_eq!(
            (log.article_id(d), log.first(d)),
            (long.as_str(), Some("é"))
        );
        assert_eq!(log.article_id(a), "story-1");
    }

    #[test]
    fn chunks_are_freed_once_their_stories_are_forgotten() {
        let mut log = IdLog::default();
        let mut held = VecDeque::new();
        let id = |i: usize| format!("wire-2026-{i:08}");
        // Ten times more stories than a 10,000-story window holds, forgetting the oldest.
        for i in 0..100_000 {
            held.push_back((i, log.push(&id(i), "")));
            if held.len() > 10_000 {
                let (_, old) = held.pop_front().expect("held");
                log.forget(old);
            }
        }
        // 10,000 ids of 18 bytes fill three chunks of 64 KiB; a fourth may be partly freed.
        assert!(log.chunks() <= 4, "{} chunks held", log.chunks());
        assert!(held.iter().all(|&(i, s)| log.article_id(s) == id(i)));
    }

    #[test]
    fn lengths_round_trip_through_leb128() {
        for n in [
            0,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            1 << 31,
            usize::MAX >> 1,
        ] {
            let mut out = Vec::new();
            leb128(&mut out, n);
            assert_eq!(out.len(), leb128_len(n), "{n}");
            out.push(0xAA);
            let mut read = out.as_slice();
            assert_eq!(read_leb128(&mut read), n);
            assert_eq!(read, [0xAA], "{n}: stops after its own bytes");
        }
    }

    #[test]
    fn chunk_numbers_wrap_past_zero() {
        let mut log = IdLog {
            first: NonZeroU32::new(u32::MAX).expect("non-zero"),
            ..IdLog::default()
        };
        let filler = "y".repeat(CHUNK_BYTES);
        let spans: Vec<IdSpan> = (0..3).map(|_| log.push(&filler, "")).collect();
        assert_eq!(
            spans.iter().map(|s| s.chunk.get()).collect::<Vec<_>>(),
            [u32::MAX, 1, 2]
        );
        log.forget(spans[0]);
        assert_eq!(log.first.get(), 1);
        assert_eq!(log.article_id(spans[2]), filler);
        assert_eq!(log.article_id(spans[0]), "", "a freed chunk's ids are gone");
    }
}
