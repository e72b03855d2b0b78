//! [`Direct`]: a connection that the querying task drives itself.
//!
//! tokio-postgres hands every request to its connection's task over a channel and every
//! reply back over another, and builds a `Row` per row that holds the statement. On a
//! round trip across cores that path costs more than the wire work (see the README's
//! Measured: a driver that writes and reads the socket in the querying task was 1.17-1.23x
//! sqlx over a Unix socket where tokio-postgres was 0.99x). `Direct` is that driver for
//! registry statements: the call encodes Bind/Execute/Sync into one write, reads the reply
//! and decodes the rows into the statement's row type, under a lock, with nothing in
//! between. Errors stay tokio-postgres's own (`mint`), so `Error` reads the same on both.

mod mint;
mod types;
mod wire;

use crate::error::Error;
use crate::execute::{is_stale, pick};
use crate::registry::StatementInfo;
use crate::row::{FromRow, RawColumn, RawRow};
use crate::statement::{Bound, Params, Statement};
use bytes::Bytes;
use fallible_iterator::FallibleIterator;
use futures_util::FutureExt;
use postgres_protocol::message::backend::Message;
use postgres_protocol::message::frontend;
use postgres_types::{IsNull, Oid, ToSql, Type};
use std::collections::HashMap;
use std::io;
use std::ops::Range;
use std::sync::Arc;
use tracing::Instrument;
use wire::{Wire, WireError};

/// A connection for hot paths: each call writes its request and reads its reply itself,
/// with no task in between, so one query at a time is as fast as the protocol allows.
///
/// It runs registry statements with typed rows (`row = ..`), prepared once per connection
/// and re-prepared when a migration makes them stale, like [`Client`](crate::Client).
/// Calls from several tasks take turns (a lock), so it does not pipeline: for many tasks
/// on few connections use [`Multiplexed`](crate::Multiplexed). It speaks no TLS, and runs
/// transactions as `batch_execute("BEGIN")` … `batch_execute("COMMIT")`.
///
/// ```no_run
/// # async fn f() -> Result<(), prepared_runtime::Error> {
/// let db = prepared_runtime::Direct::connect("host=/run/postgresql user=app dbname=app").await?;
/// db.batch_execute("SET statement_timeout = '5s'").await?;
/// # Ok(()) }
/// ```
pub struct Direct {
    conn: tokio::sync::Mutex<Conn>,
}

impl std::fmt::Debug for Direct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Direct").finish_non_exhaustive()
    }
}

/// A prepared statement of this connection.
struct Prepared {
    name: String,
    params: Vec<Type>,
    columns: Vec<RawColumn>,
}

pub(crate) struct Conn {
    wire: Wire,
    /// Keyed by the address of the registry entry, as the client's cache is.
    statements: HashMap<usize, Arc<Prepared>>,
    types: HashMap<Oid, Type>,
    /// Statement names are never reused: a prepare cut short may have created its name.
    names: u64,
    /// Requests written whose ReadyForQuery has not been read yet. A call dropped mid-way
    /// (a timeout, a cancelled request) leaves them, and the next call reads past them.
    unsynced: usize,
    /// A write was cut short, or the socket failed: the stream is out of step with the
    /// server for good.
    broken: Option<(io::ErrorKind, String)>,
    writing: bool,
    /// The transaction status of the last ReadyForQuery: `I`dle, in a `T`ransaction, or in
    /// a failed one (`E`).
    status: u8,
    /// Where each value of a row lies; reused from row to row.
    ranges: Vec<Option<Range<usize>>>,
}

