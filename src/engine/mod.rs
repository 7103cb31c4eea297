//! The conversation engine: `(session, input, now) -> (session, replies)`.
//!
//! Pure and synchronous: no I/O, no clock, no randomness, no logging. The Matrix bot, the
//! terminal chat and the conversation tests are adapters around this one function, so they all
//! behave exactly alike.

mod attachment;
mod card;
mod erase;
mod input;
mod person;
pub mod reply;
pub mod session;

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::content::builtin::{self, Intent};
use crate::content::directory::Service;
use crate::content::locale::Direction;
use crate::content::model::{
    Case, Effects, MenuOption, MessageRef, Node, ServicesProbe, Show, Target, Test, Value, Way,
};
use crate::content::{Content, Locale};
use crate::normalise::{as_number, normalise};
use crate::teams::Teams;
pub use input::{Attachment, Channel, Input};
pub use person::{CaseRequest, EndedBy};
use reply::{MenuItem, Replies, Reply, Text};
pub use session::{Position, Session, Step, Timestamp};

/// How many nodes one answer may pass through before the engine stops a runaway loop.
const MAX_HOPS: usize = 32;

#[derive(Debug, Clone)]
pub struct Settings {
    /// After this many idle seconds the next message starts again from the main menu.
    pub idle_restart_secs: u64,
    /// A locale to use without asking (the terminal's `--lang`).
    pub preset_locale: Option<String>,
    /// After this many days without use a session is deleted; the privacy page says so.
    pub forget_after_days: u64,
    /// Teams a person can talk with through the bot; none means the offer is not shown.
    pub teams: Arc<Teams>,
}

impl Settings {
    pub fn from_config(config: &crate::config::Config, preset_locale: Option<String>) -> Self {
        Settings {
            idle_restart_secs: config.idle_restart.as_secs(),
            preset_locale,
            forget_after_days: config.session_expiry.as_secs().div_ceil(24 * 60 * 60),
            // `Config::load` refuses teams that do not check, with the reason.
            teams: Arc::new(Teams::from_config(&config.teams).unwrap_or_default()),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            idle_restart_secs: 24 * 60 * 60,
            preset_locale: None,
            forget_after_days: 30,
            teams: Arc::default(),
        }
    }
}

/// The outcome of one step.
#[derive(Debug, Clone)]
pub struct Transition {
    /// The session to store, or `None` when the person asked to be forgotten.
    pub session: Option<Session>,
    pub replies: Replies,
    /// Every node the step passed through, in order (for test coverage and node counters).
    pub visited: Vec<Position>,
    /// The person confirmed "erase": the adapter removes every message the bot sent in the
    /// conversation and leaves it. The session is already gone (`session` is `None`).
    pub erase: bool,
    /// The person chose a hand-off option: the adapter passes this referral to the service's
    /// workers. Nothing of it is kept in the session.
    pub referral: Option<Referral>,
    /// The person said yes to talking with a person: the adapter opens this case.
    pub case: Option<CaseRequest>,
    /// The person talks with a worker: the adapter passes this message on to them (the
    /// engine never sees where, and nothing of it is kept).
    pub relay: bool,
    /// The person ended the conversation with the worker ("bot"): the adapter closes the case.
    pub person_ended: bool,
}

/// A consented hand-off, as the service's workers will read it (with the person's Matrix id,
/// which only the adapter knows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub service: String,
    /// The need category, when the flow names one.
    pub need: Option<String>,
    /// The person's language, so that the worker can answer in it.
    pub locale: String,
    /// What the person was told the worker would see: their Matrix name, or (relayed from
    /// another app) their phone number or account there. The adapter shares nothing more.
    pub channel: Channel,
}

#[derive(Clone)]
pub struct Engine {
    content: Arc<Content>,
    settings: Settings,
}

