//! Runs the macro's pure work (SQL checks, no tokens) on every core: rustc expands a crate on
//! one thread, so an edit's rebuild of a large registry would otherwise leave the others idle.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// The fewest items worth a thread: starting one costs about what checking one statement
/// does, so a registry of a few statements stays on the macro's thread.
const MIN_PER_THREAD: usize = 4;
/// The most threads one expansion starts; cargo may be running other rustc processes.
const MAX_THREADS: usize = 8;
/// rustc's own stack for the thread that runs macros: the SQL parsers recurse as deep as the
/// SQL nests, so a worker must not have less room than the thread it relieves.
const STACK_SIZE: usize = 8 << 20;

/// `items.iter().map(f).collect()`, in order, shared out over up to [`MAX_THREADS`] threads.
/// Each thread takes the next item when it finishes one, since one statement with many
/// variants can cost as much as dozens without. A panic in `f` reaches the caller as it would
/// without threads.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    // Asked only when there is work to share: the answer reads the cgroup's files.
    let most = items.len() / MIN_PER_THREAD;
    let threads = if most <= 1 {
        1
    } else {
        thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(MAX_THREADS)
            .min(most)
    };
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| {
                // A thread the system refuses leaves its share to the others.
                thread::Builder::new()
                    .stack_size(STACK_SIZE)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mut done = work();
        for helper in helpers {
            match helper.join() {
                Ok(more) => done.extend(more),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done.sort_unstable_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, r)| r).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::map;
    use std::time::Duration;

    #[test]
    fn keeps_the_order_whatever_thread_did_each_item() {
        let items: Vec<u64> = (0..200).collect();
        // Uneven costs, so the threads finish their items out of order.
        let out = map(&items, |&i| {
            if i % 7 == 0 {
                std::thread::sleep(Duration::from_millis(2));
            }
            (i * 3 + 1, std::thread::current().id())
        });
        let values: Vec<u64> = out.iter().map(|(v, _)| *v).collect();
        assert_eq!(values, items.iter().map(|i| i * 3 + 1).collect::<Vec<_>>());
        let mut threads: Vec<_> = out.iter().map(|(_, t)| *t).collect();
        threads.dedup();
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(threads.len() > 1, cores > 1, "{cores} cores");
    }

    #[test]
    fn few_items_stay_on_the_calling_thread() {
        let me = std::thread::current().id();
        let out = map(&[1, 2, 3], |_| std::thread::current().id());
        assert!(out.iter().all(|t| *t == me));
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let items: Vec<u32> = (0..100).collect();
        let caught = std::panic::catch_unwind(|| {
            map(&items, |&i| {
                assert!(i != 77, "item 77 is bad");
                i
            })
        });
        let panic = caught.expect_err("the panic is passed on");
        let message = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied());
        assert_eq!(message, Some("item 77 is bad"));
    }
}
