//! The one error type of the runtime; every message names the statement.

use crate::registry::StatementInfo;
use postgres_types::Type;
use tokio_postgres::error::{DbError, SqlState};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// An error connecting, or executing a registered statement.
///
/// Each message is whole: it names the statement and spells out its cause (for a server
/// error its severity, SQLSTATE, message, detail and hint), so `source()` is `None` and a
/// chain printer (`anyhow`'s `{:#}`) shows the cause once. The cause itself is a field of
/// the variant, and [`Error::postgres_error`] and [`Error::as_db_error`] reach it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The connection could not be opened. `target` is the connection string without
    /// its password. One line, the server's detail after a `;`, as logs of connection
    /// failures read best.
    #[error("cannot connect to {target}: {}", describe(cause).replace('\n', "; "))]
    Connect {
        /// The server, named without its password.
        target: String,
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
    /// The server did not let a connection open within its `connect_timeout` (5 s unless
    /// the connection string sets one) for each host named: down, unreachable, or hung.
    #[error("cannot connect to {target}: no connection within {} s", after.as_secs_f64())]
    ConnectTimeout {
        /// The server, named without its password.
        target: String,
        /// How long the attempt was allowed.
        after: std::time::Duration,
    },
    /// A shared connection ([`Multiplexed`](crate::Multiplexed)) found closed could not be
    /// reopened a moment ago: calls fail at once with that attempt's error until the next
    /// attempt is due.
    #[error("{last} (reopening a shared connection; the next attempt in {} ms)", retry_in.as_millis())]
    Reconnecting {
        /// The last attempt's error, naming the server.
        last: String,
        /// When the next attempt is due.
        retry_in: std::time::Duration,
    },
    /// A connection string could not be used: a setting's value, or a file it names (an
    /// `sslrootcert`, `sslcert` or `sslkey`). `target` is the string without its password.
    #[error("connection string {target}: {reason}")]
    ConnectionString {
        /// The connection string, without its password.
        target: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A [`Mock`](crate::Mock) was called in a way it was not told to expect, or was told
    /// to fail this call (with a server's error when `server` is set). Feature `mock`.
    #[cfg(feature = "mock")]
    #[error("statement `{statement}` (mock): {message}")]
    Mock {
        /// The statement's name.
        statement: &'static str,
        /// What went wrong, as a server's error reads for one.
        message: String,
        /// The server error the mock was told to answer with.
        server: Option<Box<MockDbError>>,
    },
    /// PostgreSQL or the connection failed a registered statement.
    #[error("statement `{statement}`: {}", describe(cause))]
    Postgres {
        /// The statement's name.
        statement: &'static str,
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
    /// A transaction's own command failed: `BEGIN`, `COMMIT`, `ROLLBACK` or `SAVEPOINT`.
    #[error("transaction `{command}`: {}", describe(cause))]
    Transaction {
        /// The command that failed.
        command: &'static str,
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
    /// SQL that is not a registered statement failed: a tokio-postgres call made directly
    /// on the connection (`batch_execute`, `query`, …), converted by `?`.
    #[error("sql outside the registry: {}", describe(cause))]
    Unregistered {
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
    /// A server given to a [`Routed`](crate::Routed) pool as a replica is not in recovery.
    #[error(
        "server {server} is not a read replica: pg_last_wal_replay_lsn() is NULL, so it is not in recovery"
    )]
    NotAReplica {
        /// The server, named without its password.
        server: String,
    },
    /// A statement was given another number of values than its prepared form takes.
    #[error("statement `{statement}`: it takes {expected} parameter(s), but {actual} were bound")]
    ParamCount {
        /// The statement's name.
        statement: &'static str,
        /// How many parameters the statement takes.
        expected: usize,
        /// How many values were bound.
        actual: usize,
    },
    /// The row type reads a column that the result does not have.
    #[error(
        "statement `{statement}`: column `{column}` (field `{field}`) is missing from the result; it has: {available}"
    )]
    MissingColumn {
        /// The statement's name.
        statement: &'static str,
        /// The column's name.
        column: &'static str,
        /// The field that reads the column.
        field: &'static str,
        /// The columns the result has, comma-separated.
        available: String,
    },
    /// The result has several columns of the name a field reads, and the field is not
    /// where the row type's order puts one of them.
    #[error(
        "statement `{statement}`: the result has {count} columns named `{column}` (field `{field}`); give the field `#[prepared(position = n)]` to read the n-th column, or alias the columns apart in the SQL"
    )]
    RepeatedColumn {
        /// The statement's name.
        statement: &'static str,
        /// The column's name.
        column: &'static str,
        /// The field that reads the column.
        field: &'static str,
        /// How many columns have the name.
        count: usize,
    },
    /// A field's `#[prepared(position = n)]` is past the result's last column.
    #[error(
        "statement `{statement}`: field `{field}` reads column {position} (`#[prepared(position = {position})]`), but the result has {count} columns"
    )]
    ColumnPosition {
        /// The statement's name.
        statement: &'static str,
        /// The field.
        field: &'static str,
        /// Its 1-based position.
        position: usize,
        /// How many columns the result has.
        count: usize,
    },
    /// A column's PostgreSQL type cannot be read into its field's Rust type.
    #[error(
        "statement `{statement}`: column `{column}` has PostgreSQL type `{pg_type}`, which field `{field}: {rust_type}` cannot read"
    )]
    ColumnType {
        /// The statement's name.
        statement: &'static str,
        /// The column's name.
        column: &'static str,
        /// The field that reads the column.
        field: &'static str,
        /// The Rust type, as declared.
        rust_type: &'static str,
        /// The column's PostgreSQL type.
        pg_type: Type,
    },
    /// A NULL arrived in a field that is not an `Option`.
    #[error(
        "statement `{statement}`: column `{column}` is NULL but field `{field}: {rust_type}` is not an `Option`"
    )]
    UnexpectedNull {
        /// The statement's name.
        statement: &'static str,
        /// The column's name.
        column: &'static str,
        /// The field that reads the column.
        field: &'static str,
        /// The Rust type, as declared.
        rust_type: &'static str,
    },
    /// A column's value could not be decoded.
    #[error(
        "statement `{statement}`: cannot decode column `{column}` of type `{pg_type}` into `{rust_type}`: {cause}"
    )]
    Decode {
        /// The statement's name.
        statement: &'static str,
        /// The column's name.
        column: String,
        /// The Rust type, as declared.
        rust_type: &'static str,
        /// The column's PostgreSQL type.
        pg_type: Type,
        /// Why the value could not be decoded.
        cause: BoxError,
    },
    /// A cached statement went stale inside an explicit transaction (a migration changed
    /// its result type, or the server forgot it). The transaction is aborted; retry it.
    #[error(
        "statement `{statement}`: its prepared form went stale inside a transaction ({}); the transaction is aborted and must be retried",
        describe(cause)
    )]
    RetryTransaction {
        /// The statement's name.
        statement: &'static str,
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
    /// Pooler mode sends parameter types with every execution and cannot know this one.
    #[error(
        "statement `{statement}`: pooler mode needs the PostgreSQL type of parameter `@{param}` (Rust type `{rust_type}`); add a cast in the SQL, e.g. `@{param}::text`"
    )]
    UnknownParamType {
        /// The statement's name.
        statement: &'static str,
        /// The parameter's name.
        param: &'static str,
        /// The Rust type, as declared.
        rust_type: &'static str,
    },
    /// A COPY failed: a row could not be written (`row` is its index in what was given),
    /// or the server refused the data.
    #[error("statement `{statement}`: COPY failed{}: {}", row.map(|r| format!(" at row {r}")).unwrap_or_default(), describe(cause))]
    Copy {
        /// The statement's name.
        statement: &'static str,
        /// The 0-based index of the row that failed, when known.
        row: Option<u64>,
        /// The error tokio-postgres gave, with the server's when there is one.
        cause: tokio_postgres::Error,
    },
    /// A column of a COPY has no field of the row type to write it.
    #[error(
        "statement `{statement}`: COPY column `{column}` has no field in the row type (fields: {fields})"
    )]
    CopyColumn {
        /// The statement's name.
        statement: &'static str,
        /// The column's name.
        column: String,
        /// The fields of the row type, comma-separated.
        fields: String,
    },
    /// A call ran past its time limit ([`Bound::timeout`](crate::Bound::timeout) or
    /// [`Client::set_timeout`](crate::Client::set_timeout)): it was cancelled on the server,
    /// and the connection serves the next call.
    #[error("statement `{statement}`: cancelled on the server after {} ms, its time limit", after.as_millis())]
    Timeout {
        /// The statement's name.
        statement: &'static str,
        /// The time limit.
        after: std::time::Duration,
    },
    /// `prepared_query_one` or `prepared_query_opt` got more or fewer rows than it allows.
    #[error("statement `{statement}`: expected {expected} row, got {actual}")]
    RowCount {
        /// The statement's name.
        statement: &'static str,
        /// How many rows the call allows.
        expected: ExpectedRows,
        /// How many rows came back.
        actual: usize,
    },
}

