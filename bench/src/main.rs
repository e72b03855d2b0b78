//! Benchmarks of the runtime, all against one local PostgreSQL in one run, printing ratios
//! measured side by side: `cargo run --release -p prepared-bench [seconds]`.
//!
//! 1. One connection, one query at a time: a registry statement against a hand-held
//!    tokio-postgres `Statement`, `client.query(&str)` and sqlx with its statement cache, on
//!    both tokio runtime flavours, over a Unix socket and over TCP loopback.
//! 2. pgbench's select-only query on a pgbench-initialised database at 1 and 8 clients,
//!    against `pgbench -S -M prepared` with the same client count (libpq, in C).
//! 3. Pipelining: N concurrent futures on one connection against the same N in sequence.
//!
//! Contenders alternate in rounds so that drift of the machine hits all alike.

mod latency;
mod pin;

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

type BenchResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// A tokio runtime flavour.
#[derive(Debug, Clone, Copy)]
enum Runtime {
    CurrentThread,
    MultiThread,
}

impl Runtime {
    /// The runtime, its threads pinned to `core` when given (see [`pin`]).
    fn build(self, core: Option<usize>) -> std::io::Result<tokio::runtime::Runtime> {
        let mut builder = match self {
            Runtime::CurrentThread => tokio::runtime::Builder::new_current_thread(),
            Runtime::MultiThread => tokio::runtime::Builder::new_multi_thread(),
        };
        if let Some(core) = core {
            // The current-thread runtime runs on the thread that calls block_on.
            pin::pin(0, [core]);
            builder.on_thread_start(move || pin::pin(0, [core]));
        }
        builder.enable_all().build()
    }

    /// Runs `future` as a spawned task, as a server runs its handlers (`block_on`'s own
    /// thread is not one of the multi-thread runtime's workers), on threads pinned to `core`.
    fn block_on_spawned<T: Send + 'static>(
        self,
        core: Option<usize>,
        future: impl std::future::Future<Output = BenchResult<T>> + Send + 'static,
    ) -> BenchResult<T> {
        let result = self
            .build(core)?
            .block_on(async { tokio::spawn(future).await? });
        if core.is_some() {
            pin::unpin();
        }
        result
    }

    fn name(self) -> &'static str {
        match self {
            Runtime::CurrentThread => "current-thread",
            Runtime::MultiThread => "multi-thread",
        }
    }
}

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

fn main() -> BenchResult<()> {
    let seconds: u64 = std::env::args().nth(1).map_or(Ok(10), |a| a.parse())?;
    // A comma-separated list of sections to run, for profiling one; all by default.
    let only = std::env::args().nth(2);
    let run = |section: &str| {
        only.as_deref()
            .is_none_or(|o| o.split(',').any(|s| s == section))
    };
    let pg = TempPostgres::start_with_tcp()?;
    let url = pg.connection_string();
    let tcp = pg
        .tcp_connection_string()
        .ok_or("the server listens on no TCP port")?;
    println!(
        "PostgreSQL 15 on a Unix socket in {} and on 127.0.0.1:{}; {} cores",
        pg.socket_dir().display(),
        pg.port(),
        std::thread::available_parallelism()?
    );
    let rt = Runtime::MultiThread.build(None)?;
    rt.block_on(async {
        let client = prepared::Client::connect(&url).await?;
        client
            .batch_execute(
                "CREATE TABLE service (id bigserial PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
                 INSERT INTO service(name) VALUES ('bench')",
            )
            .await?;
        BenchResult::Ok(())
    })?;
    let sqlx_base = sqlx::postgres::PgConnectOptions::new()
        .username("postgres")
        .database("postgres")
        .port(pg.port());
    let targets = [
        latency::Target {
            transport: "Unix socket",
            url: url.clone(),
            sqlx: sqlx_base.clone().socket(pg.socket_dir()),
        },
        latency::Target {
            transport: "TCP loopback",
            url: tcp,
            sqlx: sqlx_base.host("127.0.0.1"),
        },
    ];
    if run("latency") {
        latency::run(&targets, 10, 1_000)?;
    }
    rt.block_on(async {
        if run("pgbench") {
            pgbench(&pg, &url, Duration::from_secs(seconds)).await?;
        }
        if run("pipelining") {
            pipelining(&url).await?;
        }
        Ok(())
    })
}

/// Queries per second of `clients` connections, each running the select-only query.
async fn registry_tps(
    url: &str,
    clients: usize,
    duration: Duration,
    scale: u32,
) -> BenchResult<f64> {
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

async fn pgbench(pg: &TempPostgres, url: &str, duration: Duration) -> BenchResult<()> {
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

async fn pipelining(url: &str) -> BenchResult<()> {
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
