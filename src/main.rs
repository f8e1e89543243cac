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
}

fn main() -> std::process::ExitCode {
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
