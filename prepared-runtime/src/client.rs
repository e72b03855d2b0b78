//! Connections that carry a statement cache.

use crate::cache::{CacheStats, Counters, StatementCache};
use crate::connect::{self, Connect, Target};
use crate::error::Error;
use crate::parts::{Block, Connection, Mode, Parts, control};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio_postgres::Socket;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};

/// A tokio-postgres [`Client`](tokio_postgres::Client) with the connection's statement
/// cache. It dereferences to the tokio-postgres client, so every method of that stays
/// available.
#[derive(Debug)]
pub struct Client {
    inner: tokio_postgres::Client,
    cache: StatementCache,
    mode: Mode,
    /// Each call's time limit unless it sets its own.
    timeout: Option<Duration>,
    /// The TLS cancel requests travel with: the connection string's; without one (a
    /// client the user connected), no TLS.
    canceller: Arc<dyn Connect>,
    /// Set when a call that opened a transaction of its own was dropped before it ended:
    /// the next call rolls it back first, and waits for that, because a pooler in
    /// transaction mode cannot follow statements pipelined past a transaction's end.
    rollback_due: AtomicBool,
    /// Shared by many tasks at once (a [`Multiplexed`](crate::Multiplexed) connection): a
    /// transaction opened on it would take in the other tasks' statements.
    pub(crate) shared: bool,
}

impl Client {
    /// Wraps a connected client; the cache starts empty.
    pub fn new(inner: tokio_postgres::Client) -> Self {
        Client::with_mode(inner, Mode::Prepared)
    }

    /// Wraps a connected client that runs statements in `mode`.
    pub fn with_mode(inner: tokio_postgres::Client, mode: Mode) -> Self {
        Client {
            inner,
            cache: StatementCache::default(),
            mode,
            timeout: None,
            canceller: connect::no_tls().clone(),
            rollback_due: AtomicBool::new(false),
            shared: false,
        }
    }

    /// Wraps a client of a pool, whose cache counters also add up into `counters`.
    pub(crate) fn pooled(
        inner: tokio_postgres::Client,
        mode: Mode,
        counters: Arc<Counters>,
        canceller: Arc<dyn Connect>,
    ) -> Self {
        Client {
            cache: StatementCache::with_shared_counters(counters),
            canceller,
            ..Client::with_mode(inner, mode)
        }
    }

