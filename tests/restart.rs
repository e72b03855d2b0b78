//! A server restarted under load (`pg_ctl restart -m fast`, and `-m immediate`): 16 tasks
//! calling through a pool of 8 connections, or through a `Multiplexed` of 4. Every call in
//! flight ends with a connection error (none hangs, none returns a wrong row), broken
//! connections are not handed out again, and calls succeed again within 2 s of the server
//! accepting connections. A server stopped for good fails a checkout or a call at once,
//! in one line naming the server.

use prepared::{Error, ErrorKind, Mode, PreparedExt};
use prepared_test_harness::{Shutdown, TempPostgres};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT id, label FROM item WHERE id = @id", params(id: i32), row = super::Item)]
    pub struct ItemById;
}

#[derive(Debug, prepared::FromRow)]
pub struct Item {
    pub id: i32,
    pub label: String,
}

use queries::PreparedStatement as Q;

const TASKS: usize = 16;
/// Longer than any call may take: past it, a call counts as hung.
const HUNG: Duration = Duration::from_secs(10);

/// A server holding `item` rows 1 to 100, each labelled with its id.
async fn server() -> TempPostgres {
    let pg = tokio::task::spawn_blocking(TempPostgres::start)
        .await
        .unwrap()
        .expect("starting a throwaway PostgreSQL");
    let client = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    client
        .batch_execute(
            "CREATE TABLE item (id int PRIMARY KEY, label text NOT NULL);
             INSERT INTO item SELECT g, 'item-' || g FROM generate_series(1, 100) g",
        )
        .await
        .unwrap();
    pg
}

/// One call's outcome, when it ended.
struct Outcome {
    at: Instant,
    result: Result<(), String>,
}

/// Calls `call` from 16 tasks in a loop until `stop`, each call checked: the row asked
/// for, or an error of kind `ConnectionClosed` (anything else panics, as does a call that
/// takes longer than [`HUNG`]).
fn load<F, Fut>(call: F, stop: Arc<AtomicBool>) -> Vec<tokio::task::JoinHandle<Vec<Outcome>>>
where
    F: Fn(i32) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<Item, Error>> + Send,
{
    (0..TASKS)
        .map(|task| {
            let (call, stop) = (call.clone(), stop.clone());
            tokio::spawn(async move {
                let mut outcomes = Vec::new();
                let mut i = 0;
                while !stop.load(Ordering::Relaxed) {
                    let id = ((task * 7 + i) % 100 + 1) as i32;
                    i += 1;
                    let ended = tokio::time::timeout(HUNG, call(id))
                        .await
                        .unwrap_or_else(|_| panic!("task {task}: a call hung past {HUNG:?}"));
                    let result = match ended {
                        Ok(item) => {
                            assert_eq!(
                                (item.id, item.label.as_str()),
                                (id, format!("item-{id}").as_str()),
                                "a wrong row"
                            );
                            Ok(())
                        }
                        Err(e) => {
                            assert_eq!(e.kind(), ErrorKind::ConnectionClosed, "{e}");
                            assert!(!e.to_string().contains('\n'), "{e}");
                            Err(e.to_string())
                        }
                    };
                    let failed = result.is_err();
                    outcomes.push(Outcome {
                        at: Instant::now(),
                        result,
                    });
                    if failed {
                        // As a service would before its next request: not a busy loop.
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                }
                outcomes
            })
        })
        .collect()
}

/// Runs the load, restarts the server in `mode` under it, and checks what the module's
/// documentation promises. Returns the slowest task's time to its first success after the
/// server was back.
async fn restart_under_load<F, Fut>(
    label: &str,
    mut pg: TempPostgres,
    mode: Shutdown,
    call: F,
) -> Duration
where
    F: Fn(i32) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<Item, Error>> + Send,
{
    let stop = Arc::new(AtomicBool::new(false));
    let tasks = load(call, stop.clone());
    tokio::time::sleep(Duration::from_millis(500)).await;
    let restarted = Instant::now();
    let (pg, back) = tokio::task::spawn_blocking(move || {
        pg.restart(mode).expect("restarting the server");
        (pg, Instant::now())
    })
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_secs(3)).await;
    stop.store(true, Ordering::Relaxed);
    let mut slowest = Duration::ZERO;
    let mut errors = Vec::new();
    for (task, handle) in tasks.into_iter().enumerate() {
        let outcomes = handle.await.unwrap();
        let first_ok = outcomes
            .iter()
            .find(|o| o.at > back && o.result.is_ok())
            .unwrap_or_else(|| panic!("task {task}: no call succeeded after the restart"));
        slowest = slowest.max(first_ok.at - back);
        for o in &outcomes {
            if let Err(e) = &o.result {
                assert!(
                    o.at < back + Duration::from_secs(2),
                    "task {task}: a call failed {:?} after the server was back: {e}",
                    o.at - back
                );
                errors.push(e.clone());
            }
        }
    }
    assert!(
        slowest < Duration::from_secs(2),
        "a task's first success came {slowest:?} after the server was back"
    );
    assert!(
        !errors.is_empty(),
        "the restart failed no call: nothing was tested"
    );
    errors.sort();
    errors.dedup();
    eprintln!(
        "{label}, {mode:?}: down for {:?}; slowest first success {slowest:?} after; {} distinct errors, e.g. {:?}",
        back - restarted,
        errors.len(),
        &errors[..errors.len().min(4)]
    );
    drop(pg);
    slowest
}

