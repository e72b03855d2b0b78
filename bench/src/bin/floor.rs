//! The floor of one connection, without prepared: bare tokio-postgres with a hand-held
//! `Statement` against bare sqlx, one query at a time, for profiling and for telling what
//! is tokio-postgres's cost from what is the registry's.
//!
//! `cargo run --release -p prepared-bench --bin floor -- <tokio-postgres|sqlx|both>
//! <current|multi> [queries] [url]` (a throwaway server on a Unix socket without `url`).

use prepared_test_harness::TempPostgres;
use std::time::Instant;

const SQL: &str = "SELECT id, name, deleted FROM floor WHERE id = $1 /*module='prepared_bench::queries',statement='service_by_id'*/";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map_or("both", String::as_str).to_owned();
    let multi = args.get(2).is_some_and(|a| a == "multi");
    let n: u32 = args.get(3).map_or(Ok(20_000), |a| a.parse())?;
    let pg;
    let url = match args.get(4) {
        Some(url) => url.clone(),
        None => {
            pg = TempPostgres::start()?;
            pg.connection_string()
        }
    };
    let rt = if multi {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    }
    .enable_all()
    .build()?;
    // Spawned, as a server's handler runs: block_on's own thread is not a worker.
    rt.block_on(async move {
        tokio::spawn(async move {
            let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
            tokio::spawn(connection);
            client.batch_execute("CREATE TABLE IF NOT EXISTS floor (id bigserial PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false); INSERT INTO floor VALUES (1, 'bench', false) ON CONFLICT DO NOTHING").await?;
            let statement = client.prepare(SQL).await?;
            let mut conn = {
                use sqlx::Connection;
                sqlx::PgConnection::connect_with(&sqlx_options(&url)).await?
            };
            // Alternating rounds, so that drift of the machine hits both alike.
            let (mut tp, mut sx) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
            let rounds = 10;
            for _ in 0..rounds {
                if which != "sqlx" {
                    let start = Instant::now();
                    for _ in 0..n / rounds {
                        assert_eq!(client.query(&statement, &[&1i64]).await?.len(), 1);
                    }
                    tp += start.elapsed();
                }
                if which != "tokio-postgres" {
                    let start = Instant::now();
                    for _ in 0..n / rounds {
                        let rows: Vec<(i64, String, bool)> =
                            sqlx::query_as(SQL).bind(1i64).fetch_all(&mut conn).await?;
                        assert_eq!(rows.len(), 1);
                    }
                    sx += start.elapsed();
                }
            }
            report("tokio-postgres", tp, n);
            report("sqlx", sx, n);
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
        })
        .await?
        .map_err(|e| e as Box<dyn std::error::Error>)
    })
}

fn report(name: &str, took: std::time::Duration, n: u32) {
    if !took.is_zero() {
        println!(
            "{name}: {:.1} µs/query",
            took.as_secs_f64() * 1e6 / f64::from(n)
        );
    }
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
