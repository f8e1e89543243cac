//! Normalization on hand-written wire copy (fixtures/normalize/cases.jsonl): one case per payload
//! shape and hard pattern, each with the fields it must yield and strings that must leave the body.

use serde::Deserialize;
use wirestream::article::RawMessage;
use wirestream::pipeline::normalize::{NormalizeConfig, Normalizer};

#[derive(Deserialize)]
struct Case {
    id: String,
    raw: String,
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Expect {
    title: Option<String>,
    section: Option<String>,
    canonical_url: Option<String>,
    wire: Option<String>,
    place: Option<String>,
    country: Option<String>,
    format: Option<String>,
    captions: Option<usize>,
    body_first: Option<String>,
    absent: Vec<String>,
}

#[test]
fn hand_written_cases() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/normalize/cases.jsonl"
    ))
    .unwrap();
    let normalizer = Normalizer::new(NormalizeConfig::default());
    let mut failures = Vec::new();
    for line in text.lines() {
        let case: Case = serde_json::from_str(line).unwrap();
        let a = match normalizer.normalize(&RawMessage::from_payload(case.raw.clone())) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: rejected: {e}", case.id));
                continue;
            }
        };
        let e = &case.expect;
        let dl = a.dateline.clone().unwrap_or_default();
        let format = serde_json::to_value(a.format)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned();
        let checks: [(&str, Option<&String>, Option<String>); 7] = [
            ("title", e.title.as_ref(), a.title.clone()),
            ("section", e.section.as_ref(), a.section.clone()),
            (
                "canonical_url",
                e.canonical_url.as_ref(),
                a.canonical_url.clone(),
            ),
            ("wire", e.wire.as_ref(), a.wire.clone()),
            ("place", e.place.as_ref(), dl.place.clone()),
            ("country", e.country.as_ref(), dl.country.clone()),
            ("format", e.format.as_ref(), Some(format)),
        ];
        for (field, want, got) in checks {
            if let Some(want) = want {
                if got.as_ref() != Some(want) {
                    failures.push(format!("{}: {field} = {got:?}, want {want:?}", case.id));
                }
            }
        }
        if let Some(n) = e.captions {
            if a.captions.len() != n {
                failures.push(format!(
                    "{}: {} captions, want {n}",
                    case.id,
                    a.captions.len()
                ));
            }
        }
        if let Some(first) = &e.body_first {
            if !a.body.starts_with(first.as_str()) {
                failures.push(format!(
                    "{}: body starts {:?}",
                    case.id,
                    &a.body[..a.body.len().min(80)]
                ));
            }
        }
        for s in &e.absent {
            if a.body.contains(s.as_str()) {
                failures.push(format!("{}: body still contains {s:?}", case.id));
            }
        }
        if a.body.contains("\n\n\n")
            || a.body.starts_with(char::is_whitespace)
            || a.body.ends_with(char::is_whitespace)
        {
            failures.push(format!("{}: body whitespace not normalized", case.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
