//! Translations: one Fluent bundle per locale, built once at load and shared, with the keywords
//! and patterns translators attach to messages prepared for matching.
//!
//! A locale is a folder `locales/<id>/` with `locale.yaml` (its names, direction, fallbacks and
//! review status) and any number of `.ftl` files.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use regex::Regex;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::{read_source, yaml};
use crate::diagnostic::{Diagnostic, Report, SourceFile};
use crate::normalise::normalise;

pub type Bundle = FluentBundle<Arc<FluentResource>>;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language's name in English, for coordinators.
    pub name: String,
    /// The language's name in its own script, shown in the language menu.
    pub autonym: String,
    pub direction: Direction,
    /// Locales to try, in order, for a message this one lacks (the default locale comes last).
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Other locale ids that pick this one (e.g. `prs` for Dari picks `fa`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Words that pick this language in the language menu, in any script.
    #[serde(default)]
    pub names: Vec<String>,
    /// Who reviewed the translation, and when. A locale without a review is a draft.
    #[serde(default)]
    pub review: Option<Review>,
    /// Place in the language menu (smaller first); locales without one come last, by id.
    #[serde(default)]
    pub order: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub by: String,
    pub date: String,
}

/// What the checker and the matcher need to know about one message in one locale.
#[derive(Debug)]
pub struct MessageInfo {
    pub file: SourceFile,
    pub span: Range<usize>,
    pub has_value: bool,
    /// Marked `# draft` in a comment line just above it: not reviewed, even in a reviewed locale.
    pub draft: bool,
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    /// Normalised words from the `.keywords` attribute.
    pub keywords: Vec<String>,
    /// All of `keywords` at once, for one pass over a message (see [`MessageInfo::says`]).
    pub keyword_finder: Option<aho_corasick::AhoCorasick>,
    /// The keywords that may also match one letter off (see `urgent`), split into words
    /// once at load.
    pub near_keywords: Vec<Vec<String>>,
    /// The `.pattern` attribute, compiled to match normalised text.
    pub pattern: Option<Regex>,
    /// The message's own text, normalised, when it has no variables (menu labels).
    pub normalised_text: Option<String>,
    /// The message's Fluent source in a normal form, whose hash tells a translation made from
    /// it whether it has changed since (see `staleness`).
    pub source: String,
}

impl MessageInfo {
    /// Whether one of the keywords stands in `text` (normalised) as whole words.
    pub fn says(&self, text: &str) -> bool {
        let Some(finder) = &self.keyword_finder else {
            return false;
        };
        finder.find_overlapping_iter(text).any(|found| {
            let (start, end) = (found.start(), found.end());
            (start == 0 || text[..start].ends_with(' '))
                && (end == text.len() || text[end..].starts_with(' '))
        })
    }
}

pub struct Locale {
    pub id: String,
    pub meta: LocaleMeta,
    pub meta_file: SourceFile,
    pub bundle: Bundle,
    pub messages: HashMap<String, MessageInfo>,
    /// Normalised autonym and names, to pick this locale by typing its name.
    pub name_keywords: Vec<String>,
    /// Normalised id and aliases, which pick this locale only as the whole message.
    pub code_keywords: Vec<String>,
}

impl Locale {
    /// No native speaker has reviewed this locale.
    pub fn is_draft(&self) -> bool {
        self.meta.review.is_none()
    }

    /// Whether a message of this locale is a draft: the locale is, or the message is marked.
    pub fn is_draft_message(&self, id: &str) -> bool {
        self.is_draft() || self.messages.get(id).is_some_and(|m| m.draft)
    }

    pub fn is_rtl(&self) -> bool {
        self.meta.direction == Direction::Rtl
    }

