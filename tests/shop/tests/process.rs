//! The harness process as nextest and a user's shell see it: one statement per process,
//! listing without a database, and a database it cannot reach.

mod support;

use support::{SEED, Target, database, run_harness, server};

/// nextest runs each test as `<binary> --exact <name>`: that process checks and reports
/// only its own statement, whatever the others would do.
#[tokio::test]
async fn one_statement_per_process() {
    let url = database(SEED, "ALTER TABLE products RENAME COLUMN sku TO code").await;

    let passing = run_harness(Target::Url(&url), &["--exact", "customer_by_id"]);
    assert!(passing.success, "{}\n{}", passing.stdout, passing.stderr);
    assert_eq!(
        passing.results.keys().collect::<Vec<_>>(),
        ["customer_by_id"],
        "{}",
        passing.stdout
    );
    assert!(
        passing
            .summary()
            .starts_with("prepared: checked 1 statements against DATABASE_URL"),
        "{}",
        passing.summary()
    );
    assert!(passing.summary().ends_with("(0 failed)"));

    let failing = run_harness(Target::Url(&url), &["--exact", "product_by_id"]);
    assert!(!failing.success);
    assert_eq!(failing.failed(), ["product_by_id"], "{}", failing.stdout);
    assert_eq!(failing.results.len(), 1, "{}", failing.stdout);
    assert!(
        failing.summary().ends_with("(1 failed: product_by_id)"),
        "{}",
        failing.summary()
    );
    assert!(failing.failures["product_by_id"].contains("ERROR 42703"));

    // A crate-level check alone needs no database at all.
    let crate_check = run_harness(
        Target::Url("postgres://nobody@127.0.0.1:1/none"),
        &["--exact", "prepared::unique_statement_names"],
    );
    assert!(crate_check.success, "{}", crate_check.stderr);
    assert!(!crate_check.stderr.contains("prepared: checked"));
}

/// Listing (what nextest does first) never connects.
#[test]
fn listing_needs_no_database() {
    let run = run_harness(
        Target::Url("postgres://nobody@127.0.0.1:1/none"),
        &["--list"],
    );
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.contains("customer_by_id: test"),
        "{}",
        run.stdout
    );
    // Each variant of a statement with optional fragments is a test of its own.
    assert!(
        run.stdout
            .contains("products_search{tag,sold_since,order=Dearest}: test"),
        "{}",
        run.stdout
    );
    let runnable: usize = prepared_shop::REGISTRIES
        .iter()
        .flat_map(|r| r.statements.iter())
        .map(|s| s.runnable().len())
        .sum();
    assert_eq!(runnable, 41 + 48 + 4);
    // The crate check, then every runnable statement.
    assert_eq!(
        run.stdout.lines().filter(|l| l.ends_with(": test")).count(),
        1 + runnable
    );
}

/// A port nothing listens on: bound, then released.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The one line a user sees when the harness cannot reach `DATABASE_URL`.
fn unreachable(url: &str, secret: &str) -> String {
    let run = run_harness(Target::Url(url), &[]);
    assert!(!run.success);
    assert!(
        run.took < std::time::Duration::from_secs(5),
        "took {:?}",
        run.took
    );
    assert!(run.results.is_empty(), "{}", run.stdout);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(!run.stderr.contains(secret), "{}", run.stderr);
    assert!(!run.stderr.contains("db error"), "{}", run.stderr);
    errors[0].to_owned()
}

#[test]
fn a_closed_port() {
    let port = closed_port();
    let line = unreachable(
        &format!("postgres://app:hunter2@127.0.0.1:{port}/shop"),
        "hunter2",
    );
    assert!(
        line.starts_with(&format!(
            "error: prepared-test-harness: cannot connect to DATABASE_URL (postgres://app:***@127.0.0.1:{port}/shop): error connecting to server: "
        )),
        "{line}"
    );
    assert!(line.contains("onnection refused"), "{line}");
}

#[tokio::test]
async fn a_missing_database() {
    let url = server().connection_string_for("no_such_db");
    let line = unreachable(&format!("{url} password=hunter2"), "hunter2");
    assert!(line.contains("password=***"), "{line}");
    assert!(
        line.ends_with("FATAL 3D000: database \"no_such_db\" does not exist"),
        "{line}"
    );
}

/// A server that asks for a password, and a wrong one.
#[tokio::test]
async fn a_wrong_password() {
    let pg = prepared_test_harness::TempPostgres::start().unwrap();
    let admin = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    admin
        .batch_execute("CREATE ROLE app LOGIN PASSWORD 'right-horse'")
        .await
        .unwrap();
    let hba = pg.data_dir().join("pg_hba.conf");
    let rules = std::fs::read_to_string(&hba).unwrap();
    // Rewritten in place, so the file keeps its owner.
    std::fs::write(&hba, format!("local all app scram-sha-256\n{rules}")).unwrap();
    admin
        .batch_execute("SELECT pg_reload_conf()")
        .await
        .unwrap();
    let url = format!(
        "host={} port={} user=app password=wrong-staple dbname=postgres",
        pg.socket_dir().display(),
        pg.port()
    );
    // The postmaster rereads pg_hba.conf after the signal: wait until it asks.
    for _ in 0..250 {
        if prepared::Client::connect(&url).await.is_err() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    let line = unreachable(&url, "wrong-staple");
    assert!(
        line.ends_with("FATAL 28P01: password authentication failed for user \"app\""),
        "{line}"
    );
}

/// The catalog read behind nullability fails (here: no privilege on `pg_attribute`): the
/// statements that need it say why, with the server's SQLSTATE; the others still pass.
#[tokio::test]
async fn a_catalog_the_harness_may_not_read() {
    let url = database(SEED, "").await;
    let owner = prepared::Client::connect(&url).await.unwrap();
    owner
        .batch_execute(
            "CREATE ROLE checker LOGIN;
             GRANT SELECT ON ALL TABLES IN SCHEMA public TO checker;
             REVOKE SELECT ON pg_catalog.pg_attribute FROM PUBLIC;",
        )
        .await
        .unwrap();
    let run = run_harness(Target::Url(&format!("{url} user=checker")), &[]);
    let message = &run.failures["customer_by_id"];
    assert!(
        message.contains(
            "reading pg_attribute for nullability failed: ERROR 42501: permission denied for table pg_attribute"
        ),
        "{message}"
    );
    // Without a row type there is nothing to read from the catalog.
    for name in ["customer_prefs_merge", "job_stats", "order_transition"] {
        assert_eq!(run.results.get(name), Some(&true), "{name}: {}", run.stdout);
    }
}
