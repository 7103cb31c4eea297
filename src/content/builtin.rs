//! Messages the engine itself shows, outside any flow. Each locale provides them like any other
//! message; the checker makes sure the default locale has every one.

/// Global intents, live in every state. Their words are the `.keywords` of their message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intent {
    /// Wins from anywhere, matched anywhere in a message, in every locale at once.
    Emergency,
    MainMenu,
    Back,
    Language,
    Help,
    Forget,
}

impl Intent {
    pub const ALL: [Intent; 6] = [
        Intent::Emergency,
        Intent::MainMenu,
        Intent::Back,
        Intent::Language,
        Intent::Help,
        Intent::Forget,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Intent::Emergency => "intent-emergency",
            Intent::MainMenu => "intent-main-menu",
            Intent::Back => "intent-back",
            Intent::Language => "intent-language",
            Intent::Help => "intent-help",
            Intent::Forget => "intent-forget",
        }
    }
}

/// Every message the engine shows by itself, with the variables it passes.
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("intent-emergency", &[]),
    ("intent-main-menu", &[]),
    ("intent-back", &[]),
    ("intent-language", &[]),
    ("intent-help", &[]),
    ("intent-forget", &[]),
    ("language-menu-prompt", &[]),
    ("language-changed", &[]),
    ("not-understood", &[]),
    ("help-text", &[]),
    ("forgotten", &[]),
    ("welcome-back", &[]),
    ("content-changed", &[]),
    ("cannot-decrypt", &[]),
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
];

/// The message naming a country (in headings of emergency contacts).
pub fn country_message_id(country: &str) -> String {
    format!("country-{}", country.to_ascii_lowercase())
}

/// Target words that are not node ids.
pub const RESERVED_TARGETS: [&str; 3] = ["back", "main-menu", "language-menu"];

/// The flow whose first node is the main menu.
pub const MAIN_FLOW: &str = "main";
