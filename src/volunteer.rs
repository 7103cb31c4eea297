//! What peer volunteers can ask for: `!find <words>` searches the directory in any bundled
//! language, `!card <service> [language]` gives a service's card ready to forward, and
//! `!langs` lists the languages. Pure, like the engine: the Matrix adapter decides who may ask
//! and sends the answer. Nothing here touches sessions, so volunteers see no data about people.

use std::collections::BTreeSet;

use crate::content::Content;
use crate::content::directory::Service;
use crate::engine::Engine;
use crate::engine::reply::Replies;
use crate::normalise::normalise;

/// Results shown for one search; more would not fit a phone screen.
const MAX_RESULTS: usize = 8;

/// Messages whose text and keywords name a category, in every language. The service flow's
/// "what do you need" answers are written for exactly this.
fn category_messages(category: &str) -> Vec<String> {
    match category {
        "anti-trafficking" => vec!["need-trafficking".into()],
        "crisis" => vec!["intent-crisis".into()],
        "emergency" => vec!["intent-emergency".into()],
        other => vec![format!("need-{other}")],
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Find(String),
    Card {
        service: String,
        language: Option<String>,
    },
    Langs,
}

impl Command {
    /// The command in a message, if it is one (`!find`, `!card`, `!langs`, any case).
    pub fn parse(body: &str) -> Option<Command> {
        let mut words = body.split_whitespace();
        let name = words.next()?.to_lowercase();
        match name.as_str() {
            "!find" => Some(Command::Find(words.collect::<Vec<_>>().join(" "))),
            "!card" => Some(Command::Card {
                service: words.next().unwrap_or("").to_string(),
                language: words.next().map(str::to_string),
            }),
            "!langs" => Some(Command::Langs),
            _ => None,
        }
    }
}

/// The answer to a volunteer's command.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// A short note for the volunteer, in the default locale's script-neutral English.
    Note(String),
    /// A card to forward as it is, and a note for the volunteer about it (a draft translation).
    Card { card: Replies, note: Option<String> },
}

pub fn answer(engine: &Engine, command: &Command) -> Answer {
    match command {
        Command::Find(words) => Answer::Note(find(engine.content(), words)),
        Command::Card { service, language } => card(engine, service, language.as_deref()),
        Command::Langs => Answer::Note(langs(engine.content())),
    }
}

fn langs(content: &Content) -> String {
    let mut lines = vec!["Languages for !card:".to_string()];
    for locale in content.locales.all() {
        let draft = if locale.is_draft() {
            " (draft, not reviewed by a native speaker)"
        } else {
            ""
        };
        lines.push(format!("{} {}{draft}", locale.id, locale.meta.autonym));
    }
    lines.join("\n")
}

fn card(engine: &Engine, service: &str, language: Option<&str>) -> Answer {
    let content = engine.content();
    if service.is_empty() {
        return Answer::Note(
            "Write !card SERVICE LANGUAGE, for example !card rs-bchr ar. !find shows the ids."
                .into(),
        );
    }
    let locale = match language {
        None => content.locales.default_locale(),
        Some(language) => match content.locales.get(&language.to_lowercase()) {
            Some(locale) => locale,
            None => {
                return Answer::Note(format!(
                    "There is no language \"{language}\". {}",
                    langs(content)
                ));
            }
        },
    };
    let Some(card) = engine.card(service, &locale.id) else {
        let hint = find(content, &service.replace('-', " "));
        return Answer::Note(format!("There is no service \"{service}\".\n{hint}"));
    };
    let note = locale.is_draft().then(|| {
        format!(
            "Note: the {} translation is a draft, not yet reviewed by a native speaker.",
            locale.meta.autonym
        )
    });
    Answer::Card { card, note }
}

