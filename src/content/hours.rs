//! Opening hours, written by coordinators in a small fixed form so that every language can say
//! them: `24/7`, or days and a time range such as `mon-fri 08:00-20:00`, several joined by `;`.

/// Day ranges the Fluent messages `hours-days-*` name.
pub const DAYS: [&str; 4] = ["daily", "mon-fri", "mon-sat", "sat-sun"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    Always,
    Ranges(Vec<Range>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    /// One of [`DAYS`].
    pub days: &'static str,
    pub from: String,
    pub to: String,
}

impl Range {
    /// The Fluent id naming the days.
    pub fn days_message(&self) -> String {
        format!("hours-days-{}", self.days)
    }
}

/// Parses the written form, or says what is wrong with it.
pub fn parse(text: &str) -> Result<Hours, String> {
    let text = text.trim();
    if text == "24/7" {
        return Ok(Hours::Always);
    }
    text.split(';')
        .map(|part| parse_range(part.trim()))
        .collect::<Result<Vec<_>, _>>()
        .map(Hours::Ranges)
}

fn parse_range(text: &str) -> Result<Range, String> {
    let (days, times) = text
        .split_once(' ')
        .ok_or_else(|| format!("`{text}` needs days and times, e.g. `mon-fri 08:00-20:00`"))?;
    let days = DAYS
        .into_iter()
        .find(|d| *d == days.to_ascii_lowercase())
        .ok_or_else(|| format!("`{days}` is not one of {}", DAYS.join(", ")))?;
    let (from, to) = times
        .trim()
        .split_once('-')
        .ok_or_else(|| format!("`{times}` needs a start and an end, e.g. `08:00-20:00`"))?;
    let (from, to) = (time(from)?, time(to)?);
    Ok(Range { days, from, to })
}

/// A 24-hour time `HH:MM`; `24:00` is allowed as an end.
fn time(text: &str) -> Result<String, String> {
    let bad = || format!("`{text}` is not a time; write it as HH:MM, e.g. 08:00");
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 24 || m > 59 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_parse() {
        assert_eq!(parse("24/7"), Ok(Hours::Always));
        assert_eq!(
            parse("mon-fri 08:00-20:00; sat-sun 10:00-14:00"),
            Ok(Hours::Ranges(vec![
                Range {
                    days: "mon-fri",
                    from: "08:00".into(),
                    to: "20:00".into()
                },
                Range {
                    days: "sat-sun",
                    from: "10:00".into(),
                    to: "14:00".into()
                },
            ]))
        );
    }

    #[test]
    fn bad_hours_say_why() {
        assert!(parse("Mon–Fri 08–20").unwrap_err().contains("not one of"));
        assert!(parse("daily 8-20").unwrap_err().contains("HH:MM"));
        assert!(parse("daily 08:00-25:00").unwrap_err().contains("HH:MM"));
        assert!(parse("always").unwrap_err().contains("days and times"));
    }
}
