//! `wirestream process`: the pipeline over JSON Lines, without Kafka. One output line per input
//! line, in order: the event as it would be published, or a dead-letter record.

use std::io::{BufRead, Write};

use serde::Deserialize;

use crate::article::RawMessage;
use crate::event::{DeadLetter, Rejection, Stage, SCHEMA_VERSION};
use crate::pipeline::{Outcome, Pipeline};
use crate::settings::Settings;

/// One input line: `{"raw": "...", "id": "...", "key": "...", "headers": {...}}`, or
/// `raw_base64` instead of `raw` for payloads that are not UTF-8 text.
#[derive(Deserialize)]
struct InputLine {
    raw: Option<String>,
    raw_base64: Option<String>,
    id: Option<String>,
    key: Option<String>,
    #[serde(default)]
    headers: serde_json::Map<String, serde_json::Value>,
}

fn to_raw(line: InputLine) -> Result<RawMessage, String> {
    use base64::Engine;
    let payload = match (line.raw, line.raw_base64) {
        (Some(raw), None) => raw.into_bytes(),
        (None, Some(b64)) => base64::engine::general_purpose::STANDARD
            .decode(b64.trim())
            .map_err(|e| format!("raw_base64 is not base64: {e}"))?,
        _ => return Err("exactly one of \"raw\" and \"raw_base64\" is required".into()),
    };
    let headers = line
        .headers
        .into_iter()
        .map(|(k, v)| {
            let value = match v {
                serde_json::Value::String(s) => s.into_bytes(),
                other => other.to_string().into_bytes(),
            };
            (k, value)
        })
        .collect();
    Ok(RawMessage {
        id: line.id,
        key: line.key.map(String::into_bytes),
        payload,
        headers,
        source: None,
        timestamp_ms: None,
    })
}

/// Counts of what `process` wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub events: usize,
    pub duplicates: usize,
    pub dead_letters: usize,
}

pub fn process(
    settings: &Settings,
    input: impl BufRead,
    mut output: impl Write,
) -> anyhow::Result<Summary> {
    let mut pipeline = Pipeline::new(settings.normalize.clone(), settings.dedup.clone())
        .with_max_entities(settings.enrich.max_entities);
    let mut summary = Summary::default();
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line.map_err(|e| anyhow::anyhow!("reading input line {}: {e}", n + 1))?;
        if line.trim_ascii().is_empty() {
            // Blank separator lines are not messages; the one-line-per-message contract counts
            // messages, and a blank line carries none.
            continue;
        }
        let parsed = std::str::from_utf8(&line)
            .map_err(|e| format!("line {} is not UTF-8: {e}", n + 1))
            .and_then(|text| {
                serde_json::from_str::<InputLine>(text)
                    .map_err(|e| format!("line {} is not a {{\"raw\": string}} object: {e}", n + 1))
            })
            .and_then(|parsed| to_raw(parsed).map_err(|e| format!("line {}: {e}", n + 1)));
        let json = match parsed {
            Ok(raw) => {
                // Lines carry no timestamp; their order is their time.
                match pipeline.process(&raw, n as i64) {
                    Outcome::Event(event) => {
                        if event.is_duplicate() {
                            summary.duplicates += 1;
                        }
                        summary.events += 1;
                        serde_json::to_string(&event)?
                    }
                    Outcome::Rejected(rejection) => {
                        summary.dead_letters += 1;
                        dead_letter_line(rejection, &raw)?
                    }
                }
            }
            Err(detail) => {
                summary.dead_letters += 1;
                let rejection = Rejection::new(Stage::Decode, "invalid_input_line", detail);
                dead_letter_line(rejection, &RawMessage::from_payload(line.clone()))?
            }
        };
        writeln!(output, "{json}").map_err(|e| anyhow::anyhow!("writing output: {e}"))?;
    }
    output.flush()?;
    Ok(summary)
}

fn dead_letter_line(error: Rejection, raw: &RawMessage) -> anyhow::Result<String> {
    Ok(serde_json::to_string(&DeadLetter {
        schema_version: SCHEMA_VERSION,
        error,
        id: raw.article_id(),
        source: raw.source.clone(),
        raw: String::from_utf8_lossy(&raw.payload).into_owned(),
    })?)
}
