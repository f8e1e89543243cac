//! Memory of the dedup window: fills it with N distinct stories and reports the process's resident
//! memory before and after, and the bytes per entry. Then, as a running processor does, it goes
//! on with CHURN more stories through the full window (each evicts the oldest) and reports the
//! resident memory again, and its peak.
//!
//! cargo run --release --example dedup_memory -- [N] [CHURN]   (defaults 1,000,000 and N/2)

use std::time::Instant;

use wirestream::article::{Article, Format};
use wirestream::pipeline::dedup::{DedupConfig, Deduplicator};

fn main() {
    // The process settings the binary runs with (no transparent huge pages among them).
    wirestream::memory::tune();
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(1_000_000, |s| s.parse().expect("N"));
    let churn: usize = args.next().map_or(n / 2, |s| s.parse().expect("CHURN"));
    // A vocabulary as big as a news corpus's, so that distinct stories have distinct band keys
    // as real ones do (the band index is the window's largest table).
    let words: Vec<String> = (0..50_000).map(|w| format!("w{w:x}")).collect();
    let mut a = Article::new(String::new(), Format::Text);
    // Story i: a distinct 60-word body (enough shingles for a full signature) and, as in the
    // processor, an origin (a hash of topic, partition and offset) the window indexes to
    // recognise redeliveries.
    let mut check = |d: &mut Deduplicator, i: usize| {
        let mut body = String::with_capacity(400);
        let mut x = i as u64 * 2_654_435_761 + 1;
        for _ in 0..60 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            body.push_str(&words[(x % words.len() as u64) as usize]);
            body.push(' ');
        }
        a.id = format!("story-{i}");
        a.body = body;
        let origin = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        d.check_and_record(&a, origin, 0);
    };
    let before = wirestream::telemetry::resident_memory_kib();
    let mut d = Deduplicator::new(DedupConfig {
        max_entries: n,
        ..DedupConfig::default()
    });
    let started = Instant::now();
    for i in 0..n {
        check(&mut d, i);
    }
    let elapsed = started.elapsed();
    let full = wirestream::telemetry::resident_memory_kib();
    println!(
        "{n} entries: RSS {:.1} MiB -> {:.1} MiB ({:.0} bytes/entry; peak {:.1} MiB), filled in {:.1} s ({:.0} checks/s incl. signatures)",
        before as f64 / 1024.0,
        full as f64 / 1024.0,
        (full - before) as f64 * 1024.0 / n as f64,
        wirestream::telemetry::peak_resident_memory_kib() as f64 / 1024.0,
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64()
    );
    let started = Instant::now();
    for i in n..n + churn {
        check(&mut d, i);
    }
    let elapsed = started.elapsed();
    let after = wirestream::telemetry::resident_memory_kib();
    println!(
        "{churn} more through the full window ({} evicted, {:.0} checks/s): RSS {:.1} MiB, peak {:.1} MiB",
        d.evictions(),
        churn as f64 / elapsed.as_secs_f64(),
        after as f64 / 1024.0,
        wirestream::telemetry::peak_resident_memory_kib() as f64 / 1024.0
    );
}
