//! The floor of any driver on one connection: a single task that writes a query's
//! Bind/Execute/Sync to the socket and reads its reply itself, over postgres-protocol's
//! message codecs, with no connection task, no channel and no statement cache in between.
//! What a driver of our own, with no hop to a connection task, could at best be: the
//! latency table's column "one task, raw protocol" measures it beside sqlx (which works
//! this way) and tokio-postgres (which hands every request and reply to its connection
//! task).
//!
//! A benchmark contender only: trust authentication, one statement, no TLS.

use crate::queries::Service;
use bytes::BytesMut;
use fallible_iterator::FallibleIterator;
use postgres_protocol::message::{backend::Message, frontend};
use postgres_types::{FromSql, ToSql, Type};
use std::io;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_postgres::config::Host;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

enum Stream {
    Unix(tokio::net::UnixStream),
    Tcp(tokio::net::TcpStream),
}

/// One connection, its read buffer and the buffer its requests are encoded into.
pub struct Raw {
    stream: Stream,
    read: BytesMut,
    out: BytesMut,
    /// The backend's process id, from the server's BackendKeyData.
    pub pid: i32,
}

const STATEMENT: &str = "s";

impl Raw {
    /// Connects to the server of a libpq-style `url` and prepares `sql`, whose one
    /// parameter is a `bigint`.
    pub async fn connect(url: &str, sql: &str) -> Result<Raw> {
        let config: tokio_postgres::Config = url.parse()?;
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let stream = match config.get_hosts().first() {
            Some(Host::Unix(dir)) => Stream::Unix(
                tokio::net::UnixStream::connect(dir.join(format!(".s.PGSQL.{port}"))).await?,
            ),
            Some(Host::Tcp(host)) => {
                let stream = tokio::net::TcpStream::connect((host.as_str(), port)).await?;
                // As tokio-postgres and sqlx do: a request is one write, sent at once.
                stream.set_nodelay(true)?;
                Stream::Tcp(stream)
            }
            None => return Err("the raw contender needs a host".into()),
        };
        let mut raw = Raw {
            stream,
            read: BytesMut::with_capacity(8192),
            out: BytesMut::with_capacity(256),
            pid: 0,
        };
        let user = config.get_user().unwrap_or("postgres");
        let dbname = config.get_dbname().unwrap_or(user);
        frontend::startup_message([("user", user), ("database", dbname)], &mut raw.out)?;
        raw.send().await?;
        loop {
            match raw.message().await? {
                Message::AuthenticationOk => {}
                Message::BackendKeyData(key) => raw.pid = key.process_id(),
                Message::ReadyForQuery(_) => break,
                Message::ErrorResponse(e) => return Err(server_error(&e).into()),
                Message::AuthenticationCleartextPassword
                | Message::AuthenticationMd5Password(_)
                | Message::AuthenticationSasl(_) => {
                    return Err("the raw contender knows trust authentication only".into());
                }
                _ => {}
            }
        }
        frontend::parse(STATEMENT, sql, [Type::INT8.oid()], &mut raw.out)?;
        frontend::sync(&mut raw.out);
        raw.send().await?;
        raw.until_ready().await?;
        Ok(raw)
    }

    /// The rows of the prepared statement for `id`, decoded as the other contenders do.
    pub async fn query(&mut self, id: i64) -> Result<Vec<Service>> {
        frontend::bind(
            "",
            STATEMENT,
            [1],
            [id],
            |id, buf| {
                id.to_sql(&Type::INT8, buf)?;
                Ok(postgres_protocol::IsNull::No)
            },
            [1],
            &mut self.out,
        )
        .map_err(|_| "could not encode the parameter")?;
        frontend::execute("", 0, &mut self.out)?;
        frontend::sync(&mut self.out);
        self.send().await?;
        let mut rows = Vec::new();
        loop {
            match self.message().await? {
                Message::DataRow(row) => {
                    let buf = row.buffer();
                    let columns: Vec<_> = row.ranges().collect()?;
                    let [Some(id), Some(name), Some(deleted)] = &columns[..] else {
                        return Err("expected three non-null columns".into());
                    };
                    rows.push(Service {
                        id: i64::from_sql(&Type::INT8, &buf[id.clone()])?,
                        name: <&str>::from_sql(&Type::TEXT, &buf[name.clone()])?.to_owned(),
                        deleted: bool::from_sql(&Type::BOOL, &buf[deleted.clone()])?,
                    });
                }
                Message::ErrorResponse(e) => {
                    self.until_ready().await?;
                    return Err(server_error(&e).into());
                }
                Message::ReadyForQuery(_) => return Ok(rows),
                _ => {}
            }
        }
    }

    async fn send(&mut self) -> io::Result<()> {
        match &mut self.stream {
            Stream::Unix(s) => s.write_all(&self.out).await?,
            Stream::Tcp(s) => s.write_all(&self.out).await?,
        }
        self.out.clear();
        Ok(())
    }

    /// The next message from the server, reading as much as it needs.
    async fn message(&mut self) -> io::Result<Message> {
        loop {
            if let Some(message) = Message::parse(&mut self.read)? {
                return Ok(message);
            }
            self.read.reserve(4096);
            let n = match &mut self.stream {
                Stream::Unix(s) => s.read_buf(&mut self.read).await?,
                Stream::Tcp(s) => s.read_buf(&mut self.read).await?,
            };
            if n == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
        }
    }

    async fn until_ready(&mut self) -> Result<()> {
        loop {
            match self.message().await? {
                Message::ReadyForQuery(_) => return Ok(()),
                Message::ErrorResponse(e) => return Err(server_error(&e).into()),
                _ => {}
            }
        }
    }
}

/// The server's SQLSTATE and message.
fn server_error(e: &postgres_protocol::message::backend::ErrorResponseBody) -> String {
    let mut fields = e.fields();
    let (mut code, mut message) = (String::new(), String::new());
    while let Ok(Some(field)) = fields.next() {
        match field.type_() {
            b'C' => code = String::from_utf8_lossy(field.value_bytes()).into_owned(),
            b'M' => message = String::from_utf8_lossy(field.value_bytes()).into_owned(),
            _ => {}
        }
    }
    format!("server error {code}: {message}")
}

/// A request to [`Hopped`]'s task: the id to query and where its rows go.
type Request = (i64, tokio::sync::oneshot::Sender<Result<Vec<Service>>>);

/// The same driver behind a task of its own, reached over channels as tokio-postgres's
/// connection task is: what the hop itself costs, apart from the rest of tokio-postgres's
/// path.
pub struct Hopped(tokio::sync::mpsc::UnboundedSender<Request>);

impl Hopped {
    pub fn spawn(mut raw: Raw) -> Hopped {
        let (requests, mut queue) = tokio::sync::mpsc::unbounded_channel::<Request>();
        tokio::spawn(async move {
            while let Some((id, reply)) = queue.recv().await {
                let _ = reply.send(raw.query(id).await);
            }
        });
        Hopped(requests)
    }

    pub async fn query(&self, id: i64) -> Result<Vec<Service>> {
        let (reply, rows) = tokio::sync::oneshot::channel();
        self.0
            .send((id, reply))
            .map_err(|_| "the raw driver's task ended")?;
        rows.await?
    }
}
