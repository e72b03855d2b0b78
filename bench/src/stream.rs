//! Results larger than memory: 10 million rows of `generate_series` read through
//! `prepared_query_stream`, through tokio-postgres's own `query_raw` stream, and collected
//! by `prepared_query`, each on a fresh connection; the process's peak resident memory is
//! reset before each (Linux's `clear_refs`) and read after.

use crate::BenchResult;
use futures_util::TryStreamExt;
use prepared::PreparedExt;
use std::time::Instant;

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT g AS n, repeat('x', 60) AS pad FROM generate_series(1::bigint, @count) AS g",
        params(count: i64),
        row = Numbered
    )]
    pub struct Series;

    /// One row of the series: a number and 60 bytes of text.
    #[derive(Debug, prepared::FromRow)]
    pub struct Numbered {
        pub n: i64,
        pub pad: String,
    }
}

use queries::PreparedStatement as Q;

const ROWS: i64 = 10_000_000;

/// Prints one row per contender: seconds, rows per second, peak RSS growth.
pub async fn run(url: &str) -> BenchResult<()> {
    println!(
        "\n## 7. stream: {ROWS} rows of (bigint, 60-byte text) from generate_series, one contender after another on fresh connections; peak RSS reset before each (Linux `clear_refs`), its growth read after"
    );
    println!("| contender | seconds | rows/s | peak RSS growth, MB | time vs tokio-postgres |");
    println!("|---|---|---|---|---|");
    let (raw_secs, raw_mb) = measure(raw(url)).await?;
    let (stream_secs, stream_mb) = measure(streamed(url)).await?;
    let (collect_secs, collect_mb) = measure(collected(url)).await?;
    for (name, secs, mb) in [
        ("tokio-postgres `query_raw`, streamed", raw_secs, raw_mb),
        ("`prepared_query_stream`", stream_secs, stream_mb),
        (
            "`prepared_query` (collects a `Vec`)",
            collect_secs,
            collect_mb,
        ),
    ] {
        println!(
            "| {name} | {secs:.2} | {:.0} | {mb:.1} | {:.3}× |",
            ROWS as f64 / secs,
            secs / raw_secs
        );
    }
    Ok(())
}

/// Runs `read`, which returns the sum of `n` over the rows it read; its seconds and the
/// peak RSS growth in MB.
async fn measure(
    read: impl std::future::Future<Output = BenchResult<i64>>,
) -> BenchResult<(f64, f64)> {
    reset_peak();
    let before = peak_rss();
    let start = Instant::now();
    let sum = read.await?;
    let secs = start.elapsed().as_secs_f64();
    let grown = peak_rss().saturating_sub(before) as f64 / 1e6;
    if sum != ROWS * (ROWS + 1) / 2 {
        return Err(format!("read a sum of {sum}").into());
    }
    Ok((secs, grown))
}

async fn streamed(url: &str) -> BenchResult<i64> {
    let client = prepared::Client::connect(url).await?;
    let mut rows = client.prepared_query_stream(Q::series(ROWS)).await?;
    let mut sum = 0;
    while let Some(row) = rows.try_next().await? {
        // Every field read, as the other contenders decode them: 60 bytes of pad add 0.
        sum += row.n + row.pad.len() as i64 - 60;
    }
    Ok(sum)
}

async fn collected(url: &str) -> BenchResult<i64> {
    let client = prepared::Client::connect(url).await?;
    let rows = client.prepared_query(Q::series(ROWS)).await?;
    Ok(rows
        .iter()
        .map(|row| row.n + row.pad.len() as i64 - 60)
        .sum())
}

async fn raw(url: &str) -> BenchResult<i64> {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    let statement = client
        .prepare("SELECT g AS n, repeat('x', 60) AS pad FROM generate_series(1::bigint, $1) AS g")
        .await?;
    let rows = client.query_raw(&statement, [&ROWS]).await?;
    futures_util::pin_mut!(rows);
    let mut sum = 0;
    while let Some(row) = rows.try_next().await? {
        let n: i64 = row.try_get(0)?;
        let pad: String = row.try_get(1)?;
        sum += n + pad.len() as i64 - 60;
    }
    Ok(sum)
}

/// Resets the peak resident set to the current one (Linux 4.0+; elsewhere nothing).
fn reset_peak() {
    #[cfg(target_os = "linux")]
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's peak resident set in bytes: `VmHWM` on Linux, `getrusage` elsewhere
/// (which cannot be reset, so there only the first contender's growth is its own).
fn peak_rss() -> u64 {
    #[cfg(target_os = "linux")]
    if let Some(kb) = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
    {
        return kb * 1024;
    }
    // SAFETY: getrusage fills the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    // Kilobytes on Linux and the BSDs, bytes on macOS.
    let scale = if cfg!(target_os = "macos") { 1 } else { 1024 };
    usage.ru_maxrss as u64 * scale
}
