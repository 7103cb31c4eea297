//! The service directory: organisations, hotlines and emergency numbers, one YAML entry each,
//! every entry with the source it comes from and the date someone last checked it.
//!
//! Files live in `flows/directory/*.yaml`. Names of organisations are proper nouns and stay as
//! written; everything a person reads about a service in their language comes from Fluent.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::hours::{self, Hours};
use super::phone::{self, Phone};
use crate::diagnostic::SourceFile;

/// What a service can be found for. `emergency` entries are the numbers urgent help shows;
/// `crisis` are emotional-support and suicide-prevention lines, shown by the crisis node.
pub const CATEGORIES: [&str; 10] = [
    "psychosocial",
    "legal",
    "shelter",
    "health",
    "lgbti",
    "anti-trafficking",
    "children",
    "women",
    "crisis",
    "emergency",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryFile {
    pub format: Spanned<u32>,
    #[serde(default)]
    pub networks: Vec<Network>,
    #[serde(default)]
    pub services: Vec<Service>,
}

/// A network of organisations (such as the Rainbow Migration Network). Services name the
/// networks they belong to.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Network {
    pub id: Spanned<String>,
    pub name: String,
    pub source: Spanned<String>,
    /// When someone last read the source (YYYY-MM-DD).
    pub source_read: Spanned<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: Spanned<String>,
    /// The organisation's or line's own name, shown as written.
    #[serde(default)]
    pub name: Option<String>,
    /// Fluent id of a translated title (e.g. "Police"), shown before the name.
    #[serde(default)]
    pub label: Option<Spanned<String>>,
    /// Fluent id of a short translated description.
    #[serde(default)]
    pub description: Option<Spanned<String>>,
    /// ISO 3166 code (XK for Kosovo).
    pub country: Spanned<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub categories: Vec<Spanned<String>>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Languages the service can speak with people, as language tags.
    #[serde(default)]
    pub languages: Vec<Spanned<String>>,
    #[serde(default)]
    pub channels: Vec<Spanned<Channel>>,
    /// `24/7`, or days and times such as `mon-fri 08:00-20:00` (see `hours.rs`).
    #[serde(default)]
    pub hours: Option<Spanned<String>>,
    /// `hours`, read; filled by [`Directory::prepare`].
    #[serde(skip)]
    pub opening: Option<Hours>,
    #[serde(default)]
    pub free: Option<bool>,
    #[serde(default)]
    pub confidential: Option<bool>,
    #[serde(default)]
    pub anonymous: Option<bool>,
    /// Shown by the emergency intent and `urgent:` nodes for its country.
    #[serde(default)]
    pub urgent: bool,
    #[serde(default)]
    pub networks: Vec<Spanned<String>>,
    /// Where the facts in this entry come from.
    pub source: Spanned<String>,
    /// When someone last read the source (YYYY-MM-DD): reading a page is not calling a number.
    pub source_read: Spanned<String>,
    /// Who checked the entry by calling or writing to the service, and when: what "verified"
    /// means. Absent until a named person has done it.
    #[serde(default)]
    pub verified: Option<Verified>,
    /// Set when the source is old or uncertain: a person must call or check before deployment.
    #[serde(default)]
    pub verify_before_deploy: bool,
    /// For coordinators; never shown to people.
    #[serde(default)]
    pub notes: Option<String>,
}

/// A check of an entry by a named person who called or wrote to the service.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verified {
    /// Who checked it (a name, or a role and organisation).
    pub by: Spanned<String>,
    /// When (YYYY-MM-DD).
    pub on: Spanned<String>,
}

/// One way to reach a service. Exactly one of phone, sms, ... web, matrix is set.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Fluent id naming what this channel reaches (e.g. "Police"), instead of its kind.
    #[serde(default)]
    pub label: Option<String>,
    /// Where this channel's number comes from, when not the entry's own source.
    #[serde(default)]
    pub source: Option<Spanned<String>>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub sms: Option<String>,
    #[serde(default)]
    pub whatsapp: Option<String>,
    #[serde(default)]
    pub viber: Option<String>,
    #[serde(default)]
    pub signal: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub matrix: Option<String>,
    /// The number, checked and normalised; filled by [`Directory::prepare`] for phone-like
    /// channels whose number is valid.
    #[serde(skip)]
    pub dial: Option<Phone>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelKind {
    Phone,
    Sms,
    WhatsApp,
    Viber,
    Signal,
    Email,
    Web,
    Matrix,
}

