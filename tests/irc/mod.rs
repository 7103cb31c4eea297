//! A real third-party bridge for the end-to-end tests: heisenbridge (a puppeting Matrix-IRC
//! bridge from PyPI, installed by `scripts/bridges install`) with the bot's account as its
//! owner, and a plain IRC client on the local ngircd (`scripts/bridges start`) as the person.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn env(name: &str) -> String {
    std::env::var(name)
        .unwrap_or_else(|_| panic!("{name} is not set: run these tests through ./scripts/test"))
}

/// The IRC server's address, `host:port`.
pub fn server() -> String {
    env("PUTOKAZ_E2E_IRC")
}

/// heisenbridge, running for one test.
pub struct Heisenbridge {
    child: Child,
    log: PathBuf,
}

impl Heisenbridge {
    /// Starts heisenbridge with `owner` (the bot's account) as the only Matrix user it relays
    /// for, and waits until it takes the homeserver's transactions.
    pub fn start(owner: &str, homeserver: &str, dir: &Path) -> Heisenbridge {
        let registration = env("PUTOKAZ_E2E_HEISENBRIDGE_REGISTRATION");
        let listen = registration_url(&registration);
        let log = dir.join("heisenbridge.log");
        let child = Command::new(env("PUTOKAZ_E2E_HEISENBRIDGE_PYTHON"))
            .args(["-m", "heisenbridge", "-v", "-c", &registration, "-o", owner])
            .args(["-l", "127.0.0.1", "-p", listen.rsplit(':').next().unwrap()])
            .arg(homeserver)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::create(dir.join("heisenbridge.err")).unwrap())
            .spawn()
            .expect("heisenbridge: run scripts/bridges install");
        let mut bridge = Heisenbridge { child, log };
        let start = Instant::now();
        while TcpStream::connect(&listen).is_err() {
            if let Some(status) = bridge.child.try_wait().unwrap() {
                panic!("heisenbridge exited with {status}:\n{}", bridge.log());
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "heisenbridge did not start:\n{}",
                bridge.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        bridge
    }

    pub fn log(&self) -> String {
        let err = self.log.with_file_name("heisenbridge.err");
        format!(
            "{}{}",
            std::fs::read_to_string(&self.log).unwrap_or_default(),
            std::fs::read_to_string(err).unwrap_or_default()
        )
    }
}

impl Drop for Heisenbridge {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!("---- heisenbridge's log ----\n{}", self.log());
        }
    }
}

fn registration_url(path: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix("url: "))
        .expect("a url in heisenbridge's registration")
        .trim()
        .trim_start_matches("http://")
        .to_string()
}

/// A person with a plain IRC client.
pub struct IrcPerson {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    /// Everything they were sent, for failure messages.
    pub seen: Vec<String>,
}

impl IrcPerson {
    /// Connects as `nick` and waits for the server's welcome.
    pub fn connect(nick: &str) -> IrcPerson {
        let stream = TcpStream::connect(server()).expect("the IRC server: scripts/bridges start");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut person = IrcPerson {
            reader: BufReader::new(stream.try_clone().unwrap()),
            writer: stream,
            seen: Vec::new(),
        };
        person.send(&format!("NICK {nick}"));
        person.send(&format!("USER {nick} 0 * :{nick}"));
        let deadline = Instant::now() + Duration::from_secs(30);
        while !person.line(deadline).starts_with(":irc.localhost 001 ") {}
        person
    }

    fn send(&mut self, line: &str) {
        self.writer
            .write_all(format!("{line}\r\n").as_bytes())
            .unwrap();
    }

    /// The next line from the server, answering its pings on the way.
    fn line(&mut self, deadline: Instant) -> String {
        loop {
            assert!(
                Instant::now() < deadline,
                "IRC: nothing more arrived; so far:\n{}",
                self.seen.join("\n")
            );
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) => panic!("the IRC server closed the connection"),
                Ok(_) => {}
                Err(error)
                    if matches!(
                        error.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    continue;
                }
                Err(error) => panic!("IRC: {error}"),
            }
            let line = line.trim_end_matches(['\r', '\n']).to_string();
            if let Some(token) = line.strip_prefix("PING ") {
                self.send(&format!("PONG {token}"));
                continue;
            }
            self.seen.push(line.clone());
            return line;
        }
    }

    pub fn privmsg(&mut self, to: &str, text: &str) {
        self.send(&format!("PRIVMSG {to} :{text}"));
    }

    /// The private messages `from` sends, one a line, until `done` holds for them all; the
    /// bridge sends each line of a Matrix message on its own, and throttles them.
    pub fn read_from(&mut self, from: &str, done: impl Fn(&[String]) -> bool) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(240);
        let prefix = format!(":{from}!");
        let mut lines = Vec::new();
        while !done(&lines) {
            let line = self.line(deadline);
            if let Some(rest) = line.strip_prefix(&prefix)
                && let Some((_, text)) = rest.split_once(" PRIVMSG ")
                && let Some((_, text)) = text.split_once(" :")
            {
                lines.push(text.to_string());
            }
        }
        lines
    }
}
