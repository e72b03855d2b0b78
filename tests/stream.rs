//! Rows read as they arrive: a million rows pass through in constant memory, a stream
//! dropped midway stops the statement on the server, a time limit bounds the wait for the
//! first row, and a server error in the middle of a result reaches the reader.

mod support;

use futures_util::{StreamExt, TryStreamExt};
use prepared::{Error, ErrorKind, PreparedExt};
use std::time::{Duration, Instant};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        // In the select list, the series streams; in FROM it would be materialized first.
        "SELECT generate_series(1::bigint, @count) AS n, repeat('x', 60) AS pad",
        params(count: i64),
        row = super::Numbered
    )]
    pub struct Series;

    #[prepared("SELECT pg_sleep(@seconds)::text AS slept", params(seconds: f64))]
    pub struct Sleep;

    // Row 5 divides by zero: the error comes after rows have been sent.
    #[prepared(
        "SELECT g AS n, (100 / (5 - g))::text AS pad FROM generate_series(1::bigint, 10) AS g",
        row = super::Numbered
    )]
    pub struct FailsMidway;
}

#[derive(Debug, prepared::FromRow)]
pub struct Numbered {
    pub n: i64,
    pub pad: String,
}

use queries::PreparedStatement as Q;

/// The process's peak resident set so far, in bytes (Linux: `VmHWM`).
#[cfg(target_os = "linux")]
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .expect("VmHWM in /proc/self/status");
    let kb: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap();
    kb * 1024
}

/// A million rows of about 80 bytes each (collected: well over 100 MB) read through the
/// stream grow the process's peak memory by less than 50 MB.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_million_rows_pass_in_constant_memory() {
    const ROWS: i64 = 1_000_000;
    let client = support::fresh_database().await;
    // Everything but the rows allocated first: connection, statement, first batch.
    let mut warm = client.prepared_query_stream(Q::series(10)).await.unwrap();
    while warm.try_next().await.unwrap().is_some() {}
    let before = peak_rss();
    let mut rows = client.prepared_query_stream(Q::series(ROWS)).await.unwrap();
    let (mut count, mut sum) = (0i64, 0i64);
    while let Some(row) = rows.try_next().await.unwrap() {
        assert_eq!(row.pad.len(), 60);
        count += 1;
        sum += row.n;
    }

    assert_eq!(rows.rows_affected(), Some(ROWS as u64));
    let grown = peak_rss().saturating_sub(before);
    assert_eq!((count, sum), (ROWS, ROWS * (ROWS + 1) / 2));
    eprintln!(
        "peak RSS grew by {:.1} MB over {ROWS} rows",
        grown as f64 / 1e6
    );
    assert!(
        grown < 50_000_000,
        "peak RSS grew by {grown} bytes over {ROWS} streamed rows"
    );
}

/// Dropped after ten of a hundred million rows, the stream cancels the statement: the
/// backend is idle within a second and the connection's next call does not wait while
/// the rest of the result is read and thrown away.
#[tokio::test]
async fn a_stream_dropped_midway_is_cancelled_on_the_server() {
    let client = support::fresh_database().await;
    let pid = support::backend_pid(&client).await;
    let rows = client
        .prepared_query_stream(Q::series(100_000_000))
        .await
        .unwrap();
    let first: Vec<Numbered> = rows.take(10).try_collect().await.unwrap();
    assert_eq!(first.last().unwrap().n, 10);
    support::idle_within_a_second(pid).await;
    let start = Instant::now();
    let again = support::backend_pid(&client).await;
    assert_eq!(again, pid);
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "the next call waited {:?}",
        start.elapsed()
    );
}

/// A time limit bounds the wait for the first row, and cancels on the server.
#[tokio::test]
async fn a_stream_s_time_limit_bounds_its_first_row() {
    let client = support::fresh_database().await;
    let pid = support::backend_pid(&client).await;
    let start = Instant::now();
    let e = client
        .prepared_query_stream(Q::sleep(3.0).timeout(Duration::from_millis(200)))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Timeout, "{e}");
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    support::idle_within_a_second(pid).await;
    let rows: Vec<_> = client
        .prepared_query_stream(Q::series(3))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rows.len(), 3);
}

/// Rows sent before a server error are read; then the error, naming the statement and
/// carrying the SQLSTATE; then the connection serves the next call.
#[tokio::test]
async fn an_error_midway_reaches_the_reader() {
    let client = support::fresh_database().await;
    let mut rows = client
        .prepared_query_stream(Q::fails_midway())
        .await
        .unwrap();
    let mut read = Vec::new();
    let e = loop {
        match rows.next().await {
            Some(Ok(row)) => read.push(row.n),
            Some(Err(e)) => break e,
            None => panic!("the stream ended without the division's error"),
        }
    };
    assert_eq!(read, [1, 2, 3, 4]);
    assert!(
        matches!(
            e,
            Error::Postgres {
                statement: "fails_midway",
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.code(), Some(&prepared::SqlState::DIVISION_BY_ZERO));
    assert!(rows.next().await.is_none());
    drop(rows);
    assert_eq!(client.prepared_query(Q::series(2)).await.unwrap().len(), 2);
}

/// A mock's rows come through the same call.
#[tokio::test]
async fn a_mock_streams_its_rows() {
    let mock = prepared::Mock::new();
    mock.expect(Q::series(2)).returns(vec![
        Numbered {
            n: 1,
            pad: "a".into(),
        },
        Numbered {
            n: 2,
            pad: "b".into(),
        },
    ]);
    let rows: Vec<Numbered> = mock
        .prepared_query_stream(Q::series(2))
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rows.iter().map(|r| r.n).collect::<Vec<_>>(), [1, 2]);
    mock.verify();
}
