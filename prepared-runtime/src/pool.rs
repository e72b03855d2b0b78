//! A deadpool pool of [`Client`]s (feature `deadpool`). Each pooled connection keeps its
//! statement cache across checkouts, and the pool sums the cache counters of all of them.
//!
//! deadpool-postgres's own wrapper caches statements keyed by SQL text; this manager hands
//! out `prepared::Client`s instead, whose cache is keyed by registry entry.

use crate::cache::CacheStats;
use crate::client::Client;
use crate::connect::Target;
use crate::error::Error;
use crate::parts::{Connection, Mode};
use crate::registry::Registry;
use crate::warm::Opener;
use deadpool::managed::{self, Metrics, RecycleError, RecycleResult};
use tokio_postgres::Socket;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};

/// Creates and recycles connections for a [`Pool`].
#[derive(Debug)]
pub struct Manager {
    opener: Opener,
}

/// A pool of connections that keep their prepared statements.
pub type Pool = managed::Pool<Manager>;
/// A connection checked out of a [`Pool`]; it dereferences to [`Client`].
pub type Object = managed::Object<Manager>;
/// A failed checkout; a connection that could not be opened is `Backend(Error::Connect)`,
/// naming the server and what it said.
pub type PoolError = managed::PoolError<Error>;
/// Builds a [`Pool`]: size, timeouts, hooks.
pub type PoolBuilder = managed::PoolBuilder<Manager>;

impl Manager {
    /// A manager opening connections to `config` in `mode`, with TLS as its `ssl_mode`
    /// asks (feature `rustls`; the certificate is not verified: for verification, give
    /// a connection string with `sslmode=verify-full` to [`parse`](Self::parse)).
    pub fn new(config: tokio_postgres::Config, mode: Mode) -> Result<Self, Error> {
        let shown = describe_config(&config);
        Ok(Manager {
            opener: Opener::new(Target::from_config(config, shown)?, mode),
        })
    }

    /// A manager for `config` (a URL or libpq-style connection string), with TLS as the
    /// string's `sslmode`, `sslrootcert`, `sslcert` and `sslkey` ask.
    pub fn parse(config: &str, mode: Mode) -> Result<Self, Error> {
        Ok(Manager {
            opener: Opener::new(Target::parse(config)?, mode),
        })
    }

    /// [`parse`](Self::parse) with your own TLS connector (native-tls, OpenSSL, a rustls
    /// configuration of yours): the string's `sslmode` decides whether it is used.
    pub fn parse_with_tls<T>(config: &str, mode: Mode, tls: T) -> Result<Self, Error>
    where
        T: MakeTlsConnect<Socket> + Clone + Send + Sync + 'static,
        T::Stream: Send + 'static,
        T::TlsConnect: Send,
        <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
    {
        Ok(Manager {
            opener: Opener::new(Target::parse_with(config, tls)?, mode),
        })
    }

    /// Prepares every statement of these registries on each connection as it opens,
    /// pipelined (see [`Client::warm_up`]), so no checkout's first use of a statement
    /// waits for its prepare. A statement the server refuses is logged and reports its
    /// error at its first use.
    pub fn warm_up(mut self, registries: impl IntoIterator<Item = &'static Registry>) -> Self {
        self.opener.warm_up.extend(registries);
        self
    }

    /// A pool builder for `config` (a URL or libpq-style connection string), with TLS as
    /// the string asks.
    pub fn builder(config: &str, mode: Mode) -> Result<PoolBuilder, Error> {
        Ok(Pool::builder(Manager::parse(config, mode)?))
    }

    /// Limits each call on this pool's connections to `timeout` (see
    /// [`Client::set_timeout`]).
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.opener.timeout = Some(timeout);
        self
    }

    /// The cache counters summed over every connection this manager created.
    pub fn stats(&self) -> CacheStats {
        self.opener.counters.stats()
    }
}

impl managed::Manager for Manager {
    type Type = Client;
    type Error = Error;

    async fn create(&self) -> Result<Client, Error> {
        self.opener.open().await
    }

    async fn recycle(&self, client: &mut Client, _: &Metrics) -> RecycleResult<Error> {
        if client.is_closed() {
            return Err(RecycleError::message("connection closed"));
        }
        // A COPY dropped midway left its transaction open: the next holder gets none of it.
        client.parts().settle().await.map_err(RecycleError::Backend)
    }
}

/// A parsed config has no text form: name its hosts, ports, user and database.
fn describe_config(config: &tokio_postgres::Config) -> String {
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .collect();
    let ports: Vec<String> = config.get_ports().iter().map(u16::to_string).collect();
    format!(
        "host={} port={} user={} dbname={}",
        hosts.join(","),
        ports.join(","),
        config.get_user().unwrap_or(""),
        config.get_dbname().unwrap_or("")
    )
}
