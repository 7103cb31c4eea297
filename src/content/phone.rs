//! Phone numbers in the directory, checked against libphonenumber's metadata (through the
//! `phonenumber` crate) and written the way a person in the country can dial them.
//!
//! Coordinators write numbers in international form (`+381 11 785 0000`), which is stored and
//! linked as E.164. Short codes (`112`, `192`, `116 006`) have no E.164 form: they are dialled
//! as they are, inside their country only. Toll-free numbers are shown in national form
//! (`0800 77 99`), the way they are advertised and free to call.

use phonenumber::{Mode, PhoneNumber, country};

/// A number ready for a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// How the card shows it.
    pub display: String,
    /// The E.164 form (`+381117850000`); `None` for a short code.
    pub e164: Option<String>,
}

/// Why a number cannot be used as written. `Phone` is still given for warnings, so the card
/// shows the normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a phone number at all, or not a valid one for any plan.
    Invalid,
    /// A short code where only a full number works (WhatsApp, SMS...).
    ShortCodeNotAllowed,
    /// Written in national form: usable, but should be written as E.164.
    NationalForm(Phone),
    /// A valid number, but of another country than the entry's.
    OtherCountry { phone: Phone, country: String },
}

/// Short codes: 3 to 6 digits, not starting with the trunk prefix 0.
fn short_code(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = (3..=6).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    ok.then_some(digits)
}

/// Drops the regular expressions libphonenumber's metadata compiled for the numbers read so
/// far. They are only needed while the directory is read and checked, at start and on a
/// reload, but the `phonenumber` crate keeps up to 100 of them for the life of the process:
/// about 6 MB for the Western Balkans' plans, a sixth of the bot's content (BENCHMARKS.md,
/// "Many rooms"). They are compiled again, from the same metadata, when next needed.
pub fn forget_compiled_patterns() {
    let cache = phonenumber::metadata::DATABASE.cache();
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    *cache = regex_cache::RegexCache::new(PHONENUMBER_CACHE_CAPACITY);
}

/// The capacity `phonenumber` gives its cache (`Database::from`).
const PHONENUMBER_CACHE_CAPACITY: usize = 100;

/// Parses a number written in an entry for `country` (ISO 3166, e.g. `RS`, `XK`).
/// `short_allowed` is false for channels that need a full number (SMS, WhatsApp...).
pub fn parse(text: &str, country: &str, short_allowed: bool) -> Result<Phone, Problem> {
    let text = text.trim();
    if short_code(text).is_some() {
        return if short_allowed {
            Ok(Phone {
                display: text.to_string(),
                e164: None,
            })
        } else {
            Err(Problem::ShortCodeNotAllowed)
        };
    }
    let region: Option<country::Id> = country.parse().ok();
    let number = phonenumber::parse(region, text).map_err(|_| Problem::Invalid)?;
    if !phonenumber::is_valid(&number) {
        return Err(Problem::Invalid);
    }
    let phone = Phone {
        display: display(&number),
        e164: Some(number.format().mode(Mode::E164).to_string()),
    };
    let number_region = number.country().id();
    if region.is_some() && number_region != region {
        let country = number_region.map_or_else(
            || format!("+{}", number.code().value()),
            |id| format!("{id:?}"),
        );
        return Err(Problem::OtherCountry { phone, country });
    }
    if !text.starts_with('+') {
        return Err(Problem::NationalForm(phone));
    }
    Ok(phone)
}

/// Toll-free numbers as advertised (national form); everything else in international form, so
/// that it works from a foreign SIM card too.
fn display(number: &PhoneNumber) -> String {
    let toll_free = matches!(
        number.number_type(&phonenumber::metadata::DATABASE),
        phonenumber::Type::TollFree
    );
    let mode = if toll_free {
        Mode::National
    } else {
        Mode::International
    };
    number.format().mode(mode).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers_are_normalised_to_e164() {
        let phone = parse("+381 11 785 0000", "RS", true).unwrap();
        assert_eq!(phone.e164.as_deref(), Some("+381117850000"));
        assert_eq!(phone.display, "+381 11 7850000");
    }

    #[test]
    fn numbers_read_the_same_after_the_compiled_patterns_are_dropped() {
        let before = [
            parse("+385 800 7799", "HR", true),
            parse("011 785 0000", "RS", true),
            parse("+387 33 123", "BA", true),
        ];
        forget_compiled_patterns();
        let after = [
            parse("+385 800 7799", "HR", true),
            parse("011 785 0000", "RS", true),
            parse("+387 33 123", "BA", true),
        ];
        assert_eq!(before, after);
        assert!(matches!(after[1], Err(Problem::NationalForm(_))));
        assert_eq!(after[2], Err(Problem::Invalid));
    }

    #[test]
    fn toll_free_numbers_show_in_national_form() {
        let phone = parse("+385 800 7799", "HR", true).unwrap();
        assert_eq!(phone.display, "0800 77 99");
        assert_eq!(phone.e164.as_deref(), Some("+3858007799"));
    }

    #[test]
    fn short_codes_are_dialled_as_written() {
        let phone = parse("116 006", "AL", true).unwrap();
        assert_eq!(phone.display, "116 006");
        assert_eq!(phone.e164, None);
        assert_eq!(
            parse("116 006", "AL", false),
            Err(Problem::ShortCodeNotAllowed)
        );
    }

    #[test]
    fn national_form_is_flagged_with_its_e164_form() {
        match parse("0800 11112", "XK", true) {
            Err(Problem::NationalForm(phone)) => {
                assert_eq!(phone.e164.as_deref(), Some("+38380011112"))
            }
            other => panic!("expected a national-form warning, got {other:?}"),
        }
    }

    #[test]
    fn wrong_and_foreign_numbers_are_caught() {
        assert_eq!(parse("+381 11", "RS", true), Err(Problem::Invalid));
        assert_eq!(parse("call us", "RS", true), Err(Problem::Invalid));
        assert_eq!(parse("0123", "RS", true), Err(Problem::Invalid));
        assert!(matches!(
            parse("+387 61 102 034", "RS", true),
            Err(Problem::OtherCountry { country, .. }) if country == "BA"
        ));
    }
}
