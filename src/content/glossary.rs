//! Each language's glossary of the key terms (trafficking, smuggling, asylum, exploitation,
//! hotline, free of charge): the one rendering translators agreed on, why, and renderings that
//! must not stand alone. A word can hurt: for Afghans, "قاچاق" is what their smuggler does, so
//! an "anti-قاچاق line" reads as a line against the people who got them here. `check` warns,
//! with file and line, about a translation that uses a ruled-out rendering on its own.
//!
//! `locales/<id>/glossary.yaml`:
//! ```yaml
//! terms:
//!   - term: trafficking
//!     use: قاچاق انسان (کار اجباری و بهره‌کشی)
//!     avoid: [قاچاق انسان]
//!     note: why
//! ```

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{Locales, read_source, yaml};
use crate::diagnostic::{Diagnostic, Report};
use crate::normalise::normalise;

pub const FILE: &str = "glossary.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    /// The concept, in English.
    term: Spanned<String>,
    /// The agreed rendering.
    #[serde(rename = "use")]
    agreed: Spanned<String>,
    /// Renderings that must not stand alone (they may appear inside the agreed one).
    #[serde(default)]
    avoid: Vec<Spanned<String>>,
    /// Why, for translators.
    #[serde(default)]
    note: Option<String>,
}

/// Checks every language's translations against its glossary.
pub fn check(locales: &Locales, dir: &Path, report: &mut Report) {
    for locale in locales.all() {
        let path = dir.join(&locale.id).join(FILE);
        if !path.is_file() {
            continue;
        }
        let parsed =
            read_source(&path).and_then(|file| yaml::parse::<Glossary>(&file).map(|g| (file, g)));
        let (file, glossary) = match parsed {
            Ok(parsed) => parsed,
            Err(diagnostic) => {
                report.push(*diagnostic);
                continue;
            }
        };
        let mut ids: Vec<&String> = locale.messages.keys().collect();
        ids.sort();
        for term in &glossary.terms {
            let agreed = normalise(&term.agreed.value);
            for avoid in &term.avoid {
                let ruled_out = normalise(&avoid.value);
                if ruled_out.is_empty() {
                    continue;
                }
                if agreed == ruled_out {
                    report.push(
                        Diagnostic::error(
                            "glossary::contradiction",
                            format!("`{}` avoids its own agreed rendering", term.term.value),
                        )
                        .at(&file, yaml::span_of(&file, avoid)),
                    );
                    continue;
                }
                for id in &ids {
                    let Some(text) = locale.format(id, None) else {
                        continue;
                    };
                    let text = normalise(&text);
                    // Occurrences of the ruled-out words that are not part of the agreed ones.
                    let alone = text.matches(ruled_out.as_str()).count()
                        > text.matches(agreed.as_str()).count()
                            * agreed.matches(ruled_out.as_str()).count();
                    if alone {
                        let info = &locale.messages[*id];
                        let mut diagnostic = Diagnostic::warning(
                            "glossary::avoided-term",
                            format!(
                                "`{id}` renders “{}” as «{}», which the glossary rules out alone; agreed: «{}»",
                                term.term.value, avoid.value, term.agreed.value
                            ),
                        )
                        .at(&info.file, info.span.clone())
                        .label("here");
                        if let Some(note) = &term.note {
                            diagnostic =
                                diagnostic.help(format!("{note} (locales/{}/{FILE})", locale.id));
                        }
                        report.push(diagnostic);
                    }
                }
            }
        }
    }
}
