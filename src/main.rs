use std::io::{BufReader, BufWriter};
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

use wirestream::cli;
use wirestream::settings::Settings;
use wirestream::telemetry;

/// wirestream: normalize, deduplicate and enrich wire-service news on Kafka.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// Configuration file (TOML); defaults are built in, WIRESTREAM__SECTION__KEY variables override both.
    #[arg(long, short, global = true, env = "WIRESTREAM_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Consume the input topics until SIGTERM/SIGINT, publishing events, duplicates and dead letters.
    Run,
    /// Run the stages over JSON Lines without Kafka: one output line per input line.
    Process {
        /// Input file, or - for standard input.
        #[arg(long, short, default_value = "-")]
        input: String,
        /// Output file, or - for standard output.
        #[arg(long, short, default_value = "-")]
        output: String,
    },
    /// Run the whole job on a bundled sample through an in-process mock Kafka cluster.
    Demo,
    /// Print the effective configuration as JSON, secrets redacted.
    Config,
    /// Push synthetic wire articles into the input topic of a running processor, wait for their
    /// outputs and print throughput and end-to-end latency as JSON.
    Load {
        /// Articles to produce.
        #[arg(long, short = 'n', default_value_t = 10_000)]
        count: usize,
        /// Articles per second; 0 means as fast as the broker takes them.
        #[arg(long, default_value_t = 0.0)]
        rate: f64,
        /// Share of articles that re-send an earlier one.
        #[arg(long, default_value_t = 0.1)]
        duplicate_rate: f64,
        /// Share of articles replaced by unreadable bytes (each must become a dead letter).
        #[arg(long, default_value_t = 0.0)]
        bad_rate: f64,
        /// Corpus seed; the same seed gives the same articles.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Only produce; do not wait for the outputs.
        #[arg(long)]
        no_wait: bool,
        /// Give up waiting for outputs after this many seconds.
        #[arg(long, default_value_t = 600)]
        timeout_secs: u64,
        /// The processor's pid (same machine), to report its peak RSS and CPU per article.
        #[arg(long)]
        processor_pid: Option<u32>,
        /// Push this many other articles first and wait for their outputs, unmeasured: a
        /// just-started broker runs its JVM's compiler for the first tens of thousands of
        /// records, and this measures the steady state after it (the report says how many).
        #[arg(long, default_value_t = 0, conflicts_with = "no_wait")]
        warmup: usize,
    },
    /// Exit 0 when the instance configured here answers 200 on /health (or /ready with --ready):
    /// a container HEALTHCHECK that needs no curl.
    Health {
        /// Probe /ready (dedup window restored, consuming) instead of /health.
        #[arg(long)]
        ready: bool,
    },
    /// Create the topics the configuration names (input, output, dead letters, duplicates when
    /// routed to a topic, and the compacted dedup changelog). Existing topics are left alone.
    CreateTopics {
        /// Partitions of each new topic (the changelog gets one: it is read whole by every instance).
        #[arg(long, default_value_t = 3)]
        partitions: i32,
        /// Replication factor of each new topic.
        #[arg(long, default_value_t = 1)]
        replication: i32,
    },
}

fn main() -> std::process::ExitCode {
    wirestream::memory::tune();
    match real_main() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wirestream: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

fn real_main() -> anyhow::Result<()> {
    let args = Args::parse();
    let settings = Settings::load(args.config.as_deref())?;
    match args.command {
        Command::Config => {
            println!(
                "{}",
                serde_json::to_string_pretty(&settings.redacted_json())?
            );
            Ok(())
        }
        Command::Process { input, output } => {
            let reader: Box<dyn std::io::BufRead> = if input == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(BufReader::new(
                    std::fs::File::open(&input)
                        .with_context(|| format!("opening input {input}"))?,
                ))
            };
            let writer: Box<dyn std::io::Write> = if output == "-" {
                Box::new(BufWriter::new(std::io::stdout().lock()))
            } else {
                Box::new(BufWriter::new(
                    std::fs::File::create(&output)
                        .with_context(|| format!("creating output {output}"))?,
                ))
            };
            let summary = cli::process::process(&settings, reader, writer)?;
            eprintln!(
                "processed: {} events ({} duplicates), {} dead letters",
                summary.events, summary.duplicates, summary.dead_letters
            );
            Ok(())
        }
        Command::Run => {
            telemetry::init_logging(&settings.log);
            runtime()?.block_on(cli::run::run(settings))
        }
        Command::Load {
            count,
            rate,
            duplicate_rate,
            bad_rate,
            seed,
            no_wait,
            timeout_secs,
            processor_pid,
            warmup,
        } => {
            let mut quiet = settings.log.clone();
            quiet.level = std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into());
            telemetry::init_logging(&quiet);
            let opts = cli::load::LoadOptions {
                count,
                rate,
                duplicate_rate,
                bad_rate,
                seed,
                wait: !no_wait,
                timeout: std::time::Duration::from_secs(timeout_secs),
                processor_pid,
            };
            let runtime = runtime()?;
            if warmup > 0 {
                let warm = cli::load::LoadOptions {
                    count: warmup,
                    rate: 0.0,
                    // Other stories than the measured run's, so none of those reads as a copy.
                    seed: seed.wrapping_add(0x5EED_0000),
                    processor_pid: None,
                    ..opts.clone()
                };
                let done = runtime.block_on(cli::load::load(&settings, warm))?;
                if done.missing > 0 {
                    anyhow::bail!(
                        "warm-up: {} of {warmup} outputs never arrived",
                        done.missing
                    );
                }
            }
            let mut report = runtime.block_on(cli::load::load(&settings, opts))?;
            report.warmup = warmup;
            println!("{}", serde_json::to_string_pretty(&report)?);
            Ok(())
        }
        Command::Health { ready } => {
            let addr = cli::health::probe_address(settings.http.address);
            let path = if ready { "/ready" } else { "/health" };
            cli::health::check(addr, path, std::time::Duration::from_secs(3))?;
            println!("{addr}{path}: ok");
            Ok(())
        }
        Command::CreateTopics {
            partitions,
            replication,
        } => {
            let created = runtime()?.block_on(wirestream::kafka::topics::create(
                &settings,
                partitions,
                replication,
            ))?;
            for (topic, state) in created {
                println!("{topic}: {state}");
            }
            Ok(())
        }
        Command::Demo => {
            let mut quiet = settings.log.clone();
            quiet.level = std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into());
            telemetry::init_logging(&quiet);
            runtime()?.block_on(cli::demo::demo(settings))
        }
    }
}

/// Several workers even on small machines: a rebalance callback may block one while it waits
/// for in-flight deliveries, which other workers complete.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .context("starting the async runtime")
}
