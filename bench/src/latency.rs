//! One connection, one query at a time: the registry statement against a hand-held
//! tokio-postgres `Statement` (what the registry must not lose to), `client.query(&str)` and
//! sqlx with its statement cache, on both tokio runtime flavours, over a Unix socket and
//! over TCP loopback; and, to tell what tokio-postgres's path costs, a driver that speaks
//! the protocol itself (`raw`), in the querying task and behind a task of its own.

use crate::pin::{self, Placement};
use crate::queries::{self, PreparedStatement as Q, Service};
use crate::raw::{Hopped, Raw};
use crate::{BenchResult, Runtime};
use prepared::PreparedExt;
use std::time::Duration;

/// Where the server listens.
#[derive(Debug, Clone)]
pub struct Target {
    pub transport: &'static str,
    pub url: String,
    pub sqlx: sqlx::postgres::PgConnectOptions,
}

/// Microseconds per query of each contender (the median of its rounds), in the order of
/// [`CONTENDERS`]: the time a query takes, and the client process's CPU time it costs
/// (user and system, the server's not included).
pub struct Figures {
    pub wall: [f64; 6],
    pub cpu: [f64; 6],
    /// The registry's speed relative to sqlx and to the hand-held statement, and its CPU
    /// cost relative to sqlx's: each the median of the rounds' own ratios. The contenders
    /// of a round run back to back, so a round's ratio cancels what the host did to that
    /// round; a ratio of two medians taken apart does not.
    pub vs_sqlx: Ratio,
    pub vs_held: Ratio,
    pub cpu_vs_sqlx: Ratio,
    /// The raw-protocol driver's speed relative to sqlx, in one task and behind a task of
    /// its own: what a driver leaner than tokio-postgres could gain, with and without the
    /// hop to a connection task.
    pub raw_vs_sqlx: Ratio,
    pub hopped_vs_sqlx: Ratio,
    /// How often the client process went to sleep waiting, per query: each sleep costs a
    /// wake-up, the dearest part of a round trip across cores.
    pub sleeps: [f64; 6],
}

pub const CONTENDERS: [&str; 6] = [
    "registry statement",
    "hand-held `Statement`",
    "`query(&str)`",
    "sqlx",
    "raw protocol, one task",
    "raw protocol, behind a task",
];

/// The hand-held and `query(&str)` contenders decode their rows as the registry's
/// `row = Service` and sqlx's tuples are decoded, as an application would.
fn decode(rows: Vec<tokio_postgres::Row>) -> Result<Vec<Service>, tokio_postgres::Error> {
    rows.iter()
        .map(|r| {
            Ok(Service {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                deleted: r.try_get(2)?,
            })
        })
        .collect()
}

/// The median of the rounds' own ratios, with its 95% confidence interval: the order
/// statistics n/2 ∓ 0.98·√n, which hold the true median with 95% whatever the
/// distribution. An interval that holds 1.0 does not tell the two apart.
#[derive(Debug, Clone, Copy)]
pub struct Ratio {
    pub low: f64,
    pub median: f64,
    pub high: f64,
}

/// The median of `figures`.
pub fn median(mut figures: Vec<f64>) -> f64 {
    figures.sort_by(f64::total_cmp);
    figures[figures.len() / 2]
}

impl Ratio {
    pub fn of(mut ratios: Vec<f64>) -> Ratio {
        ratios.sort_by(f64::total_cmp);
        let n = ratios.len();
        let half = 0.98 * (n as f64).sqrt();
        let at = |k: f64| ratios[(k.max(0.0) as usize).min(n - 1)];
        Ratio {
            low: at((n as f64 / 2.0 - half).floor()),
            median: ratios[n / 2],
            high: at((n as f64 / 2.0 + half).ceil()),
        }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.3}x ({:.3}-{:.3})", self.median, self.low, self.high)
    }
}