/// Why a call failed, before it becomes an [`Error`] naming the statement.
pub(crate) enum Failure {
    /// The socket failed; the connection is unusable.
    Io(io::Error),
    /// The server's `ErrorResponse`, whole.
    Server(Bytes),
    /// The server sent what the protocol does not allow here.
    Protocol(String),
    /// A parameter did not encode as its type.
    Encode,
    /// The error as it is: a row that did not decode into the row type (the reply was
    /// read to its end), or a call the connection cannot make.
    Ready(Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

impl Direct {
    /// Connects without TLS to the first host of a libpq-style or URL connection string
    /// that answers, authenticating by password (cleartext, MD5 or SCRAM-SHA-256) when the
    /// server asks. The error names the server without its password.
    pub async fn connect(config: &str) -> Result<Direct, Error> {
        let target = || crate::redact::redact_password(config);
        let parsed: tokio_postgres::Config = config.parse().map_err(|cause| Error::Connect {
            target: target(),
            cause,
        })?;
        let wire = match Wire::connect(&parsed).await {
            Ok(wire) => wire,
            Err(failed) => {
                let cause = match failed {
                    WireError::Server(bytes) => mint::db_error(bytes).await,
                    WireError::Io(e) => mint::io_error(&e).await,
                    WireError::Unsupported(what) => {
                        mint::io_error(&io::Error::new(io::ErrorKind::Unsupported, what)).await
                    }
                };
                return Err(Error::Connect {
                    target: target(),
                    cause,
                });
            }
        };
        Ok(Direct {
            conn: tokio::sync::Mutex::new(Conn {
                wire,
                statements: HashMap::new(),
                types: HashMap::new(),
                names: 0,
                unsynced: 0,
                broken: None,
                writing: false,
                status: b'I',
                ranges: Vec::new(),
            }),
        })
    }

    /// All rows, typed as the statement's `row =`.
    pub async fn prepared_query<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> Result<Vec<S::Row>, Error> {
        let info = query.info();
        let all = query.params().refs();
        Ok(self.run::<S::Row>(info, &pick(info, all.as_ref())).await?.0)
    }

    /// Exactly one row; any other count is [`Error::RowCount`].
    pub async fn prepared_query_one<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> Result<S::Row, Error> {
        let info = query.info();
        let rows = self.prepared_query(query).await?;
        crate::execute::exactly_one(info, rows)
    }

    /// At most one row; more is [`Error::RowCount`].
    pub async fn prepared_query_opt<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> Result<Option<S::Row>, Error> {
        let info = query.info();
        let rows = self.prepared_query(query).await?;
        crate::execute::at_most_one(info, rows, "at most one")
    }

    /// Runs the statement and returns the number of rows it affected.
    pub async fn prepared_execute<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> Result<u64, Error> {
        let info = query.info();
        let all = query.params().refs();
        // The rows, if any, are read and dropped undecoded.
        Ok(self.run::<Skip>(info, &pick(info, all.as_ref())).await?.1)
    }

    /// Runs SQL that takes no parameters and returns nothing wanted (`BEGIN`, `COMMIT`,
    /// `SET`, DDL), several statements separated by semicolons included.
    pub async fn batch_execute(&self, sql: &str) -> Result<(), Error> {
        const STATEMENT: &str = "batch_execute";
        let mut conn = self.conn.lock().await;
        let result = async {
            conn.settle().await?;
            frontend::query(sql, &mut conn.wire.out)?;
            conn.send().await?;
            conn.finish(|_| Ok(())).await.map(|_| ())
        }
        .await;
        match result {
            Ok(()) => Ok(()),
            Err(failure) => Err(failure.into_error(STATEMENT, &mut conn, &[], &[]).await),
        }
    }

    /// Whether the connection can no longer be used: its socket failed, or a request was
    /// cut short while it was being written.
    pub async fn is_broken(&self) -> bool {
        self.conn.lock().await.broken.is_some()
    }

    async fn run<R: FromRow>(
        &self,
        info: &'static StatementInfo,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<(Vec<R>, u64), Error> {
        // The statement's name only: parameter values never reach a span.
        let span = tracing::debug_span!("prepared", statement = info.name);
        async move {
            let mut conn = self.conn.lock().await;
            let mut healed = false;
            loop {
                let failure = match conn.run_once::<R>(info, params).await {
                    Ok(done) => return Ok(done),
                    Err(failure) => failure,
                };
                let Failure::Server(bytes) = failure else {
                    let types = conn.param_types(info);
                    return Err(failure
                        .into_error(info.name, &mut conn, params, &types)
                        .await);
                };
                let cause = mint::db_error(bytes).await;
                if !is_stale(&cause) {
                    return Err(Error::Postgres {
                        statement: info.name,
                        cause,
                    });
                }
                conn.statements.remove(&key(info));
                tracing::info!(
                    statement = info.name,
                    "prepared statement went stale; re-preparing"
                );
                if conn.status == b'E' {
                    // The error aborted the transaction: only the caller can run it again.
                    return Err(Error::RetryTransaction {
                        statement: info.name,
                        cause,
                    });
                }
                if healed {
                    return Err(Error::Postgres {
                        statement: info.name,
                        cause,
                    });
                }
                // Nothing ran: a plan error comes before execution, so once more is safe.
                healed = true;
            }
        }
        .instrument(span)
        .await
    }
}

/// A parameter's value in the binary (or its type's own) format.
fn encode(
    (value, ty): (&&(dyn ToSql + Sync), &Type),
    buf: &mut bytes::BytesMut,
) -> Result<postgres_protocol::IsNull, Box<dyn std::error::Error + Sync + Send>> {
    Ok(match value.to_sql_checked(ty, buf)? {
        IsNull::No => postgres_protocol::IsNull::No,
        IsNull::Yes => postgres_protocol::IsNull::Yes,
    })
}

/// The cache key of a registry entry: its address, which is unique and fixed.
fn key(info: &'static StatementInfo) -> usize {
    info as *const StatementInfo as usize
}

/// The row type of `prepared_execute`, which wants no rows.
struct Skip;

impl FromRow for Skip {
    const COLUMNS: Option<&'static [crate::registry::ColumnInfo]> = None;
    fn from_row(_: tokio_postgres::Row, _: &'static StatementInfo) -> Result<Self, Error> {
        Ok(Skip)
    }
    fn from_raw(_: &RawRow<'_>, _: &'static StatementInfo) -> Result<Self, Error> {
        Ok(Skip)
    }
}

impl Failure {
    /// The error users see, naming `statement`. A failure of the socket or the protocol
    /// leaves the connection unusable.
    async fn into_error(
        self,
        statement: &'static str,
        conn: &mut Conn,
        params: &[&(dyn ToSql + Sync)],
        types: &[Type],
    ) -> Error {
        let cause = match self {
            Failure::Ready(error) => return error,
            Failure::Server(bytes) => mint::db_error(bytes).await,
            Failure::Encode => match mint::encode_error(params, types).await {
                Some(cause) => cause,
                None => mint::io_error(&io::Error::other("a parameter did not encode")).await,
            },
            // As tokio-postgres reports a call on a connection whose socket failed:
            // closed (`is_closed()`, `ErrorKind::ConnectionClosed`); the cause is logged.
            Failure::Io(e) => {
                conn.break_with(&e);
                tracing::warn!(statement, error = %e, "direct connection failed");
                mint::closed_error().await
            }
            Failure::Protocol(what) => {
                let e = wire::protocol(&what);
                conn.break_with(&e);
                tracing::warn!(statement, error = %e, "direct connection failed");
                mint::closed_error().await
            }
        };
        Error::Postgres { statement, cause }
    }
}

impl Conn {
    fn break_with(&mut self, e: &io::Error) {
        self.broken.get_or_insert_with(|| (e.kind(), e.to_string()));
    }

    fn param_types(&self, info: &'static StatementInfo) -> Vec<Type> {
        self.statements
            .get(&key(info))
            .map(|p| p.params.clone())
            .unwrap_or_default()
    }

    /// Reads past what calls cut short left unread, so that the next reply read is the
    /// next request's.
    async fn settle(&mut self) -> Result<(), Failure> {
        if self.writing {
            self.writing = false;
            self.broken.get_or_insert_with(|| {
                (
                    io::ErrorKind::BrokenPipe,
                    "a request was cut short while it was being written; the connection is out of step with the server".into(),
                )
            });
        }
        if let Some((kind, message)) = &self.broken {
            return Err(Failure::Io(io::Error::new(*kind, message.clone())));
        }
        while self.unsynced > 0 {
            if let Message::ReadyForQuery(body) = self.wire.message().await? {
                self.unsynced -= 1;
                self.status = body.status();
            }
        }
        Ok(())
    }

    /// The next message of a reply. When the socket fails, the connection is broken, and
    /// an error the server sent first (a FATAL before it closed, e.g. 57P01 when an
    /// administrator ended the backend) is what the call reports.
    async fn next(&mut self, failure: &mut Option<Failure>) -> Result<Message, Failure> {
        match self.wire.message().await {
            Ok(message) => Ok(message),
            Err(e) => {
                self.break_with(&e);
                Err(failure.take().unwrap_or(Failure::Io(e)))
            }
        }
    }

    /// Writes the encoded request, which ends in one Sync (or is one simple query).
    async fn send(&mut self) -> Result<(), Failure> {
        self.writing = true;
        self.unsynced += 1;
        if let Err(e) = self.wire.send().await {
            self.writing = false;
            self.break_with(&e);
            // A server that ended the session said why before it closed (57P01 when an
            // administrator ended the backend): that is the call's error, not EPIPE. What
            // it said is already here, so only what reads at once is read: no timer (the
            // runtime may have none), and a socket that failed otherwise never waits.
            while let Some(Ok(message)) = self.wire.message().now_or_never() {
                if let Message::ErrorResponse(_) = message
                    && let WireError::Server(bytes) = self.wire.server_error()
                {
                    return Err(Failure::Server(bytes));
                }
            }
            return Err(Failure::Io(e));
        }
        self.writing = false;
        Ok(())
    }

    /// Reads a reply to its ReadyForQuery, handing every message but the end of the
    /// command, an error and the ReadyForQuery itself to `each` (rows, descriptions); the
    /// first failure is kept and returned once the reply is read, so the next request
    /// starts in step. Returns the number of rows the command affected.
    async fn finish(
        &mut self,
        mut each: impl FnMut(Message) -> Result<(), Failure>,
    ) -> Result<u64, Failure> {
        let mut failure = None;
        let mut affected = 0;
        loop {
            match self.next(&mut failure).await? {
                Message::CommandComplete(body) => {
                    // "INSERT 0 5", "UPDATE 5", "SELECT 5": the count is the last word.
                    let tag = body.tag()?;
                    affected = tag
                        .rsplit(' ')
                        .next()
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(0);
                }
                Message::ErrorResponse(_) => {
                    if failure.is_none() {
                        failure = Some(match self.wire.server_error() {
                            WireError::Server(bytes) => Failure::Server(bytes),
                            WireError::Io(e) => Failure::Io(e),
                            WireError::Unsupported(what) => Failure::Protocol(what),
                        });
                    }
                }
                Message::ReadyForQuery(body) => {
                    self.unsynced -= 1;
                    self.status = body.status();
                    return match failure {
                        Some(f) => Err(f),
                        None => Ok(affected),
                    };
                }
                // After a failure the rest of the reply is only read past.
                message => {
                    if failure.is_none()
                        && let Err(f) = each(message)
                    {
                        failure = Some(f);
                    }
                }
            }
        }
    }

    async fn run_once<R: FromRow>(
        &mut self,
        info: &'static StatementInfo,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<(Vec<R>, u64), Failure> {
        self.settle().await?;
        let prepared = match self.statements.get(&key(info)) {
            Some(prepared) => prepared.clone(),
            None => self.prepare(info).await?,
        };
        if params.len() != prepared.params.len() {
            // The registry binds as many values as its SQL has `$n`; nothing was sent.
            return Err(Failure::Ready(Error::Unsupported {
                statement: info.name,
                what: "the server's statement takes another number of parameters than the registry binds",
            }));
        }
        let out = &mut self.wire.out;
        let formats = params
            .iter()
            .zip(&prepared.params)
            .map(|(p, ty)| p.encode_format(ty) as i16);
        let bound = frontend::bind(
            "",
            &prepared.name,
            formats,
            params.iter().zip(&prepared.params),
            encode,
            Some(1),
            out,
        );
        if bound.is_err() {
            out.clear();
            return Err(Failure::Encode);
        }
        frontend::execute("", 0, out)?;
        frontend::sync(out);
        self.send().await?;
        let mut rows = Vec::new();
        let mut spans = std::mem::take(&mut self.ranges);
        let affected = self
            .finish(|message| {
                // BindComplete, NoData, EmptyQueryResponse, notices, parameter statuses,
                // notifications: nothing a typed call needs.
                let Message::DataRow(body) = message else {
                    return Ok(());
                };
                spans.clear();
                let mut it = body.ranges();
                while let Some(range) = it.next()? {
                    spans.push(range);
                }
                let raw = RawRow {
                    columns: &prepared.columns,
                    buffer: body.buffer(),
                    ranges: &spans,
                };
                rows.push(R::from_raw(&raw, info).map_err(Failure::Ready)?);
                Ok(())
            })
            .await;
        self.ranges = spans;
        Ok((rows, affected?))
    }

    /// Parses `info`'s SQL as a named statement and learns its parameter and column types.
    async fn prepare(&mut self, info: &'static StatementInfo) -> Result<Arc<Prepared>, Failure> {
        let name = format!("prepared_direct_{}", self.names);
        self.names += 1;
        frontend::parse(&name, info.sql, None::<Oid>, &mut self.wire.out)?;
        frontend::describe(b'S', &name, &mut self.wire.out)?;
        frontend::sync(&mut self.wire.out);
        self.send().await?;
        let (mut param_oids, mut fields) = (Vec::new(), Vec::new());
        self.finish(|message| {
            match message {
                Message::ParameterDescription(body) => {
                    param_oids = body.parameters().collect()?;
                }
                Message::RowDescription(body) => {
                    let mut it = body.fields();
                    while let Some(field) = it.next()? {
                        fields.push((field.name().to_owned(), field.type_oid()));
                    }
                }
                _ => {}
            }
            Ok(())
        })
        .await?;
        let mut params = Vec::with_capacity(param_oids.len());
        for oid in param_oids {
            params.push(self.type_of(oid).await?);
        }
        let mut columns = Vec::with_capacity(fields.len());
        for (name, oid) in fields {
            columns.push(RawColumn {
                name,
                type_: self.type_of(oid).await?,
            });
        }
        let prepared = Arc::new(Prepared {
            name,
            params,
            columns,
        });
        self.statements.insert(key(info), prepared.clone());
        Ok(prepared)
    }
}
