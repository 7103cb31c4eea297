//! `putokaz.toml`: where content and data live, and how long sessions last. Every key is
//! optional; README.md documents each one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the configuration file {path} is not valid: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Folder with flow files (and `directory/` with the service directory).
    pub flows: PathBuf,
    /// Folder with one sub-folder per locale.
    pub locales: PathBuf,
    /// Where sessions and the session key are kept.
    pub data_dir: PathBuf,
    /// The locale every other falls back to; it must have every message.
    pub default_locale: String,
    /// After this long without a message, the next one starts from the main menu.
    #[serde(with = "humantime_serde")]
    pub idle_restart: Duration,
    /// Sessions idle this long are deleted.
    #[serde(with = "humantime_serde")]
    pub session_expiry: Duration,
    /// Directory entries verified longer ago than this get a warning from `putokaz check`.
    #[serde(with = "humantime_serde")]
    pub verify_every: Duration,
    /// Whether `putokaz serve` reloads flows and translations when their files change.
    pub reload_on_change: bool,
    /// Teams of workers and volunteers a person can talk with through the bot (`[[teams]]`).
    pub teams: Vec<crate::teams::TeamConfig>,
    /// A conversation with a worker in which neither side wrote for this long is closed, and
    /// the person is back with the bot.
    #[serde(with = "humantime_serde")]
    pub case_idle: Duration,
    /// The Matrix account and room policy, for `putokaz serve`.
    pub matrix: Option<MatrixConfig>,
}

/// `[matrix]` in `putokaz.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// The homeserver's address, e.g. `https://matrix.example.org`.
    pub homeserver: String,
    /// The bot's account: `@putokaz:example.org` or just `putokaz`.
    pub user: String,
    /// Used on first start only. `PUTOKAZ_MATRIX_PASSWORD` overrides it.
    #[serde(default)]
    pub password: Option<String>,
    /// Encrypts the Matrix state and crypto store. `PUTOKAZ_STORE_PASSPHRASE` overrides it.
    #[serde(default)]
    pub store_passphrase: Option<String>,
    /// Without a passphrase `serve` refuses to start, unless this says, on purpose, that the
    /// Matrix store (members' ids, the bot's encryption keys) may lie on disk unencrypted.
    #[serde(default)]
    pub allow_unencrypted_store: bool,
    /// A homeserver admin has exempted the bot's account from message rate limits (see the
    /// README); without it the bot checks at start, where it may, and warns.
    #[serde(default)]
    pub rate_limits_exempt: bool,
    #[serde(default = "default_device_name")]
    pub device_name: String,
    /// Matrix ids allowed to give admin commands.
    #[serde(default)]
    pub admins: Vec<String>,
    /// The room where admin commands are taken and problems are posted.
    #[serde(default)]
    pub admin_room: Option<String>,
    /// Matrix ids of peer volunteers, who may use `!find`, `!card` and `!langs`.
    #[serde(default)]
    pub volunteers: Vec<String>,
    /// A room whose members may all use the volunteer commands.
    #[serde(default)]
    pub volunteer_room: Option<String>,
    /// Service id → the room where that service's workers receive consented referrals.
    #[serde(default)]
    pub referral_rooms: BTreeMap<String, String>,
    /// Team id (see `[[teams]]`) → the team's case room, where its cases are queued and its
    /// workers talk with people through the bot.
    #[serde(default)]
    pub team_rooms: BTreeMap<String, String>,
    /// Homeservers whose users may invite the bot; empty means any.
    #[serde(default)]
    pub allowed_homeservers: Vec<String>,
    /// Largest room the bot joins or stays in (the bot counts).
    #[serde(default = "default_max_members")]
    pub max_members: u64,
    /// Whether the bot may join rooms that are not direct chats.
    #[serde(default)]
    pub allow_group_rooms: bool,
    /// Bridges whose rooms the bot serves, by their bridge bot's Matrix id (e.g.
    /// `@whatsappbot:ngo.example`): the people who write from WhatsApp, Signal, Telegram… through
    /// the NGO's number logged in to that bridge under the bot's account.
    #[serde(default)]
    pub bridges: Vec<String>,
}

