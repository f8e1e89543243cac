//! Start-up cost of enrichment: time and resident memory to load the embedded gazetteer and build
//! the phrase lexicon (what the first article would otherwise pay).
//!
//! cargo run --release --example enrich_startup

use std::time::Instant;

use wirestream::pipeline::enrich::Enricher;

fn main() {
    // The process settings the binary runs with (no transparent huge pages among them).
    wirestream::memory::tune();
    let before = wirestream::telemetry::resident_memory_kib();
    let started = Instant::now();
    let _enricher = Enricher::new();
    let elapsed = started.elapsed();
    let after = wirestream::telemetry::resident_memory_kib();
    println!(
        "gazetteer + lexicon loaded in {:.0} ms, {:.1} MiB resident",
        elapsed.as_secs_f64() * 1000.0,
        (after - before) as f64 / 1024.0
    );
}
