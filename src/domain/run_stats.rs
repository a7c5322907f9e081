//! Run statistics, from the plugins themselves: singer-sdk plugins log `METRIC: {json}` lines on
//! stderr (`record_count` counters, `sync_duration` and `http_request_duration` timers, tagged
//! with the stream). A run adds them up per plugin and per stream, so it can say what it loaded
//! while it runs and once it ended (Meltano shows nothing; Airbyte shows "records synced").

use serde::{Deserialize, Serialize};

/// Streams kept per plugin at most: a plugin naming endless streams cannot grow a run without
/// bound. Metrics of further streams count in the plugin's totals only.
const MAX_STREAMS: usize = 1_000;
/// The longest stream name kept, in characters.
const MAX_STREAM_NAME: usize = 1_024;
/// Counts stop here (2^53 - 1, the largest whole number every JSON client reads exactly).
const MAX_COUNT: u64 = (1 << 53) - 1;

/// One metric as singer-sdk logs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    pub kind: MetricKind,
    pub name: String,
    pub value: f64,
    pub stream: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricKind {
    Counter,
    Timer,
    Other,
}

#[derive(Deserialize)]
struct MetricLine {
    #[serde(alias = "metric_type")]
    r#type: String,
    metric: String,
    value: f64,
    #[serde(default)]
    tags: serde_json::Map<String, serde_json::Value>,
}

/// The metric in a log line (`... INFO METRIC: {"metric_type": "counter", ...}`), if it holds
/// one. The text before `METRIC: ` is whatever the plugin's log format puts there.
pub fn parse_metric(line: &str) -> Option<Metric> {
    let (_, json) = line.split_once("METRIC: ")?;
    let parsed: MetricLine = serde_json::from_str(json.trim()).ok()?;
    if !parsed.value.is_finite() {
        return None;
    }
    let kind = match parsed.r#type.as_str() {
        "counter" => MetricKind::Counter,
        "timer" => MetricKind::Timer,
        _ => MetricKind::Other,
    };
    let stream = parsed
        .tags
        .get("stream")
        .and_then(|stream| stream.as_str())
        .map(|stream| stream.chars().take(MAX_STREAM_NAME).collect());
    Some(Metric {
        kind,
        name: parsed.metric,
        value: parsed.value,
        stream,
    })
}

