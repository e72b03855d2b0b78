//! Benchmarks of the runtime and of the macro, all in one run, printing ratios measured
//! side by side: `cargo run --release -p prepared-bench [seconds] [sections]`.
//!
//! 1. `latency`: one connection, one query at a time: a registry statement against a
//!    hand-held tokio-postgres `Statement`, `client.query(&str)` and sqlx with its statement
//!    cache, on both tokio runtime flavours, over a Unix socket and over TCP loopback, with
//!    client and backends on one core, on two cores apart, and as the scheduler places them
//!    (see `pin`); beside them a driver that speaks the protocol itself (`raw`), to tell
//!    what tokio-postgres's path costs.
//! 2. `first-use`: 200 tasks making a statement's first use on one connection (single
//!    flight), and a pool's time to the first response with warm-up against without.
//! 3. `pgbench`: pgbench's select-only query at 1, 8, 32 and 64 clients against `pgbench -S -M
//!    prepared` with the same client count (libpq, in C), on dedicated connections and on a
//!    multiplexed pool.
//! 4. `pipelining`: N concurrent futures on one connection against the same N in sequence.
//! 5. `compile`: an edit's incremental build of a 500-statement registry against the same
//!    SQL as `&str` consts.
//! 6. `tls`: the registry and sqlx over TLS on loopback, and the registry over plain TCP.
//! 7. `stream`: 10 million rows streamed, streamed by tokio-postgres, and collected: time
//!    and peak memory.
//! 8. `pipeline`: round trips through a delaying proxy (`proxy`): five reads awaited one
//!    by one and joined, and a transaction of five writes, against sqlx.
//! 9. `compile-real`: the same on sqlc's end-to-end suite as `prepared import` wrote it
//!    (`tests/endtoend`), against its SQL as consts and its row structs without `FromRow`.
//!
//! `sections` is a comma-separated list of those names (all by default); `seconds` is how
//! long each side of a pgbench row runs, in 5 alternating rounds (10 by default). Contenders alternate in rounds so that drift of
//! the machine hits all alike. `--bin floor` is tokio-postgres against sqlx with nothing
//! of prepared's, `--bin bulk` bulk loading.

mod compile;
mod compile_real;
mod first_use;
mod latency;
mod pin;
mod pipeline;
mod proxy;
mod raw;
mod stream;
mod throughput;
mod tls;

use prepared_test_harness::TempPostgres;
use std::time::Duration;

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id, name, deleted FROM service WHERE id = @id",
        params(id: i64),
        row = Service
    )]
    pub struct ServiceById;

    /// A row of `service`, decoded by every latency contender.
    #[derive(Debug, prepared::FromRow)]
    pub struct Service {
        pub id: i64,
        pub name: String,
        pub deleted: bool,
    }

    #[prepared("SELECT abalance FROM pgbench_accounts WHERE aid = @aid", params(aid: i32))]
    pub struct PgbenchSelect;

    #[prepared("INSERT INTO bench_events (kind) VALUES (@kind)", params(kind: &str))]
    pub struct EventAdd;
}

/// The table every latency contender reads, with its one row.
const SERVICE_TABLE: &str = "CREATE TABLE service (id bigserial PRIMARY KEY, name text NOT NULL, deleted boolean NOT NULL DEFAULT false);
     INSERT INTO service(name) VALUES ('bench')";

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
#[derive(Debug)]
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self, below: u32) -> i32 {
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
        client.batch_execute(SERVICE_TABLE).await?;
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
        latency::run(&targets, 100, 200)?;
    }
    if run("tls") {
        tls::run(&targets[1].url, 100, 200)?;
    }
    rt.block_on(async {
        if run("first-use") {
            first_use::run(&pg).await?;
        }
        if run("pgbench") {
            throughput::pgbench(&pg, &url, Duration::from_secs(seconds)).await?;
        }
        if run("pipelining") {
            throughput::pipelining(&url).await?;
        }
        if run("pipeline") {
            pipeline::run(pg.port(), Duration::from_millis(2)).await?;
        }
        if run("stream") {
            stream::run(&url).await?;
        }
        BenchResult::Ok(())
    })?;
    if run("compile") {
        compile::run()?;
    }
    if run("compile-real") {
        compile_real::run()?;
    }
    Ok(())
}
