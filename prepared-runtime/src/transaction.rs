//! Running a closure in a transaction: commit on success, rollback on error, and retry the
//! whole transaction when PostgreSQL asks for it.

use crate::client::Client;
use crate::error::Error;
use crate::parts::{Block, Connection, Parts, control};
use futures_util::future::BoxFuture;
use std::time::Duration;
use tokio_postgres::IsolationLevel;

/// How [`Client::transact_with`] runs a transaction.
#[derive(Debug, Clone, Copy)]
pub struct TransactionOptions {
    /// The isolation level; the server's default when `None`.
    pub isolation: Option<IsolationLevel>,
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The pause before the second attempt, doubled before each further one.
    pub backoff: Duration,
}

impl Default for TransactionOptions {
    fn default() -> Self {
        TransactionOptions {
            isolation: None,
            max_attempts: 5,
            backoff: Duration::from_millis(5),
        }
    }
}

impl TransactionOptions {
    /// `SERIALIZABLE`, with the default retry bounds.
    pub fn serializable() -> Self {
        TransactionOptions {
            isolation: Some(IsolationLevel::Serializable),
            ..Self::default()
        }
    }
}

impl Client {
    /// Runs `body` in a transaction with the default [`TransactionOptions`].
    ///
    /// `BEGIN` travels with the body's first statements, so statements the body runs
    /// together (`tokio::try_join!`) share one round trip with it, and `COMMIT` is the
    /// second: five independent writes take two round trips in all.
    ///
    /// ```no_run
    /// # async fn run(client: &mut prepared_runtime::Client) -> Result<(), prepared_runtime::Error> {
    /// let id = client
    ///     .transact(|tx| Box::pin(async move {
    ///         // `tx.prepared_query_one(..)`, `tx.prepared_execute(..)`: all of it or none.
    ///         let _ = tx;
    ///         Ok(42_i64)
    ///     }))
    ///     .await?;
    /// # let _ = id;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn transact<T, F>(&mut self, body: F) -> Result<T, Error>
    where
        F: for<'t> FnMut(&'t InTransaction<'t>) -> BoxFuture<'t, Result<T, Error>>,
    {
        self.transact_with(TransactionOptions::default(), body)
            .await
    }

    /// Runs `body` in a transaction: commits when it returns `Ok`, rolls back when it
    /// returns `Err`, and runs it again (up to `max_attempts` in all) when the error is a
    /// serialization failure (40001), a deadlock (40P01) or a statement that went stale
    /// inside the transaction, whether it came from the body or from `COMMIT`. A
    /// transaction whose future is dropped before it ends is rolled back before the
    /// connection's next call.
    pub async fn transact_with<T, F>(
        &mut self,
        options: TransactionOptions,
        mut body: F,
    ) -> Result<T, Error>
    where
        F: for<'t> FnMut(&'t InTransaction<'t>) -> BoxFuture<'t, Result<T, Error>>,
    {
        let begin = begin_sql(options.isolation);
        let mut attempt = 1;
        let mut pause = options.backoff;
        loop {
            let this: &Client = self;
            this.settle().await?;
            let open = Open(this);
            let tx = InTransaction { client: this };
            // `BEGIN` is queued first, then whatever the body sends before it waits.
            let (begun, done) =
                futures_util::future::join(this.batch_execute(begin), body(&tx)).await;
            let outcome = match (begun.map_err(control("BEGIN")), done) {
                (Ok(()), Ok(value)) => (this.batch_execute("COMMIT").await)
                    .map_err(control("COMMIT"))
                    .map(|()| value),
                (begun, done) => {
                    // A failed rollback means the connection is gone; the error says more.
                    let _ = this.batch_execute("ROLLBACK").await;
                    Err(begun.err().or(done.err()).expect("one of them failed"))
                }
            };
            open.close();
            match outcome {
                Err(e) if e.is_retryable() && attempt < options.max_attempts => {
                    tracing::debug!(attempt, error = %e, "retrying transaction");
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }
}

/// The `BEGIN` of a transaction at `isolation`.
fn begin_sql(isolation: Option<IsolationLevel>) -> &'static str {
    match isolation {
        None => "BEGIN",
        Some(IsolationLevel::ReadUncommitted) => "BEGIN ISOLATION LEVEL READ UNCOMMITTED",
        Some(IsolationLevel::ReadCommitted) => "BEGIN ISOLATION LEVEL READ COMMITTED",
        Some(IsolationLevel::RepeatableRead) => "BEGIN ISOLATION LEVEL REPEATABLE READ",
        Some(IsolationLevel::Serializable) => "BEGIN ISOLATION LEVEL SERIALIZABLE",
        Some(other) => {
            unreachable!("an isolation level tokio-postgres 0.7 does not have: {other:?}")
        }
    }
}

/// A transaction in progress on a connection: dropped before [`Open::close`], it leaves the
/// connection marked, so that its next call rolls the transaction back first.
struct Open<'a>(&'a Client);

impl Open<'_> {
    fn close(self) {
        std::mem::forget(self);
    }
}

impl Drop for Open<'_> {
    fn drop(&mut self) {
        self.0.roll_back_before_next_call();
    }
}

/// The statements of a [`Client::transact`] body run through it: it implements
/// [`PreparedExt`](crate::PreparedExt) and [`CopyExt`](crate::CopyExt) on the
/// transaction's connection, with its statement cache, and dereferences to the
/// tokio-postgres client for SQL of your own inside the transaction.
pub struct InTransaction<'a> {
    client: &'a Client,
}

impl std::fmt::Debug for InTransaction<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InTransaction").finish_non_exhaustive()
    }
}

impl std::ops::Deref for InTransaction<'_> {
    type Target = tokio_postgres::Client;
    fn deref(&self) -> &Self::Target {
        self.client
    }
}

impl Connection for InTransaction<'_> {
    type Client = tokio_postgres::Client;
    fn parts(&self) -> Parts<'_, Self::Client> {
        Parts {
            block: Block::Inside,
            // Inside the transaction nothing is rolled back before a statement.
            rollback_due: None,
            ..self.client.parts()
        }
    }
}