    /// Formats one message of this locale, if it has it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// Limits for translator-written regular expressions, so one bad pattern cannot eat memory.
///
/// The lazy DFA's cache is kept small: the crisis patterns are large (Unicode, case-folded
/// alternations), each keeps its own cache per thread that matches, and with 1 MiB each they
/// grew by 12 MB over the crisis test corpus that every load runs. With 256 KiB they take
/// 3.5 MB for the same corpus, and a match costs about 8 µs instead of 4 µs a pattern (a long
/// message, 60 KB, 7 ms instead of 1.5 ms): nothing a person could notice.
pub fn compile_pattern(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(1 << 20)
        .dfa_size_limit(PATTERN_CACHE_BYTES)
        .build()
}

/// The lazy-DFA cache of one compiled pattern, per thread (see [`compile_pattern`]).
const PATTERN_CACHE_BYTES: usize = 256 << 10;

/// Loads every locale folder under `dir`.
pub fn load_locales(dir: &Path, report: &mut Report) -> Vec<Locale> {
    let mut folders: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(error) => {
            report.push(Diagnostic::error(
                "locale::unreadable",
                format!("cannot read the locales folder {}: {error}", dir.display()),
            ));
            return Vec::new();
        }
    };
    folders.sort();
    folders
        .iter()
        .filter_map(|folder| load_locale(folder, report))
        .collect()
}

fn load_locale(folder: &Path, report: &mut Report) -> Option<Locale> {
    let id = folder.file_name()?.to_string_lossy().into_owned();
    let meta_path = folder.join("locale.yaml");
    let meta_file = match read_source(&meta_path) {
        Ok(file) => file,
        Err(diagnostic) => {
            report.push(diagnostic.help(
                "every locale folder needs a locale.yaml with its name, autonym and direction",
            ));
            return None;
        }
    };
    let meta: LocaleMeta = match yaml::parse(&meta_file) {
        Ok(meta) => meta,
        Err(diagnostic) => {
            report.push(*diagnostic);
            return None;
        }
    };
    let langid: LanguageIdentifier = match id.parse() {
        Ok(langid) => langid,
        Err(_) => {
            report.push(
                Diagnostic::error("locale::bad-id", format!("`{id}` is not a language tag"))
                    .in_file(&meta_file)
                    .help("name locale folders with BCP 47 tags such as `en`, `ar`, `fa`, `ckb`"),
            );
            return None;
        }
    };

    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Placeables are wrapped in FSI/PDI isolation marks, so that a phone number, a link or a
    // Latin name inside a right-to-left sentence keeps its own direction.
    bundle.set_use_isolating(true);

    let mut ftl_paths: Vec<_> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    ftl_paths.sort();

    let mut messages = HashMap::new();
    for path in ftl_paths {
        let file = match read_source(&path) {
            Ok(file) => file,
            Err(diagnostic) => {
                report.push(*diagnostic);
                continue;
            }
        };
        // Fluent's parser and formatter recurse once per nested `{`: a few thousand levels
        // overflow the stack and abort the running bot on a reload. No translation needs more
        // than a handful.
        if let Some(at) = nesting_beyond(file.inner(), MAX_NESTING) {
            report.push(
                Diagnostic::error(
                    "fluent::too-deep",
                    format!("placeables are nested more than {MAX_NESTING} deep"),
                )
                .at(&file, at..at + 1)
                .label("here")
                .help("a message needs at most a few `{ }` inside one another; this file is not loaded"),
            );
            continue;
        }
        let resource = match FluentResource::try_new(file.inner().clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    report.push(
                        Diagnostic::error(
                            "fluent::syntax",
                            format!("Fluent syntax error: {}", error.kind),
                        )
                        .at(&file, error.pos.clone())
                        .label("here")
                        .help(
                            "a message is `id = text`; continuation lines and attributes \
                                 (`.keywords = ...`) must be indented",
                        ),
                    );
                }
                resource
            }
        };
        let resource = Arc::new(resource);
        collect_messages(&resource, &file, &mut messages, report);
        if let Err(errors) = bundle.add_resource(resource) {
            // Duplicates were reported by `collect_messages`, with their positions.
            drop(errors);
        }
    }

    check_references(&bundle, &messages, report);

    // Keywords and labels are formatted through the bundle so that terms resolve.
    for (message_id, info) in &mut messages {
        let Some(message) = bundle.get_message(message_id) else {
            continue;
        };
        let mut errors = Vec::new();
        if let Some(attribute) = message.get_attribute("keywords") {
            let words = bundle.format_pattern(attribute.value(), None, &mut errors);
            info.keywords = split_keywords(&words);
            // An NFA: quick to build for the hundreds of messages a load prepares, and fast
            // enough over a message.
            info.keyword_finder = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&info.keywords)
                .ok();
            info.near_keywords = super::urgent::near_keywords(&info.keywords);
        }
        if let Some(attribute) = message.get_attribute("pattern") {
            let text = bundle.format_pattern(attribute.value(), None, &mut errors);
            let text = crate::normalise::fold_pattern(&strip_isolation(&text));
            match compile_pattern(&text) {
                Ok(regex) => info.pattern = Some(regex),
                Err(error) => report.push(
                    Diagnostic::error(
                        "fluent::bad-pattern",
                        format!(
                            "the `.pattern` of `{message_id}` is not a valid regular expression"
                        ),
                    )
                    .at(&info.file, info.span.clone())
                    .help(first_line(&error.to_string())),
                ),
            }
        }
        if info.variables.is_empty()
            && let Some(value) = message.value()
        {
            let text = bundle.format_pattern(value, None, &mut errors);
            info.normalised_text = Some(normalise(&text));
        }
    }

    let mut name_keywords = vec![normalise(&meta.autonym), normalise(&meta.name)];
    name_keywords.extend(meta.names.iter().map(|n| normalise(n)));
    name_keywords.retain(|k| !k.is_empty());
    name_keywords.sort();
    name_keywords.dedup();
    let mut code_keywords = vec![normalise(&id)];
    code_keywords.extend(meta.aliases.iter().map(|n| normalise(n)));

    Some(Locale {
        id,
        meta,
        meta_file,
        bundle,
        messages,
        name_keywords,
        code_keywords,
    })
}