/// What a run's plugins said they did, as `components.schemas.RunStatistics` in the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunStatistics {
    pub plugins: Vec<PluginStatistics>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PluginStatistics {
    pub plugin: String,
    /// Records the plugin counted (`record_count`): read by an extractor, written by a loader.
    pub records: u64,
    /// The time its streams took to sync (`sync_duration`), added up.
    pub sync_seconds: f64,
    pub http_requests: u64,
    pub streams: Vec<StreamStatistics>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StreamStatistics {
    pub stream: String,
    pub records: u64,
    pub sync_seconds: f64,
    pub http_requests: u64,
}

impl RunStatistics {
    /// Counts `metric`, logged by `plugin`. A `record_count` counter logs what it counted since
    /// its last line (singer-sdk's counters reset when they log), so values add up.
    pub fn add(&mut self, plugin: &str, metric: &Metric) {
        let (records, seconds, requests) = match (metric.kind, metric.name.as_str()) {
            (MetricKind::Counter, "record_count") => (whole(metric.value), 0.0, 0),
            (MetricKind::Timer, "sync_duration") => (0, metric.value.max(0.0), 0),
            (MetricKind::Timer, "http_request_duration") => (0, 0.0, 1),
            _ => return,
        };
        let index = match self.plugins.iter().position(|p| p.plugin == plugin) {
            Some(index) => index,
            None => {
                self.plugins.push(PluginStatistics {
                    plugin: plugin.to_string(),
                    records: 0,
                    sync_seconds: 0.0,
                    http_requests: 0,
                    streams: Vec::new(),
                });
                self.plugins.sort_by(|a, b| a.plugin.cmp(&b.plugin));
                self.plugins
                    .iter()
                    .position(|p| p.plugin == plugin)
                    .expect("just added")
            }
        };
        let totals = &mut self.plugins[index];
        totals.records = totals.records.saturating_add(records).min(MAX_COUNT);
        totals.sync_seconds += seconds;
        totals.http_requests = totals.http_requests.saturating_add(requests).min(MAX_COUNT);
        let Some(stream) = &metric.stream else {
            return;
        };
        let streams = &mut totals.streams;
        let at = match streams.binary_search_by(|s| s.stream.as_str().cmp(stream)) {
            Ok(at) => at,
            Err(_) if streams.len() >= MAX_STREAMS => return,
            Err(at) => {
                streams.insert(
                    at,
                    StreamStatistics {
                        stream: stream.clone(),
                        records: 0,
                        sync_seconds: 0.0,
                        http_requests: 0,
                    },
                );
                at
            }
        };
        let counts = &mut streams[at];
        counts.records = counts.records.saturating_add(records).min(MAX_COUNT);
        counts.sync_seconds += seconds;
        counts.http_requests = counts.http_requests.saturating_add(requests).min(MAX_COUNT);
    }
}

/// A count as a whole number: negative or fractional values are not records.
fn whole(value: f64) -> u64 {
    if value >= 0.0 { value as u64 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn singer_sdk_lines_parse_whatever_comes_before_the_metric() {
        let line = r#"2022-12-05 19:46:46,747 | INFO     | singer_sdk.metrics   | INFO METRIC: {"metric_type": "counter", "metric": "record_count", "value": 3, "tags": {"stream": "child", "context": {"parent_id": 1}}}"#;
        assert_eq!(
            parse_metric(line),
            Some(Metric {
                kind: MetricKind::Counter,
                name: "record_count".into(),
                value: 3.0,
                stream: Some("child".into()),
            })
        );
        let timer = r#"METRIC: {"type": "timer", "metric": "sync_duration", "value": 0.5, "tags": {"stream": "s", "status": "succeeded"}}"#;
        assert_eq!(parse_metric(timer).unwrap().kind, MetricKind::Timer);
        for not_a_metric in [
            "tap: emitted 4 records",
            "METRIC: not json",
            r#"METRIC: {"metric": "record_count", "value": 1}"#,
        ] {
            assert_eq!(parse_metric(not_a_metric), None, "{not_a_metric}");
        }
    }

    #[test]
    fn counts_add_up_per_plugin_and_stream_and_other_metrics_are_left_out() {
        let mut stats = RunStatistics::default();
        let metric = |kind, name: &str, value, stream: &str| Metric {
            kind,
            name: name.into(),
            value,
            stream: Some(stream.into()),
        };
        for (plugin, kind, name, value, stream) in [
            ("tap", MetricKind::Counter, "record_count", 2.0, "b"),
            ("tap", MetricKind::Counter, "record_count", 3.0, "a"),
            ("tap", MetricKind::Counter, "record_count", 4.0, "b"),
            ("tap", MetricKind::Timer, "sync_duration", 1.5, "b"),
            ("tap", MetricKind::Timer, "http_request_duration", 0.2, "a"),
            ("target", MetricKind::Counter, "record_count", 9.0, "b"),
            ("target", MetricKind::Counter, "batch_count", 1.0, "b"),
        ] {
            stats.add(plugin, &metric(kind, name, value, stream));
        }
        let tap = &stats.plugins[0];
        assert_eq!(
            (tap.plugin.as_str(), tap.records, tap.http_requests),
            ("tap", 9, 1)
        );
        assert_eq!(tap.sync_seconds, 1.5);
        let names: Vec<_> = tap
            .streams
            .iter()
            .map(|s| (s.stream.as_str(), s.records))
            .collect();
        assert_eq!(names, [("a", 3), ("b", 6)]);
        assert_eq!(stats.plugins[1].records, 9);
        assert_eq!(stats.plugins[1].streams.len(), 1);
        // A count past what JSON clients read exactly stops there.
        stats.add(
            "target",
            &metric(MetricKind::Counter, "record_count", 1e30, "b"),
        );
        assert_eq!(stats.plugins[1].records, MAX_COUNT);
        assert_eq!(stats.plugins[1].streams[0].records, MAX_COUNT);
    }

    proptest! {
        /// Whatever the order of the lines, the totals are the sums of the counts, per plugin
        /// and per stream, and a plugin's total is the sum over its streams.
        #[test]
        fn totals_are_the_sums_of_the_counts(
            counts in proptest::collection::vec((0..3usize, 0..4usize, 0u32..1000), 0..50)
        ) {
            let mut stats = RunStatistics::default();
            for (plugin, stream, value) in &counts {
                let line = format!(
                    r#"INFO METRIC: {{"type": "counter", "metric": "record_count", "value": {value}, "tags": {{"stream": "s{stream}"}}}}"#
                );
                stats.add(&format!("p{plugin}"), &parse_metric(&line).unwrap());
            }
            for plugin in &stats.plugins {
                let expected: u64 = counts
                    .iter()
                    .filter(|(p, _, _)| format!("p{p}") == plugin.plugin)
                    .map(|(_, _, v)| u64::from(*v))
                    .sum();
                prop_assert_eq!(plugin.records, expected);
                prop_assert_eq!(plugin.streams.iter().map(|s| s.records).sum::<u64>(), expected);
            }
            let plugins = counts.iter().map(|(p, _, _)| *p).collect::<std::collections::BTreeSet<_>>();
            prop_assert_eq!(stats.plugins.len(), plugins.len());
        }
    }
}
