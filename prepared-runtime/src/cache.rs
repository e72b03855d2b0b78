//! The per-connection statement cache.

use crate::registry::StatementInfo;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio_postgres::Statement;

/// The statements one connection has prepared, keyed by their registry entry.
///
/// The key is the address of the statement's `static` [`StatementInfo`], so lookups never
/// hash SQL text, and only registered statements can enter: the cache is bounded by the
/// registries' size.
#[derive(Debug, Default)]
pub struct StatementCache {
    statements: Mutex<HashMap<usize, Statement>>,
    hits: AtomicU64,
    prepares: AtomicU64,
}

/// How a cache has been used, for metrics and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheStats {
    /// Executions that found their statement prepared.
    pub hits: u64,
    /// Statements prepared (cache misses).
    pub prepares: u64,
    /// Statements currently held.
    pub len: usize,
}

fn key(info: &'static StatementInfo) -> usize {
    std::ptr::from_ref(info) as usize
}

impl StatementCache {
    pub(crate) fn get(&self, info: &'static StatementInfo) -> Option<Statement> {
        let found = self.lock().get(&key(info)).cloned();
        if found.is_some() {
            self.hits.fetch_add(1, Ordering::Relaxed);
        }
        found
    }

    pub(crate) fn insert(&self, info: &'static StatementInfo, statement: Statement) {
        self.prepares.fetch_add(1, Ordering::Relaxed);
        self.lock().insert(key(info), statement);
    }

    /// Counters since the connection opened.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            prepares: self.prepares.load(Ordering::Relaxed),
            len: self.lock().len(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<usize, Statement>> {
        // The map is only ever updated by single inserts, so a panic elsewhere cannot
        // leave it half-written: a poisoned lock is safe to keep using.
        self.statements
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
