//! Turning flow and directory files into the checked model, with a diagnostic for every problem
//! a coordinator can make: wrong keys, misspelt references, missing translations, unreachable
//! nodes, answers that a global intent would swallow.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::ops::Range;
use std::path::Path;

use serde_saphyr::Spanned;

use super::builtin::{self, CRISIS_NODE, FORGET_AFTER_DAYS, Intent, MAIN_FLOW, RESERVED_TARGETS};
use super::directory::{CATEGORIES, Directory, DirectoryFile};
use super::flow_file::{
    self, FORMAT_VERSION, FlowFile, RawNode, RawRefer, RawServices, ScalarValue,
};
use super::locale::compile_pattern;
use super::model::*;
use super::{Locales, Sources, files_with_extension, read_source, yaml};
use crate::diagnostic::{Diagnostic, Report, SourceFile};

/// The messages the engine shows by itself must exist like any other, and intents need words.
pub fn check_builtin_messages(locales: &Locales, report: &mut Report) {
    let default = locales.default_locale();
    for (id, supplied) in builtin::MESSAGES {
        // Pointing at locale.yaml gives the coordinator the folder to fix.
        let file = &default.meta_file;
        check_message_exists(locales, id, supplied, true, file, 0..0, report);
    }
    for intent in Intent::ALL {
        let id = intent.message_id();
        for locale in locales.all() {
            let Some(info) = locale.messages.get(id) else {
                continue;
            };
            if info.keywords.is_empty() {
                let severity = locales.severity_in(&locale.id);
                report.push(
                    Diagnostic::error(
                        "message::intent-without-keywords",
                        format!("`{id}` in `{}` has no keywords", locale.id),
                    )
                    .with_severity(severity)
                    .at(&info.file, info.span.clone())
                    .help(format!(
                        "add an indented line `.keywords = word, other words` under `{id}`"
                    )),
                );
            }
        }
    }
}

/// Reads every directory file under `dir` (which may not exist: a set with no services).
pub fn load_directory(
    dir: &Path,
    locales: &Option<Locales>,
    sources: &Sources,
    report: &mut Report,
) -> Directory {
    let mut directory = Directory::default();
    let Ok(paths) = files_with_extension(dir, &["yaml", "yml"]) else {
        return directory;
    };
    for path in paths {
        let file = match read_source(&path) {
            Ok(file) => file,
            Err(d) => {
                report.push(*d);
                continue;
            }
        };
        let parsed: DirectoryFile = match yaml::parse(&file) {
            Ok(parsed) => parsed,
            Err(d) => {
                report.push(*d);
                continue;
            }
        };
        check_format(&file, &parsed.format, report);
        directory
            .networks
            .extend(parsed.networks.into_iter().map(|n| (n, file.clone())));
        directory
            .services
            .extend(parsed.services.into_iter().map(|s| (s, file.clone())));
    }
    super::directory_check::check_directory(&directory, locales.as_ref(), sources, report);
    directory.prepare();
    super::phone::forget_compiled_patterns();
    directory
}

fn check_format(file: &SourceFile, format: &Spanned<u32>, report: &mut Report) {
    if format.value != FORMAT_VERSION {
        let help = if format.value > FORMAT_VERSION {
            "this file was written for a newer Putokaz; upgrade the bot".to_string()
        } else {
            format!(
                "this build reads format {FORMAT_VERSION}; see docs/flows.md, 'Format versions'"
            )
        };
        report.push(
            Diagnostic::error(
                "format::unsupported",
                format!("format {} is not supported", format.value),
            )
            .at(file, yaml::span_of(file, format))
            .help(help),
        );
    }
}

/// Fluent message ids: a letter, then letters, digits, `-` and `_`.
fn is_fluent_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Checks that a message exists (an error in the default locale, a warning elsewhere), has
/// text when it is `shown` (not just attributes), and gets every variable it uses.
pub(super) fn check_message_exists(
    locales: &Locales,
    id: &str,
    supplied: &[&str],
    shown: bool,
    file: &SourceFile,
    span: Range<usize>,
    report: &mut Report,
) {
    if !is_fluent_id(id) {
        report.push(
            Diagnostic::error(
                "message::bad-id",
                format!("`{id}` is not a valid message id"),
            )
            .at(file, span)
            .help("message ids are letters, digits, `-` and `_`, starting with a letter"),
        );
        return;
    }
    let default = locales.default_locale();
    if !default.messages.contains_key(id) {
        report.push(
            Diagnostic::error(
                "message::missing",
                format!(
                    "message `{id}` is missing in the default locale `{}`",
                    default.id
                ),
            )
            .at(file, span.clone())
            .help(format!(
                "add `{id} = ...` to a .ftl file in locales/{}/",
                default.id
            )),
        );
    }
    for locale in locales.all() {
        let Some(info) = locale.messages.get(id) else {
            if let Some(serving) = locales.serving(&locale.id, id) {
                let source_file = serving.messages[id].file.name();
                let file_name = source_file.rsplit('/').next().unwrap_or(source_file);
                report.push_once(
                    format!("missing {} {id}", locale.id),
                    Diagnostic::warning(
                        "message::missing-translation",
                        format!(
                            "message `{id}` is missing in `{}`; people reading `{}` will see it in `{}`",
                            locale.id, locale.id, serving.id
                        ),
                    )
                    .at(file, span.clone())
                    .help(format!(
                        "translate it into locales/{}/{file_name} (the `{}` text is in {source_file})",
                        locale.id, serving.id
                    )),
                );
            }
            continue;
        };
        if shown && !info.has_value {
            let severity = locales.severity_in(&locale.id);
            report.push(
                Diagnostic::error(
                    "message::no-text",
                    format!(
                        "`{id}` in `{}` has no text of its own, only attributes",
                        locale.id
                    ),
                )
                .with_severity(severity)
                .at(&info.file, info.span.clone())
                .help("it is shown to people: give it a text after `=`"),
            );
        }
        for variable in &info.variables {
            if !supplied.contains(&variable.as_str()) {
                report.push(
                    Diagnostic::error(
                        "message::variable-not-supplied",
                        format!("`{id}` in `{}` uses `${variable}`, which is not supplied here", locale.id),
                    )
                    .at(file, span.clone())
                    .help(format!(
                        "add `{variable}` under `vars:` here, or remove `{{ ${variable} }}` from locales/{}",
                        locale.id
                    )),
                );
            }
        }
    }
}

