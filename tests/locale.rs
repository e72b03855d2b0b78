//! Recovery that does not read English: against a server whose `lc_messages` is German,
//! a statement made stale by a migration heals, `transact` retries one that went stale
//! inside it, and a COPY names the row the server refused.

mod support;

use prepared::{CopyExt, Error, ErrorKind, PreparedExt};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM gauge ORDER BY id")]
    pub struct AllGauges;

    #[prepared("COPY gauge (id, reading) FROM STDIN (FORMAT binary)", row = super::Gauge)]
    pub struct GaugesCopy;
}

#[derive(Debug, prepared::ToRow)]
pub struct Gauge {
    pub id: i32,
    pub reading: i32,
}

use queries::PreparedStatement as Q;

/// A connection to a fresh database whose messages are German, or `None` (with the
/// reason printed) where the system has no German locale; under CI that is a failure.
async fn german() -> Option<prepared::Client> {
    let (_, name) = support::fresh_database_named().await;
    let url = format!(
        "{} options='-c lc_messages=de_DE.UTF-8'",
        support::server().connection_string_for(&name)
    );
    let client = match prepared::Client::connect(&url).await {
        Ok(client) => client,
        Err(e) => {
            let why = format!(
                "no German locale for the server's messages ({e}); `.ci/run` makes it with localedef"
            );
            assert!(std::env::var_os("CI").is_none(), "{why}");
            eprintln!("skipped: {why}");
            return None;
        }
    };
    client
        .batch_execute(
            "CREATE TABLE gauge (id int PRIMARY KEY, reading int NOT NULL CHECK (reading >= 0));
             INSERT INTO gauge VALUES (1, 10)",
        )
        .await
        .unwrap();
    // The environment check: the server's words are translated.
    let e = client.batch_execute("SELECT 1/0").await.unwrap_err();
    let message = e.as_db_error().unwrap().message().to_owned();
    assert_ne!(message, "division by zero", "lc_messages did not take");
    Some(client)
}

#[tokio::test]
async fn a_stale_statement_heals_in_german() {
    let Some(mut client) = german().await else {
        return;
    };
    assert_eq!(
        client.prepared_query(Q::all_gauges()).await.unwrap()[0].len(),
        2
    );
    client
        .batch_execute("ALTER TABLE gauge ADD COLUMN unit text DEFAULT 'kPa'")
        .await
        .unwrap();
    // Outside a transaction: evicted, prepared again, run again.
    let rows = client.prepared_query(Q::all_gauges()).await.unwrap();
    assert_eq!(rows[0].get::<_, &str>("unit"), "kPa");
    assert_eq!(client.cache_stats().reprepares, 1);

    // Inside one: the caller is asked to retry, and `transact` does.
    client
        .batch_execute("ALTER TABLE gauge ALTER COLUMN unit TYPE varchar(8)")
        .await
        .unwrap();
    let tx = client.transaction().await.unwrap();
    let e = tx.prepared_query(Q::all_gauges()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::RetryTransaction, "{e}");
    tx.rollback().await.unwrap();
    // Prepared afresh, then stale again: `transact`'s first attempt fails, its second runs.
    client.prepared_query(Q::all_gauges()).await.unwrap();
    client
        .batch_execute("ALTER TABLE gauge ALTER COLUMN unit TYPE text")
        .await
        .unwrap();
    let mut attempts = 0;
    let rows = client
        .transact(|tx| {
            attempts += 1;
            Box::pin(async move { tx.prepared_query(Q::all_gauges()).await })
        })
        .await
        .unwrap();
    assert_eq!((rows.len(), attempts), (1, 2));
}

#[tokio::test]
async fn a_copy_names_the_refused_row_in_german() {
    let Some(client) = german().await else {
        return;
    };
    let rows = [(2, 1), (3, 2), (4, -1), (5, 3)].map(|(id, reading)| Gauge { id, reading });
    let e = client
        .prepared_copy_in(Q::gauges_copy(), &rows)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Copy { row: Some(2), .. }),
        "{e:?}: {}",
        e.as_db_error().and_then(|d| d.where_()).unwrap_or_default()
    );
}
