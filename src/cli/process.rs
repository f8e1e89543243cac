//! `wirestream process`: the pipeline over JSON Lines, without Kafka. One output line per input
//! line, in order: the event as it would be published, or a dead-letter record.

use std::io::{BufRead, Write};

use serde::Deserialize;

use crate::article::RawMessage;
use crate::event::{DeadLetter, Rejection, Stage, SCHEMA_VERSION};
use crate::pipeline::{Outcome, Pipeline};
use crate::settings::Settings;

/// One input line: `{"raw": "...", "id": "...", "key": "...", "headers": {...}}`.
#[derive(Deserialize)]
struct InputLine {
    raw: String,
    id: Option<String>,
    key: Option<String>,
    #[serde(default)]
    headers: serde_json::Map<String, serde_json::Value>,
}

fn to_raw(line: InputLine) -> RawMessage {
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
    RawMessage {
        id: line.id,
        key: line.key.map(String::into_bytes),
        payload: line.raw.into_bytes(),
        headers,
        source: None,
        timestamp_ms: None,
    }
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
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| anyhow::anyhow!("reading input line {}: {e}", n + 1))?;
        if line.trim().is_empty() {
            // Blank separator lines are not messages; the one-line-per-message contract counts
            // messages, and a blank line carries none.
            continue;
        }
        let json = match serde_json::from_str::<InputLine>(&line) {
            Ok(parsed) => {
                let raw = to_raw(parsed);
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
            Err(e) => {
                summary.dead_letters += 1;
                let rejection = Rejection::new(
                    Stage::Decode,
                    "invalid_input_line",
                    format!("line {} is not a {{\"raw\": string}} object: {e}", n + 1),
                );
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
