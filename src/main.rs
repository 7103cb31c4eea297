//! The `putokaz` command: `chat` in a terminal, `check` content, `test` conversations, keep
//! track of `translations`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use putokaz::chat::{Chat, ChatError};
use putokaz::config::Config;
use putokaz::content::{Content, Loaded, Locales, Sources, staleness};
use putokaz::diagnostic::Report;
use putokaz::engine::{Engine, Settings};
use putokaz::matrix::ServeError;
use putokaz::storage_fault::StorageFault;
use putokaz::store::{SessionStore, StoreError};
use putokaz::transcript;

/// Exit status for a usage error (bad arguments, missing folders), as clap uses.
const USAGE: u8 = 2;

#[derive(Parser)]
#[command(
    version,
    about = "A multilingual chatbot with psychosocial information for people on the move"
)]
struct Cli {
    /// Configuration file [default: putokaz.toml, if present]
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Talk to the bot in this terminal (or from piped input, one message a line)
    Chat {
        /// Start in this language instead of showing the language menu
        #[arg(long, value_name = "LOCALE")]
        lang: Option<String>,
        /// Where sessions are kept
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// Who is talking, to keep several test conversations apart (only its hash is stored)
        #[arg(long, default_value = "terminal", value_name = "NAME")]
        user: String,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Run the bot on a Matrix homeserver ([matrix] in the configuration)
    Serve {
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Check flows, the directory and translations, and report every problem with its place
    Check {
        /// Treat a missing translation in any locale as an error
        #[arg(long)]
        strict: bool,
        /// Also run the transcripts in this folder and list the nodes none of them reaches
        #[arg(long, value_name = "DIR")]
        coverage: Option<PathBuf>,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Draw a flow (or all flows) as Mermaid or Graphviz DOT, to review changes by looking
    Graph {
        /// The flow to draw [default: all]
        flow: Option<String>,
        #[arg(long, value_enum, default_value = "mermaid")]
        format: GraphFormat,
        /// Language of the labels [default: the default locale]
        #[arg(long, value_name = "LOCALE")]
        lang: Option<String>,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Show the aggregate counters: conversations, languages, and where people stop
    Stats {
        /// The bot's data directory [default: data_dir from the configuration]
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Run conversation tests (YAML transcripts)
    Test {
        /// Folder of transcripts
        #[arg(default_value = "tests/conversations")]
        dir: PathBuf,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Keep track of which translations match the current English text
    #[command(subcommand)]
    Translations(Translations),
}

#[derive(Subcommand)]
enum Translations {
    /// Record that translations match the current English text, so `check` stops calling them
    /// stale (every message of the locale when no message is named)
    Confirm {
        /// The translated locale, e.g. `ar`
        locale: String,
        /// The messages to confirm [default: all of the locale's]
        #[arg(value_name = "MESSAGE")]
        messages: Vec<String>,
        #[command(flatten)]
        locales: LocalesArg,
    },
    /// Per language: messages, missing, drafts and stale translations
    Status {
        #[command(flatten)]
        locales: LocalesArg,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum GraphFormat {
    Mermaid,
    Dot,
}

#[derive(Args)]
struct ContentArgs {
    /// Folder of flow files [default: flows]
    #[arg(long, value_name = "DIR")]
    flows: Option<PathBuf>,
    /// Folder of locale folders [default: locales]
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

#[derive(Args)]
struct LocalesArg {
    /// Folder of locale folders [default: locales]
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(USAGE);
        }
    };
    match cli.command {
        Command::Check {
            strict,
            coverage,
            content,
        } => check(&config, &content, strict, coverage.as_deref()),
        Command::Serve { content } => serve(config, &content),
        Command::Graph {
            flow,
            format,
            lang,
            content,
        } => graph(&config, &content, flow.as_deref(), format, lang.as_deref()),
        Command::Test { dir, content } => test(&config, &content, &dir),
        Command::Stats { data_dir, content } => stats(&config, &content, data_dir),
        Command::Chat {
            lang,
            data_dir,
            user,
            content,
        } => chat(&config, &content, lang, data_dir, &user),
        Command::Translations(command) => translations(&config, command),
    }
}

fn sources(config: &Config, args: &ContentArgs, strict: bool) -> Result<Sources, ExitCode> {
    let flows = args.flows.clone().unwrap_or_else(|| config.flows.clone());
    let locales = args
        .locales
        .clone()
        .unwrap_or_else(|| config.locales.clone());
    for (what, dir) in [("flows", &flows), ("locales", &locales)] {
        if !dir.is_dir() {
            eprintln!("error: the {what} folder {} does not exist", dir.display());
            eprintln!("hint: run putokaz from the project folder, or pass --{what} DIR");
            return Err(ExitCode::from(USAGE));
        }
    }
    Ok(Sources {
        flows,
        locales,
        strict,
        ..Sources::from_config(config)
    })
}

fn plain_output() -> bool {
    !std::io::stdout().is_terminal() || std::env::var_os("NO_COLOR").is_some()
}

/// Loads content for running; on errors prints them and says how to see the details.
fn load_for_running(config: &Config, args: &ContentArgs) -> Result<Arc<Content>, ExitCode> {
    let sources = sources(config, args, false)?;
    let Loaded {
        content, report, ..
    } = Content::load(&sources);
    match content {
        Some(content) => {
            if report.warnings() > 0 {
                eprintln!(
                    "note: the content has {} warning(s); `putokaz check` shows them",
                    report.warnings()
                );
            }
            drop(report);
            putokaz::memory::release_freed_memory();
            Ok(Arc::new(content))
        }
        None => {
            eprint!("{}", report.render(plain_output()));
            eprintln!(
                "error: the content has {} error(s); nothing was started",
                report.errors()
            );
            Err(ExitCode::from(1))
        }
    }
}

fn check(config: &Config, args: &ContentArgs, strict: bool, tests: Option<&Path>) -> ExitCode {
    let sources = match sources(config, args, strict) {
        Ok(sources) => sources,
        Err(code) => return code,
    };
    let Loaded {
        content,
        report,
        coverage,
    } = Content::load(&sources);
    print!("{}", report.render(plain_output()));
    if !coverage.is_empty() {
        println!("\n{}", putokaz::content::coverage::render_table(&coverage));
    }
    let content = content.map(Arc::new);
    if let Some(content) = &content {
        print_summary(content);
    }
    println!("{}", verdict(&report));
    if let (Some(dir), Some(content)) = (tests, content) {
        return test_coverage(content, dir, report.has_errors());
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs the transcripts in `dir` and lists the nodes they never reach.
fn test_coverage(content: Arc<Content>, dir: &Path, had_errors: bool) -> ExitCode {
    if !dir.is_dir() {
        eprintln!(
            "error: the transcripts folder {} does not exist",
            dir.display()
        );
        return ExitCode::from(USAGE);
    }
    let summary = transcript::run_dir(dir, content.clone());
    let (report, reached, total) = putokaz::reach::unreached(&content, &summary.reached);
    print!("\n{}", report.render(plain_output()));
    println!(
        "conversation tests reach {reached} of {total} nodes; {} transcript run(s) failed",
        summary.failures.len() + summary.broken.len()
    );
    if had_errors || !summary.ok() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn verdict(report: &Report) -> String {
    match (report.errors(), report.warnings()) {
        (0, 0) => "ok: no problems found".to_string(),
        (0, w) => format!("ok: no errors, {w} warning(s)"),
        (e, w) => format!("failed: {e} error(s), {w} warning(s)"),
    }
}

fn print_summary(content: &Arc<Content>) {
    let nodes: usize = content.flows.values().map(|f| f.nodes.len()).sum();
    println!(
        "{} flows, {} nodes, {} directory entries, {} locales",
        content.flows.len(),
        nodes,
        content.directory.services.len(),
        content.locales.all().len()
    );
    let to_verify: Vec<&str> = content
        .directory
        .services
        .iter()
        .filter(|(s, _)| s.verify_before_deploy)
        .map(|(s, _)| s.id.value.as_str())
        .collect();
    if !to_verify.is_empty() {
        println!(
            "verify before deployment ({}): {}",
            to_verify.len(),
            to_verify.join(", ")
        );
    }
    let screens = putokaz::screens::urgent_screens(content.clone());
    if let Some(longest) = screens.iter().max_by_key(|screen| screen.chars) {
        println!(
            "longest urgent screen: {} characters of {} (the {} in {} for {})",
            longest.chars,
            putokaz::screens::MAX_URGENT_SCREEN_CHARS,
            longest.what,
            longest.locale,
            longest.country.as_deref().unwrap_or("an unknown country"),
        );
    }
}

fn test(config: &Config, args: &ContentArgs, dir: &Path) -> ExitCode {
    let content = match load_for_running(config, args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    if !dir.is_dir() {
        eprintln!(
            "error: the transcripts folder {} does not exist",
            dir.display()
        );
        return ExitCode::from(USAGE);
    }
    let summary = transcript::run_dir(dir, content);
    print!("{}", summary.log);
    for broken in &summary.broken {
        print!("{}", broken.render(plain_output()));
    }
    for failure in &summary.failures {
        println!("\n{failure}");
    }
    println!(
        "{} passed, {} failed",
        summary.passed,
        summary.failures.len() + summary.broken.len()
    );
    if summary.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn stats(config: &Config, args: &ContentArgs, data_dir: Option<PathBuf>) -> ExitCode {
    let data_dir = data_dir.unwrap_or_else(|| config.data_dir.clone());
    if !data_dir.join("session-key").exists() {
        eprintln!(
            "error: {} is not a Putokaz data directory",
            data_dir.display()
        );
        eprintln!("hint: pass --data-dir DIR, or set data_dir in the configuration");
        return ExitCode::from(USAGE);
    }
    let store = match SessionStore::open(&data_dir) {
        Ok(store) => store,
        Err(error) if StorageFault::of_store(&error).is_some() => {
            return store_failed(&error, &data_dir);
        }
        Err(error) => {
            eprintln!("error: {error}");
            eprintln!(
                "hint: while the bot is running it holds the data directory; ask it with !stats in the admin room"
            );
            return ExitCode::from(1);
        }
    };
    let counters = match store.counters() {
        Ok(counters) => counters,
        Err(error) => {
            eprintln!("error: cannot read the counters: {error}");
            return ExitCode::from(1);
        }
    };
    // The content orders the nodes and tells which ones wait; the counts stand without it.
    let content = sources(config, args, false)
        .ok()
        .and_then(|sources| Content::load(&sources).content);
    println!("{}", putokaz::stats::render(&counters, content.as_ref()));
    ExitCode::SUCCESS
}

fn chat(
    config: &Config,
    args: &ContentArgs,
    lang: Option<String>,
    data_dir: Option<PathBuf>,
    user: &str,
) -> ExitCode {
    let content = match load_for_running(config, args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    if let Some(lang) = &lang
        && content.locales.get(lang).is_none()
    {
        let known: Vec<&str> = content
            .locales
            .all()
            .iter()
            .map(|l| l.id.as_str())
            .collect();
        eprintln!("error: no locale `{lang}`; bundled: {}", known.join(", "));
        return ExitCode::from(USAGE);
    }
    let data_dir = data_dir.unwrap_or_else(|| config.data_dir.clone());
    let store = match SessionStore::open(&data_dir) {
        Ok(store) => store,
        Err(error) => return store_failed(&error, &data_dir),
    };
    if let Err(error) = store.sweep(putokaz::now(), config.session_expiry.as_secs()) {
        eprintln!("warning: could not delete expired sessions: {error}");
    }
    let settings = Settings::from_config(config, lang);
    let engine = Engine::new(content, settings);
    let stdin = std::io::stdin();
    let chat = Chat {
        engine: &engine,
        store: &store,
        conversation: user,
        interactive: stdin.is_terminal(),
    };
    match chat.run(stdin.lock(), std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(ChatError::Store(error)) => store_failed(&error, &data_dir),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

/// The data directory cannot be used: says why, and what to do when the cause is the disk.
fn store_failed(error: &StoreError, data_dir: &Path) -> ExitCode {
    failed(error, StorageFault::of_store(error), data_dir)
}

/// Reports an error that stops the program, with a hint when the disk is the cause.
fn failed(error: &dyn std::fmt::Display, fault: Option<StorageFault>, data_dir: &Path) -> ExitCode {
    eprintln!("error: {error}");
    if let Some(fault) = fault {
        eprintln!("hint: {}", fault.hint(data_dir));
    }
    ExitCode::from(1)
}

fn serve(mut config: Config, args: &ContentArgs) -> ExitCode {
    init_logging();
    let content = match load_for_running(&config, args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    if let Some(flows) = &args.flows {
        config.flows = flows.clone();
    }
    if let Some(locales) = &args.locales {
        config.locales = locales.clone();
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::from(1);
        }
    };
    let data_dir = config.data_dir.clone();
    match runtime.block_on(putokaz::matrix::serve(config, content)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(ServeError::Store(error)) => store_failed(&error, &data_dir),
        // The Matrix SDK's stores report a full disk only in their messages.
        Err(error) => failed(
            &error,
            StorageFault::in_message(&error.to_string()),
            &data_dir,
        ),
    }
}

/// Logs go to standard error, scrubbed of Matrix ids (see `putokaz::log`). The default level
/// shows the bot's own state changes only: the SDK logs an ERROR for ordinary answers such as
/// "event not found" and names rooms and events freely, and what matters of its failures
/// reaches the bot as errors it reports itself. `RUST_LOG=debug` shows more, for a
/// developer's machine only.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("putokaz=info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(putokaz::log::colour())
        .with_writer(|| putokaz::log::Scrubbed)
        .init();
}

fn translations(config: &Config, command: Translations) -> ExitCode {
    let args = match &command {
        Translations::Confirm { locales, .. } | Translations::Status { locales } => locales,
    };
    let dir = args
        .locales
        .clone()
        .unwrap_or_else(|| config.locales.clone());
    if !dir.is_dir() {
        eprintln!("error: the locales folder {} does not exist", dir.display());
        eprintln!("hint: run putokaz from the project folder, or pass --locales DIR");
        return ExitCode::from(USAGE);
    }
    let mut report = Report::default();
    let locales = Locales::load(&dir, &config.default_locale, &mut report);
    // Only what stops the translations from loading; `check` shows the warnings.
    report.diagnostics.retain(|d| d.is_error());
    let Some(locales) = locales.filter(|_| !report.has_errors()) else {
        eprint!("{}", report.render(plain_output()));
        eprintln!(
            "error: the translations have {} error(s); fix them (`putokaz check` shows them all) first",
            report.errors()
        );
        return ExitCode::from(1);
    };
    match command {
        Translations::Status { .. } => {
            print!(
                "{}",
                staleness::render_status(&staleness::status(&locales, &dir))
            );
            ExitCode::SUCCESS
        }
        Translations::Confirm {
            locale, messages, ..
        } => match staleness::confirm(&locales, &dir, &locale, &messages) {
            Ok(done) => {
                println!(
                    "confirmed {} message(s) of `{}` against the current {} text ({} of them stale); wrote {}",
                    done.confirmed,
                    done.locale,
                    done.source,
                    done.were_stale,
                    done.path.display()
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                if let Some(problem) = error.diagnostic() {
                    eprint!("{}", problem.render(plain_output()));
                }
                eprintln!("error: {error}");
                // A locale or message that does not exist is a usage error, as clap's are.
                use staleness::ConfirmError::*;
                match error {
                    UnknownLocale { .. }
                    | DefaultLocale(_)
                    | UnknownMessages { .. }
                    | NotInDefault { .. } => ExitCode::from(USAGE),
                    UnreadableRecord { .. } | Write { .. } => ExitCode::from(1),
                }
            }
        },
    }
}

fn graph(
    config: &Config,
    args: &ContentArgs,
    flow: Option<&str>,
    format: GraphFormat,
    lang: Option<&str>,
) -> ExitCode {
    let content = match load_for_running(config, args) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let locale = lang.unwrap_or(&config.default_locale);
    if content.locales.get(locale).is_none() {
        eprintln!("error: no locale `{locale}`");
        return ExitCode::from(USAGE);
    }
    let format = match format {
        GraphFormat::Mermaid => putokaz::graph::Format::Mermaid,
        GraphFormat::Dot => putokaz::graph::Format::Dot,
    };
    match putokaz::graph::draw(&content, flow, locale, format) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(USAGE)
        }
    }
}
