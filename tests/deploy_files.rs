//! The files under deploy/ refer to things the binary must really have: every metric a dashboard
//! query or alert rule names is exported, and every setting the compose file and Kubernetes
//! ConfigMap pass is a key wirestream accepts.

use std::collections::BTreeSet;
use std::path::Path;

use wirestream::settings::Settings;
use wirestream::telemetry::Metrics;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `wirestream_…` metric name in a text, with histogram series suffixes removed.
fn metric_names(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("wirestream_") {
        let tail = &rest[at..];
        let end = tail
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(tail.len());
        let name = &tail[..end];
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .unwrap_or(name);
        out.insert(family.to_owned());
        rest = &tail[end..];
    }
    out
}

fn exported() -> BTreeSet<String> {
    Metrics::new().family_names().into_iter().collect()
}

#[test]
fn dashboard_queries_name_exported_metrics() {
    let dashboard: serde_json::Value =
        serde_json::from_str(&read("deploy/grafana/wirestream.json"))
            .expect("the dashboard is JSON");
    let panels = dashboard["panels"].as_array().expect("panels");
    assert!(panels.len() >= 10, "{} panels", panels.len());
    let mut ids = BTreeSet::new();
    let mut used = BTreeSet::new();
    for panel in panels {
        assert!(
            ids.insert(panel["id"].as_u64().expect("panel id")),
            "duplicate panel id"
        );
        let targets = panel["targets"].as_array().expect("targets");
        assert!(!targets.is_empty(), "panel {} has no query", panel["title"]);
        for t in targets {
            let expr = t["expr"].as_str().expect("expr");
            let names = metric_names(expr);
            assert!(
                !names.is_empty() || expr.contains("up{"),
                "query names no metric: {expr}"
            );
            used.extend(names);
        }
    }
    let exported = exported();
    let missing: Vec<_> = used.difference(&exported).collect();
    assert!(
        missing.is_empty(),
        "dashboard uses unknown metrics {missing:?}"
    );
    // The panels the deploy issue asks for.
    for family in [
        "wirestream_messages_received_total",
        "wirestream_events_sent_total",
        "wirestream_stage_duration_seconds",
        "wirestream_end_to_end_latency_seconds",
        "wirestream_consumer_lag",
        "wirestream_duplicates_total",
        "wirestream_dead_letters_total",
        "wirestream_dedup_index_entries",
    ] {
        assert!(used.contains(family), "no panel shows {family}");
    }
}

#[test]
fn alert_rules_name_exported_metrics() {
    let rules = read("deploy/prometheus/alerts.yml");
    let used = metric_names(&rules);
    assert!(used.len() >= 6, "{used:?}");
    let exported = exported();
    let missing: Vec<_> = used.difference(&exported).collect();
    assert!(
        missing.is_empty(),
        "alert rules use unknown metrics {missing:?}"
    );
}

#[test]
fn metric_scanner_sees_histogram_series() {
    let names = metric_names("rate(wirestream_a_seconds_bucket[5m]) / wirestream_b_total{x=\"y\"}");
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        ["wirestream_a_seconds", "wirestream_b_total"]
    );
}

/// `WIRESTREAM__…` variables set in a YAML file, as (name, value).
fn settings_variables(yaml: &str) -> Vec<(String, String)> {
    yaml.lines()
        .filter_map(|l| {
            let l = l.trim().trim_start_matches("- ");
            let (k, v) = l.split_once(':')?;
            k.trim()
                .starts_with("WIRESTREAM__")
                .then(|| (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()))
        })
        .collect()
}

#[test]
fn deployed_settings_are_accepted() {
    let compose = read("deploy/compose/docker-compose.yml");
    let vars = settings_variables(&compose);
    assert!(vars.len() >= 2, "{vars:?}");
    let s = Settings::load_with_env(None, vars).expect("compose settings load");
    assert_eq!(s.kafka.brokers, "kafka:9092");

    let configmap = read("deploy/kubernetes/configmap.yaml");
    let toml: String = configmap
        .split_once("wirestream.toml: |\n")
        .expect("the ConfigMap carries wirestream.toml")
        .1
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wirestream.toml");
    std::fs::write(&path, toml).unwrap();
    let s = Settings::load_with_env(Some(&path), Vec::new()).expect("ConfigMap settings load");
    assert_eq!(s.http.address.port(), 9090);
}
