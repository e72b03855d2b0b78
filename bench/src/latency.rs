//! One connection, one query at a time: the registry statement against a hand-held
//! tokio-postgres `Statement` (what the registry must not lose to), `client.query(&str)` and
//! sqlx with its statement cache, on both tokio runtime flavours, over a Unix socket and
//! over TCP loopback.

use crate::pin::{self, Placement};
use crate::queries::{self, PreparedStatement as Q};
use crate::{BenchResult, Runtime};
use prepared::PreparedExt;
use std::time::{Duration, Instant};

/// Where the server listens.
#[derive(Debug, Clone)]
pub struct Target {
    pub transport: &'static str,
    pub url: String,
    pub sqlx: sqlx::postgres::PgConnectOptions,
}

/// Microseconds per query of each contender, in the order of [`CONTENDERS`].
pub type Figures = [f64; 4];

pub const CONTENDERS: [&str; 4] = [
    "registry statement",
    "hand-held `Statement`",
    "`query(&str)`",
    "sqlx",
];

async fn measure(
    target: &Target,
    placement: Placement,
    rounds: u32,
    per_round: u32,
) -> BenchResult<Figures> {
    // A connection (and so a backend) per contender, as `--bin floor` has: with one backend
    // serving three contenders, the scheduler's rows put the registry at 0.46-0.56x sqlx.
    let client = prepared::Client::connect(&target.url).await?;
    pin::pin_backend(&client, placement).await?;
    let held_client = prepared::Client::connect(&target.url).await?;
    pin::pin_backend(&held_client, placement).await?;
    let text_client = prepared::Client::connect(&target.url).await?;
    pin::pin_backend(&text_client, placement).await?;
    let sql = queries::PreparedQueryEnum::ServiceById.sql();
    let held = held_client.prepare(sql).await?;
    let mut sqlx_conn = {
        use sqlx::Connection;
        sqlx::PgConnection::connect_with(&target.sqlx).await?
    };
    pin::pin_sqlx_backend(&mut sqlx_conn, placement).await?;
    // Warm every path once (the registry's prepare, sqlx's cache) before timing.
    client.prepared_query(Q::service_by_id(1)).await?;
    let _: Vec<(i64, String, bool)> = sqlx::query_as(sql)
        .bind(1i64)
        .fetch_all(&mut sqlx_conn)
        .await?;
    // `n` queries of one contender, timed.
    let mut timed = async |contender: usize, n: u32| -> BenchResult<Duration> {
        let start = Instant::now();
        for _ in 0..n {
            let rows = match contender {
                0 => client.prepared_query(Q::service_by_id(1)).await?.len(),
                1 => held_client.query(&held, &[&1i64]).await?.len(),
                2 => text_client.query(sql, &[&1i64]).await?.len(),
                _ => {
                    let rows: Vec<(i64, String, bool)> = sqlx::query_as(sql)
                        .bind(1i64)
                        .fetch_all(&mut sqlx_conn)
                        .await?;
                    rows.len()
                }
            };
            assert_eq!(rows, 1);
        }
        Ok(start.elapsed())
    };
    let mut totals = [Duration::ZERO; 4];
    // The prepared contenders alternate in rounds, each round starting with another, so
    // that none always runs first or right after another's connection was busy.
    // `query(&str)` (a prepare, an execution and a close per query) runs after them, not
    // among them: interleaved, it cost the tokio-postgres contenders, and not sqlx, up to a
    // third under the scheduler's placement (0.67-0.83x sqlx, against 0.72-1.2x without
    // it), which measured the kernel's placement rather than any client.
    const PREPARED: [usize; 3] = [0, 1, 3];
    for round in 0..rounds {
        for k in 0..PREPARED.len() {
            let contender = PREPARED[(round as usize + k) % PREPARED.len()];
            totals[contender] += timed(contender, per_round).await?;
        }
    }
    totals[2] = timed(2, rounds * per_round).await?;
    let n = f64::from(rounds * per_round);
    Ok(totals.map(|d| d.as_secs_f64() * 1e6 / n))
}

/// Every placement, transport and runtime flavour, each on a runtime of its own.
pub fn run(targets: &[Target], rounds: u32, per_round: u32) -> BenchResult<()> {
    println!(
        "\n## 1. one connection, one query at a time: `SELECT id, name, deleted FROM service WHERE id = $1`, {} queries per contender and setting",
        rounds * per_round
    );
    println!(
        "| placement | transport | runtime | {} | vs sqlx | vs hand-held |",
        CONTENDERS.map(|c| format!("{c}, µs")).join(" | ")
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for placement in [Placement::OneCore, Placement::Scheduler] {
        for target in targets {
            for flavour in [Runtime::CurrentThread, Runtime::MultiThread] {
                let figures = flavour.block_on_spawned(placement.core(), {
                    let target = target.clone();
                    async move { measure(&target, placement, rounds, per_round).await }
                })?;
                // Throughput relative to each: above 1.0 the registry is faster.
                println!(
                    "| {} | {} | {} | {} | {:.3}x | {:.3}x |",
                    placement.name(),
                    target.transport,
                    flavour.name(),
                    figures.map(|f| format!("{f:.1}")).join(" | "),
                    figures[3] / figures[0],
                    figures[1] / figures[0],
                );
            }
        }
    }
    Ok(())
}
