//! Per-query latency of a cached registry statement against the same query through a
//! hand-held tokio-postgres `Statement` and through `client.query(&str)`, measured side by
//! side in one run on one connection. `cargo run --release --example bench [iterations]`.
//!
//! Rounds alternate between the contenders so that drift of the machine hits all alike.

use prepared::PreparedExt;
use std::time::{Duration, Instant};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT id, name, deleted FROM service WHERE id = @id", params(id: i64))]
    pub struct ServiceById;
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let iterations: u32 = std::env::args().nth(1).map_or(Ok(20_000), |a| a.parse())?;
    let mut throwaway = None;
    let url = match std::env::var("DATABASE_URL") {
        Ok(url) => url,
        Err(_) => throwaway
            .insert(prepared_test_harness::TempPostgres::start()?)
            .connection_string(),
    };
    let client = prepared::Client::connect(&url).await?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    prepared_test_harness::schema::apply(&client, &prepared_test_harness::schema::files(dir)?)
        .await?;
    client
        .batch_execute("INSERT INTO service(name) VALUES ('bench') ON CONFLICT DO NOTHING")
        .await?;
    let id: i64 = client
        .query_one("SELECT id FROM service WHERE name = 'bench'", &[])
        .await?
        .get(0);
    let sql = queries::PreparedQueryEnum::ServiceById.sql();
    let held = client.prepare(sql).await?;

    let (mut registry, mut hand, mut text) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let rounds = 10;
    let per_round = iterations / rounds;
    for _ in 0..rounds {
        let start = Instant::now();
        for _ in 0..per_round {
            let rows = client
                .prepared_query(queries::PreparedStatement::service_by_id(id))
                .await?;
            assert_eq!(rows.len(), 1);
        }
        registry += start.elapsed();
        let start = Instant::now();
        for _ in 0..per_round {
            let rows = client.query(&held, &[&id]).await?;
            assert_eq!(rows.len(), 1);
        }
        hand += start.elapsed();
        let start = Instant::now();
        for _ in 0..per_round {
            let rows = client.query(sql, &[&id]).await?;
            assert_eq!(rows.len(), 1);
        }
        text += start.elapsed();
    }
    let n = f64::from(per_round * rounds);
    let us = |d: Duration| d.as_secs_f64() * 1e6 / n;
    println!(
        "{} queries each, one connection, Unix socket",
        per_round * rounds
    );
    println!("{:<40} {:>10}", "contender", "µs/query");
    println!(
        "{:<40} {:>10.1}",
        "registry statement (cached)",
        us(registry)
    );
    println!(
        "{:<40} {:>10.1}",
        "hand-held tokio-postgres Statement",
        us(hand)
    );
    println!("{:<40} {:>10.1}", "client.query(&str)", us(text));
    println!(
        "registry vs hand-held: {:.3}x (throughput ratio, 1.0 = equal)",
        us(hand) / us(registry)
    );
    println!(
        "registry vs client.query(&str): {:.2}x faster",
        us(text) / us(registry)
    );
    println!("cache: {:?}", client.cache().stats());
    drop(client);
    drop(throwaway);
    Ok(())
}
