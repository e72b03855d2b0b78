//! A pool over one primary and its read replicas that routes each statement by what the
//! compiler knows of it: a statement the registry marks read-only
//! ([`StatementInfo::read_only`], decided from its SQL at compile time and proven by the
//! harness) runs on a healthy replica, round-robin; every other statement runs on the
//! primary. Transactions belong on the primary: take them from a lending pool or a
//! dedicated [`Client`](crate::Client) of the primary's connection string.
//!
//! A replica is skipped while it is down or lags the primary by more than the configured
//! bound, and reads fall back to the primary; a read that a replica fails by closing its
//! connection runs again on the primary (a read-only statement changed nothing). Reads
//! through a [`RoutedHandle`] never see older data than the handle wrote: after a write, the
//! handle reads from a replica only once that replica has replayed the primary's WAL up to
//! the write (its LSN), and from the primary until then.

use crate::copy::CopyStatement;
use crate::error::{Error, ErrorKind};
use crate::multiplex::{Multiplexed, MultiplexedBuilder};
use crate::redact::Redacted;
use crate::registry::{Registry, StatementInfo};
use crate::session::{Answer, Session, Take};
use crate::statement::Statement;
use crate::stream::RowStream;
use futures_util::Stream;
use postgres_types::{PgLsn, ToSql};
use std::borrow::Borrow;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock, Weak};
use std::time::{Duration, Instant};
use tokio_postgres::error::SqlState;

/// One primary and its read replicas; see the module's documentation. Run statements
/// through a [`RoutedHandle`] (`routed.handle()`), one per request or unit of work.
///
/// ```no_run
/// # async fn run() -> Result<(), prepared_runtime::Error> {
/// let routed = prepared_runtime::Routed::builder("host=primary.internal user=app")
///     .replica("host=replica-1.internal user=app")
///     .replica("host=replica-2.internal user=app")
///     .max_lag(std::time::Duration::from_secs(5))
///     .connect()
///     .await?;
/// let db = routed.handle(); // reads its own writes
/// # let _ = db;
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Routed {
    inner: Arc<Inner>,
}

/// How a [`Routed`] pool connects; from [`Routed::builder`].
#[derive(Debug, Clone)]
pub struct RoutedBuilder {
    primary: MultiplexedBuilder,
    replicas: Vec<(Redacted, MultiplexedBuilder)>,
    max_lag: Duration,
    check_every: Duration,
}

#[derive(Debug)]
struct Inner {
    primary: Multiplexed,
    replicas: Vec<Replica>,
    max_lag: Duration,
    next: AtomicUsize,
    /// Statements run on the primary because they write, or because no replica could.
    on_primary: AtomicU64,
    /// When the primary's WAL was where, at each check within the lag bound: a replica's
    /// lag is how long ago the primary first had WAL the replica has not replayed.
    history: std::sync::Mutex<std::collections::VecDeque<(Instant, u64)>>,
    check_every: Duration,
}

#[derive(Debug)]
struct Replica {
    name: Redacted,
    builder: MultiplexedBuilder,
    pool: RwLock<Option<Arc<Multiplexed>>>,
    /// Up and within the lag bound at the last check, and no call has found it down since.
    usable: AtomicBool,
    /// The WAL it had replayed at the last check.
    replayed: AtomicU64,
    /// Statements it ran.
    served: AtomicU64,
}

/// Statements each server of a [`Routed`] pool ran, from [`Routed::stats`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RoutedStats {
    /// On the primary.
    pub primary: u64,
    /// On each replica, in the order they were added.
    pub replicas: Vec<u64>,
}

impl Routed {
    /// A builder for a pool whose primary is `primary` (a URL or libpq-style connection
    /// string, TLS as it asks, as everywhere else).
    pub fn builder(primary: &str) -> RoutedBuilder {
        RoutedBuilder {
            primary: Multiplexed::builder(primary),
            replicas: Vec::new(),
            max_lag: Duration::from_secs(10),
            check_every: Duration::from_secs(1),
        }
    }

    /// A handle to run statements through, which reads what it wrote.
    pub fn handle(&self) -> RoutedHandle {
        RoutedHandle {
            inner: self.inner.clone(),
            written: AtomicU64::new(0),
        }
    }

    /// The primary's shared connections, for statements that must see the latest data.
    pub fn primary(&self) -> &Multiplexed {
        &self.inner.primary
    }

    /// How many statements each server ran.
    pub fn stats(&self) -> RoutedStats {
        RoutedStats {
            primary: self.inner.on_primary.load(Ordering::Relaxed),
            replicas: (self.inner.replicas.iter())
                .map(|r| r.served.load(Ordering::Relaxed))
                .collect(),
        }
    }
}

impl RoutedBuilder {
    /// Adds a read replica (a hot standby streaming from the primary).
    pub fn replica(mut self, config: &str) -> Self {
        let builder = self.primary.clone().with_config(config);
        self.replicas.push((Redacted(config.to_owned()), builder));
        self
    }

    /// How many connections each server's pool shares (see [`Multiplexed`]).
    pub fn connections(self, connections: usize) -> Self {
        self.each(|b| b.connections(connections))
    }

