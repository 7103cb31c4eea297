//! Web addresses, e-mail addresses and Matrix ids in content: well formed, or a diagnostic.

use serde_saphyr::Spanned;

use super::yaml;
use crate::diagnostic::{Diagnostic, Report, SourceFile};

/// A `source:` (or any address a person or coordinator will open) must be an absolute http(s)
/// URL with a real host name.
pub fn check_url(file: &SourceFile, value: &Spanned<String>, what: &str, report: &mut Report) {
    if let Err(why) = url_problem(&value.value) {
        report.push(
            Diagnostic::error(
                "link::bad-url",
                format!("{what} `{}` is not a web address: {why}", value.value),
            )
            .at(file, yaml::span_of(file, value))
            .help("write the full address, starting with https://"),
        );
    }
}

/// Why a text is not a usable web address, if it is not.
pub fn url_problem(text: &str) -> Result<(), String> {
    let text = text.trim();
    if text.contains(char::is_whitespace) {
        return Err("it contains a space".into());
    }
    if !text.contains("://") {
        return Err("it does not start with https://".into());
    }
    let url = url::Url::parse(text).map_err(|e| e.to_string())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("`{}:` is not http or https", url.scheme()));
    }
    match url.host() {
        Some(url::Host::Domain(host)) if host.contains('.') && !host.ends_with('.') => Ok(()),
        Some(url::Host::Domain(_)) | None => Err("it has no full host name".into()),
        Some(_) => Err("it points at an IP address, not a site".into()),
    }
}

/// An e-mail address a person can write to: one `@`, a local part, a dotted domain.
pub fn email_problem(text: &str) -> Result<(), String> {
    let (local, domain) = text
        .trim()
        .split_once('@')
        .ok_or_else(|| "it has no `@`".to_string())?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    if local.is_empty() || local.contains(char::is_whitespace) || !domain_ok {
        return Err("write it as name@example.org".into());
    }
    Ok(())
}

/// A Matrix user (`@name:server`) or room alias (`#room:server`).
pub fn matrix_problem(text: &str) -> Result<(), String> {
    let text = text.trim();
    let body = text
        .strip_prefix('@')
        .or_else(|| text.strip_prefix('#'))
        .ok_or_else(|| "start with `@` for a person or `#` for a room".to_string())?;
    match body.split_once(':') {
        Some((name, server)) if !name.is_empty() && server.contains('.') => Ok(()),
        _ => Err("write it as @name:example.org or #room:example.org".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(url_problem("https://astra.rs/en/").is_ok());
        assert!(url_problem("http://www.astra.rs/x/?lang=en").is_ok());
        assert!(url_problem("astra.rs").is_err());
        assert!(url_problem("https://astra").is_err());
        assert!(url_problem("ftp://astra.rs").is_err());
        assert!(url_problem("https://astra .rs").is_err());
        assert!(url_problem("https://10.0.0.1/").is_err());
    }

    #[test]
    fn emails_and_matrix_ids() {
        assert!(email_problem("pomoc@pomoc.hr").is_ok());
        assert!(email_problem("pomoc.hr").is_err());
        assert!(email_problem("a@b").is_err());
        assert!(matrix_problem("@help:example.org").is_ok());
        assert!(matrix_problem("#help:example.org").is_ok());
        assert!(matrix_problem("help:example.org").is_err());
    }
}