fn find(content: &Content, query: &str) -> String {
    let words: Vec<String> = normalise(query)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return "Write !find and a few words: a country, a need or a name, in any language (for example: !find lgbti serbia).".into();
    }
    let services: Vec<(&Service, BTreeSet<String>)> = content
        .directory
        .services
        .iter()
        .map(|(service, _)| (service, search_words(content, service)))
        .collect();
    // Words that name nothing ("in", "for") are left out rather than spoiling the search.
    let useful: Vec<&String> = words
        .iter()
        .filter(|word| services.iter().any(|(_, terms)| matches(terms, word)))
        .collect();
    let scored: Vec<(usize, &Service)> = services
        .iter()
        .map(|(service, terms)| {
            let score = useful.iter().filter(|word| matches(terms, word)).count();
            (score, *service)
        })
        .collect();
    let best = scored.iter().map(|(score, _)| *score).max().unwrap_or(0);
    if best == 0 {
        return format!("Nothing found for \"{query}\".");
    }
    let found: Vec<&Service> = scored
        .iter()
        .filter(|(score, _)| *score == best)
        .map(|(_, service)| *service)
        .collect();
    let mut lines: Vec<String> = found.iter().take(MAX_RESULTS).map(|s| summary(s)).collect();
    if found.len() > MAX_RESULTS {
        lines.push(format!(
            "…and {} more: add a word to narrow the search.",
            found.len() - MAX_RESULTS
        ));
    }
    lines.push("Send !card ID LANGUAGE for a card to forward (!langs lists the languages).".into());
    lines.join("\n")
}

/// One line per result: the id to use with `!card`, then what tells services apart.
fn summary(service: &Service) -> String {
    let name = service.name.as_deref().unwrap_or("");
    let place = match &service.city {
        Some(city) => format!("{}, {city}", service.country.value),
        None => service.country.value.clone(),
    };
    let categories: Vec<&str> = service
        .categories
        .iter()
        .map(|c| c.value.as_str())
        .collect();
    format!(
        "{} · {name} ({place}) · {}",
        service.id.value,
        categories.join(", ")
    )
    .replace(" ·  (", " · (")
}

/// Every word a volunteer might search this service by, in every bundled language.
fn search_words(content: &Content, service: &Service) -> BTreeSet<String> {
    let mut phrases = vec![
        service.id.value.replace('-', " "),
        service.country.value.clone(),
    ];
    phrases.extend(service.name.clone());
    phrases.extend(service.city.clone());
    phrases.extend(service.tags.iter().cloned());
    let mut messages = vec![format!("country-{}", service.country.value.to_lowercase())];
    messages.extend(service.label.iter().map(|l| l.value.clone()));
    for category in &service.categories {
        phrases.push(category.value.replace('-', " "));
        messages.extend(category_messages(&category.value));
    }
    for locale in content.locales.all() {
        for id in &messages {
            phrases.extend(locale.format(id, None));
            if let Some(info) = locale.messages.get(id) {
                phrases.extend(info.keywords.iter().cloned());
            }
        }
    }
    phrases
        .iter()
        .flat_map(|phrase| {
            normalise(phrase)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whole words match; longer words also match the start of a word ("lawy" finds "lawyer").
fn matches(terms: &BTreeSet<String>, word: &str) -> bool {
    if word.chars().count() < 3 {
        return terms.contains(word);
    }
    terms
        .range(word.to_string()..)
        .next()
        .is_some_and(|term| term.starts_with(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_read_in_any_case_with_their_arguments() {
        assert_eq!(
            Command::parse("!FIND lgbti  Serbia"),
            Some(Command::Find("lgbti Serbia".into()))
        );
        assert_eq!(
            Command::parse("!card rs-bchr ar"),
            Some(Command::Card {
                service: "rs-bchr".into(),
                language: Some("ar".into())
            })
        );
        assert_eq!(Command::parse("!langs"), Some(Command::Langs));
        assert_eq!(Command::parse("find something"), None);
        assert_eq!(Command::parse(""), None);
    }

    #[test]
    fn prefixes_of_three_letters_or_more_match() {
        let terms: BTreeSet<String> = ["lawyer", "rs"].iter().map(|s| s.to_string()).collect();
        assert!(matches(&terms, "lawy"));
        assert!(matches(&terms, "rs"));
        assert!(!matches(&terms, "la"));
        assert!(!matches(&terms, "r"));
        assert!(!matches(&terms, "lawyers"));
    }
}