    /// A setting of every server's pool, the primary's and each replica's.
    fn each(mut self, set: impl Fn(MultiplexedBuilder) -> MultiplexedBuilder) -> Self {
        self.primary = set(self.primary);
        self.replicas = (self.replicas.into_iter())
            .map(|(name, b)| (name, set(b)))
            .collect();
        self
    }

    /// Skip a replica whose replay lags the primary by more than `lag` (10 s by default).
    pub fn max_lag(mut self, lag: Duration) -> Self {
        self.max_lag = lag;
        self
    }

    /// How often each replica's health and replay position are read (every second by
    /// default); a replica found down is tried again at the next check.
    pub fn check_every(mut self, every: Duration) -> Self {
        self.check_every = every;
        self
    }

    /// Prepares these registries' statements on every connection as it opens.
    pub fn warm_up(self, registries: impl IntoIterator<Item = &'static Registry> + Clone) -> Self {
        self.each(|b| b.warm_up(registries.clone()))
    }

    /// Limits each call to `timeout`, cancelled on the server past it.
    pub fn timeout(self, timeout: Duration) -> Self {
        self.each(|b| b.timeout(timeout))
    }

    /// Connects to the primary (an error when it cannot) and to each replica (one that
    /// cannot be reached is skipped until a check reaches it), reads the replicas' state
    /// once, and starts the checks.
    pub async fn connect(self) -> Result<Routed, Error> {
        let primary = self.primary.connect().await?;
        let replicas = self
            .replicas
            .into_iter()
            .map(|(name, builder)| Replica {
                name,
                builder,
                pool: RwLock::new(None),
                usable: AtomicBool::new(false),
                replayed: AtomicU64::new(0),
                served: AtomicU64::new(0),
            })
            .collect();
        let inner = Arc::new(Inner {
            primary,
            replicas,
            max_lag: self.max_lag,
            next: AtomicUsize::new(0),
            on_primary: AtomicU64::new(0),
            history: Default::default(),
            check_every: self.check_every,
        });
        inner.check().await;
        tokio::spawn(checks(Arc::downgrade(&inner), self.check_every));
        Ok(Routed { inner })
    }
}

/// Reads every replica's state each `every` until the pool is dropped.
async fn checks(inner: Weak<Inner>, every: Duration) {
    loop {
        tokio::time::sleep(every).await;
        let Some(inner) = inner.upgrade() else { return };
        inner.check().await;
    }
}

/// How far a replica has replayed the primary's WAL.
const REPLAYED: &str = "SELECT pg_last_wal_replay_lsn()";

impl Inner {
    /// Reads where the primary's WAL is, then how far each replica has replayed it: a
    /// replica is usable when it answers and lags by no more than the bound.
    async fn check(&self) {
        let Ok(primary) = current_lsn(&self.primary, "SELECT pg_current_wal_lsn()").await else {
            return;
        };
        let now = Instant::now();
        let history = {
            let mut history = self.history.lock().unwrap_or_else(|e| e.into_inner());
            history.push_back((now, primary));
            // What is older than the bound (and a check's slack) decides nothing more.
            let keep = self.max_lag + 2 * self.check_every;
            while history.len() > 1 && history.front().is_some_and(|(t, _)| now - *t > keep) {
                history.pop_front();
            }
            history.clone()
        };
        for replica in &self.replicas {
            let usable = match replica.replayed_lsn().await {
                Ok(replayed) => {
                    replica.replayed.fetch_max(replayed, Ordering::Relaxed);
                    // The first time the primary had WAL this replica has not replayed.
                    let behind_since = history.iter().find(|(_, lsn)| *lsn > replayed);
                    behind_since.is_none_or(|(since, _)| now - *since <= self.max_lag)
                }
                Err(e) => {
                    tracing::debug!(replica = ?replica.name, error = %e, "replica not usable");
                    false
                }
            };
            replica.usable.store(usable, Ordering::Relaxed);
        }
    }

    /// A usable replica that has replayed at least `lsn`, round-robin.
    fn pick(&self, lsn: u64) -> Option<&Replica> {
        let n = self.replicas.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        (0..n)
            .map(|i| &self.replicas[(start + i) % n])
            .find(|r| r.usable.load(Ordering::Relaxed) && r.replayed.load(Ordering::Relaxed) >= lsn)
    }
}

impl Replica {
    async fn pool(&self) -> Result<Arc<Multiplexed>, Error> {
        if let Some(pool) = self.pool.read().unwrap_or_else(|e| e.into_inner()).clone() {
            return Ok(pool);
        }
        let pool = Arc::new(self.builder.clone().connect().await?);
        *self.pool.write().unwrap_or_else(|e| e.into_inner()) = Some(pool.clone());
        Ok(pool)
    }

    /// A shared connection to the replica, its pool opened first if it has none.
    async fn client(&self) -> Result<Arc<crate::client::Client>, Error> {
        self.pool().await?.get().await
    }

    async fn replayed_lsn(&self) -> Result<u64, Error> {
        let client = self.client().await?;
        let row = client.query_one(REPLAYED, &[]).await.map_err(Error::from)?;
        let replayed: Option<PgLsn> = row.get(0);
        replayed.map(u64::from).ok_or_else(|| Error::NotAReplica {
            server: crate::redact::redact_password(&self.name.0),
        })
    }

