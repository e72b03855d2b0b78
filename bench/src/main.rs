//! Benchmarks of the runtime, all against one local PostgreSQL in one run, printing ratios
//! measured side by side: `cargo run --release -p prepared-bench [seconds]`.
//!
//! 1. One connection, one query: a registry statement against a hand-held tokio-postgres
//!    `Statement` (the floor), `client.query(&str)` and sqlx with its statement cache.
//! 2. pgbench's select-only query on a pgbench-initialised database at 1 and 8 clients,
//!    against `pgbench -S -M prepared` with the same client count (libpq, in C).
//! 3. Pipelining: N concurrent futures on one connection against the same N in sequence.
//!
//! Contenders alternate in rounds so that drift of the machine hits all alike.

use futures_util::future::join_all;
use prepared::PreparedExt;
use prepared_test_harness::TempPostgres;
use std::process::Command;
use std::time::{Duration, Instant};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT id, name, deleted FROM service WHERE id = @id", params(id: i64))]
    pub struct ServiceById;

    #[prepared("SELECT abalance FROM pgbench_accounts WHERE aid = @aid", params(aid: i32))]
    pub struct PgbenchSelect;
}

use queries::PreparedStatement as Q;

/// xorshift64*: random aids without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u32) -> i32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % u64::from(below)) as i32 + 1
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seconds: u64 = std::env::args().nth(1).map_or(Ok(10), |a| a.parse())?;
    let pg = TempPostgres::start()?;
    let url = pg.connection_string();
    println!(
        "PostgreSQL on a Unix socket in {}; {} cores",
        pg.socket_dir().display(),
        std::thread::available_parallelism()?
    );

    latency(&pg, &url).await?;
    pgbench(&pg, &url, Duration::from_secs(seconds)).await?;
    pipelining(&url).await?;
    Ok(())
}

async fn latency(pg: &TempPostgres, url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = prepared::Client::connect(url).await?;
    client
        .batch_execute(
            "CREATE TABLE service (id bigserial PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
             INSERT INTO service(name) VALUES ('bench')",
        )
        .await?;
    let sql = queries::PreparedQueryEnum::ServiceById.sql();
    let held = client.prepare(sql).await?;
    let mut sqlx_conn = {
        use sqlx::Connection;
        let options = sqlx::postgres::PgConnectOptions::new()
            .socket(pg.socket_dir())
            .port(pg.port())
            .username("postgres")
            .database("postgres");
        sqlx::PgConnection::connect_with(&options).await?
    };
    let (rounds, per_round) = (10, 2_000);
    let mut totals = [Duration::ZERO; 4];
    for _ in 0..rounds {
        let start = Instant::now();
        for _ in 0..per_round {
            assert_eq!(client.prepared_query(Q::service_by_id(1)).await?.len(), 1);
        }
        totals[0] += start.elapsed();
        let start = Instant::now();
        for _ in 0..per_round {
            assert_eq!(client.query(&held, &[&1i64]).await?.len(), 1);
        }
        totals[1] += start.elapsed();
        let start = Instant::now();
        for _ in 0..per_round {
            assert_eq!(client.query(sql, &[&1i64]).await?.len(), 1);
        }
        totals[2] += start.elapsed();
        let start = Instant::now();
        for _ in 0..per_round {
            let rows: Vec<(i64, String, bool)> = sqlx::query_as(sql)
                .bind(1i64)
                .fetch_all(&mut sqlx_conn)
                .await?;
            assert_eq!(rows.len(), 1);
        }
        totals[3] += start.elapsed();
    }
    let n = f64::from(rounds * per_round);
    let us: Vec<f64> = totals.iter().map(|d| d.as_secs_f64() * 1e6 / n).collect();
    println!(
        "\n## 1. one connection, `{sql}`, {} queries each",
        rounds * per_round
    );
    println!("| contender | µs/query | registry's throughput relative to it |");
    println!("|---|---|---|");
    for (name, value) in [
        "registry statement (prepared)",
        "hand-held tokio-postgres Statement",
        "client.query(&str)",
        "sqlx query_as (statement cache)",
    ]
    .iter()
    .zip(&us)
    {
        println!("| {name} | {value:.1} | {:.3}x |", value / us[0]);
    }
    Ok(())
}

