//! Read replicas: a `Routed` pool over a real primary and two hot standbys streaming from
//! it (`pg_basebackup -R`), started by the test. Statements the registry marks read-only
//! run on the standbys, round-robin; writes and `primary` statements on the primary; a
//! handle reads its own writes while replay is paused; a standby stopped mid-load fails
//! no read; and the harness catches a statement wrongly taken for read-only.

use prepared::{FromRow, PreparedExt, Routed};
use prepared_test_harness::{Shutdown, TempPostgres, check_with};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[derive(Debug, FromRow)]
pub struct Server {
    pub dir: String,
    pub on_replica: bool,
}

#[prepared::registry]
mod q {
    use super::Server;
    use prepared::prepared;

    #[prepared(
        "SELECT current_setting('data_directory') AS dir, pg_is_in_recovery() AS on_replica",
        not_null(dir, on_replica),
        row = Server
    )]
    pub struct WhereAmI;

    #[prepared(
        "SELECT current_setting('data_directory') AS dir, pg_is_in_recovery() AS on_replica",
        not_null(dir, on_replica),
        row = Server,
        primary
    )]
    pub struct WhereAmIOnThePrimary;

    #[prepared("SELECT count(*) AS n FROM items WHERE id = @id", params(id: i32), not_null(n))]
    pub struct ItemCount;

    #[prepared("INSERT INTO items (id) VALUES (@id)", params(id: i32))]
    pub struct ItemAdd;

    #[prepared("SELECT nextval('item_ids') AS id", not_null(id))]
    pub struct NextId;

    #[prepared("SELECT id FROM items WHERE id = @id FOR UPDATE", params(id: i32))]
    pub struct ItemLock;
}

use q::PreparedStatement as Q;

struct Servers {
    primary: TempPostgres,
    standbys: Vec<TempPostgres>,
}

async fn servers(standbys: usize) -> Servers {
    let primary = TempPostgres::start().unwrap();
    sql(
        &primary,
        "CREATE TABLE items (id int PRIMARY KEY); CREATE SEQUENCE item_ids;",
    )
    .await;
    let standbys = (0..standbys)
        .map(|_| primary.start_standby().unwrap())
        .collect();
    Servers { primary, standbys }
}

/// Runs the test's own setup SQL on `pg`.
async fn sql(pg: &TempPostgres, sql: &str) {
    let client = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    client.batch_execute(sql).await.unwrap();
}

/// A WAL position `query` reads on `pg`.
async fn lsn(pg: &TempPostgres, query: &str) -> u64 {
    let client = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    let row = client.query_one(query, &[]).await.unwrap();
    u64::from(row.get::<_, postgres_types::PgLsn>(0))
}

