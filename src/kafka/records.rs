//! What gets published for each outcome: the routing rules from the contract, as plain data so they
//! can be tested without a broker.

use crate::article::RawMessage;
use crate::event::{Event, Rejection, SCHEMA_VERSION};
use crate::pipeline::Outcome;
use crate::settings::{DuplicateRouting, KafkaSettings};

pub const CONTENT_TYPE_JSON: &str = "application/json";

/// One record to produce.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub topic: String,
    pub key: Option<Vec<u8>>,
    pub payload: Vec<u8>,
    pub headers: Vec<(String, Vec<u8>)>,
    pub kind: OutputKind,
}

impl Output {
    /// Bytes on the wire, near enough for the size limit: key, payload and headers.
    pub fn size(&self) -> usize {
        self.key.as_ref().map_or(0, Vec::len)
            + self.payload.len()
            + self
                .headers
                .iter()
                .map(|(k, v)| k.len() + v.len() + 8)
                .sum::<usize>()
    }

    pub fn kafka_headers(&self) -> rdkafka::message::OwnedHeaders {
        self.headers.iter().fold(
            rdkafka::message::OwnedHeaders::new_with_capacity(self.headers.len()),
            |h, (key, value)| {
                h.insert(rdkafka::message::Header {
                    key,
                    value: Some(value),
                })
            },
        )
    }

    /// The record to produce, with headers from [`kafka_headers`](Self::kafka_headers) (built
    /// once, cloned per attempt).
    pub fn record<'a>(
        &'a self,
        headers: &rdkafka::message::OwnedHeaders,
    ) -> rdkafka::producer::FutureRecord<'a, Vec<u8>, Vec<u8>> {
        let record = rdkafka::producer::FutureRecord::to(&self.topic)
            .payload(&self.payload)
            .headers(headers.clone());
        match &self.key {
            Some(key) => record.key(key),
            None => record,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    Event,
    Duplicate,
    DeadLetter,
    /// A dedup window entry for the changelog topic.
    Changelog,
}

/// The changelog record of a story the dedup window remembered, keyed by article id.
pub fn changelog_record(
    topic: &str,
    instance: &str,
    record: crate::pipeline::dedup::IndexRecord,
) -> Output {
    Output {
        topic: topic.to_owned(),
        key: Some(record.article_id.clone().into_bytes()),
        payload: super::changelog::encode(instance, record),
        headers: vec![("content-type".into(), CONTENT_TYPE_JSON.into())],
        kind: OutputKind::Changelog,
    }
}

/// The record an outcome becomes, or `None` when a duplicate is dropped by configuration.
pub fn for_outcome(outcome: &Outcome, raw: &RawMessage, kafka: &KafkaSettings) -> Option<Output> {
    match outcome {
        Outcome::Event(event) => {
            let record = event_record(event, kafka)?;
            if record.size() <= kafka.max_message_bytes {
                return Some(record);
            }
            // Publishing it would fail forever and hold the partition back.
            let rejection = Rejection::new(
                crate::event::Stage::Enrich,
                "event_too_large",
                format!(
                    "the event would be {} bytes, over kafka.max_message_bytes = {}",
                    record.size(),
                    kafka.max_message_bytes
                ),
            );
            Some(dead_letter_record(&rejection, raw, kafka))
        }
        Outcome::Rejected(rejection) => Some(dead_letter_record(rejection, raw, kafka)),
    }
}

fn event_record(event: &Event, kafka: &KafkaSettings) -> Option<Output> {
    let (topic, kind) = if event.is_duplicate() {
        match kafka.duplicates {
            DuplicateRouting::Drop => return None,
            DuplicateRouting::Flag => (&kafka.output_topic, OutputKind::Duplicate),
            DuplicateRouting::Topic => (&kafka.duplicates_topic, OutputKind::Duplicate),
        }
    } else {
        (&kafka.output_topic, OutputKind::Event)
    };
    let payload = serde_json::to_vec(event).expect("events serialize");
    let dedup = if event.is_duplicate() {
        "duplicate"
    } else {
        "unique"
    };
    Some(Output {
        topic: topic.clone(),
        key: Some(event.article.id.as_bytes().to_vec()),
        payload,
        headers: vec![
            ("content-type".into(), CONTENT_TYPE_JSON.into()),
            (
                "schema-version".into(),
                SCHEMA_VERSION.to_string().into_bytes(),
            ),
            ("wirestream-dedup".into(), dedup.into()),
        ],
        kind,
    })
}

