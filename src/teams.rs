//! Teams of workers and peer volunteers who talk with people through the bot: which team takes
//! a case (by the person's language and need), and when a team is on duty.
//!
//! Pure data and arithmetic on a time the caller passes in, so the engine can tell a person,
//! in their own language, when a team is next open. Where a team's conversations happen (a
//! Matrix room) is the adapter's business (`[matrix.team_rooms]`).

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime as Zoned};
use serde::Deserialize;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TeamError {
    #[error("team `{team}`: {message}")]
    Invalid { team: String, message: String },
}

/// `[[teams]]` in `putokaz.toml`, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamConfig {
    /// A short id, used in commands (`!pass CODE id`) and room settings.
    pub id: String,
    /// What the person reads: "a worker from <name>".
    pub name: String,
    /// Locale ids the team can answer in.
    pub languages: Vec<String>,
    /// Need categories the team takes; empty takes every need.
    #[serde(default)]
    pub needs: Vec<String>,
    /// An IANA time zone, e.g. `Europe/Belgrade`.
    #[serde(default = "default_zone")]
    pub time_zone: String,
    /// Weekly hours, e.g. `["mon-fri 09:00-17:00", "sat 10:00-14:00"]`; empty means always.
    #[serde(default)]
    pub hours: Vec<String>,
    /// Dates the team is closed, e.g. `["2026-12-25"]`.
    #[serde(default)]
    pub closed: Vec<String>,
    /// Takes any case no other team takes.
    #[serde(default)]
    pub fallback: bool,
}

fn default_zone() -> String {
    "Europe/Belgrade".into()
}

/// One team, checked.
#[derive(Debug, Clone)]
pub struct Team {
    pub id: String,
    pub name: String,
    pub languages: Vec<String>,
    pub needs: Vec<String>,
    pub fallback: bool,
    hours: Hours,
}

/// When a team is on duty: weekly spans in its time zone, less closed dates.
#[derive(Debug, Clone)]
struct Hours {
    zone: TimeZone,
    zone_name: String,
    /// (weekday, from, to); empty means always.
    weekly: Vec<(Weekday, Time, Time)>,
    closed: Vec<Date>,
}

/// When a closed team opens next, in its own time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// Days from the team's today: 0 today, 1 tomorrow.
    pub days_ahead: i64,
    pub weekday: Weekday,
    /// "09:00".
    pub time: String,
    /// The place the time zone is named after ("Belgrade"), for "09:00 (Belgrade time)".
    pub place: String,
    /// Whole hours from now, rounded up, for "in about N hours".
    pub hours_from_now: i64,
}

/// Every team, in the order the configuration lists them.
#[derive(Debug, Clone, Default)]
pub struct Teams {
    teams: Vec<Team>,
}

impl Teams {
    pub fn from_config(configs: &[TeamConfig]) -> Result<Teams, TeamError> {
        let mut teams = Vec::new();
        for config in configs {
            let team = Team::from_config(config)?;
            if teams.iter().any(|t: &Team| t.id == team.id) {
                return Err(invalid(&team.id, "is listed twice"));
            }
            teams.push(team);
        }
        Ok(Teams { teams })
    }

    pub fn is_empty(&self) -> bool {
        self.teams.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }

    pub fn all(&self) -> &[Team] {
        &self.teams
    }

    /// The team for a person writing in `locale` about `need`: the first that speaks the
    /// language and takes the need, or else the first fallback team.
    pub fn route(&self, locale: &str, need: Option<&str>) -> Option<&Team> {
        self.teams
            .iter()
            .find(|team| team.speaks(locale) && team.takes(need))
            .or_else(|| self.teams.iter().find(|team| team.fallback))
    }
}

