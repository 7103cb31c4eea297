//! Problems found in content files, reported for people: file, line, column, a snippet with a
//! caret and a hint. One type serves the checker, the loader and (later) the admin room, so every
//! way of seeing a problem says the same thing.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

/// How bad a problem is. Errors stop content from loading; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A content file kept in memory so that diagnostics can show a snippet of it.
pub type SourceFile = Arc<NamedSource<String>>;

pub fn source_file(name: impl AsRef<str>, text: String) -> SourceFile {
    Arc::new(NamedSource::new(name, text).with_language("yaml"))
}

/// One problem, positioned in a file when a position is known.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, searchable name for the kind of problem, e.g. `flow::unknown-target`.
    pub code: &'static str,
    pub message: String,
    pub source: Option<SourceFile>,
    pub span: Option<Range<usize>>,
    pub label: Option<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity,
            code,
            message: message.into(),
            source: None,
            span: None,
            label: None,
            help: None,
        }
    }

    /// Points the diagnostic at `span` (byte offsets) in `source`.
    pub fn at(mut self, source: &SourceFile, span: Range<usize>) -> Self {
        let len = source.inner().len();
        let start = span.start.min(len);
        let end = span.end.clamp(start, len);
        self.source = Some(source.clone());
        self.span = Some(start..end);
        self
    }

    /// Names the file when no position inside it is known.
    pub fn in_file(mut self, source: &SourceFile) -> Self {
        self.source = Some(source.clone());
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn file_name(&self) -> Option<&str> {
        self.source.as_ref().map(|s| s.name())
    }

    /// 1-based line and column of the start of the span, counted in characters.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        let source = self.source.as_ref()?;
        let offset = self.span.as_ref()?.start;
        Some(line_column(source.inner(), offset))
    }

    /// Renders the diagnostic as miette's graphical report, without colours when `plain`.
    pub fn render(&self, plain: bool) -> String {
        let theme = if plain {
            GraphicalTheme::unicode_nocolor()
        } else {
            GraphicalTheme::default()
        };
        let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
        let mut out = String::new();
        if handler.render_report(&mut out, self).is_err() {
            out = self.to_string();
        }
        if self.span.is_none()
            && let Some(file) = self.file_name()
        {
            out.push_str(&format!("  in {file}\n"));
        }
        out
    }
}

pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_deref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span.clone()?;
        let label = LabeledSpan::new_with_span(self.label.clone(), span);
        Some(Box::new(std::iter::once(label)))
    }
}

/// Every problem found while loading a content set.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// Keys of problems reported once however often they occur (a missing translation).
    once: std::collections::HashSet<String>,
}

impl Report {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Pushes the diagnostic unless one with the same `key` was pushed before.
    pub fn push_once(&mut self, key: String, diagnostic: Diagnostic) {
        if self.once.insert(key) {
            self.diagnostics.push(diagnostic);
        }
    }

    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// Orders diagnostics by file and position so that a coordinator reads them top to bottom.
    pub fn sort(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                (
                    d.file_name().map(str::to_owned),
                    d.span.as_ref().map(|s| s.start),
                )
            };
            key(a).cmp(&key(b))
        });
    }

    /// Plain text of the problems of at least `least` severity, cut to fit in `max_chars`
    /// (a chat message), saying how many more there are.
    pub fn render_capped(&self, least: Severity, max_chars: usize) -> String {
        let chosen: Vec<&Diagnostic> = self
            .diagnostics
            .iter()
            .filter(|d| d.severity >= least)
            .collect();
        let mut out = String::new();
        let mut shown = 0;
        for diagnostic in &chosen {
            let text = diagnostic.render(true);
            if out.len() + text.len() > max_chars {
                break;
            }
            out.push_str(&text);
            out.push('\n');
            shown += 1;
        }
        if shown < chosen.len() {
            out.push_str(&format!(
                "…and {} more: run `putokaz check` to see them all.",
                chosen.len() - shown
            ));
        }
        out
    }

    pub fn render(&self, plain: bool) -> String {
        self.diagnostics
            .iter()
            .map(|d| d.render(plain))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "a: 1\nب: ج\n";
        let offset = text.find('ج').unwrap();
        assert_eq!(line_column(text, offset), (2, 4));
    }

    #[test]
    fn render_names_file_line_and_hint() {
        let file = source_file("flows/main.yaml", "format: 1\nflow: main\n".into());
        let d = Diagnostic::error("flow::test", "something is wrong")
            .at(&file, 10..14)
            .label("here")
            .help("fix it");
        let text = d.render(true);
        assert!(text.contains("flows/main.yaml:2:1"), "{text}");
        assert!(text.contains("fix it"), "{text}");
        assert!(text.contains("here"), "{text}");
    }

    #[test]
    fn spans_past_the_end_are_clamped() {
        let file = source_file("x.yaml", "abc".into());
        let d = Diagnostic::error("x", "y").at(&file, 10..20);
        assert_eq!(d.span, Some(3..3));
    }
}