/// The input unchanged, with headers saying what went wrong and where it came from. An input too
/// large to publish again is cut to fit, and a header gives its original length.
pub fn dead_letter_record(
    rejection: &Rejection,
    raw: &RawMessage,
    kafka: &KafkaSettings,
) -> Output {
    let topic = &kafka.dead_letter_topic;
    let mut headers = raw.headers.clone();
    headers.push(("wirestream-stage".into(), rejection.stage.as_str().into()));
    headers.push((
        "wirestream-reason".into(),
        rejection.reason.clone().into_bytes(),
    ));
    headers.push((
        "wirestream-detail".into(),
        rejection.detail.clone().into_bytes(),
    ));
    if let Some(src) = &raw.source {
        headers.push((
            "wirestream-source-topic".into(),
            src.topic.clone().into_bytes(),
        ));
        headers.push((
            "wirestream-source-partition".into(),
            src.partition.to_string().into_bytes(),
        ));
        headers.push((
            "wirestream-source-offset".into(),
            src.offset.to_string().into_bytes(),
        ));
    }
    let mut output = Output {
        topic: topic.to_owned(),
        key: raw.key.clone(),
        payload: raw.payload.clone(),
        headers,
        kind: OutputKind::DeadLetter,
    };
    let room = kafka
        .max_message_bytes
        .saturating_sub(output.size() - output.payload.len() + 64);
    if output.payload.len() > room {
        output.headers.push((
            "wirestream-payload-truncated".into(),
            raw.payload.len().to_string().into_bytes(),
        ));
        output.payload.truncate(room);
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SourceRef;
    use crate::pipeline::dedup::DedupConfig;
    use crate::pipeline::normalize::NormalizeConfig;
    use crate::pipeline::Pipeline;
    use crate::settings::Settings;

    fn kafka(routing: DuplicateRouting) -> KafkaSettings {
        let mut k = Settings::load_with_env(None, Vec::new()).unwrap().kafka;
        k.duplicates = routing;
        k
    }

    #[test]
    fn outputs_never_exceed_the_message_size_limit() {
        let mut k = kafka(DuplicateRouting::Flag);
        k.max_message_bytes = 20_000;
        let body =
            "The harbour reopened on Friday after a week of repairs to the main quay. ".repeat(400);
        let raw = RawMessage::from_payload(format!("Quay reopens\n\n{body}"));
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        let out = for_outcome(&p.process(&raw, 0), &raw, &k).unwrap();
        assert_eq!(out.kind, OutputKind::DeadLetter);
        let header = |name: &str| {
            out.headers
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
        };
        assert_eq!(
            header("wirestream-reason").as_deref(),
            Some("event_too_large")
        );
        assert_eq!(
            header("wirestream-payload-truncated"),
            Some(raw.payload.len().to_string())
        );
        assert!(out.size() <= k.max_message_bytes, "{}", out.size());
        assert!(raw.payload.starts_with(&out.payload));

        k.max_message_bytes = 1_000_000;
        let out = for_outcome(&p.process(&raw, 1), &raw, &k).unwrap();
        assert_ne!(out.kind, OutputKind::DeadLetter);
    }

    #[test]
    fn duplicates_follow_the_routing_setting() {
        let raw = RawMessage::from_payload("Quay reopens\n\nPIRAEUS (AP) - The harbour reopened on Friday after a week of repairs to the main quay.");
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        let first = p.process(&raw, 0);
        let again = p.process(&raw, 0);
        let unique = for_outcome(&first, &raw, &kafka(DuplicateRouting::Drop)).unwrap();
        assert_eq!(unique.kind, OutputKind::Event);
        assert!(for_outcome(&again, &raw, &kafka(DuplicateRouting::Drop)).is_none());
        let flagged = for_outcome(&again, &raw, &kafka(DuplicateRouting::Flag)).unwrap();
        assert_eq!(flagged.topic, "articles.enriched");
        let routed = for_outcome(&again, &raw, &kafka(DuplicateRouting::Topic)).unwrap();
        assert_eq!(routed.topic, "articles.duplicates");
    }

    #[test]
    fn dead_letter_keeps_payload_and_names_the_source() {
        let mut raw = RawMessage::from_payload(vec![0xff, 0x00]);
        raw.key = Some(b"k".to_vec());
        raw.source = Some(SourceRef {
            topic: "in".into(),
            partition: 2,
            offset: 41,
        });
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        let out = for_outcome(&p.process(&raw, 0), &raw, &kafka(DuplicateRouting::Flag)).unwrap();
        assert_eq!(out.kind, OutputKind::DeadLetter);
        assert_eq!(out.topic, "articles.dead-letter");
        assert_eq!(out.payload, vec![0xff, 0x00]);
        let h = |k: &str| {
            out.headers
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
        };
        assert_eq!(h("wirestream-reason").as_deref(), Some("invalid_utf8"));
        assert_eq!(h("wirestream-source-offset").as_deref(), Some("41"));
    }
}
