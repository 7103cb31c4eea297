//! One normaliser for everything a person types and everything it is matched against: keywords,
//! menu labels, intents and language names. People type on whatever keyboard they have: Persian
//! text with Arabic letters, Arabic-Indic or Bengali digits, stray zero-width joiners from a
//! copied message. Matching must not care.

use unicode_normalization::UnicodeNormalization;

/// Normalised text is never longer than this many characters: as long as any message the
/// adapters pass on (a Matrix event holds at most 64 KiB; the terminal reads at most 64 KiB a
/// line), so that an emergency or crisis word anywhere in a message is seen, and still bounded,
/// so that the engine's cost is too whatever it is given.
pub const MAX_CHARS: usize = 64 * 1024;

/// Normalises `input` for matching: Unicode NFKC, lower case, digits of every script to ASCII,
/// Arabic-script letter variants folded, harakat, tatweel, zero-width and bidi controls removed,
/// punctuation turned into spaces and whitespace collapsed.
pub fn normalise(input: &str) -> String {
    let mut out = String::with_capacity(input.len().min(MAX_CHARS * 2));
    let mut chars = 0;
    let mut pending_space = false;
    // NFKC first so that compatibility forms (presentation forms, full-width digits, ligatures)
    // become the plain letters the folds below expect. Input is cut early so a huge message
    // costs no more than a short one.
    for c in input.chars().take(MAX_CHARS * 4).nfkc() {
        for lower in c.to_lowercase().map(strip_latin_accent) {
            let Some(folded) = fold(lower) else { continue };
            if folded == ' ' {
                pending_space = !out.is_empty();
                continue;
            }
            // The separator and the character both count (the property tests found the
            // output one over the cap when a space was pending at the limit).
            if chars + 1 + usize::from(pending_space) > MAX_CHARS {
                return out;
            }
            if pending_space {
                out.push(' ');
                chars += 1;
                pending_space = false;
            }
            out.push(folded);
            chars += 1;
        }
    }
    out
}

/// A translator's regular expression, with its letters folded as [`normalise`] folds the text
/// it is matched against: "يريد" in a pattern matches "یرید" typed either way, a zero-width
/// non-joiner in "می‌خواهم" does not break it, "à" matches "a". The regular expression's own
/// syntax (ASCII) is left alone, so `\b`, `\w` and `\S` keep their meaning.
///
/// A word boundary `\b` becomes a space or an end of the text, which is all a word boundary
/// can be in normalised text: the regex engine cannot run its fast automaton over Arabic or
/// Bengali text with Unicode `\b` in it, and falls back to a search dozens of times slower.
pub fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let chars: Vec<char> = pattern.chars().nfkc().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c == '\\' && chars.get(i) == Some(&'b') {
            i += 1;
            let ends_here = matches!(chars.get(i), None | Some('|' | ')'));
            out.push_str(if ends_here { "(?: |$)" } else { "(?:^| )" });
            continue;
        }
        if c == '\\' {
            // An escape: its next character is the regex's, kept as it is.
            out.push(c);
            if let Some(&next) = chars.get(i) {
                out.push(next);
                i += 1;
            }
            continue;
        }
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        for lower in c.to_lowercase().map(strip_latin_accent) {
            match fold(lower) {
                Some(folded) if !lower.is_whitespace() && folded == ' ' => out.push(' '),
                Some(folded) => out.push(folded),
                None => {}
            }
        }
    }
    out
}

/// Latin letters lose their accents ("français" matches "francais"): people on phones often
/// type without them. Other scripts keep their marks, which can change a letter entirely.
fn strip_latin_accent(c: char) -> char {
    let latin = ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c);
    if latin {
        // Canonical decomposition puts the base letter first, then its accents.
        std::iter::once(c).nfd().next().unwrap_or(c)
    } else {
        c
    }
}

/// Folds one lower-cased character: `None` drops it, `Some(' ')` is a separator.
fn fold(c: char) -> Option<char> {
    if let Some(digit) = decimal_digit(c) {
        return Some(char::from(b'0' + digit));
    }
    match c {
        // Zero-width characters, bidi controls, byte-order mark, soft hyphen, Arabic letter mark.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{061C}' => None,
        // Tatweel (kashida) only stretches a word.
        '\u{0640}' => None,
        // Emoji variation selectors, the keycap mark (so "2️⃣" reads as 2), skin tones, tags.
        '\u{FE00}'..='\u{FE0F}'
        | '\u{20E3}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}' => None,
        // Emoji and other pictographs separate words ("SOS🆘", "help me now😭").
        '\u{2190}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{00A9}' | '\u{00AE}' => Some(' '),
        // Harakat and other Arabic-script diacritics and Quranic marks.
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' => None,
        // Arabic yeh and alef maksura are written for Persian yeh, and the other way round.
        '\u{064A}' | '\u{0649}' => Some('\u{06CC}'),
        // Arabic kaf for Persian keheh.
        '\u{0643}' => Some('\u{06A9}'),
        // Teh marbuta, heh with yeh above and the Urdu heh goal forms fold to heh.
        '\u{0629}' | '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06C3}' => Some('\u{0647}'),
        // Alef with hamza above or below, with madda, and alef wasla fold to bare alef.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => Some('\u{0627}'),
        // Other control characters (NUL, bell, escape...) separate words like whitespace;
        // found by the property tests.
        c if c.is_whitespace() || c.is_control() || is_separator_punctuation(c) => Some(' '),
        c => Some(c),
    }
}