fn default_device_name() -> String {
    "Putokaz".into()
}

fn default_max_members() -> u64 {
    2
}

impl MatrixConfig {
    /// The password, from the environment first.
    pub fn password(&self) -> Option<String> {
        std::env::var("PUTOKAZ_MATRIX_PASSWORD")
            .ok()
            .or_else(|| self.password.clone())
    }

    /// Rooms for the service's own people (admin, volunteers, referral workers): the bot joins
    /// them whatever their size, and answers only commands there, never with a conversation.
    pub fn is_staff_room(&self, room_id: &str) -> bool {
        self.admin_room.as_deref() == Some(room_id)
            || self.volunteer_room.as_deref() == Some(room_id)
            || self.referral_rooms.values().any(|room| room == room_id)
            || self.team_rooms.values().any(|room| room == room_id)
    }

    /// The team whose case room this is.
    pub fn team_of_room(&self, room_id: &str) -> Option<&str> {
        self.team_rooms
            .iter()
            .find(|(_, room)| *room == room_id)
            .map(|(team, _)| team.as_str())
    }

    /// The store passphrase, from the environment first.
    pub fn store_passphrase(&self) -> Option<String> {
        std::env::var("PUTOKAZ_STORE_PASSPHRASE")
            .ok()
            .or_else(|| self.store_passphrase.clone())
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            flows: PathBuf::from("flows"),
            locales: PathBuf::from("locales"),
            data_dir: PathBuf::from("data"),
            default_locale: "en".into(),
            idle_restart: Duration::from_secs(24 * 60 * 60),
            session_expiry: Duration::from_secs(30 * 24 * 60 * 60),
            verify_every: Duration::from_secs(365 * 24 * 60 * 60),
            reload_on_change: true,
            teams: Vec::new(),
            case_idle: Duration::from_secs(60 * 60),
            matrix: None,
        }
    }
}

/// The file read when no `--config` is given, if it exists.
pub const DEFAULT_PATH: &str = "putokaz.toml";

impl Config {
    /// Reads `path`, or `putokaz.toml` when it exists, or uses the defaults.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let (path, required) = match path {
            Some(path) => (path.to_path_buf(), true),
            None => (PathBuf::from(DEFAULT_PATH), false),
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if !required && error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Config::default());
            }
            Err(source) => return Err(ConfigError::Read { path, source }),
        };
        let config: Config = toml::from_str(&text).map_err(|error| ConfigError::Invalid {
            path: path.clone(),
            message: error.to_string(),
        })?;
        let teams = crate::teams::Teams::from_config(&config.teams).map_err(|error| {
            ConfigError::Invalid {
                path: path.clone(),
                message: error.to_string(),
            }
        })?;
        if let Some(matrix) = &config.matrix {
            matrix
                .check_room_ids()
                .and_then(|()| matrix.check_bridges())
                .and_then(|()| matrix.check_team_rooms(&teams))
                .map_err(|message| ConfigError::Invalid { path, message })?;
        }
        Ok(config)
    }
}

impl MatrixConfig {
    /// Bridge bots are named by their full Matrix id: a bare name or a display name would
    /// never match a member, and the bridge's people would be turned away.
    fn check_bridges(&self) -> Result<(), String> {
        for bridge in &self.bridges {
            if matrix_sdk::ruma::UserId::parse(bridge).is_err() {
                return Err(format!(
                    "`bridges` names {bridge:?}, which is not a Matrix id; write the bridge bot's full id, such as \"@whatsappbot:ngo.example\""
                ));
            }
        }
        Ok(())
    }

