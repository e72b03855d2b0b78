//! One connection's socket and buffers: connecting, the startup and authentication
//! exchange, and reading and writing whole protocol messages.

use bytes::{Bytes, BytesMut};
use postgres_protocol::authentication::{md5_hash, sasl};
use postgres_protocol::message::backend::{Header, Message};
use postgres_protocol::message::frontend;
use std::io;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_postgres::config::{Host, SslMode};

/// Why a connection could not be opened or used.
#[derive(Debug)]
pub(crate) enum WireError {
    /// The socket failed, or the server broke the protocol.
    Io(io::Error),
    /// The server refused: an `ErrorResponse`, as read off the wire.
    Server(Bytes),
    /// What the driver does not do (TLS, an authentication method); said to the user.
    Unsupported(String),
}

impl From<io::Error> for WireError {
    fn from(e: io::Error) -> Self {
        WireError::Io(e)
    }
}

enum Stream {
    Tcp(tokio::net::TcpStream),
    #[cfg(unix)]
    Unix(tokio::net::UnixStream),
}

/// A connection's socket, with what has been read and not parsed yet and the request
/// being encoded.
pub(crate) struct Wire {
    stream: Stream,
    read: BytesMut,
    pub(crate) out: BytesMut,
    /// The last `ErrorResponse` read, whole, for [`super::mint`]: postgres-protocol's
    /// parsed body does not give its bytes back.
    pub(crate) last_error: Option<Bytes>,
}

impl Wire {
    /// Connects to the first of the config's hosts that answers, and authenticates.
    pub(crate) async fn connect(config: &tokio_postgres::Config) -> Result<Wire, WireError> {
        if config.get_ssl_mode() == SslMode::Require {
            return Err(WireError::Unsupported(
                "a direct connection speaks no TLS (sslmode=require); use `prepared::Client` with a TLS connector".into(),
            ));
        }
        let user = config
            .get_user()
            .ok_or_else(|| WireError::Unsupported("the connection string names no user".into()))?;
        let hosts = config.get_hosts();
        let ports = config.get_ports();
        let mut last = io::Error::new(
            io::ErrorKind::InvalidInput,
            "the connection string names no host",
        );
        for (i, host) in hosts.iter().enumerate() {
            let port = ports.get(i).or(ports.first()).copied().unwrap_or(5432);
            let opened = open(host, port);
            let opened = match config.get_connect_timeout() {
                Some(limit) => tokio::time::timeout(*limit, opened)
                    .await
                    .unwrap_or_else(|_| {
                        Err(io::Error::new(io::ErrorKind::TimedOut, "connect timeout"))
                    }),
                None => opened.await,
            };
            match opened {
                Ok(stream) => {
                    let mut wire = Wire {
                        stream,
                        read: BytesMut::with_capacity(8192),
                        out: BytesMut::with_capacity(1024),
                        last_error: None,
                    };
                    wire.startup(config, user).await?;
                    return Ok(wire);
                }
                Err(e) => last = e,
            }
        }
        Err(WireError::Io(last))
    }

