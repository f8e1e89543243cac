//! Writes the benchmark's synthetic articles as `wirestream process` input, so that the
//! stages' cost on exactly the benchmark's copy can be counted in instructions (callgrind),
//! which this VM's wall-clock noise cannot blur.
//!
//! `cargo run --release --example corpus_dump -- 1000 > /tmp/corpus.jsonl` (seed 42, 10% re-sends,
//! as in `benches/stages.rs`).

use wirestream::corpus::Corpus;

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse().expect("the count is a whole number"))
        .unwrap_or(1000);
    let corpus = Corpus::new(42, 0.1);
    for i in 0..count {
        let g = corpus.article(i);
        let line = serde_json::json!({ "raw": g.payload, "id": g.id });
        println!("{line}");
    }
}
