//! Words that call for urgent help: crisis (suicide, self-harm) and emergency. They count
//! anywhere in a message, in every language at once, and the ways people really write them
//! count too: translators give each language's phrases (`.keywords`), a regular expression for
//! the many shapes of one thought (`.pattern`, for paraphrase, negation and inflection, e.g.
//! "don't want to live any more"), and crisis words are also recognised with one letter wrong
//! ("sucide"), since missing a crisis is far worse than a false alarm.

use super::Locale;
use super::builtin::Intent;

/// Words at least this long (in characters) are also recognised with one letter added,
/// missing, changed or swapped. Shorter ones would match everyday words.
const NEAR_MIN_CHARS: usize = 6;

/// Whether a keyword word may be matched one letter off: long enough, and in Latin letters,
/// where a typed or transliterated word is often one letter off ("sucide", "mikham") and
/// words stand far apart. In Arabic script one letter turns a word into another ("انتحار",
/// suicide, into "انتظار", waiting), and a negation is one letter ("نمیخوام", "میخوام").
fn may_be_near(word: &str) -> bool {
    word.chars().count() >= NEAR_MIN_CHARS && word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Whether `text` (normalised) has `locale`'s words for `intent`.
pub fn says(locale: &Locale, intent: Intent, text: &str) -> bool {
    let Some(message) = locale.messages.get(intent.message_id()) else {
        return false;
    };
    if message.says(text) || message.pattern.as_ref().is_some_and(|p| p.is_match(text)) {
        return true;
    }
    // Only for crisis words: "police" one letter off is "policy", and "danger" is French
    // "manger".
    intent == Intent::Crisis && !message.near_keywords.is_empty() && {
        let words: Vec<&str> = text.split(' ').collect();
        message
            .near_keywords
            .iter()
            .any(|keyword| contains_nearly(&words, keyword))
    }
}

/// The keywords, split into words, that have a word which may match one letter off: the only
/// ones worth a second, slower look.
pub fn near_keywords(keywords: &[String]) -> Vec<Vec<String>> {
    keywords
        .iter()
        .map(|keyword| keyword.split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|words| words.iter().any(|word| may_be_near(word)))
        .collect()
}

/// Whether the words of `wanted` stand one after another in `words`, each exactly or, when
/// long enough, with one letter wrong.
fn contains_nearly(words: &[&str], wanted: &[String]) -> bool {
    words.windows(wanted.len()).any(|window| {
        window.iter().zip(wanted).all(|(word, wanted)| {
            *word == wanted || (may_be_near(wanted) && one_edit(word, wanted))
        })
    })
}

/// Whether `a` becomes `b` by one letter added, removed, changed, or two neighbours swapped,
/// the first letter left alone (a prefix changes a word's meaning more than a typo does).
/// Only for words in Latin letters (see [`may_be_near`]), so bytes are letters.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if !a.is_ascii() || !b.is_ascii() || a.first() != b.first() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            let mut differ = (0..short.len()).filter(|&i| short[i] != long[i]);
            match (differ.next(), differ.next(), differ.next()) {
                (Some(_), None, _) => true,
                (Some(i), Some(j), None) => {
                    j == i + 1 && short[i] == long[j] && short[j] == long[i]
                }
                _ => false,
            }
        }
        1 => {
            let first = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_wrong() {
        assert!(one_edit("sucide", "suicide"));
        assert!(one_edit("suicde", "suicide"));
        assert!(one_edit("suiside", "suicide"));
        assert!(one_edit("siucide", "suicide"));
        assert!(!one_edit("uicide", "suicide"), "the first letter stays");
        assert!(one_edit("suicidee", "suicide"));
        assert!(!one_edit("sucde", "suicide"));
        assert!(!one_edit("homicide", "suicide"));
    }

    #[test]
    fn near_matches_need_long_words_in_order() {
        let near = |text: &str, keyword: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            near_keywords(&[keyword.to_string()])
                .iter()
                .any(|wanted| contains_nearly(&words, wanted))
        };
        assert!(near("i want to kill myslef tonight", "kill myself"));
        assert!(!near("myself kill", "kill myself"));
        // Short words are never near matches: "dye" is not "die".
        assert!(!near("want to dye", "want to die"));
        // Nor Arabic-script words: waiting is not suicide, and wanting is not not-wanting.
        assert!(!near("خسته شدم از انتظار", "انتحار"));
        assert!(!near("میخوام زنده بمونم", "نمیخوام زنده بمونم"));
    }
}
