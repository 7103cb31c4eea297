//! How complete each translation is, measured against the default locale: what is missing,
//! what is extra, what is still a draft, and where a translation's variables or keywords differ
//! from the source.

use std::collections::BTreeSet;

use super::Locales;
use crate::diagnostic::{Diagnostic, Report, Severity};

/// One row of the coverage table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub locale: String,
    pub name: String,
    /// Messages of the default locale this locale has.
    pub present: usize,
    pub total: usize,
    pub missing: Vec<String>,
    /// Messages the default locale does not have (often a renamed or removed id).
    pub extra: Vec<String>,
    /// Messages present here that no native speaker has reviewed.
    pub drafts: usize,
    /// Who reviewed the locale, and when.
    pub reviewed: Option<String>,
    /// Messages whose variables differ from the default locale's.
    pub variables_differ: Vec<String>,
    /// Phrases in the language's crisis test (`crisis-test.yaml`).
    pub crisis_tests: super::crisis_tests::Counts,
}

/// The coverage of every locale, in language-menu order.
pub fn coverage(locales: &Locales) -> Vec<Coverage> {
    let default = locales.default_locale();
    let source: BTreeSet<&String> = default.messages.keys().collect();
    locales
        .all()
        .iter()
        .map(|locale| {
            let own: BTreeSet<&String> = locale.messages.keys().collect();
            let missing: Vec<String> = source.difference(&own).map(|s| s.to_string()).collect();
            let extra: Vec<String> = own.difference(&source).map(|s| s.to_string()).collect();
            let variables_differ = own
                .intersection(&source)
                .filter(|id| locale.messages[**id].variables != default.messages[**id].variables)
                .map(|s| s.to_string())
                .collect();
            Coverage {
                locale: locale.id.clone(),
                name: locale.meta.name.clone(),
                present: source.len() - missing.len(),
                total: source.len(),
                missing,
                extra,
                drafts: own.iter().filter(|id| locale.is_draft_message(id)).count(),
                reviewed: locale
                    .meta
                    .review
                    .as_ref()
                    .map(|r| format!("{} ({})", r.by, r.date)),
                variables_differ,
                crisis_tests: Default::default(),
            }
        })
        .collect()
}

/// Diagnostics about translations as a whole: keywords a translator has not given, and, with
/// `strict`, every missing translation as an error.
pub fn check(locales: &Locales, strict: bool, report: &mut Report) {
    let default = locales.default_locale();
    let mut ids: Vec<&String> = default.messages.keys().collect();
    ids.sort();
    for locale in locales.all().iter().filter(|l| l.id != default.id) {
        for id in &ids {
            let source = &default.messages[*id];
            let Some(info) = locale.messages.get(*id) else {
                if strict {
                    let fallback = locales
                        .serving(&locale.id, id)
                        .map_or("none", |l| l.id.as_str());
                    report.push(
                        Diagnostic::error(
                            "message::missing-translation",
                            format!(
                                "message `{id}` is missing in `{}` (shown from `{fallback}`)",
                                locale.id
                            ),
                        )
                        .at(&source.file, source.span.clone())
                        .help(format!(
                            "translate it into a .ftl file in locales/{}/",
                            locale.id
                        )),
                    );
                }
                continue;
            };
            if !source.keywords.is_empty() && info.keywords.is_empty() && info.pattern.is_none() {
                report.push(
                    Diagnostic::warning(
                        "message::missing-keywords",
                        format!(
                            "`{id}` in `{}` has no `.keywords`, unlike in `{}`",
                            locale.id, default.id
                        ),
                    )
                    .at(&info.file, info.span.clone())
                    .help(
                        "add `.keywords = ...` with the words people type for it in this language",
                    ),
                );
            }
        }
    }
    if strict {
        for diagnostic in &mut report.diagnostics {
            if diagnostic.code == "message::missing-translation" {
                diagnostic.severity = Severity::Error;
            }
        }
    }
}

/// The table `putokaz check` prints.
pub fn render_table(rows: &[Coverage]) -> String {
    let width = rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut out = format!(
        "{:<7} {:<width$}  messages  missing  extra  drafts  variables  crisis test  review\n",
        "locale", "language"
    );
    for row in rows {
        let review = match &row.reviewed {
            Some(by) if row.drafts == 0 => format!("reviewed by {by}"),
            Some(by) => format!("reviewed by {by}; {} messages marked draft", row.drafts),
            None => "DRAFT: no native speaker has reviewed it".to_string(),
        };
        let crisis = match row.crisis_tests {
            c if c.crisis == 0 => "NONE".to_string(),
            c => format!("{}+{}", c.crisis, c.not_crisis),
        };
        out.push_str(&format!(
            "{:<7} {:<width$} {:>4}/{:<4} {:>7}  {:>5}  {:>6}  {:>9}  {crisis:>11}  {review}\n",
            row.locale,
            row.name,
            row.present,
            row.total,
            row.missing.len(),
            row.extra.len(),
            row.drafts,
            row.variables_differ.len(),
        ));
    }
    for row in rows {
        if !row.missing.is_empty() {
            out.push_str(&format!(
                "  missing in {}: {}\n",
                row.locale,
                row.missing.join(", ")
            ));
        }
        if !row.extra.is_empty() {
            out.push_str(&format!(
                "  only in {}: {}\n",
                row.locale,
                row.extra.join(", ")
            ));
        }
        if !row.variables_differ.is_empty() {
            out.push_str(&format!(
                "  variables differ in {}: {}\n",
                row.locale,
                row.variables_differ.join(", ")
            ));
        }
    }
    out
}
