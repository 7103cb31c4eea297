//! Whether the homeserver's message rate limits apply to the bot.
//!
//! Synapse's default `rc_message` (0.2 messages a second after a burst of 10) is right for
//! people and wrong for a bot that answers everyone: with it, a dozen people writing at once,
//! or one quick erase, hold every answer back for minutes. A homeserver admin exempts the bot's
//! account once (Synapse's admin API, `override_ratelimit`). The bot checks at start, where its
//! account may read that setting, and says plainly what to do where it cannot tell.

use matrix_sdk::Client;
use serde::Deserialize;
use tracing::{info, warn};

use crate::config::MatrixConfig;

/// What the bot learnt about its own rate limits.
#[derive(Debug, PartialEq, Eq)]
pub enum Exemption {
    /// The configuration says an admin has exempted the account.
    Declared,
    /// The homeserver says messages are not limited for the account.
    Confirmed,
    /// The homeserver says the account is limited like anyone's.
    Limited,
    /// The homeserver would not say (the bot is not a server admin, or it is not Synapse).
    Unknown,
}

/// Synapse's answer: empty when no override is set.
#[derive(Debug, Deserialize)]
struct Override {
    messages_per_second: Option<u64>,
    burst_count: Option<u64>,
}

/// Reads Synapse's answer for the account's override.
pub fn exemption_from(body: &str) -> Exemption {
    match serde_json::from_str::<Override>(body) {
        Ok(Override {
            messages_per_second: Some(0),
            burst_count: Some(0),
        }) => Exemption::Confirmed,
        Ok(_) => Exemption::Limited,
        Err(_) => Exemption::Unknown,
    }
}

/// Checks at start and logs what it found, with the one command to run when it matters.
pub async fn check(client: &Client, matrix: &MatrixConfig) -> Exemption {
    let exemption = if matrix.rate_limits_exempt {
        Exemption::Declared
    } else {
        ask(client).await
    };
    let hint = "a homeserver admin can exempt it once with Synapse's admin API: POST \
        /_synapse/admin/v1/users/<the bot's id>/override_ratelimit with \
        {\"messages_per_second\": 0, \"burst_count\": 0}; then set `rate_limits_exempt = true` \
        in [matrix] (see the README, 'Running it for real')";
    match exemption {
        Exemption::Declared => info!("message rate limits: the account is exempt, as configured"),
        Exemption::Confirmed => info!("message rate limits: the homeserver exempts the account"),
        Exemption::Limited => warn!(
            "the homeserver limits how fast the bot may send, as for any person: answers will queue when several people write at once; {hint}"
        ),
        Exemption::Unknown => warn!(
            "cannot tell whether the homeserver limits how fast the bot may send (only a server admin may read it); {hint}"
        ),
    }
    exemption
}

async fn ask(client: &Client) -> Exemption {
    let (Some(user), Some(token)) = (client.user_id(), client.access_token()) else {
        return Exemption::Unknown;
    };
    let url = format!(
        "{}/_synapse/admin/v1/users/{}/override_ratelimit",
        client.homeserver().as_str().trim_end_matches('/'),
        percent_encoded(user.as_str())
    );
    let Ok(response) = client
        .http_client()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
    else {
        return Exemption::Unknown;
    };
    if !response.status().is_success() {
        return Exemption::Unknown;
    }
    match response.text().await {
        Ok(body) => exemption_from(&body),
        Err(_) => Exemption::Unknown,
    }
}

/// A Matrix id as one URL path segment.
fn percent_encoded(id: &str) -> String {
    id.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synapse_answers_are_read_as_they_are_meant() {
        assert_eq!(
            exemption_from(r#"{"messages_per_second": 0, "burst_count": 0}"#),
            Exemption::Confirmed
        );
        // No override: the homeserver's defaults apply.
        assert_eq!(exemption_from("{}"), Exemption::Limited);
        assert_eq!(
            exemption_from(r#"{"messages_per_second": 10, "burst_count": 50}"#),
            Exemption::Limited
        );
        assert_eq!(exemption_from("<html>"), Exemption::Unknown);
        assert_eq!(
            percent_encoded("@putokaz:ngo.example"),
            "%40putokaz%3Ango.example"
        );
    }
}