/// How many rows a call allows, in [`Error::RowCount`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedRows {
    /// `prepared_query_one`: one row, no more, no fewer.
    ExactlyOne,
    /// `prepared_query_opt`: none or one.
    AtMostOne,
}

impl std::fmt::Display for ExpectedRows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ExpectedRows::ExactlyOne => "exactly one",
            ExpectedRows::AtMostOne => "at most one",
        })
    }
}

/// `?` on a tokio-postgres call made directly on a connection (`client.batch_execute(..)`)
/// in a function that returns this error.
impl From<tokio_postgres::Error> for Error {
    fn from(cause: tokio_postgres::Error) -> Self {
        Error::Unregistered { cause }
    }
}

/// The fields of a server error that [`Error::kind`] reads, from the server or a mock.
struct Server<'a> {
    code: &'a SqlState,
    constraint: Option<&'a str>,
    column: Option<&'a str>,
}

impl Error {
    /// The name of the registered statement that failed; `None` for what is not one (a
    /// connection, a transaction's own command, SQL outside the registry).
    pub fn statement(&self) -> Option<&'static str> {
        Some(match self {
            Error::Connect { .. }
            | Error::ConnectTimeout { .. }
            | Error::Reconnecting { .. }
            | Error::ConnectionString { .. }
            | Error::NotAReplica { .. }
            | Error::Transaction { .. }
            | Error::Unregistered { .. } => {
                return None;
            }
            Error::Postgres { statement, .. }
            | Error::ParamCount { statement, .. }
            | Error::MissingColumn { statement, .. }
            | Error::RepeatedColumn { statement, .. }
            | Error::ColumnPosition { statement, .. }
            | Error::ColumnType { statement, .. }
            | Error::UnexpectedNull { statement, .. }
            | Error::Decode { statement, .. }
            | Error::RetryTransaction { statement, .. }
            | Error::UnknownParamType { statement, .. }
            | Error::Copy { statement, .. }
            | Error::CopyColumn { statement, .. }
            | Error::Timeout { statement, .. }
            | Error::RowCount { statement, .. } => statement,
            #[cfg(feature = "mock")]
            Error::Mock { statement, .. } => statement,
        })
    }

    /// The error tokio-postgres gave, for the variants that carry one. It is not the
    /// error's [`source`](std::error::Error::source): the message already spells it out
    /// (tokio-postgres's own says only "db error"), and a chain printer would repeat it.
    pub fn postgres_error(&self) -> Option<&tokio_postgres::Error> {
        match self {
            Error::Postgres { cause, .. }
            | Error::Transaction { cause, .. }
            | Error::Unregistered { cause }
            | Error::RetryTransaction { cause, .. }
            | Error::Copy { cause, .. }
            | Error::Connect { cause, .. } => Some(cause),
            _ => None,
        }
    }

    /// The server's error, when PostgreSQL reported one.
    pub fn as_db_error(&self) -> Option<&DbError> {
        self.postgres_error()?.as_db_error()
    }

    /// The server error's fields, from PostgreSQL or from a mock told to answer with one.
    fn server(&self) -> Option<Server<'_>> {
        #[cfg(feature = "mock")]
        if let Error::Mock {
            server: Some(db), ..
        } = self
        {
            return Some(Server {
                code: &db.code,
                constraint: db.constraint.as_deref(),
                column: db.column.as_deref(),
            });
        }
        let db = self.as_db_error()?;
        Some(Server {
            code: db.code(),
            constraint: db.constraint(),
            column: db.column(),
        })
    }

    /// The class of the error, for the cases users act on.
    pub fn kind(&self) -> ErrorKind<'_> {
        match self {
            Error::RetryTransaction { .. } => return ErrorKind::RetryTransaction,
            Error::Timeout { .. } => return ErrorKind::Timeout,
            Error::ConnectTimeout { .. } | Error::Reconnecting { .. } => {
                return ErrorKind::ConnectionClosed;
            }
            Error::Connect { cause, .. } if cause.as_db_error().is_none() => {
                return ErrorKind::ConnectionClosed;
            }
            _ => {}
        }
        if self
            .postgres_error()
            .is_some_and(tokio_postgres::Error::is_closed)
        {
            return ErrorKind::ConnectionClosed;
        }
        let Some(Server {
            code,
            constraint,
            column,
        }) = self.server()
        else {
            return ErrorKind::Other;
        };
        if *code == SqlState::UNIQUE_VIOLATION {
            ErrorKind::UniqueViolation { constraint }
        } else if *code == SqlState::FOREIGN_KEY_VIOLATION {
            ErrorKind::ForeignKeyViolation { constraint }
        } else if *code == SqlState::NOT_NULL_VIOLATION {
            ErrorKind::NotNullViolation { column }
        } else if *code == SqlState::CHECK_VIOLATION {
            ErrorKind::CheckViolation { constraint }
        } else if *code == SqlState::T_R_SERIALIZATION_FAILURE {
            ErrorKind::SerializationFailure
        } else if *code == SqlState::T_R_DEADLOCK_DETECTED {
            ErrorKind::Deadlock
        } else if code.code().starts_with("08") || code.code().starts_with("57P") {
            ErrorKind::ConnectionClosed
        } else {
            ErrorKind::Other
        }
    }

    /// Whether running the whole transaction again may succeed: a serialization failure
    /// (40001), a deadlock (40P01) or a statement that went stale inside the transaction.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::SerializationFailure | ErrorKind::Deadlock | ErrorKind::RetryTransaction
        )
    }

    /// The SQLSTATE, when PostgreSQL (or a mock told to answer as it would) reported one.
    pub fn code(&self) -> Option<&SqlState> {
        self.server().map(|s| s.code)
    }
}

