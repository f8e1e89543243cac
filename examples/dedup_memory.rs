//! Memory of the dedup window: fills it with N distinct stories and reports the process's resident
//! memory before and after, and the bytes per entry.
//!
//! cargo run --release --example dedup_memory -- [N]   (default 1,000,000)

use std::time::Instant;

use wirestream::article::{Article, Format};
use wirestream::pipeline::dedup::{DedupConfig, Deduplicator};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(1_000_000, |s| s.parse().expect("N"));
    let words = [
        "port", "rain", "minister", "talks", "grain", "election", "river", "bank", "strike",
        "border", "court", "flood", "vaccine", "budget", "trade", "summit", "drought", "ferry",
        "mine", "tariff",
    ];
    let before = wirestream::telemetry::resident_memory_kib();
    let mut d = Deduplicator::new(DedupConfig {
        max_entries: n + 1,
        ..DedupConfig::default()
    });
    let started = Instant::now();
    let mut a = Article::new(String::new(), Format::Text);
    for i in 0..n {
        // Distinct ~60-word bodies: enough shingles for a full signature.
        let mut body = String::with_capacity(400);
        let mut x = i as u64 * 2_654_435_761 + 1;
        for _ in 0..60 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            body.push_str(words[(x % words.len() as u64) as usize]);
            body.push(' ');
        }
        a.id = format!("story-{i}");
        a.body = body;
        // As in the processor: every story carries its origin (a hash of topic, partition and
        // offset), which the window indexes to recognise redeliveries.
        let origin = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        d.check_and_record(&a, origin, 0);
    }
    let elapsed = started.elapsed();
    let after = wirestream::telemetry::resident_memory_kib();
    println!(
        "{n} entries: RSS {:.1} MiB -> {:.1} MiB ({:.0} bytes/entry), filled in {:.1} s ({:.0} checks/s incl. signatures)",
        before as f64 / 1024.0,
        after as f64 / 1024.0,
        (after - before) as f64 * 1024.0 / n as f64,
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64()
    );
}
