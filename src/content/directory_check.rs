//! Checks on the service directory: ids, names, countries, channels (phone numbers valid and
//! normalised to E.164, web and e-mail addresses well formed), hours, languages, categories,
//! sources and dates, and that every country has emergency numbers.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_saphyr::Spanned;

use super::builtin;
use super::directory::{CATEGORIES, ChannelKind, Directory, parse_date};
use super::flows::{check_message_exists, similar_hint};
use super::links::{self, check_url};
use super::model::is_valid_id;
use super::phone::{self, Problem};
use super::{Locales, Sources, hours, languages, yaml};
use crate::diagnostic::{Diagnostic, Report, SourceFile};

pub(super) fn check_directory(
    directory: &Directory,
    locales: Option<&Locales>,
    sources: &Sources,
    report: &mut Report,
) {
    let mut seen: HashMap<&str, &SourceFile> = HashMap::new();
    let network_ids: HashSet<&str> = directory
        .networks
        .iter()
        .map(|(n, _)| n.id.value.as_str())
        .collect();
    let mut seen_networks = HashSet::new();
    for (network, file) in &directory.networks {
        if !seen_networks.insert(network.id.value.as_str()) {
            report.push(
                Diagnostic::error(
                    "directory::duplicate",
                    format!("network `{}` is defined twice", network.id.value),
                )
                .at(file, yaml::span_of(file, &network.id))
                .help("ids must be unique"),
            );
        }
        check_source_and_date(file, &network.source, &network.source_read, sources, report);
    }
    for (service, file) in &directory.services {
        let id = service.id.value.as_str();
        let at = |v: &Spanned<String>| yaml::span_of(file, v);
        if !is_valid_id(id) {
            report.push(
                Diagnostic::error("directory::bad-id", format!("`{id}` is not a valid id"))
                    .at(file, at(&service.id))
                    .help("use letters, digits and `-`, starting with a letter"),
            );
        }
        if let Some(first) = seen.insert(id, file) {
            report.push(
                Diagnostic::error(
                    "directory::duplicate",
                    format!("service `{id}` is defined twice"),
                )
                .at(file, at(&service.id))
                .label("second definition")
                .help(format!(
                    "the first is in {}; ids must be unique",
                    first.name()
                )),
            );
        }
        if service.name.is_none() && service.label.is_none() {
            report.push(
                Diagnostic::error(
                    "directory::no-name",
                    format!("service `{id}` has neither `name` nor `label`"),
                )
                .at(file, at(&service.id))
                .help("give the organisation's own `name`, or a translated `label` message"),
            );
        }
        let country = &service.country.value;
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            report.push(
                Diagnostic::error(
                    "directory::bad-country",
                    format!("`{country}` is not a country code"),
                )
                .at(file, at(&service.country))
                .help(
                    "use the two-letter ISO 3166 code in capitals, e.g. RS, BA, MK (XK for Kosovo)",
                ),
            );
        } else if let Some(locales) = locales {
            let message = builtin::country_message_id(country);
            if !locales.default_locale().messages.contains_key(&message) {
                report.push(
                    Diagnostic::error(
                        "directory::country-unnamed",
                        format!("country `{country}` has no name in the default locale"),
                    )
                    .at(file, at(&service.country))
                    .help(format!(
                        "add `{message} = ...` to locales/{}/",
                        locales.default_locale().id
                    )),
                );
            }
        }
        for channel in &service.channels {
            if let (Some(locales), Some(label)) = (locales, &channel.value.label) {
                check_message_exists(
                    locales,
                    label,
                    &[],
                    true,
                    file,
                    yaml::span_of(file, channel),
                    report,
                );
            }
            if let Some(source) = &channel.value.source {
                check_url(file, source, "`source`", report);
            }
            let entries = channel.value.entries();
            if let [(kind, value)] = entries.as_slice() {
                check_channel_value(file, channel, *kind, value, &service.country.value, report);
            }
            let count = entries.len();
            if count != 1 {
                report.push(
                    Diagnostic::error(
                        "directory::bad-channel",
                        format!("a channel needs exactly one way of contact, this one has {count}"),
                    )
                    .at(file, yaml::span_of(file, channel))
                    .help("write one channel per line, e.g. `- phone: \"+381 11 785 0000\"`"),
                );
            }
        }
        if service.channels.is_empty() {
            report.push(
                Diagnostic::warning(
                    "directory::no-channel",
                    format!("service `{id}` has no way to reach it"),
                )
                .at(file, at(&service.id))
                .help("add at least one channel (phone, web, ...)"),
            );
        }
        for network in &service.networks {
            if !network_ids.contains(network.value.as_str()) {
                report.push(
                    Diagnostic::error(
                        "directory::unknown-network",
                        format!("network `{}` is not defined", network.value),
                    )
                    .at(file, at(network))
                    .help(similar_hint(&network.value, network_ids.iter().copied())),
                );
            }
        }
        check_hours(file, service.hours.as_ref(), report);
        check_languages(file, &service.languages, locales, report);
        check_categories(file, &service.categories, report);
        if let Some(locales) = locales {
            for message in service.label.iter().chain(&service.description) {
                check_message_exists(
                    locales,
                    &message.value,
                    &[],
                    true,
                    file,
                    at(message),
                    report,
                );
            }
        }
        check_url(file, &service.source, "`source`", report);
        check_date(file, &service.source_read, "`source_read`", sources, report);
        match &service.verified {
            // Never checked by anyone: how old the source is, is all there is to judge by.
            None => warn_if_stale(
                file,
                &service.source_read,
                "the source was read",
                sources,
                report,
            ),
            Some(verified) => {
                if verified.by.value.trim().is_empty() {
                    report.push(
                        Diagnostic::error(
                            "directory::unnamed-check",
                            "`verified` needs who checked it",
                        )
                        .at(file, at(&verified.by))
                        .help("write the name (or role and organisation) of the person who called"),
                    );
                }
                check_date(file, &verified.on, "`verified.on`", sources, report);
                warn_if_stale(
                    file,
                    &verified.on,
                    "last verified by a call",
                    sources,
                    report,
                );
            }
        }
    }
    check_emergency_coverage(directory, report);
}

