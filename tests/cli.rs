//! The command line: `process` against golden output and its line contract, `demo` end to end on
//! the mock cluster, and configuration errors.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::assert_schema;

fn wirestream() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wirestream"))
}

fn run_process(input: &str) -> (String, String, i32) {
    let mut child = wirestream()
        .args(["process", "--input", "-", "--output", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

/// Timings differ run to run; everything else must match the golden file exactly.
fn without_timings(mut v: serde_json::Value) -> serde_json::Value {
    if let Some(p) = v.get_mut("processing") {
        p["timings"] = serde_json::Value::Null;
    }
    v
}

#[test]
fn process_matches_golden_output() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let input = std::fs::read_to_string(root.join("fixtures/demo/articles.jsonl")).unwrap();
    let golden_path = root.join("tests/golden/demo.out.jsonl");
    let (stdout, stderr, code) = run_process(&input);
    assert_eq!(code, 0, "{stderr}");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden_path, &stdout).unwrap();
    }
    let golden =
        std::fs::read_to_string(&golden_path).expect("golden file (UPDATE_GOLDEN=1 writes it)");
    let got: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| without_timings(serde_json::from_str(l).unwrap()))
        .collect();
    let want: Vec<serde_json::Value> = golden
        .lines()
        .map(|l| without_timings(serde_json::from_str(l).unwrap()))
        .collect();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
}

#[test]
fn process_writes_one_schema_valid_line_per_input_line_in_order() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut input = std::fs::read_to_string(root.join("fixtures/demo/articles.jsonl")).unwrap();
    input.push_str("this line is not JSON\n");
    input.push_str("{\"id\": \"no-raw\"}\n");
    input.push_str("{\"id\": \"hdr\", \"raw\": \"plain words\", \"headers\": {\"content-type\": \"application/json\"}}\n");
    let (stdout, stderr, code) = run_process(&input);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), input.lines().count());
    let ids = [
        "demo-01", "demo-02", "demo-03", "demo-04", "demo-05", "demo-06", "demo-07", "demo-08",
        "demo-09",
    ];
    for (line, id) in lines.iter().zip(ids) {
        let got = line.get("article").map_or(&line["id"], |a| &a["id"]);
        assert_eq!(got, id);
    }
    for line in &lines {
        if line.get("error").is_some() {
            assert_schema("dead-letter.schema.json", line);
        } else {
            assert_schema("event.schema.json", line);
        }
    }
    assert_eq!(lines[1]["dedup"]["status"], "duplicate");
    assert_eq!(lines[1]["dedup"]["duplicate_of"], "demo-01");
    assert_eq!(lines[7]["error"]["reason"], "empty");
    assert_eq!(lines[8]["error"]["reason"], "json_malformed");
    assert_eq!(lines[9]["error"]["reason"], "invalid_input_line");
    assert_eq!(lines[10]["error"]["reason"], "invalid_input_line");
    assert_eq!(
        lines[11]["error"]["reason"], "json_malformed",
        "content-type header overrides detection"
    );
}

#[test]
fn process_input_schema_accepts_the_fixtures() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for line in std::fs::read_to_string(root.join("fixtures/demo/articles.jsonl"))
        .unwrap()
        .lines()
    {
        assert_schema(
            "process-input.schema.json",
            &serde_json::from_str(line).unwrap(),
        );
    }
}

#[test]
fn demo_runs_end_to_end_on_the_mock_cluster() {
    let out = wirestream().arg("demo").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.lines().count(),
        9,
        "one output per sample article:\n{stdout}"
    );
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if v.get("dead_letter").is_none() {
            assert_schema("event.schema.json", &v);
        }
    }
    assert!(
        stderr.contains("consumed 9 | events produced 7 (duplicates flagged 2) | dead-lettered 2"),
        "{stderr}"
    );
}

#[test]
fn invalid_configuration_fails_at_start_naming_the_key() {
    let out = wirestream()
        .arg("config")
        .env("WIRESTREAM__PROCESSING__MAX_IN_FLIGHT", "many")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("max_in_flight"), "{stderr}");

    let out = wirestream()
        .args(["config", "--config", "/nonexistent.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

#[test]
fn config_dump_redacts_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(
        &path,
        "[kafka.client]\n\"sasl.password\" = \"s3cret-value\"\n",
    )
    .unwrap();
    let out = wirestream()
        .args(["config", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.contains("sasl.password"));
    assert!(!stdout.contains("s3cret-value"));
}

#[test]
fn process_reports_missing_input_file_clearly() {
    let out = wirestream()
        .args(["process", "--input", "/no/such/file.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("opening input /no/such/file.jsonl"));
}
