//! "Talk to a person": the bot offers to pass the conversation to a team's worker or peer
//! volunteer, says exactly what they will see, and asks. While the person talks with the
//! worker, what they write is passed on (the adapter relays it; nothing is kept), and the bot
//! answers only urgent words, "erase", "forget me", and "bot" or "menu", which bring it back.

use fluent_bundle::FluentArgs;
use jiff::civil::Weekday;

use super::{Ending, Turn};
use crate::content::builtin::{CRISIS_NODE, Intent};
use crate::content::model::{MenuOption, Target};
use crate::normalise::as_number;
use crate::teams::Team;

/// The options of the question, in order.
const OPTIONS: [&str; 2] = ["person-opt-yes", "person-opt-no"];

/// A case to open: the person said yes. It holds only what the person was told the worker
/// would see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRequest {
    pub team: String,
    pub locale: String,
    /// The need category, when the person named one.
    pub need: Option<String>,
    /// The country, when the person said where they are.
    pub country: Option<String>,
    /// Whether the team was on duty when the person asked.
    pub on_duty: bool,
}

/// Why a conversation with a worker ended, when the person did not end it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndedBy {
    /// The worker closed the case (`!done`).
    Worker,
    /// Neither side wrote for a while.
    Silence,
}

impl Turn<'_> {
    /// The team that would take this person now, by language and need.
    fn team(&self) -> Option<&Team> {
        let need = self.session.choice("need");
        self.settings.teams.route(self.locale_id(), need)
    }

    /// Whether a menu offers `option` now: talking to a person only when a team takes the
    /// person, and in the urgent flow (the crisis answer) only when that team is on duty (it must not promise a
    /// person who will not come for hours to someone in crisis).
    pub(super) fn person_option_offered(&self, flow: &str, option: &MenuOption) -> bool {
        if option.target != Target::Person {
            return true;
        }
        let Some(team) = self.team() else {
            return false;
        };
        let in_crisis = flow == CRISIS_NODE.0;
        !in_crisis || team.is_open(self.now)
    }

    /// "Talk to a person": what the worker will see, and the question.
    pub(super) fn offer_person(&mut self) {
        if self.team().is_none() {
            self.say("person-none");
            return self.reshow();
        }
        self.session.confirming_person = true;
        self.say("person-consent");
        self.offer_builtin(&OPTIONS);
    }

    /// The answer to the question: yes opens a case; anything else shares nothing.
    pub(super) fn answer_person_offer(&mut self, text: &str) {
        self.session.confirming_person = false;
        let yes = match as_number(text) {
            Some(n) => n == 1,
            None => self.names_option(text, OPTIONS[0]) || self.names_option(text, "answer-yes"),
        };
        let team = self.team().cloned();
        let (true, Some(team)) = (yes, team) else {
            self.say("person-declined");
            return self.reshow();
        };
        let on_duty = team.is_open(self.now);
        self.case = Some(CaseRequest {
            team: team.id.clone(),
            locale: self.locale_id().to_string(),
            need: self.session.choice("need").map(str::to_string),
            country: self.session.country().map(str::to_string),
            on_duty,
        });
        self.session.with_team = Some(team.id.clone());
        let mut args = FluentArgs::new();
        args.set("team", team.name.clone());
        match team.next_opening(self.now) {
            Some(opening) if !on_duty => {
                let when = match opening.days_ahead {
                    0 => self.format("day-today", None),
                    1 => self.format("day-tomorrow", None),
                    _ => self.format(day_message(opening.weekday), None),
                };
                args.set("when", when);
                args.set("time", opening.time);
                args.set("place", opening.place);
                args.set("hours", opening.hours_from_now);
                self.say_with("person-closed", &args);
                // Urgent help does not wait for opening hours.
                self.say("person-closed-urgent");
                let country = self.session.country().map(str::to_string);
                self.urgent_cards(country.as_deref());
            }
            _ => self.say_with("person-waiting", &args),
        }
    }

    /// A message while the person talks with a worker.
    pub(super) fn with_person(&mut self, text: &str) {
        match self.intent(text) {
            Some(Intent::Erase) => self.ask_to_erase(),
            Some(Intent::Forget) => {
                self.say("forgotten");
                self.ending = Ending::Forget;
            }
            Some(Intent::Bot | Intent::MainMenu) => self.back_to_bot(),
            _ if self.names_option(text, "person-stop") => self.back_to_bot(),
            _ => self.relay = true,
        }
    }

    /// The person ends the conversation with the worker; the adapter closes the case.
    fn back_to_bot(&mut self) {
        self.session.with_team = None;
        self.person_ended = true;
        self.say("person-back-to-bot");
        self.session.back.clear();
        self.main_menu();
    }

    /// The worker closed the conversation, or it fell silent: the person is back with the bot.
    /// Said again the same way for a retry, when the session has moved on already.
    pub(super) fn person_ended_by(&mut self, by: EndedBy, team_name: &str) {
        self.session.with_team = None;
        self.session.confirming_person = false;
        match by {
            EndedBy::Worker => {
                let mut args = FluentArgs::new();
                args.set("team", team_name.to_string());
                self.say_with("person-ended-done", &args);
            }
            EndedBy::Silence => self.say("person-ended-idle"),
        }
        self.session.back.clear();
        self.main_menu();
    }
}

fn day_message(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "day-mon",
        Weekday::Tuesday => "day-tue",
        Weekday::Wednesday => "day-wed",
        Weekday::Thursday => "day-thu",
        Weekday::Friday => "day-fri",
        Weekday::Saturday => "day-sat",
        Weekday::Sunday => "day-sun",
    }
}
