//! First uses: many tasks making the first use of one statement on one connection (one
//! prepare, whatever their number), and the time from opening a connection to the first
//! response of a request, with every statement prepared as the connection opens (warm-up)
//! against preparing each at its first use.

use crate::BenchResult;
use prepared::PreparedExt;
use prepared_shop::customers::PreparedStatement as Customers;
use prepared_shop::products::PreparedStatement as Products;
use prepared_test_harness::{TempPostgres, schema};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TASKS: usize = 200;
const ROUNDS: u32 = 20;

pub async fn run(pg: &TempPostgres) -> BenchResult<()> {
    single_flight(&pg.connection_string()).await?;
    warm_up(pg).await
}

async fn single_flight(url: &str) -> BenchResult<()> {
    let client = Arc::new(prepared::Client::connect(url).await?);
    let barrier = Arc::new(tokio::sync::Barrier::new(TASKS));
    let start = Instant::now();
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let (client, barrier) = (client.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                client
                    .prepared_query(crate::queries::PreparedStatement::service_by_id(1))
                    .await
            })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await??.len(), 1);
    }
    let took = start.elapsed();
    let stats = client.cache_stats();
    println!("\n## 2. first uses");
    println!(
        "{TASKS} tasks making the first use of one statement on one `prepared::Client` at once: prepared {} time(s), {} hits, all answered in {:.1} ms",
        stats.prepares,
        stats.hits,
        took.as_secs_f64() * 1e3
    );
    Ok(())
}

/// One request of a shop's API: five statements, each used for the first time.
async fn request(conn: &prepared::Client) -> Result<(), prepared::Error> {
    let someone = uuid::Uuid::nil();
    conn.prepared_query_opt(Customers::customer_by_id(someone))
        .await?;
    conn.prepared_query_opt(Customers::customer_by_email("ada@example.com".into()))
        .await?;
    conn.prepared_query_opt(Customers::customer_pref(someone, "theme"))
        .await?;
    conn.prepared_query_one(Customers::customers_since(chrono::Utc::now()))
        .await?;
    conn.prepared_query_opt(Products::product_by_id(1)).await?;
    Ok(())
}

async fn warm_up(pg: &TempPostgres) -> BenchResult<()> {
    let admin = prepared::Client::connect(&pg.connection_string()).await?;
    admin.batch_execute("CREATE DATABASE shop").await?;
    let url = pg.connection_string_for("shop");
    let shop = prepared::Client::connect(&url).await?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/shop");
    schema::apply(&shop, &schema::files(&dir)?).await?;
    // What a warm-up prepares: the runtime's own count.
    let warmed = shop.warm_up(prepared_shop::REGISTRIES).await;
    let statements = warmed.prepared + warmed.failed.len();

    // [open, request] for lazy and warm, alternating.
    let mut totals = [[Duration::ZERO; 2]; 2];
    for _ in 0..ROUNDS {
        for (i, warm) in [false, true].into_iter().enumerate() {
            let mut manager = prepared::pool::Manager::parse(&url, prepared::Mode::Prepared)?;
            if warm {
                manager = manager.warm_up(prepared_shop::REGISTRIES.iter().copied());
            }
            let pool = prepared::pool::Pool::builder(manager).max_size(1).build()?;
            let start = Instant::now();
            let conn = pool.get().await?;
            let opened = start.elapsed();
            request(&conn).await?;
            totals[i][0] += opened;
            totals[i][1] += start.elapsed() - opened;
        }
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3 / f64::from(ROUNDS);
    println!(
        "\nA pool's new connection to the shop ({} registries, {statements} statements and variants), then a request of 5 statements each used for the first time; mean of {ROUNDS}:",
        prepared_shop::REGISTRIES.len()
    );
    println!("| preparing | connection ready, ms | request, ms | time to the first response, ms |");
    println!("|---|---|---|---|");
    for (name, [open, req]) in ["lazily, at first use", "warm-up, pipelined at open"]
        .iter()
        .zip(totals)
    {
        println!(
            "| {name} | {:.2} | {:.2} | {:.2} |",
            ms(open),
            ms(req),
            ms(open + req)
        );
    }
    Ok(())
}
