//! How long the harness takes to check N statements, against the usual way: a sequential
//! loop that prepares one statement after another on one connection. Both run in one
//! process against the same throwaway server. `cargo run --release -p prepared-test-harness
//! --example check_bench [N]`.

#[path = "support/adhoc.rs"]
mod adhoc;
use prepared_test_harness::{TempPostgres, check_with};
use std::time::Instant;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).map_or(Ok(1000), |a| a.parse())?;
    let pg = TempPostgres::start()?;
    let url = pg.connection_string();
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    client
        .batch_execute(
            "CREATE TABLE bench_items (id bigint PRIMARY KEY, name text NOT NULL, tags text[] NOT NULL, price numeric);
             CREATE TABLE bench_owners (id bigint PRIMARY KEY, item_id bigint REFERENCES bench_items(id), email text)",
        )
        .await?;
    // Distinct texts, so no server-side cache can help either side.
    let statements: Vec<_> = (0..n)
        .map(|i| {
            let sql = match i % 3 {
                0 => format!("SELECT id, name, tags FROM bench_items WHERE id = @id AND {i} = {i}"),
                1 => format!(
                    "SELECT i.id, o.email FROM bench_items i LEFT JOIN bench_owners o ON o.item_id = i.id WHERE i.name = @name AND {i} > 0"
                ),
                _ => format!("UPDATE bench_items SET price = @price WHERE id = @id AND {i} >= 0 RETURNING id"),
            };
            let params: &[&str] = match i % 3 {
                0 => &["id"],
                1 => &["name"],
                _ => &["price", "id"],
            };
            adhoc::statement(&format!("s{i}"), &sql, params).expect("valid statement")
        })
        .collect();

    let start = Instant::now();
    for s in &statements {
        client.prepare(s.sql).await?;
    }
    let sequential = start.elapsed();

    let start = Instant::now();
    let outcomes = check_with(&url, &statements).await?;
    let harness = start.elapsed();
    assert!(outcomes.iter().all(|o| o.passed()));

    let per = |d: std::time::Duration| d.as_secs_f64() * 1e6 / n as f64;
    println!("{n} statements against a throwaway PostgreSQL on a Unix socket");
    println!("{:<52} {:>10} {:>12}", "", "total ms", "µs/statement");
    println!(
        "{:<52} {:>10.1} {:>12.1}",
        "sequential prepare loop (one connection)",
        sequential.as_secs_f64() * 1e3,
        per(sequential)
    );
    println!(
        "{:<52} {:>10.1} {:>12.1}",
        "harness check (4 pipelined connections, all checks)",
        harness.as_secs_f64() * 1e3,
        per(harness)
    );
    println!(
        "harness vs sequential: {:.2}x faster",
        sequential.as_secs_f64() / harness.as_secs_f64()
    );
    Ok(())
}
