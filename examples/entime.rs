use std::time::Instant;
use wirestream::article::RawMessage;
use wirestream::corpus::Corpus;
use wirestream::pipeline::enrich::Enricher;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};
fn main() {
    let corpus = Corpus::new(42, 0.1);
    let n = Normalizer::new(NormalizeConfig::default());
    let arts: Vec<_> = (0..1000)
        .map(|i| {
            let g = corpus.article(i);
            let mut m = RawMessage::from_payload(g.payload);
            m.id = Some(g.id);
            n.normalize(&m).unwrap()
        })
        .collect();
    let e = Enricher::new();
    for _ in 0..3 {
        let t = Instant::now();
        let mut x = 0usize;
        for _ in 0..5 {
            for a in &arts {
                x += wirestream::pipeline::enrich::tokens::tokenize(&a.body).len();
            }
        }
        println!(
            "tokenize {:.2} us {x}",
            t.elapsed().as_secs_f64() * 1e6 / 5000.0
        );
        let t = Instant::now();
        let mut x = 0usize;
        for _ in 0..5 {
            for a in &arts {
                x += e.enrich(a).entities.len();
            }
        }
        println!(
            "enrich {:.2} us {x}",
            t.elapsed().as_secs_f64() * 1e6 / 5000.0
        );
    }
}
