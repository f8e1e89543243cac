//! Text forced through the NewsML-G2 decoder (content type application/xml).
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirestream::article::RawMessage;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};

fuzz_target!(|text: &str| {
    let mut msg = RawMessage::from_payload(format!("<newsItem>{text}</newsItem>"));
    msg.headers.push(("content-type".into(), b"application/xml".to_vec()));
    let _ = Normalizer::new(NormalizeConfig::default()).normalize(&msg);
});
