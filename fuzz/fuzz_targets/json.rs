//! Text forced through the JSON envelope and ninjs decoders.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirestream::article::RawMessage;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};

fuzz_target!(|text: &str| {
    let normalizer = Normalizer::new(NormalizeConfig::default());
    for payload in [text.to_owned(), format!("{{\"body\": {text}}}"), format!("{{\"bodies\": [{{\"value\": {text}}}], \"headlines\": [{text}]}}")] {
        let mut msg = RawMessage::from_payload(payload);
        msg.headers.push(("content-type".into(), b"application/json".to_vec()));
        let _ = normalizer.normalize(&msg);
    }
});
