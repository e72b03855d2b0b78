//! The price of TLS: the registry on a `Client` and sqlx, both over TLS on loopback to a
//! server that serves TLS (`sslmode=require`, `PgSslMode::Require`: encrypted, as a managed
//! service's connections are), beside the registry over plain TCP to a server configured
//! alike, in the same rounds.

use crate::latency::{Ratio, median};
use crate::pin::{self, Placement};
use crate::queries::{PreparedStatement as Q, Service};
use crate::{BenchResult, Runtime};
use prepared::PreparedExt;
use prepared_postgres::tls_server::{PASSWORD, TlsServer};
use std::time::Duration;

const CONTENDERS: usize = 3;

/// Prints a row per placement: µs per query of each contender, and the paired ratios.
pub fn run(plain_tcp: &str, rounds: u32, per_round: u32) -> BenchResult<()> {
    let setup = Runtime::CurrentThread.build(None)?;
    let server = setup.block_on(async {
        let server = TlsServer::start().await?;
        let (admin, _) =
            prepared_test_harness::connect(&server.postgres().connection_string(), "").await?;
        admin.batch_execute(crate::SERVICE_TABLE).await?;
        BenchResult::Ok(server)
    })?;
    let tls = server.url("postgres", "sslmode=require");
    let sqlx = sqlx::postgres::PgConnectOptions::new()
        .host("localhost")
        .port(server.postgres().port())
        .username("postgres")
        .password(PASSWORD)
        .database("postgres")
        .ssl_mode(sqlx::postgres::PgSslMode::Require);
    println!(
        "\n## 6. TLS: one query at a time over TLS on loopback, {} queries per contender and placement in {} rounds on fresh connections, current-thread runtime; µs: the median round; ratios: the median of the rounds' own ratios, with its 95% confidence interval",
        rounds * per_round,
        rounds
    );
    println!(
        "| placement | registry over TLS, µs | sqlx over TLS, µs | registry over plain TCP, µs | registry vs sqlx, both over TLS | TLS vs plain TCP, registry |"
    );
    println!("|---|---|---|---|---|---|");
    for placement in [Placement::OneCore, Placement::TwoCores] {
        let (tls, sqlx, plain) = (tls.clone(), sqlx.clone(), plain_tcp.to_owned());
        let wall = Runtime::CurrentThread.block_on_spawned(placement.core(), async move {
            let mut wall: [Vec<f64>; CONTENDERS] = Default::default();
            for round in 0..rounds as usize {
                for k in 0..CONTENDERS {
                    let contender = (round + k) % CONTENDERS;
                    let took = match contender {
                        0 => registry(&tls, placement, per_round).await?,
                        1 => sqlx_queries(&sqlx, placement, per_round).await?,
                        _ => registry(&plain, placement, per_round).await?,
                    };
                    wall[contender].push(took.as_secs_f64() * 1e6 / f64::from(per_round));
                }
            }
            BenchResult::Ok(wall)
        })?;
        let paired = |over: &[f64], under: &[f64]| {
            Ratio::of(over.iter().zip(under).map(|(o, u)| o / u).collect())
        };
        println!(
            "| {} | {:.1} | {:.1} | {:.1} | {} | {} |",
            placement.name(),
            median(wall[0].clone()),
            median(wall[1].clone()),
            median(wall[2].clone()),
            paired(&wall[1], &wall[0]),
            paired(&wall[2], &wall[0]),
        );
    }
    drop(server);
    Ok(())
}

/// `n` registry queries on a fresh connection, after one untimed to prepare.
async fn registry(url: &str, placement: Placement, n: u32) -> BenchResult<Duration> {
    let client = prepared::Client::connect(url).await?;
    pin::pin_backend(&client, placement).await?;
    client.prepared_query(Q::service_by_id(1)).await?;
    let start = std::time::Instant::now();
    for _ in 0..n {
        let rows = client.prepared_query(Q::service_by_id(1)).await?;
        assert!(matches!(&rows[..], [Service { id: 1, .. }]));
    }
    Ok(start.elapsed())
}

/// `n` sqlx queries (its statement cache warmed by one) on a fresh connection.
async fn sqlx_queries(
    options: &sqlx::postgres::PgConnectOptions,
    placement: Placement,
    n: u32,
) -> BenchResult<Duration> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect_with(options).await?;
    pin::pin_sqlx_backend(&mut conn, placement).await?;
    let sql = crate::queries::PreparedQueryEnum::ServiceById.sql();
    let query = || sqlx::query_as::<_, (i64, String, bool)>(sql).bind(1i64);
    query().fetch_all(&mut conn).await?;
    let start = std::time::Instant::now();
    for _ in 0..n {
        let rows = query().fetch_all(&mut conn).await?;
        assert!(matches!(&rows[..], [(1, _, false)]));
    }
    Ok(start.elapsed())
}