/// Every contender's own connection (and so backend), opened afresh for each round.
///
/// Under the scheduler's placement a backend keeps its luck for its lifetime, and the
/// luck follows the order connections open in: the registry statement on the first
/// connection measured a median of 75 µs against 41 µs for the hand-held statement on
/// the second, and 57 µs against 46 µs with the registry statement on both. Fresh
/// connections each round, opened in an order that rotates, spread that luck evenly.
struct Contenders {
    client: prepared::Client,
    held_client: prepared::Client,
    held: tokio_postgres::Statement,
    text_client: prepared::Client,
    sqlx: sqlx::PgConnection,
    raw: Raw,
    hopped: Hopped,
}

impl Contenders {
    /// Opens contender `first`'s connection first, then the others in turn.
    async fn open(target: &Target, placement: Placement, first: usize) -> BenchResult<Self> {
        let (mut clients, mut sqlx, mut raw) = ([None, None, None], None, [None, None]);
        for k in 0..CONTENDERS.len() {
            match (first + k) % CONTENDERS.len() {
                3 => {
                    use sqlx::Connection;
                    let mut conn = sqlx::PgConnection::connect_with(&target.sqlx).await?;
                    pin::pin_sqlx_backend(&mut conn, placement).await?;
                    sqlx = Some(conn);
                }
                i @ (4 | 5) => {
                    let conn = Raw::connect(&target.url, sql()).await?;
                    if let Some(core) = placement.backend_core() {
                        pin::pin(conn.pid, [core]);
                    }
                    raw[i - 4] = Some(conn);
                }
                i => {
                    let client = prepared::Client::connect(&target.url).await?;
                    pin::pin_backend(&client, placement).await?;
                    clients[i] = Some(client);
                }
            }
        }
        let [Some(client), Some(held_client), Some(text_client)] = clients else {
            unreachable!("every contender connected")
        };
        let sqlx = sqlx.expect("sqlx connected");
        let [Some(raw), Some(hopped)] = raw else {
            unreachable!("both raw contenders connected")
        };
        let hopped = Hopped::spawn(hopped);
        let held = held_client.prepare(sql()).await?;
        let mut contenders = Contenders {
            client,
            held_client,
            held,
            text_client,
            sqlx,
            raw,
            hopped,
        };
        // Warm every path once (the registry's prepare, sqlx's cache) before timing.
        contenders.timed(0, 1).await?;
        contenders.timed(3, 1).await?;
        Ok(contenders)
    }

    /// `n` queries of one contender: the time they took and the CPU time they cost.
    async fn timed(&mut self, contender: usize, n: u32) -> BenchResult<pin::Used> {
        let start = pin::Usage::now();
        for _ in 0..n {
            let rows = match contender {
                0 => self.client.prepared_query(Q::service_by_id(1)).await?,
                1 => decode(self.held_client.query(&self.held, &[&1i64]).await?)?,
                2 => decode(self.text_client.query(sql(), &[&1i64]).await?)?,
                4 => self.raw.query(1).await?,
                5 => self.hopped.query(1).await?,
                _ => {
                    let rows: Vec<(i64, String, bool)> = sqlx::query_as(sql())
                        .bind(1i64)
                        .fetch_all(&mut self.sqlx)
                        .await?;
                    rows.into_iter()
                        .map(|(id, name, deleted)| Service { id, name, deleted })
                        .collect()
                }
            };
            assert!(
                matches!(&rows[..], [Service { id: 1, name, deleted: false }] if name == "bench")
            );
        }
        Ok(start.since())
    }
}

/// The registry's SQL (its sqlcommenter tag included), for every contender alike.
fn sql() -> &'static str {
    queries::PreparedQueryEnum::ServiceById.sql()
}

