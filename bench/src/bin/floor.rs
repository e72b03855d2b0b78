//! The floor of one connection, without prepared: bare tokio-postgres with a hand-held
//! `Statement` against bare sqlx, one query at a time, in alternating rounds. It tells what
//! is tokio-postgres's cost (its connection task, which every request and response crosses)
//! from what is the registry's, and serves profiling (`perf record` on this binary).
//!
//! A third contender is tokio-postgres with its connection polled inside the querying task
//! instead of by a task of its own, to tell what that hop costs; a fourth, on a Unix socket,
//! is tokio-postgres over a stream that only reads wake (`read_woken.rs`), to tell what the
//! wake-up when the server reads a request costs.
//!
//! `cargo run --release -p prepared-bench --bin floor -- [current|multi] [queries]
//! [one-core|two-cores|scheduler] [url]`: a throwaway server on a Unix socket without `url`.

#[path = "../pin.rs"]
#[allow(dead_code)]
mod pin;
#[path = "../read_woken.rs"]
mod read_woken;

use pin::Placement;
use prepared_test_harness::TempPostgres;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;

const SQL: &str = "SELECT id, name, deleted FROM floor WHERE id = $1";
const ROUNDS: u32 = 10;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let multi = args.get(1).is_some_and(|a| a == "multi");
    let n: u32 = args.get(2).map_or(Ok(20_000), |a| a.parse())?;
    let placement = match args.get(3).map(String::as_str) {
        Some("one-core") => Placement::OneCore,
        Some("two-cores") => Placement::TwoCores,
        _ => Placement::Scheduler,
    };
    let pg;
    let url = match args.get(4) {
        Some(url) => url.clone(),
        None => {
            pg = TempPostgres::start()?;
            pg.connection_string()
        }
    };
    let mut builder = if multi {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    if let Some(core) = placement.core() {
        pin::pin(0, [core]);
        builder.on_thread_start(move || pin::pin(0, [core]));
    }
    let rt = builder.enable_all().build()?;
    // Spawned, as a server's handler runs: block_on's own thread is not a worker.
    let used = rt.block_on(async move { tokio::spawn(measure(url, n, placement)).await? })?;
    let [tp, sx, inline, read_woken] = used.map(|(wall, _, _)| wall);
    let cpu = used.map(|(_, cpu, _)| cpu);
    let sleeps = used.map(|(_, _, sleeps)| sleeps);
    let us = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(n);
    let runtime = if multi {
        "multi-thread"
    } else {
        "current-thread"
    };
    println!(
        "{runtime} runtime, {}: tokio-postgres {:.1} µs/query ({:.3}x sqlx's throughput), driven inline {:.1} µs/query ({:.3}x), read-woken {:.1} µs/query ({:.3}x), sqlx {:.1} µs/query",
        placement.name(),
        us(tp),
        sx.as_secs_f64() / tp.as_secs_f64(),
        us(inline),
        sx.as_secs_f64() / inline.as_secs_f64(),
        us(read_woken),
        sx.as_secs_f64() / read_woken.as_secs_f64(),
        us(sx),
    );
    println!(
        "  client CPU per query: tokio-postgres {:.1} µs, driven inline {:.1} µs, read-woken {:.1} µs, sqlx {:.1} µs",
        us(cpu[0]),
        us(cpu[2]),
        us(cpu[3]),
        us(cpu[1]),
    );
    let per_query = |n_sleeps: u64| n_sleeps as f64 / f64::from(n);
    println!(
        "  sleeps per query: tokio-postgres {:.2}, driven inline {:.2}, read-woken {:.2}, sqlx {:.2}",
        per_query(sleeps[0]),
        per_query(sleeps[2]),
        per_query(sleeps[3]),
        per_query(sleeps[1]),
    );
    Ok(())
}

/// Polls `future` and the connection it talks over together, in the calling task, until
/// `future` is done: no task of the connection's own to wake.
async fn drive<F: Future, C: Future>(future: F, mut connection: Pin<&mut C>) -> F::Output {
    let mut future = std::pin::pin!(future);
    std::future::poll_fn(|cx| {
        if let Poll::Ready(out) = future.as_mut().poll(cx) {
            return Poll::Ready(out);
        }
        // Writes the request the future queued, reads what arrived and hands it over; a
        // connection that ends fails the future, which the next poll reports.
        let _ = connection.as_mut().poll(cx);
        future.as_mut().poll(cx)
    })
    .await
}

