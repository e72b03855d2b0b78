//! A deadpool pool of [`Client`]s (feature `deadpool`). Each pooled connection keeps its
//! statement cache across checkouts, and the pool sums the cache counters of all of them.
//!
//! deadpool-postgres's own wrapper caches statements keyed by SQL text; this manager hands
//! out `prepared::Client`s instead, whose cache is keyed by registry entry.

use crate::cache::{CacheStats, Counters};
use crate::client::{Client, Mode};
use deadpool::managed::{self, Metrics, RecycleError, RecycleResult};
use std::sync::Arc;

/// Creates and recycles connections for a [`Pool`].
#[derive(Debug)]
pub struct Manager {
    config: tokio_postgres::Config,
    mode: Mode,
    counters: Arc<Counters>,
}

/// A pool of connections that keep their prepared statements.
pub type Pool = managed::Pool<Manager>;
/// A connection checked out of a [`Pool`]; it dereferences to [`Client`].
pub type Object = managed::Object<Manager>;
pub type PoolError = managed::PoolError<tokio_postgres::Error>;
pub type PoolBuilder = managed::PoolBuilder<Manager>;

impl Manager {
    pub fn new(config: tokio_postgres::Config, mode: Mode) -> Self {
        Manager {
            config,
            mode,
            counters: Arc::default(),
        }
    }

    /// A pool builder for `config` (a libpq-style connection string), without TLS.
    pub fn builder(config: &str, mode: Mode) -> Result<PoolBuilder, tokio_postgres::Error> {
        Ok(Pool::builder(Manager::new(config.parse()?, mode)))
    }

    /// The cache counters summed over every connection this manager created.
    pub fn stats(&self) -> CacheStats {
        self.counters.stats()
    }
}

impl managed::Manager for Manager {
    type Type = Client;
    type Error = tokio_postgres::Error;

    async fn create(&self) -> Result<Client, tokio_postgres::Error> {
        let (client, connection) = self.config.connect(tokio_postgres::NoTls).await?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::error!(error = %e, "pooled postgres connection closed with an error");
            }
        });
        Ok(Client::pooled(client, self.mode, self.counters.clone()))
    }

    async fn recycle(
        &self,
        client: &mut Client,
        _: &Metrics,
    ) -> RecycleResult<tokio_postgres::Error> {
        if client.is_closed() {
            return Err(RecycleError::message("connection closed"));
        }
        Ok(())
    }
}
