//! One throwaway PostgreSQL per test binary, with the schema of `sql/` in a template
//! database; each test gets its own database cloned from it.

use prepared_test_harness::{TempPostgres, schema};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

const TEMPLATE: &str = "prepared_template";

pub fn server() -> &'static TempPostgres {
    static SERVER: OnceLock<TempPostgres> = OnceLock::new();
    SERVER.get_or_init(|| {
        let pg = TempPostgres::start().expect("starting a throwaway PostgreSQL");
        let admin = pg.connection_string();
        let template = pg.connection_string_for(TEMPLATE);
        // The caller may be inside a tokio runtime, which cannot block on another one.
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let client = prepared::Client::connect(&admin).await.unwrap();
                client
                    .batch_execute(&format!("CREATE DATABASE {TEMPLATE}"))
                    .await
                    .unwrap();
                let client = prepared::Client::connect(&template).await.unwrap();
                let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
                schema::apply(&client, &schema::files(dir).unwrap())
                    .await
                    .unwrap();
            });
        })
        .join()
        .expect("applying the schema");
        pg
    })
}

/// A connection to a new database holding the schema and nothing else.
#[allow(dead_code)]
pub async fn fresh_database() -> prepared::Client {
    fresh_database_named().await.0
}

/// [`fresh_database`] and the name of that database, for more connections to it.
#[allow(dead_code)]
pub async fn fresh_database_named() -> (prepared::Client, String) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let pg = server();
    let name = format!("test_{}", N.fetch_add(1, Ordering::Relaxed));
    let admin = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
        .await
        .unwrap();
    let client = prepared::Client::connect(&pg.connection_string_for(&name))
        .await
        .unwrap();
    (client, name)
}

/// Ends the backend `pid` from `admin`'s connection, and gives the server time to close
/// its socket, as an administrator or a failover would.
#[allow(dead_code)]
pub async fn terminate(admin: &prepared::Client, pid: i32) {
    admin
        .execute("SELECT pg_terminate_backend($1)", &[&pid])
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
}

/// How long until the backend `pid` is idle, from another connection; panics past 1 s.
#[allow(dead_code)]
pub async fn idle_within_a_second(pid: i32) -> std::time::Duration {
    use std::time::{Duration, Instant};
    let admin = prepared::Client::connect(&server().connection_string())
        .await
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(1) {
        let state: Option<String> = admin
            .query_one("SELECT state FROM pg_stat_activity WHERE pid = $1", &[&pid])
            .await
            .unwrap()
            .get(0);
        if state.as_deref() == Some("idle") {
            eprintln!(
                "backend {pid} idle {:?} after its call was cut short",
                start.elapsed()
            );
            return start.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("backend {pid} still busy 1 s after its call was cut short");
}

/// The server process behind `client`'s connection.
#[allow(dead_code)]
pub async fn backend_pid(client: &prepared::Client) -> i32 {
    client
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0)
}