    async fn startup(
        &mut self,
        config: &tokio_postgres::Config,
        user: &str,
    ) -> Result<(), WireError> {
        let dbname = config.get_dbname().unwrap_or(user);
        let mut params = vec![
            ("client_encoding", "UTF8"),
            ("user", user),
            ("database", dbname),
        ];
        if let Some(name) = config.get_application_name() {
            params.push(("application_name", name));
        }
        if let Some(options) = config.get_options() {
            params.push(("options", options));
        }
        frontend::startup_message(params, &mut self.out)?;
        self.send().await?;
        let password = config.get_password();
        let needs_password = || {
            password.ok_or_else(|| {
                WireError::Unsupported(
                    "the server asks for a password and the connection string has none".into(),
                )
            })
        };
        let mut scram = None;
        loop {
            match self.message().await? {
                Message::AuthenticationOk => {}
                Message::AuthenticationCleartextPassword => {
                    frontend::password_message(needs_password()?, &mut self.out)?;
                    self.send().await?;
                }
                Message::AuthenticationMd5Password(body) => {
                    let hash = md5_hash(user.as_bytes(), needs_password()?, body.salt());
                    frontend::password_message(hash.as_bytes(), &mut self.out)?;
                    self.send().await?;
                }
                Message::AuthenticationSasl(body) => {
                    let mut mechanisms = body.mechanisms();
                    let mut offered = false;
                    while let Some(mechanism) =
                        fallible_iterator::FallibleIterator::next(&mut mechanisms)?
                    {
                        offered |= mechanism == sasl::SCRAM_SHA_256;
                    }
                    if !offered {
                        return Err(WireError::Unsupported(
                            "the server offers no SASL mechanism the direct connection speaks (SCRAM-SHA-256 without channel binding)".into(),
                        ));
                    }
                    let exchange = sasl::ScramSha256::new(
                        needs_password()?,
                        sasl::ChannelBinding::unsupported(),
                    );
                    frontend::sasl_initial_response(
                        sasl::SCRAM_SHA_256,
                        exchange.message(),
                        &mut self.out,
                    )?;
                    self.send().await?;
                    scram = Some(exchange);
                }
                Message::AuthenticationSaslContinue(body) => {
                    let exchange = scram
                        .as_mut()
                        .ok_or_else(|| protocol("SASL continue before SASL"))?;
                    exchange.update(body.data())?;
                    frontend::sasl_response(exchange.message(), &mut self.out)?;
                    self.send().await?;
                }
                Message::AuthenticationSaslFinal(body) => {
                    let exchange = scram
                        .as_mut()
                        .ok_or_else(|| protocol("SASL final before SASL"))?;
                    exchange.finish(body.data())?;
                }
                Message::AuthenticationKerberosV5
                | Message::AuthenticationScmCredential
                | Message::AuthenticationGss
                | Message::AuthenticationSspi => {
                    return Err(WireError::Unsupported(
                        "the server asks for an authentication method the direct connection does not speak (Kerberos, GSS, SSPI or SCM credentials)".into(),
                    ));
                }
                Message::ErrorResponse(_) => return Err(self.server_error()),
                Message::ReadyForQuery(_) => return Ok(()),
                // BackendKeyData, ParameterStatus, NoticeResponse: nothing the driver needs.
                _ => {}
            }
        }
    }

    /// The last `ErrorResponse`, whole.
    pub(crate) fn server_error(&mut self) -> WireError {
        match self.last_error.take() {
            Some(bytes) => WireError::Server(bytes),
            None => WireError::Io(protocol("an error response that was not kept")),
        }
    }

    /// Writes what has been encoded into `out`.
    pub(crate) async fn send(&mut self) -> io::Result<()> {
        let result = match &mut self.stream {
            Stream::Tcp(s) => s.write_all(&self.out).await,
            #[cfg(unix)]
            Stream::Unix(s) => s.write_all(&self.out).await,
        };
        self.out.clear();
        result
    }

    /// The next message from the server, reading as much as it takes.
    pub(crate) async fn message(&mut self) -> io::Result<Message> {
        loop {
            if let Some(header) = Header::parse(&self.read)? {
                let whole = 1 + header.len() as usize;
                if header.tag() == b'E' && self.read.len() >= whole {
                    self.last_error = Some(Bytes::copy_from_slice(&self.read[..whole]));
                }
                if let Some(message) = Message::parse(&mut self.read)? {
                    return Ok(message);
                }
                self.read.reserve(whole.saturating_sub(self.read.len()));
            }
            if self.read.capacity() - self.read.len() < 1024 {
                self.read.reserve(8192);
            }
            let n = match &mut self.stream {
                Stream::Tcp(s) => s.read_buf(&mut self.read).await?,
                #[cfg(unix)]
                Stream::Unix(s) => s.read_buf(&mut self.read).await?,
            };
            if n == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the server closed the connection",
                ));
            }
        }
    }
}

async fn open(host: &Host, port: u16) -> io::Result<Stream> {
    match host {
        Host::Tcp(name) => {
            let stream = tokio::net::TcpStream::connect((name.as_str(), port)).await?;
            // A request is one write; it should leave at once.
            stream.set_nodelay(true)?;
            Ok(Stream::Tcp(stream))
        }
        #[cfg(unix)]
        Host::Unix(dir) => Ok(Stream::Unix(
            tokio::net::UnixStream::connect(dir.join(format!(".s.PGSQL.{port}"))).await?,
        )),
    }
}

/// The server broke the protocol.
pub(crate) fn protocol(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("unexpected message from the server: {what}"),
    )
}
