//! The screens a person in crisis or in danger reads: the crisis answer and the emergency
//! answer, for every country and for none, in every language, composed exactly as the engine
//! composes them. Each must be short enough to read on a phone in one go: someone at risk does
//! not scroll through a page of hotlines to find the one to call. `check` enforces it, so that
//! a new directory entry or a longer translation cannot quietly bury the help.

use std::sync::Arc;

use crate::content::Content;
use crate::content::builtin::Intent;
use crate::diagnostic::{Diagnostic, Report};
use crate::engine::{Engine, Session, Settings};
use crate::render;

/// The longest an urgent screen may be, in characters as the plain text shows it: about two
/// screens of a small phone.
pub const MAX_URGENT_SCREEN_CHARS: usize = 1_500;

/// One composed screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub what: &'static str,
    pub locale: String,
    pub country: Option<String>,
    pub chars: usize,
}

/// Every urgent screen, with its length.
pub fn urgent_screens(content: Arc<Content>) -> Vec<Screen> {
    let engine = Engine::new(content.clone(), Settings::default());
    let default = content.locales.default_locale();
    let word = |intent: Intent| {
        default
            .messages
            .get(intent.message_id())
            .and_then(|m| m.keywords.first().cloned())
            .unwrap_or_default()
    };
    let words = [
        ("crisis answer", word(Intent::Crisis)),
        ("emergency answer", word(Intent::Emergency)),
    ];
    let mut countries: Vec<Option<String>> = vec![None];
    countries.extend(
        content
            .directory
            .countries()
            .into_iter()
            .map(|c| Some(c.to_string())),
    );
    let mut screens = Vec::new();
    for locale in content.locales.all() {
        for country in &countries {
            let mut session = Session::new(0);
            session.locale = Some(locale.id.clone());
            if let Some(country) = country {
                session.choices.insert("country".into(), country.clone());
            }
            for (what, word) in &words {
                let step = engine.step(Some(session.clone()), word.as_str(), 0);
                screens.push(Screen {
                    what,
                    locale: locale.id.clone(),
                    country: country.clone(),
                    chars: render::plain(&step.replies).chars().count(),
                });
            }
        }
    }
    screens
}

/// Reports each urgent screen longer than [`MAX_URGENT_SCREEN_CHARS`].
pub fn check(content: Arc<Content>, report: &mut Report) {
    for screen in urgent_screens(content) {
        if screen.chars > MAX_URGENT_SCREEN_CHARS {
            let place = screen.country.as_deref().unwrap_or("an unknown country");
            report.push(
                Diagnostic::error(
                    "screen::too-long",
                    format!(
                        "the {} in `{}` for {place} is {} characters long; a person in danger must read it in one go (at most {MAX_URGENT_SCREEN_CHARS})",
                        screen.what, screen.locale, screen.chars
                    ),
                )
                .help("shorten the messages on that screen, or show fewer cards on it (flows/urgent.yaml, flows/directory/urgent.yaml)"),
            );
        }
    }
}
