#!/usr/bin/env python3
"""Writes wirestream.json, the Grafana dashboard, from the panel list below.

Edit the panels here and rerun (python3 deploy/grafana/build-dashboard.py); `--check` fails when
the JSON is not what this script writes (scripts/check-deploy runs it), and tests/deploy_files.rs
checks that every query names a metric the binary exports.
"""
import json
import pathlib

RATE = "$__rate_interval"
DS = {"type": "prometheus", "uid": "${datasource}"}


def target(expr, legend, ref):
    return {"datasource": DS, "expr": expr, "legendFormat": legend, "refId": ref}


def timeseries(title, unit, queries, description, stack=False):
    return {
        "type": "timeseries",
        "title": title,
        "description": description,
        "datasource": DS,
        "fieldConfig": {
            "defaults": {
                "unit": unit,
                "custom": {"stacking": {"mode": "normal" if stack else "none"}, "fillOpacity": 10},
            },
            "overrides": [],
        },
        "options": {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["mean", "max", "lastNotNull"]}},
        "targets": [target(e, l, chr(ord("A") + i)) for i, (e, l) in enumerate(queries)],
    }


def stat(title, unit, expr, description):
    return {
        "type": "stat",
        "title": title,
        "description": description,
        "datasource": DS,
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {"reduceOptions": {"calcs": ["lastNotNull"]}, "colorMode": "value"},
        "targets": [target(expr, title, "A")],
    }


def quantiles(metric, by=""):
    group = f"le{', ' + by if by else ''}"
    legend = "{{" + by + "}} " if by else ""
    return [
        (f"histogram_quantile({q}, sum by ({group}) (rate({metric}_bucket[{RATE}])))", f"{legend}p{int(q * 100)}")
        for q in (0.5, 0.9, 0.99)
    ]


ROWS = [
    [
        stat("Instances up", "none", 'sum(up{job="wirestream"})', "Instances Prometheus can scrape."),
        stat("Articles in /s", "ops", f"sum(rate(wirestream_messages_received_total[{RATE}]))", "Input messages consumed per second."),
        stat("Events out /s", "ops", f"sum(rate(wirestream_events_sent_total[{RATE}]))", "Events acknowledged by the output topic per second."),
        stat("Total lag", "short", "sum(max by (topic, partition) (wirestream_consumer_lag))", "Messages waiting in the input topics."),
    ],
    [
        timeseries(
            "Throughput in / out",
            "ops",
            [
                (f"sum(rate(wirestream_messages_received_total[{RATE}]))", "in"),
                (f"sum(rate(wirestream_events_sent_total[{RATE}]))", "events out"),
                (f"sum(rate(wirestream_dead_letters_total[{RATE}]))", "dead letters"),
                (f'sum(rate(wirestream_duplicates_total{{routing="drop"}}[{RATE}]))', "duplicates dropped"),
            ],
            "Messages consumed and what became of them, per second.",
        ),
        timeseries(
            "End-to-end latency",
            "s",
            quantiles("wirestream_end_to_end_latency_seconds"),
            "From the input record's timestamp to the output's acknowledgement.",
        ),
    ],
    [
        timeseries(
            "Stage latency",
            "s",
            quantiles("wirestream_stage_duration_seconds", "stage"),
            "Time per article in normalize, dedup and enrich.",
        ),
        timeseries(
            "Consumer lag per partition",
            "short",
            [("max by (topic, partition) (wirestream_consumer_lag)", "{{topic}}/{{partition}}")],
            "Messages behind the high watermark, per input partition (librdkafka statistics).",
        ),
    ],
    [
        timeseries(
            "Duplicates by routing",
            "ops",
            [(f"sum by (routing) (rate(wirestream_duplicates_total[{RATE}]))", "{{routing}}")],
            "Articles found to repeat a story already in the dedup window.",
            stack=True,
        ),
        timeseries(
            "Dead letters by reason",
            "ops",
            [(f"sum by (stage, reason) (rate(wirestream_dead_letters_total[{RATE}]))", "{{stage}}: {{reason}}")],
            "Input sent to the dead-letter topic; the reason is also in each record's headers.",
            stack=True,
        ),
    ],
    [
        timeseries(
            "Dedup window",
            "short",
            [
                ("sum by (instance) (wirestream_dedup_index_entries)", "{{instance}} entries"),
                ("max(wirestream_dedup_index_capacity)", "capacity"),
            ],
            "Stories remembered for duplicate detection, against dedup.max_entries.",
        ),
        timeseries(
            "Dedup evictions",
            "ops",
            [(f"sum by (instance) (rate(wirestream_dedup_evictions_total[{RATE}]))", "{{instance}}")],
            "Stories forgotten because the window was full or they were too old.",
        ),
    ],
    [
        timeseries(
            "In flight and partitions",
            "short",
            [
                ("sum by (instance) (wirestream_in_flight_messages)", "{{instance}} in flight"),
                ("sum by (instance) (wirestream_assigned_partitions)", "{{instance}} partitions"),
            ],
            "Messages consumed but not yet acknowledged, and input partitions owned.",
        ),
        timeseries(
            "Kafka client health",
            "ops",
            [
                (f"sum(rate(wirestream_delivery_errors_total[{RATE}]))", "delivery retries"),
                (f"sum by (result) (rate(wirestream_offset_commits_total[{RATE}]))", "commits {{result}}"),
                (f"sum by (kind) (increase(wirestream_rebalances_total[{RATE}]))", "rebalance {{kind}}"),
            ],
            "Retried deliveries, offset commits and rebalances.",
        ),
    ],
]


def dashboard():
    panels, y, pid = [], 0, 1
    for row in ROWS:
        width = 24 // len(row)
        height = 4 if row[0]["type"] == "stat" else 8
        for i, panel in enumerate(row):
            panels.append({"id": pid, "gridPos": {"h": height, "w": width, "x": i * width, "y": y}, **panel})
            pid += 1
        y += height
    return {
        "uid": "wirestream",
        "title": "wirestream",
        "description": "Throughput, latency, lag, duplicates and dead letters of wirestream.",
        "tags": ["wirestream", "kafka", "news"],
        "timezone": "utc",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "refresh": "30s",
        "time": {"from": "now-3h", "to": "now"},
        "templating": {
            "list": [
                {"name": "datasource", "type": "datasource", "query": "prometheus", "label": "Data source", "current": {}},
            ]
        },
        "panels": panels,
    }


if __name__ == "__main__":
    import sys

    out = pathlib.Path(__file__).with_name("wirestream.json")
    text = json.dumps(dashboard(), indent=2) + "\n"
    if "--check" in sys.argv:
        if out.read_text() != text:
            sys.exit(f"{out} differs from what build-dashboard.py writes; rerun it")
        print(f"{out}: up to date")
    else:
        out.write_text(text)
        print(f"wrote {out}")
