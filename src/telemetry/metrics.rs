use prometheus::{
    Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

/// Every metric wirestream exports. Names follow the Prometheus conventions (`_total` counters,
/// `_seconds` durations); the Grafana dashboard and alert rules refer to these names.
#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    pub messages_received: IntCounterVec,
    pub events_sent: IntCounter,
    pub duplicates: IntCounterVec,
    pub dead_letters: IntCounterVec,
    pub stage_duration: HistogramVec,
    pub end_to_end_latency: Histogram,
    pub consumer_lag: IntGaugeVec,
    pub in_flight: IntGauge,
    pub delivery_errors: IntCounter,
    pub offset_commits: IntCounterVec,
    pub assigned_partitions: IntGauge,
    pub rebalances: IntCounterVec,
    pub dedup_index_entries: IntGauge,
    pub dedup_index_capacity: IntGauge,
    pub dedup_evictions: IntCounter,
    pub build_info: IntGaugeVec,
}

fn register<T: prometheus::core::Collector + Clone + 'static>(registry: &Registry, metric: T) -> T {
    registry
        .register(Box::new(metric.clone()))
        .expect("metric names are unique");
    metric
}

impl Metrics {
    /// The name of every metric family, whether or not it has a sample yet (a labelled family
    /// without label values is absent from `/metrics` until its first use). Dashboards and alert
    /// rules are checked against this list.
    pub fn family_names(&self) -> Vec<String> {
        use prometheus::core::Collector;
        let collectors: [&dyn Collector; 16] = [
            &self.messages_received,
            &self.events_sent,
            &self.duplicates,
            &self.dead_letters,
            &self.stage_duration,
            &self.end_to_end_latency,
            &self.consumer_lag,
            &self.in_flight,
            &self.delivery_errors,
            &self.offset_commits,
            &self.assigned_partitions,
            &self.rebalances,
            &self.dedup_index_entries,
            &self.dedup_index_capacity,
            &self.dedup_evictions,
            &self.build_info,
        ];
        collectors
            .iter()
            .flat_map(|c| c.desc())
            .map(|d| d.fq_name.clone())
            .collect()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let r = &registry;
        let stage_buckets = vec![
            0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5,
            0.005, 0.01, 0.025, 0.05, 0.1,
        ];
        let latency_buckets = vec![
            0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
            60.0,
        ];
        let metrics = Self {
            messages_received: register(
                r,
                IntCounterVec::new(
                    Opts::new("wirestream_messages_received_total", "Input messages consumed."),
                    &["topic"],
                )
                .unwrap(),
            ),
            events_sent: register(
                r,
                IntCounter::new(
                    "wirestream_events_sent_total",
                    "Enriched events acknowledged by the output topic (flagged duplicates included).",
                )
                .unwrap(),
            ),
            duplicates: register(
                r,
                IntCounterVec::new(
                    Opts::new("wirestream_duplicates_total", "Articles found to be duplicates, by routing."),
                    &["routing"],
                )
                .unwrap(),
            ),
            dead_letters: register(
                r,
                IntCounterVec::new(
                    Opts::new(
                        "wirestream_dead_letters_total",
                        "Input messages sent to the dead-letter topic, by stage and reason.",
                    ),
                    &["stage", "reason"],
                )
                .unwrap(),
            ),
            stage_duration: register(
                r,
                HistogramVec::new(
                    HistogramOpts::new(
                        "wirestream_stage_duration_seconds",
                        "Time spent in each pipeline stage per article.",
                    )
                    .buckets(stage_buckets),
                    &["stage"],
                )
                .unwrap(),
            ),
            end_to_end_latency: register(
                r,
                Histogram::with_opts(
                    HistogramOpts::new(
                        "wirestream_end_to_end_latency_seconds",
                        "From the input record's timestamp to the output's acknowledgement.",
                    )
                    .buckets(latency_buckets),
                )
                .unwrap(),
            ),
            consumer_lag: register(
                r,
                IntGaugeVec::new(
                    Opts::new(
                        "wirestream_consumer_lag",
                        "Messages behind the partition's high watermark (librdkafka statistics).",
                    ),
                    &["topic", "partition"],
                )
                .unwrap(),
            ),
            in_flight: register(
                r,
                IntGauge::new(
                    "wirestream_in_flight_messages",
                    "Messages consumed whose outputs are not yet acknowledged.",
                )
                .unwrap(),
            ),
            delivery_errors: register(
                r,
                IntCounter::new(
                    "wirestream_delivery_errors_total",
                    "Output deliveries that failed and were retried.",
                )
                .unwrap(),
            ),
            offset_commits: register(
                r,
                IntCounterVec::new(
                    Opts::new("wirestream_offset_commits_total", "Offset commits by result."),
                    &["result"],
                )
                .unwrap(),
            ),
            assigned_partitions: register(
                r,
                IntGauge::new("wirestream_assigned_partitions", "Input partitions owned by this instance.")
                    .unwrap(),
            ),
            rebalances: register(
                r,
                IntCounterVec::new(
                    Opts::new("wirestream_rebalances_total", "Rebalance events by kind (assign, revoke)."),
                    &["kind"],
                )
                .unwrap(),
            ),
            dedup_index_entries: register(
                r,
                IntGauge::new("wirestream_dedup_index_entries", "Stories held in the dedup window.").unwrap(),
            ),
            dedup_index_capacity: register(
                r,
                IntGauge::new(
                    "wirestream_dedup_index_capacity",
                    "Most stories the dedup window holds (dedup.max_entries).",
                )
                .unwrap(),
            ),
            build_info: register(
                r,
                IntGaugeVec::new(
                    Opts::new("wirestream_build_info", "Always 1; the version that runs."),
                    &["version"],
                )
                .unwrap(),
            ),
            dedup_evictions: register(
                r,
                IntCounter::new(
                    "wirestream_dedup_evictions_total",
                    "Stories dropped from the dedup window (full or too old).",
                )
                .unwrap(),
            ),
            registry,
        };
        metrics
            .build_info
            .with_label_values(&[env!("CARGO_PKG_VERSION")])
            .set(1);
        metrics
    }

    /// The sum of a labelled counter over all its label values.
    pub fn counter_total(counter: &IntCounterVec) -> u64 {
        use prometheus::core::Collector;
        counter
            .collect()
            .iter()
            .flat_map(|family| family.get_metric())
            .map(|m| m.get_counter().get_value() as u64)
            .sum()
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        TextEncoder::new()
            .encode_to_string(&self.registry.gather())
            .unwrap_or_else(|e| format!("# encoding metrics failed: {e}\n"))
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_names_cover_the_registry() {
        let m = Metrics::new();
        // Give every labelled family one child so all of them render.
        m.messages_received.with_label_values(&["t"]).inc();
        m.duplicates.with_label_values(&["flag"]).inc();
        m.dead_letters
            .with_label_values(&["normalize", "empty"])
            .inc();
        m.stage_duration
            .with_label_values(&["enrich"])
            .observe(0.001);
        m.consumer_lag.with_label_values(&["t", "0"]).set(1);
        m.offset_commits.with_label_values(&["ok"]).inc();
        m.rebalances.with_label_values(&["assign"]).inc();
        let mut rendered: Vec<String> = m
            .registry
            .gather()
            .iter()
            .map(|f| f.name().to_owned())
            .collect();
        let mut listed = m.family_names();
        rendered.sort();
        listed.sort();
        assert_eq!(rendered, listed);
        assert!(m.render().contains("wirestream_build_info{version="));
    }
}