impl Engine {
    pub fn new(content: Arc<Content>, settings: Settings) -> Engine {
        Engine { content, settings }
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Handles one message from a person. `session` is `None` for someone new.
    pub fn step<'a>(
        &self,
        session: Option<Session>,
        input: impl Into<Input<'a>>,
        now: Timestamp,
    ) -> Transition {
        let input = input.into();
        let session = session.unwrap_or_else(|| self.new_session(now));
        let idle = session.at.is_some()
            && now.saturating_sub(session.last_active) >= self.settings.idle_restart_secs;
        let text = normalise(input.text);
        let mut turn = self.turn(session, now);
        turn.channel = input.channel;
        match input.attachment {
            Some(_) => turn.attachment(&text, now),
            None => {
                turn.session.last_active = now;
                turn.session.attachment_at = None;
                turn.handle(&text, idle);
            }
        }
        turn.finish()
    }

    /// Whether the message asks for urgent help (crisis or emergency words, in any bundled
    /// language). Adapters never set such a message aside, whatever their limits.
    pub fn is_urgent(&self, input: &str) -> bool {
        let text = normalise(input);
        [Intent::Crisis, Intent::Emergency]
            .into_iter()
            .any(|intent| {
                self.content
                    .locales
                    .all()
                    .iter()
                    .any(|locale| says_anywhere(locale, intent, &text))
            })
    }

    /// A service's contact card in `locale`, outside any conversation: what a volunteer
    /// forwards to someone. `None` when there is no such service.
    pub fn card(&self, service: &str, locale: &str) -> Option<Replies> {
        let service = self.content.directory.service(service)?;
        let mut session = Session::new(0);
        session.locale = Some(locale.to_string());
        let mut turn = self.turn(session, 0);
        turn.card(service);
        Some(turn.finish().replies)
    }

    /// What the bot says when a conversation ends ("forget me", or an erase confirmed), in
    /// `locale`: all a retry of that message needs, since nothing of the session is kept.
    pub fn farewell(&self, locale: Option<&str>) -> Replies {
        let mut session = Session::new(0);
        session.locale = locale.map(str::to_string);
        let mut turn = self.turn(session, 0);
        turn.say("forgotten");
        turn.finish().replies
    }

    /// The conversation with a worker ended without the person ending it: the worker closed
    /// it, or it fell silent. The person is back with the bot, and told so. `session` is the
    /// person's, as stored; a retry after a crash gives the same words.
    pub fn person_ended(
        &self,
        session: Option<Session>,
        by: EndedBy,
        team_name: &str,
        now: Timestamp,
    ) -> Transition {
        let session = session.unwrap_or_else(|| self.new_session(now));
        let mut turn = self.turn(session, now);
        turn.person_ended_by(by, team_name);
        turn.finish()
    }

    /// Opens `flow` at its first node, outside any menu: `!care` for a worker or volunteer.
    /// Without such a flow, the main menu.
    pub fn open_flow(&self, session: Option<Session>, flow: &str, now: Timestamp) -> Transition {
        let node = self
            .content
            .flows
            .get(flow)
            .map(|f| f.entry.clone())
            .unwrap_or_default();
        let mut session = session.unwrap_or_else(|| self.new_session(now));
        session.last_active = now;
        session.confirming_erase = false;
        session.confirming_person = false;
        session.choosing_language = false;
        if session.locale.is_none() {
            session.locale = Some(self.content.locales.default_locale().id.clone());
        }
        let mut turn = self.turn(session, now);
        turn.enter_node(flow, &node);
        turn.finish()
    }

    fn turn(&self, session: Session, now: Timestamp) -> Turn<'_> {
        Turn {
            content: &self.content,
            settings: &self.settings,
            now,
            case: None,
            relay: false,
            person_ended: false,
            session,
            replies: Vec::new(),
            reply_locale: None,
            ending: Ending::Keep,
            visited: Vec::new(),
            referral: None,
            channel: Channel::Direct,
        }
    }

    fn new_session(&self, now: Timestamp) -> Session {
        let mut session = Session::new(now);
        session.locale = self
            .settings
            .preset_locale
            .as_deref()
            .and_then(|l| self.content.locales.get(l))
            .map(|l| l.id.clone());
        session
    }
}