impl Team {
    fn from_config(config: &TeamConfig) -> Result<Team, TeamError> {
        let id = &config.id;
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(invalid(
                id,
                "an id is letters, digits and `-` only (it is typed in `!pass`)",
            ));
        }
        if config.name.trim().is_empty() {
            return Err(invalid(
                id,
                "`name` is empty: people read \"a worker from <name>\"",
            ));
        }
        if config.languages.is_empty() {
            return Err(invalid(
                id,
                "`languages` is empty: list the locale ids the team answers in",
            ));
        }
        let zone = TimeZone::get(&config.time_zone).map_err(|_| {
            invalid(
                id,
                &format!(
                    "`time_zone` {:?} is not a known time zone; write one such as \"Europe/Belgrade\"",
                    config.time_zone
                ),
            )
        })?;
        let mut weekly = Vec::new();
        for line in &config.hours {
            weekly.extend(parse_hours(line).map_err(|message| invalid(id, &message))?);
        }
        let closed = config
            .closed
            .iter()
            .map(|date| {
                date.parse::<Date>().map_err(|_| {
                    invalid(
                        id,
                        &format!("`closed` date {date:?} is not a date like \"2026-12-25\""),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let place = config
            .time_zone
            .rsplit('/')
            .next()
            .unwrap_or(&config.time_zone)
            .replace('_', " ");
        Ok(Team {
            id: id.clone(),
            name: config.name.trim().to_string(),
            languages: config.languages.clone(),
            needs: config.needs.clone(),
            fallback: config.fallback,
            hours: Hours {
                zone,
                zone_name: place,
                weekly,
                closed,
            },
        })
    }

    pub fn speaks(&self, locale: &str) -> bool {
        self.languages.iter().any(|l| l == locale)
    }

    pub fn takes(&self, need: Option<&str>) -> bool {
        self.needs.is_empty() || need.is_some_and(|need| self.needs.iter().any(|n| n == need))
    }

    /// Whether the team is on duty at `now` (seconds since the epoch).
    pub fn is_open(&self, now: u64) -> bool {
        self.hours.is_open(&self.hours.at(now))
    }

    /// When the team opens next, if it is closed at `now` and opens within two weeks.
    pub fn next_opening(&self, now: u64) -> Option<Opening> {
        let hours = &self.hours;
        let here = hours.at(now);
        if hours.is_open(&here) {
            return None;
        }
        let today = here.date();
        for days_ahead in 0..15 {
            let date = today.checked_add(jiff::Span::new().days(days_ahead)).ok()?;
            if hours.closed.contains(&date) {
                continue;
            }
            let mut starts: Vec<Time> = if hours.weekly.is_empty() {
                vec![Time::midnight()]
            } else {
                hours
                    .weekly
                    .iter()
                    .filter(|(day, _, _)| *day == date.weekday())
                    .map(|(_, from, _)| *from)
                    .collect()
            };
            starts.sort();
            for start in starts {
                let Ok(at) = date
                    .to_datetime(start)
                    .to_zoned_datetime(hours.zone.clone())
                else {
                    continue;
                };
                if at.timestamp() > here.timestamp() {
                    let seconds = at.timestamp().as_second() - here.timestamp().as_second();
                    return Some(Opening {
                        days_ahead,
                        weekday: date.weekday(),
                        time: format!("{:02}:{:02}", at.hour(), at.minute()),
                        place: hours.zone_name.clone(),
                        hours_from_now: (seconds + 3599) / 3600,
                    });
                }
            }
        }
        None
    }
}

impl Hours {
    fn at(&self, now: u64) -> Zoned {
        let seconds = i64::try_from(now).unwrap_or(i64::MAX);
        let stamp = Timestamp::from_second(seconds).unwrap_or(Timestamp::MAX);
        stamp.to_zoned_datetime(self.zone.clone())
    }

    fn is_open(&self, here: &Zoned) -> bool {
        if self.closed.contains(&here.date()) {
            return false;
        }
        let time = here.time();
        self.weekly.is_empty()
            || self
                .weekly
                .iter()
                .any(|(day, from, to)| *day == here.weekday() && *from <= time && time < *to)
    }
}

fn invalid(team: &str, message: &str) -> TeamError {
    TeamError::Invalid {
        team: team.to_string(),
        message: message.to_string(),
    }
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

/// `"mon-fri 09:00-17:00"`, `"sat,sun 10:00-14:00"`, `"daily 08:00-24:00"`.
fn parse_hours(line: &str) -> Result<Vec<(Weekday, Time, Time)>, String> {
    let explain = || {
        format!(
            "`hours` entry {line:?} is not like \"mon-fri 09:00-17:00\" (days: mon…sun, a range \
             with -, a list with commas, or daily; times HH:MM, the end after the start)"
        )
    };
    let (days, times) = line.trim().split_once(' ').ok_or_else(explain)?;
    let (from, to) = times.trim().split_once('-').ok_or_else(explain)?;
    let from = parse_time(from).ok_or_else(explain)?;
    let to = parse_time(to).ok_or_else(explain)?;
    if to <= from {
        return Err(explain());
    }
    let day_index = |name: &str| DAYS.iter().position(|(n, _)| name.eq_ignore_ascii_case(n));
    let mut chosen = Vec::new();
    for part in days.split(',') {
        let part = part.trim();
        if part.eq_ignore_ascii_case("daily") {
            chosen.extend(0..7);
        } else if let Some((start, end)) = part.split_once('-') {
            let (start, end) = (
                day_index(start).ok_or_else(explain)?,
                day_index(end).ok_or_else(explain)?,
            );
            if end < start {
                return Err(explain());
            }
            chosen.extend(start..=end);
        } else {
            chosen.push(day_index(part).ok_or_else(explain)?);
        }
    }
    Ok(chosen.into_iter().map(|i| (DAYS[i].1, from, to)).collect())
}

/// "09:00"; "24:00" is the end of the day.
fn parse_time(text: &str) -> Option<Time> {
    let (hour, minute) = text.trim().split_once(':')?;
    let (hour, minute): (i8, i8) = (hour.parse().ok()?, minute.parse().ok()?);
    if hour == 24 && minute == 0 {
        return Some(Time::MAX);
    }
    Time::new(hour, minute, 0, 0).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team(hours: &[&str], closed: &[&str]) -> Team {
        Team::from_config(&TeamConfig {
            id: "idc".into(),
            name: "IDC".into(),
            languages: vec!["ar".into()],
            needs: vec![],
            time_zone: "Europe/Belgrade".into(),
            hours: hours.iter().map(|h| h.to_string()).collect(),
            closed: closed.iter().map(|d| d.to_string()).collect(),
            fallback: false,
        })
        .unwrap()
    }

    /// Seconds since the epoch of a wall-clock time in Belgrade.
    fn belgrade(text: &str) -> u64 {
        let zoned = text
            .parse::<jiff::civil::DateTime>()
            .unwrap()
            .to_zoned_datetime(TimeZone::get("Europe/Belgrade").unwrap())
            .unwrap();
        zoned.timestamp().as_second() as u64
    }

    #[test]
    fn open_in_its_own_time_zone_and_closed_on_closed_dates() {
        let team = team(&["mon-fri 09:00-17:00"], &["2026-12-25"]);
        // Thursday 3 December 2026.
        assert!(team.is_open(belgrade("2026-12-03T09:00")));
        assert!(team.is_open(belgrade("2026-12-03T16:59")));
        assert!(!team.is_open(belgrade("2026-12-03T17:00")));
        assert!(!team.is_open(belgrade("2026-12-05T12:00")), "a Saturday");
        assert!(
            !team.is_open(belgrade("2026-12-25T12:00")),
            "a closed Friday"
        );
    }

    #[test]
    fn the_next_opening_skips_weekends_and_closed_dates() {
        let team = team(&["mon-fri 09:00-17:00"], &["2026-12-25"]);
        let evening = team.next_opening(belgrade("2026-12-03T20:30")).unwrap();
        assert_eq!(
            (evening.days_ahead, evening.weekday, evening.time.as_str()),
            (1, Weekday::Friday, "09:00")
        );
        assert_eq!(evening.hours_from_now, 13);
        assert_eq!(evening.place, "Belgrade");
        let morning = team.next_opening(belgrade("2026-12-03T07:00")).unwrap();
        assert_eq!((morning.days_ahead, morning.hours_from_now), (0, 2));
        let christmas_eve = team.next_opening(belgrade("2026-12-24T18:00")).unwrap();
        assert_eq!(
            (christmas_eve.days_ahead, christmas_eve.weekday),
            (4, Weekday::Monday)
        );
        assert_eq!(
            team.next_opening(belgrade("2026-12-03T10:00")),
            None,
            "open"
        );
    }

    #[test]
    fn hours_are_checked_with_a_clear_reason() {
        for bad in [
            "mon-fri",
            "mon-fri 9-17",
            "fri-mon 09:00-17:00",
            "mon 17:00-09:00",
        ] {
            assert!(parse_hours(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_hours("daily 08:00-24:00").unwrap().len(), 7);
        assert_eq!(parse_hours("sat,sun 10:00-14:00").unwrap().len(), 2);
        let error = Teams::from_config(&[TeamConfig {
            time_zone: "Europe/Novi_Sad".into(),
            ..config("x")
        }])
        .unwrap_err();
        assert!(
            error.to_string().contains("not a known time zone"),
            "{error}"
        );
    }

    fn config(id: &str) -> TeamConfig {
        TeamConfig {
            id: id.into(),
            name: id.to_uppercase(),
            languages: vec!["ar".into(), "fa".into()],
            needs: vec![],
            time_zone: "Europe/Belgrade".into(),
            hours: vec![],
            closed: vec![],
            fallback: false,
        }
    }

    #[test]
    fn a_case_goes_to_a_team_that_speaks_the_language_and_takes_the_need_or_the_fallback() {
        let teams = Teams::from_config(&[
            TeamConfig {
                needs: vec!["legal".into()],
                ..config("lawyers")
            },
            config("peers"),
            TeamConfig {
                languages: vec!["en".into()],
                fallback: true,
                ..config("desk")
            },
        ])
        .unwrap();
        assert_eq!(teams.route("ar", Some("legal")).unwrap().id, "lawyers");
        assert_eq!(teams.route("ar", Some("shelter")).unwrap().id, "peers");
        assert_eq!(teams.route("ar", None).unwrap().id, "peers");
        assert_eq!(teams.route("bn", None).unwrap().id, "desk");
        assert!(Teams::from_config(&[config("a"), config("a")]).is_err());
    }
}
