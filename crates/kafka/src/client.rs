//! librdkafka client settings built from `[kafka]`.
//!
//! Defaults first, then the operator's `[kafka] properties`, then the few
//! settings the delivery guarantee depends on, which properties cannot
//! override (a warning says so if they try).

use newswatch_config::KafkaConfig;
use rdkafka::ClientConfig;
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::statistics::Statistics;

/// Settings the at-least-once guarantee relies on; forced after the user's properties.
const PRODUCER_FORCED: &[(&str, &str)] = &[("enable.idempotence", "true"), ("acks", "all")];
const CONSUMER_FORCED: &[(&str, &str)] = &[
    ("enable.auto.offset.store", "false"),
    // Auto commit commits only what was *stored*, i.e. acknowledged records.
    ("enable.auto.commit", "true"),
];

fn base(cfg: &KafkaConfig, client_id: &str) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", cfg.brokers.trim());
    c.set("client.id", client_id);
    c
}

fn apply(c: &mut ClientConfig, cfg: &KafkaConfig, forced: &[(&str, &str)], role: &str) {
    for (k, v) in &cfg.properties {
        if let Some((_, want)) = forced.iter().find(|(f, _)| f == k) {
            if v != want {
                tracing::warn!(
                    property = %k, value = %v, forced = %want, role,
                    "kafka property ignored: at-least-once delivery needs it"
                );
            }
            continue;
        }
        c.set(k, v);
    }
    for (k, v) in forced {
        c.set(*k, *v);
    }
}

/// Producer settings: idempotent, `acks=all`, no linger (a stage sends one
/// record at a time and waits for its acknowledgement).
pub fn producer_config(cfg: &KafkaConfig, client_id: &str) -> ClientConfig {
    let mut c = base(cfg, client_id);
    c.set("linger.ms", "0");
    c.set("message.timeout.ms", "60000");
    c.set("statistics.interval.ms", "0");
    apply(&mut c, cfg, PRODUCER_FORCED, "producer");
    c
}

/// Consumer settings for a stage's consumer group: offsets stored only on
/// acknowledgement, committed every second and at shutdown/rebalance, new
/// groups start at the earliest record, lag statistics every 5 s.
pub fn consumer_config(cfg: &KafkaConfig, client_id: &str, group: &str) -> ClientConfig {
    let mut c = base(cfg, client_id);
    c.set("group.id", group);
    c.set("auto.offset.reset", "earliest");
    c.set("auto.commit.interval.ms", "1000");
    c.set("statistics.interval.ms", "5000");
    c.set("enable.partition.eof", "false");
    apply(&mut c, cfg, CONSUMER_FORCED, "consumer");
    c
}

/// librdkafka log lines into `tracing` (target `librdkafka`). `[kafka]
/// properties` apply to producers and consumers alike, so librdkafka's
/// "consumer property ignored by this producer" warnings are expected and
/// go to debug.
pub(crate) fn log_line(level: RDKafkaLogLevel, fac: &str, msg: &str) {
    match level {
        _ if fac == "CONFWARN" && msg.contains("will be ignored by this") => {
            tracing::debug!(target: "librdkafka", "{fac} {msg}")
        }
        RDKafkaLogLevel::Emerg
        | RDKafkaLogLevel::Alert
        | RDKafkaLogLevel::Critical
        | RDKafkaLogLevel::Error => tracing::error!(target: "librdkafka", "{fac} {msg}"),
        RDKafkaLogLevel::Warning => tracing::warn!(target: "librdkafka", "{fac} {msg}"),
        RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => {
            tracing::info!(target: "librdkafka", "{fac} {msg}")
        }
        RDKafkaLogLevel::Debug => tracing::debug!(target: "librdkafka", "{fac} {msg}"),
    }
}

/// Context of producers and admin clients: logging only.
#[derive(Clone, Default)]
pub struct LogContext;

impl ClientContext for LogContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        log_line(level, fac, log_message);
    }
    fn stats(&self, _statistics: Statistics) {}
}

/// Settings for admin and metadata clients.
pub(crate) fn admin_config(cfg: &KafkaConfig) -> ClientConfig {
    let mut c = base(cfg, "newswatch-admin");
    for (k, v) in &cfg.properties {
        // Only connection-level settings matter here; pass them all, the
        // client ignores what does not apply to it (with a log line).
        if k.starts_with("security.") || k.starts_with("ssl.") || k.starts_with("sasl.") {
            c.set(k, v);
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarantees_cannot_be_overridden_but_other_properties_can() {
        let mut cfg = KafkaConfig::default();
        cfg.properties
            .insert("enable.auto.offset.store".into(), "true".into());
        cfg.properties.insert("acks".into(), "1".into());
        cfg.properties
            .insert("session.timeout.ms".into(), "6000".into());
        cfg.properties.insert("linger.ms".into(), "20".into());
        let c = consumer_config(&cfg, "t", "g");
        assert_eq!(c.get("enable.auto.offset.store"), Some("false"));
        assert_eq!(c.get("session.timeout.ms"), Some("6000"));
        assert_eq!(c.get("group.id"), Some("g"));
        let p = producer_config(&cfg, "t");
        assert_eq!(p.get("acks"), Some("all"));
        assert_eq!(p.get("enable.idempotence"), Some("true"));
        assert_eq!(p.get("linger.ms"), Some("20"));
    }
}
