//! Many tasks on one connection, against a real PostgreSQL: single-flight prepares, stale
//! statements evicted once, failed prepares not remembered.

mod support;

use prepared::PreparedExt;
use std::sync::Arc;

#[prepared::registry]
mod concurrent_queries {
    use prepared::prepared;

    #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64))]
    pub struct ServiceById;

    #[prepared("SELECT count(*) AS n FROM service")]
    pub struct ServiceCount;

    #[prepared("SELECT 1 AS one FROM late_table")]
    pub struct FromLateTable;
}

use concurrent_queries::PreparedStatement as C;

const TASKS: usize = 200;

/// Runs `TASKS` copies of `run` on one shared client at once, each in its own task.
async fn all_at_once<T, F>(
    client: &Arc<prepared::Client>,
    run: fn(Arc<prepared::Client>) -> F,
) -> Vec<T>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let barrier = Arc::new(tokio::sync::Barrier::new(TASKS));
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let (client, barrier) = (client.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                run(client).await
            })
        })
        .collect();
    let mut results = Vec::with_capacity(TASKS);
    for task in tasks {
        results.push(task.await.expect("a task panicked"));
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_first_uses_prepare_once() {
    let client = Arc::new(support::fresh_database().await);
    client
        .batch_execute("INSERT INTO service(id, name) VALUES (1, 'billing')")
        .await
        .unwrap();
    let rows = all_at_once(&client, |client| async move {
        client.prepared_query(C::service_by_id(1)).await
    })
    .await;
    for rows in rows {
        assert_eq!(rows.unwrap().len(), 1);
    }
    let stats = client.cache_stats();
    assert_eq!(stats.prepares, 1, "{stats:?}");
    assert_eq!(stats.hits, TASKS as u64 - 1, "{stats:?}");
    assert_eq!(stats.len, 1, "{stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_statement_gone_stale_under_many_tasks_is_prepared_again_once() {
    let client = Arc::new(support::fresh_database().await);
    client.prepared_query(C::service_count()).await.unwrap();
    // The server forgets every prepared statement: each of the tasks below that runs the
    // cached one fails with 26000 and retries; only the first eviction counts.
    client.batch_execute("DISCARD ALL").await.unwrap();
    let counts = all_at_once(&client, |client| async move {
        client.prepared_query(C::service_count()).await
    })
    .await;
    for rows in counts {
        assert_eq!(rows.unwrap().len(), 1);
    }
    let stats = client.cache_stats();
    assert_eq!(stats.reprepares, 1, "{stats:?}");
    assert_eq!(stats.prepares, 2, "{stats:?}");
    assert_eq!(stats.len, 1, "{stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failed_prepare_fails_each_caller_and_is_not_remembered() {
    let client = Arc::new(support::fresh_database().await);
    let results = all_at_once(&client, |client| async move {
        client.prepared_query(C::from_late_table()).await
    })
    .await;
    for result in results {
        let error = result.unwrap_err();
        let text = error.to_string();
        assert!(text.contains("from_late_table"), "{text}");
        assert!(text.contains("42P01"), "{text}");
    }
    assert_eq!(client.cache_stats().len, 0);
    assert_eq!(client.cache_stats().prepares, 0);
    // Once the table exists, the same connection prepares the statement.
    client
        .batch_execute("CREATE TABLE late_table (x int); INSERT INTO late_table VALUES (1)")
        .await
        .unwrap();
    assert_eq!(
        client
            .prepared_query(C::from_late_table())
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(client.cache_stats().prepares, 1);
}

#[tokio::test]
async fn warm_up_prepares_every_statement_pipelined_and_reports_the_refused() {
    let client = support::fresh_database().await;
    let report = client.warm_up(&[&concurrent_queries::REGISTRY]).await;
    // Two of the three prepare; `late_table` does not exist yet.
    assert_eq!(report.prepared, 2, "{report:?}");
    assert_eq!(report.failed.len(), 1, "{report:?}");
    let refused = report.failed[0].to_string();
    assert!(
        refused.contains("from_late_table") && refused.contains("42P01"),
        "{refused}"
    );
    let stats = client.cache_stats();
    assert_eq!((stats.prepares, stats.len), (2, 2), "{stats:?}");
    // First uses find their statements prepared.
    client.prepared_query(C::service_count()).await.unwrap();
    client.prepared_query(C::service_by_id(1)).await.unwrap();
    let stats = client.cache_stats();
    assert_eq!((stats.prepares, stats.hits), (2, 2), "{stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_multiplexed_pool_shares_few_connections_among_many_tasks() {
    let (admin, name) = support::fresh_database_named().await;
    admin
        .batch_execute(
            "INSERT INTO service(id, name) SELECT i, 's' || i FROM generate_series(1, 200) i",
        )
        .await
        .unwrap();
    let url = support::server().connection_string_for(&name);
    let pool = Arc::new(
        prepared::Multiplexed::builder(&url)
            .connections(2)
            .warm_up([&concurrent_queries::REGISTRY])
            .connect()
            .await
            .unwrap(),
    );
    assert_eq!(pool.connections(), 2);
    // Warmed: each connection prepared the two statements that can be.
    assert_eq!(pool.stats().prepares, 4, "{:?}", pool.stats());
    let mut distinct = concurrent_backends(&pool).await;
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        2,
        "200 tasks ran on exactly the two connections"
    );
    let stats = pool.stats();
    assert_eq!(
        stats.prepares, 4,
        "nothing prepared after the warm-up: {stats:?}"
    );
    assert_eq!(stats.hits, TASKS as u64, "{stats:?}");

    // A connection the server ends is opened again (and warmed) by the next task that
    // picks it; the other keeps serving.
    admin
        .execute("SELECT pg_terminate_backend($1)", &[&distinct[0]])
        .await
        .unwrap();
    let lost = calls_failing_after_an_end(&pool, 20).await;
    // Those come first: once reopened, the pool serves every call.
    assert!(
        lost.iter().all(|&id| id <= 10),
        "calls failed after the pool should have reopened the connection: {lost:?}"
    );
    let mut after = Vec::new();
    for _ in 0..4 {
        after.push(backend_pid(&pool.get().await.unwrap()).await);
    }
    assert!(
        !after.contains(&distinct[0]),
        "the ended backend is not used again: {after:?}"
    );
    assert_eq!(
        pool.stats().prepares,
        6,
        "the new connection was warmed: {:?}",
        pool.stats()
    );
}

/// `TASKS` tasks at once, each reading its own row through the pool: the backend each ran on.
async fn concurrent_backends(pool: &Arc<prepared::Multiplexed>) -> Vec<i32> {
    let tasks: Vec<_> = (1..=TASKS as i64)
        .map(|id| {
            let pool = pool.clone();
            tokio::spawn(async move {
                let conn = pool.get().await.unwrap();
                let rows = conn.prepared_query(C::service_by_id(id)).await.unwrap();
                assert_eq!(rows[0].get::<_, String>("name"), format!("s{id}"));
                backend_pid(&conn).await
            })
        })
        .collect();
    let mut pids = Vec::new();
    for task in tasks {
        pids.push(task.await.unwrap());
    }
    pids
}

async fn backend_pid(client: &prepared::Client) -> i32 {
    client
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0)
}

/// Runs `calls` reads one after another after the server ended a connection: the ids of
/// those that failed. Statements sent on the ended connection before the pool sees it
/// closed fail with the connection's end; any other error is a bug.
async fn calls_failing_after_an_end(pool: &prepared::Multiplexed, calls: i64) -> Vec<i64> {
    let mut lost = Vec::new();
    for id in 1..=calls {
        let conn = pool.get().await.unwrap();
        match conn.prepared_query(C::service_by_id(id)).await {
            Ok(rows) => assert_eq!(rows.len(), 1),
            Err(e) => {
                assert!(
                    matches!(e.kind(), prepared::ErrorKind::ConnectionClosed),
                    "only the ended connection's own end may fail a call: {e}"
                );
                lost.push(id);
            }
        }
    }
    lost
}

#[tokio::test]
async fn a_multiplexed_pool_names_the_server_it_cannot_reach() {
    let error =
        prepared::Multiplexed::builder("host=/nonexistent port=1 user=app password=hunter2")
            .connections(2)
            .connect()
            .await
            .unwrap_err();
    let text = error.to_string();
    assert!(text.contains("/nonexistent"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}

#[tokio::test]
async fn a_lending_pool_warms_each_connection_it_opens() {
    let (_admin, name) = support::fresh_database_named().await;
    let url = support::server().connection_string_for(&name);
    let manager = prepared::pool::Manager::parse(&url, prepared::Mode::Prepared)
        .unwrap()
        .warm_up([&concurrent_queries::REGISTRY]);
    let pool = prepared::pool::Pool::builder(manager)
        .max_size(2)
        .build()
        .unwrap();
    let conn = pool.get().await.unwrap();
    assert_eq!(conn.cache_stats().len, 2);
    conn.prepared_query(C::service_count()).await.unwrap();
    assert_eq!(pool.manager().stats().prepares, 2);
    assert_eq!(pool.manager().stats().hits, 1);
}
