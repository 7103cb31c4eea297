//! Words that call for urgent help: crisis (suicide, self-harm) and emergency. They count
//! anywhere in a message, in every language at once, and the ways people really write them
//! count too: translators give each language's phrases (`.keywords`), a regular expression for
//! the many shapes of one thought (`.pattern`, for paraphrase, negation and inflection, e.g.
//! "don't want to live any more"), and crisis words are also recognised with one letter wrong
//! ("sucide"), since missing a crisis is far worse than a false alarm.

use super::Locale;
use super::builtin::Intent;
use crate::normalise::contains_words;

/// Words at least this long (in characters) are also recognised with one letter added,
/// missing, changed or swapped. Shorter ones would match everyday words.
const NEAR_MIN_CHARS: usize = 6;

/// Whether `text` (normalised) has `locale`'s words for `intent`.
pub fn says(locale: &Locale, intent: Intent, text: &str) -> bool {
    let Some(message) = locale.messages.get(intent.message_id()) else {
        return false;
    };
    if message.keywords.iter().any(|k| contains_words(text, k))
        || message.pattern.as_ref().is_some_and(|p| p.is_match(text))
    {
        return true;
    }
    // Only for crisis words: "police" one letter off is "policy", and "danger" is French
    // "manger".
    intent == Intent::Crisis && {
        let words: Vec<&str> = text.split(' ').collect();
        message
            .keywords
            .iter()
            .any(|keyword| contains_nearly(&words, keyword))
    }
}

/// Whether the words of `keyword` stand one after another in `words`, each exactly or, when
/// long enough, with one letter wrong.
fn contains_nearly(words: &[&str], keyword: &str) -> bool {
    let wanted: Vec<&str> = keyword.split(' ').collect();
    if wanted.iter().all(|w| w.chars().count() < NEAR_MIN_CHARS) {
        return false; // Exactly only, and contains_words has looked already.
    }
    words.windows(wanted.len()).any(|window| {
        window.iter().zip(&wanted).all(|(word, wanted)| {
            *word == *wanted || (wanted.chars().count() >= NEAR_MIN_CHARS && one_edit(word, wanted))
        })
    })
}

/// Whether `a` becomes `b` by one letter added, removed, changed, or two neighbours swapped.
fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    match long.len() - short.len() {
        0 => {
            let differ: Vec<usize> = (0..short.len()).filter(|&i| short[i] != long[i]).collect();
            match differ.as_slice() {
                [_] => true,
                [i, j] => *j == i + 1 && short[*i] == long[*j] && short[*j] == long[*i],
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
        assert!(one_edit("suicidee", "suicide"));
        assert!(!one_edit("sucde", "suicide"));
        assert!(!one_edit("homicide", "suicide"));
    }

    #[test]
    fn near_matches_need_long_words_in_order() {
        let words: Vec<&str> = "i want to kill myslef tonight".split(' ').collect();
        assert!(contains_nearly(&words, "kill myself"));
        let words: Vec<&str> = "myself kill".split(' ').collect();
        assert!(!contains_nearly(&words, "kill myself"));
        // Short words are never near matches: "dye" is not "die".
        let words: Vec<&str> = "want to dye".split(' ').collect();
        assert!(!contains_nearly(&words, "want to die"));
    }
}