    /// Every team has a case room, and every case room a team.
    fn check_team_rooms(&self, teams: &crate::teams::Teams) -> Result<(), String> {
        for team in teams.all() {
            if !self.team_rooms.contains_key(&team.id) {
                return Err(format!(
                    "team `{}` has no room: add `{} = \"!room:server\"` under [matrix.team_rooms]",
                    team.id, team.id
                ));
            }
        }
        for id in self.team_rooms.keys() {
            if teams.get(id).is_none() {
                return Err(format!(
                    "`team_rooms.{id}` names no team: add a [[teams]] entry with id = \"{id}\", or remove it"
                ));
            }
        }
        Ok(())
    }

    /// Rooms are named by id: an alias (`#name:server`) would never match, and the bot would
    /// silently ignore the room.
    fn check_room_ids(&self) -> Result<(), String> {
        let named = [
            ("admin_room", self.admin_room.as_ref()),
            ("volunteer_room", self.volunteer_room.as_ref()),
        ];
        let rooms = named
            .into_iter()
            .filter_map(|(key, room)| room.map(|room| (key.to_string(), room)))
            .chain(
                self.referral_rooms
                    .iter()
                    .map(|(service, room)| (format!("referral_rooms.{service}"), room)),
            )
            .chain(
                self.team_rooms
                    .iter()
                    .map(|(team, room)| (format!("team_rooms.{team}"), room)),
            );
        for (key, room) in rooms {
            if matrix_sdk::ruma::RoomId::parse(room).is_err() {
                return Err(format!(
                    "`{key}` is {room:?}, which is not a room id; write the id (`!…:server`, in Element under Room settings > Advanced), not an alias"
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_human() {
        let config: Config =
            toml::from_str("idle_restart = \"2h\"\nsession_expiry = \"7days\"\n").unwrap();
        assert_eq!(config.idle_restart, Duration::from_secs(7200));
        assert_eq!(config.session_expiry, Duration::from_secs(7 * 86400));
        assert_eq!(config.default_locale, "en");
    }

    #[test]
    fn the_example_configuration_loads_with_every_documented_default() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("putokaz.example.toml");
        let config = Config::load(Some(&path)).unwrap();
        let matrix = config.matrix.expect("a [matrix] section");
        assert_eq!(matrix.max_members, 2);
        assert!(!matrix.allow_group_rooms);
        assert!(matrix.referral_rooms.is_empty());
    }

    #[test]
    fn rooms_must_be_ids_not_aliases() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("putokaz.toml");
        let base = "[matrix]\nhomeserver = \"http://x\"\nuser = \"bot\"\n";
        std::fs::write(&path, format!("{base}admin_room = \"#coordinators:x\"\n")).unwrap();
        let error = Config::load(Some(&path)).unwrap_err().to_string();
        assert!(
            error.contains("`admin_room` is \"#coordinators:x\", which is not a room id"),
            "{error}"
        );
        std::fs::write(
            &path,
            format!("{base}[matrix.referral_rooms]\nidc = \"idc room\"\n"),
        )
        .unwrap();
        let error = Config::load(Some(&path)).unwrap_err().to_string();
        assert!(error.contains("referral_rooms.idc"), "{error}");
        std::fs::write(&path, format!("{base}admin_room = \"!abc:x\"\n")).unwrap();
        assert!(Config::load(Some(&path)).is_ok());
    }

    #[test]
    fn bridges_must_be_full_matrix_ids() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("putokaz.toml");
        let base = "[matrix]\nhomeserver = \"http://x\"\nuser = \"bot\"\n";
        std::fs::write(&path, format!("{base}bridges = [\"whatsappbot\"]\n")).unwrap();
        let error = Config::load(Some(&path)).unwrap_err().to_string();
        assert!(error.contains("not a Matrix id"), "{error}");
        std::fs::write(&path, format!("{base}bridges = [\"@whatsappbot:x\"]\n")).unwrap();
        let config = Config::load(Some(&path)).unwrap();
        assert_eq!(config.matrix.unwrap().bridges, ["@whatsappbot:x"]);
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<Config>("idle_restrat = \"2h\"\n").is_err());
    }
}