/// One step in progress: the session being changed and the replies being written.
struct Turn<'c> {
    content: &'c Content,
    settings: &'c Settings,
    /// The time of the message (the adapter's; the engine never reads a clock).
    now: Timestamp,
    case: Option<CaseRequest>,
    relay: bool,
    person_ended: bool,
    session: Session,
    replies: Vec<Reply>,
    /// The locale for this reply when the session has none (an emergency word at first contact).
    reply_locale: Option<String>,
    ending: Ending,
    visited: Vec<Position>,
    referral: Option<Referral>,
    /// How the conversation reaches the person (what a hand-off shares, what erase can do).
    channel: Channel,
}

enum Ending {
    Keep,
    Forget,
    /// Forget, and the adapter removes the bot's messages from the conversation.
    Erase,
}

impl<'c> Turn<'c> {
    fn handle(&mut self, text: &str, idle: bool) {
        if self.answer_urgent(text) {
            // The worker reads it too: a person in crisis must not be left to the bot alone.
            self.relay = self.session.with_team.is_some();
            return;
        }

        // The answer to "erase?" comes before everything but a crisis or an emergency.
        if self.session.confirming_erase {
            return self.answer_erase(text);
        }
        if self.session.with_team.is_some() {
            return self.with_person(text);
        }
        if self.session.confirming_person {
            return self.answer_person_offer(text);
        }
        let intent = self.intent(text);
        // Quick erase works from anywhere, even before a language is chosen.
        if intent == Some(Intent::Erase) {
            return self.ask_to_erase();
        }
        // "Forget me" works from anywhere, even before a language is chosen.
        if intent == Some(Intent::Forget) {
            self.say("forgotten");
            self.ending = Ending::Forget;
            return;
        }

        // After a long silence, start again from the main menu rather than answer a question
        // the person no longer has in mind.
        if idle && self.session.locale.is_some() {
            self.session.choosing_language = false;
            self.session.back.clear();
            self.session.counters.clear();
            self.say("welcome-back");
            self.main_menu();
            return;
        }

        if self.session.locale.is_none() || self.session.choosing_language {
            self.choose_language(text, intent);
            return;
        }

        match intent {
            Some(Intent::Language) => return self.language_menu(),
            Some(Intent::MainMenu) => {
                self.session.back.clear();
                return self.main_menu();
            }
            Some(Intent::Back) => return self.go(Target::Back),
            Some(Intent::Help) => {
                self.say("help-text");
                return self.reshow();
            }
            Some(Intent::Person) => return self.offer_person(),
            // Outside a conversation with a worker, "bot" asks for what the bot can do.
            Some(Intent::Bot) => {
                self.session.back.clear();
                return self.main_menu();
            }
            Some(Intent::Crisis | Intent::Emergency | Intent::Forget | Intent::Erase) | None => {}
        }

        let Some(position) = self.session.at.clone() else {
            self.main_menu();
            return;
        };
        let Some(node) = self.waiting_node(&position) else {
            self.say("content-changed");
            self.session.back.clear();
            self.main_menu();
            return;
        };
        let position_flow = position.flow.clone();
        let before = self.step_back_to(position);
        match &node.way {
            Way::Menu(options) => match self.chosen_option(&position_flow, text, options) {
                Some(option) => {
                    self.apply(&option.effects);
                    self.leave(before, option.target.clone());
                }
                None => {
                    self.say("not-understood");
                    self.reshow();
                }
            },
            Way::Cases { cases, otherwise } => {
                let case = cases.iter().find(|case| self.case_matches(text, case));
                let target = match case {
                    Some(case) => {
                        self.apply(&case.effects);
                        case.target.clone()
                    }
                    None => otherwise.clone(),
                };
                self.leave(before, target);
            }
            Way::Branch(_) | Way::Go(_) => self.main_menu(),
        }
    }

