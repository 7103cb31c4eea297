//! Contact cards: one service, in the person's language, readable on a narrow screen. Names of
//! organisations stay as written; labels, hours and descriptions come from Fluent; languages
//! are named in their own script.

use fluent_bundle::FluentArgs;

use super::Turn;
use super::reply::{Card, CardLine, LineKind, Reply};
use crate::content::directory::{ChannelKind, Service};
use crate::content::hours::Hours;
use crate::content::languages;

impl Turn<'_> {
    pub(super) fn card(&mut self, service: &Service) {
        let label = service.label.as_ref().map(|l| self.format(&l.value, None));
        let title = match (label, &service.name) {
            (Some(label), Some(name)) => format!("{label}: {name}"),
            (Some(label), None) => label,
            (None, Some(name)) => name.clone(),
            (None, None) => service.id.value.clone(),
        };
        let description = service
            .description
            .as_ref()
            .map(|d| self.format(&d.value, None));
        let mut lines = Vec::new();
        for channel in &service.channels {
            let channel = &channel.value;
            for (kind, value) in channel.entries() {
                let line_kind = match kind {
                    ChannelKind::Web => LineKind::Link,
                    ChannelKind::Email => LineKind::Email,
                    ChannelKind::Matrix => LineKind::Text,
                    _ => LineKind::Phone,
                };
                let label = channel.label.as_deref().unwrap_or(kind.message_id());
                let value = match &channel.dial {
                    Some(phone) => phone.display.clone(),
                    None => value.to_string(),
                };
                lines.push(CardLine {
                    label: self.format(label, None),
                    value,
                    kind: line_kind,
                });
            }
        }
        if let Some(hours) = &service.opening {
            lines.push(self.text_line("card-hours", self.hours_text(hours)));
        }
        if !service.languages.is_empty() {
            let names: Vec<String> = service
                .languages
                .iter()
                .map(|tag| self.language_name(&tag.value))
                .collect();
            lines.push(self.text_line("card-languages", names.join(", ")));
        }
        for network in &service.networks {
            if let Some((network, _)) = self
                .content
                .directory
                .networks
                .iter()
                .find(|(n, _)| n.id.value == network.value)
            {
                lines.push(self.text_line("card-network", network.name.clone()));
            }
        }
        for (flag, id) in [
            (service.free, "card-free"),
            (service.confidential, "card-confidential"),
            (service.anonymous, "card-anonymous"),
        ] {
            if flag == Some(true) {
                lines.push(self.text_line(id, String::new()));
            }
        }
        self.replies.push(Reply::Card(Card {
            service: service.id.value.clone(),
            title,
            description,
            lines,
        }));
    }

    /// One card with one number of each service, under its country's name: the first phone
    /// channel labelled with one of `labels`, in that order of preference. A service with none
    /// of them is left out.
    pub(super) fn numbers_card(&mut self, services: &[&Service], labels: &[String]) {
        let lines: Vec<CardLine> = services
            .iter()
            .filter_map(|service| {
                let number = labels.iter().find_map(|label| {
                    service.channels.iter().find_map(|channel| {
                        let channel = &channel.value;
                        let dial = channel.dial.as_ref()?;
                        (channel.label.as_deref() == Some(label)).then(|| dial.display.clone())
                    })
                })?;
                let country = crate::content::builtin::country_message_id(&service.country.value);
                Some(CardLine {
                    label: self.format(&country, None),
                    value: number,
                    kind: LineKind::Phone,
                })
            })
            .collect();
        self.replies.push(Reply::Card(Card {
            service: labels.join("+"),
            title: self.format(&labels[0], None),
            description: None,
            lines,
        }));
    }

    fn text_line(&self, label: &str, value: String) -> CardLine {
        CardLine {
            label: self.format(label, None),
            value,
            kind: LineKind::Text,
        }
    }

    fn hours_text(&self, hours: &Hours) -> String {
        match hours {
            Hours::Always => self.format("hours-always", None),
            Hours::Ranges(ranges) => ranges
                .iter()
                .map(|range| {
                    let mut args = FluentArgs::new();
                    args.set("days", self.format(&range.days_message(), None));
                    args.set("from", range.from.clone());
                    args.set("to", range.to.clone());
                    self.format("hours-range", Some(&args))
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    /// A bundled locale's own autonym first, then the table of other languages, then the tag.
    fn language_name(&self, tag: &str) -> String {
        self.content
            .locales
            .get(tag)
            .map(|l| l.meta.autonym.clone())
            .or_else(|| languages::autonym(tag).map(str::to_string))
            .unwrap_or_else(|| tag.to_string())
    }
}