/// A deadpool pool's call: a checkout, then the statement.
async fn pooled(pool: &prepared::pool::Pool, id: i32) -> Result<Item, Error> {
    let conn = pool.get().await.map_err(|e| match e {
        prepared::pool::PoolError::Backend(e) => e,
        other => panic!("checkout: {other}"),
    })?;
    conn.prepared_query_one(Q::item_by_id(id)).await
}

async fn pool_survives(mode: Shutdown) {
    let pg = server().await;
    let pool = prepared::pool::Manager::builder(&pg.connection_string(), Mode::Prepared)
        .unwrap()
        .max_size(8)
        .build()
        .unwrap();
    let pool = Arc::new(pool);
    restart_under_load("pool of 8", pg, mode, move |id| {
        let pool = pool.clone();
        async move { pooled(&pool, id).await }
    })
    .await;
}

async fn multiplexed_survives(mode: Shutdown) {
    let pg = server().await;
    let mux = prepared::Multiplexed::builder(&pg.connection_string())
        .connections(4)
        .connect()
        .await
        .unwrap();
    let mux = Arc::new(mux);
    restart_under_load("Multiplexed of 4", pg, mode, move |id| {
        let mux = mux.clone();
        async move { mux.get().await?.prepared_query_one(Q::item_by_id(id)).await }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pool_survives_a_fast_restart() {
    pool_survives(Shutdown::Fast).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pool_survives_an_immediate_restart() {
    pool_survives(Shutdown::Immediate).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multiplexed_survives_a_fast_restart() {
    multiplexed_survives(Shutdown::Fast).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multiplexed_survives_an_immediate_restart() {
    multiplexed_survives(Shutdown::Immediate).await;
}

/// Stopped for good: a pool's checkout and a `Multiplexed` call fail at once, in one line
/// naming the server; the tasks waiting on a `Multiplexed` connection share one attempt
/// and its error instead of each making its own.
#[tokio::test]
async fn a_server_down_for_good_fails_calls_at_once() {
    let mut pg = server().await;
    let url = pg.connection_string();
    let pool = prepared::pool::Manager::builder(&url, Mode::Prepared)
        .unwrap()
        .max_size(8)
        .build()
        .unwrap();
    pooled(&pool, 1).await.unwrap();
    let mux = prepared::Multiplexed::builder(&url)
        .connections(1)
        .connect()
        .await
        .unwrap();
    mux.get().await.unwrap();
    let pg = tokio::task::spawn_blocking(move || {
        pg.stop(Shutdown::Fast).unwrap();
        pg
    })
    .await
    .unwrap();
    // The closed connections are noticed by their drivers at once.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let host = pg.socket_dir().display().to_string();

    let start = Instant::now();
    let e = pooled(&pool, 1).await.unwrap_err();
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    assert!(matches!(e, Error::Connect { .. }), "{e:?}");
    assert_eq!(e.kind(), ErrorKind::ConnectionClosed);
    let text = e.to_string();
    assert!(
        text.starts_with(&format!("cannot connect to host={host} ")),
        "{text}"
    );
    assert!(!text.contains('\n'), "{text}");

    let start = Instant::now();
    let calls = (0..16).map(|_| mux.get());
    let results = futures_util::future::join_all(calls).await;
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    let mut connects = 0;
    for result in results {
        match result.unwrap_err() {
            Error::Connect { .. } => connects += 1,
            e @ Error::Reconnecting { .. } => {
                assert_eq!(e.kind(), ErrorKind::ConnectionClosed);
                let text = e.to_string();
                assert!(
                    text.starts_with(&format!("cannot connect to host={host} ")),
                    "{text}"
                );
                assert!(
                    text.contains("reopening a shared connection; the next attempt in"),
                    "{text}"
                );
            }
            e => panic!("{e:?}"),
        }
    }
    assert_eq!(connects, 1, "the waiting tasks each tried to connect");
}
