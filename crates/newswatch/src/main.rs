//! The `newswatch` command: thin wrappers over the stage libraries.

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use newswatch::{cmd, output};
use std::io::IsTerminal;
use std::path::PathBuf;

const DEFAULT_CONFIG: &str = "config/newswatch.toml";

#[derive(Parser)]
#[command(
    name = "newswatch",
    version,
    about = "Watch news coverage, extract numeric claims and alert when a tracked figure changes",
    long_about = "newswatch reads feeds and pages, extracts numeric claims (who, what metric, value, unit, \
bound, as-of date, source, quote), keeps a history for every tracked figure and alerts when new \
coverage moves one.\n\nLogging: set NEWSWATCH_LOG (e.g. `info`, `newswatch_fetcher=debug`); \
NEWSWATCH_LOG_FORMAT=json for JSON logs."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run every stage in one process: poll the configured feeds, process, alert.
    ///
    /// Uses in-memory channels between stages and the embedded store (SQLite
    /// under `data_dir`) unless the config names PostgreSQL. Stops cleanly on
    /// Ctrl-C or SIGTERM.
    Run {
        /// Config file.
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
        /// Poll every feed once, process everything, deliver alerts, then exit.
        #[arg(long)]
        once: bool,
    },
    /// Push an archive through the stages in publication order and print the alerts that fire.
    ///
    /// PATH is a directory of articles (NAME.html / NAME.txt with optional
    /// NAME.json sidecars {"url","title","published_at","source"}), a JSON-lines
    /// file of raw items as the fetcher archives them, or a WARC file. Items are
    /// ordered by publication time (event time), so the result does not depend
    /// on file or arrival order. Configured sinks are not called: alerts go to
    /// stdout and, with --alerts-out, to a JSON-lines file.
    Replay {
        /// Archive directories or files.
        #[arg(required_unless_present = "from_kafka")]
        paths: Vec<PathBuf>,
        /// Config file (figures, entities, metrics).
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
        /// Also write each alert as a JSON line to this file.
        #[arg(long)]
        alerts_out: Option<PathBuf>,
        /// Replay into this SQLite file (default: a fresh temporary store, so replays repeat).
        #[arg(long)]
        db: Option<PathBuf>,
        /// TOML manifest with publication dates for files without sidecars (overrides [replay] manifest).
        #[arg(long)]
        manifest: Option<PathBuf>,
        /// Print only the alerts (no summary on stderr, no progress bar).
        #[arg(long, short)]
        quiet: bool,
        /// Publish the archive to the raw topic ([kafka] in the config) instead of replaying it here.
        #[arg(long, conflicts_with_all = ["from_kafka", "alerts_out", "db"])]
        to_kafka: bool,
        /// Replay the raw topic from --since to its current end (as a fresh consumer group) instead of PATHs.
        #[arg(long, requires = "since", conflicts_with = "paths")]
        from_kafka: bool,
        /// With --from-kafka: first record time to read, YYYY-MM-DD (UTC) or RFC 3339.
        #[arg(long, requires = "from_kafka")]
        since: Option<String>,
    },
    /// Run the fetcher as a service: poll the feeds, publish raw items to Kafka.
    Fetcher(ServiceArgs),
    /// Run the normalizer as a service: raw items topic -> articles topic.
    Normalizer(ServiceArgs),
    /// Run the claim extractor as a service: articles topic -> claims topic.
    Extractor(ServiceArgs),
    /// Run the tracker as a service: claims topic -> figure history, outbox, alerts topic and sinks.
    Tracker(ServiceArgs),
    /// Run one HTML page through the normalizer and print the Article as JSON.
    Extract {
        /// The HTML file.
        file: PathBuf,
        /// The page's URL (for canonical URL, dates in the URL, site name).
        #[arg(long)]
        url: Option<String>,
    },
    /// Recognise quantities: one text per input line in, one JSON line per text out.
    Quantities {
        /// Input file, or - for standard input.
        #[arg(default_value = "-")]
        file: String,
    },
    /// Extract claims from a plain-text article: one JSON line per claim.
    Claims {
        /// Config file (entities, metrics, tracked figures); optional.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Publication date (YYYY-MM-DD) for resolving "this year", "last quarter".
        #[arg(long)]
        published: Option<String>,
        /// Input file, or - for standard input.
        #[arg(default_value = "-")]
        file: String,
    },
    /// Show tracked figures: current values (`list`) or one figure's history (`show ID`).
    Figures {
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
        #[command(subcommand)]
        action: Option<FiguresAction>,
    },
    /// Show feed health: last success, failures, items seen, latency, next poll.
    Sources {
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
    },
    /// Show alert deliveries (pending, delivered, dead) and requeue dead ones.
    Outbox {
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
        /// Only deliveries in this state: pending, delivered or dead.
        #[arg(long)]
        status: Option<String>,
        /// Put dead deliveries back in the queue (all, or one alert's with --alert).
        #[arg(long)]
        requeue: bool,
        /// With --requeue: only this alert id.
        #[arg(long)]
        alert: Option<String>,
    },
    /// Serve the HTTP API and dashboard over an existing store (e.g. after `replay --db FILE`).
    ///
    /// Binds `[api] bind` (default 127.0.0.1:8686) unless --bind says
    /// otherwise. When the variable named by `[api] token_env` is set, the
    /// API needs `Authorization: Bearer <token>`. Stops on Ctrl-C or SIGTERM.
    Serve {
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
        /// SQLite store to serve (default: the store the config names).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Address to listen on, e.g. 127.0.0.1:8686.
        #[arg(long)]
        bind: Option<std::net::SocketAddr>,
    },
    /// Validate a config file and report every problem.
    Check {
        #[arg(long, short, default_value = DEFAULT_CONFIG)]
        config: PathBuf,
    },
}