/// Waits until every standby has replayed what the primary has written.
async fn caught_up(s: &Servers) {
    let target = lsn(&s.primary, "SELECT pg_current_wal_lsn()").await;
    for standby in &s.standbys {
        let deadline = Instant::now() + Duration::from_secs(20);
        while lsn(standby, "SELECT pg_last_wal_replay_lsn()").await < target {
            assert!(Instant::now() < deadline, "the standby did not catch up");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn routed(s: &Servers, max_lag: Duration) -> Routed {
    let mut builder = Routed::builder(&s.primary.connection_string());
    for standby in &s.standbys {
        builder = builder.replica(&standby.connection_string());
    }
    builder
        .connections(1)
        .max_lag(max_lag)
        .check_every(Duration::from_millis(50))
        .connect()
        .await
        .unwrap()
}

#[test]
fn the_registry_knows_what_only_reads() {
    let read_only: HashMap<&str, bool> = q::REGISTRY
        .statements
        .iter()
        .map(|s| (s.name, s.read_only))
        .collect();
    let only_reads: Vec<&str> = ["where_am_i", "item_count"].to_vec();
    let on_the_primary = [
        "where_am_i_on_the_primary", // `primary`
        "item_add",                  // a write
        "next_id",                   // nextval writes
        "item_lock",                 // FOR UPDATE locks
    ];
    for name in only_reads {
        assert!(read_only[name], "{name} only reads");
    }
    for name in on_the_primary {
        assert!(!read_only[name], "{name} needs the primary");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_go_to_the_replicas_in_turn_and_the_rest_to_the_primary() {
    let s = servers(2).await;
    caught_up(&s).await;
    let routed = routed(&s, Duration::from_secs(3600)).await;
    let db = routed.handle();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for _ in 0..20 {
        let here = db.prepared_query_one(Q::where_am_i()).await.unwrap();
        assert!(here.on_replica, "a read ran on the primary: {here:?}");
        *seen.entry(here.dir).or_default() += 1;
    }
    assert_eq!(seen.len(), 2, "both standbys served reads: {seen:?}");
    assert!(seen.values().all(|&n| n == 10), "round-robin: {seen:?}");

    let here = db
        .prepared_query_one(Q::where_am_i_on_the_primary())
        .await
        .unwrap();
    assert!(!here.on_replica, "`primary` ran on a replica");
    // On a standby these fail (25006, 55000): they ran on the primary.
    db.prepared_query_one(Q::next_id()).await.unwrap();
    db.prepared_query_opt(Q::item_lock(1)).await.unwrap();
    assert_eq!(db.prepared_execute(Q::item_add(1)).await.unwrap(), 1);
    let stats = routed.stats();
    assert_eq!(
        (stats.primary, stats.replicas.iter().sum::<u64>()),
        (4, 20),
        "{stats:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handle_reads_its_own_writes_while_the_replicas_lag() {
    let s = servers(1).await;
    caught_up(&s).await;
    let routed = routed(&s, Duration::from_secs(3600)).await;
    sql(&s.standbys[0], "SELECT pg_wal_replay_pause()").await;

    let writer = routed.handle();
    assert_eq!(writer.prepared_execute(Q::item_add(7)).await.unwrap(), 1);
    // The standby has not replayed the insert: the writer's read goes to the primary.
    let n = writer.prepared_query_one(Q::item_count(7)).await.unwrap();
    assert_eq!(n.get::<_, i64>(0), 1, "the writer reads what it wrote");
    // Another handle wrote nothing: it reads from the standby, which is behind.
    let other = routed.handle();
    let n = other.prepared_query_one(Q::item_count(7)).await.unwrap();
    assert_eq!(
        n.get::<_, i64>(0),
        0,
        "the other handle read the paused standby"
    );
    let before = routed.stats();

    sql(&s.standbys[0], "SELECT pg_wal_replay_resume()").await;
    caught_up(&s).await;
    // Once a check has seen the standby replay the write, the writer reads from it again.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let here = writer.prepared_query_one(Q::where_am_i()).await.unwrap();
        if here.on_replica {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the writer never went back to the standby"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let n = writer.prepared_query_one(Q::item_count(7)).await.unwrap();
    assert_eq!(n.get::<_, i64>(0), 1);
    assert!(routed.stats().replicas[0] > before.replicas[0]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_past_the_lag_bound_is_skipped() {
    let s = servers(1).await;
    caught_up(&s).await;
    let routed = routed(&s, Duration::from_millis(300)).await;
    let db = routed.handle();
    assert!(
        db.prepared_query_one(Q::where_am_i())
            .await
            .unwrap()
            .on_replica
    );
    sql(&s.standbys[0], "SELECT pg_wal_replay_pause()").await;
    // Writes the paused standby does not replay, through the primary directly (not the
    // handle: its own reads would avoid the standby for another reason).
    sql(&s.primary, "INSERT INTO items VALUES (1)").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    sql(&s.primary, "INSERT INTO items VALUES (2)").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while routed
        .handle()
        .prepared_query_one(Q::where_am_i())
        .await
        .unwrap()
        .on_replica
    {
        assert!(
            Instant::now() < deadline,
            "the lagging standby kept serving reads"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_stopped_mid_load_fails_no_read() {
    let mut s = servers(1).await;
    caught_up(&s).await;
    let routed = routed(&s, Duration::from_secs(3600)).await;
    let load = {
        let routed = routed.clone();
        tokio::spawn(async move {
            let started = Instant::now();
            let mut reads = 0;
            while started.elapsed() < Duration::from_secs(2) {
                // Every read must succeed, wherever it runs.
                routed
                    .handle()
                    .prepared_query_one(Q::item_count(1))
                    .await
                    .unwrap();
                reads += 1;
            }
            reads
        })
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    let served_before = routed.stats().replicas[0];
    assert!(
        served_before > 0,
        "the standby served reads before it stopped"
    );
    s.standbys[0].stop(Shutdown::Immediate).unwrap();
    let reads = load.await.unwrap();
    let stats = routed.stats();
    assert!(stats.primary > 0, "reads moved to the primary: {stats:?}");
    assert!(reads as u64 >= stats.primary, "{reads} reads, {stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_harness_fails_a_read_only_statement_that_calls_a_volatile_function() {
    #[prepared::registry]
    mod calls {
        use prepared::prepared;

        #[prepared("SELECT bump() AS n")]
        pub struct Bumps;

        #[prepared("SELECT bump() AS n", primary)]
        pub struct BumpsOnThePrimary;

        #[prepared("SELECT peek() AS n, random() AS r")]
        pub struct Peeks;
    }
    let pg = TempPostgres::start().unwrap();
    sql(
        &pg,
        "CREATE TABLE counter (n int); \
         CREATE FUNCTION bump() RETURNS int LANGUAGE sql VOLATILE \
             AS 'UPDATE counter SET n = n + 1 RETURNING n'; \
         CREATE FUNCTION peek() RETURNS int LANGUAGE sql STABLE AS 'SELECT n FROM counter';",
    )
    .await;
    let outcomes = check_with(&pg.connection_string(), calls::REGISTRY.statements)
        .await
        .unwrap();
    let by_name: HashMap<&str, String> = outcomes
        .iter()
        .map(|o| (o.statement.name, o.message()))
        .collect();
    let failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| o.statement.name)
        .collect();
    assert_eq!(failed, ["bumps"], "{by_name:?}");
    let message = &by_name["bumps"];
    assert!(message.contains("`public.bump`"), "{message}");
    assert!(message.contains("add `primary`"), "{message}");
}
