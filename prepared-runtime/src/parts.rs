//! What running a statement needs from a connection or a transaction on one ([`Parts`]),
//! and the [`Connection`] trait that gives it: the layer under `Client`, `Transaction`,
//! `session`, `execute` and `copy`.

use crate::cache::StatementCache;
use crate::connect::{self, Connect};
use crate::error::Error;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio_postgres::GenericClient;

/// How a connection runs registered statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Prepare each statement once per connection (named statements) and reuse it.
    #[default]
    Prepared,
    /// For PgBouncer in transaction pooling mode and other poolers that do not keep named
    /// statements: every execution is one round trip with an unnamed statement, its
    /// parameter types taken from the registry. A COPY (which tokio-postgres prepares and
    /// binds in two exchanges) runs in a transaction of its own, so both reach the same
    /// server connection.
    Pooler,
}

/// The error of a transaction-control command (`BEGIN`, `COMMIT`, …).
pub(crate) fn control(command: &'static str) -> impl FnOnce(tokio_postgres::Error) -> Error {
    move |cause| Error::Transaction { command, cause }
}

/// What executing a statement needs from a connection or a transaction on one.
#[doc(hidden)]
#[derive(Debug)]
pub struct Parts<'a, C> {
    pub client: &'a C,
    pub cache: &'a StatementCache,
    pub mode: Mode,
    /// Whether the connection is inside a transaction block.
    pub block: Block,
    /// Each call's time limit unless it sets its own.
    pub timeout: Option<Duration>,
    /// The TLS cancel requests travel with.
    pub canceller: &'a Arc<dyn Connect>,
    /// The connection's flag for a transaction left open by a dropped call, when it has
    /// one (see [`Client`]'s field).
    pub rollback_due: Option<&'a AtomicBool>,
}

impl<C: GenericClient + Sync> Parts<'_, C> {
    /// Rolls back the transaction a dropped call left open, before anything else is sent.
    pub(crate) async fn settle(&self) -> Result<(), Error> {
        if let Some(due) = self.rollback_due
            && due.swap(false, Ordering::AcqRel)
        {
            self.client
                .client()
                .batch_execute("ROLLBACK")
                .await
                .map_err(control("ROLLBACK"))?;
        }
        Ok(())
    }
}

/// Whether a connection is inside a transaction block: inside one, a failed statement
/// aborts it (so nothing is retried) and the connection stays with it behind a pooler.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Outside,
    Inside,
    /// A tokio-postgres client or transaction: its type does not say which.
    Unknown,
}

// By hand: a derive would demand `C: Copy`, but only references are copied.
impl<C> Clone for Parts<'_, C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for Parts<'_, C> {}

/// A connection (or a transaction on one) together with that connection's cache: what
/// the `Session` trait runs registered statements on.
#[doc(hidden)]
pub trait Connection: Sync {
    type Client: GenericClient + Sync;
    fn parts(&self) -> Parts<'_, Self::Client>;
}

/// Any tokio-postgres client or transaction ([`GenericClient`]) runs registered statements
/// too, in [`Mode::Pooler`]: it has nowhere to keep prepared statements, so each execution
/// is one unnamed round trip with the registry's parameter types. Wrap a client in
/// [`Client`] to prepare once and reuse.
impl<C: GenericClient + Sync> Connection for C {
    type Client = C;
    fn parts(&self) -> Parts<'_, C> {
        static UNUSED: std::sync::OnceLock<StatementCache> = std::sync::OnceLock::new();
        Parts {
            client: self,
            cache: UNUSED.get_or_init(StatementCache::default),
            mode: Mode::Pooler,
            block: Block::Unknown,
            timeout: None,
            canceller: connect::no_tls(),
            rollback_due: None,
        }
    }
}
