//! Stale translations: translations made from a default-locale (English) text that has changed
//! since.
//!
//! Each translated locale keeps a record beside its `.ftl` files, `translated-from.toml`,
//! written by `putokaz translations confirm`: for each message, a short hash of the English text
//! a translator last confirmed the translation against. A translation whose recorded hash is not
//! the hash of today's English text, or that has no record, is stale, and `check` warns about it
//! until a translator updates it and confirms it again.
//!
//! The hash is taken over the message's Fluent source in a normal form (its comment dropped,
//! Fluent's standard layout, no trailing whitespace), so that editing a comment, marking a
//! message `# draft` or re-indenting it makes no translation stale: only a change to the text or
//! its attributes does.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use thiserror::Error;

use super::coverage;
use super::{Locale, Locales, read_source};
use crate::diagnostic::{Diagnostic, Report, Severity, SourceFile, line_column};

/// The record's name inside a locale folder.
pub const FILE_NAME: &str = "translated-from.toml";

/// Hex digits kept of the BLAKE3 hash: enough to notice a change, short enough to read.
const HASH_LEN: usize = 8;

/// Up to this many stale messages in a locale get a warning each; more get one warning listing
/// them, so that a locale nobody has confirmed yet does not bury every other problem.
const HANDFUL: usize = 5;

/// How many stale messages the grouped warning lists.
const LISTED: usize = 20;

/// How much of the English text a warning quotes.
const EXCERPT_CHARS: usize = 160;

/// The message's Fluent source in a normal form: what a translation is made from.
pub fn normal_form(message: &ast::Message<&str>) -> String {
    let mut message = message.clone();
    message.comment = None;
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(message)],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_string()
}

/// The short hash recorded for a normal form.
pub fn hash(normal_form: &str) -> String {
    let hex = blake3::hash(normal_form.as_bytes()).to_hex();
    hex[..HASH_LEN].to_string()
}

/// Where a locale's record is, under the locales folder.
pub fn path(locales_dir: &Path, locale: &str) -> PathBuf {
    locales_dir.join(locale).join(FILE_NAME)
}

/// A locale's `translated-from.toml`, as read.
#[derive(Debug)]
pub struct Record {
    pub file: SourceFile,
    /// Message id -> the hash recorded for it, and where the hash is written.
    hashes: BTreeMap<String, (String, Range<usize>)>,
}

impl Record {
    pub fn hash_of(&self, id: &str) -> Option<&str> {
        self.hashes.get(id).map(|(hash, _)| hash.as_str())
    }
}

/// Reads the record of `locale`: `Ok(None)` when it has none yet, a positioned warning when it
/// cannot be read. A broken record is a warning, not an error: the bot runs the same without it.
pub fn read(locales_dir: &Path, locale: &str) -> Result<Option<Record>, Box<Diagnostic>> {
    let path = path(locales_dir, locale);
    if !path.exists() {
        return Ok(None);
    }
    let help = format!(
        "{FILE_NAME} is written by `putokaz translations confirm`; undo the hand edit, or, once \
         every translation in `{locale}` matches the current source text, write it afresh with \
         `putokaz translations confirm {locale}`"
    );
    let file = read_source(&path).map_err(|d| Box::new(d.with_severity(Severity::Warning)))?;
    let table: BTreeMap<String, toml::Spanned<String>> = toml::from_str(file.inner())
        .map_err(|error| {
            let span = error.span().unwrap_or(0..0);
            Box::new(
                Diagnostic::warning(
                    "translation::bad-record",
                    format!(
                        "{} cannot be read, so stale translations in this folder cannot be found: {}",
                        file.name(),
                        error.message().trim()
                    ),
                )
                .at(&file, span)
                .label("here")
                .help(help.clone()),
            )
        })?;
    let hashes = table
        .into_iter()
        .map(|(id, hash)| {
            let span = hash.span();
            (id, (hash.into_inner(), span))
        })
        .collect();
    Ok(Some(Record { file, hashes }))
}