/// What went wrong, in full: tokio-postgres prints only "db error" for a server error, so
/// this spells out the server's severity, message, SQLSTATE, detail and hint, and for any
/// other error appends its chain of causes (e.g. the OS error behind a refused connection).
pub fn describe(error: &tokio_postgres::Error) -> String {
    let Some(db) = error.as_db_error() else {
        let mut text = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(s) = source {
            text.push_str(&format!(": {s}"));
            source = s.source();
        }
        return text;
    };
    server_text(
        db.severity(),
        db.code(),
        db.message(),
        db.detail(),
        db.hint(),
    )
}

/// The error of the registered statement `info` (its prepare, bind or rows), as
/// `map_err(failed(info))`.
pub(crate) fn failed(info: &'static StatementInfo) -> impl Fn(tokio_postgres::Error) -> Error {
    move |cause| Error::Postgres {
        statement: info.name,
        cause,
    }
}

/// A server error as psql's verbose form shows it: `ERROR 42P01: relation "x" does not
/// exist`, then its detail and hint on lines of their own.
fn server_text(
    severity: &str,
    code: &SqlState,
    message: &str,
    detail: Option<&str>,
    hint: Option<&str>,
) -> String {
    let mut text = format!("{severity} {}: {message}", code.code());
    if let Some(detail) = detail {
        text.push_str(&format!("\nDETAIL: {detail}"));
    }
    if let Some(hint) = hint {
        text.push_str(&format!("\nHINT: {hint}"));
    }
    text
}

