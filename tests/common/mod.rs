//! Helpers shared by the integration tests: the real broker's address, topic setup, a processor
//! child process, and reading outputs back.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::{Headers, Message};
use rdkafka::producer::{FutureProducer, FutureRecord};

/// The real Apache Kafka broker started by scripts/test.
pub fn brokers() -> String {
    std::env::var("WIRESTREAM_TEST_BROKERS").expect(
        "WIRESTREAM_TEST_BROKERS is not set: run scripts/test, which starts Apache Kafka and sets it",
    )
}

/// The same broker's SASL_PLAINTEXT listener (PLAIN, user "wirestream" / "wirestream-secret").
pub fn sasl_brokers() -> String {
    std::env::var("WIRESTREAM_TEST_BROKERS_SASL").expect(
        "WIRESTREAM_TEST_BROKERS_SASL is not set: run scripts/test, which starts Apache Kafka and sets it",
    )
}

pub fn unique(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "{prefix}-{}-{}-{nanos}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

pub struct Topics {
    pub input: String,
    pub output: String,
    pub dead_letter: String,
    pub duplicates: String,
    pub changelog: String,
}

pub async fn create_topics(input_partitions: i32) -> Topics {
    let t = Topics {
        input: unique("in"),
        output: unique("out"),
        dead_letter: unique("dlq"),
        duplicates: unique("dup"),
        changelog: unique("changelog"),
    };
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", brokers())
        .create()
        .unwrap();
    let new = [
        NewTopic::new(&t.input, input_partitions, TopicReplication::Fixed(1)),
        NewTopic::new(&t.output, 3, TopicReplication::Fixed(1)),
        NewTopic::new(&t.dead_letter, 1, TopicReplication::Fixed(1)),
        NewTopic::new(&t.duplicates, 1, TopicReplication::Fixed(1)),
        NewTopic::new(&t.changelog, 2, TopicReplication::Fixed(1))
            .set("cleanup.policy", "compact,delete"),
    ];
    for r in admin
        .create_topics(&new, &AdminOptions::new())
        .await
        .unwrap()
    {
        r.expect("topic created");
    }
    t
}

/// A wire story of its own for each `i`: words drawn per slot, so two stories share almost no
/// four-word run and near-duplicate detection leaves them apart, as it should.
pub fn article(i: usize) -> String {
    const SUBJECTS: &[&str] = &[
        "Dock workers",
        "Farmers",
        "Miners",
        "Teachers",
        "Nurses",
        "Pilots",
        "Fishermen",
        "Drivers",
        "Students",
        "Bakers",
        "Welders",
        "Clerks",
        "Rangers",
    ];
    const VERBS: &[&str] = &[
        "unloaded",
        "counted",
        "shipped",
        "sorted",
        "inspected",
        "repaired",
        "stored",
        "weighed",
        "sealed",
        "moved",
        "tagged",
    ];
    const GOODS: &[&str] = &[
        "grain", "timber", "copper", "coffee", "cotton", "steel", "rice", "wool", "salt", "fruit",
        "cement", "paper", "tea", "oil",
    ];
    const DAYS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const BODIES: &[&str] = &[
        "port authority",
        "trade ministry",
        "city council",
        "rail operator",
        "customs office",
        "harbour board",
        "labour union",
        "regional governor",
        "state agency",
    ];
    const TRENDS: &[&str] = &[
        "risen",
        "fallen",
        "stalled",
        "doubled",
        "halved",
        "recovered",
        "slipped",
        "climbed",
        "dipped",
    ];
    const CITIES: &[&str] = &[
        "GDANSK",
        "ROTTERDAM",
        "VALPARAISO",
        "MOMBASA",
        "DURBAN",
        "CHITTAGONG",
        "HAIPHONG",
        "SANTOS",
        "PIRAEUS",
        "TEMA",
        "CALLAO",
    ];
    let pick = |list: &[&'static str], salt: usize| -> &'static str {
        let h = (i.wrapping_mul(2_654_435_761) ^ salt.wrapping_mul(40_503))
            .wrapping_mul(0x9E37_79B9)
            >> 7;
        list[h % list.len()]
    };
    format!(
        "{} report number {i}\n\n{} (Reuters) - {} at berth {i} {} {} tonnes of {} on {}, the {} said.\n\n\
         The {} said {} volumes had {} since {} while {} {} more {} than planned.\n\n\
         (Reporting by Ewa Nowak; Editing by Tom Hale)",
        pick(GOODS, 1), pick(CITIES, 2), pick(SUBJECTS, 3), pick(VERBS, 4), i * 7 + 3, pick(GOODS, 5), pick(DAYS, 6),
        pick(BODIES, 7), pick(BODIES, 8), pick(GOODS, 9), pick(TRENDS, 10), pick(DAYS, 11), pick(SUBJECTS, 12),
        pick(VERBS, 13), pick(GOODS, 14),
    )
}

pub async fn produce(topic: &str, records: &[(String, Vec<u8>)]) {
    let producer: FutureProducer = ClientConfig::new()
        .set("bootstrap.servers", brokers())
        .set("linger.ms", "5")
        .create()
        .unwrap();
    let sends = records.iter().map(|(key, payload)| {
        producer.send(
            FutureRecord::to(topic).key(key).payload(payload),
            Duration::from_secs(30),
        )
    });
    for r in futures::future::join_all(sends).await {
        r.map_err(|(e, _)| e).expect("produced");
    }
}

/// One record read back from an output topic.
#[derive(Debug, Clone)]
pub struct Record {
    pub topic: String,
    pub key: Option<String>,
    pub payload: Vec<u8>,
    pub headers: HashMap<String, String>,
}

impl Record {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.payload).expect("event is JSON")
    }
}

