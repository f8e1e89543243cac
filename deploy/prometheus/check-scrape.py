#!/usr/bin/env python3
"""A real Prometheus scrapes a real wirestream: runs the processor against a Kafka broker, starts
Prometheus (Debian's package) with the shipped prometheus.yml and alerts.yml (target and interval
adapted to loopback), pushes articles with `wirestream load`, and asserts through Prometheus' HTTP
API that the counters reached the expected values and that the alert rules loaded healthy.

Usage: deploy/prometheus/check-scrape.py BROKERS WIRESTREAM_BINARY
"""
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
ARTICLES = 300


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)


def query(prom, expr):
    url = f"http://{prom}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    result = get_json(url)["data"]["result"]
    return float(result[0]["value"][1]) if result else None


def wait_for(what, probe, want, timeout=90):
    deadline = time.time() + timeout
    got = None
    while time.time() < deadline:
        try:
            got = probe()
            if got == want:
                print(f"check-scrape: {what} = {got}", file=sys.stderr)
                return
        except OSError:
            pass
        time.sleep(1)
    sys.exit(f"check-scrape: {what} is {got}, expected {want}")


def main():
    brokers, binary = sys.argv[1], str(pathlib.Path(sys.argv[2]).resolve())
    promtool_check = ["promtool", "check", "config"]
    run_id = f"scrape-{os.getpid()}"
    ws_port, prom_port = free_port(), free_port()
    env = dict(
        os.environ,
        WIRESTREAM__KAFKA__BROKERS=brokers,
        WIRESTREAM__KAFKA__GROUP_ID=run_id,
        WIRESTREAM__KAFKA__INPUT_TOPICS=f"{run_id}.raw",
        WIRESTREAM__KAFKA__OUTPUT_TOPIC=f"{run_id}.enriched",
        WIRESTREAM__KAFKA__DEAD_LETTER_TOPIC=f"{run_id}.dead-letter",
        WIRESTREAM__KAFKA__DEDUP_CHANGELOG_TOPIC=f"{run_id}.changelog",
        WIRESTREAM__HTTP__ADDRESS=f"127.0.0.1:{ws_port}",
        RUST_LOG="warn",
    )
    with tempfile.TemporaryDirectory(prefix="wirestream-prom-") as tmp:
        tmp = pathlib.Path(tmp)
        config = (HERE / "prometheus.yml").read_text()
        assert '"wirestream:9090"' in config, "prometheus.yml no longer names the wirestream target"
        config = config.replace('"wirestream:9090"', f'"127.0.0.1:{ws_port}"')
        config = config.replace("scrape_interval: 15s", "scrape_interval: 1s")
        config = config.replace("evaluation_interval: 15s", "evaluation_interval: 1s")
        (tmp / "prometheus.yml").write_text(config)
        shutil.copy(HERE / "alerts.yml", tmp / "alerts.yml")
        subprocess.run(promtool_check + [str(tmp / "prometheus.yml")], check=True, stdout=subprocess.DEVNULL)

        subprocess.run([binary, "create-topics"], env=env, check=True, stdout=subprocess.DEVNULL)
        procs = []
        try:
            procs.append(subprocess.Popen([binary, "run"], env=env))
            procs.append(
                subprocess.Popen(
                    [
                        "prometheus",
                        f"--config.file={tmp / 'prometheus.yml'}",
                        f"--storage.tsdb.path={tmp / 'data'}",
                        f"--web.listen-address=127.0.0.1:{prom_port}",
                        "--log.level=warn",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=open(tmp / "prometheus.log", "w"),
                )
            )
            prom = f"127.0.0.1:{prom_port}"
            wait_for("up{job=wirestream}", lambda: query(prom, 'up{job="wirestream"}'), 1.0)
            subprocess.run(
                [binary, "load", "--count", str(ARTICLES), "--timeout-secs", "120"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            wait_for(
                "messages received",
                lambda: query(prom, 'sum(wirestream_messages_received_total{job="wirestream"})'),
                float(ARTICLES),
            )
            wait_for(
                "events sent",
                lambda: query(prom, 'sum(wirestream_events_sent_total{job="wirestream"})'),
                float(ARTICLES),
            )
            wait_for(
                "end-to-end latency observations",
                lambda: query(prom, 'sum(wirestream_end_to_end_latency_seconds_count{job="wirestream"})'),
                float(ARTICLES),
            )

            def healthy_rules():
                groups = get_json(f"http://{prom}/api/v1/rules")["data"]["groups"]
                return sum(r.get("health") == "ok" for g in groups for r in g["rules"])

            wait_for("healthy alert rules", healthy_rules, 6)
            print("check-scrape: ok", file=sys.stderr)
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                try:
                    p.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    p.kill()


if __name__ == "__main__":
    main()