fn check_source_and_date(
    file: &SourceFile,
    source: &Spanned<String>,
    date: &Spanned<String>,
    sources: &Sources,
    report: &mut Report,
) {
    check_url(file, source, "`source`", report);
    check_date(file, date, "`source_read`", sources, report);
    warn_if_stale(file, date, "the source was read", sources, report);
}

/// A well-formed date, not in the future.
fn check_date(
    file: &SourceFile,
    date: &Spanned<String>,
    key: &str,
    sources: &Sources,
    report: &mut Report,
) {
    match parse_date(date.value.trim()) {
        None => report.push(
            Diagnostic::error(
                "directory::bad-date",
                format!("`{}` is not a date", date.value),
            )
            .at(file, yaml::span_of(file, date))
            .help("write dates as YYYY-MM-DD, e.g. 2026-11-23"),
        ),
        Some(day) if day > sources.today => report.push(
            Diagnostic::error("directory::future-date", format!("{key} is in the future"))
                .at(file, yaml::span_of(file, date))
                .help("write the date it actually happened"),
        ),
        Some(_) => {}
    }
}

/// Warns when `date` (already checked to be a date) is older than the configured interval.
fn warn_if_stale(
    file: &SourceFile,
    date: &Spanned<String>,
    what: &str,
    sources: &Sources,
    report: &mut Report,
) {
    if let Some(day) = parse_date(date.value.trim())
        && sources.today - day > sources.stale_after_days
    {
        report.push(
            Diagnostic::warning(
                "directory::stale",
                format!("{what} more than {} days ago", sources.stale_after_days),
            )
            .at(file, yaml::span_of(file, date))
            .help("call the service, then record it under `verified` (who, and when)"),
        );
    }
}

/// A person in any country the directory covers must get emergency numbers there.
fn check_emergency_coverage(directory: &Directory, report: &mut Report) {
    let covered: HashSet<&str> = directory
        .services
        .iter()
        .filter(|(s, _)| s.urgent && s.has_category("emergency"))
        .map(|(s, _)| s.country.value.as_str())
        .collect();
    let mut reported = BTreeSet::new();
    for (service, file) in &directory.services {
        let country = service.country.value.as_str();
        if covered.contains(country) || !reported.insert(country) {
            continue;
        }
        report.push(
            Diagnostic::error(
                "directory::no-emergency",
                format!("country `{country}` has services but no emergency numbers"),
            )
            .at(file, yaml::span_of(file, &service.country))
            .help(format!(
                "add an entry with `country: {country}`, `categories: [emergency]` and \
                 `urgent: true` listing its police, ambulance and fire numbers"
            )),
        );
    }
}

