//! Round trips across a network: every contender reaches the server through the proxy
//! (`proxy`), which delays each direction as a network would. A request of five
//! independent reads, awaited one by one and joined, and a transaction of five independent
//! writes, for the registry, tokio-postgres's own transaction and sqlx; the unit is one
//! statement's trip through the proxy, measured in the same run.

use crate::BenchResult;
use crate::proxy::Proxy;
use crate::queries::PreparedStatement as Q;
use prepared::PreparedExt;
use sqlx::{Connection, Executor};
use std::time::{Duration, Instant};

const REQUESTS: u32 = 40;

/// Prints the section's table: ms a request and the request in round trips.
pub async fn run(tcp_port: u16, delay: Duration) -> BenchResult<()> {
    let upstream = format!("127.0.0.1:{tcp_port}").parse()?;
    let proxy = Proxy::start(upstream, delay).await?;
    let url = format!(
        "host=127.0.0.1 port={} user=postgres dbname=postgres",
        proxy.port
    );
    let mut client = prepared::Client::connect(&url).await?;
    client.batch_execute(EVENTS).await?;
    // Prepared before the trips are counted; a statement of another section whose table
    // is not there yet is refused here and reports at its first use.
    client.warm_up(&[&crate::queries::REGISTRY]).await;
    let mut sqlx = sqlx::PgConnection::connect_with(
        &sqlx::postgres::PgConnectOptions::new()
            .host("127.0.0.1")
            .port(proxy.port)
            .username("postgres")
            .database("postgres"),
    )
    .await?;

    let unit = time(&proxy, &mut &client, async |client| {
        client.prepared_query_one(Q::service_by_id(1)).await?;
        Ok(())
    })
    .await?;
    println!(
        "\n## 8. pipeline: through a proxy delaying each direction by {} ms; one statement's trip through it ({:.2} ms) is the unit; mean of {REQUESTS} requests; round trips as the proxy counted them",
        delay.as_millis(),
        ms(unit.took)
    );
    println!("| request | contender | ms | in units | round trips counted |");
    println!("|---|---|---|---|---|");
    let row = |what: &str, who: &str, m: Measured| {
        println!(
            "| {what} | {who} | {:.2} | {:.2} | {:.1} |",
            ms(m.took),
            m.took.as_secs_f64() / unit.took.as_secs_f64(),
            m.trips
        );
    };
    reads(&proxy, &client, &mut sqlx, &row).await?;
    writes(&proxy, &mut client, &mut sqlx, &row).await?;
    Ok(())
}

type Row<'a> = dyn Fn(&str, &str, Measured) + 'a;

/// Five independent reads: awaited one by one, joined, and sqlx's.
async fn reads(
    proxy: &Proxy,
    mut client: &prepared::Client,
    sqlx: &mut sqlx::PgConnection,
    row: &Row<'_>,
) -> BenchResult<()> {
    let what = "5 independent reads";
    row(
        what,
        "registry, awaited one by one",
        time(proxy, &mut client, async |client| {
            for id in 1..=5 {
                client.prepared_query_opt(Q::service_by_id(id)).await?;
            }
            Ok(())
        })
        .await?,
    );
    row(
        what,
        "registry, `tokio::try_join!`",
        time(proxy, &mut client, async |client| {
            tokio::try_join!(
                client.prepared_query_opt(Q::service_by_id(1)),
                client.prepared_query_opt(Q::service_by_id(2)),
                client.prepared_query_opt(Q::service_by_id(3)),
                client.prepared_query_opt(Q::service_by_id(4)),
                client.prepared_query_opt(Q::service_by_id(5)),
            )?;
            Ok(())
        })
        .await?,
    );
    let sqlx_reads = time(proxy, sqlx, async |conn| {
        for id in 1..=5_i64 {
            sqlx::query(SERVICE)
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        }
        Ok(())
    })
    .await?;
    row(what, "sqlx (one statement at a time)", sqlx_reads);
    Ok(())
}

/// A transaction of five independent writes: `transact`, tokio-postgres's transaction,
/// and sqlx's.
async fn writes(
    proxy: &Proxy,
    client: &mut prepared::Client,
    sqlx: &mut sqlx::PgConnection,
    row: &Row<'_>,
) -> BenchResult<()> {
    let what = "transaction of 5 writes";
    row(
        what,
        "registry, `transact` with `try_join!`",
        time(proxy, client, async |c| {
            c.transact(|tx| {
                Box::pin(async move {
                    tokio::try_join!(
                        tx.prepared_execute(Q::event_add("a")),
                        tx.prepared_execute(Q::event_add("b")),
                        tx.prepared_execute(Q::event_add("c")),
                        tx.prepared_execute(Q::event_add("d")),
                        tx.prepared_execute(Q::event_add("e")),
                    )?;
                    Ok(())
                })
            })
            .await?;
            Ok(())
        })
        .await?,
    );
    row(
        what,
        "registry, `client.transaction()`, joined, `commit()`",
        time(proxy, client, async |c| {
            let tx = c.transaction().await?;
            tokio::try_join!(
                tx.prepared_execute(Q::event_add("a")),
                tx.prepared_execute(Q::event_add("b")),
                tx.prepared_execute(Q::event_add("c")),
                tx.prepared_execute(Q::event_add("d")),
                tx.prepared_execute(Q::event_add("e")),
            )?;
            tx.commit().await?;
            Ok(())
        })
        .await?,
    );
    let sqlx_writes = time(proxy, sqlx, async |conn| {
        let mut tx = conn.begin().await?;
        for kind in ["a", "b", "c", "d", "e"] {
            tx.execute(sqlx::query(INSERT).bind(kind)).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await?;
    row(what, "sqlx, `begin()` … `commit()`", sqlx_writes);
    Ok(())
}

const EVENTS: &str =
    "CREATE TABLE IF NOT EXISTS bench_events (id bigserial PRIMARY KEY, kind text NOT NULL)";
const SERVICE: &str = "SELECT id, name, deleted FROM service WHERE id = $1";
const INSERT: &str = "INSERT INTO bench_events (kind) VALUES ($1)";

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The mean time of `request` on `cx` over [`REQUESTS`] runs, after one run to warm up,
/// and the round trips the proxy counted for each.
async fn time<C>(
    proxy: &Proxy,
    cx: &mut C,
    mut request: impl AsyncFnMut(&mut C) -> BenchResult<()>,
) -> BenchResult<Measured> {
    request(cx).await?;
    proxy.take_trips();
    let start = Instant::now();
    for _ in 0..REQUESTS {
        request(cx).await?;
    }
    Ok(Measured::of(start, proxy))
}

/// A request's mean time and the round trips the proxy counted for it.
struct Measured {
    took: Duration,
    trips: f64,
}

impl Measured {
    fn of(start: Instant, proxy: &Proxy) -> Measured {
        Measured {
            took: start.elapsed() / REQUESTS,
            trips: proxy.take_trips() as f64 / f64::from(REQUESTS),
        }
    }
}