    /// Connects to `config` (a URL or libpq key/value string) and drives the connection
    /// on the current tokio runtime. TLS is as the string asks, read as libpq reads it:
    /// `sslmode` (`disable`, `prefer` by default, `require`, `verify-ca`, `verify-full`),
    /// `sslrootcert` (a PEM file, or `system`), `sslcert` and `sslkey`, `channel_binding`;
    /// made with rustls (feature `rustls`, on by default). The error names the server
    /// (without its password) and what the server or the TLS handshake said.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), prepared_runtime::Error> {
    /// let url = "postgres://app:secret@db.example.com/app?sslmode=verify-full&sslrootcert=system";
    /// let client = prepared_runtime::Client::connect(url).await?;
    /// # let _ = client;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn connect(config: &str) -> Result<Self, Error> {
        Self::connect_with_mode(config, Mode::Prepared).await
    }

    /// [`connect`](Self::connect) in the given mode.
    pub async fn connect_with_mode(config: &str, mode: Mode) -> Result<Self, Error> {
        Client::connect_to(Target::parse(config)?, mode).await
    }

    async fn connect_to(target: Target, mode: Mode) -> Result<Self, Error> {
        let (client, _) = target.connect().await?;
        Ok(Client {
            canceller: target.connector(),
            ..Client::with_mode(client, mode)
        })
    }

    /// [`connect_with_mode`](Self::connect_with_mode) with your own TLS connector
    /// (native-tls, OpenSSL, a rustls configuration of yours): the string's `sslmode`
    /// decides whether it is used, and what it verifies is the connector's to say.
    pub async fn connect_with_tls<T>(config: &str, mode: Mode, tls: T) -> Result<Self, Error>
    where
        T: MakeTlsConnect<Socket> + Clone + Send + Sync + 'static,
        T::Stream: Send + 'static,
        T::TlsConnect: Send,
        <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
    {
        Client::connect_to(Target::parse_with(config, tls)?, mode).await
    }

    /// Starts a transaction that shares this connection's statement cache.
    pub async fn transaction(&mut self) -> Result<Transaction<'_>, Error> {
        let inner = self.inner.transaction().await.map_err(control("BEGIN"))?;
        Ok(Transaction {
            inner,
            cache: &self.cache,
            mode: self.mode,
            timeout: self.timeout,
            canceller: &self.canceller,
        })
    }

    /// Starts a transaction built with tokio-postgres's builder (isolation level, …).
    pub async fn build_transaction(
        &mut self,
        build: impl FnOnce(
            tokio_postgres::TransactionBuilder<'_>,
        ) -> tokio_postgres::TransactionBuilder<'_>,
    ) -> Result<Transaction<'_>, Error> {
        let inner = build(self.inner.build_transaction())
            .start()
            .await
            .map_err(control("BEGIN"))?;
        Ok(Transaction {
            inner,
            cache: &self.cache,
            mode: self.mode,
            timeout: self.timeout,
            canceller: &self.canceller,
        })
    }

    /// How the connection's statement cache has been used: hits, prepares, re-prepares
    /// and the statements it holds.
    pub fn cache_stats(&self) -> CacheStats {
        self.cache.stats()
    }

    /// Limits each call on this connection (and its transactions) to `timeout`, unless the
    /// call sets its own ([`Bound::timeout`](crate::Bound::timeout)); `None` for no limit,
    /// the default. A call over its limit is cancelled on the server and fails with
    /// [`Error::Timeout`].
    ///
    /// ```no_run
    /// # async fn run(mut client: prepared_runtime::Client) {
    /// client.set_timeout(Some(std::time::Duration::from_secs(2)));
    /// # }
    /// ```
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.timeout = timeout;
    }

    /// Rolls back what a dropped call left open, before anything else is sent.
    pub(crate) async fn settle(&self) -> Result<(), Error> {
        self.parts().settle().await
    }

    /// Marks the connection so that its next call rolls back the transaction a dropped
    /// call left open, first.
    pub(crate) fn roll_back_before_next_call(&self) {
        self.rollback_due.store(true, Ordering::Release);
    }

    /// How statements run on this connection: prepared and cached, or unnamed for poolers.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The tokio-postgres client, without the cache.
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
    mode: Mode,
    timeout: Option<Duration>,
    canceller: &'a Arc<dyn Connect>,
}

impl std::fmt::Debug for Transaction<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transaction")
            .field("cache", self.cache)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

impl<'a> Transaction<'a> {
    /// Commits the transaction; a server error names `COMMIT`.
    pub async fn commit(self) -> Result<(), Error> {
        self.inner.commit().await.map_err(control("COMMIT"))
    }

    /// Rolls the transaction back.
    pub async fn rollback(self) -> Result<(), Error> {
        self.inner.rollback().await.map_err(control("ROLLBACK"))
    }

    /// A nested transaction (a savepoint) sharing the same cache.
    pub async fn transaction(&mut self) -> Result<Transaction<'_>, Error> {
        let inner = self
            .inner
            .transaction()
            .await
            .map_err(control("SAVEPOINT"))?;
        Ok(Transaction {
            inner,
            cache: self.cache,
            mode: self.mode,
            timeout: self.timeout,
            canceller: self.canceller,
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

impl Connection for Client {
    type Client = tokio_postgres::Client;
    fn parts(&self) -> Parts<'_, Self::Client> {
        Parts {
            client: &self.inner,
            cache: &self.cache,
            mode: self.mode,
            block: Block::Outside,
            timeout: self.timeout,
            canceller: &self.canceller,
            rollback_due: (!self.shared).then_some(&self.rollback_due),
        }
    }
}

impl<'a> Connection for Transaction<'a> {
    type Client = tokio_postgres::Transaction<'a>;
    fn parts(&self) -> Parts<'_, Self::Client> {
        Parts {
            client: &self.inner,
            cache: self.cache,
            mode: self.mode,
            block: Block::Inside,
            timeout: self.timeout,
            canceller: self.canceller,
            rollback_due: None,
        }
    }
}