/// The value of a decimal digit in any script this bot is likely to meet.
fn decimal_digit(c: char) -> Option<u8> {
    const ZEROS: &[u32] = &[
        0x0030, // ASCII
        0x0660, // Arabic-Indic
        0x06F0, // Extended Arabic-Indic (Persian, Urdu, Pashto)
        0x07C0, // NKo
        0x0966, // Devanagari
        0x09E6, // Bengali
        0x0A66, // Gurmukhi
        0x0AE6, // Gujarati
        0x0B66, // Oriya
        0x0BE6, // Tamil
        0x0C66, // Telugu
        0x0CE6, // Kannada
        0x0D66, // Malayalam
        0x0E50, // Thai
        0x0ED0, // Lao
        0x0F20, // Tibetan
        0x1040, // Myanmar
        0x17E0, // Khmer
        0x1810, // Mongolian
        0xFF10, // Full-width
    ];
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .map(|&zero| (code - zero) as u8)
}

/// Punctuation that separates words. Combining marks (such as the Bengali virama) and symbols
/// that belong inside words are kept.
fn is_separator_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
            | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}' // Arabic , ; ?
            | '\u{066A}'..='\u{066D}' // Arabic percent, decimal and thousands separators, star
            | '\u{06D4}' // Urdu full stop
            | '\u{0964}' | '\u{0965}' // Devanagari/Bengali danda
            | '\u{2010}'..='\u{2027}' // dashes, quotes, bullets, ellipsis
            | '\u{2030}'..='\u{205E}'
            | '\u{3001}' | '\u{3002}'
        )
}

/// Whether `keyword` (normalised) occurs in `text` (normalised) as whole words.
pub fn contains_words(text: &str, keyword: &str) -> bool {
    if keyword.is_empty() || keyword.len() > text.len() {
        return false;
    }
    text.match_indices(keyword).any(|(start, _)| {
        let end = start + keyword.len();
        let before_ok = start == 0 || text[..start].ends_with(' ');
        let after_ok = end == text.len() || text[end..].starts_with(' ');
        before_ok && after_ok
    })
}

