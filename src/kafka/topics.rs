//! Creating the topics a configuration names, with the settings each one needs: the dedup
//! changelog is compacted (one record per remembered story) and deletes what is older than the
//! dedup age window, so it never holds more than the window does.

use anyhow::{bail, Context};
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::types::RDKafkaErrorCode;

use crate::settings::{DuplicateRouting, Settings};

/// One topic to create and its configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicSpec {
    pub name: String,
    pub partitions: i32,
    pub config: Vec<(&'static str, String)>,
}

/// The topics `settings` uses: input, output, dead letters, duplicates (when routed to a topic)
/// and the changelog (when enabled).
pub fn specs(settings: &Settings, partitions: i32) -> Vec<TopicSpec> {
    let k = &settings.kafka;
    let plain = |name: &String| TopicSpec {
        name: name.clone(),
        partitions,
        config: Vec::new(),
    };
    let mut out: Vec<TopicSpec> = k.input_topics.iter().map(plain).collect();
    out.push(plain(&k.output_topic));
    out.push(plain(&k.dead_letter_topic));
    if k.duplicates == DuplicateRouting::Topic {
        out.push(plain(&k.duplicates_topic));
    }
    if !k.dedup_changelog_topic.is_empty() {
        out.push(TopicSpec {
            name: k.dedup_changelog_topic.clone(),
            partitions: 1,
            config: vec![
                ("cleanup.policy", "compact,delete".into()),
                (
                    "retention.ms",
                    (settings.dedup.max_age_secs * 1000).to_string(),
                ),
            ],
        });
    }
    out
}

/// Creates what is missing; returns each topic with "created" or "exists".
pub async fn create(
    settings: &Settings,
    partitions: i32,
    replication: i32,
) -> anyhow::Result<Vec<(String, &'static str)>> {
    if partitions < 1 || replication < 1 {
        bail!("partitions and replication must be at least 1");
    }
    let admin: AdminClient<DefaultClientContext> = super::reader_config(&settings.kafka)
        .create()
        .context("creating the admin client")?;
    // Fails fast, with librdkafka's reason, when the brokers cannot be reached or refuse the
    // credentials, instead of waiting on the admin request.
    // (A blocking call, acceptable in this one-shot command.)
    admin
        .inner()
        .fetch_metadata(None, std::time::Duration::from_secs(15))
        .with_context(|| format!("connecting to {}", settings.kafka.brokers))?;
    let specs = specs(settings, partitions);
    let new: Vec<NewTopic> = specs
        .iter()
        .map(|s| {
            s.config.iter().fold(
                NewTopic::new(&s.name, s.partitions, TopicReplication::Fixed(replication)),
                |t, (key, value)| t.set(key, value),
            )
        })
        .collect();
    let results = admin
        .create_topics(
            &new,
            &AdminOptions::new().request_timeout(Some(std::time::Duration::from_secs(30))),
        )
        .await
        .context("creating topics")?;
    let mut out = Vec::new();
    for result in results {
        match result {
            Ok(topic) => out.push((topic, "created")),
            Err((topic, RDKafkaErrorCode::TopicAlreadyExists)) => out.push((topic, "exists")),
            Err((topic, e)) => bail!("creating topic {topic}: {e}"),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changelog_is_compacted_and_bounded_by_the_age_window() {
        let mut settings = Settings::load(None).unwrap();
        settings.dedup.max_age_secs = 3600;
        let specs = specs(&settings, 6);
        let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "articles.raw",
                "articles.enriched",
                "articles.dead-letter",
                "articles.dedup-changelog"
            ]
        );
        let changelog = specs.last().unwrap();
        assert_eq!(changelog.partitions, 1);
        assert!(changelog
            .config
            .contains(&("retention.ms", "3600000".to_string())));
        assert_eq!(specs[0].partitions, 6);

        settings.kafka.duplicates = DuplicateRouting::Topic;
        settings.kafka.dedup_changelog_topic.clear();
        let names: Vec<String> = super::specs(&settings, 1)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert!(names.contains(&"articles.duplicates".to_string()));
        assert!(!names.contains(&"articles.dedup-changelog".to_string()));
    }
}
