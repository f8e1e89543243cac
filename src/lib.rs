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
pub mod pipeline;
pub mod settings;
pub mod telemetry;
