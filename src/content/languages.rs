//! Names of the languages a service speaks, shown on its card. Each language is written in its
//! own script (an autonym), so a person recognises their language whatever the bot speaks.

/// Autonyms of languages services in the region commonly list, by language tag. Bundled
/// locales use their own `autonym` from locale.yaml first.
const AUTONYMS: &[(&str, &str)] = &[
    ("ar", "العربية"),
    ("bn", "বাংলা"),
    ("bs", "Bosanski"),
    ("ckb", "کوردی"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("hr", "Hrvatski"),
    ("it", "Italiano"),
    ("kmr", "Kurmancî"),
    ("ku", "Kurdî / کوردی"),
    ("mk", "Македонски"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ru", "Русский"),
    ("so", "Soomaali"),
    ("sq", "Shqip"),
    ("sr", "Српски / Srpski"),
    ("ti", "ትግርኛ"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
];

/// The autonym of a language tag, if known.
pub fn autonym(tag: &str) -> Option<&'static str> {
    AUTONYMS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map(|(_, name)| *name)
}

/// Every tag the table knows, for "did you mean" hints.
pub fn known_tags() -> impl Iterator<Item = &'static str> {
    AUTONYMS.iter().map(|(t, _)| *t)
}
