//! How cost grows with article size and with the dedup window's size, on one core.
//!
//! cargo run --release --example scaling
//!
//! Article size: the whole pipeline (normalize, dedup, enrich) on text articles of about 1, 4, 16
//! and 64 KB (distinct synthetic stories joined). Window size: dedup lookup+insert of 4 KB
//! articles against a window already holding 1k, 10k, 100k and 1M stories.

use std::time::Instant;

use wirestream::article::{Article, Format, RawMessage};
use wirestream::corpus::{short_story, Corpus, Shape};
use wirestream::pipeline::dedup::{DedupConfig, Deduplicator};
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};
use wirestream::pipeline::{Outcome, Pipeline};

fn main() {
    let corpus = Corpus::new(42, 0.0);
    println!("article size -> whole pipeline, one core");
    for stories in [0usize, 1, 4, 16] {
        let n = 2000 / stories.max(1);
        let payloads: Vec<String> = (0..n)
            .map(|i| {
                if stories == 0 {
                    // About 1 KB: the head of one story.
                    let full = corpus.render(i, Shape::Text);
                    let cut = full
                        .char_indices()
                        .nth(1100)
                        .map_or(full.len(), |(at, _)| at);
                    let end = full[..cut].rfind("\n\n").unwrap_or(cut);
                    full[..end].to_owned()
                } else {
                    (0..stories)
                        .map(|k| corpus.render(i * stories + k, Shape::Text))
                        .collect::<Vec<_>>()
                        .join("\n\n")
                }
            })
            .collect();
        let bytes: usize = payloads.iter().map(String::len).sum();
        let mut pipeline = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        let started = Instant::now();
        for (i, p) in payloads.iter().enumerate() {
            let mut m = RawMessage::from_payload(p.as_str());
            m.id = Some(format!("s{i}"));
            assert!(matches!(pipeline.process(&m, 0), Outcome::Event(_)));
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "  {:>6.1} KB: {:>8.0} articles/s  {:>6.1} MB/s  {:>7.1} µs/article",
            bytes as f64 / n as f64 / 1024.0,
            n as f64 / secs,
            bytes as f64 / secs / 1e6,
            secs * 1e6 / n as f64
        );
    }

    println!("dedup window size -> lookup+insert of 4 KB articles, one core");
    let normalizer = Normalizer::new(NormalizeConfig::default());
    let probes: Vec<Article> = (0..2000)
        .map(|i| {
            let mut m = RawMessage::from_payload(corpus.render(10_000_000 + i, Shape::Text));
            m.id = Some(format!("p{i}"));
            normalizer.normalize(&m).expect("normalizes")
        })
        .collect();
    for size in [1_000usize, 10_000, 100_000, 1_000_000] {
        let before = wirestream::telemetry::resident_memory_kib();
        let mut window = Deduplicator::new(DedupConfig {
            max_entries: size + probes.len() + 1,
            ..DedupConfig::default()
        });
        let mut a = Article::new(String::new(), Format::Text);
        for i in 0..size {
            a.id = format!("f{i}");
            a.body = short_story(i);
            window.check(&a, 0);
        }
        let filled = wirestream::telemetry::resident_memory_kib();
        let started = Instant::now();
        for p in &probes {
            window.check(p, 0);
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "  {:>9} entries: {:>8.0} lookups+inserts/s  {:>6.1} µs each  window RSS {:>6.1} MiB",
            size,
            probes.len() as f64 / secs,
            secs * 1e6 / probes.len() as f64,
            filled.saturating_sub(before) as f64 / 1024.0
        );
        drop(window);
    }
}
