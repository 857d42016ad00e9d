//! Topic names and creating/checking topics.

use crate::Error;
use crate::client::LogContext;
use newswatch_config::{KafkaConfig, KafkaTopics};
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::error::RDKafkaErrorCode;
use std::sync::Arc;
use std::time::Duration;

/// The stages that have a dead-letter topic.
pub const DEAD_LETTER_STAGES: &[&str] = &["normalizer", "extractor", "tracker"];

/// Topic names of one deployment (from `[kafka.topics]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topics {
    pub raw: String,
    pub articles: String,
    pub claims: String,
    pub alerts: String,
    pub dead_letter_prefix: String,
}

impl Topics {
    pub fn from_config(t: &KafkaTopics) -> Topics {
        Topics {
            raw: t.raw.clone(),
            articles: t.articles.clone(),
            claims: t.claims.clone(),
            alerts: t.alerts.clone(),
            dead_letter_prefix: t.dead_letter_prefix.clone(),
        }
    }

    /// Dead-letter topic of `stage`: `<prefix>.<stage>`.
    pub fn dead_letter(&self, stage: &str) -> String {
        format!("{}.{}", self.dead_letter_prefix, stage)
    }

    /// Every topic the pipeline uses.
    pub fn all(&self) -> Vec<String> {
        let mut v = vec![
            self.raw.clone(),
            self.articles.clone(),
            self.claims.clone(),
            self.alerts.clone(),
        ];
        v.extend(DEAD_LETTER_STAGES.iter().map(|s| self.dead_letter(s)));
        v
    }
}

/// What [`ensure_topics`] found or did for one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicStatus {
    pub name: String,
    pub partitions: usize,
    pub created: bool,
}

/// Create the topics that are missing (`partitions`, `replication_factor`
/// from `[kafka]`), then check that each exists. Topics that already exist
/// are left as they are.
pub async fn ensure_topics(cfg: &KafkaConfig, names: &[String]) -> Result<Vec<TopicStatus>, Error> {
    let admin: AdminClient<LogContext> = crate::client::admin_config(cfg)
        .create_with_context(LogContext)
        .map_err(Error::client("creating admin client"))?;
    let partitions = i32::try_from(cfg.partitions)
        .map_err(|_| Error::Invalid(format!("kafka.partitions {} is too large", cfg.partitions)))?;
    let new: Vec<NewTopic<'_>> = names
        .iter()
        .map(|n| {
            NewTopic::new(
                n,
                partitions,
                TopicReplication::Fixed(i32::from(cfg.replication_factor)),
            )
        })
        .collect();
    let opts = AdminOptions::new().operation_timeout(Some(Duration::from_secs(30)));
    let results = admin
        .create_topics(new.iter(), &opts)
        .await
        .map_err(Error::client("creating topics"))?;
    let mut created = Vec::new();
    for r in results {
        match r {
            Ok(name) => created.push(name),
            Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
            Err((name, code)) => {
                return Err(Error::Topic {
                    topic: name,
                    reason: format!("cannot create: {code}"),
                });
            }
        }
    }
    let mut found = check_topics(cfg, names, Duration::from_secs(30)).await?;
    for t in &mut found {
        t.created = created.contains(&t.name);
    }
    Ok(found)
}

/// Check that every topic exists and has partitions (waits up to `timeout`
/// for metadata to show newly created ones).
pub async fn check_topics(
    cfg: &KafkaConfig,
    names: &[String],
    timeout: Duration,
) -> Result<Vec<TopicStatus>, Error> {
    let client: Arc<AdminClient<LogContext>> = Arc::new(
        crate::client::admin_config(cfg)
            .create_with_context(LogContext)
            .map_err(Error::client("creating metadata client"))?,
    );
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let names2 = names.to_vec();
        let c = client.clone();
        let found =
            tokio::task::spawn_blocking(move || -> Result<Vec<(String, usize, bool)>, Error> {
                let md = c
                    .inner()
                    .fetch_metadata(None, Duration::from_secs(10))
                    .map_err(Error::client("fetching metadata"))?;
                Ok(names2
                    .iter()
                    .map(|n| {
                        let t = md.topics().iter().find(|t| t.name() == n);
                        let ok =
                            t.is_some_and(|t| t.error().is_none() && !t.partitions().is_empty());
                        (n.clone(), t.map(|t| t.partitions().len()).unwrap_or(0), ok)
                    })
                    .collect())
            })
            .await
            .map_err(|e| Error::Task(e.to_string()))??;
        match found.iter().find(|(_, _, ok)| !ok) {
            None => {
                return Ok(found
                    .into_iter()
                    .map(|(name, partitions, _)| TopicStatus {
                        name,
                        partitions,
                        created: false,
                    })
                    .collect());
            }
            Some((name, _, _)) if tokio::time::Instant::now() >= deadline => {
                return Err(Error::Topic {
                    topic: name.clone(),
                    reason: "does not exist (create it, or set kafka.create_topics = true)".into(),
                });
            }
            Some(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}