    /// Marks the replica down until the next check reaches it.
    fn down(&self, error: &Error) {
        tracing::warn!(replica = ?self.name, %error, "replica down; reads go elsewhere");
        self.usable.store(false, Ordering::Relaxed);
    }
}

/// A WAL position of the primary, as `query` reads it.
async fn current_lsn(pool: &Multiplexed, query: &str) -> Result<u64, Error> {
    let client = pool.get().await?;
    let row = client.query_one(query, &[]).await.map_err(Error::from)?;
    Ok(u64::from(row.get::<_, PgLsn>(0)))
}

/// Runs statements on a [`Routed`] pool and reads what it wrote; from
/// [`Routed::handle`]. Implements [`PreparedExt`](crate::PreparedExt) and
/// [`CopyExt`](crate::CopyExt).
#[derive(Debug)]
pub struct RoutedHandle {
    inner: Arc<Inner>,
    /// The primary's WAL position after this handle's last write: a replica serves its
    /// reads only once it has replayed that far. `u64::MAX` when the position could not
    /// be read: its reads stay on the primary.
    written: AtomicU64,
}

impl RoutedHandle {
    /// A replica that may run `info` for this handle, if any.
    fn replica_for(&self, info: &StatementInfo) -> Option<&Replica> {
        if !info.read_only {
            return None;
        }
        self.inner.pick(self.written.load(Ordering::Relaxed))
    }

    /// Records the primary's WAL position after a write, so later reads see it.
    async fn wrote(&self) {
        // The insert position, not the write position: with `synchronous_commit = off`
        // the commit may not be written out yet, and a replica that replayed up to the
        // write position could still lack it.
        let lsn = current_lsn(&self.inner.primary, "SELECT pg_current_wal_insert_lsn()")
            .await
            .unwrap_or(u64::MAX);
        self.written.fetch_max(lsn, Ordering::Relaxed);
    }

    /// Counts a statement run on the primary, and after a write that succeeded records
    /// where the primary's WAL is.
    async fn ran_on_primary(&self, info: &StatementInfo, succeeded: bool) {
        self.inner.on_primary.fetch_add(1, Ordering::Relaxed);
        if !info.read_only && succeeded {
            self.wrote().await;
        }
    }
}

/// Whether a read a replica failed may run on the primary instead: the replica is gone
/// (its connection closed, or it cannot be reached), it cancelled the read for a conflict
/// with recovery (40001), or it refused the statement as a write (25006: a statement the
/// registry took for read-only that is not; the harness proves the registry's claim, so
/// this is logged as the bug it is).
fn elsewhere(error: &Error) -> bool {
    let code = error.code();
    if code == Some(&SqlState::READ_ONLY_SQL_TRANSACTION) {
        tracing::error!(%error, "a read-only statement wrote on a replica; running it on the primary");
        return true;
    }
    matches!(error.kind(), ErrorKind::ConnectionClosed)
        || matches!(error, Error::Connect { .. })
        || code == Some(&SqlState::T_R_SERIALIZATION_FAILURE)
}

impl crate::session::sealed::Sealed for RoutedHandle {}

impl Session for RoutedHandle {
    async fn execute<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        take: Take,
        timeout: Option<Duration>,
    ) -> Result<Answer<S::Row>, Error> {
        if let Some(replica) = self.replica_for(info) {
            let answer = match replica.client().await {
                Ok(client) => client.execute::<S>(info, all, take, timeout).await,
                Err(e) => Err(e),
            };
            match answer {
                Err(e) if elsewhere(&e) => replica.down(&e),
                answer => {
                    replica.served.fetch_add(1, Ordering::Relaxed);
                    return answer;
                }
            }
        }
        let client = self.inner.primary.get().await?;
        let answer = client.execute::<S>(info, all, take, timeout).await;
        self.ran_on_primary(info, answer.is_ok()).await;
        answer
    }

    async fn stream<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        timeout: Option<Duration>,
    ) -> Result<RowStream<S::Row>, Error> {
        if let Some(replica) = self.replica_for(info) {
            match replica.client().await {
                Ok(client) => match client.stream::<S>(info, all, timeout).await {
                    Err(e) if elsewhere(&e) => replica.down(&e),
                    started => {
                        replica.served.fetch_add(1, Ordering::Relaxed);
                        return started;
                    }
                },
                Err(e) => replica.down(&e),
            }
        }
        let client = self.inner.primary.get().await?;
        let started = client.stream::<S>(info, all, timeout).await;
        self.ran_on_primary(info, started.is_ok()).await;
        started
    }

    async fn copy_in<S, T>(&self, rows: impl Stream<Item = T> + Send) -> Result<u64, Error>
    where
        S: CopyStatement,
        T: Borrow<S::Row> + Send,
    {
        let client = self.inner.primary.get().await?;
        let written = client.copy_in::<S, T>(rows).await;
        self.ran_on_primary(S::INFO, written.is_ok()).await;
        written
    }
}
