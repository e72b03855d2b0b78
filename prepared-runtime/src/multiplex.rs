//! A pool that shares its connections instead of lending them: many tasks run their
//! statements over a few connections at once, and tokio-postgres pipelines the requests
//! of all the tasks on one connection (it writes whatever is queued before it waits), so a
//! handful of connections serve many more tasks than they could one at a time.
//!
//! What cannot be shared is a transaction: `BEGIN` on a shared connection would take in
//! every other task's statements. Take transactions from a lending pool
//! ([`pool`](crate::pool), feature `deadpool`) or a dedicated [`Client`]. For the same
//! reason a COPY in [`Mode::Pooler`] runs here without the transaction of its own it has
//! on other connections: behind a pooler in transaction mode, run COPYs on a dedicated
//! connection.

use crate::cache::CacheStats;
use crate::client::Client;
use crate::connect::Target;
use crate::error::Error;
use crate::parts::Mode;
use crate::redact::Redacted;
use crate::registry::Registry;
use crate::warm::Opener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio_postgres::Socket;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};

/// Connections shared by every task that uses them; see the module's documentation.
///
/// ```no_run
/// # async fn run(queries: &'static prepared_runtime::Registry) -> Result<(), prepared_runtime::Error> {
/// let pool = prepared_runtime::Multiplexed::builder("host=/run/postgresql user=app")
///     .connections(2)
///     .warm_up([queries])
///     .connect()
///     .await?;
/// let conn = pool.get().await?; // shared: never waits for another task
/// # let _ = conn;
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct Multiplexed {
    lanes: Vec<Lane>,
    next: AtomicUsize,
    opener: Opener,
}

/// How a [`Multiplexed`] opens its connections.
#[derive(Clone)]
pub struct MultiplexedBuilder {
    config: Redacted,
    /// Reads the connection string with the user's TLS connector, when one was given.
    tls: Option<ReadTarget>,
    connections: usize,
    mode: Mode,
    warm_up: Vec<&'static Registry>,
    timeout: Option<std::time::Duration>,
}

type ReadTarget = Arc<dyn Fn(&str) -> Result<Target, Error> + Send + Sync>;

// By hand: the connection string is shown without its password, the connector by name.
impl std::fmt::Debug for MultiplexedBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MultiplexedBuilder")
            .field("config", &self.config)
            .field(
                "tls",
                &self
                    .tls
                    .as_ref()
                    .map_or("from the string", |_| "a connector of yours"),
            )
            .field("connections", &self.connections)
            .field("mode", &self.mode)
            .field("warm_up", &self.warm_up.len())
            .field("timeout", &self.timeout)
            .finish()
    }
}

#[derive(Debug)]
struct Lane {
    client: RwLock<Arc<Client>>,
    /// Held while the lane's connection is replaced: one task reconnects, and the tasks
    /// waiting for it share its outcome instead of each trying in turn.
    reconnecting: tokio::sync::Mutex<Backoff>,
}

/// A lane's failed attempts to reopen its connection: until the next is due, calls fail
/// at once with the last one's error rather than each waiting out a connect of its own.
#[derive(Debug, Default)]
struct Backoff {
    failures: u32,
    retry_at: Option<Instant>,
    last: String,
}

/// The wait after a lane's first failed reconnect, doubled after each one that follows up
/// to [`MAX_BACKOFF`], which bounds how long a server that is back goes unused.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

impl Backoff {
    fn failed(&mut self, error: &Error) {
        let wait = FIRST_BACKOFF.saturating_mul(1 << self.failures.min(8));
        self.failures += 1;
        self.retry_at = Some(Instant::now() + wait.min(MAX_BACKOFF));
        self.last = error.to_string();
    }

    /// The last attempt's error while the next is not yet due.
    fn check(&self) -> Result<(), Error> {
        match self.retry_at {
            Some(at) if Instant::now() < at => Err(Error::Reconnecting {
                last: self.last.clone(),
                retry_in: at - Instant::now(),
            }),
            _ => Ok(()),
        }
    }
}

impl MultiplexedBuilder {
    /// The same settings for another server (a replica of a [`Routed`](crate::Routed) pool).
    pub(crate) fn with_config(mut self, config: &str) -> Self {
        self.config = Redacted(config.to_owned());
        self
    }

    /// How many connections to share: by default as many as the machine has cores.
    pub fn connections(mut self, connections: usize) -> Self {
        self.connections = connections.max(1);
        self
    }

