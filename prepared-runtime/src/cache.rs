//! The per-connection statement cache and its counters.

use crate::registry::StatementInfo;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;
// tokio-postgres's prepared statement, named apart from this crate's `Statement` trait.
use tokio_postgres::Statement as PgStatement;

/// The statements one connection has prepared, keyed by their registry entry.
///
/// The key is the address of the statement's [`StatementInfo`] (an element of its
/// registry's `static` array), so lookups never
/// hash SQL text, and only registered statements can enter: the cache is bounded by the
/// registries' size.
///
/// Preparing is single-flight: concurrent first uses of one statement on one connection
/// share one slot, so one of them prepares and the others wait for its statement.
#[derive(Debug, Default)]
pub struct StatementCache {
    statements: Mutex<Slots>,
    counters: Counters,
    /// The pool's counters, when the connection belongs to one.
    shared: Option<Arc<Counters>>,
}

/// The slots by key, and the generation the last new slot got.
#[derive(Debug, Default)]
struct Slots {
    slots: HashMap<usize, Slot>,
    generations: u64,
}

/// Cache counters, per connection or summed over a pool.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    hits: AtomicU64,
    prepares: AtomicU64,
    reprepares: AtomicU64,
}

impl Counters {
    /// The cache's counters: hits, prepares and re-prepares so far.
    pub(crate) fn stats(&self) -> CacheStats {
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

/// One statement's place in the cache. Held in the map itself, so that the hot path reads
/// one bucket: a slot behind an `Arc` of its own cost two more reference counts and a
/// pointer's worth of memory to every execution.
#[derive(Debug)]
pub(crate) struct Slot {
    /// Which slot this is: a slot made again after an eviction gets a new generation, so a
    /// late eviction of the old statement leaves the new one alone.
    generation: u64,
    state: State,
}

#[derive(Debug)]
enum State {
    Ready(PgStatement),
    /// Being prepared by one caller; the others wait on the same cell.
    Preparing(Arc<OnceCell<PgStatement>>),
}

/// Which slot an execution's statement came from, to evict that slot and no later one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ticket(u64);

impl StatementCache {
    /// A cache whose counters also add up into `shared`.
    pub(crate) fn with_shared_counters(shared: Arc<Counters>) -> Self {
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

    /// The prepared statement for `info`, preparing it with `prepare` when no caller has.
    ///
    /// Callers that arrive while another one prepares wait for that statement and count as
    /// hits. A failed prepare is not remembered: the next caller (a waiter included) tries
    /// again, so an error is never handed to a caller whose own attempt could succeed.
    pub(crate) async fn get_or_prepare<E, F>(
        &self,
        info: &'static StatementInfo,
        prepare: impl FnOnce() -> F,
    ) -> Result<(PgStatement, Ticket), E>
    where
        F: Future<Output = Result<PgStatement, E>>,
    {
        let (cell, generation) = {
            let mut map = self.lock();
            let Slots { slots, generations } = &mut *map;
            let slot = slots.entry(key(info)).or_insert_with(|| {
                *generations += 1;
                Slot {
                    generation: *generations,
                    state: State::Preparing(Arc::default()),
                }
            });
            let generation = slot.generation;
            match &slot.state {
                // The hot path: one lock, one bucket, a clone of the statement (one
                // reference count), no allocation.
                State::Ready(statement) => {
                    let found = (statement.clone(), Ticket(generation));
                    drop(map);
                    self.count(|c| &c.hits);
                    return Ok(found);
                }
                State::Preparing(cell) => (cell.clone(), generation),
            }
        };
        let mut prepared_here = false;
        let statement = cell
            .get_or_try_init(|| {
                prepared_here = true;
                prepare()
            })
            .await?
            .clone();
        if prepared_here {
            self.count(|c| &c.prepares);
            // Later callers find it in the bucket; waiters already holding the cell read it
            // there.
            let mut map = self.lock();
            if let Some(slot) = map.slots.get_mut(&key(info))
                && slot.generation == generation
            {
                slot.state = State::Ready(statement.clone());
            }
        } else {
            self.count(|c| &c.hits);
        }
        Ok((statement, Ticket(generation)))
    }

    /// Forgets a statement that went stale, so the next execution prepares it again. Only
    /// the statement that failed is forgotten: when several executions of it fail at once,
    /// the first evicts it and a statement prepared again since then stays.
    pub(crate) fn evict(&self, info: &'static StatementInfo, stale: Ticket) {
        let mut map = self.lock();
        let same = map
            .slots
            .get(&key(info))
            .is_some_and(|held| Ticket(held.generation) == stale);
        if same {
            map.slots.remove(&key(info));
            drop(map);
            self.count(|c| &c.reprepares);
        }
    }

    /// Counters since the connection opened.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            len: self
                .lock()
                .slots
                .values()
                .filter(|slot| match &slot.state {
                    State::Ready(_) => true,
                    State::Preparing(cell) => cell.initialized(),
                })
                .count(),
            ..self.counters.stats()
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Slots> {
        // The map is only ever updated by single inserts and removes, so a panic elsewhere
        // cannot leave it half-written: a poisoned lock is safe to keep using.
        self.statements
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
