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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pool_follows_a_promoted_standby_and_loses_no_acknowledged_write() {
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
    // A commit returns once the standby has its WAL: what makes a failover lose nothing.
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
    drop(on_primary);

    let url = format!(
        "host={},{} port={},{} user=postgres dbname=postgres target_session_attrs=read-write connect_timeout=2 options='-c synchronous_commit=on'",
        primary.socket_dir().display(),
        standby.socket_dir().display(),
        primary.port(),
        standby.port(),
    );
    let pool = Arc::new(
        prepared::pool::Manager::builder(&url, Mode::Prepared)
            .unwrap()
            .max_size(4)
            .build()
            .unwrap(),
    );
    let next = Arc::new(AtomicI32::new(1));
    let acknowledged = Arc::new(Mutex::new(Vec::<(i32, Instant)>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..WRITERS)
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
                    let written = async {
                        let conn = pool.get().await.map_err(|e| match e {
                            prepared::pool::PoolError::Backend(e) => e,
                            other => panic!("checkout: {other}"),
                        })?;
                        conn.prepared_execute(Q::ledger_add(id)).await
                    };
                    match tokio::time::timeout(Duration::from_secs(10), written)
                        .await
                        .expect("a write hung")
                    {
                        Ok(1) => acknowledged.lock().unwrap().push((id, Instant::now())),
                        Ok(n) => panic!("inserted {n} rows"),
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

    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = acknowledged.lock().unwrap().len();
    assert!(before > 0, "no write succeeded before the failover");
    let mut primary = primary;
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
    stop.store(true, Ordering::Relaxed);
    let mut errors = Vec::new();
    for writer in writers {
        errors.extend(writer.await.unwrap());
    }

    let acknowledged = acknowledged.lock().unwrap().clone();
    let after: Vec<_> = acknowledged
        .iter()
        .filter(|(_, at)| *at > promoted)
        .collect();
    let first_after = after
        .iter()
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
    errors.sort();
    errors.dedup();
    eprintln!(
        "{} writes acknowledged ({before} before the failover, {} after the promotion, the first {first_after:?} after it), all held by the new primary; errors: {:?}",
        acknowledged.len(),
        after.len(),
        &errors[..errors.len().min(5)]
    );
    drop(primary);
}

/// What a write may fail with while the primary is gone: the connection closed, no server
/// to connect to, or none that accepts writes yet.
fn assert_connection_error(e: &Error) {
    assert_eq!(e.kind(), ErrorKind::ConnectionClosed, "{e}");
}