    /// How statements run: prepared and cached (the default), or [`Mode::Pooler`].
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Prepares every statement of these registries on each connection as it opens,
    /// pipelined (see [`Client::warm_up`]); a statement the server refuses is logged and
    /// reports its error at its first use.
    pub fn warm_up(mut self, registries: impl IntoIterator<Item = &'static Registry>) -> Self {
        self.warm_up.extend(registries);
        self
    }

    /// Limits each call on these connections to `timeout` (see [`Client::set_timeout`]).
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Makes the TLS with your own connector (native-tls, OpenSSL, a rustls configuration
    /// of yours) instead of from the string's settings; the string's `sslmode` decides
    /// whether it is used.
    pub fn tls<T>(mut self, tls: T) -> Self
    where
        T: MakeTlsConnect<Socket> + Clone + Send + Sync + 'static,
        T::Stream: Send + 'static,
        T::TlsConnect: Send,
        <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
    {
        self.tls = Some(Arc::new(move |config| {
            Target::parse_with(config, tls.clone())
        }));
        self
    }

    /// Opens every connection, at once.
    pub async fn connect(self) -> Result<Multiplexed, Error> {
        let target = match &self.tls {
            Some(read) => read(&self.config.0)?,
            None => Target::parse(&self.config.0)?,
        };
        let opener = Opener {
            warm_up: self.warm_up,
            timeout: self.timeout,
            shared: true,
            ..Opener::new(target, self.mode)
        };
        let clients =
            futures_util::future::try_join_all((0..self.connections).map(|_| opener.open()))
                .await?;
        Ok(Multiplexed {
            lanes: clients
                .into_iter()
                .map(|client| Lane {
                    client: RwLock::new(Arc::new(client)),
                    reconnecting: tokio::sync::Mutex::new(Backoff::default()),
                })
                .collect(),
            next: AtomicUsize::new(0),
            opener,
        })
    }
}

impl Multiplexed {
    /// A builder for connections to `config` (a URL or libpq-style connection string),
    /// with TLS as the string's `sslmode`, `sslrootcert`, `sslcert` and `sslkey` ask.
    pub fn builder(config: &str) -> MultiplexedBuilder {
        MultiplexedBuilder {
            config: Redacted(config.to_owned()),
            tls: None,
            connections: std::thread::available_parallelism().map_or(2, usize::from),
            mode: Mode::Prepared,
            warm_up: Vec::new(),
            timeout: None,
        }
    }

    /// A connection to run statements on, shared with other tasks: the one fewest tasks
    /// hold. A connection found closed is opened again first (and warmed up), by one task
    /// for all that find it closed; when that fails, calls fail at once with its error
    /// ([`Error::Reconnecting`]) until the next attempt is due, 100 ms later, doubling up to
    /// 1 s. Each attempt is bounded by the connection string's `connect_timeout` (5 s by
    /// default, [`DEFAULT_CONNECT_TIMEOUT`](crate::DEFAULT_CONNECT_TIMEOUT)).
    pub async fn get(&self) -> Result<Arc<Client>, Error> {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        let n = self.lanes.len();
        // Fewest holders first: each holder is a task with statements in flight or about to be.
        let lane = (0..n)
            .map(|i| &self.lanes[(start + i) % n])
            .min_by_key(|lane| lane.holders())
            .expect("a Multiplexed has at least one connection");
        let client = lane.read();
        if !client.is_closed() {
            return Ok(client);
        }
        let mut backoff = lane.reconnecting.lock().await;
        let current = lane.read();
        if !current.is_closed() {
            // Another task reconnected while this one waited.
            return Ok(current);
        }
        backoff.check()?;
        let fresh = match self.opener.open().await {
            Ok(client) => Arc::new(client),
            Err(e) => {
                backoff.failed(&e);
                return Err(e);
            }
        };
        *backoff = Backoff::default();
        *lane
            .client
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = fresh.clone();
        Ok(fresh)
    }

    /// How many connections are shared.
    pub fn connections(&self) -> usize {
        self.lanes.len()
    }

    /// The cache counters summed over every connection the pool opened.
    pub fn stats(&self) -> CacheStats {
        self.opener.counters.stats()
    }
}

impl Lane {
    fn read(&self) -> Arc<Client> {
        self.guard().clone()
    }

    /// How many tasks hold the lane's connection, read without taking a hold of its own.
    fn holders(&self) -> usize {
        Arc::strong_count(&self.guard())
    }

    fn guard(&self) -> std::sync::RwLockReadGuard<'_, Arc<Client>> {
        // Only ever replaced whole, so a panic elsewhere cannot leave it half-written.
        self.client
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
