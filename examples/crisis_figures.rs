//! How well the crisis words catch each language's crisis test: for every language, the share
//! of crisis phrases that reach the crisis answer (missing one is the worst error the bot can
//! make) and the share of everyday phrases that do (a false alarm, far less harmful). It runs
//! the phrases of one set of locales against the words of another, so that the words of an
//! older version can be measured on today's phrases:
//!
//!     git worktree add /tmp/putokaz-before <commit>
//!     cargo run --example crisis_figures -- --words /tmp/putokaz-before/locales --tests locales
//!     cargo run --example crisis_figures -- --words locales --tests locales
//!
//! See BENCHMARKS.md for figures.

use std::path::PathBuf;

use putokaz::content::Locales;
use putokaz::content::crisis_tests::{self, is_crisis};
use putokaz::diagnostic::Report;

fn main() {
    let mut words = PathBuf::from("locales");
    let mut tests = PathBuf::from("locales");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--words", Some(dir)) => words = dir.into(),
            ("--tests", Some(dir)) => tests = dir.into(),
            _ => {
                eprintln!("usage: crisis_figures [--words LOCALES_DIR] [--tests LOCALES_DIR]");
                std::process::exit(2);
            }
        }
    }
    let mut report = Report::default();
    let Some(locales) = Locales::load(&words, "en", &mut report) else {
        eprintln!("{}", report.render(true));
        std::process::exit(1);
    };
    println!("words: {}  phrases: {}", words.display(), tests.display());
    println!(
        "{:<6} {:>18} {:>22}",
        "locale", "crisis caught", "everyday, false alarm"
    );
    let (mut caught_all, mut crisis_all, mut alarms_all, mut everyday_all) = (0, 0, 0, 0);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&tests)
        .expect("the phrases' locales folder")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join(crisis_tests::FILE).is_file())
        .collect();
    dirs.sort();
    for dir in dirs {
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (crisis, everyday) = match crisis_tests::phrases(&dir.join(crisis_tests::FILE)) {
            Ok(phrases) => phrases,
            Err(diagnostic) => {
                eprintln!("{id}: {}", diagnostic.message);
                continue;
            }
        };
        let caught = crisis.iter().filter(|p| is_crisis(&locales, p)).count();
        let alarms = everyday.iter().filter(|p| is_crisis(&locales, p)).count();
        println!(
            "{id:<6} {caught:>5}/{:<4} {:>6.1} % {alarms:>6}/{:<4} {:>6.1} %",
            crisis.len(),
            percent(caught, crisis.len()),
            everyday.len(),
            percent(alarms, everyday.len()),
        );
        caught_all += caught;
        crisis_all += crisis.len();
        alarms_all += alarms;
        everyday_all += everyday.len();
    }
    println!(
        "{:<6} {caught_all:>5}/{crisis_all:<4} {:>6.1} % {alarms_all:>6}/{everyday_all:<4} {:>6.1} %",
        "all",
        percent(caught_all, crisis_all),
        percent(alarms_all, everyday_all),
    );
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
