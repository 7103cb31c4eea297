//! Content: flows, the service directory and translations, loaded from files and checked as one
//! set. Loading and checking are the same code, so what `putokaz check` accepts is exactly what
//! the bot will run.

pub mod builtin;
pub mod coverage;
pub mod crisis_tests;
pub mod directory;
mod directory_check;
pub mod flow_file;
mod flows;
pub mod glossary;
mod handoff;
pub mod hours;
pub mod languages;
mod length;
mod links;
pub mod locale;
pub mod model;
pub mod phone;
pub mod staleness;
pub mod urgent;
pub mod yaml;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use crate::diagnostic::{Diagnostic, Report, Severity, SourceFile, source_file};
pub use directory::Directory;
pub use locale::Locale;
use model::{Flow, Node};

/// Where content comes from.
#[derive(Debug, Clone)]
pub struct Sources {
    pub flows: PathBuf,
    pub locales: PathBuf,
    pub default_locale: String,
    /// Today, as days since 1970-01-01, to judge how old `source_read` and `verified` dates are.
    pub today: i64,
    /// Entries verified longer ago than this many days get a warning.
    pub stale_after_days: i64,
    /// Missing translations are errors, not warnings.
    pub strict: bool,
    /// Services with a referral room, when the configuration has a `[matrix]` section: a
    /// hand-off to any other service would reach no one.
    pub referral_services: Option<BTreeSet<String>>,
}

impl Sources {
    /// Where the configuration says content is, judged as of today; not strict.
    pub fn from_config(config: &crate::config::Config) -> Sources {
        Sources {
            flows: config.flows.clone(),
            locales: config.locales.clone(),
            default_locale: config.default_locale.clone(),
            today: crate::today(),
            stale_after_days: (config.verify_every.as_secs() / 86_400) as i64,
            strict: false,
            referral_services: config
                .matrix
                .as_ref()
                .map(|matrix| matrix.referral_rooms.keys().cloned().collect()),
        }
    }
}

/// The bundled content, for unit tests.
#[cfg(test)]
pub(crate) fn load_bundled() -> Content {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = crate::config::Config {
        flows: root.join("flows"),
        locales: root.join("locales"),
        ..crate::config::Config::default()
    };
    let loaded = Content::load(&Sources::from_config(&config));
    loaded
        .content
        .unwrap_or_else(|| panic!("{}", loaded.report.render(true)))
}

/// A complete, checked content set.
pub struct Content {
    pub flows: HashMap<String, Flow>,
    pub directory: Directory,
    pub locales: Locales,
}

/// The result of loading: the content when it has no errors, and every problem found.
pub struct Loaded {
    pub content: Option<Content>,
    pub report: Report,
    /// How complete each translation is (empty when the locales could not be loaded).
    pub coverage: Vec<coverage::Coverage>,
}

impl Content {
    pub fn load(sources: &Sources) -> Loaded {
        let mut report = Report::default();
        let locales = Locales::load(&sources.locales, &sources.default_locale, &mut report);
        if let Some(locales) = &locales {
            flows::check_builtin_messages(locales, &mut report);
        }
        let directory = flows::load_directory(
            &sources.flows.join("directory"),
            &locales,
            sources,
            &mut report,
        );
        let flows = flows::load_flows(&sources.flows, &locales, &directory, &mut report);
        if let Some(services) = &sources.referral_services {
            handoff::check_rooms(&flows, &directory, services, &mut report);
        }
        let mut table = Vec::new();
        if let Some(locales) = &locales {
            coverage::check(locales, sources.strict, &mut report);
            length::check(locales, &mut report);
            staleness::check(locales, &sources.locales, &mut report);
            glossary::check(locales, &sources.locales, &mut report);
            let crisis = crisis_tests::check(locales, &sources.locales, &mut report);
            table = coverage::coverage(locales);
            for (row, (_, counts)) in table.iter_mut().zip(crisis) {
                row.crisis_tests = counts;
            }
        }
        let content = match (report.has_errors(), locales) {
            (false, Some(locales)) => Some(Content {
                flows,
                directory,
                locales,
            }),
            _ => None,
        };
        // What a person in crisis or danger reads, composed: only once everything else holds.
        let content = content.and_then(|content| {
            let content = std::sync::Arc::new(content);
            crate::screens::check(content.clone(), &mut report);
            (!report.has_errors())
                .then(|| std::sync::Arc::try_unwrap(content).ok())
                .flatten()
        });
        report.sort();
        Loaded {
            content,
            report,
            coverage: table,
        }
    }

    pub fn node(&self, flow: &str, node: &str) -> Option<&Node> {
        self.flows.get(flow)?.nodes.get(node)
    }

    /// The main menu: the first node of the `main` flow.
    pub fn main_menu(&self) -> (&str, &str) {
        let flow = &self.flows[builtin::MAIN_FLOW];
        (flow.id.as_str(), flow.entry.as_str())
    }
}

/// Every locale, with the fallback chain of each resolved once at load.
pub struct Locales {
    list: Vec<Locale>,
    default: usize,
    /// For each locale, the indices to try for a message, itself first and the default last.
    chains: Vec<Vec<usize>>,
    by_id: HashMap<String, usize>,
}

impl Locales {
    /// Loads the locales under `dir` alone, for tools that need no flows.
    /// Returns `None` (with a diagnostic) when the default locale is missing.
    pub fn load(dir: &Path, default_id: &str, report: &mut Report) -> Option<Locales> {
        let list = locale::load_locales(dir, report);
        Locales::new(list, default_id, report)
    }

