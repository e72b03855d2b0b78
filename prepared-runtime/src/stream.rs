//! Rows handed to the caller as they arrive: a result larger than memory is read in
//! constant space, over tokio-postgres's `query_raw`.

use crate::error::{Error, failed};
use crate::registry::StatementInfo;
use crate::row::FromRow;
use futures_util::future::BoxFuture;
use futures_util::{Stream, StreamExt};
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio_postgres::Row;

/// The rows of a statement, typed, as the server sends them: what
/// [`prepared_query_stream`](crate::PreparedExt::prepared_query_stream) returns.
///
/// Dropped before its last row, it asks the server to cancel the statement, so the
/// connection's next call does not wait while the rest of the result is read and thrown
/// away. Until it ends or is dropped, the connection's other calls wait behind it.
///
/// ```no_run
/// # use prepared_runtime::{Bound, Error, Params, PreparedExt, Statement};
/// use futures_util::TryStreamExt;
///
/// async fn total<S, P>(db: &impl PreparedExt, query: Bound<S, P>) -> Result<u64, Error>
/// where
///     S: Statement,
///     P: Params,
/// {
///     let mut rows = db.prepared_query_stream(query).await?;
///     let mut n = 0;
///     while let Some(_row) = rows.try_next().await? {
///         n += 1; // one row in memory at a time
///     }
///     Ok(n)
/// }
/// ```
pub struct RowStream<R> {
    info: &'static StatementInfo,
    source: Source<R>,
}

enum Source<R> {
    Server {
        rows: Pin<Box<tokio_postgres::RowStream>>,
        /// The first row, read before the stream was handed out (within the call's time
        /// limit).
        first: Option<Row>,
        /// The cancel request sent if the stream is dropped before its end.
        unfinished: Option<BoxFuture<'static, Result<(), tokio_postgres::Error>>>,
    },
    /// A mock's rows.
    #[cfg(feature = "mock")]
    Given(std::vec::IntoIter<R>),
    #[cfg(not(feature = "mock"))]
    #[allow(dead_code)]
    Never(std::marker::PhantomData<fn() -> R>),
}

impl<R: FromRow> RowStream<R> {
    pub(crate) fn server(
        info: &'static StatementInfo,
        rows: Pin<Box<tokio_postgres::RowStream>>,
        first: Option<Row>,
        cancel: BoxFuture<'static, Result<(), tokio_postgres::Error>>,
    ) -> Self {
        RowStream {
            info,
            source: Source::Server {
                // A result whose first read found its end has nothing left to cancel.
                unfinished: first.is_some().then_some(cancel),
                rows,
                first,
            },
        }
    }

    #[cfg(feature = "mock")]
    pub(crate) fn given(info: &'static StatementInfo, rows: Vec<R>) -> Self {
        RowStream {
            info,
            source: Source::Given(rows.into_iter()),
        }
    }

    /// How many rows the statement affected, once the stream has ended (`None` before, and
    /// for a mock).
    pub fn rows_affected(&self) -> Option<u64> {
        match &self.source {
            Source::Server { rows, .. } => rows.rows_affected(),
            _ => None,
        }
    }
}

// Rows are only ever moved out, never pinned in place: the stream itself may move.
impl<R> Unpin for RowStream<R> {}

impl<R: FromRow> Stream for RowStream<R> {
    type Item = Result<R, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let info = this.info;
        match &mut this.source {
            Source::Server {
                rows,
                first,
                unfinished,
            } => {
                if let Some(row) = first.take() {
                    return Poll::Ready(Some(R::from_row(row, info)));
                }
                let next = std::task::ready!(rows.poll_next_unpin(cx));
                if !matches!(next, Some(Ok(_))) {
                    // The server ended the statement: nothing to cancel any more.
                    *unfinished = None;
                }
                Poll::Ready(next.map(|row| R::from_row(row.map_err(failed(info))?, info)))
            }
            #[cfg(feature = "mock")]
            Source::Given(rows) => Poll::Ready(rows.next().map(Ok)),
            #[cfg(not(feature = "mock"))]
            Source::Never(_) => Poll::Ready(None),
        }
    }
}

impl<R> Drop for RowStream<R> {
    fn drop(&mut self) {
        if let Source::Server { unfinished, .. } = &mut self.source
            && let Some(request) = unfinished.take()
        {
            crate::execute::send_cancel(request);
        }
    }
}

impl<R> std::fmt::Debug for RowStream<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowStream")
            .field("statement", &self.info.name)
            .finish_non_exhaustive()
    }
}