async fn measure(url: String, n: u32, placement: Placement) -> Result<[pin::Used; 4]> {
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS floor (id bigserial PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
             INSERT INTO floor VALUES (1, 'bench', false) ON CONFLICT DO NOTHING",
        )
        .await?;
    pin::pin_backend(&client, placement).await?;
    let statement = client.prepare(SQL).await?;
    let mut conn = {
        use sqlx::Connection;
        sqlx::PgConnection::connect_with(&sqlx_options(&url)).await?
    };
    pin::pin_sqlx_backend(&mut conn, placement).await?;
    // A second tokio-postgres connection, driven inside the querying task rather than by a
    // task of its own: what the hop to the connection task costs.
    let (inline_client, inline_connection) =
        tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    let mut inline_connection = std::pin::pin!(inline_connection);
    if let Some(core) = placement.backend_core() {
        let row = drive(
            inline_client.query_one("SELECT pg_backend_pid()", &[]),
            inline_connection.as_mut(),
        )
        .await?;
        pin::pin(row.get(0), [core]);
    }
    let inline_statement = {
        let prepare = inline_client.prepare(SQL);
        drive(prepare, inline_connection.as_mut()).await?
    };
    // A fourth connection, over a socket only reads wake.
    let read_woken_client = read_woken_client(&url).await?;
    pin::pin_backend(&read_woken_client, placement).await?;
    let read_woken_statement = read_woken_client.prepare(SQL).await?;
    // Per contender: wall time, CPU time and sleeps, summed over the rounds.
    let mut used: [pin::Used; 4] = Default::default();
    let add = |sum: &mut pin::Used, (w, c, s): pin::Used| {
        sum.0 += w;
        sum.1 += c;
        sum.2 += s;
    };
    for _ in 0..ROUNDS {
        add(
            &mut used[0],
            timed_held(&client, &statement, n / ROUNDS).await?,
        );
        let start = pin::Usage::now();
        for _ in 0..n / ROUNDS {
            let query = inline_client.query(&inline_statement, &[&1i64]);
            let rows = decode(drive(query, inline_connection.as_mut()).await?)?;
            assert_eq!(rows.len(), 1);
        }
        add(&mut used[2], start.since());
        let read_woken = timed_held(&read_woken_client, &read_woken_statement, n / ROUNDS);
        add(&mut used[3], read_woken.await?);
        let start = pin::Usage::now();
        for _ in 0..n / ROUNDS {
            let rows: Vec<(i64, String, bool)> =
                sqlx::query_as(SQL).bind(1i64).fetch_all(&mut conn).await?;
            assert_eq!(rows.len(), 1);
        }
        add(&mut used[1], start.since());
    }
    Ok(used)
}

/// `n` queries of a hand-held statement on a tokio-postgres client, whichever stream it
/// runs over: the time and CPU they took.
async fn timed_held(
    client: &tokio_postgres::Client,
    statement: &tokio_postgres::Statement,
    n: u32,
) -> Result<pin::Used> {
    let start = pin::Usage::now();
    for _ in 0..n {
        let rows = decode(client.query(statement, &[&1i64]).await?)?;
        assert_eq!(rows.len(), 1);
    }
    Ok(start.since())
}

/// A tokio-postgres client over a [`read_woken::ReadWoken`] stream, for a Unix socket.
async fn read_woken_client(url: &str) -> Result<tokio_postgres::Client> {
    let config: tokio_postgres::Config = url.parse()?;
    let (Some(tokio_postgres::config::Host::Unix(dir)), Some(port)) =
        (config.get_hosts().first(), config.get_ports().first())
    else {
        return Err("the read-woken contender needs a Unix socket".into());
    };
    let stream = read_woken::ReadWoken::connect(&dir.join(format!(".s.PGSQL.{port}"))).await?;
    let (client, connection) = config.connect_raw(stream, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    Ok(client)
}

/// Rows decoded into the tuple sqlx's contender decodes into.
fn decode(
    rows: Vec<tokio_postgres::Row>,
) -> std::result::Result<Vec<(i64, String, bool)>, tokio_postgres::Error> {
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect()
}

/// sqlx's options for a libpq-style `host=.. port=.. user=.. dbname=..` string.
fn sqlx_options(conninfo: &str) -> sqlx::postgres::PgConnectOptions {
    let get = |key: &str| {
        conninfo
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or("")
    };
    let options = sqlx::postgres::PgConnectOptions::new()
        .username(get("user"))
        .database(get("dbname"))
        .port(get("port").parse().unwrap_or(5432));
    match get("host") {
        dir if dir.starts_with('/') => options.socket(dir),
        host => options.host(host),
    }
}
