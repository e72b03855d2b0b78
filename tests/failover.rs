//! Failover to a real hot standby: a primary and a standby made with `pg_basebackup -R`,
//! synchronous replication, a pool on a multi-host connection string with
//! `target_session_attrs=read-write`. Under a steady stream of writes the primary is
//! stopped (`-m immediate`) and the standby promoted: the pool reaches the new primary,
//! and every write reported as successful is on it.

use prepared::{Error, ErrorKind, Mode, PreparedExt};
use prepared_test_harness::{Shutdown, TempPostgres};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("INSERT INTO ledger (id) VALUES (@id)", params(id: i32))]
    pub struct LedgerAdd;
}

use queries::PreparedStatement as Q;

const WRITERS: usize = 8;

async fn admin(pg: &TempPostgres) -> prepared::Client {
    prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap()
}

/// Waits (up to 30 s) until `sql` on `client` returns true.
async fn until(client: &prepared::Client, sql: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !client.query_one(sql, &[]).await.unwrap().get::<_, bool>(0) {
        assert!(Instant::now() < deadline, "never: {sql}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A primary with table `ledger` and a standby streaming from it synchronously: a commit
/// returns once the standby has its WAL, which is what makes a failover lose nothing.
async fn synchronous_pair() -> (TempPostgres, TempPostgres) {
    let primary = tokio::task::spawn_blocking(TempPostgres::start)
        .await
        .unwrap()
        .expect("starting the primary");
    admin(&primary)
        .await
        .batch_execute("CREATE TABLE ledger (id int PRIMARY KEY)")
        .await
        .unwrap();
    let (primary, standby) = tokio::task::spawn_blocking(move || {
        let standby = primary.start_standby().expect("starting the standby");
        (primary, standby)
    })
    .await
    .unwrap();
    let on_primary = admin(&primary).await;
    until(
        &on_primary,
        "SELECT count(*) = 1 FROM pg_stat_replication WHERE state = 'streaming'",
    )
    .await;
    for sql in [
        "ALTER SYSTEM SET synchronous_standby_names = '*'",
        "SELECT pg_reload_conf()",
    ] {
        on_primary.batch_execute(sql).await.unwrap();
    }
    until(
        &on_primary,
        "SELECT count(*) = 1 FROM pg_stat_replication WHERE sync_state = 'sync'",
    )
    .await;
    (primary, standby)
}

/// `WRITERS` tasks inserting new ids through the pool until `stop`, each write bounded by
/// 10 s; every acknowledged id is recorded with when it was acknowledged.
struct Writers {
    acknowledged: Arc<Mutex<Vec<(i32, Instant)>>>,
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<Vec<String>>>,
}

impl Writers {
    fn spawn(pool: Arc<prepared::pool::Pool>) -> Writers {
        let next = Arc::new(AtomicI32::new(1));
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let tasks = (0..WRITERS)
            .map(|_| {
                let (pool, next, acknowledged, stop) = (
                    pool.clone(),
                    next.clone(),
                    acknowledged.clone(),
                    stop.clone(),
                );
                tokio::spawn(async move {
                    let mut errors = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let id = next.fetch_add(1, Ordering::Relaxed);
                        match write(&pool, id).await {
                            Ok(()) => acknowledged.lock().unwrap().push((id, Instant::now())),
                            Err(e) => {
                                errors.push(e.to_string());
                                assert_connection_error(&e);
                                tokio::time::sleep(Duration::from_millis(20)).await;
                            }
                        }
                    }
                    errors
                })
            })
            .collect();
        Writers {
            acknowledged,
            stop,
            tasks,
        }
    }

    /// Stops them: what they acknowledged, and the distinct errors they met.
    async fn stop(self) -> (Vec<(i32, Instant)>, Vec<String>) {
        self.stop.store(true, Ordering::Relaxed);
        let mut errors = Vec::new();
        for task in self.tasks {
            errors.extend(task.await.unwrap());
        }
        errors.sort();
        errors.dedup();
        let acknowledged = self.acknowledged.lock().unwrap().clone();
        (acknowledged, errors)
    }
}

/// One insert through a pooled connection; a write that hangs fails the test.
async fn write(pool: &prepared::pool::Pool, id: i32) -> Result<(), Error> {
    let written = async {
        let conn = pool.get().await.map_err(|e| match e {
            prepared::pool::PoolError::Backend(e) => e,
            other => panic!("checkout: {other}"),
        })?;
        conn.prepared_execute(Q::ledger_add(id)).await
    };
    match tokio::time::timeout(Duration::from_secs(10), written)
        .await
        .expect("a write hung")?
    {
        1 => Ok(()),
        n => panic!("inserted {n} rows"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pool_follows_a_promoted_standby_and_loses_no_acknowledged_write() {
    let (mut primary, standby) = synchronous_pair().await;
    let url = format!(
        "host={},{} port={},{} user=postgres dbname=postgres target_session_attrs=read-write connect_timeout=2 options='-c synchronous_commit=on'",
        primary.socket_dir().display(),
        standby.socket_dir().display(),
        primary.port(),
        standby.port(),
    );
    let pool = prepared::pool::Manager::builder(&url, Mode::Prepared)
        .unwrap()
        .max_size(4)
        .build()
        .unwrap();
    let writers = Writers::spawn(Arc::new(pool));

    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = writers.acknowledged.lock().unwrap().len();
    assert!(before > 0, "no write succeeded before the failover");
    let primary = tokio::task::spawn_blocking(move || {
        primary.stop(Shutdown::Immediate).unwrap();
        primary
    })
    .await
    .unwrap();
    let on_standby = admin(&standby).await;
    on_standby
        .batch_execute("SELECT pg_promote()")
        .await
        .unwrap();
    until(&on_standby, "SELECT NOT pg_is_in_recovery()").await;
    let promoted = Instant::now();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (acknowledged, errors) = writers.stop().await;

    let after = acknowledged.iter().filter(|(_, at)| *at > promoted).count();
    let first_after = acknowledged
        .iter()
        .filter(|(_, at)| *at > promoted)
        .map(|(_, at)| *at - promoted)
        .min()
        .expect("no write succeeded on the promoted standby");
    assert!(
        first_after < Duration::from_secs(2),
        "the first write on the new primary came {first_after:?} after the promotion"
    );
    let held: BTreeSet<i32> = on_standby
        .query("SELECT id FROM ledger", &[])
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    let lost: Vec<i32> = acknowledged
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !held.contains(id))
        .collect();
    assert!(
        lost.is_empty(),
        "acknowledged writes missing on the new primary: {lost:?}"
    );
    eprintln!(
        "{} writes acknowledged ({before} before the failover, {after} after the promotion, the first {first_after:?} after it), all held by the new primary; errors: {:?}",
        acknowledged.len(),
        &errors[..errors.len().min(5)]
    );
    drop(primary);
}

/// What a write may fail with while the primary is gone: the connection closed, no server
/// to connect to, or none that accepts writes yet.
fn assert_connection_error(e: &Error) {
    assert_eq!(e.kind(), ErrorKind::ConnectionClosed, "{e}");
}
