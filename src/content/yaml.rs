//! Reading YAML content files with positions kept, limits on hostile input, and errors turned
//! into diagnostics a coordinator can act on.

use std::ops::Range;

use serde::de::DeserializeOwned;
use serde_saphyr::options::DuplicateKeyPolicy;
use serde_saphyr::{Location, Spanned};

use crate::diagnostic::{Diagnostic, SourceFile};

/// Largest content file accepted. Real flow files are a few kilobytes; the limit keeps a
/// mistaken paste (or a hostile file) from exhausting memory.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Parses one YAML document into `T`. Unknown keys, missing keys, wrong types, duplicate keys
/// and syntax errors all come back as one positioned diagnostic.
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Box<Diagnostic>> {
    let text = file.inner().as_str();
    if text.len() > MAX_FILE_BYTES {
        return Err(Box::new(
            Diagnostic::error(
                "yaml::too-large",
                format!("this file is larger than {MAX_FILE_BYTES} bytes"),
            )
            .in_file(file)
            .help("split it into several files"),
        ));
    }
    // "no", "off" and "y" stay strings: coordinators write answers like `set: {contract: no}`.
    let options = serde_saphyr::options! {
        duplicate_keys: DuplicateKeyPolicy::Error,
        strict_booleans: true,
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|error| {
        let message = clean_message(&error.without_snippet().to_string());
        let mut diagnostic = Diagnostic::error("yaml::invalid", message.clone())
            .help(hint_for(&message))
            .in_file(file);
        if let Some(location) = error.location() {
            diagnostic = diagnostic
                .at(file, location_range(text, &location))
                .label("here");
        }
        Box::new(diagnostic)
    })
}

/// The byte range of a located YAML node, or an empty range at its start.
pub fn location_range(text: &str, location: &Location) -> Range<usize> {
    let span = location.span();
    if let Some(offset) = span.byte_offset() {
        let start = offset as usize;
        let len = span.byte_len().unwrap_or(0) as usize;
        return start..start + len;
    }
    // Fall back to line and column (1-based, in characters).
    let line = location.line().max(1) as usize;
    let column = location.column().max(1) as usize;
    let line_start = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum::<usize>();
    let column_offset = text[line_start.min(text.len())..]
        .char_indices()
        .nth(column - 1)
        .map_or(0, |(i, _)| i);
    let start = line_start + column_offset;
    start..start
}

/// The byte range of a spanned value.
pub fn span_of<T>(file: &SourceFile, value: &Spanned<T>) -> Range<usize> {
    location_range(file.inner(), &value.referenced)
}

/// serde-saphyr appends "at line X column Y"; the snippet already shows where.
fn clean_message(message: &str) -> String {
    let first_line = message.lines().next().unwrap_or(message);
    match first_line.find(" at line ") {
        Some(index) => first_line[..index].to_string(),
        None => first_line.to_string(),
    }
}

fn hint_for(message: &str) -> String {
    let m = message.to_lowercase();
    if m.contains("`last_verified`") {
        "`last_verified` is now two keys: `source_read` (when the source was last read) and, \
         once a person has called or written to the service, `verified: {by: <who>, on: <date>}`"
            .into()
    } else if m.contains("unknown field") {
        "check the spelling of this key; docs/flows.md lists the keys each part accepts".into()
    } else if m.contains("missing field") {
        "add the missing key; docs/flows.md shows a complete example".into()
    } else if m.contains("duplicate") {
        "each key may appear only once in the same block".into()
    } else if m.contains("indent") || m.contains("mapping") || m.contains("block") {
        "YAML is sensitive to indentation: keys of the same block must start in the same column, \
         using spaces, not tabs"
            .into()
    } else {
        "see docs/flows.md for the format of flow and directory files".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::source_file;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: Spanned<String>,
        answer: Option<String>,
    }

    #[test]
    fn spans_point_at_values() {
        let file = source_file("t.yaml", "name: putokaz\n".into());
        let doc: Doc = parse(&file).unwrap();
        let range = span_of(&file, &doc.name);
        assert_eq!(&file.inner()[range], "putokaz");
    }

    #[test]
    fn unknown_keys_are_positioned() {
        let file = source_file("t.yaml", "name: a\nnmae: b\n".into());
        let err = parse::<Doc>(&file).unwrap_err();
        assert_eq!(err.line_column().map(|(l, _)| l), Some(2), "{err:?}");
        assert!(err.message.contains("nmae"), "{}", err.message);
    }

    #[test]
    fn no_stays_a_string() {
        let file = source_file("t.yaml", "name: a\nanswer: no\n".into());
        let doc: Doc = parse(&file).unwrap();
        assert_eq!(doc.answer.as_deref(), Some("no"));
    }

    #[test]
    fn bad_indentation_is_positioned() {
        let file = source_file("t.yaml", "name: a\n  answer: b\n nope: [\n".into());
        let err = parse::<Doc>(&file).unwrap_err();
        assert!(err.line_column().is_some(), "{err:?}");
    }
}
