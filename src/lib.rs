//! wirestream: a Kafka stream processor for wire-service news.
//!
//! `pipeline` holds the Kafka-free stages; `kafka`, `http`, `settings` and `cli` are the edges.

pub mod article;
pub mod cli;
pub mod corpus;
pub mod event;
pub mod gazetteer;
pub mod http;
pub mod kafka;
pub mod memory;
pub mod pipeline;
pub mod settings;
pub mod telemetry;

/// Every stage allocates small strings per article (names, mentions, event fields) and frees
/// them soon after; mimalloc's per-thread free lists serve that pattern with less work than the
/// system allocator. Declared here so tests and benchmarks measure what the binary runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
