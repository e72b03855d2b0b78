//! The calls users make on a connection, a transaction, a pool's object or a mock:
//! `client.prepared_query(PreparedStatement::x(..))`, `client.prepared_copy_in(..)`.

use crate::copy::{CopyIn, CopyStatement};
use crate::error::{Error, ExpectedRows};
use crate::session::{Session, Take};
use crate::statement::{Bound, Params, Statement};
use crate::stream::RowStream;
use futures_util::Stream;
use std::borrow::Borrow;
use std::future::Future;

/// Executes registered statements: `client.prepared_query(PreparedStatement::x(..))`.
///
/// Each statement is prepared once per connection and reused from the cache.
///
/// Code written against it runs on any of them:
///
/// ```
/// use prepared_runtime::{Bound, Error, Params, PreparedExt, Statement};
///
/// /// Runs any statement that must change exactly one row.
/// async fn change_one<S: Statement, P: Params>(
///     db: &impl PreparedExt,
///     statement: Bound<S, P>,
/// ) -> Result<(), Error> {
///     match db.prepared_execute(statement).await? {
///         1 => Ok(()),
///         n => panic!("changed {n} rows"),
///     }
/// }
/// ```
pub trait PreparedExt: Session {
    /// All rows, typed as the statement's `row =` (or `tokio_postgres::Row`).
    fn prepared_query<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<Vec<S::Row>, Error>> + Send {
        async move {
            let all = query.params().refs();
            let answer = self
                .execute::<S>(query.info(), all.as_ref(), Take::All, query.time_limit())
                .await?;
            Ok(answer.rows)
        }
    }

    /// The rows as the server sends them, typed, one in memory at a time: for results too
    /// large to collect. A time limit ([`Bound::timeout`], the connection's) bounds the
    /// wait for the first row; the rest come at the reader's pace. Dropping the stream
    /// before its end cancels the statement on the server. See [`RowStream`].
    ///
    /// ```no_run
    /// # use prepared_runtime::{Bound, Error, Params, PreparedExt, Statement};
    /// # async fn run<S: Statement, P: Params>(db: &impl PreparedExt, query: Bound<S, P>) -> Result<(), Error> {
    /// use futures_util::TryStreamExt;
    /// let mut rows = db.prepared_query_stream(query).await?;
    /// while let Some(row) = rows.try_next().await? {
    ///     # let _ = row;
    /// }
    /// # Ok(())
    /// # }
    /// ```
    fn prepared_query_stream<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<RowStream<S::Row>, Error>> + Send {
        async move {
            let all = query.params().refs();
            self.stream::<S>(query.info(), all.as_ref(), query.time_limit())
                .await
        }
    }

    /// Exactly one row; any other count is [`Error::RowCount`].
    fn prepared_query_one<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<S::Row, Error>> + Send {
        async move {
            let info = query.info();
            let all = query.params().refs();
            let expected = ExpectedRows::ExactlyOne;
            let answer = self
                .execute::<S>(info, all.as_ref(), Take::One(expected), query.time_limit())
                .await?;
            answer.rows.into_iter().next().ok_or(Error::RowCount {
                statement: info.name,
                expected,
                actual: 0,
            })
        }
    }

    /// At most one row; more is [`Error::RowCount`].
    fn prepared_query_opt<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<Option<S::Row>, Error>> + Send {
        async move {
            let all = query.params().refs();
            let take = Take::One(ExpectedRows::AtMostOne);
            let answer = self
                .execute::<S>(query.info(), all.as_ref(), take, query.time_limit())
                .await?;
            Ok(answer.rows.into_iter().next())
        }
    }

    /// Runs the statement and returns the number of rows it affected.
    fn prepared_execute<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<u64, Error>> + Send {
        async move {
            let all = query.params().refs();
            let answer = self
                .execute::<S>(
                    query.info(),
                    all.as_ref(),
                    Take::Affected,
                    query.time_limit(),
                )
                .await?;
            Ok(answer.affected)
        }
    }
}

impl<T: Session + ?Sized> PreparedExt for T {}

/// Runs COPY statements: `client.prepared_copy_in(PreparedStatement::x(), &rows)`.
pub trait CopyExt: Session {
    /// Writes every row of `rows` and returns how many the server took. Nothing is written
    /// when a row fails: the COPY is one statement.
    fn prepared_copy_in<S, I>(
        &self,
        copy: CopyIn<S>,
        rows: I,
    ) -> impl Future<Output = Result<u64, Error>> + Send
    where
        S: CopyStatement,
        I: IntoIterator + Send,
        I::IntoIter: Send,
        I::Item: Borrow<S::Row> + Send,
    {
        self.prepared_copy_in_stream(copy, futures_util::stream::iter(rows))
    }

    /// [`prepared_copy_in`](Self::prepared_copy_in) from a stream, for rows that arrive
    /// while the COPY runs.
    fn prepared_copy_in_stream<S, R, T>(
        &self,
        copy: CopyIn<S>,
        rows: R,
    ) -> impl Future<Output = Result<u64, Error>> + Send
    where
        S: CopyStatement,
        R: Stream<Item = T> + Send,
        T: Borrow<S::Row> + Send,
    {
        let _ = copy;
        self.copy_in::<S, T>(rows)
    }
}

impl<T: Session + ?Sized> CopyExt for T {}
