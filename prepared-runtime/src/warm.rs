//! Preparing a registry's statements before the first query: pipelined on one connection,
//! so a connection pays one round trip's wait for all of them, not one per first use.

use crate::client::{Client, Mode};
use crate::error::Error;
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
        let results = join_all(statements.into_iter().map(|info| async move {
            self.cache()
                .get_or_prepare(info, || async {
                    self.prepare(info.sql)
                        .await
                        .map_err(|source| Error::Postgres {
                            statement: info.name,
                            source,
                        })
                })
                .await
        }))
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

/// Warms a connection a pool just opened; refused statements are logged, not fatal: the
/// connection serves every other statement, and a refused one reports at its first use.
pub(crate) async fn warm_new_connection(client: &Client, registries: &[&'static Registry]) {
    if registries.is_empty() {
        return;
    }
    let report = client.warm_up(registries).await;
    for error in &report.failed {
        tracing::warn!(error = %error, "warm-up could not prepare a statement");
    }
}
