//! Bulk loading, measured side by side in one run: `cargo run --release -p prepared-bench
//! --bin bulk [rows]` (1,000,000 by default) of `(int8, text, timestamptz, jsonb)`.
//!
//! - prepared `COPY … FROM STDIN (FORMAT binary)` of `#[derive(ToRow)]` rows;
//! - prepared `INSERT … SELECT * FROM UNNEST(@rows.id, ..)`, 10,000 rows a statement;
//! - multi-row `VALUES` on tokio-postgres, 1,000 rows (4,000 parameters) a statement;
//! - sqlx's `QueryBuilder::push_values`, 1,000 rows a statement;
//! - one prepared `INSERT` per row, all in one transaction (the baseline).
//!
//! Each method loads into an empty table inside one transaction; the table is emptied
//! between methods and the row count checked after each.

use chrono::{DateTime, Duration as Days, Utc};
use prepared::{CopyExt, PreparedExt};
use prepared_test_harness::TempPostgres;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, prepared::ToRow)]
pub struct Item {
    pub id: i64,
    pub label: String,
    pub at: DateTime<Utc>,
    pub doc: serde_json::Value,
}

#[prepared::registry]
mod load {
    use super::Item;
    use chrono::{DateTime, Utc};
    use prepared::prepared;

    #[prepared("COPY bulk (id, label, at, doc) FROM STDIN (FORMAT binary)", row = Item)]
    pub struct BulkCopy;

    #[prepared(
        "INSERT INTO bulk (id, label, at, doc)
         SELECT * FROM UNNEST(@rows.id::int8[], @rows.label::text[], @rows.at::timestamptz[], @rows.doc::jsonb[])",
        params(rows: &[Item])
    )]
    pub struct BulkUnnest;

    #[prepared(
        "INSERT INTO bulk (id, label, at, doc) VALUES (@id, @label, @at, @doc)",
        params(id: i64, label: &str, at: DateTime<Utc>, doc: &serde_json::Value)
    )]
    pub struct BulkInsertOne;
}

use load::PreparedStatement as L;

const VALUES_BATCH: usize = 1_000;
const UNNEST_BATCH: usize = 10_000;

fn items(n: usize) -> Vec<Item> {
    let start = Utc::now();
    (0..n)
        .map(|i| Item {
            id: i as i64,
            label: format!("item {i}"),
            at: start - Days::seconds(i as i64),
            doc: serde_json::json!({"n": i, "even": i % 2 == 0, "tags": ["a", "b"]}),
        })
        .collect()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(Ok(1_000_000), |a| a.parse())?;
    let pg = TempPostgres::start()?;
    let url = pg.connection_string();
    let mut client = prepared::Client::connect(&url).await?;
    client
        .batch_execute("CREATE TABLE bulk (id int8, label text, at timestamptz, doc jsonb)")
        .await?;
    let mut sqlx_conn = {
        use sqlx::Connection;
        let options = sqlx::postgres::PgConnectOptions::new()
            .socket(pg.socket_dir())
            .port(pg.port())
            .username("postgres")
            .database("postgres");
        sqlx::PgConnection::connect_with(&options).await?
    };
    let rows = items(n);
    println!(
        "bulk load of {n} rows of (int8, text, timestamptz, jsonb), one run, one connection each"
    );

    let mut results: Vec<(&str, Duration)> = Vec::new();

    let started = Instant::now();
    let tx = client.transaction().await?;
    let copied = tx.prepared_copy_in(L::bulk_copy(), &rows).await?;
    tx.commit().await?;
    assert_eq!(copied as usize, n);
    results.push(("prepared COPY (binary)", started.elapsed()));
    reset(&client, n).await?;

    let started = Instant::now();
    let tx = client.transaction().await?;
    for chunk in rows.chunks(UNNEST_BATCH) {
        tx.prepared_execute(L::bulk_unnest(chunk)).await?;
    }
    tx.commit().await?;
    results.push(("prepared UNNEST, 10,000 a statement", started.elapsed()));
    reset(&client, n).await?;

    let started = Instant::now();
    values_batches(&mut client, &rows).await?;
    results.push((
        "tokio-postgres VALUES, 1,000 a statement",
        started.elapsed(),
    ));
    reset(&client, n).await?;

    let started = Instant::now();
    sqlx_push_values(&mut sqlx_conn, &rows).await?;
    results.push(("sqlx push_values, 1,000 a statement", started.elapsed()));
    reset(&client, n).await?;

    let started = Instant::now();
    let tx = client.transaction().await?;
    for r in &rows {
        tx.prepared_execute(L::bulk_insert_one(r.id, &r.label, r.at, &r.doc))
            .await?;
    }
    tx.commit().await?;
    let baseline = started.elapsed();
    results.push(("prepared INSERT per row, one transaction", baseline));
    reset(&client, n).await?;
    print(n, &results, baseline);
    Ok(())
}