    /// Orders locales for the language menu (default first, then by `order`, then by id) and
    /// resolves fallbacks.
    /// Returns `None` (with a diagnostic) when the default locale is missing.
    fn new(mut list: Vec<Locale>, default_id: &str, report: &mut Report) -> Option<Locales> {
        list.sort_by_key(|l| {
            (
                l.id != default_id,
                l.meta.order.unwrap_or(u32::MAX),
                l.id.clone(),
            )
        });
        let Some(default) = list.iter().position(|l| l.id == default_id) else {
            report.push(
                Diagnostic::error(
                    "locale::no-default",
                    format!("the default locale `{default_id}` has no folder in the locales directory"),
                )
                .help("create locales/<id>/ with locale.yaml and .ftl files, or change default_locale"),
            );
            return None;
        };
        let mut by_id = HashMap::new();
        for (index, locale) in list.iter().enumerate() {
            by_id.insert(locale.id.clone(), index);
        }
        for (index, locale) in list.iter().enumerate() {
            for alias in &locale.meta.aliases {
                if let Some(&other) = by_id.get(alias) {
                    if other != index {
                        report.push(
                            Diagnostic::error(
                                "locale::alias-taken",
                                format!(
                                    "alias `{alias}` of `{}` is already a locale or alias",
                                    locale.id
                                ),
                            )
                            .in_file(&locale.meta_file),
                        );
                    }
                } else {
                    by_id.insert(alias.clone(), index);
                }
            }
        }
        let chains = list
            .iter()
            .enumerate()
            .map(|(index, locale)| {
                let mut chain = vec![index];
                for fallback in &locale.meta.fallback {
                    match by_id.get(fallback) {
                        Some(&f) if !chain.contains(&f) => chain.push(f),
                        Some(_) => {}
                        None => report.push(
                            Diagnostic::warning(
                                "locale::unknown-fallback",
                                format!("`{}` falls back to `{fallback}`, which is not a bundled locale", locale.id),
                            )
                            .in_file(&locale.meta_file),
                        ),
                    }
                }
                if !chain.contains(&default) {
                    chain.push(default);
                }
                chain
            })
            .collect();
        Some(Locales {
            list,
            default,
            chains,
            by_id,
        })
    }

    pub fn all(&self) -> &[Locale] {
        &self.list
    }

    pub fn default_locale(&self) -> &Locale {
        &self.list[self.default]
    }

    /// The locale with this id or alias.
    pub fn get(&self, id: &str) -> Option<&Locale> {
        self.by_id.get(id).map(|&i| &self.list[i])
    }

    fn index(&self, id: &str) -> usize {
        self.by_id.get(id).copied().unwrap_or(self.default)
    }

    /// The locales to try for `id`, in order.
    pub fn chain(&self, id: &str) -> impl Iterator<Item = &Locale> {
        self.chains[self.index(id)].iter().map(|&i| &self.list[i])
    }

    /// Formats a message in the first locale of the chain that has it.
    pub fn format(&self, locale: &str, message: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.chain(locale).find_map(|l| l.format(message, args))
    }

    /// What the first locale in the chain that has the message knows about it.
    pub fn message(&self, locale: &str, message: &str) -> Option<&locale::MessageInfo> {
        self.chain(locale).find_map(|l| l.messages.get(message))
    }

    /// How serious a translation problem in `locale` is: an error in the default locale, which
    /// every other falls back to, and a warning elsewhere.
    pub fn severity_in(&self, locale: &str) -> Severity {
        if locale == self.default_locale().id {
            Severity::Error
        } else {
            Severity::Warning
        }
    }

    /// The locale that serves `message` for a person speaking `locale`.
    pub fn serving(&self, locale: &str, message: &str) -> Option<&Locale> {
        self.chain(locale)
            .find(|l| l.messages.contains_key(message))
    }
}

/// Reads a content file, refusing files too large to be real content.
pub fn read_source(path: &Path) -> Result<SourceFile, Box<Diagnostic>> {
    let name = path.display().to_string();
    let fail = |what: String| {
        Box::new(
            Diagnostic::error("file::unreadable", what)
                .help("check that the file exists and is readable"),
        )
    };
    let metadata = std::fs::metadata(path).map_err(|e| fail(format!("cannot read {name}: {e}")))?;
    // A FIFO would hang the bot's reload for ever, and a link to a device such as /dev/zero
    // would fill its memory: only regular files are content.
    if !metadata.is_file() {
        return Err(Box::new(
            Diagnostic::error("file::not-regular", format!("{name} is not a regular file"))
                .help("content files must be ordinary files (not a pipe, device or folder)"),
        ));
    }
    let too_big = || {
        fail(format!(
            "{name} is larger than {} bytes",
            yaml::MAX_FILE_BYTES
        ))
    };
    if metadata.len() > yaml::MAX_FILE_BYTES as u64 {
        return Err(too_big());
    }
    // Read no more than the cap even if the file grows after the check.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| {
            use std::io::Read;
            file.take(yaml::MAX_FILE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| fail(format!("cannot read {name}: {e}")))?;
    if bytes.len() > yaml::MAX_FILE_BYTES {
        return Err(too_big());
    }
    match String::from_utf8(bytes) {
        // A byte-order mark, as some Windows editors write, is not content.
        Ok(text) => Ok(source_file(
            name,
            text.strip_prefix('\u{FEFF}')
                .map_or(text.clone(), str::to_string),
        )),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let file = source_file(&name, text);
            Err(Box::new(
                Diagnostic::error("file::not-utf8", format!("{name} is not valid UTF-8 text"))
                    .at(&file, offset..offset)
                    .label("first invalid byte")
                    .help("save the file as UTF-8 (most editors offer this under 'Save with encoding')"),
            ))
        }
    }
}

/// Lists the files with extension `ext` directly inside `dir`, sorted.
pub fn files_with_extension(dir: &Path, exts: &[&str]) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| exts.iter().any(|x| e == *x)))
        .collect();
    files.sort();
    Ok(files)
}