fn check_channel_value(
    file: &SourceFile,
    channel: &Spanned<super::directory::Channel>,
    kind: ChannelKind,
    value: &str,
    country: &str,
    report: &mut Report,
) {
    let at = yaml::span_of(file, channel);
    let problem = match kind {
        ChannelKind::Web => links::url_problem(value).err(),
        ChannelKind::Email => links::email_problem(value).err(),
        ChannelKind::Matrix => links::matrix_problem(value).err(),
        ChannelKind::Phone
        | ChannelKind::Sms
        | ChannelKind::WhatsApp
        | ChannelKind::Viber
        | ChannelKind::Signal => match phone::parse(value, country, kind == ChannelKind::Phone) {
            Ok(_) => None,
            Err(Problem::Invalid) => Some(format!(
                "`{value}` is not a valid phone number in `{country}`; check every digit, \
                     and write it with the country code, e.g. +381 11 785 0000"
            )),
            Err(Problem::ShortCodeNotAllowed) => Some(format!(
                "`{value}` is a short code; {} needs a full number with the country code",
                kind.name()
            )),
            Err(Problem::NationalForm(phone)) => {
                let e164 = phone.e164.unwrap_or_default();
                report.push(
                    Diagnostic::warning(
                        "directory::national-number",
                        format!("`{value}` is written without the country code"),
                    )
                    .at(file, at.clone())
                    .help(format!(
                        "write it as `{e164}` (E.164), so that it works from any phone"
                    )),
                );
                None
            }
            Err(Problem::OtherCountry { country: other, .. }) => {
                report.push(
                    Diagnostic::warning(
                        "directory::foreign-number",
                        format!("`{value}` is a number in `{other}`, not `{country}`"),
                    )
                    .at(file, at.clone())
                    .help("check the country code; calls abroad cost more and may not connect"),
                );
                None
            }
        },
    };
    if let Some(why) = problem {
        report.push(
            Diagnostic::error(
                "directory::bad-contact",
                format!("this {} contact cannot be used", kind.name()),
            )
            .at(file, at.clone())
            .help(why),
        );
    }
}

fn check_hours(file: &SourceFile, written: Option<&Spanned<String>>, report: &mut Report) {
    let Some(written) = written else { return };
    if let Err(why) = hours::parse(&written.value) {
        report.push(
            Diagnostic::error(
                "directory::bad-hours",
                format!("cannot read the hours: {why}"),
            )
            .at(file, yaml::span_of(file, written))
            .help(format!(
                "write `24/7`, or days and times such as `mon-fri 08:00-20:00`; days are {} \
                     (join several with `;`)",
                hours::DAYS.join(", ")
            )),
        );
    }
}

fn check_languages(
    file: &SourceFile,
    tags: &[Spanned<String>],
    locales: Option<&Locales>,
    report: &mut Report,
) {
    for tag in tags {
        let bundled = locales.is_some_and(|l| l.get(&tag.value).is_some());
        if bundled || languages::autonym(&tag.value).is_some() {
            continue;
        }
        report.push(
            Diagnostic::warning(
                "directory::unknown-language",
                format!("`{}` is not a language tag Putokaz can name", tag.value),
            )
            .at(file, yaml::span_of(file, tag))
            .help(similar_hint(&tag.value, languages::known_tags())),
        );
    }
}

fn check_categories(file: &SourceFile, categories: &[Spanned<String>], report: &mut Report) {
    for category in categories {
        if CATEGORIES.contains(&category.value.as_str()) {
            continue;
        }
        report.push(
            Diagnostic::error(
                "directory::unknown-category",
                format!("`{}` is not a category", category.value),
            )
            .at(file, yaml::span_of(file, category))
            .help(format!(
                "{} (categories are: {})",
                similar_hint(&category.value, CATEGORIES.iter().copied()),
                CATEGORIES.join(", ")
            )),
        );
    }
}