async fn measure(
    target: &Target,
    placement: Placement,
    rounds: u32,
    per_round: u32,
) -> BenchResult<Figures> {
    // Each contender's µs per query in each round; the figure is their median, so that a
    // round the host interrupted does not decide it.
    let mut wall: [Vec<f64>; 6] = Default::default();
    let mut cpu: [Vec<f64>; 6] = Default::default();
    let mut sleeps: [Vec<f64>; 6] = Default::default();
    let mut record = |contender: usize, (w, c, s): pin::Used| {
        let us = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(per_round);
        wall[contender].push(us(w));
        cpu[contender].push(us(c));
        sleeps[contender].push(s as f64 / f64::from(per_round));
    };
    // The prepared contenders alternate in rounds, each round starting with another, so
    // that none always runs first or right after another's connection was busy.
    // `query(&str)` (a prepare, an execution and a close per query) runs in rounds of its
    // own after them, not among them: interleaved, it cost the tokio-postgres contenders,
    // and not sqlx, up to a third under the scheduler's placement.
    const PREPARED: [usize; 5] = [0, 1, 3, 4, 5];
    for round in 0..rounds {
        let mut contenders = Contenders::open(target, placement, round as usize).await?;
        for k in 0..PREPARED.len() {
            let contender = PREPARED[(round as usize + k) % PREPARED.len()];
            record(contender, contenders.timed(contender, per_round).await?);
        }
    }
    for round in 0..rounds {
        let mut contenders = Contenders::open(target, placement, round as usize).await?;
        record(2, contenders.timed(2, per_round).await?);
    }
    // Rounds pair up: the prepared contenders each recorded one figure per round, in order.
    let paired = |over: &[f64], under: &[f64]| {
        Ratio::of(over.iter().zip(under).map(|(o, u)| o / u).collect())
    };
    Ok(Figures {
        vs_sqlx: paired(&wall[3], &wall[0]),
        vs_held: paired(&wall[1], &wall[0]),
        cpu_vs_sqlx: paired(&cpu[3], &cpu[0]),
        raw_vs_sqlx: paired(&wall[3], &wall[4]),
        hopped_vs_sqlx: paired(&wall[3], &wall[5]),
        wall: wall.map(median),
        cpu: cpu.map(median),
        sleeps: sleeps.map(median),
    })
}

/// Every placement, transport and runtime flavour, each on a runtime of its own.
pub fn run(targets: &[Target], rounds: u32, per_round: u32) -> BenchResult<()> {
    println!(
        "\n## 1. one connection, one query at a time: `SELECT id, name, deleted FROM service WHERE id = $1`, {} queries per contender and setting, in {} rounds on fresh connections; µs: the median round; ratios: the median of the rounds' own ratios, with its 95% confidence interval",
        rounds * per_round,
        rounds
    );
    println!(
        "| placement | transport | runtime | {} | vs sqlx | vs hand-held | raw, one task, vs sqlx | raw, behind a task, vs sqlx | client CPU, µs: registry, hand-held, sqlx, raw one task, raw behind a task | CPU vs sqlx | sleeps a query: registry, hand-held, sqlx |",
        CONTENDERS.map(|c| format!("{c}, µs")).join(" | ")
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for placement in [
        Placement::OneCore,
        Placement::TwoCores,
        Placement::Scheduler,
    ] {
        for target in targets {
            for flavour in [Runtime::CurrentThread, Runtime::MultiThread] {
                let figures = flavour.block_on_spawned(placement.core(), {
                    let target = target.clone();
                    async move { measure(&target, placement, rounds, per_round).await }
                })?;
                let Figures {
                    wall,
                    cpu,
                    sleeps,
                    vs_sqlx,
                    vs_held,
                    cpu_vs_sqlx,
                    raw_vs_sqlx,
                    hopped_vs_sqlx,
                } = figures;
                // Throughput relative to each: above 1.0 the registry is faster. The CPU
                // ratio is sqlx's cost over the registry's: above 1.0 the registry costs less.
                println!(
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {:.1}, {:.1}, {:.1}, {:.1}, {:.1} | {} | {:.2}, {:.2}, {:.2} |",
                    placement.name(),
                    target.transport,
                    flavour.name(),
                    wall.map(|f| format!("{f:.1}")).join(" | "),
                    vs_sqlx,
                    vs_held,
                    raw_vs_sqlx,
                    hopped_vs_sqlx,
                    cpu[0],
                    cpu[1],
                    cpu[3],
                    cpu[4],
                    cpu[5],
                    cpu_vs_sqlx,
                    sleeps[0],
                    sleeps[1],
                    sleeps[3],
                );
            }
        }
    }
    Ok(())
}
