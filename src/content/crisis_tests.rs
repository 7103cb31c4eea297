//! Each language's crisis test: phrases that must reach the crisis answer, written the ways
//! people really write them (paraphrase, negation, dialect, transliteration, misspelling), and
//! everyday phrases that only look alike and must not ("my phone is dead", "I'm dying to see my
//! family"). Translators keep them in `locales/<id>/crisis-test.yaml`, beside the words they
//! test; `putokaz check` runs them against every language's crisis words at once (as the bot
//! matches them) and names, with file and line, each phrase that fails.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::builtin::Intent;
use super::{Locales, read_source, urgent, yaml};
use crate::diagnostic::{Diagnostic, Report};
use crate::normalise::normalise;

pub const FILE: &str = "crisis-test.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CrisisTest {
    /// Phrases that must reach the crisis answer.
    crisis: Vec<Spanned<String>>,
    /// Phrases that must not.
    #[serde(default)]
    not_crisis: Vec<Spanned<String>>,
}

/// How many phrases a language's test has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub crisis: usize,
    pub not_crisis: usize,
}

/// The phrases of one language's crisis test: (must reach the crisis answer, must not).
pub fn phrases(path: &Path) -> Result<(Vec<String>, Vec<String>), Box<Diagnostic>> {
    let file = read_source(path)?;
    let test = yaml::parse::<CrisisTest>(&file)?;
    let values = |phrases: Vec<Spanned<String>>| phrases.into_iter().map(|p| p.value).collect();
    Ok((values(test.crisis), values(test.not_crisis)))
}

/// Whether any language's crisis words are in `text` (as typed).
pub fn is_crisis(locales: &Locales, text: &str) -> bool {
    let text = normalise(text);
    locales
        .all()
        .iter()
        .any(|locale| urgent::says(locale, Intent::Crisis, &text))
}

/// Runs every language's test; returns the counts, in language-menu order (zero for a language
/// without one, which the table shows).
pub fn check(locales: &Locales, dir: &Path, report: &mut Report) -> Vec<(String, Counts)> {
    let mut counts = Vec::new();
    for locale in locales.all() {
        let path = dir.join(&locale.id).join(FILE);
        if !path.is_file() {
            counts.push((locale.id.clone(), Counts::default()));
            continue;
        }
        let parsed = read_source(&path)
            .and_then(|file| yaml::parse::<CrisisTest>(&file).map(|test| (file, test)));
        let (file, test) = match parsed {
            Ok(parsed) => parsed,
            Err(diagnostic) => {
                report.push(*diagnostic);
                counts.push((locale.id.clone(), Counts::default()));
                continue;
            }
        };
        for phrase in &test.crisis {
            if !is_crisis(locales, &phrase.value) {
                report.push(
                    Diagnostic::error(
                        "crisis::missed",
                        format!("this phrase does not reach the crisis answer: {:?}", phrase.value),
                    )
                    .at(&file, yaml::span_of(&file, phrase))
                    .label("missed")
                    .help(format!(
                        "add its words to `intent-crisis` in locales/{}/bot.ftl: a phrase to `.keywords`, or widen `.pattern`",
                        locale.id
                    )),
                );
            }
        }
        for phrase in &test.not_crisis {
            if is_crisis(locales, &phrase.value) {
                report.push(
                    Diagnostic::warning(
                        "crisis::false-alarm",
                        format!("this everyday phrase reaches the crisis answer: {:?}", phrase.value),
                    )
                    .at(&file, yaml::span_of(&file, phrase))
                    .label("false alarm")
                    .help("a false alarm is far better than a missed crisis; narrow a keyword only if it does not miss any crisis phrase"),
                );
            }
        }
        counts.push((
            locale.id.clone(),
            Counts {
                crisis: test.crisis.len(),
                not_crisis: test.not_crisis.len(),
            },
        ));
    }
    counts
}