/// "Did you mean" hints per check; the rest say "check the spelling".
const MAX_HINTS: usize = 100;

/// A "did you mean" hint from the candidates closest to `wrong`.
pub(super) fn similar_hint<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    let best = candidates
        .map(|c| (edit_distance(wrong, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min();
    match best {
        Some((_, c)) => format!("did you mean `{c}`?"),
        None => "check the spelling".to_string(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// Reads and checks every flow file directly under `dir`.
pub fn load_flows(
    dir: &Path,
    locales: &Option<Locales>,
    directory: &Directory,
    report: &mut Report,
) -> HashMap<String, Flow> {
    let paths = match files_with_extension(dir, &["yaml", "yml"]) {
        Ok(paths) => paths,
        Err(error) => {
            report.push(Diagnostic::error(
                "flow::unreadable",
                format!("cannot read the flows folder {}: {error}", dir.display()),
            ));
            return HashMap::new();
        }
    };
    let mut files = Vec::new();
    // Flows whose file could not be read: references to them are not reported again.
    let mut broken = HashSet::new();
    for path in paths {
        let file = match read_source(&path) {
            Ok(file) => file,
            Err(d) => {
                report.push(*d);
                continue;
            }
        };
        match yaml::parse::<FlowFile>(&file) {
            Ok(flow) => files.push((file, flow)),
            Err(d) => {
                report.push(*d);
                broken.extend(declared_flow_id(file.inner()));
            }
        }
    }

    // First pass: which flows and nodes exist, so that references can be checked in any order.
    let mut index: HashMap<String, (Vec<String>, HashSet<String>)> = HashMap::new();
    let mut flow_files: HashMap<String, SourceFile> = HashMap::new();
    let mut accepted = Vec::new();
    for (file, flow) in files {
        check_format(&file, &flow.format, report);
        let id = flow.flow.value.clone();
        if !is_valid_id(&id) {
            report.push(
                Diagnostic::error("flow::bad-id", format!("`{id}` is not a valid flow id"))
                    .at(&file, yaml::span_of(&file, &flow.flow))
                    .help("use letters, digits and `-`, starting with a letter"),
            );
        }
        if let Some(first) = flow_files.get(&id) {
            report.push(
                Diagnostic::error("flow::duplicate", format!("flow `{id}` is defined twice"))
                    .at(&file, yaml::span_of(&file, &flow.flow))
                    .help(format!(
                        "the first is in {}; give each flow its own id",
                        first.name()
                    )),
            );
            continue;
        }
        if flow.nodes.is_empty() {
            report.push(
                Diagnostic::error("flow::empty", format!("flow `{id}` has no nodes"))
                    .at(&file, yaml::span_of(&file, &flow.flow)),
            );
            continue;
        }
        let mut order = Vec::new();
        let mut ids = HashSet::new();
        for node in &flow.nodes {
            let node_id = &node.id.value;
            let span = yaml::span_of(&file, &node.id);
            if RESERVED_TARGETS.contains(&node_id.as_str()) {
                report.push(
                    Diagnostic::error(
                        "flow::reserved-id",
                        format!("`{node_id}` is reserved and cannot name a node"),
                    )
                    .at(&file, span)
                    .help(
                        "`back`, `main-menu` and `language-menu` are jump words; choose another id",
                    ),
                );
            } else if !is_valid_id(node_id) {
                report.push(
                    Diagnostic::error(
                        "flow::bad-id",
                        format!("`{node_id}` is not a valid node id"),
                    )
                    .at(&file, span)
                    .help("use letters, digits and `-`, starting with a letter"),
                );
            } else if !ids.insert(node_id.clone()) {
                report.push(
                    Diagnostic::error(
                        "flow::duplicate-node",
                        format!("node `{node_id}` is defined twice in flow `{id}`"),
                    )
                    .at(&file, span)
                    .label("second definition")
                    .help("node ids must be unique within a flow"),
                );
            } else {
                order.push(node_id.clone());
            }
        }
        if order.is_empty() {
            // Every node id was wrong (and reported); skip the flow without more noise.
            broken.insert(id);
            continue;
        }
        index.insert(id.clone(), (order, ids));
        flow_files.insert(id, file.clone());
        accepted.push((file, flow));
    }

    let mut compiler = Compiler {
        locales: locales.as_ref(),
        directory,
        index: &index,
        broken: &broken,
        report,
        set_names: HashSet::from(["country".to_string()]),
        used_names: Vec::new(),
        hints_left: std::cell::Cell::new(MAX_HINTS),
    };
    let mut flows = HashMap::new();
    for (file, raw) in accepted {
        let id = raw.flow.value.clone();
        let (order, _) = &index[&id];
        let mut nodes = HashMap::new();
        for raw_node in &raw.nodes {
            if !order.contains(&raw_node.id.value) || nodes.contains_key(&raw_node.id.value) {
                continue;
            }
            if let Some(node) = compiler.node(&file, &id, raw_node) {
                nodes.insert(node.id.clone(), node);
            }
        }
        flows.insert(
            id.clone(),
            Flow {
                entry: order[0].clone(),
                id,
                nodes,
                order: order.clone(),
                file,
            },
        );
    }
    compiler.check_names();
    if !compiler.report.has_errors() {
        check_graph(&flows, compiler.report);
    } else if !flows.contains_key(MAIN_FLOW) && !broken.contains(MAIN_FLOW) {
        report_missing_main(compiler.report);
    }
    flows
}

/// The `flow:` id a file declares, read line by line from a file YAML could not parse.
fn declared_flow_id(text: &str) -> Option<String> {
    text.lines()
        .find_map(|line| line.strip_prefix("flow:"))
        .map(|id| id.trim().trim_matches(['"', '\'']).to_string())
        .filter(|id| !id.is_empty())
}

fn report_missing_main(report: &mut Report) {
    report.push(
        Diagnostic::error("flow::no-main", format!("there is no flow `{MAIN_FLOW}`")).help(
            format!("one flow file must say `flow: {MAIN_FLOW}`; its first node is the main menu"),
        ),
    );
}

struct Compiler<'a> {
    locales: Option<&'a Locales>,
    directory: &'a Directory,
    index: &'a HashMap<String, (Vec<String>, HashSet<String>)>,
    broken: &'a HashSet<String>,
    report: &'a mut Report,
    /// Names some answer sets (`set:` or `add:`).
    set_names: HashSet<String>,
    /// Names used in conditions and `$` values, with where.
    used_names: Vec<(String, SourceFile, Range<usize>)>,
    /// "Did you mean" hints still to compute: each compares against every id, so thousands of
    /// broken references would take quadratic time for hints nobody reads past the first.
    hints_left: std::cell::Cell<usize>,
}

impl Compiler<'_> {
    fn node(&mut self, file: &SourceFile, flow: &str, raw: &RawNode) -> Option<Node> {
        let span = yaml::span_of(file, &raw.id);
        let node_id = raw.id.value.clone();
        for source in &raw.sources {
            super::links::check_url(file, source, "`sources`", self.report);
        }

        let mut say = Vec::new();
        if let Some(messages) = &raw.say {
            let at = yaml::span_of(file, messages);
            for message in messages.value.as_slice() {
                say.push(self.message(file, at.clone(), message));
            }
        }

        let mut show = Vec::new();
        if let Some(query) = &raw.directory {
            let at = yaml::span_of(file, query);
            let q = &query.value;
            let country = q
                .country
                .as_deref()
                .map(|v| self.value(file, at.clone(), v));
            let category = q
                .category
                .as_deref()
                .map(|v| self.value(file, at.clone(), v));
            if let Some(none) = &q.none {
                self.check_message(none, &[], file, at.clone());
            }
            if let Some(found) = &q.found {
                self.check_message(found, &[], file, at.clone());
            }
            for label in &q.one_number {
                self.check_message(label, &[], file, at.clone());
            }
            self.check_tags(&q.tags, file, at.clone());
            show.push(Show::Directory(DirectoryQuery {
                country,
                category,
                tags: q.tags.clone(),
                none: q.none.clone(),
                found: q.found.clone(),
                one_number: q.one_number.clone(),
            }));
        }
        if let Some(cards) = &raw.cards {
            for card in cards {
                self.check_service(
                    &card.value,
                    format!("service `{}` is not in the directory", card.value),
                    file,
                    yaml::span_of(file, card),
                );
            }
            show.push(Show::Cards(cards.iter().map(|c| c.value.clone()).collect()));
        }
        if let Some(country) = &raw.urgent {
            let value = self.value(file, yaml::span_of(file, country), &country.value);
            show.push(Show::Urgent(value));
        }

        for name in &raw.reset {
            if let Err(why) = check_name(&name.value) {
                self.report.push(
                    Diagnostic::error("flow::bad-name", why).at(file, yaml::span_of(file, name)),
                );
            }
        }

        let way = self.way(file, flow, &node_id, raw, span.clone())?;
        if matches!(way, Way::Cases { .. }) && say.is_empty() && show.is_empty() {
            self.report.push(
                Diagnostic::error(
                    "flow::silent-question",
                    format!("node `{node_id}` waits for an answer without asking anything"),
                )
                .at(file, span.clone())
                .help("add `say:` with the question, so the person knows what to write"),
            );
        }
        Some(Node {
            id: node_id,
            reset: raw.reset.iter().map(|r| r.value.clone()).collect(),
            say,
            show,
            way,
            span,
        })
    }

    fn way(
        &mut self,
        file: &SourceFile,
        flow: &str,
        node: &str,
        raw: &RawNode,
        span: Range<usize>,
    ) -> Option<Way> {
        let jumps = raw.go.is_some() || raw.flow.is_some();
        let kinds = [
            raw.menu.is_some(),
            raw.cases.is_some(),
            raw.branch.is_some(),
            jumps,
        ];
        let count = kinds.iter().filter(|k| **k).count();
        if count == 0 {
            self.report.push(
                Diagnostic::error("flow::no-way-on", format!("node `{node}` has no way on"))
                    .at(file, span)
                    .label("a person reaching this node would be stuck")
                    .help("add `menu:`, `cases:`, `branch:`, or `go:` (a node, `back` or `main-menu`)"),
            );
            return None;
        }
        if count > 1 {
            self.report.push(
                Diagnostic::error(
                    "flow::several-ways-on",
                    format!("node `{node}` has more than one way on"),
                )
                .at(file, span)
                .help("a node has exactly one of `menu:`, `cases:`, `branch:` or `go:`/`flow:`"),
            );
            return None;
        }
        if raw.otherwise.is_some() && raw.cases.is_none() {
            let otherwise = raw.otherwise.as_ref()?;
            self.report.push(
                Diagnostic::error(
                    "flow::otherwise-without-cases",
                    "`otherwise:` only goes with `cases:`",
                )
                .at(file, yaml::span_of(file, otherwise)),
            );
        }

        if let Some(menu) = &raw.menu {
            if menu.value.is_empty() {
                self.report.push(
                    Diagnostic::error(
                        "flow::empty-menu",
                        format!("the menu of `{node}` has no options"),
                    )
                    .at(file, yaml::span_of(file, menu)),
                );
                return None;
            }
            if menu.value.iter().all(|option| option.if_services.is_some()) {
                self.report.push(
                    Diagnostic::error(
                        "flow::menu-may-be-empty",
                        format!("every option of `{node}` depends on the directory"),
                    )
                    .at(file, yaml::span_of(file, menu))
                    .help("add an option without `if_services:` (e.g. back to the main menu), so the menu is never empty"),
                );
            }
            let mut options = Vec::new();
            for option in &menu.value {
                let at = yaml::span_of(file, &option.label);
                self.check_message(&option.label.value, &[], file, at.clone());
                let target = self.target(
                    file,
                    flow,
                    option.go.as_ref(),
                    option.flow.as_ref(),
                    at.clone(),
                );
                self.check_against_intents(&option.label.value, target.as_ref(), file, at.clone());
                let mut effects = self.effects(&option.set, &option.add, file, at);
                effects.refer = option.refer.as_ref().map(|refer| self.refer(file, refer));
                let only_if = option
                    .if_services
                    .as_ref()
                    .map(|probe| self.services_probe(file, probe));
                options.push(MenuOption {
                    label: option.label.value.clone(),
                    effects,
                    target: target?,
                    only_if,
                });
            }
            return Some(Way::Menu(options));
        }

        if let Some(cases) = &raw.cases {
            let Some(otherwise) = &raw.otherwise else {
                self.report.push(
                    Diagnostic::error(
                        "flow::no-otherwise",
                        format!("node `{node}` has cases but no `otherwise:`"),
                    )
                    .at(file, yaml::span_of(file, cases))
                    .help("add `otherwise:` with the node to go to when no case matches"),
                );
                return None;
            };
            let otherwise_span = yaml::span_of(file, otherwise);
            let otherwise = self.target(file, flow, Some(otherwise), None, otherwise_span);
            let mut compiled = Vec::new();
            for case in &cases.value {
                let at = case
                    .keywords
                    .as_ref()
                    .or(case.regex.as_ref())
                    .map_or_else(|| yaml::span_of(file, cases), |v| yaml::span_of(file, v));
                if case.keywords.is_none() && case.regex.is_none() {
                    self.report.push(
                        Diagnostic::error(
                            "flow::empty-case",
                            "a case needs `keywords:` or `regex:`",
                        )
                        .at(file, at.clone()),
                    );
                }
                if let Some(keywords) = &case.keywords {
                    self.check_keywords_message(&keywords.value, file, at.clone());
                    self.check_against_intents(&keywords.value, None, file, at.clone());
                }
                let regex = case
                    .regex
                    .as_ref()
                    .and_then(|r| match compile_pattern(&r.value) {
                        Ok(regex) => Some(regex),
                        Err(error) => {
                            self.report.push(
                                Diagnostic::error(
                                    "flow::bad-regex",
                                    "this is not a valid regular expression",
                                )
                                .at(file, yaml::span_of(file, r))
                                .help(
                                    error
                                        .to_string()
                                        .lines()
                                        .last()
                                        .unwrap_or("")
                                        .trim()
                                        .to_string(),
                                ),
                            );
                            None
                        }
                    });
                let target =
                    self.target(file, flow, case.go.as_ref(), case.flow.as_ref(), at.clone());
                let effects = self.effects(&case.set, &case.add, file, at);
                compiled.push(Case {
                    keywords: case.keywords.as_ref().map(|k| k.value.clone()),
                    regex,
                    effects,
                    target: target?,
                });
            }
            return Some(Way::Cases {
                cases: compiled,
                otherwise: otherwise?,
            });
        }

        if let Some(branches) = &raw.branch {
            let mut compiled = Vec::new();
            let mut unconditional = false;
            for branch in &branches.value {
                let at = branch
                    .condition
                    .as_ref()
                    .or(branch.go.as_ref())
                    .map_or_else(|| yaml::span_of(file, branches), |v| yaml::span_of(file, v));
                let services = branch
                    .if_services
                    .as_ref()
                    .map(|probe| self.services_probe(file, probe));
                let condition = match &branch.condition {
                    None => {
                        unconditional |= services.is_none();
                        None
                    }
                    Some(text) => match Condition::parse(&text.value) {
                        Ok(condition) => {
                            self.used_names.push((
                                condition.name.clone(),
                                file.clone(),
                                at.clone(),
                            ));
                            Some(condition)
                        }
                        Err(why) => {
                            self.report.push(
                                Diagnostic::error(
                                    "flow::bad-condition",
                                    format!("cannot read this condition: {why}"),
                                )
                                .at(file, at.clone())
                                .help("write e.g. `signs >= 1`, `country = RS` or just `country`"),
                            );
                            None
                        }
                    },
                };
                let target =
                    self.target(file, flow, branch.go.as_ref(), branch.flow.as_ref(), at)?;
                compiled.push(Branch {
                    condition,
                    services,
                    target,
                });
            }
            if !unconditional {
                self.report.push(
                    Diagnostic::error(
                        "flow::branch-without-else",
                        format!("the branches of `{node}` may all fail"),
                    )
                    .at(file, yaml::span_of(file, branches))
                    .help(
                        "end the list with a branch that has no `if:`, for when no condition holds",
                    ),
                );
            }
            return Some(Way::Branch(compiled));
        }

        let target = self.target(file, flow, raw.go.as_ref(), raw.flow.as_ref(), span)?;
        Some(Way::Go(target))
    }

    fn target(
        &mut self,
        file: &SourceFile,
        flow: &str,
        go: Option<&Spanned<String>>,
        to_flow: Option<&Spanned<String>>,
        fallback_span: Range<usize>,
    ) -> Option<Target> {
        match (go, to_flow) {
            (None, None) => {
                self.report.push(
                    Diagnostic::error("flow::no-target", "this answer leads nowhere")
                        .at(file, fallback_span)
                        .help(
                            "add `go:` (a node, `back` or `main-menu`) or `flow:` (another flow)",
                        ),
                );
                None
            }
            (Some(go), None) if go.value == "back" => Some(Target::Back),
            (Some(go), None) if go.value == "main-menu" => Some(Target::MainMenu),
            (Some(go), None) if go.value == "language-menu" => Some(Target::LanguageMenu),
            (Some(go), None) if go.value == "talk-to-person" => Some(Target::Person),
            (Some(go), None) => {
                let (_, ids) = &self.index[flow];
                if ids.contains(&go.value) {
                    return Some(Target::Node {
                        flow: flow.to_string(),
                        node: go.value.clone(),
                    });
                }
                let mut hint = self.hint(&go.value, ids.iter().map(String::as_str));
                if self.index.contains_key(&go.value) {
                    hint = format!(
                        "`{0}` is a flow: write `flow: {0}` to continue there",
                        go.value
                    );
                }
                self.report.push(
                    Diagnostic::error(
                        "flow::unknown-node",
                        format!("there is no node `{}` in flow `{flow}`", go.value),
                    )
                    .at(file, yaml::span_of(file, go))
                    .label("unknown node")
                    .help(hint),
                );
                None
            }
            (go, Some(to)) => {
                let Some((order, ids)) = self.index.get(&to.value) else {
                    if self.broken.contains(&to.value) {
                        return None;
                    }
                    let hint = self.hint(&to.value, self.index.keys().map(String::as_str));
                    self.report.push(
                        Diagnostic::error(
                            "flow::unknown-flow",
                            format!("there is no flow `{}`", to.value),
                        )
                        .at(file, yaml::span_of(file, to))
                        .label("unknown flow")
                        .help(hint),
                    );
                    return None;
                };
                let node = match go {
                    None => order.first()?.clone(),
                    Some(go) if ids.contains(&go.value) => go.value.clone(),
                    Some(go) => {
                        let hint = self.hint(&go.value, ids.iter().map(String::as_str));
                        self.report.push(
                            Diagnostic::error(
                                "flow::unknown-node",
                                format!("there is no node `{}` in flow `{}`", go.value, to.value),
                            )
                            .at(file, yaml::span_of(file, go))
                            .label("unknown node")
                            .help(hint),
                        );
                        return None;
                    }
                };
                Some(Target::Node {
                    flow: to.value.clone(),
                    node,
                })
            }
        }
    }

    fn effects(
        &mut self,
        set: &BTreeMap<String, String>,
        add: &BTreeMap<String, i64>,
        file: &SourceFile,
        at: Range<usize>,
    ) -> Effects {
        for name in set.keys().chain(add.keys()) {
            if let Err(why) = check_name(name) {
                self.report
                    .push(Diagnostic::error("flow::bad-name", why).at(file, at.clone()));
            }
            self.set_names.insert(name.clone());
        }
        Effects {
            set: set.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            add: add.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            refer: None,
        }
    }

    /// Reports `message` at `at` when the directory has no service `id`, with the nearest id.
    fn check_service(&mut self, id: &str, message: String, file: &SourceFile, at: Range<usize>) {
        if self.directory.service(id).is_some() {
            return;
        }
        let ids = self
            .directory
            .services
            .iter()
            .map(|(s, _)| s.id.value.as_str());
        let hint = self.hint(id, ids);
        self.report.push(
            Diagnostic::error("flow::unknown-service", message)
                .at(file, at)
                .help(hint),
        );
    }

    /// A hand-off names a service in the directory and, if anything, a known need.
    fn refer(&mut self, file: &SourceFile, raw: &Spanned<RawRefer>) -> Refer {
        let at = yaml::span_of(file, raw);
        let refer = &raw.value;
        self.check_service(
            &refer.service,
            format!(
                "`refer:` names service `{}`, which is not in the directory",
                refer.service
            ),
            file,
            at.clone(),
        );
        let need = refer
            .need
            .as_deref()
            .map(|need| self.category(file, at.clone(), need));
        Refer {
            service: refer.service.clone(),
            need,
        }
    }

    fn services_probe(&mut self, file: &SourceFile, raw: &Spanned<RawServices>) -> ServicesProbe {
        let at = yaml::span_of(file, raw);
        let probe = &raw.value;
        let category = probe
            .category
            .as_deref()
            .map(|category| self.category(file, at.clone(), category));
        self.check_tags(&probe.tags, file, at.clone());
        ServicesProbe {
            country: probe
                .country
                .as_deref()
                .map(|country| self.value(file, at.clone(), country)),
            category,
            tags: probe.tags.clone(),
        }
    }

    /// A category as written: `$need`, or one of the directory's categories.
    fn category(&mut self, file: &SourceFile, at: Range<usize>, text: &str) -> Value {
        let value = self.value(file, at.clone(), text);
        if let Value::Text(category) = &value
            && !CATEGORIES.contains(&category.as_str())
        {
            self.report.push(
                Diagnostic::error(
                    "flow::unknown-category",
                    format!("`{category}` is not a category"),
                )
                .at(file, at)
                .help(similar_hint(category, CATEGORIES.iter().copied())),
            );
        }
        value
    }

    /// A "did you mean" hint, while the budget lasts.
    fn hint<'a>(&self, wrong: &str, candidates: impl Iterator<Item = &'a str>) -> String {
        match self.hints_left.get() {
            0 => "check the spelling".to_string(),
            left => {
                self.hints_left.set(left - 1);
                similar_hint(wrong, candidates)
            }
        }
    }

    /// A tag no service carries would silently match nothing.
    fn check_tags(&mut self, tags: &[String], file: &SourceFile, at: Range<usize>) {
        for tag in tags {
            let one = std::slice::from_ref(tag);
            if self.directory.find(None, None, one).next().is_none() {
                self.report.push(
                    Diagnostic::error(
                        "flow::unknown-tag",
                        format!("no service in the directory has the tag `{tag}`"),
                    )
                    .at(file, at.clone())
                    .help("add the tag to the services it stands for (`tags:` in flows/directory), or fix its spelling"),
                );
            }
        }
    }

    fn value(&mut self, file: &SourceFile, at: Range<usize>, text: &str) -> Value {
        let value = Value::parse(text);
        if let Value::Session(name) = &value {
            self.used_names.push((name.clone(), file.clone(), at));
        }
        value
    }

    fn message(
        &mut self,
        file: &SourceFile,
        at: Range<usize>,
        raw: &flow_file::RawMessage,
    ) -> MessageRef {
        let vars: Vec<(String, Value)> = match raw {
            flow_file::RawMessage::Id(_) => Vec::new(),
            flow_file::RawMessage::WithVars { vars, .. } => vars
                .iter()
                .map(|(name, value)| {
                    let value = match value {
                        ScalarValue::Number(n) => Value::Number(*n),
                        ScalarValue::Text(t) => self.value(file, at.clone(), t),
                    };
                    (name.clone(), value)
                })
                .collect(),
        };
        let supplied: Vec<&str> = vars.iter().map(|(n, _)| n.as_str()).collect();
        self.check_message(raw.id(), &supplied, file, at);
        MessageRef {
            id: raw.id().to_string(),
            vars,
        }
    }

    fn check_message(&mut self, id: &str, supplied: &[&str], file: &SourceFile, at: Range<usize>) {
        if let Some(locales) = self.locales {
            check_message_exists(locales, id, supplied, true, file, at, self.report);
        }
    }

    fn check_keywords_message(&mut self, id: &str, file: &SourceFile, at: Range<usize>) {
        if let Some(locales) = self.locales {
            check_message_exists(locales, id, &[], false, file, at.clone(), self.report);
        }
        let Some(locales) = self.locales else { return };
        for locale in locales.all() {
            let Some(info) = locale.messages.get(id) else {
                continue;
            };
            if !info.attributes.contains("keywords") && !info.attributes.contains("pattern") {
                let severity = locales.severity_in(&locale.id);
                self.report.push(
                    Diagnostic::error(
                        "message::no-keywords",
                        format!(
                            "`{id}` in `{}` has neither `.keywords` nor `.pattern`",
                            locale.id
                        ),
                    )
                    .with_severity(severity)
                    .at(file, at.clone())
                    .help(format!(
                        "add an indented line `.keywords = word, other words` under `{id}`"
                    )),
                );
            }
        }
    }

    /// An answer word that is also a global intent's word can never be chosen: the intent wins.
    /// Menu options (`option_target` given) also match by their own text; an option that does
    /// just what its intent does (a "Main menu" option) may share its words.
    fn check_against_intents(
        &mut self,
        id: &str,
        option_target: Option<&Target>,
        file: &SourceFile,
        at: Range<usize>,
    ) {
        let exact = option_target.is_some();
        let Some(locales) = self.locales else { return };
        for locale in locales.all() {
            let Some(info) = locale.messages.get(id) else {
                continue;
            };
            let words = info
                .keywords
                .iter()
                .chain(info.normalised_text.iter().filter(|_| exact));
            for word in words {
                for intent in Intent::ALL {
                    let same_action = match (intent, option_target) {
                        (Intent::MainMenu, Some(Target::MainMenu))
                        | (Intent::Back, Some(Target::Back))
                        | (Intent::Language, Some(Target::LanguageMenu))
                        | (Intent::Person, Some(Target::Person)) => true,
                        // An option such as "I am thinking of hurting myself" leads where the
                        // crisis words would: either way the person gets there.
                        (Intent::Crisis, Some(Target::Node { flow, node })) => {
                            (flow.as_str(), node.as_str()) == CRISIS_NODE
                        }
                        _ => false,
                    };
                    if same_action {
                        continue;
                    }
                    let Some(intent_info) = locale.messages.get(intent.message_id()) else {
                        continue;
                    };
                    let collides = intent_info.keywords.iter().any(|k| {
                        k == word
                            || (intent.matches_anywhere()
                                && crate::normalise::contains_words(word, k))
                    });
                    if collides {
                        self.report.push(
                            Diagnostic::error(
                                "message::intent-collision",
                                format!(
                                    "`{word}` (from `{id}` in `{}`) is also a word of `{}`",
                                    locale.id,
                                    intent.message_id()
                                ),
                            )
                            .at(file, at.clone())
                            .help("the global intent always wins, so this answer could never be chosen; use another word"),
                        );
                    }
                }
            }
        }
    }

    fn check_names(&mut self) {
        let mut reported = HashSet::new();
        for (name, file, at) in std::mem::take(&mut self.used_names) {
            let builtin = name == FORGET_AFTER_DAYS;
            if !builtin && !self.set_names.contains(&name) && reported.insert(name.clone()) {
                self.report.push(
                    Diagnostic::warning("flow::name-never-set", format!("`{name}` is used but no answer sets it"))
                        .at(&file, at)
                        .help(format!("add `set: {{{name}: ...}}` or `add: {{{name}: 1}}` to an answer, or check the spelling")),
                );
            }
        }
    }
}

/// Graph checks on a set whose references are all sound: a main menu that waits, nodes that no
/// path reaches, and loops that never stop to wait for the person.
fn check_graph(flows: &HashMap<String, Flow>, report: &mut Report) {
    let Some(main) = flows.get(MAIN_FLOW) else {
        report_missing_main(report);
        return;
    };
    let entry = &main.nodes[&main.entry];
    if !matches!(entry.way, Way::Menu(_)) {
        report.push(
            Diagnostic::error(
                "flow::main-not-menu",
                "the first node of the main flow must be a menu",
            )
            .at(&main.file, entry.span.clone())
            .help("make it a `menu:` so that `main menu` always shows choices"),
        );
    }

    // The crisis intent jumps to its node from anywhere, so that node is an entry point too.
    let (crisis_flow, crisis_node) = CRISIS_NODE;
    let has_crisis_node = flows
        .get(crisis_flow)
        .is_some_and(|f| f.nodes.contains_key(crisis_node));
    if !has_crisis_node {
        report.push(
            Diagnostic::error(
                "flow::no-crisis-node",
                format!("there is no node `{crisis_node}` in flow `{crisis_flow}`"),
            )
            .at(&main.file, entry.span.clone())
            .help(format!(
                "words about suicide or self-harm lead to `{crisis_flow}`/`{crisis_node}`; \
                 add that node, showing people to call at once (see flows/urgent.yaml)"
            )),
        );
    }
    let mut reached: HashSet<(&str, &str)> = HashSet::new();
    let mut queue = VecDeque::from([(main.id.as_str(), main.entry.as_str())]);
    if has_crisis_node {
        queue.push_back((crisis_flow, crisis_node));
    }
    // `!care` opens the helpers' flow from a worker's or volunteer's chat.
    if let Some(care) = flows.get(builtin::CARE_FLOW) {
        queue.push_back((care.id.as_str(), care.entry.as_str()));
    }
    while let Some((flow, node)) = queue.pop_front() {
        if !reached.insert((flow, node)) {
            continue;
        }
        for target in flows[flow].nodes[node].way.targets() {
            if let Target::Node { flow, node } = target {
                queue.push_back((flow, node));
            }
        }
    }
    let mut flow_ids: Vec<&String> = flows.keys().collect();
    flow_ids.sort();
    for flow_id in flow_ids {
        let flow = &flows[flow_id];
        for node_id in &flow.order {
            if reached.contains(&(flow.id.as_str(), node_id.as_str())) {
                continue;
            }
            let node = &flow.nodes[node_id];
            report.push(
                Diagnostic::warning(
                    "flow::unreachable",
                    format!("no path from the main menu reaches `{node_id}`"),
                )
                .at(&flow.file, node.span.clone())
                .label("unreachable")
                .help("link to it from a menu, case, branch or `go:`, or delete it"),
            );
        }
    }

    // A cycle of nodes that never wait would spin forever; the engine stops it, but it is a bug.
    for (flow_id, node_id, cycle) in silent_loops(flows) {
        let flow = &flows[&flow_id];
        let node = &flow.nodes[&node_id];
        report.push(
            Diagnostic::error(
                "flow::silent-loop",
                format!("`{node_id}` loops back to itself without waiting"),
            )
            .at(&flow.file, node.span.clone())
            .help(format!(
                "the loop is {cycle}; put a node with `menu:` or `cases:` in it"
            )),
        );
    }
}

/// Each loop of nodes that never wait, once: the node where it is reported (the first in file
/// order), its flow, and the loop as a path. Linear in the size of the flows (strongly
/// connected components, Kosaraju), so a coordinator's 20,000-node flow checks in moments.
fn silent_loops(flows: &HashMap<String, Flow>) -> Vec<(String, String, String)> {
    let mut flow_ids: Vec<&String> = flows.keys().collect();
    flow_ids.sort();
    let mut ids: Vec<(&str, &str)> = Vec::new();
    for flow in &flow_ids {
        for node in &flows[*flow].order {
            ids.push((flow.as_str(), node.as_str()));
        }
    }
    let index: HashMap<(&str, &str), usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for (from, (flow, node)) in ids.iter().enumerate() {
        let current = &flows[*flow].nodes[*node];
        if current.waits() {
            continue;
        }
        for target in current.way.targets() {
            if let Target::Node { flow, node } = target
                && let Some(&to) = index.get(&(flow.as_str(), node.as_str()))
            {
                edges[from].push(to);
                reverse[to].push(from);
            }
        }
    }

    // First pass: the order in which nodes finish, by an iterative depth-first search.
    let mut finished = Vec::with_capacity(ids.len());
    let mut visited = vec![false; ids.len()];
    for root in 0..ids.len() {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.last_mut() {
            match edges[*node].get(*next) {
                Some(&to) => {
                    *next += 1;
                    if !visited[to] {
                        visited[to] = true;
                        stack.push((to, 0));
                    }
                }
                None => {
                    finished.push(*node);
                    stack.pop();
                }
            }
        }
    }
    // Second pass: components on the reversed graph, latest finished first.
    let mut component = vec![usize::MAX; ids.len()];
    let mut members: Vec<Vec<usize>> = Vec::new();
    for &root in finished.iter().rev() {
        if component[root] != usize::MAX {
            continue;
        }
        let id = members.len();
        let mut group = vec![root];
        component[root] = id;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = id;
                    group.push(from);
                    stack.push(from);
                }
            }
        }
        members.push(group);
    }

    let mut loops = Vec::new();
    for group in members {
        let start = *group.iter().min().expect("a component has a member");
        let cyclic = group.len() > 1 || edges[start].contains(&start);
        if !cyclic {
            continue;
        }
        // The loop itself: a breadth-first search inside the component, back to `start`.
        let mut came_from: HashMap<usize, usize> = HashMap::new();
        let mut queue = VecDeque::from([start]);
        let mut last = start;
        'search: while let Some(node) = queue.pop_front() {
            for &to in &edges[node] {
                if component[to] != component[start] {
                    continue;
                }
                if to == start {
                    last = node;
                    break 'search;
                }
                if let std::collections::hash_map::Entry::Vacant(entry) = came_from.entry(to) {
                    entry.insert(node);
                    queue.push_back(to);
                }
            }
        }
        let mut path = vec![ids[start].1.to_string()];
        let mut node = last;
        let mut back = Vec::new();
        while node != start {
            back.push(ids[node].1.to_string());
            node = came_from[&node];
        }
        path.extend(back.into_iter().rev());
        path.push(ids[start].1.to_string());
        loops.push((
            ids[start].0.to_string(),
            ids[start].1.to_string(),
            path.join(" → "),
        ));
    }
    loops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("menu", "menu"), 0);
        assert_eq!(edit_distance("mneu", "menu"), 2);
        assert_eq!(edit_distance("awarness", "awareness"), 1);
        assert_eq!(
            similar_hint("awarness", ["awareness", "main"].into_iter()),
            "did you mean `awareness`?"
        );
    }
}
