//! Any bytes, with any of the content types that override detection: normalization returns an
//! article or a rejection, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirestream::article::RawMessage;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};

const TYPES: [&str; 5] = ["", "application/json", "application/xml", "text/plain", "application/ninjs+json"];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, payload)) = data.split_first() else {
        return;
    };
    let mut msg = RawMessage::from_payload(payload.to_vec());
    let content_type = TYPES[usize::from(selector) % TYPES.len()];
    if !content_type.is_empty() {
        msg.headers.push(("content-type".into(), content_type.into()));
    }
    let normalizer = Normalizer::new(NormalizeConfig::default());
    if let Ok(article) = normalizer.normalize(&msg) {
        assert!(!article.body.is_empty());
    }
});