/// Reads a whole answer that is a number ("2", "٢", "۲", "2.") as that number.
pub fn as_number(normalised: &str) -> Option<usize> {
    if normalised.is_empty()
        || normalised.len() > 3
        || !normalised.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    normalised.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_become_ascii() {
        assert_eq!(normalise("٣"), "3");
        assert_eq!(normalise("۳"), "3");
        assert_eq!(normalise("৩"), "3");
        assert_eq!(normalise("３"), "3");
        assert_eq!(normalise("١٢"), "12");
        assert_eq!(as_number(&normalise("۲.")), Some(2));
    }

    #[test]
    fn case_and_whitespace() {
        assert_eq!(normalise("  Main\t MENU!! "), "main menu");
        assert_eq!(normalise("Ça VA?"), "ca va");
    }

    #[test]
    fn arabic_letters_in_persian_words_match_persian_letters() {
        // "کمک" (help) typed with Arabic kaf; "فارسی" typed with Arabic yeh.
        assert_eq!(normalise("كمك"), normalise("کمک"));
        assert_eq!(normalise("فارسي"), normalise("فارسی"));
        assert_eq!(normalise("فارسى"), normalise("فارسی"));
    }

    #[test]
    fn arabic_alef_forms_teh_marbuta_harakat_and_tatweel() {
        assert_eq!(normalise("أمان"), normalise("امان"));
        assert_eq!(normalise("إسعاف"), normalise("اسعاف"));
        assert_eq!(normalise("آمن"), normalise("امن"));
        assert_eq!(normalise("مساعدة"), normalise("مساعده"));
        assert_eq!(normalise("مُسَاعَدَة"), normalise("مساعدة"));
        assert_eq!(normalise("طـــوارئ"), normalise("طوارئ"));
    }

    #[test]
    fn the_cap_holds_when_a_separator_falls_on_it() {
        // U+00B8 is a space and a combining cedilla after NFKC: separators everywhere.
        for n in [MAX_CHARS - 1, MAX_CHARS, MAX_CHARS + 1, 2 * MAX_CHARS] {
            let out = normalise(&"\u{B8}".repeat(n));
            assert!(
                out.chars().count() <= MAX_CHARS,
                "{n}: {}",
                out.chars().count()
            );
        }
        let out = normalise(&"a ".repeat(MAX_CHARS));
        assert!(out.chars().count() <= MAX_CHARS);
        assert!(!out.ends_with(' '));
    }

    #[test]
    fn control_characters_separate_words() {
        assert_eq!(normalise("sos\u{0}help\u{7}\u{1b}me"), "sos help me");
        assert_eq!(normalise("\u{0}\u{7}\r\n\t"), "");
    }

    #[test]
    fn zero_width_and_bidi_controls_are_removed() {
        // Persian "می‌خواهم" with a zero-width non-joiner, and text wrapped in bidi isolates.
        assert_eq!(normalise("می\u{200C}خواهم"), normalise("میخواهم"));
        assert_eq!(normalise("\u{2068}menu\u{2069}\u{200F}"), "menu");
        assert_eq!(normalise("\u{FEFF}hi"), "hi");
    }

    #[test]
    fn arabic_punctuation_separates_words() {
        assert_eq!(normalise("مرحبا،كيف؟"), normalise("مرحبا كيف"));
    }

    #[test]
    fn real_words_in_every_bundled_script() {
        // Persian: "help" typed with Arabic kaf; "lawyer" with Arabic kaf and yeh.
        assert_eq!(normalise("كمك"), normalise("کمک"));
        assert_eq!(normalise("وكيل"), normalise("وکیل"));
        // Pashto: "help", with and without harakat; its own letters pass through.
        assert_eq!(normalise("مرسته"), normalise("مَرسته"));
        assert_eq!(normalise("ښځه"), "ښځه");
        // Urdu: heh goal typed as Arabic heh; Urdu digits.
        assert_eq!(normalise("مدد چاہیے"), normalise("مدد چاهیے"));
        assert_eq!(normalise("۳"), "3");
        // Sorani Kurdish: "help" keeps its own letters; Arabic yeh folds to Persian yeh.
        assert_eq!(normalise("یارمەتی"), normalise("يارمەتي"));
        // Arabic: hamza forms and teh marbuta.
        assert_eq!(normalise("الإسعاف"), normalise("الاسعاف"));
        // French: accents and apostrophes.
        assert_eq!(normalise("À l'aide"), normalise("a l aide"));
        assert_eq!(normalise("Français"), "francais");
        // Bengali: digits and a conjunct with virama.
        assert_eq!(normalise("৩"), "3");
        assert_eq!(normalise("সাহায্য"), "সাহায্য");
    }

    #[test]
    fn scripts_without_folds_pass_through() {
        assert_eq!(normalise("সাহায্য"), "সাহায্য"); // Bengali, virama kept
        assert_eq!(normalise("Допомога"), "допомога"); // Ukrainian
        assert_eq!(normalise("مدد"), "مدد"); // Urdu
    }

    #[test]
    fn presentation_forms_are_unfolded() {
        // Arabic presentation form of lam-alef becomes two letters.
        assert_eq!(normalise("\u{FEFB}"), "\u{0644}\u{0627}");
    }

    #[test]
    fn emoji_separate_words_and_keycaps_are_digits() {
        assert_eq!(normalise("SOS🆘"), "sos");
        assert_eq!(normalise("help me now😭😭"), "help me now");
        assert_eq!(normalise("2\u{FE0F}\u{20E3}"), "2");
        assert_eq!(normalise("👍🏽ok"), "ok");
    }

    #[test]
    fn output_is_bounded() {
        let long = "ab ".repeat(100_000);
        assert!(normalise(&long).chars().count() <= MAX_CHARS);
    }

    #[test]
    fn patterns_fold_letters_but_keep_their_syntax() {
        assert_eq!(
            fold_pattern("\\bيريد (أن )?أموت\\b"),
            "(?:^| )یرید (ان )?اموت(?: |$)"
        );
        assert_eq!(fold_pattern("(\\ba|b\\b)\\\\b"), "((?:^| )a|b(?: |$))\\\\b");
        assert_eq!(fold_pattern("می\u{200C}خواهم|\\S+"), "میخواهم|\\S+");
        assert_eq!(
            fold_pattern("j'en peux plus|à bout"),
            "j'en peux plus|a bout"
        );
        let regex = regex::Regex::new(&fold_pattern("أريد أن أموت")).unwrap();
        assert!(regex.is_match(&normalise("اريد ان اموت")));
    }

    #[test]
    fn whole_word_containment() {
        assert!(contains_words("i need help now", "help"));
        assert!(contains_words("help", "help"));
        assert!(contains_words("call the police please", "the police"));
        assert!(!contains_words("helpful", "help"));
        assert!(!contains_words("", "help"));
    }
}
