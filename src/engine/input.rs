//! What a person sent, as an adapter hands it to the engine: the words, whether it was
//! something the bot cannot read (a voice note, a picture), and how the conversation reaches
//! the person. The engine never learns more about the channel than what changes its words.

/// One message from a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Input<'a> {
    /// What the person wrote: the message, or an attachment's caption ("" when it has none).
    pub text: &'a str,
    /// Set when the message is something the bot cannot read.
    pub attachment: Option<Attachment>,
    pub channel: Channel,
}

impl<'a> Input<'a> {
    /// A written message in a direct conversation.
    pub fn text(text: &'a str) -> Input<'a> {
        Input {
            text,
            attachment: None,
            channel: Channel::Direct,
        }
    }

    pub fn attachment(kind: Attachment, caption: &'a str) -> Input<'a> {
        Input {
            text: caption,
            attachment: Some(kind),
            channel: Channel::Direct,
        }
    }

    pub fn on(self, channel: Channel) -> Input<'a> {
        Input { channel, ..self }
    }
}

impl<'a> From<&'a str> for Input<'a> {
    fn from(text: &'a str) -> Input<'a> {
        Input::text(text)
    }
}

impl<'a> From<&&'a str> for Input<'a> {
    fn from(text: &&'a str) -> Input<'a> {
        Input::text(text)
    }
}

impl<'a> From<&'a String> for Input<'a> {
    fn from(text: &'a String) -> Input<'a> {
        Input::text(text)
    }
}

/// Something a person sent that the bot cannot read. People who read little often send voice
/// notes; they get a short answer, never silence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attachment {
    /// A recorded voice message.
    Voice,
    /// Any other sound file.
    Audio,
    Image,
    Video,
    Sticker,
    File,
    Location,
    /// A message type the bot does not know.
    Other,
}

impl Attachment {
    pub const ALL: [Attachment; 8] = [
        Attachment::Voice,
        Attachment::Audio,
        Attachment::Image,
        Attachment::Video,
        Attachment::Sticker,
        Attachment::File,
        Attachment::Location,
        Attachment::Other,
    ];

    /// The name transcripts use (`attach: voice`).
    pub fn name(self) -> &'static str {
        match self {
            Attachment::Voice => "voice",
            Attachment::Audio => "audio",
            Attachment::Image => "image",
            Attachment::Video => "video",
            Attachment::Sticker => "sticker",
            Attachment::File => "file",
            Attachment::Location => "location",
            Attachment::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Attachment> {
        Attachment::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// How the conversation reaches the person, as far as it changes what the bot must say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Channel {
    /// The person talks to the bot itself (a Matrix client, the terminal): a worker given a
    /// referral sees their Matrix name, and erased messages are gone from their screen.
    #[default]
    Direct,
    /// The person writes from another messaging app (WhatsApp, Signal, Telegram…) relayed by
    /// a bridge: a worker given a referral sees their phone number or account in that app, and
    /// the bot's messages leave their phone only where that app still allows deleting them.
    Relayed,
}

impl Channel {
    pub fn name(self) -> &'static str {
        match self {
            Channel::Direct => "direct",
            Channel::Relayed => "relayed",
        }
    }

    pub fn from_name(name: &str) -> Option<Channel> {
        [Channel::Direct, Channel::Relayed]
            .into_iter()
            .find(|c| c.name() == name)
    }
}
