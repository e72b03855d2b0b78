//! The per-connection statement cache and its counters.

use crate::registry::StatementInfo;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio_postgres::Statement;

/// The statements one connection has prepared, keyed by their registry entry.
///
/// The key is the address of the statement's `static` [`StatementInfo`], so lookups never
/// hash SQL text, and only registered statements can enter: the cache is bounded by the
/// registries' size.
#[derive(Debug, Default)]
pub struct StatementCache {
    statements: Mutex<HashMap<usize, Statement>>,
    counters: Counters,
    /// The pool's counters, when the connection belongs to one.
    shared: Option<Arc<Counters>>,
}

/// Cache counters, per connection or summed over a pool.
#[derive(Debug, Default)]
pub struct Counters {
    hits: AtomicU64,
    prepares: AtomicU64,
    reprepares: AtomicU64,
}

impl Counters {
    /// The cache's counters: hits, prepares and re-prepares so far.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            prepares: self.prepares.load(Ordering::Relaxed),
            reprepares: self.reprepares.load(Ordering::Relaxed),
            len: 0,
        }
    }
}

/// How a cache has been used, for metrics and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheStats {
    /// Executions that found their statement prepared.
    pub hits: u64,
    /// Statements prepared (cache misses), re-prepares included.
    pub prepares: u64,
    /// Statements evicted because they went stale (a migration, `DISCARD ALL`).
    pub reprepares: u64,
    /// Statements currently held (0 for pool-wide counters).
    pub len: usize,
}

fn key(info: &'static StatementInfo) -> usize {
    std::ptr::from_ref(info) as usize
}

impl StatementCache {
    /// A cache whose counters also add up into `shared`.
    pub fn with_shared_counters(shared: Arc<Counters>) -> Self {
        StatementCache {
            shared: Some(shared),
            ..StatementCache::default()
        }
    }

    fn count(&self, pick: impl Fn(&Counters) -> &AtomicU64) {
        pick(&self.counters).fetch_add(1, Ordering::Relaxed);
        if let Some(shared) = &self.shared {
            pick(shared).fetch_add(1, Ordering::Relaxed);
        }
    }

    pub(crate) fn get(&self, info: &'static StatementInfo) -> Option<Statement> {
        let found = self.lock().get(&key(info)).cloned();
        if found.is_some() {
            self.count(|c| &c.hits);
        }
        found
    }

    pub(crate) fn insert(&self, info: &'static StatementInfo, statement: Statement) {
        self.count(|c| &c.prepares);
        self.lock().insert(key(info), statement);
    }

    /// Forgets a statement that went stale, so the next execution prepares it again.
    pub(crate) fn evict(&self, info: &'static StatementInfo) {
        self.count(|c| &c.reprepares);
        self.lock().remove(&key(info));
    }

    /// Counters since the connection opened.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            len: self.lock().len(),
            ..self.counters.stats()
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<usize, Statement>> {
        // The map is only ever updated by single inserts and removes, so a panic elsewhere
        // cannot leave it half-written: a poisoned lock is safe to keep using.
        self.statements
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