/// Queries per second of `clients` connections, each running the select-only query.
async fn registry_tps(
    url: &str,
    clients: usize,
    duration: Duration,
    scale: u32,
) -> Result<f64, Box<dyn std::error::Error>> {
    let mut tasks = Vec::new();
    for c in 0..clients {
        let client = prepared::Client::connect(url).await?;
        tasks.push(tokio::spawn(async move {
            let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (c as u64 + 1));
            let deadline = Instant::now() + duration;
            let mut done = 0u64;
            while Instant::now() < deadline {
                let rows = client
                    .prepared_query(Q::pgbench_select(rng.next(100_000 * scale)))
                    .await?;
                assert_eq!(rows.len(), 1);
                done += 1;
            }
            Ok::<_, prepared::Error>(done)
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await??;
    }
    Ok(total as f64 / duration.as_secs_f64())
}

fn pgbench_tps(
    pg: &TempPostgres,
    bin: &std::path::Path,
    clients: usize,
    duration: Duration,
) -> Result<f64, Box<dyn std::error::Error>> {
    let out = Command::new(bin)
        .args([
            "-h",
            &pg.socket_dir().display().to_string(),
            "-p",
            &pg.port().to_string(),
            "-U",
            "postgres",
        ])
        .args([
            "-S",
            "-M",
            "prepared",
            "-n",
            "-c",
            &clients.to_string(),
            "-j",
            &clients.to_string(),
        ])
        .args(["-T", &duration.as_secs().to_string(), "postgres"])
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("tps = "))
        .ok_or_else(|| {
            format!(
                "pgbench printed no tps: {text}{}",
                String::from_utf8_lossy(&out.stderr)
            )
        })?;
    Ok(line["tps = ".len()..]
        .split_whitespace()
        .next()
        .unwrap_or("0")
        .parse()?)
}

async fn pgbench(
    pg: &TempPostgres,
    url: &str,
    duration: Duration,
) -> Result<(), Box<dyn std::error::Error>> {
    let bin = prepared_test_harness::bindir()?.join("pgbench");
    let bin = if bin.is_file() { bin } else { "pgbench".into() };
    let scale = 1;
    let init = Command::new(&bin)
        .args([
            "-i",
            "-s",
            &scale.to_string(),
            "-q",
            "-h",
            &pg.socket_dir().display().to_string(),
        ])
        .args(["-p", &pg.port().to_string(), "-U", "postgres", "postgres"])
        .output()?;
    if !init.status.success() {
        return Err(format!(
            "pgbench -i failed: {}",
            String::from_utf8_lossy(&init.stderr)
        )
        .into());
    }
    println!(
        "\n## 2. pgbench select-only (`SELECT abalance FROM pgbench_accounts WHERE aid = $1`, random aid, scale {scale}), {}s each",
        duration.as_secs()
    );
    println!("| clients | registry statement, queries/s | pgbench -S -M prepared, tps | ratio |");
    println!("|---|---|---|---|");
    for clients in [1, 8] {
        let ours = registry_tps(url, clients, duration, scale).await?;
        let theirs = pgbench_tps(pg, &bin, clients, duration)?;
        println!(
            "| {clients} | {ours:.0} | {theirs:.0} | {:.3}x |",
            ours / theirs
        );
    }
    Ok(())
}

async fn pipelining(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = prepared::Client::connect(url).await?;
    let (n, window) = (20_000usize, 64usize);
    let mut rng = Rng(42);
    let aids: Vec<i32> = (0..n).map(|_| rng.next(100_000)).collect();
    client.prepared_query(Q::pgbench_select(1)).await?;

    let start = Instant::now();
    for aid in &aids {
        client.prepared_query(Q::pgbench_select(*aid)).await?;
    }
    let sequential = start.elapsed();

    let start = Instant::now();
    for chunk in aids.chunks(window) {
        for result in join_all(
            chunk
                .iter()
                .map(|aid| client.prepared_query(Q::pgbench_select(*aid))),
        )
        .await
        {
            result?;
        }
    }
    let pipelined = start.elapsed();
    println!("\n## 3. one connection, {n} select-only queries");
    println!("| mode | µs/query | queries/s |");
    println!("|---|---|---|");
    for (name, d) in [
        ("sequential (await each)", sequential),
        (
            &*format!("pipelined ({window} futures in flight)"),
            pipelined,
        ),
    ] {
        println!(
            "| {name} | {:.1} | {:.0} |",
            d.as_secs_f64() * 1e6 / n as f64,
            n as f64 / d.as_secs_f64()
        );
    }
    println!(
        "pipelined vs sequential: {:.2}x",
        sequential.as_secs_f64() / pipelined.as_secs_f64()
    );
    Ok(())
}
