//! Preparing a registry's statements before the first query: pipelined on one connection,
//! so a connection pays one round trip's wait for all of them, not one per first use.

use crate::client::Client;
use crate::connect::Target;
use crate::error::Error;
use crate::parts::{Connection, Mode};
use crate::registry::{Registry, StatementInfo};
use futures_util::future::join_all;

/// What [`Client::warm_up`] did.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct WarmUp {
    /// Statements (variants counted one by one) prepared now or found prepared.
    pub prepared: usize,
    /// Statements the server refused, each with its error (it names the statement). They
    /// are left out of the cache, so their first use prepares them again and reports the
    /// same error where it happens.
    pub failed: Vec<Error>,
}

/// Every statement of `registries` that runs as a prepared statement: each variant of a
/// statement with variants; not a COPY, which cannot be prepared.
fn preparable(registries: &[&'static Registry]) -> Vec<&'static StatementInfo> {
    registries
        .iter()
        .flat_map(|registry| registry.statements.iter())
        .flat_map(|statement| statement.runnable())
        .filter(|info| info.copy_probe.is_none())
        .collect()
}

impl Client {
    /// Prepares every statement of `registries` on this connection, all requests in flight
    /// at once, and caches them, so that no first use waits for a prepare. Does nothing in
    /// [`Mode::Pooler`], which keeps no statement on the server.
    pub async fn warm_up(&self, registries: &[&'static Registry]) -> WarmUp {
        if self.mode() == Mode::Pooler {
            return WarmUp::default();
        }
        let statements = preparable(registries);
        let parts = self.parts();
        let results = join_all(
            statements
                .into_iter()
                .map(|info| crate::execute::prepare_cached(parts.client, parts.cache, info)),
        )
        .await;
        let mut report = WarmUp::default();
        for result in results {
            match result {
                Ok(_) => report.prepared += 1,
                Err(error) => report.failed.push(error),
            }
        }
        report
    }
}

/// How a pool opens its connections.
#[derive(Debug)]
pub(crate) struct Opener {
    /// The server and how to reach it, TLS included.
    pub target: Target,
    pub mode: Mode,
    /// The pool's counters, which every connection's cache adds to.
    pub counters: std::sync::Arc<crate::cache::Counters>,
    /// Registries whose statements each new connection prepares before it is handed out.
    pub warm_up: Vec<&'static Registry>,
    /// Each new connection's time limit for a call (see [`Client::set_timeout`]).
    pub timeout: Option<std::time::Duration>,
    /// Whether its connections are shared by many tasks at once (see `Client::shared`).
    pub shared: bool,
}

impl Opener {
    /// An opener for `target` in `mode`, which warms nothing up.
    pub fn new(target: Target, mode: Mode) -> Self {
        Opener {
            target,
            mode,
            counters: std::sync::Arc::default(),
            warm_up: Vec::new(),
            timeout: None,
            shared: false,
        }
    }

    /// Opens a connection, drives it on the current runtime and warms it up. A statement
    /// the server refuses is logged, not fatal: the connection serves every other one, and
    /// the refused one reports its error at its first use.
    pub async fn open(&self) -> Result<Client, Error> {
        let (client, _) = self.target.connect().await?;
        let mut client = Client::pooled(
            client,
            self.mode,
            self.counters.clone(),
            self.target.connector(),
        );
        client.set_timeout(self.timeout);
        client.shared = self.shared;
        if !self.warm_up.is_empty() {
            for error in client.warm_up(&self.warm_up).await.failed {
                tracing::warn!(error = %error, "warm-up could not prepare a statement");
            }
        }
        Ok(client)
    }
}