    /// Words about suicide or self-harm, then emergency words, win over everything, in every
    /// language: people to call at once, whatever the person was doing (an exercise, a
    /// question, choosing a language). Whether the text had them.
    fn answer_urgent(&mut self, text: &str) -> bool {
        let crisis = self.anywhere_locale(Intent::Crisis, text);
        let emergency = || self.anywhere_locale(Intent::Emergency, text);
        let Some(urgent) = crisis.map(Ok).or_else(|| emergency().map(Err)) else {
            return false;
        };
        // A question in hand ("erase?", "talk to a person?") is dropped: after the urgent
        // answer, a "1" means that answer's first option, never "yes, erase".
        self.session.confirming_erase = false;
        self.session.confirming_person = false;
        match urgent {
            Ok(locale) => self.crisis(locale),
            Err(locale) => {
                if self.session.locale.is_none() {
                    self.reply_locale = Some(locale.to_string());
                }
                self.emergency();
            }
        }
        true
    }

    /// The language menu is open (first contact, or "change language").
    fn choose_language(&mut self, text: &str, intent: Option<Intent>) {
        if let Some(locale) = self.pick_language(text) {
            let changing = self.session.locale.is_some();
            self.session.locale = Some(locale);
            self.session.choosing_language = false;
            match self.session.at.clone() {
                Some(position) if changing => {
                    self.say("language-changed");
                    self.enter_node(&position.flow, &position.node);
                }
                _ => self.main_menu(),
            }
            return;
        }
        if self.session.locale.is_none() {
            return self.language_menu();
        }
        match intent {
            // Leaving the language menu without choosing: back to where the person was.
            Some(Intent::Back) => {
                self.session.choosing_language = false;
                self.reshow();
            }
            Some(Intent::MainMenu) => {
                self.session.choosing_language = false;
                self.session.back.clear();
                self.main_menu();
            }
            Some(Intent::Help) => {
                self.say("help-text");
                self.language_menu();
            }
            Some(Intent::Language) => self.language_menu(),
            _ => {
                self.say("not-understood");
                self.language_menu();
            }
        }
    }

    fn finish(self) -> Transition {
        let direction = self.locale().map_or(Direction::Ltr, |l| l.meta.direction);
        let replies = Replies {
            direction,
            items: self.replies,
        };
        let erase = matches!(self.ending, Ending::Erase);
        let session = match self.ending {
            Ending::Keep => Some(self.session),
            Ending::Forget | Ending::Erase => None,
        };
        Transition {
            session,
            replies,
            visited: self.visited,
            erase,
            referral: self.referral,
            case: self.case,
            relay: self.relay,
            person_ended: self.person_ended,
        }
    }

    fn locale_id(&self) -> &str {
        self.session
            .locale
            .as_deref()
            .or(self.reply_locale.as_deref())
            .unwrap_or_else(|| &self.content.locales.default_locale().id)
    }