/// Formats every message once, with a stand-in for each of its variables, so that references
/// to messages or terms that do not exist, and cycles, are reported at load rather than shown
/// to a person as `{nope}`.
fn check_references(bundle: &Bundle, messages: &HashMap<String, MessageInfo>, report: &mut Report) {
    let mut ids: Vec<&String> = messages.keys().collect();
    ids.sort();
    for id in ids {
        let info = &messages[id];
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let mut args = FluentArgs::new();
        for variable in &info.variables {
            args.set(variable.as_str(), FluentValue::from(1));
        }
        let mut errors = Vec::new();
        if let Some(value) = message.value() {
            bundle.format_pattern(value, Some(&args), &mut errors);
        }
        for attribute in message.attributes() {
            bundle.format_pattern(attribute.value(), Some(&args), &mut errors);
        }
        // Variables of referenced messages are the caller's to supply; flows check those.
        let problem = errors.iter().find(|e| {
            !matches!(
                e,
                FluentError::ResolverError(ResolverError::Reference(
                    ReferenceKind::Variable { .. }
                ))
            )
        });
        if let Some(problem) = problem {
            report.push(
                Diagnostic::error(
                    "fluent::reference",
                    format!("`{id}` cannot be shown: {problem}"),
                )
                .at(&info.file, info.span.clone())
                .help("check the spelling of the `{ message }` or `{ -term }` it refers to"),
            );
        }
    }
}

fn first_line(text: &str) -> String {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .trim()
        .to_string()
}

/// Keywords are separated by commas (Latin or Arabic) or new lines.
fn split_keywords(words: &str) -> Vec<String> {
    let words = strip_isolation(words);
    let mut keywords: Vec<String> = words
        .split([',', '،', '\n'])
        .map(normalise)
        .filter(|k| !k.is_empty())
        .collect();
    keywords.sort();
    keywords.dedup();
    keywords
}

fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

