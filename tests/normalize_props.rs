//! Property tests: whatever bytes arrive, the pipeline neither panics nor loops, and what it emits
//! keeps its invariants (clean UTF-8 body, entity offsets inside the body and on its text).

use proptest::prelude::*;
use wirestream::article::RawMessage;
use wirestream::pipeline::dedup::DedupConfig;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};
use wirestream::pipeline::{Outcome, Pipeline};

/// The `raw` payloads of a JSON Lines fixture file.
fn raws(path: &str) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["raw"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn seeds() -> Vec<String> {
    let mut v = raws(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/normalize/cases.jsonl"
    ));
    v.extend(raws(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/demo/articles.jsonl"
    )));
    v
}

const SNIPPETS: &[&str] = &[
    "<",
    ">",
    "&",
    "&#x;",
    "&#99999999;",
    "&amp",
    "(",
    ")",
    " -- ",
    " (AP) - ",
    "\u{200b}",
    "<p>",
    "</p>",
    "]]>",
    "<![CDATA[",
    "<!DOCTYPE x>",
    "\u{85}",
    "\u{feff}",
    "é",
    "\u{301}",
    "\n\n",
    "\r\n",
    "{",
    "}",
    "\"",
    "\\",
    "By ",
    "(END)",
    "==",
    "https://",
    "?utm_source=x",
    "\t",
    "  ",
    "Copyright",
    "(Yonhap)",
];

fn check(outcome: &Outcome) -> Result<(), TestCaseError> {
    if let Outcome::Event(e) = outcome {
        let body = &e.article.body;
        prop_assert!(!body.is_empty());
        prop_assert!(!body.contains("\n\n\n"));
        prop_assert!(
            !body.chars().any(|c| c.is_control() && c != '\n'),
            "control character in body"
        );
        if let Some(t) = &e.article.title {
            prop_assert!(!t.contains('\n'));
        }
        for ent in &e.entities {
            for m in &ent.mentions {
                prop_assert!(m.start < m.end && m.end <= body.len());
                prop_assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
                prop_assert_eq!(&body[m.start..m.end], m.text.as_str());
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        check(&p.process(&RawMessage::from_payload(bytes), 0))?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,600}") {
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        check(&p.process(&RawMessage::from_payload(text), 0))?;
    }

    #[test]
    fn mutated_wire_copy_keeps_invariants(
        seed in 0usize..64,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..SNIPPETS.len(), 0u8..3), 1..12),
    ) {
        let seeds = seeds();
        let mut text = seeds[seed % seeds.len()].clone();
        for (at, snippet, op) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) { i -= 1; }
            match op {
                0 => text.insert_str(i, SNIPPETS[snippet]),
                1 => text.truncate(i),
                _ => { let mut j = (i + 40).min(text.len()); while !text.is_char_boundary(j) { j -= 1; } text.replace_range(i..j, ""); }
            }
        }
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        check(&p.process(&RawMessage::from_payload(text), 0))?;
    }
}

#[test]
fn hostile_shapes_are_rejected_not_crashed() {
    let n = Normalizer::new(NormalizeConfig::default());
    let reason = |payload: Vec<u8>| {
        n.normalize(&RawMessage::from_payload(payload))
            .unwrap_err()
            .reason
    };
    assert_eq!(reason(vec![b'a'; 10 * 1024 * 1024]), "too_large");
    let deep_json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(reason(deep_json.into_bytes()), "json_too_deep");
    let deep_xml = format!(
        "<newsItem>{}{}</newsItem>",
        "<a>".repeat(10_000),
        "</a>".repeat(10_000)
    );
    assert_eq!(reason(deep_xml.into_bytes()), "xml_too_deep");
    let xxe = r#"<?xml version="1.0"?><!DOCTYPE n [<!ENTITY x SYSTEM "file:///etc/passwd">]><newsItem><contentMeta><headline>&x;</headline></contentMeta></newsItem>"#;
    assert_eq!(reason(xxe.as_bytes().to_vec()), "xml_doctype");
    let undefined = "<newsItem><contentMeta><headline>&x;</headline></contentMeta></newsItem>";
    assert_eq!(reason(undefined.as_bytes().to_vec()), "xml_entity");
}