/// Why a translation needs checking against the English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The English text changed after the translation was confirmed.
    Changed,
    /// Nobody has confirmed the translation against any English text.
    Unconfirmed,
}

/// One stale translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub id: String,
    pub why: Why,
}

/// The messages of `locale` that are stale against `default`, by id. Messages the default
/// locale does not have are left out: there is no text to compare them with (coverage lists
/// them as extra).
pub fn stale(default: &Locale, locale: &Locale, record: Option<&Record>) -> Vec<Stale> {
    let mut ids: Vec<&String> = locale.messages.keys().collect();
    ids.sort();
    ids.into_iter()
        .filter_map(|id| {
            let source = default.messages.get(id)?;
            let why = match record.and_then(|r| r.hash_of(id)) {
                Some(recorded) if recorded == hash(&source.source) => return None,
                Some(_) => Why::Changed,
                None => Why::Unconfirmed,
            };
            Some(Stale {
                id: id.clone(),
                why,
            })
        })
        .collect()
}

/// Warns about every stale translation, at the translated message.
pub fn check(locales: &Locales, locales_dir: &Path, report: &mut Report) {
    let default = locales.default_locale();
    for locale in locales.all().iter().filter(|l| l.id != default.id) {
        let record = match read(locales_dir, &locale.id) {
            Ok(record) => record,
            Err(diagnostic) => {
                report.push(*diagnostic);
                continue;
            }
        };
        if let Some(record) = &record {
            check_hashes(record, report);
        }
        let stale = stale(default, locale, record.as_ref());
        if stale.is_empty() {
            continue;
        }
        if record.is_none() {
            report.push(never_confirmed(default, locale, stale.len()));
        } else if stale.len() <= HANDFUL {
            for one in &stale {
                report.push(stale_message(default, locale, one));
            }
        } else {
            report.push(many_stale(default, locale, &stale));
        }
    }
}

/// A hash must be what `confirm` writes; anything else is a hand edit gone wrong.
fn check_hashes(record: &Record, report: &mut Report) {
    for (id, (hash, span)) in &record.hashes {
        let well_formed =
            hash.len() == HASH_LEN && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if !well_formed {
            report.push(
                Diagnostic::warning(
                    "translation::bad-hash",
                    format!("the hash recorded for `{id}` is not one `putokaz translations confirm` writes"),
                )
                .at(&record.file, span.clone())
                .label("expected 8 hexadecimal digits")
                .help("undo the hand edit; the translation counts as stale until it is confirmed"),
            );
        }
    }
}

fn never_confirmed(default: &Locale, locale: &Locale, count: usize) -> Diagnostic {
    let (id, source) = (&locale.id, &default.meta.name);
    Diagnostic::warning(
        "translation::never-confirmed",
        format!(
            "no translation in `{id}` has been confirmed against the {source} text \
             ({count} message(s); it has no {FILE_NAME})"
        ),
    )
    .in_file(&locale.meta_file)
    .help(format!(
        "once a translator has checked that the translations match the current {source}, run \
         `putokaz translations confirm {id}`"
    ))
}

fn stale_message(default: &Locale, locale: &Locale, stale: &Stale) -> Diagnostic {
    let id = &stale.id;
    let info = &locale.messages[id];
    let text = excerpt(&default.messages[id].source);
    let (locale_id, source) = (&locale.id, &default.meta.name);
    let (message, label, todo) = match stale.why {
        Why::Changed => (
            format!("`{id}` in `{locale_id}` was translated from an older {source} text"),
            format!("translated from an older {source} text"),
            "Update the translation",
        ),
        Why::Unconfirmed => (
            format!("`{id}` in `{locale_id}` has not been confirmed against the {source} text"),
            "not confirmed".to_string(),
            "Check the translation against it",
        ),
    };
    Diagnostic::warning("translation::stale", message)
        .at(&info.file, info.span.clone())
        .label(label)
        .help(format!(
            "{source} now reads: {text}\n{todo}, then run `putokaz translations confirm {locale_id} {id}`"
        ))
}