/// Options of the four service commands (stages over Kafka, `[kafka]` in the config).
#[derive(clap::Args)]
struct ServiceArgs {
    #[arg(long, short, default_value = DEFAULT_CONFIG)]
    config: PathBuf,
    /// Serve /metrics (Prometheus) and /healthz on this address, e.g. 0.0.0.0:9464.
    #[arg(long, env = "NEWSWATCH_METRICS_ADDR")]
    metrics_addr: Option<std::net::SocketAddr>,
}

#[derive(Subcommand)]
enum FiguresAction {
    /// Every figure with its current value.
    List,
    /// One figure's history with sources and quotes.
    Show { id: String },
}

fn init_tracing(default: &str) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("NEWSWATCH_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("NEWSWATCH_LOG_FORMAT").is_ok_and(|v| v == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let default_level = match cli.command {
        Command::Run { .. }
        | Command::Serve { .. }
        | Command::Fetcher(_)
        | Command::Normalizer(_)
        | Command::Extractor(_)
        | Command::Tracker(_) => "info",
        _ => "warn",
    };
    init_tracing(default_level);
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(dispatch(cli.command)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn service(which: cmd::services::Service, a: ServiceArgs) -> anyhow::Result<()> {
    let cfg = cmd::load_config(&a.config)?;
    cmd::services::run_service(
        &cfg,
        which,
        &cmd::services::ServiceOptions {
            metrics_addr: a.metrics_addr,
        },
    )
    .await
}

async fn dispatch(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Run { config, once } => cmd::run::run(&cmd::load_config(&config)?, once).await,
        Command::Replay {
            paths,
            config,
            alerts_out,
            db,
            manifest,
            quiet,
            to_kafka,
            from_kafka,
            since,
        } => {
            let cfg = cmd::load_config_or_default(&config, DEFAULT_CONFIG)?;
            let opts = newswatch::replay::ReplayOptions {
                paths,
                manifest,
                db,
                progress: !quiet && std::io::stderr().is_terminal(),
            };
            if to_kafka {
                let n = cmd::services::replay_to_kafka(&cfg, &opts).await?;
                return output::print(&format!(
                    "published {n} raw items to {}\n",
                    cfg.kafka.topics.raw
                ));
            }
            if from_kafka {
                let since = cmd::services::parse_since(since.as_deref().unwrap_or_default())?;
                return cmd::services::replay_from_kafka(
                    &cfg,
                    since,
                    &opts,
                    alerts_out.as_deref(),
                    quiet,
                )
                .await;
            }
            cmd::replay(&cfg, &opts, alerts_out.as_deref(), quiet).await
        }
        Command::Fetcher(a) => service(cmd::services::Service::Fetcher, a).await,
        Command::Normalizer(a) => service(cmd::services::Service::Normalizer, a).await,
        Command::Extractor(a) => service(cmd::services::Service::Extractor, a).await,
        Command::Tracker(a) => service(cmd::services::Service::Tracker, a).await,
        Command::Extract { file, url } => cmd::extract(&file, url.as_deref()),
        Command::Quantities { file } => cmd::quantities(&file),
        Command::Claims {
            config,
            published,
            file,
        } => {
            let cfg = match config {
                Some(p) => cmd::load_config(&p)?,
                None => newswatch_config::Config::default(),
            };
            let published = published
                .map(|p| {
                    chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d")
                        .with_context(|| format!("--published {p:?}: expected YYYY-MM-DD"))
                })
                .transpose()?;
            cmd::claims(&cfg, published, &file)
        }
        Command::Figures { config, action } => {
            let cfg = cmd::load_config(&config)?;
            let store = newswatch_store::open(&cfg).await?;
            let text = match action {
                None | Some(FiguresAction::List) => {
                    newswatch_tracker::render_figures(store.as_ref(), &cfg).await?
                }
                Some(FiguresAction::Show { id }) => {
                    newswatch_tracker::render_figure(store.as_ref(), &cfg, &id).await?
                }
            };
            output::print(&text)
        }
        Command::Sources { config } => {
            let cfg = cmd::load_config(&config)?;
            let store = newswatch_store::open(&cfg).await?;
            output::print(&newswatch_fetcher::render_sources(
                &store.feed_states().await?,
            ))
        }
        Command::Outbox {
            config,
            status,
            requeue,
            alert,
        } => {
            let cfg = cmd::load_config(&config)?;
            let store = newswatch_store::open(&cfg).await?;
            if requeue {
                let n = store
                    .requeue_dead(alert.as_deref(), chrono::Utc::now())
                    .await?;
                return output::print(&format!("requeued {n} dead deliveries\n"));
            }
            if alert.is_some() {
                bail!("--alert only goes with --requeue");
            }
            let status = status
                .map(|s| {
                    newswatch_store::DeliveryStatus::parse(&s).with_context(|| {
                        format!("--status {s:?}: expected pending, delivered or dead")
                    })
                })
                .transpose()?;
            output::print(&newswatch_tracker::render_outbox(store.as_ref(), status).await?)
        }
        Command::Serve { config, db, bind } => {
            let cfg = cmd::load_config_or_default(&config, DEFAULT_CONFIG)?;
            cmd::serve::serve(&cfg, db.as_deref(), bind).await
        }
        Command::Check { config } => {
            let cfg = cmd::load_config(&config)?;
            output::print(&format!(
                "{}: ok ({} feeds, {} entities, {} metrics, {} figures, {} sinks)\n",
                config.display(),
                cfg.feeds.len(),
                cfg.entities.len(),
                cfg.metrics.len(),
                cfg.figures.len(),
                cfg.sinks.len()
            ))
        }
    }
}
