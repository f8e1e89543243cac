//! Per-stage and whole-pipeline throughput on the synthetic corpus (3–5 KB wire articles in all
//! four formats). `cargo bench --bench stages`; criterion reports articles/s (elements) and MB/s.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use wirestream::article::{Article, Format, RawMessage};
use wirestream::corpus::{short_story, Corpus};
use wirestream::pipeline::dedup::{DedupConfig, Deduplicator};
use wirestream::pipeline::enrich::Enricher;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};
use wirestream::pipeline::Pipeline;

const BATCH: usize = 1000;

fn messages(duplicate_rate: f64) -> Vec<RawMessage> {
    let corpus = Corpus::new(42, duplicate_rate);
    (0..BATCH)
        .map(|i| {
            let g = corpus.article(i);
            let mut m = RawMessage::from_payload(g.payload);
            m.id = Some(g.id);
            m
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    // The process settings the binary runs with, so that the figures are the binary's.
    wirestream::memory::tune();
    let msgs = messages(0.1);
    let bytes: usize = msgs.iter().map(|m| m.payload.len()).sum();
    let normalizer = Normalizer::new(NormalizeConfig::default());
    let articles: Vec<_> = msgs
        .iter()
        .map(|m| normalizer.normalize(m).expect("corpus normalizes"))
        .collect();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Elements(BATCH as u64));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            msgs.iter()
                .map(|m| normalizer.normalize(m).is_ok() as usize)
                .sum::<usize>()
        })
    });
    let no_lang = Normalizer::new(NormalizeConfig {
        detect_language: false,
        ..NormalizeConfig::default()
    });
    g.bench_function("normalize_without_language_detection", |b| {
        b.iter(|| {
            msgs.iter()
                .map(|m| no_lang.normalize(m).is_ok() as usize)
                .sum::<usize>()
        })
    });
    g.bench_function("dedup", |b| {
        b.iter_batched(
            || Deduplicator::new(DedupConfig::default()),
            |mut d| {
                for (i, a) in articles.iter().enumerate() {
                    d.check(a, i as i64);
                }
                // Returned, so that freeing the window is not timed.
                d
            },
            BatchSize::SmallInput,
        )
    });
    let enricher = Enricher::new();
    g.bench_function("enrich", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| enricher.enrich(a).entities.len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    // The same run, reported once per article and once per byte.
    for (name, throughput) in [
        ("all_stages", Throughput::Elements(BATCH as u64)),
        ("all_stages_bytes", Throughput::Bytes(bytes as u64)),
    ] {
        g.throughput(throughput);
        g.bench_function(name, |b| {
            b.iter_batched(
                || Pipeline::new(NormalizeConfig::default(), DedupConfig::default()),
                |mut p| {
                    msgs.iter()
                        .enumerate()
                        .map(|(i, m)| p.process(m, i as i64))
                        .count()
                },
                BatchSize::SmallInput,
            )
        });
    }
    g.finish();
}

/// Lookup + insert against a full window: 1M remembered stories, evicting as it goes.
fn dedup_window(c: &mut Criterion) {
    wirestream::memory::tune();
    // `cargo test` runs benches once as a smoke test (in a debug build): a small window is enough.
    let full: usize = if std::env::args().any(|a| a == "--bench") {
        1_000_000
    } else {
        10_000
    };
    let mut window = Deduplicator::new(DedupConfig {
        max_entries: full,
        ..DedupConfig::default()
    });
    let mut filler = Article::new(String::new(), Format::Text);
    for i in 0..full {
        filler.id = format!("fill-{i}");
        filler.body = short_story(i);
        window.check_and_record(&filler, origin(i), 0);
    }
    let normalizer = Normalizer::new(NormalizeConfig::default());
    let articles: Vec<Article> = messages(0.1)
        .iter()
        .map(|m| normalizer.normalize(m).expect("corpus normalizes"))
        .collect();
    let mut g = c.benchmark_group("dedup_window_1m");
    g.throughput(Throughput::Elements(articles.len() as u64));
    // Every check comes from a new offset, as in the processor, so none is a redelivery.
    let mut offset = full;
    g.bench_function("lookup_insert_4kb_articles", |b| {
        b.iter(|| {
            articles
                .iter()
                .filter(|a| {
                    offset += 1;
                    let (info, _) = window.check_and_record(a, origin(offset), 0);
                    info.duplicate_of.is_some()
                })
                .count()
        })
    });
    g.finish();
}

/// A stand-in for the hash of an input's topic, partition and offset.
fn origin(offset: usize) -> u64 {
    (offset as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = stages, dedup_window
}
criterion_main!(benches);
