//! The Kafka edges: the source (consumer group with per-partition ack tracking), the sink
//! (idempotent producer) and the runner that moves messages between them through the pipeline.

pub mod ack;
pub mod changelog;
pub mod records;
pub mod runner;
pub mod sink;
pub mod source;
pub mod topics;
pub mod transactional;

use rdkafka::config::ClientConfig;

use crate::settings::KafkaSettings;

/// Properties wirestream sets on the consumer regardless of configuration, because the delivery
/// guarantee depends on them.
pub const ENFORCED_CONSUMER: &[(&str, &str)] = &[
    ("enable.auto.offset.store", "false"),
    ("enable.partition.eof", "false"),
];
/// Properties wirestream sets on the producer regardless of configuration.
pub const ENFORCED_PRODUCER: &[(&str, &str)] = &[("enable.idempotence", "true")];

pub fn consumer_config(k: &KafkaSettings) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &k.brokers)
        .set("group.id", &k.group_id)
        .set("enable.auto.commit", "true");
    for (key, v) in k.client.iter().chain(&k.consumer) {
        c.set(key, v);
    }
    for (key, v) in ENFORCED_CONSUMER {
        c.set(*key, *v);
    }
    c
}

/// A plain reader (no consumer group) with the shared client properties: used for the dedup
/// changelog, which every instance reads whole.
pub fn reader_config(k: &KafkaSettings) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &k.brokers)
        .set("group.id", format!("{}-changelog-reader", k.group_id))
        // The restore reads the whole changelog as fast as it can; librdkafka's default prefetch
        // (64 MB) on top of the window being rebuilt was the processor's peak memory. Changelog
        // records are small, so 4 MB is about 18k of them: with a 1M window the peak fell from
        // about 305 MB at 16 MB to 265 MB, and the restore took no longer (2 MB: 250 MB, but the
        // restore slowed from 2.4 to 3.6 s).
        .set("queued.max.messages.kbytes", "4096")
        // And fetch again soon once that bound is reached (librdkafka waits a second).
        .set("fetch.queue.backoff.ms", "20");
    for (key, v) in &k.client {
        c.set(key, v);
    }
    c
}

pub fn producer_config(k: &KafkaSettings) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &k.brokers);
    // Room for kafka.max_message_bytes plus librdkafka's per-message overhead, unless set.
    c.set(
        "message.max.bytes",
        (k.max_message_bytes + 64 * 1024).max(1_000_000).to_string(),
    );
    for (key, v) in k.client.iter().chain(&k.producer) {
        c.set(key, v);
    }
    for (key, v) in ENFORCED_PRODUCER {
        c.set(*key, *v);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;
    use rdkafka::producer::BaseProducer;

    /// TLS and SASL settings from a configuration file reach every client, and this build of
    /// librdkafka accepts them (it is compiled with OpenSSL; without it `SASL_SSL` is refused).
    #[test]
    fn tls_and_sasl_settings_reach_the_clients() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secure.toml");
        std::fs::write(
            &path,
            "[kafka.client]\n\"security.protocol\" = \"SASL_SSL\"\n\"sasl.mechanisms\" = \"SCRAM-SHA-512\"\n\
             \"sasl.username\" = \"svc\"\n\"sasl.password\" = \"pw\"\n\"ssl.endpoint.identification.algorithm\" = \"https\"\n",
        )
        .unwrap();
        let settings = Settings::load_with_env(Some(&path), Vec::new()).unwrap();
        for config in [
            producer_config(&settings.kafka),
            consumer_config(&settings.kafka),
            reader_config(&settings.kafka),
        ] {
            assert_eq!(config.get("security.protocol"), Some("SASL_SSL"));
            assert_eq!(config.get("sasl.mechanisms"), Some("SCRAM-SHA-512"));
        }
        let created: Result<BaseProducer, _> = producer_config(&settings.kafka).create();
        assert!(created.is_ok(), "{:?}", created.err());
        let mut plain = producer_config(&settings.kafka);
        plain.set("security.protocol", "NOT_A_PROTOCOL");
        assert!(plain.create::<BaseProducer>().is_err());
    }
}
