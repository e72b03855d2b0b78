//! Round trips, counted by a proxy between the client and a real PostgreSQL (the bench's,
//! `bench/src/proxy.rs`, which delays each direction as a network would): statements
//! joined on one connection share one trip, a `transact` of five writes takes two (its
//! `BEGIN` travels with the writes), and a pooled connection's checkout takes none.

#[path = "../bench/src/proxy.rs"]
mod proxy;

use prepared::{PreparedExt, TransactionOptions};
use prepared_test_harness::TempPostgres;
use proxy::Proxy;
use std::time::Duration;

#[prepared::registry]
mod q {
    use prepared::prepared;

    #[prepared("INSERT INTO events (kind) VALUES (@kind)", params(kind: &str))]
    pub struct EventAdd;

    #[prepared("SELECT count(*) AS n FROM events WHERE kind = @kind", params(kind: &str), not_null(n))]
    pub struct EventCount;
}

use q::PreparedStatement as Q;

/// The server, and a proxy to it that delays each direction by 10 ms.
async fn through_a_proxy() -> (TempPostgres, Proxy, String) {
    let pg = TempPostgres::start_with_tcp().unwrap();
    let setup = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    setup
        .batch_execute("CREATE TABLE events (id serial PRIMARY KEY, kind text NOT NULL)")
        .await
        .unwrap();
    let upstream = format!("127.0.0.1:{}", pg.port()).parse().unwrap();
    let proxy = Proxy::start(upstream, Duration::from_millis(10))
        .await
        .unwrap();
    let url = format!(
        "host=127.0.0.1 port={} user=postgres dbname=postgres",
        proxy.port
    );
    (pg, proxy, url)
}

/// A client through the proxy, its statements prepared, its trips so far forgotten.
async fn warm_client(proxy: &Proxy, url: &str) -> prepared::Client {
    let client = prepared::Client::connect(url).await.unwrap();
    let warm = client.warm_up(&[&q::REGISTRY]).await;
    assert!(warm.failed.is_empty(), "{:?}", warm.failed);
    proxy.take_trips();
    client
}

#[tokio::test]
async fn joined_statements_share_one_round_trip() {
    let (_pg, proxy, url) = through_a_proxy().await;
    let client = warm_client(&proxy, &url).await;

    for kind in ["a", "b", "c", "d", "e"] {
        client.prepared_execute(Q::event_add(kind)).await.unwrap();
    }
    assert_eq!(proxy.take_trips(), 5, "awaited one by one");

    let (a, b, c, d, e) = tokio::join!(
        client.prepared_query_one(Q::event_count("a")),
        client.prepared_query_one(Q::event_count("b")),
        client.prepared_query_one(Q::event_count("c")),
        client.prepared_query_one(Q::event_count("d")),
        client.prepared_query_one(Q::event_count("e")),
    );
    for n in [a, b, c, d, e] {
        assert_eq!(n.unwrap().get::<_, i64>(0), 1);
    }
    assert_eq!(proxy.take_trips(), 1, "joined");
}

#[tokio::test]
async fn a_transaction_of_five_writes_takes_two_round_trips() {
    let (_pg, proxy, url) = through_a_proxy().await;
    let mut client = warm_client(&proxy, &url).await;

    let written = client
        .transact(|tx| {
            Box::pin(async move {
                let (a, b, c, d, e) = tokio::try_join!(
                    tx.prepared_execute(Q::event_add("t")),
                    tx.prepared_execute(Q::event_add("t")),
                    tx.prepared_execute(Q::event_add("t")),
                    tx.prepared_execute(Q::event_add("t")),
                    tx.prepared_execute(Q::event_add("t")),
                )?;
                Ok(a + b + c + d + e)
            })
        })
        .await
        .unwrap();
    assert_eq!(written, 5);
    assert_eq!(proxy.take_trips(), 2, "BEGIN with the writes, then COMMIT");

    // At an isolation level of its own, the same.
    client
        .transact_with(TransactionOptions::serializable(), |tx| {
            Box::pin(async move { tx.prepared_execute(Q::event_add("s")).await })
        })
        .await
        .unwrap();
    assert_eq!(proxy.take_trips(), 2);
    let n = client
        .prepared_query_one(Q::event_count("t"))
        .await
        .unwrap();
    assert_eq!(n.get::<_, i64>(0), 5, "committed");
}

#[tokio::test]
async fn a_failed_write_rolls_back_what_was_sent_with_it() {
    let (_pg, proxy, url) = through_a_proxy().await;
    let mut client = warm_client(&proxy, &url).await;
    let error = client
        .transact(|tx| {
            Box::pin(async move {
                tx.prepared_execute(Q::event_add("r")).await?;
                tx.batch_execute("SELECT 1 / 0").await?;
                Ok(())
            })
        })
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(&prepared::SqlState::DIVISION_BY_ZERO),
        "{error}"
    );
    let n = client
        .prepared_query_one(Q::event_count("r"))
        .await
        .unwrap();
    assert_eq!(n.get::<_, i64>(0), 0, "rolled back");
}

#[tokio::test]
async fn a_dropped_transaction_is_rolled_back_before_the_next_call() {
    let (_pg, proxy, url) = through_a_proxy().await;
    let mut client = warm_client(&proxy, &url).await;
    let body = client.transact(|tx| {
        Box::pin(async move {
            tx.prepared_execute(Q::event_add("dropped")).await?;
            std::future::pending::<()>().await;
            Ok(())
        })
    });
    // The insert ran inside the transaction; then the caller gave up on it.
    assert!(
        tokio::time::timeout(Duration::from_millis(200), body)
            .await
            .is_err()
    );
    let n = client
        .prepared_query_one(Q::event_count("dropped"))
        .await
        .unwrap();
    assert_eq!(
        n.get::<_, i64>(0),
        0,
        "the open transaction was rolled back first"
    );
}

#[tokio::test]
async fn a_pooled_checkout_takes_no_round_trip() {
    let (_pg, proxy, url) = through_a_proxy().await;
    let manager = prepared::pool::Manager::parse(&url, prepared::Mode::Prepared)
        .unwrap()
        .warm_up([&q::REGISTRY]);
    let pool = prepared::pool::Pool::builder(manager)
        .max_size(1)
        .build()
        .unwrap();
    drop(pool.get().await.unwrap()); // opens and warms the connection
    proxy.take_trips();
    for _ in 0..3 {
        let conn = pool.get().await.unwrap();
        conn.prepared_query_one(Q::event_count("x")).await.unwrap();
    }
    assert_eq!(
        proxy.take_trips(),
        3,
        "one trip per statement, none per checkout"
    );
}
