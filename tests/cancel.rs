//! A call cut short stops on the server too: past its time limit (its own, or the
//! connection's) the statement is cancelled, and a call the caller drops (its own
//! `tokio::time::timeout`) sends the cancel as well, so the backend is idle within a second
//! and the connection's next call does not wait behind the old one.

mod support;

use prepared::{Error, ErrorKind, PreparedExt};
use std::time::{Duration, Instant};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT pg_sleep(@seconds)::text AS slept", params(seconds: f64))]
    pub struct Sleep;
}

use queries::PreparedStatement as Q;

/// The connection serves its next call at once.
async fn next_call_is_prompt(client: &prepared::Client) {
    let start = Instant::now();
    client.prepared_query(Q::sleep(0.0)).await.unwrap();
    assert!(
        start.elapsed() < Duration::from_millis(500),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn a_call_over_its_own_limit_is_cancelled_on_the_server() {
    let client = support::fresh_database().await;
    let pid = support::backend_pid(&client).await;
    let start = Instant::now();
    let e = client
        .prepared_query(Q::sleep(3.0).timeout(Duration::from_millis(200)))
        .await
        .unwrap_err();
    let took = start.elapsed();
    assert!(
        matches!(
            e,
            Error::Timeout {
                statement: "sleep",
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.kind(), ErrorKind::Timeout);
    assert_eq!(
        e.to_string(),
        "statement `sleep`: cancelled on the server after 200 ms, its time limit"
    );
    assert!(took < Duration::from_secs(1), "{took:?}");
    support::idle_within_a_second(pid).await;
    next_call_is_prompt(&client).await;
}

#[tokio::test]
async fn the_connection_s_limit_applies_to_every_call_and_transaction() {
    let mut client = support::fresh_database().await;
    client.set_timeout(Some(Duration::from_millis(200)));
    let pid = support::backend_pid(&client).await;
    let e = client.prepared_query(Q::sleep(3.0)).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Timeout, "{e}");
    support::idle_within_a_second(pid).await;
    // A call's own limit overrides the connection's.
    client
        .prepared_query(Q::sleep(0.3).timeout(Duration::from_secs(2)))
        .await
        .unwrap();
    let result = client
        .transact(|tx| Box::pin(async move { tx.prepared_query(Q::sleep(3.0)).await }))
        .await;
    assert_eq!(result.unwrap_err().kind(), ErrorKind::Timeout);
    next_call_is_prompt(&client).await;
}

#[tokio::test]
async fn a_call_the_caller_drops_is_cancelled_on_the_server() {
    let client = support::fresh_database().await;
    let pid = support::backend_pid(&client).await;
    let cut = tokio::time::timeout(
        Duration::from_millis(200),
        client.prepared_query(Q::sleep(3.0)),
    )
    .await;
    assert!(cut.is_err());
    support::idle_within_a_second(pid).await;
    next_call_is_prompt(&client).await;
}
