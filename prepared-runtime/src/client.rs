//! Connections that carry a statement cache, and the typed execution API.

use crate::cache::StatementCache;
use crate::error::Error;
use crate::row::FromRow;
use crate::statement::{Bound, Params, Statement};
use std::future::Future;
use std::ops::{Deref, DerefMut};
use tokio_postgres::{GenericClient, Row};
use tracing::Instrument;

/// A tokio-postgres [`Client`](tokio_postgres::Client) with the connection's statement
/// cache. It dereferences to the tokio-postgres client, so every method of that stays
/// available.
#[derive(Debug)]
pub struct Client {
    inner: tokio_postgres::Client,
    cache: StatementCache,
}

impl Client {
    /// Wraps a connected client; the cache starts empty.
    pub fn new(inner: tokio_postgres::Client) -> Self {
        Client {
            inner,
            cache: StatementCache::default(),
        }
    }

    /// Connects without TLS and drives the connection on the current tokio runtime.
    pub async fn connect(config: &str) -> Result<Self, tokio_postgres::Error> {
        let (client, connection) = tokio_postgres::connect(config, tokio_postgres::NoTls).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::error!(error = %e, "postgres connection closed with an error");
            }
        });
        Ok(Client::new(client))
    }

    /// Starts a transaction that shares this connection's statement cache.
    pub async fn transaction(&mut self) -> Result<Transaction<'_>, tokio_postgres::Error> {
        let inner = self.inner.transaction().await?;
        Ok(Transaction {
            inner,
            cache: &self.cache,
        })
    }

    pub fn cache(&self) -> &StatementCache {
        &self.cache
    }

    pub fn into_inner(self) -> tokio_postgres::Client {
        self.inner
    }
}

impl From<tokio_postgres::Client> for Client {
    fn from(inner: tokio_postgres::Client) -> Self {
        Client::new(inner)
    }
}

impl Deref for Client {
    type Target = tokio_postgres::Client;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl DerefMut for Client {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.inner
    }
}

/// A tokio-postgres [`Transaction`](tokio_postgres::Transaction) that uses its
/// connection's statement cache (prepared statements outlive transactions).
pub struct Transaction<'a> {
    inner: tokio_postgres::Transaction<'a>,
    cache: &'a StatementCache,
}

impl std::fmt::Debug for Transaction<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transaction")
            .field("cache", self.cache)
            .finish_non_exhaustive()
    }
}

impl<'a> Transaction<'a> {
    pub async fn commit(self) -> Result<(), tokio_postgres::Error> {
        self.inner.commit().await
    }

    pub async fn rollback(self) -> Result<(), tokio_postgres::Error> {
        self.inner.rollback().await
    }

    /// A nested transaction (a savepoint) sharing the same cache.
    pub async fn transaction(&mut self) -> Result<Transaction<'_>, tokio_postgres::Error> {
        let inner = self.inner.transaction().await?;
        Ok(Transaction {
            inner,
            cache: self.cache,
        })
    }
}

impl<'a> Deref for Transaction<'a> {
    type Target = tokio_postgres::Transaction<'a>;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl DerefMut for Transaction<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.inner
    }
}

/// A connection (or transaction on one) together with that connection's cache.
#[doc(hidden)]
pub trait Session: Sync {
    type Client: GenericClient + Sync;
    fn parts(&self) -> (&Self::Client, &StatementCache);
}

impl Session for Client {
    type Client = tokio_postgres::Client;
    fn parts(&self) -> (&Self::Client, &StatementCache) {
        (&self.inner, &self.cache)
    }
}

impl<'a> Session for Transaction<'a> {
    type Client = tokio_postgres::Transaction<'a>;
    fn parts(&self) -> (&Self::Client, &StatementCache) {
        (&self.inner, self.cache)
    }
}

/// Executes registered statements: `client.prepared_query(PreparedStatement::x(..))`.
///
/// Each statement is prepared once per connection and reused from the cache.
pub trait PreparedExt: Session {
    /// All rows, typed as the statement's `row =` (or `tokio_postgres::Row`).
    fn prepared_query<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<Vec<S::Row>, Error>> + Send {
        async move {
            let rows = raw_query(self, &query).await?;
            rows.into_iter()
                .map(|r| S::Row::from_row(r, S::INFO))
                .collect()
        }
    }

    /// Exactly one row; any other count is [`Error::RowCount`].
    fn prepared_query_one<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<S::Row, Error>> + Send {
        async move {
            let mut rows = raw_query(self, &query).await?;
            match rows.len() {
                1 => S::Row::from_row(rows.remove(0), S::INFO),
                actual => Err(Error::RowCount {
                    statement: S::INFO.name,
                    expected: "exactly one",
                    actual,
                }),
            }
        }
    }

    /// At most one row; more is [`Error::RowCount`].
    fn prepared_query_opt<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<Option<S::Row>, Error>> + Send {
        async move {
            let mut rows = raw_query(self, &query).await?;
            match rows.len() {
                0 => Ok(None),
                1 => S::Row::from_row(rows.remove(0), S::INFO).map(Some),
                actual => Err(Error::RowCount {
                    statement: S::INFO.name,
                    expected: "at most one",
                    actual,
                }),
            }
        }
    }

    /// Runs the statement and returns the number of rows it affected.
    fn prepared_execute<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<u64, Error>> + Send {
        async move {
            let (client, _) = self.parts();
            let statement = prepare_cached(self, S::INFO).await?;
            let refs = query.params().refs();
            client
                .execute(&statement, refs.as_ref())
                .instrument(span(S::INFO))
                .await
                .map_err(|source| Error::Postgres {
                    statement: S::INFO.name,
                    source,
                })
        }
    }
}

impl<T: Session + ?Sized> PreparedExt for T {}

fn span(info: &'static crate::registry::StatementInfo) -> tracing::Span {
    // The statement's name only: parameter values never reach a span.
    tracing::debug_span!("prepared", statement = info.name)
}

async fn raw_query<C, S, P>(session: &C, query: &Bound<S, P>) -> Result<Vec<Row>, Error>
where
    C: Session + ?Sized,
    S: Statement,
    P: Params,
{
    let (client, _) = session.parts();
    let statement = prepare_cached(session, S::INFO).await?;
    let refs = query.params().refs();
    client
        .query(&statement, refs.as_ref())
        .instrument(span(S::INFO))
        .await
        .map_err(|source| Error::Postgres {
            statement: S::INFO.name,
            source,
        })
}

async fn prepare_cached<C: Session + ?Sized>(
    session: &C,
    info: &'static crate::registry::StatementInfo,
) -> Result<tokio_postgres::Statement, Error> {
    let (client, cache) = session.parts();
    if let Some(statement) = cache.get(info) {
        return Ok(statement);
    }
    let statement = client
        .prepare(info.sql)
        .await
        .map_err(|source| Error::Postgres {
            statement: info.name,
            source,
        })?;
    cache.insert(info, statement.clone());
    Ok(statement)
}
