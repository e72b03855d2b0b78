//! What runs a registered statement: a connection with its statement cache, or, with the
//! `mock` feature, a [`Mock`](crate::Mock), which implements [`Session`] in its own module.
//! The traits users call ([`PreparedExt`](crate::PreparedExt),
//! [`CopyExt`](crate::CopyExt)) see only this trait.

use crate::copy::{CopyStatement, copy_rows};
use crate::error::{Error, ExpectedRows, failed};
use crate::execute::{cancel_request, limited, pick, run, start};
use crate::parts::Connection;
use crate::registry::StatementInfo;
use crate::row::FromRow;
use crate::statement::Statement;
use crate::stream::RowStream;
use futures_util::{Stream, StreamExt};
use postgres_types::ToSql;
use std::borrow::Borrow;
use std::future::Future;
use std::time::Duration;

/// Which rows of a result a call takes.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// Every row, decoded.
    All,
    /// At most one row, decoded only once the count is known to be allowed.
    One(ExpectedRows),
    /// None: the call wants the number of rows affected.
    Affected,
}

/// What a statement answered: the rows a call takes, and the rows it affected.
#[doc(hidden)]
#[derive(Debug)]
pub struct Answer<R> {
    pub rows: Vec<R>,
    pub affected: u64,
}

/// Runs registered statements. Sealed: what executes a statement is this crate's to
/// decide, and the trait can grow without breaking anyone.
#[doc(hidden)]
pub trait Session: sealed::Sealed + Sync {
    /// Runs the statement `S` as `info` (itself or one of its variants) with `all` of the
    /// values its constructor bound, within `timeout` when the call sets one.
    fn execute<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        take: Take,
        timeout: Option<Duration>,
    ) -> impl Future<Output = Result<Answer<S::Row>, Error>> + Send;

    /// Starts the statement `S` as `info` with `all` of its values, its rows to be read as
    /// they arrive; `timeout` bounds the wait for its first row.
    fn stream<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        timeout: Option<Duration>,
    ) -> impl Future<Output = Result<RowStream<S::Row>, Error>> + Send;

    /// Writes `rows` with the COPY `S`; returns how many rows were written.
    fn copy_in<S, T>(
        &self,
        rows: impl Stream<Item = T> + Send,
    ) -> impl Future<Output = Result<u64, Error>> + Send
    where
        S: CopyStatement,
        T: Borrow<S::Row> + Send;
}

impl<C: Connection> Session for C {
    async fn execute<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        take: Take,
        timeout: Option<Duration>,
    ) -> Result<Answer<S::Row>, Error> {
        let parts = self.parts();
        parts.settle().await?;
        let values = pick(info, all);
        let (rows, affected) = run(parts, info, &values, timeout.or(parts.timeout)).await?;
        let rows = keep(info, rows, take)?
            .into_iter()
            .map(|row| S::Row::from_row(row, info))
            .collect::<Result<_, _>>()?;
        Ok(Answer { rows, affected })
    }

    async fn stream<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        timeout: Option<Duration>,
    ) -> Result<RowStream<S::Row>, Error> {
        let parts = self.parts();
        parts.settle().await?;
        let values = pick(info, all);
        let call = async {
            let mut rows = Box::pin(start(parts, info, &values).await?);
            let first = rows.next().await.transpose().map_err(failed(info))?;
            Ok((rows, first))
        };
        let (rows, first) = limited(parts, info, call, timeout.or(parts.timeout)).await?;
        Ok(RowStream::server(info, rows, first, cancel_request(parts)))
    }

    async fn copy_in<S, T>(&self, rows: impl Stream<Item = T> + Send) -> Result<u64, Error>
    where
        S: CopyStatement,
        T: Borrow<S::Row> + Send,
    {
        copy_rows::<S, _, T>(self.parts(), rows).await
    }
}

/// The rows of a result that `take` allows, a server's or a mock's: more than one where
/// one at most is allowed is [`Error::RowCount`]. Only the rows kept are decoded, by the
/// caller.
pub(crate) fn keep<R>(
    info: &'static StatementInfo,
    rows: Vec<R>,
    take: Take,
) -> Result<Vec<R>, Error> {
    match take {
        Take::One(expected) if rows.len() > 1 => Err(Error::RowCount {
            statement: info.name,
            expected,
            actual: rows.len(),
        }),
        Take::Affected => Ok(Vec::new()),
        _ => Ok(rows),
    }
}

pub(crate) mod sealed {
    /// Only this crate's connections, transactions and mocks, and tokio-postgres's own
    /// clients, are sessions.
    pub trait Sealed {}
    impl<C: crate::parts::Connection> Sealed for C {}
}
