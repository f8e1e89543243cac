//! End-to-end tests against the real Apache Kafka broker that scripts/test starts
//! (WIRESTREAM_TEST_BROKERS). Each test uses its own topics and consumer group.

mod common;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::{Offset, TopicPartitionList};

use common::*;

fn keyed(prefix: &str, range: std::ops::Range<usize>) -> Vec<(String, Vec<u8>)> {
    range
        .map(|i| (format!("{prefix}-{i}"), article(i).into_bytes()))
        .collect()
}

fn distinct_keys(records: &[Record], topic: &str) -> HashSet<String> {
    records
        .iter()
        .filter(|r| r.topic == topic)
        .filter_map(|r| r.key.clone())
        .collect()
}

/// SIGKILLs the processor once it has published 300 events, checking that this is before all
/// `expected` events were out; returns how many were.
fn kill_after_300_events(mut p: Processor, expected: usize) -> f64 {
    let before_kill = wait_for_metric(
        &p,
        "wirestream_events_sent_total",
        300.0,
        Duration::from_secs(60),
    );
    p.sigkill();
    assert!(
        before_kill < expected as f64,
        "the kill must land mid-stream"
    );
    before_kill
}

fn wait_for_metric(p: &Processor, series: &str, at_least: f64, timeout: Duration) -> f64 {
    let deadline = Instant::now() + timeout;
    let mut last = 0.0;
    while Instant::now() < deadline {
        last = p.metric(series).unwrap_or(0.0);
        if last >= at_least {
            return last;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!(
        "{series} reached only {last} (wanted {at_least}); log:\n{}",
        p.log_tail()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_article_becomes_an_event_and_bad_input_a_dead_letter() {
    let t = create_topics(3).await;
    let group = unique("group");
    let p = Processor::start(&t, &group, &[]);
    assert!(
        p.wait_ready(Duration::from_secs(60)),
        "never ready:\n{}",
        p.log_tail()
    );
    assert!(matches!(p.get("/health"), Some((200, _))));

    produce(&t.input, &keyed("a", 0..100)).await;
    let bad: Vec<(String, Vec<u8>)> = vec![
        ("bad-empty".into(), Vec::new()),
        ("bad-utf8".into(), vec![0x41, 0xff, 0xfe, 0x42]),
        ("bad-binary".into(), b"abc\x00\x01def".to_vec()),
        (
            "bad-json".into(),
            br#"{"title": "cut off", "body": "The min"#.to_vec(),
        ),
    ];
    produce(&t.input, &bad).await;
    let first = read_until(&[&t.output, &t.dead_letter], Duration::from_secs(60), |r| {
        r.len() >= 104
    })
    .await;
    // Exact re-sends of ten stories under new keys, after the originals are out.
    produce(&t.input, &keyed("resend", 0..10)).await;
    let all = read_until(&[&t.output, &t.dead_letter], Duration::from_secs(60), |r| {
        r.len() >= 114
    })
    .await;
    assert!(first.len() >= 104);

    let events: Vec<&Record> = all.iter().filter(|r| r.topic == t.output).collect();
    assert_eq!(events.len(), 110, "one event per good article");
    let keys = distinct_keys(&all, &t.output);
    for i in 0..100 {
        assert!(keys.contains(&format!("a-{i}")), "a-{i} missing");
    }
    let mut duplicates = 0;
    for r in &events {
        let v = r.json();
        assert_schema("event.schema.json", &v);
        assert_eq!(
            r.headers.get("content-type").map(String::as_str),
            Some("application/json")
        );
        assert_eq!(
            r.headers.get("schema-version").map(String::as_str),
            Some("1")
        );
        assert_eq!(v["article"]["wire"], "Reuters");
        assert_eq!(v["processing"]["source"]["topic"], t.input.as_str());
        if r.key.as_deref().unwrap().starts_with("resend-") {
            duplicates += 1;
            let i = r.key.as_deref().unwrap().trim_start_matches("resend-");
            assert_eq!(v["dedup"]["status"], "duplicate");
            assert_eq!(v["dedup"]["duplicate_of"], format!("a-{i}"));
        } else {
            assert_eq!(v["dedup"]["status"], "unique");
        }
    }
    assert_eq!(duplicates, 10);

    let dead: HashMap<String, &Record> = all
        .iter()
        .filter(|r| r.topic == t.dead_letter)
        .map(|r| (r.key.clone().unwrap(), r))
        .collect();
    assert_eq!(dead.len(), 4);
    let reason = |k: &str| {
        dead[k]
            .headers
            .get("wirestream-reason")
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(reason("bad-empty"), "empty");
    assert_eq!(reason("bad-utf8"), "invalid_utf8");
    assert_eq!(reason("bad-binary"), "binary");
    assert_eq!(reason("bad-json"), "json_malformed");
    assert_eq!(
        dead["bad-utf8"].payload,
        vec![0x41, 0xff, 0xfe, 0x42],
        "dead letters keep the payload unchanged"
    );
    for r in dead.values() {
        assert_eq!(r.headers.get("wirestream-source-topic"), Some(&t.input));
        assert!(r.headers.contains_key("wirestream-source-offset"));
        assert!(r.headers.contains_key("wirestream-detail"));
    }

    wait_for_metric(
        &p,
        "wirestream_events_sent_total",
        110.0,
        Duration::from_secs(10),
    );
    let (_, metrics) = p.get("/metrics").unwrap();
    assert!(
        metrics.contains(
            r#"wirestream_dead_letters_total{reason="json_malformed",stage="normalize"} 1"#
        ),
        "{metrics}"
    );
    assert!(metrics.contains(r#"wirestream_duplicates_total{routing="flag"} 10"#));
    assert!(metrics.contains("wirestream_stage_duration_seconds_bucket{stage=\"normalize\""));
    assert!(
        metrics.contains("wirestream_end_to_end_latency_seconds_count 114"),
        "{metrics}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_can_go_to_their_own_topic() {
    let t = create_topics(1).await;
    let p = Processor::start(
        &t,
        &unique("group"),
        &[("WIRESTREAM__KAFKA__DUPLICATES", "topic")],
    );
    produce(&t.input, &keyed("a", 0..5)).await;
    produce(&t.input, &keyed("again", 0..5)).await;
    let all = read_until(&[&t.output, &t.duplicates], Duration::from_secs(60), |r| {
        r.len() >= 10
    })
    .await;
    assert_eq!(
        distinct_keys(&all, &t.output).len(),
        5,
        "log:\n{}",
        p.log_tail()
    );
    let dups = distinct_keys(&all, &t.duplicates);
    assert_eq!(dups, (0..5).map(|i| format!("again-{i}")).collect());
}

/// Two processors in one group, once they share all `partitions` between them.
fn two_settled_instances(t: &Topics, group: &str, partitions: u32) -> (Processor, Processor) {
    let p1 = Processor::start(t, group, &[]);
    assert!(p1.wait_ready(Duration::from_secs(60)), "{}", p1.log_tail());
    let p2 = Processor::start(t, group, &[]);
    assert!(p2.wait_ready(Duration::from_secs(60)), "{}", p2.log_tail());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let a = p1.metric("wirestream_assigned_partitions").unwrap_or(0.0);
        let b = p2.metric("wirestream_assigned_partitions").unwrap_or(0.0);
        if a > 0.0 && b > 0.0 && a + b == f64::from(partitions) {
            return (p1, p2);
        }
        assert!(Instant::now() < deadline, "group did not settle: {a} + {b}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Offsets committed by `group` on `topic`, summed over partitions (the number of messages
/// the group has finished, when it started at 0).
fn committed_total(group: &str, topic: &str, partitions: i32) -> i64 {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers())
        .set("group.id", group)
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition(topic, p);
    }
    let committed = c.committed_offsets(tpl, Duration::from_secs(10)).unwrap();
    committed
        .elements()
        .iter()
        .map(|e| match e.offset() {
            Offset::Offset(o) => o,
            _ => 0,
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_commits_and_a_restart_resumes_without_repeats() {
    let t = create_topics(2).await;
    let group = unique("group");
    let mut p = Processor::start(&t, &group, &[]);
    produce(&t.input, &keyed("a", 0..300)).await;
    wait_for_metric(
        &p,
        "wirestream_events_sent_total",
        300.0,
        Duration::from_secs(60),
    );
    let status = p
        .sigterm(Duration::from_secs(25))
        .expect("exits within the shutdown timeout");
    assert!(
        status.success(),
        "exit status {status:?}; log:\n{}",
        p.log_tail()
    );
    assert_eq!(
        committed_total(&group, &t.input, 2),
        300,
        "every processed offset is committed"
    );

    produce(&t.input, &keyed("b", 0..50)).await;
    let p2 = Processor::start(&t, &group, &[]);
    wait_for_metric(
        &p2,
        "wirestream_events_sent_total",
        50.0,
        Duration::from_secs(60),
    );
    // Give a wrongly resumed instance time to re-publish old records before counting.
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        p2.metric("wirestream_events_sent_total"),
        Some(50.0),
        "restart re-processed committed input"
    );
    let all = read_until(&[&t.output], Duration::from_secs(30), |r| r.len() >= 350).await;
    assert_eq!(all.len(), 350);
    assert_eq!(distinct_keys(&all, &t.output).len(), 350);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_stream_loses_nothing() {
    let t = create_topics(3).await;
    let group = unique("group");
    const N: usize = 3000;
    produce(&t.input, &keyed("a", 0..N)).await;
    // One message in flight at a time makes the run slow enough to kill it part-way.
    let slow = [("WIRESTREAM__PROCESSING__MAX_IN_FLIGHT", "1")];
    kill_after_300_events(Processor::start(&t, &group, &slow), N);

    let _p2 = Processor::start(&t, &group, &[]);
    let all = read_until(&[&t.output], Duration::from_secs(120), |r| {
        r.iter()
            .filter_map(|x| x.key.as_ref())
            .collect::<HashSet<_>>()
            .len()
            >= N
    })
    .await;
    let keys = distinct_keys(&all, &t.output);
    let missing: Vec<usize> = (0..N)
        .filter(|i| !keys.contains(&format!("a-{i}")))
        .collect();
    assert!(
        missing.is_empty(),
        "{} inputs lost, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(10)]
    );
    // A repeat after the restart is the same article again, not a copy of itself.
    for r in &all {
        let event = r.json();
        assert_ne!(
            event["dedup"]["duplicate_of"], event["article"]["id"],
            "an article was flagged a duplicate of itself"
        );
    }
    eprintln!(
        "sigkill: {} outputs for {N} inputs ({} repeats, allowed by at-least-once)",
        all.len(),
        all.len() - N
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_split_the_partitions() {
    let t = create_topics(4).await;
    let group = unique("group");
    let (p1, p2) = two_settled_instances(&t, &group, 4);
    const N: usize = 1000;
    produce(&t.input, &keyed("a", 0..N)).await;
    let all = read_until(&[&t.output], Duration::from_secs(60), |r| r.len() >= N).await;
    assert_eq!(distinct_keys(&all, &t.output).len(), N);
    let received = |p: &Processor| {
        p.metric(&format!(
            "wirestream_messages_received_total{{topic=\"{}\"}}",
            t.input
        ))
        .unwrap_or(0.0)
    };
    let (a, b) = (received(&p1), received(&p2));
    assert!(a > 0.0 && b > 0.0, "both instances consumed: {a} and {b}");
    assert_eq!(a + b, N as f64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_processor_still_catches_earlier_stories() {
    let t = create_topics(2).await;
    let group = unique("group");
    let mut p = Processor::start(&t, &group, &[]);
    produce(&t.input, &keyed("first", 0..40)).await;
    wait_for_metric(
        &p,
        "wirestream_events_sent_total",
        40.0,
        Duration::from_secs(60),
    );
    let status = p.sigterm(Duration::from_secs(25)).expect("exits");
    assert!(status.success(), "{}", p.log_tail());

    // A new process: its window must come back from the changelog before it reads input.
    let p2 = Processor::start(&t, &group, &[]);
    produce(&t.input, &keyed("again", 0..40)).await;
    let all = read_until(&[&t.output], Duration::from_secs(60), |r| r.len() >= 80).await;
    let resent: Vec<serde_json::Value> = all
        .iter()
        .filter(|r| r.key.as_deref().is_some_and(|k| k.starts_with("again-")))
        .map(Record::json)
        .collect();
    assert_eq!(resent.len(), 40, "log:\n{}", p2.log_tail());
    for v in &resent {
        assert_eq!(v["dedup"]["status"], "duplicate", "{}", v["article"]["id"]);
        let i = v["article"]["id"]
            .as_str()
            .unwrap()
            .trim_start_matches("again-");
        assert_eq!(v["dedup"]["duplicate_of"], format!("first-{i}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copies_on_another_instances_partitions_are_caught() {
    let t = create_topics(4).await;
    let group = unique("group");
    let (p1, p2) = two_settled_instances(&t, &group, 4);
    const N: usize = 100;
    produce(&t.input, &keyed("first", 0..N)).await;
    read_until(&[&t.output], Duration::from_secs(60), |r| r.len() >= N).await;
    // Give the changelog a moment to reach the other instance, then re-send under new keys
    // (which land on other partitions, so often on the other instance).
    std::thread::sleep(Duration::from_secs(2));
    produce(&t.input, &keyed("again", 0..N)).await;
    let all = read_until(&[&t.output], Duration::from_secs(60), |r| r.len() >= 2 * N).await;
    let leaked: Vec<String> = all
        .iter()
        .filter(|r| r.key.as_deref().is_some_and(|k| k.starts_with("again-")))
        .filter(|r| r.json()["dedup"]["status"] != "duplicate")
        .map(|r| r.key.clone().unwrap())
        .collect();
    let received = |p: &Processor| {
        p.metric(&format!(
            "wirestream_messages_received_total{{topic=\"{}\"}}",
            t.input
        ))
        .unwrap_or(0.0)
    };
    eprintln!(
        "two instances: {} of {N} re-sent copies leaked ({} / {} messages per instance)",
        leaked.len(),
        received(&p1),
        received(&p2)
    );
    assert!(leaked.is_empty(), "copies missed: {leaked:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exactly_once_survives_sigkill_without_repeats() {
    let t = create_topics(3).await;
    let group = unique("group");
    const N: usize = 3000;
    let mut inputs = keyed("a", 0..N);
    // Every hundredth input cannot be read: it must become exactly one dead letter.
    for (i, input) in inputs.iter_mut().enumerate() {
        if i % 100 == 7 {
            input.1 = vec![0xff, 0xfe, 0x00];
        }
    }
    let bad = inputs.iter().filter(|(_, p)| p[0] == 0xff).count();
    produce(&t.input, &inputs).await;
    let txn_id = unique("txn");
    let env = [
        ("WIRESTREAM__PROCESSING__GUARANTEE", "exactly_once"),
        ("WIRESTREAM__PROCESSING__TRANSACTIONAL_ID", txn_id.as_str()),
        // Small transactions, so the kill lands with some committed and one open.
        ("WIRESTREAM__PROCESSING__TRANSACTION_MAX_MESSAGES", "50"),
    ];
    let before_kill = kill_after_300_events(Processor::start(&t, &group, &env), N - bad);

    // The same transactional id fences the killed instance's open transaction.
    let _p2 = Processor::start(&t, &group, &env);
    // The reader is read_committed (librdkafka's default isolation level).
    let all = read_until(
        &[&t.output, &t.dead_letter],
        Duration::from_secs(120),
        |r| r.len() >= N,
    )
    .await;
    // Anything more would arrive within a transaction interval; give repeats a chance to show.
    let settled = read_until(&[&t.output, &t.dead_letter], Duration::from_secs(5), |r| {
        r.len() > all.len()
    })
    .await;
    let events: Vec<&Record> = settled.iter().filter(|r| r.topic == t.output).collect();
    let dead: Vec<&Record> = settled
        .iter()
        .filter(|r| r.topic == t.dead_letter)
        .collect();
    assert_eq!(dead.len(), bad, "dead letters");
    assert_eq!(events.len(), N - bad, "events: none lost, none repeated");
    assert_eq!(distinct_keys(&settled, &t.output).len(), N - bad);
    eprintln!(
        "exactly-once: {N} inputs -> {} events + {} dead letters after a SIGKILL at {before_kill} events, 0 repeats",
        events.len(),
        dead.len()
    );
}

fn sasl_config(dir: &std::path::Path, password: &str) -> std::path::PathBuf {
    let path = dir.join(format!("sasl-{password}.toml"));
    std::fs::write(
        &path,
        format!(
            "[kafka]\nbrokers = \"{}\"\n[kafka.client]\n\"security.protocol\" = \"SASL_PLAINTEXT\"\n\
             \"sasl.mechanisms\" = \"PLAIN\"\n\"sasl.username\" = \"wirestream\"\n\"sasl.password\" = \"{password}\"\n",
            sasl_brokers()
        ),
    )
    .unwrap();
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sasl_plain_credentials_reach_every_client() {
    let t = create_topics(2).await;
    let dir = tempfile::tempdir().unwrap();
    let good = sasl_config(dir.path(), "wirestream-secret");
    let good_path = good.to_str().unwrap();
    // The file's SASL listener, not the plaintext one Processor::start passes by default.
    let sasl = sasl_brokers();
    let _p = Processor::start(
        &t,
        &unique("group"),
        &[
            ("WIRESTREAM_CONFIG", good_path),
            ("WIRESTREAM__KAFKA__BROKERS", sasl.as_str()),
        ],
    );
    const N: usize = 20;
    produce(&t.input, &keyed("s", 0..N)).await;
    let all = read_until(&[&t.output], Duration::from_secs(60), |r| r.len() >= N).await;
    assert_eq!(
        distinct_keys(&all, &t.output).len(),
        N,
        "consumed and produced over SASL"
    );

    let bad = sasl_config(dir.path(), "not-the-password");
    let started = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wirestream"))
        .args(["create-topics", "--config", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a wrong password must fail");
    assert!(started.elapsed() < Duration::from_secs(40));
    let dump = std::process::Command::new(env!("CARGO_BIN_EXE_wirestream"))
        .args(["config", "--config", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&dump.stdout).contains("not-the-password"));
}