/// One warning for many stale translations, at the first, listing them one a line as
/// `file:line id` (up to `LISTED`; `translations status` names them all).
fn many_stale(default: &Locale, locale: &Locale, stale: &[Stale]) -> Diagnostic {
    let mut places: Vec<(&str, usize, &str)> = stale
        .iter()
        .map(|one| {
            let info = &locale.messages[&one.id];
            let (line, _) = line_column(info.file.inner(), info.span.start);
            (info.file.name(), line, one.id.as_str())
        })
        .collect();
    places.sort();
    let mut listed: Vec<String> = places
        .iter()
        .take(LISTED)
        .map(|(file, line, id)| format!("{file}:{line} {id}"))
        .collect();
    if places.len() > LISTED {
        listed.push(format!(
            "… and {} more (`putokaz translations status` lists them all)",
            places.len() - LISTED
        ));
    }
    let first = &locale.messages[places[0].2];
    let changed = stale.iter().filter(|s| s.why == Why::Changed).count();
    let (count, id, source) = (stale.len(), &locale.id, &default.meta.name);
    let message = match (changed, count - changed) {
        (_, 0) => format!("{count} translations in `{id}` were made from an older {source} text"),
        (0, _) => format!(
            "{count} translations in `{id}` have not been confirmed against the {source} text"
        ),
        (changed, unconfirmed) => format!(
            "{count} translations in `{id}` need checking against the {source} text: {changed} \
             made from an older {source} text, {unconfirmed} never confirmed"
        ),
    };
    Diagnostic::warning("translation::stale", message)
        .at(&first.file, first.span.clone())
        .label("the first of them")
        .help(format!(
            "update each, then run `putokaz translations confirm {id} MESSAGE...`:\n{}",
            listed.join("\n")
        ))
}

/// The English text on one line, shortened: enough for a coordinator to recognise it.
fn excerpt(normal_form: &str) -> String {
    // The normal form starts `id =`; the rest is the text and its attributes.
    let text = normal_form
        .split_once('=')
        .map_or(normal_form, |(_, rest)| rest);
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() <= EXCERPT_CHARS {
        line
    } else {
        let cut: String = line.chars().take(EXCERPT_CHARS).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Why `confirm` refused.
#[derive(Debug, Error)]
pub enum ConfirmError {
    #[error("there is no locale `{locale}`; the locales are: {known}")]
    UnknownLocale { locale: String, known: String },
    #[error(
        "`{0}` is the default locale: translations are made from it, so there is nothing to confirm"
    )]
    DefaultLocale(String),
    #[error(
        "`{locale}` has no message {ids}; name messages by the id before `=` in locales/{locale}/*.ftl"
    )]
    UnknownMessages { locale: String, ids: String },
    #[error(
        "{ids} in `{locale}` are not in the default locale `{default}`, so there is no text to \
         confirm them against"
    )]
    NotInDefault {
        locale: String,
        default: String,
        ids: String,
    },
    #[error(
        "{FILE_NAME} of `{locale}` cannot be read, so single messages cannot be added to it; fix \
         it, or confirm every message of `{locale}` at once with `putokaz translations confirm \
         {locale}`, which writes it afresh"
    )]
    UnreadableRecord {
        locale: String,
        problem: Box<Diagnostic>,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl ConfirmError {
    /// The positioned problem behind the refusal, to show before it.
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        match self {
            ConfirmError::UnreadableRecord { problem, .. } => Some(problem),
            _ => None,
        }
    }
}

/// What `confirm` did.
#[derive(Debug, PartialEq, Eq)]
pub struct Confirmed {
    /// The locale's own id (an alias names the same locale).
    pub locale: String,
    /// The name of the default locale, whose text the translations were confirmed against.
    pub source: String,
    pub path: PathBuf,
    pub confirmed: usize,
    /// How many of them were stale before.
    pub were_stale: usize,
}