/// Reads `topics` from the beginning until `done(records)` or `timeout`; returns all read.
pub async fn read_until(
    topics: &[&str],
    timeout: Duration,
    done: impl Fn(&[Record]) -> bool,
) -> Vec<Record> {
    let consumer: StreamConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers())
        .set("group.id", unique("reader"))
        .set("auto.offset.reset", "earliest")
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    consumer.subscribe(topics).unwrap();
    let deadline = Instant::now() + timeout;
    let mut out = Vec::new();
    while !done(&out) {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let Ok(m) = tokio::time::timeout(left.min(Duration::from_secs(1)), consumer.recv()).await
        else {
            continue;
        };
        let m = m.expect("read");
        let headers = m
            .headers()
            .map(|hs| {
                hs.iter()
                    .map(|h| {
                        (
                            h.key.to_owned(),
                            String::from_utf8_lossy(h.value.unwrap_or_default()).into_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(Record {
            topic: m.topic().to_owned(),
            key: m.key().map(|k| String::from_utf8_lossy(k).into_owned()),
            payload: m.payload().unwrap_or_default().to_vec(),
            headers,
        });
    }
    out
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `wirestream run` as a child process, configured through environment variables.
pub struct Processor {
    child: Child,
    pub http: SocketAddr,
    pub log: std::path::PathBuf,
}

impl Processor {
    pub fn start(topics: &Topics, group: &str, extra_env: &[(&str, &str)]) -> Self {
        let http: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let log_dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
        let log = log_dir.join(format!("{}.log", unique("processor")));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wirestream"));
        cmd.arg("run")
            .env("WIRESTREAM__KAFKA__BROKERS", brokers())
            .env("WIRESTREAM__KAFKA__GROUP_ID", group)
            .env("WIRESTREAM__KAFKA__INPUT_TOPICS", &topics.input)
            .env("WIRESTREAM__KAFKA__OUTPUT_TOPIC", &topics.output)
            .env("WIRESTREAM__KAFKA__DEAD_LETTER_TOPIC", &topics.dead_letter)
            .env("WIRESTREAM__KAFKA__DUPLICATES_TOPIC", &topics.duplicates)
            .env(
                "WIRESTREAM__KAFKA__DEDUP_CHANGELOG_TOPIC",
                &topics.changelog,
            )
            .env("WIRESTREAM__HTTP__ADDRESS", http.to_string())
            .env("WIRESTREAM__PROCESSING__SHUTDOWN_TIMEOUT_SECS", "20")
            .env("RUST_LOG", "info,librdkafka=warn,rdkafka=warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).unwrap());
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        Self {
            child: cmd.spawn().expect("start wirestream"),
            http,
            log,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn sigkill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// Sends SIGTERM and waits up to `timeout` for the exit status.
    pub fn sigterm(&mut self, timeout: Duration) -> Option<ExitStatus> {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    /// GET `path` from the processor's HTTP server: (status code, body).
    pub fn get(&self, path: &str) -> Option<(u16, String)> {
        let mut s = TcpStream::connect_timeout(&self.http, Duration::from_secs(2)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut resp = String::new();
        s.read_to_string(&mut resp).ok()?;
        let status = resp.split_whitespace().nth(1)?.parse().ok()?;
        let body = resp
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        Some((status, body))
    }

    /// The value of a metric line (exact series text, e.g. `wirestream_events_sent_total`).
    pub fn metric(&self, series: &str) -> Option<f64> {
        let (_, body) = self.get("/metrics")?;
        body.lines()
            .find(|l| l.starts_with(series) && l[series.len()..].starts_with(' '))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
    }

    pub fn wait_ready(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if matches!(self.get("/ready"), Some((200, _))) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        false
    }

    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for Processor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Validates a JSON value against one of the schemas under `schemas/`.
pub fn assert_schema(schema_file: &str, value: &serde_json::Value) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(schema_file);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{schema_file}: {errors:?}\n{value}");
}
