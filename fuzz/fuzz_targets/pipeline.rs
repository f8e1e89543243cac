//! Any bytes through every stage: an event or a rejection, never a panic, and an event's mention
//! offsets always point inside its body.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirestream::article::RawMessage;
use wirestream::pipeline::dedup::DedupConfig;
use wirestream::pipeline::normalize::NormalizeConfig;
use wirestream::pipeline::{Outcome, Pipeline};

fuzz_target!(|data: &[u8]| {
    let mut pipeline = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
    if let Outcome::Event(event) = pipeline.process(&RawMessage::from_payload(data.to_vec()), 0) {
        let body = &event.article.body;
        for entity in &event.entities {
            for m in &entity.mentions {
                assert!(m.start <= m.end && m.end <= body.len());
                assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
                assert_eq!(&body[m.start..m.end], m.text);
            }
        }
    }
});