/// A server error for a [`Mock`](crate::Mock) to answer with, so that code handling one
/// (a unique violation, say) runs in a unit test: [`Error::code`] and [`Error::kind`]
/// read it as they read PostgreSQL's. Feature `mock`.
///
/// ```
/// use prepared_runtime::{MockDbError, SqlState};
///
/// let taken = MockDbError::new(SqlState::UNIQUE_VIOLATION, "duplicate key value violates unique constraint \"users_email_key\"")
///     .constraint("users_email_key")
///     .detail("Key (email)=(a@example.com) already exists.");
/// assert_eq!(taken.code(), &SqlState::UNIQUE_VIOLATION);
/// ```
#[cfg(feature = "mock")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockDbError {
    code: SqlState,
    message: String,
    constraint: Option<String>,
    column: Option<String>,
    detail: Option<String>,
}

#[cfg(feature = "mock")]
impl MockDbError {
    /// An `ERROR` with this SQLSTATE and message.
    pub fn new(code: SqlState, message: impl Into<String>) -> Self {
        MockDbError {
            code,
            message: message.into(),
            constraint: None,
            column: None,
            detail: None,
        }
    }

    /// The constraint the error names (a unique, foreign key or check violation's).
    pub fn constraint(mut self, name: impl Into<String>) -> Self {
        self.constraint = Some(name.into());
        self
    }