/// Records that the translations `ids` of `locale` (all of its messages when `ids` is empty)
/// match the current English text, in the locale's `translated-from.toml`.
pub fn confirm(
    locales: &Locales,
    locales_dir: &Path,
    locale: &str,
    ids: &[String],
) -> Result<Confirmed, ConfirmError> {
    let default = locales.default_locale();
    let Some(locale) = locales.get(locale) else {
        let known: Vec<&str> = locales.all().iter().map(|l| l.id.as_str()).collect();
        return Err(ConfirmError::UnknownLocale {
            locale: locale.to_string(),
            known: known.join(", "),
        });
    };
    if locale.id == default.id {
        return Err(ConfirmError::DefaultLocale(locale.id.clone()));
    }
    let quote = |ids: Vec<&String>| {
        ids.iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let unknown: Vec<&String> = ids
        .iter()
        .filter(|id| !locale.messages.contains_key(*id))
        .collect();
    if !unknown.is_empty() {
        return Err(ConfirmError::UnknownMessages {
            locale: locale.id.clone(),
            ids: quote(unknown),
        });
    }
    let not_in_default: Vec<&String> = ids
        .iter()
        .filter(|id| !default.messages.contains_key(*id))
        .collect();
    if !not_in_default.is_empty() {
        return Err(ConfirmError::NotInDefault {
            locale: locale.id.clone(),
            default: default.id.clone(),
            ids: quote(not_in_default),
        });
    }

    let path = path(locales_dir, &locale.id);
    // Confirming every message replaces the whole record, so an unreadable one does not matter.
    let record = match read(locales_dir, &locale.id) {
        Ok(record) => record,
        Err(_) if ids.is_empty() => None,
        Err(problem) => {
            return Err(ConfirmError::UnreadableRecord {
                locale: locale.id.clone(),
                problem,
            });
        }
    };
    let stale_before: Vec<String> = stale(default, locale, record.as_ref())
        .into_iter()
        .map(|s| s.id)
        .collect();

    let mut chosen: Vec<&String> = if ids.is_empty() {
        locale
            .messages
            .keys()
            .filter(|id| default.messages.contains_key(*id))
            .collect()
    } else {
        ids.iter().collect()
    };
    chosen.sort();
    chosen.dedup();
    // Records of messages this locale or English no longer has are dropped: they mean nothing.
    let mut hashes: BTreeMap<String, String> = record
        .map(|r| r.hashes)
        .unwrap_or_default()
        .into_iter()
        .filter(|(id, _)| locale.messages.contains_key(id) && default.messages.contains_key(id))
        .map(|(id, (hash, _))| (id, hash))
        .collect();
    for id in &chosen {
        hashes.insert((*id).clone(), hash(&default.messages[id.as_str()].source));
    }
    let text = render_record(&locale.id, &default.meta.name, &hashes);
    write(&path, &text).map_err(|source| ConfirmError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(Confirmed {
        locale: locale.id.clone(),
        source: default.meta.name.clone(),
        path,
        confirmed: chosen.len(),
        were_stale: chosen.iter().filter(|id| stale_before.contains(id)).count(),
    })
}

/// The record as written: a header saying what it is, then one `id = "hash"` line per message,
/// sorted, so that a confirmation shows in review as the lines it changed.
fn render_record(locale: &str, source: &str, hashes: &BTreeMap<String, String>) -> String {
    let mut text = format!(
        "# Written by `putokaz translations confirm {locale}`; do not edit by hand.\n\
         #\n\
         # For each message of this translation, a short hash of the {source} text a translator\n\
         # last confirmed the translation against. When the {source} text changes, the hash no\n\
         # longer matches and `putokaz check` reports the translation as stale, until it is\n\
         # updated and confirmed again with `putokaz translations confirm {locale} MESSAGE`.\n\n"
    );
    for (id, hash) in hashes {
        // Fluent ids are letters, digits, `-` and `_`, which TOML takes as bare keys.
        text.push_str(&format!("{id} = \"{hash}\"\n"));
    }
    text
}

/// Writes through a temporary file and a rename, so that an interrupted confirm never leaves
/// half a record.
fn write(path: &Path, text: &str) -> std::io::Result<()> {
    let temporary = path.with_extension("toml.tmp");
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path)
}

/// One row of `putokaz translations status`.
#[derive(Debug)]
pub struct Status {
    pub coverage: coverage::Coverage,
    pub record: RecordState,
    /// Stale translations (none for the default locale, or when the record cannot be read).
    pub stale: Vec<Stale>,
}

/// What is known of a locale's record.
#[derive(Debug, PartialEq, Eq)]
pub enum RecordState {
    /// The default locale needs none.
    Source,
    Read,
    /// No translation in the locale has been confirmed yet.
    Missing,
    /// Why the record cannot be read.
    Unreadable(String),
}

/// How up to date each locale's translations are, in language-menu order.
pub fn status(locales: &Locales, locales_dir: &Path) -> Vec<Status> {
    let default = locales.default_locale();
    coverage::coverage(locales)
        .into_iter()
        .zip(locales.all())
        .map(|(coverage, locale)| {
            let (record, stale) = if locale.id == default.id {
                (RecordState::Source, Vec::new())
            } else {
                match read(locales_dir, &locale.id) {
                    Ok(Some(record)) => (RecordState::Read, stale(default, locale, Some(&record))),
                    Ok(None) => (RecordState::Missing, stale(default, locale, None)),
                    Err(diagnostic) => (RecordState::Unreadable(diagnostic.message), Vec::new()),
                }
            };
            Status {
                coverage,
                record,
                stale,
            }
        })
        .collect()
}

/// The table `putokaz translations status` prints, with the stale messages listed below it.
pub fn render_status(rows: &[Status]) -> String {
    let width = rows
        .iter()
        .map(|r| r.coverage.name.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let source = rows
        .iter()
        .find(|r| r.record == RecordState::Source)
        .map_or("source", |r| r.coverage.name.as_str());
    let mut out = format!(
        "{:<7} {:<width$}  messages  missing  drafts  stale\n",
        "locale", "language"
    );
    for row in rows {
        let c = &row.coverage;
        let stale = match &row.record {
            RecordState::Source => "-".to_string(),
            RecordState::Unreadable(_) => "?".to_string(),
            RecordState::Read | RecordState::Missing => row.stale.len().to_string(),
        };
        out.push_str(&format!(
            "{:<7} {:<width$} {:>4}/{:<4} {:>7}  {:>6}  {:>5}\n",
            c.locale,
            c.name,
            c.present,
            c.total,
            c.missing.len(),
            c.drafts,
            stale,
        ));
    }
    for row in rows {
        let locale = &row.coverage.locale;
        match &row.record {
            RecordState::Read if !row.stale.is_empty() => {
                let ids: Vec<&str> = row.stale.iter().map(|s| s.id.as_str()).collect();
                out.push_str(&format!("  stale in {locale}: {}\n", ids.join(", ")));
            }
            RecordState::Missing if !row.stale.is_empty() => out.push_str(&format!(
                "  {locale}: no translation confirmed yet (it has no {FILE_NAME}); \
                 once they match the {source}, `putokaz translations confirm {locale}` records that\n"
            )),
            RecordState::Unreadable(problem) => {
                out.push_str(&format!("  {locale}: {problem}\n"));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The normal form of the only message in `source`.
    /// The full parser keeps comments (the bundle's parser drops them), so that the tests see
    /// `normal_form` drop them.
    fn form(source: &str) -> String {
        let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
        let message = resource
            .body
            .iter()
            .find_map(|e| match e {
                ast::Entry::Message(m) => Some(m),
                _ => None,
            })
            .expect("a message");
        normal_form(message)
    }

    #[test]
    fn comments_layout_and_trailing_spaces_do_not_change_the_hash() {
        let plain = hash(&form("job-intro = A job offer can be a trap.\n"));
        for same in [
            "# draft: new wording\njob-intro = A job offer can be a trap.\n",
            "# Reviewed by Amal, whose note was long\njob-intro = A job offer can be a trap.   \n",
            "job-intro =\n    A job offer can be a trap.\n",
            "job-intro=A job offer can be a trap.\n\n\n",
        ] {
            assert_eq!(hash(&form(same)), plain, "{same:?}");
        }
    }

    #[test]
    fn trailing_spaces_inside_a_long_message_do_not_change_the_hash() {
        let plain = hash(&form("a =\n    First line.\n    Second line.\n"));
        let spaced = hash(&form("a =\n    First line.   \n    Second line.\t\n"));
        assert_eq!(spaced, plain);
    }

    #[test]
    fn a_changed_text_or_attribute_changes_the_hash() {
        let plain = hash(&form("a = Call 112.\n    .keywords = help, sos\n"));
        for different in [
            "a = Call 192.\n    .keywords = help, sos\n",
            "a = Call 112.\n    .keywords = help\n",
            "a = Call 112.\n",
            "a = Call { $number }.\n    .keywords = help, sos\n",
        ] {
            assert_ne!(hash(&form(different)), plain, "{different:?}");
        }
    }

    #[test]
    fn hashes_are_short_lowercase_hex() {
        let h = hash("a = b");
        assert_eq!(h.len(), HASH_LEN);
        assert!(
            h.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
    }

    #[test]
    fn excerpts_are_one_line_and_short() {
        let text = form("a =\n    First line\n    second line\n");
        assert_eq!(excerpt(&text), "First line second line");
        let long = format!("a = {}\n", "word ".repeat(60));
        let cut = excerpt(&form(&long));
        assert!(cut.ends_with('…'), "{cut}");
        assert!(cut.chars().count() <= EXCERPT_CHARS + 1, "{cut}");
    }

    #[test]
    fn records_are_sorted_with_a_header_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("ar")).unwrap();
        let path = path(dir.path(), "ar");
        let hashes: BTreeMap<String, String> = [("b-two", "0123abcd"), ("a-one", "89abcdef")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .into();
        let text = render_record("ar", "English", &hashes);
        assert!(text.starts_with("# Written by `putokaz translations confirm ar`"));
        assert!(text.find("a-one").unwrap() < text.find("b-two").unwrap());
        write(&path, &text).unwrap();
        let record = read(dir.path(), "ar").unwrap().unwrap();
        assert_eq!(record.hash_of("a-one"), Some("89abcdef"));
        assert_eq!(record.hash_of("b-two"), Some("0123abcd"));
        assert_eq!(record.hash_of("c"), None);
        assert!(!dir.path().join("ar/translated-from.toml.tmp").exists());
    }

    #[test]
    fn a_missing_record_is_none_and_a_broken_one_a_positioned_warning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("ar")).unwrap();
        let path = path(dir.path(), "ar");
        assert!(read(dir.path(), "ar").unwrap().is_none());
        for garbage in [
            "a = \"12345678\"\nb = = \"x\"\n",
            "a = 3\n",
            "[a]\nb = \"x\"\n",
        ] {
            std::fs::write(&path, garbage).unwrap();
            let diagnostic = read(dir.path(), "ar").unwrap_err();
            assert_eq!(diagnostic.severity, Severity::Warning, "{garbage:?}");
            assert!(diagnostic.span.is_some(), "{garbage:?}: {diagnostic:?}");
            assert!(
                diagnostic.message.contains("cannot be read"),
                "{garbage:?}: {}",
                diagnostic.message
            );
        }
        std::fs::write(&path, b"a = \"\xff\"\n").unwrap();
        let diagnostic = read(dir.path(), "ar").unwrap_err();
        assert_eq!(diagnostic.severity, Severity::Warning);
    }

    /// A locales folder with English and Arabic, two messages each, and their locales.
    fn tiny_locales(dir: &Path) -> Locales {
        for (id, direction, ftl) in [
            ("en", "ltr", "hello = Hello\nbye = Goodbye\n"),
            ("ar", "rtl", "hello = مرحبا\nbye = مع السلامة\nold = قديم\n"),
        ] {
            let folder = dir.join(id);
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(
                folder.join("locale.yaml"),
                format!("name: {id}\nautonym: {id}\ndirection: {direction}\n"),
            )
            .unwrap();
            std::fs::write(folder.join("main.ftl"), ftl).unwrap();
        }
        let mut report = Report::default();
        let locales = Locales::load(dir, "en", &mut report).expect("locales load");
        assert!(!report.has_errors(), "{}", report.render(true));
        locales
    }

    fn stale_ids(locales: &Locales, dir: &Path) -> Vec<String> {
        let record = read(dir, "ar").unwrap();
        let ar = locales.get("ar").unwrap();
        stale(locales.default_locale(), ar, record.as_ref())
            .into_iter()
            .map(|s| s.id)
            .collect()
    }

    #[test]
    fn confirming_some_messages_leaves_the_others_stale() {
        let dir = tempfile::tempdir().unwrap();
        let locales = tiny_locales(dir.path());
        assert_eq!(stale_ids(&locales, dir.path()), ["bye", "hello"]);
        let twice = ["hello".to_string(), "hello".to_string()];
        let done = confirm(&locales, dir.path(), "ar", &twice).unwrap();
        assert_eq!((done.confirmed, done.were_stale), (1, 1));
        assert_eq!(stale_ids(&locales, dir.path()), ["bye"]);
        let done = confirm(&locales, dir.path(), "ar", &[]).unwrap();
        assert_eq!((done.confirmed, done.were_stale), (2, 1));
        assert!(stale_ids(&locales, dir.path()).is_empty());
        // `old` is only in Arabic: there is no English text to record for it.
        let text = std::fs::read_to_string(path(dir.path(), "ar")).unwrap();
        assert!(!text.contains("old ="), "{text}");
    }

    #[test]
    fn check_warns_at_the_translated_message_and_groups_none_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let locales = tiny_locales(dir.path());
        let mut report = Report::default();
        check(&locales, dir.path(), &mut report);
        assert_eq!(report.diagnostics.len(), 1, "{}", report.render(true));
        assert_eq!(report.diagnostics[0].code, "translation::never-confirmed");

        confirm(&locales, dir.path(), "ar", &["hello".to_string()]).unwrap();
        let mut report = Report::default();
        check(&locales, dir.path(), &mut report);
        assert_eq!(report.diagnostics.len(), 1, "{}", report.render(true));
        let warning = &report.diagnostics[0];
        assert_eq!(warning.severity, Severity::Warning);
        assert!(
            warning.message.contains("`bye` in `ar`"),
            "{}",
            warning.message
        );
        assert!(warning.file_name().unwrap().ends_with("ar/main.ftl"));
        assert_eq!(warning.line_column(), Some((2, 1)));
    }

    #[test]
    fn confirm_refuses_what_it_cannot_record() {
        let dir = tempfile::tempdir().unwrap();
        let locales = tiny_locales(dir.path());
        let refuse = |locale: &str, ids: &[&str]| {
            let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
            confirm(&locales, dir.path(), locale, &ids)
                .unwrap_err()
                .to_string()
        };
        assert!(refuse("xx", &[]).contains("there is no locale `xx`"));
        assert!(refuse("en", &[]).contains("`en` is the default locale"));
        assert!(refuse("ar", &["helo", "bye"]).contains("`ar` has no message `helo`"));
        assert!(refuse("ar", &["old"]).contains("not in the default locale `en`"));
        assert!(
            !path(dir.path(), "ar").exists(),
            "nothing is written on refusal"
        );

        std::fs::write(path(dir.path(), "ar"), "hello = [\n").unwrap();
        assert!(refuse("ar", &["bye"]).contains("cannot be read"));
        confirm(&locales, dir.path(), "ar", &[]).expect("confirming all rewrites a broken record");
        assert!(stale_ids(&locales, dir.path()).is_empty());
    }

    /// Staleness is a warning: an English change may wait for its translators, so a stale
    /// bundled translation must not fail the tests. A record that cannot be read, though, is
    /// a broken file (often a merge conflict left in it).
    #[test]
    fn the_bundled_records_can_be_read() {
        let content = crate::content::load_bundled();
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
        for locale in content.locales.all() {
            if let Err(problem) = read(&dir, &locale.id) {
                panic!("{}", problem.render(true));
            }
        }
    }
}
