//! Configuration: `config/default.toml` (built in), an optional file, then `WIRESTREAM__SECTION__KEY`
//! environment variables. Invalid settings fail at start with a message naming the key.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;

use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};

use crate::pipeline::dedup::DedupConfig;
use crate::pipeline::normalize::NormalizeConfig;

pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// librdkafka properties passed through verbatim.
pub type ClientProperties = BTreeMap<String, String>;

/// Where duplicates go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateRouting {
    /// Published to the output topic, flagged `dedup.status = "duplicate"`.
    Flag,
    /// Published to `duplicates_topic` instead of the output topic.
    Topic,
    /// Not published; counted in `wirestream_duplicates_total`.
    Drop,
}

impl DuplicateRouting {
    /// The setting's value as written in configuration, also the metric label.
    pub fn as_str(self) -> &'static str {
        match self {
            DuplicateRouting::Flag => "flag",
            DuplicateRouting::Topic => "topic",
            DuplicateRouting::Drop => "drop",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KafkaSettings {
    /// Bootstrap servers, comma-separated host:port.
    pub brokers: String,
    /// Consumer group shared by all instances.
    pub group_id: String,
    /// Topics to consume raw articles from.
    pub input_topics: Vec<String>,
    /// Topic for enriched events.
    pub output_topic: String,
    /// Topic for input that could not be processed.
    pub dead_letter_topic: String,
    /// What to do with duplicates.
    pub duplicates: DuplicateRouting,
    /// Where duplicates go when `duplicates = "topic"`.
    pub duplicates_topic: String,
    /// Changelog of the dedup window (restored at start, followed while running); empty keeps
    /// the window in memory only.
    #[serde(default)]
    pub dedup_changelog_topic: String,
    /// Largest record wirestream produces (payload plus headers). An event above it becomes a
    /// dead letter (`event_too_large`); a dead letter above it carries the head of the input and
    /// says so in a header. Keep it at or below the broker's and topics' `max.message.bytes`.
    pub max_message_bytes: usize,
    /// librdkafka properties for consumer and producer alike (SASL/TLS).
    #[serde(default)]
    pub client: ClientProperties,
    /// librdkafka properties for the consumer only.
    #[serde(default)]
    pub consumer: ClientProperties,
    /// librdkafka properties for the producer only.
    #[serde(default)]
    pub producer: ClientProperties,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Guarantee {
    AtLeastOnce,
    ExactlyOnce,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessingSettings {
    /// Messages read but not yet acknowledged by the output broker before consumption pauses.
    pub max_in_flight: usize,
    /// Seconds to drain in-flight outputs on SIGTERM/SIGINT.
    pub shutdown_timeout_secs: u64,
    /// Seconds to drain in-flight outputs of revoked partitions on rebalance.
    pub rebalance_drain_timeout_secs: u64,
    /// Delivery guarantee.
    pub guarantee: Guarantee,
    /// Exactly-once only: the producer's transactional.id; empty means `{group_id}-{HOSTNAME}`.
    pub transactional_id: String,
    /// Exactly-once only: most inputs per transaction.
    pub transaction_max_messages: usize,
    /// Exactly-once only: longest a transaction stays open collecting inputs, in milliseconds.
    pub transaction_interval_ms: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpSettings {
    /// Address of the /metrics, /health and /ready server.
    pub address: SocketAddr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    /// "text" or "json".
    pub format: LogFormat,
    /// tracing filter directive; RUST_LOG overrides it.
    pub level: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub kafka: KafkaSettings,
    pub processing: ProcessingSettings,
    pub normalize: NormalizeConfig,
    pub dedup: DedupConfig,
    pub enrich: EnrichSettings,
    pub http: HttpSettings,
    pub log: LogSettings,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrichSettings {
    /// Most entities an event carries; the most salient are kept.
    pub max_entities: usize,
}

/// Property names whose values are never printed.
fn is_secret(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "password",
        "secret",
        "sasl.oauthbearer.config",
        "ssl.key.pem",
        "ssl_key",
        "token",
    ]
    .iter()
    .any(|s| k.contains(s))
}

pub fn redact(props: &ClientProperties) -> ClientProperties {
    props
        .iter()
        .map(|(k, v)| {
            let v = if is_secret(k) {
                "<redacted>".to_owned()
            } else {
                v.clone()
            };
            (k.clone(), v)
        })
        .collect()
}

impl Settings {
    /// Loads defaults, then `file` if given, then the environment (`WIRESTREAM__…`).
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        Self::load_with_env(file, std::env::vars())
    }

    pub fn load_with_env(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> anyhow::Result<Self> {
        let mut builder = config::Config::builder().add_source(config::File::from_str(
            DEFAULT_TOML,
            config::FileFormat::Toml,
        ));
        if let Some(path) = file {
            if !path.exists() {
                bail!("config file {} does not exist", path.display());
            }
            builder = builder.add_source(config::File::from(path).format(config::FileFormat::Toml));
        }
        let env: std::collections::HashMap<String, String> = env
            .into_iter()
            .filter(|(k, _)| k.starts_with("WIRESTREAM__"))
            .collect();
        builder = builder.add_source(
            config::Environment::with_prefix("WIRESTREAM")
                .prefix_separator("__")
                .separator("__")
                .list_separator(",")
                .with_list_parse_key("kafka.input_topics")
                .try_parsing(true)
                .source(Some(env)),
        );
        let settings: Settings = builder
            .build()
            .context("reading configuration")?
            .try_deserialize()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> anyhow::Result<()> {
        let k = &self.kafka;
        if k.brokers.trim().is_empty() {
            bail!("invalid configuration: kafka.brokers must not be empty");
        }
        if k.input_topics.is_empty() || k.input_topics.iter().any(|t| t.trim().is_empty()) {
            bail!("invalid configuration: kafka.input_topics must name at least one topic, none empty");
        }
        for (key, topic) in [
            ("kafka.output_topic", &k.output_topic),
            ("kafka.dead_letter_topic", &k.dead_letter_topic),
        ] {
            if topic.trim().is_empty() {
                bail!("invalid configuration: {key} must not be empty");
            }
            if k.input_topics.contains(topic) {
                bail!("invalid configuration: {key} ({topic}) is also an input topic; that would loop");
            }
        }
        if !k.dedup_changelog_topic.is_empty() && k.input_topics.contains(&k.dedup_changelog_topic)
        {
            bail!("invalid configuration: kafka.dedup_changelog_topic is also an input topic");
        }
        if k.duplicates == DuplicateRouting::Topic && k.duplicates_topic.trim().is_empty() {
            bail!("invalid configuration: kafka.duplicates_topic must be set when kafka.duplicates = \"topic\"");
        }
        if self.kafka.max_message_bytes < 16 * 1024 {
            bail!("invalid configuration: kafka.max_message_bytes must be at least 16384");
        }
        if self.processing.max_in_flight == 0 {
            bail!("invalid configuration: processing.max_in_flight must be at least 1");
        }
        if self.dedup.max_entries == 0 {
            bail!("invalid configuration: dedup.max_entries must be at least 1");
        }
        let d = &self.dedup;
        if d.near && (d.num_bands == 0 || d.rows_per_band == 0 || d.shingle_words == 0) {
            bail!("invalid configuration: dedup.num_bands, dedup.rows_per_band and dedup.shingle_words must be at least 1");
        }
        if d.near && d.sketch_len < d.num_bands * d.rows_per_band {
            bail!(
                "invalid configuration: dedup.sketch_len ({}) must be at least dedup.num_bands x dedup.rows_per_band ({})",
                d.sketch_len,
                d.num_bands * d.rows_per_band
            );
        }
        if self.normalize.max_nesting == 0 {
            bail!("invalid configuration: normalize.max_nesting must be at least 1");
        }
        if self.normalize.max_payload_bytes == 0 {
            bail!("invalid configuration: normalize.max_payload_bytes must be at least 1");
        }
        Ok(())
    }

    /// The settings as JSON with secrets replaced, for `wirestream config` and the start-up log.
    pub fn redacted_json(&self) -> serde_json::Value {
        let mut copy = self.clone();
        copy.kafka.client = redact(&copy.kafka.client);
        copy.kafka.consumer = redact(&copy.kafka.consumer);
        copy.kafka.producer = redact(&copy.kafka.producer);
        serde_json::to_value(copy).expect("settings serialize")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_load_and_validate() {
        let s = Settings::load_with_env(None, env(&[])).unwrap();
        assert_eq!(s.kafka.input_topics, ["articles.raw"]);
        assert_eq!(s.kafka.duplicates, DuplicateRouting::Flag);
        assert_eq!(
            s.kafka
                .consumer
                .get("auto.offset.reset")
                .map(String::as_str),
            Some("earliest")
        );
    }

    #[test]
    fn environment_overrides() {
        let s = Settings::load_with_env(
            None,
            env(&[
                ("WIRESTREAM__KAFKA__BROKERS", "k1:9092,k2:9092"),
                ("WIRESTREAM__KAFKA__INPUT_TOPICS", "a,b"),
                ("WIRESTREAM__PROCESSING__MAX_IN_FLIGHT", "7"),
            ]),
        )
        .unwrap();
        assert_eq!(s.kafka.brokers, "k1:9092,k2:9092");
        assert_eq!(s.kafka.input_topics, ["a", "b"]);
        assert_eq!(s.processing.max_in_flight, 7);
        assert_eq!(s.kafka.dedup_changelog_topic, "articles.dedup-changelog");
        let off = Settings::load_with_env(
            None,
            env(&[("WIRESTREAM__KAFKA__DEDUP_CHANGELOG_TOPIC", "")]),
        )
        .unwrap();
        assert_eq!(
            off.kafka.dedup_changelog_topic, "",
            "an empty value turns the changelog off"
        );
    }

    #[test]
    fn bad_values_name_the_key() {
        let err = Settings::load_with_env(
            None,
            env(&[("WIRESTREAM__PROCESSING__MAX_IN_FLIGHT", "lots")]),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("max_in_flight"), "{err}");
        let err = Settings::load_with_env(None, env(&[("WIRESTREAM__KAFKA__DUPLICATES", "shred")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("duplicates"), "{err}");
        let err = Settings::load_with_env(None, env(&[("WIRESTREAM__DEDUP__SKETCH_LEN", "8")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("dedup.sketch_len (8)"), "{err}");
    }

    #[test]
    fn file_settings_and_redaction() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.toml");
        std::fs::write(
            &path,
            "[kafka]\noutput_topic = \"out\"\n[kafka.client]\n\"sasl.username\" = \"svc\"\n\"sasl.password\" = \"hunter2\"\n",
        )
        .unwrap();
        let s = Settings::load_with_env(Some(&path), env(&[])).unwrap();
        assert_eq!(s.kafka.output_topic, "out");
        assert_eq!(
            s.kafka.client.get("sasl.password").map(String::as_str),
            Some("hunter2")
        );
        let dump = s.redacted_json().to_string();
        assert!(!dump.contains("hunter2"));
        assert!(dump.contains("svc"));
    }

    #[test]
    fn output_equal_to_input_is_refused() {
        let err = Settings::load_with_env(
            None,
            env(&[("WIRESTREAM__KAFKA__OUTPUT_TOPIC", "articles.raw")]),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("kafka.output_topic"), "{err}");
    }
}