fn collect_messages(
    resource: &FluentResource,
    file: &SourceFile,
    messages: &mut HashMap<String, MessageInfo>,
    report: &mut Report,
) {
    let source = file.inner().as_str();
    let mut search_from = 0;
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let span = find_definition(source, id, search_from);
        search_from = span.end;
        if let Some(previous) = messages.get(id) {
            report.push(
                Diagnostic::error(
                    "fluent::duplicate",
                    format!("message `{id}` is defined twice"),
                )
                .at(file, span)
                .label("second definition")
                .help(format!(
                    "the first is in {}; remove one of them",
                    previous.file.name()
                )),
            );
            continue;
        }
        let mut variables = BTreeSet::new();
        if let Some(value) = &message.value {
            pattern_variables(value, &mut variables);
        }
        for attribute in &message.attributes {
            pattern_variables(&attribute.value, &mut variables);
        }
        let draft = marked_draft(source, span.start);
        messages.insert(
            id.to_string(),
            MessageInfo {
                file: file.clone(),
                span,
                has_value: message.value.is_some(),
                draft,
                variables,
                attributes: message
                    .attributes
                    .iter()
                    .map(|a| a.id.name.to_string())
                    .collect(),
                keywords: Vec::new(),
                keyword_finder: None,
                near_keywords: Vec::new(),
                pattern: None,
                normalised_text: None,
                source: super::staleness::normal_form(message),
            },
        );
    }
}

/// Whether the comment lines right above `offset` say `draft` (e.g. `# draft: new wording`).
fn marked_draft(source: &str, offset: usize) -> bool {
    source[..offset.min(source.len())]
        .lines()
        .rev()
        .skip_while(|line| line.trim().is_empty())
        .take_while(|line| line.starts_with('#') && !line.starts_with("##"))
        .any(|line| {
            line.trim_start_matches('#')
                .trim()
                .to_lowercase()
                .starts_with("draft")
        })
}

/// The byte range of `id` where it is defined (`id =` at the start of a line).
fn find_definition(source: &str, id: &str, from: usize) -> Range<usize> {
    let mut offset = from.min(source.len());
    while let Some(found) = source[offset..].find(id) {
        let start = offset + found;
        let at_line_start = start == 0 || source.as_bytes()[start - 1] == b'\n';
        let rest = source[start + id.len()..].trim_start_matches([' ', '\t']);
        if at_line_start && rest.starts_with('=') {
            return start..start + id.len();
        }
        offset = start + id.len();
    }
    from.min(source.len())..from.min(source.len())
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        // Variables inside term arguments belong to the term, not to the caller.
        _ => {}
    }
}

/// How deep `{ }` may nest in a Fluent file.
pub const MAX_NESTING: usize = 32;

/// The byte offset of the first `{` that opens deeper than `limit`, if any.
fn nesting_beyond(text: &str, limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (at, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(at);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_split_on_latin_and_arabic_commas() {
        let words = split_keywords("Help, SOS،  طوارئ\nemergency, help");
        let mut expected: Vec<String> = ["emergency", "help", "sos", "طوارئ"]
            .map(normalise)
            .to_vec();
        expected.sort();
        assert_eq!(words, expected);
    }

    #[test]
    fn draft_marks_are_read_from_the_comment_just_above() {
        let source =
            "# draft: new text\na = x\n\n# Reviewed by Amal\nb = y\n## Section draft\nc = z\n";
        assert!(marked_draft(source, source.find("a =").unwrap()));
        assert!(!marked_draft(source, source.find("b =").unwrap()));
        assert!(!marked_draft(source, source.find("c =").unwrap()));
    }

    #[test]
    fn nesting_is_measured_and_capped() {
        assert_eq!(nesting_beyond("a = { $x ->\n *[o] { b }\n}\n", 3), None);
        let deep = format!("a = {}x{}", "{ ".repeat(5000), " }".repeat(5000));
        assert_eq!(
            nesting_beyond(&deep, MAX_NESTING),
            Some(4 + 2 * MAX_NESTING)
        );
    }

    #[test]
    fn definitions_are_found_at_line_starts_only() {
        let source = "a = x { b }\nb = y\n";
        assert_eq!(find_definition(source, "b", 0), 12..13);
    }

    #[test]
    fn variables_are_found_in_selectors_and_variants() {
        let resource = FluentResource::try_new(
            "m = { $count ->\n    [one] one sign, { $name }\n   *[other] { NUMBER($count) } signs\n}\n"
                .to_string(),
        )
        .unwrap();
        let mut vars = BTreeSet::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                pattern_variables(m.value.as_ref().unwrap(), &mut vars);
            }
        }
        assert_eq!(vars.into_iter().collect::<Vec<_>>(), vec!["count", "name"]);
    }
}