    /// The column the error names (a not-null violation's).
    pub fn column(mut self, name: impl Into<String>) -> Self {
        self.column = Some(name.into());
        self
    }

    /// The error's detail line.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The SQLSTATE.
    pub fn code(&self) -> &SqlState {
        &self.code
    }

    /// The error as a server's reads in an [`Error`]'s message.
    pub(crate) fn text(&self) -> String {
        server_text(
            "ERROR",
            &self.code,
            &self.message,
            self.detail.as_deref(),
            None,
        )
    }
}

/// The error classes users act on; see [`Error::kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind<'a> {
    /// 23505, with the violated constraint.
    UniqueViolation {
        /// The constraint's name, when the server gave it.
        constraint: Option<&'a str>,
    },
    /// 23503, with the violated constraint.
    ForeignKeyViolation {
        /// The constraint's name, when the server gave it.
        constraint: Option<&'a str>,
    },
    /// 23502, with the column.
    NotNullViolation {
        /// The column's name, when the server gave it.
        column: Option<&'a str>,
    },
    /// 23514, with the violated constraint.
    CheckViolation {
        /// The constraint's name, when the server gave it.
        constraint: Option<&'a str>,
    },
    /// 40001.
    SerializationFailure,
    /// 40P01.
    Deadlock,
    /// A cached statement went stale inside a transaction: retry the transaction.
    RetryTransaction,
    /// The server cannot be reached or the connection is gone: refused, timed out, closed,
    /// or the server shutting down, restarting or starting up (SQLSTATE classes 08 and
    /// 57P). Retrying later may succeed.
    ConnectionClosed,
    /// The call ran past its time limit and was cancelled on the server.
    Timeout,
    /// Any other error: see [`Error::code`] and [`Error::as_db_error`].
    Other,
}
