//! Messages the engine itself shows, outside any flow. Each locale provides them like any other
//! message; the checker makes sure the default locale has every one.

/// Global intents, live in every state. Their words are the `.keywords` of their message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intent {
    /// Words about suicide or self-harm. Wins over everything, matched anywhere in a message,
    /// in every locale at once, and leads to the crisis node of the urgent flow: safe messaging
    /// means people to call at once, never an exercise or a question.
    Crisis,
    /// Wins from anywhere but a crisis, matched anywhere in a message, in every locale at once.
    Emergency,
    MainMenu,
    Back,
    Language,
    Help,
    Forget,
    /// Quick erase: after a confirmation, the adapter removes every message the bot sent in the
    /// conversation, the session is deleted, and the bot leaves.
    Erase,
    /// "Talk to a person": the bot offers to pass the conversation to a team's worker.
    Person,
    /// "Bot", "stop": ends a conversation with a worker and brings the bot back.
    Bot,
}

impl Intent {
    pub const ALL: [Intent; 10] = [
        Intent::Crisis,
        Intent::Emergency,
        Intent::MainMenu,
        Intent::Back,
        Intent::Language,
        Intent::Help,
        Intent::Forget,
        Intent::Erase,
        Intent::Person,
        Intent::Bot,
    ];

    /// Intents whose words count anywhere inside a message, in every locale; the others only
    /// as the whole message.
    pub fn matches_anywhere(self) -> bool {
        matches!(self, Intent::Crisis | Intent::Emergency)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Intent::Crisis => "intent-crisis",
            Intent::Emergency => "intent-emergency",
            Intent::MainMenu => "intent-main-menu",
            Intent::Back => "intent-back",
            Intent::Language => "intent-language",
            Intent::Help => "intent-help",
            Intent::Forget => "intent-forget",
            Intent::Erase => "intent-erase",
            Intent::Person => "intent-person",
            Intent::Bot => "intent-bot",
        }
    }
}

/// Every message the engine shows by itself, with the variables it passes.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("intent-crisis", &[]),
    ("intent-emergency", &[]),
    ("intent-main-menu", &[]),
    ("intent-back", &[]),
    ("intent-language", &[]),
    ("intent-help", &[]),
    ("intent-forget", &[]),
    ("intent-erase", &[]),
    ("intent-person", &[]),
    ("intent-bot", &[]),
    ("person-stop", &[]),
    ("person-consent", &[]),
    ("person-opt-yes", &[]),
    ("person-opt-no", &[]),
    ("person-declined", &[]),
    ("person-none", &[]),
    ("person-waiting", &["team"]),
    ("person-closed", &["team", "when", "time", "place", "hours"]),
    ("person-closed-urgent", &[]),
    ("person-joined", &["team"]),
    ("person-back-to-bot", &[]),
    ("person-ended-done", &["team"]),
    ("person-ended-idle", &[]),
    ("person-text-only", &[]),
    ("person-failed", &[]),
    ("day-today", &[]),
    ("day-tomorrow", &[]),
    ("day-mon", &[]),
    ("day-tue", &[]),
    ("day-wed", &[]),
    ("day-thu", &[]),
    ("day-fri", &[]),
    ("day-sat", &[]),
    ("day-sun", &[]),
    ("erase-confirm", &[]),
    ("erase-opt-yes", &[]),
    ("erase-opt-no", &[]),
    ("erase-cancelled", &[]),
    ("erase-relayed-note", &[]),
    ("erase-incomplete", &[]),
    ("attachment-unreadable", &[]),
    ("handoff-shares-direct", &[]),
    ("handoff-shares-relayed", &[]),
    ("language-menu-prompt", &[]),
    ("language-changed", &[]),
    ("not-understood", &[]),
    ("help-text", &[]),
    ("forgotten", &[]),
    ("welcome-back", &[]),
    ("content-changed", &[]),
    ("cannot-decrypt", &[]),
    ("handoff-failed", &[]),
    ("slow-down", &[]),
    ("handoff-acknowledged", &["service"]),
    ("emergency-intro", &[]),
    ("emergency-outro", &[]),
    ("directory-none", &[]),
    ("card-phone", &[]),
    ("card-sms", &[]),
    ("card-whatsapp", &[]),
    ("card-viber", &[]),
    ("card-signal", &[]),
    ("card-email", &[]),
    ("card-web", &[]),
    ("card-matrix", &[]),
    ("card-hours", &[]),
    ("card-free", &[]),
    ("card-confidential", &[]),
    ("card-anonymous", &[]),
    ("card-languages", &[]),
    ("card-network", &[]),
    ("hours-always", &[]),
    ("hours-range", &["days", "from", "to"]),
    ("hours-days-daily", &[]),
    ("hours-days-mon-fri", &[]),
    ("hours-days-mon-sat", &[]),
    ("hours-days-sat-sun", &[]),
];

/// The message naming a country (in headings of emergency contacts).
pub fn country_message_id(country: &str) -> String {
    format!("country-{}", country.to_ascii_lowercase())
}

/// Target words that are not node ids.
pub const RESERVED_TARGETS: [&str; 4] = ["back", "main-menu", "language-menu", "talk-to-person"];

/// The flow whose first node is the main menu.
pub const MAIN_FLOW: &str = "main";

/// The directory category of emergency numbers (police, fire, ambulance).
pub const EMERGENCY_CATEGORY: &str = "emergency";

/// Where the crisis intent leads: (flow, node). The checker requires it.
pub const CRISIS_NODE: (&str, &str) = ("urgent", "crisis");

/// Values every message can use without a flow setting them, e.g. `$forget-after-days` so that
/// the privacy page states the configured expiry rather than a number that can drift from it.
pub const FORGET_AFTER_DAYS: &str = "forget-after-days";

/// The flow `!care` opens for workers and volunteers; reachable from no menu of people's.
pub const CARE_FLOW: &str = "care";
