//! Many queries: pgbench's select-only query at 1, 8, 32 and 64 clients against `pgbench -S -M
//! prepared` with the same client count, on dedicated connections and multiplexed over
//! fewer; and N futures in flight on one connection against the same N in sequence.

use crate::latency::{Ratio, median};
use crate::queries::{self, PreparedStatement as Q};
use crate::{BenchResult, Rng};
use futures_util::future::join_all;
use prepared::PreparedExt;
use prepared_test_harness::TempPostgres;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How the client tasks reach the server.
#[derive(Debug, Clone, Copy)]
enum Connections {
    /// One `prepared::Client` per task, as pgbench has one connection per client.
    Dedicated,
    /// All tasks share this many connections of a [`prepared::Multiplexed`].
    Multiplexed(usize),
}

/// Queries per second of `clients` tasks, each running the select-only query in a loop.
async fn registry_tps(
    url: &str,
    clients: usize,
    connections: Connections,
    duration: Duration,
    scale: u32,
) -> BenchResult<f64> {
    let pool = match connections {
        Connections::Dedicated => None,
        Connections::Multiplexed(n) => Some(Arc::new(
            prepared::Multiplexed::builder(url)
                .connections(n)
                .warm_up([&queries::REGISTRY])
                .connect()
                .await?,
        )),
    };
    let mut tasks = Vec::new();
    for c in 0..clients {
        let dedicated = match pool {
            None => Some(prepared::Client::connect(url).await?),
            Some(_) => None,
        };
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (c as u64 + 1));
            let deadline = Instant::now() + duration;
            let mut done = 0u64;
            while Instant::now() < deadline {
                let query = Q::pgbench_select(rng.next(100_000 * scale));
                let rows = match (&dedicated, &pool) {
                    (Some(client), _) => client.prepared_query(query).await?,
                    (None, Some(pool)) => pool.get().await?.prepared_query(query).await?,
                    (None, None) => unreachable!("a task has a connection or a pool"),
                };
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
) -> BenchResult<f64> {
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

pub async fn pgbench(pg: &TempPostgres, url: &str, duration: Duration) -> BenchResult<()> {
    let bin = prepared_postgres::bindir()?.join("pgbench");
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
    // Rounds, each side's turn first in every other one, so that a burst of the host's
    // (a VM's stolen time comes in bursts of seconds) hits one round's pair, not one side.
    const ROUNDS: u32 = 5;
    let per_round = Duration::from_secs((duration.as_secs() / u64::from(ROUNDS)).max(1));
    println!(
        "\n## 3. pgbench select-only (`SELECT abalance FROM pgbench_accounts WHERE aid = $1`, random aid, scale {scale}), {ROUNDS} rounds of {}s each, pgbench and ours alternating; queries/s: the median round; ratio: the median of the rounds' own ratios (min-max)",
        per_round.as_secs()
    );
    println!("| clients | prepared on | queries/s | pgbench -S -M prepared, tps | ratio |");
    println!("|---|---|---|---|---|");
    let cores = crate::pin::all_cores();
    for (clients, connections) in [
        (1, Connections::Dedicated),
        (8, Connections::Dedicated),
        (8, Connections::Multiplexed(1)),
        (8, Connections::Multiplexed(cores)),
        (32, Connections::Multiplexed(cores)),
        (64, Connections::Multiplexed(cores)),
    ] {
        let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..ROUNDS {
            let (o, t) = if round % 2 == 0 {
                let o = registry_tps(url, clients, connections, per_round, scale).await?;
                (o, pgbench_tps(pg, &bin, clients, per_round)?)
            } else {
                let t = pgbench_tps(pg, &bin, clients, per_round)?;
                (
                    registry_tps(url, clients, connections, per_round, scale).await?,
                    t,
                )
            };
            ours.push(o);
            theirs.push(t);
            ratios.push(o / t);
        }
        let on = match connections {
            Connections::Dedicated => format!("{clients} dedicated connections"),
            Connections::Multiplexed(n) => format!("{n} multiplexed connections"),
        };
        println!(
            "| {clients} | {on} | {:.0} | {:.0} | {} |",
            median(ours),
            median(theirs),
            Ratio::of(ratios),
        );
    }
    Ok(())
}

pub async fn pipelining(url: &str) -> BenchResult<()> {
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
    println!("\n## 4. one connection, {n} select-only queries");
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