/// The table: each method's time, rows a second and speed against one INSERT a row.
fn print(n: usize, results: &[(&str, Duration)], baseline: Duration) {
    println!(
        "{:<44} {:>9} {:>12} {:>10}",
        "method", "seconds", "rows/s", "× per-row"
    );
    for (name, took) in results {
        println!(
            "{name:<44} {:>9.2} {:>12.0} {:>9.1}×",
            took.as_secs_f64(),
            n as f64 / took.as_secs_f64(),
            baseline.as_secs_f64() / took.as_secs_f64()
        );
    }
    let copy_ratio = baseline.as_secs_f64() / results[0].1.as_secs_f64();
    println!(
        "COPY is {copy_ratio:.1}× one INSERT per row (target ≥ 5×): {}",
        if copy_ratio >= 5.0 { "met" } else { "NOT met" }
    );
}

/// Checks that the last method loaded every row, then empties the table.
async fn reset(client: &prepared::Client, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    let count: i64 = client
        .query_one("SELECT count(*) FROM bulk", &[])
        .await?
        .get(0);
    assert_eq!(count as usize, n, "a method lost rows");
    client.batch_execute("TRUNCATE bulk; CHECKPOINT").await?;
    Ok(())
}

/// Multi-row `VALUES` by hand: the statement for a full batch is prepared once.
async fn values_batches(
    client: &mut prepared::Client,
    rows: &[Item],
) -> Result<(), Box<dyn std::error::Error>> {
    fn sql(rows: usize) -> String {
        let tuples: Vec<String> = (0..rows)
            .map(|r| {
                format!(
                    "(${}, ${}, ${}, ${})",
                    r * 4 + 1,
                    r * 4 + 2,
                    r * 4 + 3,
                    r * 4 + 4
                )
            })
            .collect();
        format!(
            "INSERT INTO bulk (id, label, at, doc) VALUES {}",
            tuples.join(", ")
        )
    }
    let tx = client.transaction().await?;
    let full = tx.prepare(&sql(VALUES_BATCH)).await?;
    for chunk in rows.chunks(VALUES_BATCH) {
        let mut params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
            Vec::with_capacity(chunk.len() * 4);
        for r in chunk {
            params.extend([
                &r.id as &(dyn tokio_postgres::types::ToSql + Sync),
                &r.label,
                &r.at,
                &r.doc,
            ]);
        }
        if chunk.len() == VALUES_BATCH {
            tx.execute(&full, &params).await?;
        } else {
            tx.execute(sql(chunk.len()).as_str(), &params).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

async fn sqlx_push_values(
    conn: &mut sqlx::PgConnection,
    rows: &[Item],
) -> Result<(), Box<dyn std::error::Error>> {
    use sqlx::Connection;
    let mut tx = conn.begin().await?;
    for chunk in rows.chunks(VALUES_BATCH) {
        let mut builder =
            sqlx::QueryBuilder::<sqlx::Postgres>::new("INSERT INTO bulk (id, label, at, doc) ");
        builder.push_values(chunk, |mut b, r| {
            b.push_bind(r.id)
                .push_bind(&r.label)
                .push_bind(r.at)
                .push_bind(&r.doc);
        });
        builder.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