impl ChannelKind {
    /// The key coordinators write, for diagnostics.
    pub fn name(self) -> &'static str {
        match self {
            ChannelKind::Phone => "phone",
            ChannelKind::Sms => "sms",
            ChannelKind::WhatsApp => "whatsapp",
            ChannelKind::Viber => "viber",
            ChannelKind::Signal => "signal",
            ChannelKind::Email => "email",
            ChannelKind::Web => "web",
            ChannelKind::Matrix => "matrix",
        }
    }

    /// Channels reached with a phone number.
    pub fn is_number(self) -> bool {
        !matches!(
            self,
            ChannelKind::Email | ChannelKind::Web | ChannelKind::Matrix
        )
    }

    /// The Fluent id of the channel's label on a card.
    pub fn message_id(self) -> &'static str {
        match self {
            ChannelKind::Phone => "card-phone",
            ChannelKind::Sms => "card-sms",
            ChannelKind::WhatsApp => "card-whatsapp",
            ChannelKind::Viber => "card-viber",
            ChannelKind::Signal => "card-signal",
            ChannelKind::Email => "card-email",
            ChannelKind::Web => "card-web",
            ChannelKind::Matrix => "card-matrix",
        }
    }
}

impl Channel {
    /// Every (kind, value) pair set; a well-formed channel has exactly one.
    pub fn entries(&self) -> Vec<(ChannelKind, &str)> {
        [
            (ChannelKind::Phone, &self.phone),
            (ChannelKind::Sms, &self.sms),
            (ChannelKind::WhatsApp, &self.whatsapp),
            (ChannelKind::Viber, &self.viber),
            (ChannelKind::Signal, &self.signal),
            (ChannelKind::Email, &self.email),
            (ChannelKind::Web, &self.web),
            (ChannelKind::Matrix, &self.matrix),
        ]
        .into_iter()
        .filter_map(|(kind, value)| value.as_deref().map(|v| (kind, v)))
        .collect()
    }
}

/// The loaded directory: every service, in file order, with the file it came from.
#[derive(Debug, Default)]
pub struct Directory {
    pub networks: Vec<(Network, SourceFile)>,
    pub services: Vec<(Service, SourceFile)>,
}

impl Service {
    pub fn has_category(&self, category: &str) -> bool {
        self.categories.iter().any(|c| c.value == category)
    }
}

impl Directory {
    /// Reads hours and normalises numbers once, after loading, so cards need no parsing. A
    /// number the checker only warns about (national form) is still normalised; an invalid one
    /// is shown as written, and the checker has already reported it.
    pub fn prepare(&mut self) {
        for (service, _) in &mut self.services {
            service.opening = service
                .hours
                .as_ref()
                .and_then(|h| hours::parse(&h.value).ok());
            let country = service.country.value.clone();
            for channel in &mut service.channels {
                let channel = &mut channel.value;
                let dial = match channel.entries().as_slice() {
                    [(kind, value)] if kind.is_number() => {
                        match phone::parse(value, &country, *kind == ChannelKind::Phone) {
                            Ok(phone)
                            | Err(phone::Problem::NationalForm(phone))
                            | Err(phone::Problem::OtherCountry { phone, .. }) => Some(phone),
                            Err(_) => None,
                        }
                    }
                    _ => None,
                };
                channel.dial = dial;
            }
        }
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services
            .iter()
            .map(|(s, _)| s)
            .find(|s| s.id.value == id)
    }

    pub fn countries(&self) -> Vec<&str> {
        let mut countries: Vec<&str> = self
            .services
            .iter()
            .map(|(s, _)| s.country.value.as_str())
            .collect();
        countries.sort_unstable();
        countries.dedup();
        countries
    }

    /// Services matching a country, category and tags; `None` means "any".
    pub fn find<'a>(
        &'a self,
        country: Option<&'a str>,
        category: Option<&'a str>,
        tags: &'a [String],
    ) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().map(|(s, _)| s).filter(move |s| {
            country.is_none_or(|c| s.country.value.eq_ignore_ascii_case(c))
                && category.is_none_or(|c| s.has_category(c))
                && tags.iter().all(|t| s.tags.contains(t))
        })
    }

    /// Emergency numbers and hotlines: for one country, or for all when it is unknown.
    pub fn urgent<'a>(
        &'a self,
        country: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().map(|(s, _)| s).filter(move |s| {
            s.urgent && country.is_none_or(|c| s.country.value.eq_ignore_ascii_case(c))
        })
    }
}

/// Parses a `YYYY-MM-DD` date into days since 1970-01-01, rejecting impossible dates.
pub fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d == 0 || d > month_days[(m - 1) as usize] {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_reject_impossible_days() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2000-03-01"), Some(11_017));
        assert!(parse_date("2024-02-29").is_some());
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2023-13-01"), None);
        assert_eq!(parse_date("23-01-01"), None);
        assert_eq!(parse_date("yesterday"), None);
    }
}
