//! Running a closure in a transaction: commit on success, rollback on error, and retry the
//! whole transaction when PostgreSQL asks for it.

use crate::client::{Client, Transaction};
use crate::error::Error;
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
        F: for<'t> FnMut(&'t Transaction<'t>) -> BoxFuture<'t, Result<T, Error>>,
    {
        self.transact_with(TransactionOptions::default(), body)
            .await
    }

    /// Runs `body` in a transaction: commits when it returns `Ok`, rolls back when it
    /// returns `Err`, and runs it again (up to `max_attempts` in all) when the error is a
    /// serialization failure (40001), a deadlock (40P01) or a statement that went stale
    /// inside the transaction, whether it came from the body or from `COMMIT`.
    pub async fn transact_with<T, F>(
        &mut self,
        options: TransactionOptions,
        mut body: F,
    ) -> Result<T, Error>
    where
        F: for<'t> FnMut(&'t Transaction<'t>) -> BoxFuture<'t, Result<T, Error>>,
    {
        let mut attempt = 1;
        let mut pause = options.backoff;
        loop {
            let tx = self
                .build_transaction(|b| match options.isolation {
                    Some(level) => b.isolation_level(level),
                    None => b,
                })
                .await?;
            let outcome = match body(&tx).await {
                Ok(value) => tx.commit().await.map(|()| value),
                Err(e) => {
                    // A failed rollback means the connection is gone; the body's error says more.
                    let _ = tx.rollback().await;
                    Err(e)
                }
            };
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