    fn locale(&self) -> Option<&'c Locale> {
        self.content.locales.get(self.locale_id())
    }

    /// The node at `position`, if it still exists and waits for an answer.
    fn waiting_node(&self, position: &Position) -> Option<&'c Node> {
        self.content
            .node(&position.flow, &position.node)
            .filter(|node| node.waits())
    }

    // ---- matching -------------------------------------------------------------------------

    /// The locale whose words for `intent` the text contains anywhere. Words of every locale
    /// count, whatever language the person chose.
    fn anywhere_locale(&self, intent: Intent, text: &str) -> Option<&'c str> {
        // The person's own locale first, so the answer comes in their language.
        let own = self
            .session
            .locale
            .as_deref()
            .and_then(|l| self.content.locales.get(l));
        own.into_iter()
            .chain(self.content.locales.all())
            .find(|locale| says_anywhere(locale, intent, text))
            .map(|l| l.id.as_str())
    }

    /// The global intent the whole message asks for, in the person's languages (in every
    /// language before one is chosen).
    fn intent(&self, text: &str) -> Option<Intent> {
        let locales = self.content.locales.all();
        let chain: Vec<&Locale> = match &self.session.locale {
            Some(locale) => self.content.locales.chain(locale).collect(),
            None => locales.iter().collect(),
        };
        Intent::ALL.into_iter().find(|intent| {
            chain.iter().any(|locale| {
                locale
                    .messages
                    .get(intent.message_id())
                    .is_some_and(|m| m.keywords.iter().any(|k| k == text))
            })
        })
    }

    fn pick_language(&self, text: &str) -> Option<String> {
        let locales = self.content.locales.all();
        if self.session.choosing_language
            && let Some(n) = as_number(text)
        {
            return locales.get(n.checked_sub(1)?).map(|l| l.id.clone());
        }
        // A language's name picks it only as the whole message: inside a sentence it can be an
        // ordinary word ("اردو" is Urdu's name, and "camp" in Persian).
        locales
            .iter()
            .find(|l| {
                l.code_keywords
                    .iter()
                    .chain(&l.name_keywords)
                    .any(|k| k == text)
            })
            .map(|l| l.id.clone())
    }

    /// A number picks among the options offered now; words pick any option, so a person who
    /// names a need the directory has no service for is told so plainly, not "not understood".
    fn chosen_option<'n>(
        &self,
        flow: &str,
        text: &str,
        options: &'n [MenuOption],
    ) -> Option<&'n MenuOption> {
        if let Some(n) = as_number(text) {
            return self.offered(flow, options).get(n.checked_sub(1)?).copied();
        }
        options
            .iter()
            .find(|option| self.names_option(text, &option.label))
    }

    /// The options shown: those whose services exist (all, should none, so no menu is empty).
    fn offered<'n>(&self, flow: &str, options: &'n [MenuOption]) -> Vec<&'n MenuOption> {
        let offered: Vec<&MenuOption> = options
            .iter()
            .filter(|option| {
                option
                    .only_if
                    .as_ref()
                    .is_none_or(|probe| self.services_exist(probe))
                    && self.person_option_offered(flow, option)
            })
            .collect();
        if offered.is_empty() {
            options.iter().collect()
        } else {
            offered
        }
    }

    fn services_exist(&self, probe: &ServicesProbe) -> bool {
        let country = probe.country.as_ref().and_then(|v| self.resolve_text(v));
        let category = probe.category.as_ref().and_then(|v| self.resolve_text(v));
        self.content
            .directory
            .find(country.as_deref(), category.as_deref(), &probe.tags)
            .next()
            .is_some()
    }

    /// Whether the whole of `text` is the option labelled `label`: its text or one of its
    /// keywords, in the person's languages.
    fn names_option(&self, text: &str, label: &str) -> bool {
        self.content.locales.chain(self.locale_id()).any(|locale| {
            locale.messages.get(label).is_some_and(|m| {
                m.normalised_text.as_deref() == Some(text) || m.keywords.iter().any(|k| k == text)
            })
        })
    }

    fn case_matches(&self, text: &str, case: &Case) -> bool {
        if case.regex.as_ref().is_some_and(|r| r.is_match(text)) {
            return true;
        }
        let Some(id) = &case.keywords else {
            return false;
        };
        self.content.locales.chain(self.locale_id()).any(|locale| {
            locale.messages.get(id).is_some_and(|m| {
                m.says(text) || m.pattern.as_ref().is_some_and(|p| p.is_match(text))
            })
        })
    }

    // ---- moving ---------------------------------------------------------------------------

    fn apply(&mut self, effects: &Effects) {
        for (name, value) in &effects.set {
            self.session.choices.insert(name.clone(), value.clone());
        }
        for (name, amount) in &effects.add {
            let counter = self.session.counters.entry(name.clone()).or_insert(0);
            *counter = counter.saturating_add(*amount);
        }
        if let Some(refer) = &effects.refer {
            self.referral = Some(Referral {
                service: refer.service.clone(),
                need: refer.need.as_ref().and_then(|need| self.resolve_text(need)),
                locale: self.locale_id().to_string(),
                channel: self.channel,
            });
        }
    }

    /// What "back" returns to: this node, with the answers as they were before leaving it.
    fn step_back_to(&self, position: Position) -> Step {
        Step {
            at: position,
            counters: self.session.counters.clone(),
            choices: self.session.choices.clone(),
        }
    }

    /// Leaves a waiting node for `target`, remembering it for "back".
    fn leave(&mut self, from: Step, target: Target) {
        if matches!(target, Target::Node { .. }) {
            self.session.push_back(from);
        }
        self.go(target);
    }

    fn main_menu(&mut self) {
        let (flow, node) = self.content.main_menu();
        self.enter_node(flow, node);
    }

    /// Shows the node the person is at again (after help, or an answer not understood).
    fn reshow(&mut self) {
        match self.session.at.clone() {
            Some(position) if self.waiting_node(&position).is_some() => {
                self.enter_node(&position.flow, &position.node)
            }
            _ => self.main_menu(),
        }
    }

    fn enter_node(&mut self, flow: &str, node: &str) {
        self.go(Target::Node {
            flow: flow.to_string(),
            node: node.to_string(),
        });
    }

    /// Follows `target` through nodes that do not wait, saying what each says, until one waits.
    fn go(&mut self, mut target: Target) {
        for _ in 0..MAX_HOPS {
            let (flow, node_id) = match target {
                Target::Back => match self.session.back.pop() {
                    // Undo the answers given since, so that a corrected answer counts once.
                    Some(step) => {
                        self.session.counters = step.counters;
                        self.session.choices = step.choices;
                        (step.at.flow, step.at.node)
                    }
                    None => {
                        let (flow, node) = self.content.main_menu();
                        (flow.to_string(), node.to_string())
                    }
                },
                Target::MainMenu => {
                    self.session.back.clear();
                    let (flow, node) = self.content.main_menu();
                    (flow.to_string(), node.to_string())
                }
                Target::Node { flow, node } => (flow, node),
                Target::LanguageMenu => {
                    self.language_menu();
                    return;
                }
                Target::Person => {
                    self.offer_person();
                    return;
                }
            };
            let Some(node) = self.content.node(&flow, &node_id) else {
                break;
            };
            self.visited.push(Position {
                flow: flow.clone(),
                node: node_id.clone(),
            });
            self.arrive(node);
            match &node.way {
                Way::Menu(options) => {
                    self.menu(&flow, options);
                    self.session.at = Some(Position {
                        flow,
                        node: node_id,
                    });
                    return;
                }
                Way::Cases { .. } => {
                    self.session.at = Some(Position {
                        flow,
                        node: node_id,
                    });
                    return;
                }
                Way::Branch(branches) => {
                    let chosen = branches.iter().find(|b| {
                        b.condition
                            .as_ref()
                            .is_none_or(|c| self.holds(&c.name, &c.test))
                            && b.services.as_ref().is_none_or(|p| self.services_exist(p))
                    });
                    match chosen {
                        Some(branch) => target = branch.target.clone(),
                        None => break,
                    }
                }
                Way::Go(next) => target = next.clone(),
            }
        }
        // A loop or a vanished node: the checker prevents both, but never leave a person stuck.
        self.session.back.clear();
        let (flow, node_id) = self.content.main_menu();
        if let Some(node) = self.content.node(flow, node_id)
            && let Way::Menu(options) = &node.way
        {
            self.arrive(node);
            self.menu(flow, options);
            self.session.at = Some(Position {
                flow: flow.to_string(),
                node: node_id.to_string(),
            });
        }
    }

    fn menu(&mut self, flow: &str, options: &[MenuOption]) {
        // Consent must be informed: before a hand-off can be chosen, say exactly what the
        // worker will see, which depends on the app the person writes from. Built in, so no
        // flow can offer a hand-off without it.
        if options.iter().any(|option| option.effects.refer.is_some()) {
            self.say(match self.channel {
                Channel::Direct => "handoff-shares-direct",
                Channel::Relayed => "handoff-shares-relayed",
            });
        }
        let items = self
            .offered(flow, options)
            .into_iter()
            .enumerate()
            .map(|(i, option)| MenuItem {
                number: i + 1,
                message: option.label.clone(),
                label: self.format(&option.label, None),
            })
            .collect();
        self.replies.push(Reply::Menu(items));
    }

    /// A numbered menu of built-in options, given as message ids (yes/no questions).
    pub(super) fn offer_builtin(&mut self, ids: &[&str]) {
        let items = ids
            .iter()
            .enumerate()
            .map(|(i, id)| MenuItem {
                number: i + 1,
                message: id.to_string(),
                label: self.format(id, None),
            })
            .collect();
        self.replies.push(Reply::Menu(items));
    }

    fn holds(&self, name: &str, test: &Test) -> bool {
        match test {
            Test::IsSet => self.session.counter(name) != 0 || self.session.choice(name).is_some(),
            Test::Compare(comparison, right) => {
                comparison.holds(self.session.counter(name), *right)
            }
            Test::Equals(value) => self.session.choice(name) == Some(value.as_str()),
            Test::NotEquals(value) => self.session.choice(name) != Some(value.as_str()),
        }
    }

    /// Says what a node says and shows its cards.
    fn arrive(&mut self, node: &'c Node) {
        for name in &node.reset {
            self.session.counters.remove(name);
            self.session.choices.remove(name);
        }
        for message in &node.say {
            self.say_ref(message);
        }
        for show in &node.show {
            match show {
                Show::Cards(ids) => {
                    for id in ids {
                        if let Some(service) = self.content.directory.service(id) {
                            self.card(service);
                        }
                    }
                }
                Show::Urgent(country) => {
                    let country = self.resolve_text(country);
                    self.urgent_cards(country.as_deref());
                }
                Show::Directory(query) => {
                    let country = query.country.as_ref().and_then(|v| self.resolve_text(v));
                    let category = query.category.as_ref().and_then(|v| self.resolve_text(v));
                    let found: Vec<&Service> = self
                        .content
                        .directory
                        .find(country.as_deref(), category.as_deref(), &query.tags)
                        .collect();
                    if found.is_empty() {
                        self.say(query.none.as_deref().unwrap_or("directory-none"));
                        continue;
                    }
                    if let Some(intro) = &query.found {
                        self.say(intro);
                    }
                    if !query.one_number.is_empty() {
                        self.numbers_card(&found, &query.one_number);
                    } else if country.is_none() {
                        self.cards_by_country(&found);
                    } else {
                        for service in found {
                            self.card(service);
                        }
                    }
                }
            }
        }
    }

    /// The crisis answer: the crisis node of the urgent flow, in the person's language, or in
    /// the language of the words when none was chosen yet.
    fn crisis(&mut self, locale: &str) {
        if self.session.locale.is_none() {
            self.session.locale = Some(locale.to_string());
        }
        self.session.choosing_language = false;
        let (flow, node) = builtin::CRISIS_NODE;
        if self.content.node(flow, node).is_some() {
            self.enter_node(flow, node);
        } else {
            // The checker refuses a set without it; this only guards a broken build.
            self.emergency();
        }
    }

    /// Cards from several countries, each country's under its name: a number is no use to
    /// someone who cannot tell where it works.
    fn cards_by_country(&mut self, services: &[&Service]) {
        let countries = self.content.directory.countries();
        let several = services.iter().any(|s| {
            !s.country
                .value
                .eq_ignore_ascii_case(&services[0].country.value)
        });
        if !several {
            for service in services {
                self.card(service);
            }
            return;
        }
        for country in countries {
            let here: Vec<&&Service> = services
                .iter()
                .filter(|s| s.country.value.eq_ignore_ascii_case(country))
                .collect();
            if here.is_empty() {
                continue;
            }
            self.say(&builtin::country_message_id(country));
            for service in here {
                self.card(service);
            }
        }
    }

    fn emergency(&mut self) {
        self.say("emergency-intro");
        let country = self.session.country().map(str::to_string);
        self.urgent_cards(country.as_deref());
        self.say("emergency-outro");
    }

    /// Emergency numbers and hotlines for `country`; for every country under its name, only the
    /// emergency numbers when the country is unknown: the screen must stay short enough to read
    /// in danger (`screens` checks it), and the hotlines come once the country is known.
    fn urgent_cards(&mut self, country: Option<&str>) {
        let directory = &self.content.directory;
        if let Some(country) = country
            && directory.urgent(Some(country)).next().is_some()
        {
            for service in directory.urgent(Some(country)) {
                self.card(service);
            }
            return;
        }
        for country in directory.countries() {
            let emergency = || {
                directory
                    .urgent(Some(country))
                    .filter(|service| service.has_category(builtin::EMERGENCY_CATEGORY))
            };
            if emergency().next().is_none() {
                continue;
            }
            self.say(&builtin::country_message_id(country));
            for service in emergency() {
                self.card(service);
            }
        }
    }

    fn language_menu(&mut self) {
        self.session.choosing_language = true;
        let locales = self.content.locales.all();
        match self.session.locale.clone() {
            Some(_) => self.say("language-menu-prompt"),
            // Before a language is known, ask in every language at once.
            None => {
                let mut seen = Vec::new();
                for locale in locales {
                    if let Some(text) = locale.format("language-menu-prompt", None)
                        && !seen.contains(&text)
                    {
                        seen.push(text.clone());
                        self.replies.push(Reply::Text(Text {
                            message: "language-menu-prompt".into(),
                            text,
                        }));
                    }
                }
            }
        }
        let items = locales
            .iter()
            .enumerate()
            .map(|(i, locale)| MenuItem {
                number: i + 1,
                message: locale.id.clone(),
                label: locale.meta.autonym.clone(),
            })
            .collect();
        self.replies.push(Reply::Menu(items));
    }

    // ---- words ----------------------------------------------------------------------------

    fn say(&mut self, id: &str) {
        let text = self.format(id, None);
        if !text.is_empty() {
            self.replies.push(Reply::Text(Text {
                message: id.to_string(),
                text,
            }));
        }
    }

    fn say_with(&mut self, id: &str, args: &FluentArgs) {
        let text = self.format(id, Some(args));
        if !text.is_empty() {
            self.replies.push(Reply::Text(Text {
                message: id.to_string(),
                text,
            }));
        }
    }

    fn say_ref(&mut self, message: &MessageRef) {
        let mut args = FluentArgs::new();
        for (name, value) in &message.vars {
            args.set(name.as_str(), self.fluent_value(value));
        }
        let text = self.format(&message.id, Some(&args));
        if !text.is_empty() {
            self.replies.push(Reply::Text(Text {
                message: message.id.clone(),
                text,
            }));
        }
    }

    /// Formats a message in the person's language, falling back along the locale's chain.
    /// A message missing everywhere yields nothing rather than its id: the checker refuses
    /// content where the default locale lacks a message, so this only guards a broken build.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.content
            .locales
            .format(self.locale_id(), id, args)
            .unwrap_or_default()
    }

    fn fluent_value(&self, value: &Value) -> FluentValue<'static> {
        match value {
            Value::Text(text) => FluentValue::from(text.clone()),
            Value::Number(n) => FluentValue::from(*n),
            Value::Session(name) if name == builtin::FORGET_AFTER_DAYS => {
                FluentValue::from(self.settings.forget_after_days)
            }
            Value::Session(name) => match self.session.choice(name) {
                Some(choice) => FluentValue::from(choice.to_string()),
                None => FluentValue::from(self.session.counter(name)),
            },
        }
    }

    fn resolve_text(&self, value: &Value) -> Option<String> {
        match value {
            Value::Text(text) => Some(text.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Session(name) => self.session.choice(name).map(str::to_string),
        }
    }
}

/// Whether `text` (normalised) has one of `locale`'s words for `intent` anywhere.
fn says_anywhere(locale: &Locale, intent: Intent, text: &str) -> bool {
    crate::content::urgent::says(locale, intent, text)
}
