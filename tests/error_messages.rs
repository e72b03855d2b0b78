//! Every error a user can get from the runtime carries what the server said: SQLSTATE,
//! message and detail, never a bare "db error"; and a connection string in a message never
//! shows its password. Against a real PostgreSQL started by the tests.

mod support;

use prepared::{Bound, Error, ErrorKind, PreparedExt};

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("INSERT INTO child(parent_id) VALUES (@parent)", params(parent: i32))]
    pub struct ChildInsert;
}

use queries::PreparedStatement as Q;

const DEFERRED_FK: &str = "
    CREATE TABLE parent (id int PRIMARY KEY);
    CREATE TABLE child (parent_id int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);";

/// The violation surfaces at COMMIT: `transact` and `Transaction::commit` report it as the
/// server gave it.
#[tokio::test]
async fn a_failed_commit() {
    let mut client = support::fresh_database().await;
    client.batch_execute(DEFERRED_FK).await.unwrap();
    let e = client
        .transact(|tx| Box::pin(async move { tx.prepared_execute(Q::child_insert(42)).await }))
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "transaction `COMMIT`: ERROR 23503: insert or update on table \"child\" violates foreign key constraint \"child_parent_id_fkey\"\nDETAIL: Key (parent_id)=(42) is not present in table \"parent\"."
    );
    assert!(matches!(e.kind(), ErrorKind::ForeignKeyViolation { .. }));
    // `COMMIT` is no registered statement: it is named as the transaction's command.
    assert!(
        matches!(
            e,
            Error::Transaction {
                command: "COMMIT",
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.statement(), None);

    let tx = client.transaction().await.unwrap();
    tx.prepared_execute(Q::child_insert(7)).await.unwrap();
    let e = tx.commit().await.unwrap_err();
    assert!(
        e.to_string()
            .starts_with("transaction `COMMIT`: ERROR 23503: insert or update on table \"child\""),
        "{e}"
    );
    // The message is whole, so a chain printer shows the server's words once.
    assert!(std::error::Error::source(&e).is_none());
    assert_eq!(
        e.postgres_error().and_then(|p| p.code()),
        Some(&tokio_postgres::error::SqlState::FOREIGN_KEY_VIOLATION)
    );
    let mut chain = e.to_string();
    let mut cause = std::error::Error::source(&e);
    while let Some(c) = cause {
        chain.push_str(&format!(": {c}"));
        cause = c.source();
    }
    assert_eq!(
        chain.matches("violates foreign key constraint").count(),
        1,
        "{chain}"
    );
}

/// A statement on a connection the server has ended.
#[tokio::test]
async fn a_closed_connection() {
    let client = support::fresh_database().await;
    client
        .batch_execute("SELECT pg_terminate_backend(pg_backend_pid())")
        .await
        .unwrap_err();
    let e = client
        .prepared_execute(Q::child_insert(1))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ConnectionClosed, "{e}");
    assert_eq!(e.to_string(), "statement `child_insert`: connection closed");
}

#[tokio::test]
async fn a_failed_connect() {
    let url = support::server().connection_string_for("no_such_db");
    let e = prepared::Client::connect(&format!("{url} password=hunter2"))
        .await
        .unwrap_err();
    let text = e.to_string();
    assert!(!text.contains("hunter2"), "{text}");
    assert_eq!(
        text,
        format!(
            "cannot connect to {url} password=***: FATAL 3D000: database \"no_such_db\" does not exist"
        )
    );
    assert_eq!(e.statement(), None);
    assert_eq!(
        e.code(),
        Some(&tokio_postgres::error::SqlState::INVALID_CATALOG_NAME)
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e = prepared::Client::connect(&format!("postgres://app:hunter2@127.0.0.1:{port}/shop"))
        .await
        .unwrap_err();
    let text = e.to_string();
    assert!(
        text.starts_with(&format!(
            "cannot connect to postgres://app:***@127.0.0.1:{port}/shop: error connecting to server: "
        )),
        "{text}"
    );
    assert!(text.contains("onnection refused"), "{text}");

    // A Unix socket that is not there: tokio-postgres's own error, as over TCP.
    let dir = std::env::temp_dir().join("prepared-no-server-here");
    let url = format!("host={} port=5999 user=app", dir.display());
    let text = prepared::Client::connect(&url)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        text.starts_with(&format!(
            "cannot connect to {url}: error connecting to server: "
        )),
        "{text}"
    );
    assert!(text.contains("No such file or directory"), "{text}");
}

#[tokio::test]
async fn a_pool_that_cannot_connect() {
    let url = support::server().connection_string_for("no_such_db");
    let pool = prepared::pool::Manager::builder(
        &format!("{url} password=hunter2"),
        prepared::Mode::Prepared,
    )
    .unwrap()
    .max_size(1)
    .build()
    .unwrap();
    let e = pool.get().await.unwrap_err();
    let text = e.to_string();
    assert!(!text.contains("hunter2"), "{text}");
    assert!(
        text.ends_with(&format!(
            "cannot connect to {url} password=***: FATAL 3D000: database \"no_such_db\" does not exist"
        )),
        "{text}"
    );
    let prepared::pool::PoolError::Backend(e) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        e.code(),
        Some(&tokio_postgres::error::SqlState::INVALID_CATALOG_NAME)
    );
}

/// `?` on tokio-postgres's own calls in a function that returns `prepared::Error`: the
/// error says it came from SQL outside the registry, with the server's words, and names
/// no statement.
#[tokio::test]
async fn sql_outside_the_registry_converts_with_question_mark() {
    async fn setup(client: &prepared::Client) -> Result<(), Error> {
        client.batch_execute("CREATE TABLE once (id int)").await?;
        client.batch_execute("CREATE TABLE once (id int)").await?;
        Ok(())
    }
    let client = support::fresh_database().await;
    let e = setup(&client).await.unwrap_err();
    assert!(matches!(e, Error::Unregistered { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "sql outside the registry: ERROR 42P07: relation \"once\" already exists"
    );
    assert_eq!(e.statement(), None);
    assert_eq!(e.code(), Some(&prepared::SqlState::DUPLICATE_TABLE));
}

/// Values whose count is not what the statement takes are a typed error before anything
/// is sent, in both modes, never tokio-postgres's text.
#[tokio::test]
async fn a_parameter_count_mismatch_is_typed() {
    let (client, name) = support::fresh_database_named().await;
    client.batch_execute(DEFERRED_FK).await.unwrap();
    let url = support::server().connection_string_for(&name);
    let pooler = prepared::Client::connect_with_mode(&url, prepared::Mode::Pooler)
        .await
        .unwrap();
    for db in [&client, &pooler] {
        // Generated constructors cannot bind a wrong count; a hand-built `Bound` can.
        let wrong = Bound::<queries::ChildInsert, (i32, i32)>::new((1, 2));
        let e = db.prepared_execute(wrong).await.unwrap_err();
        assert!(
            matches!(
                e,
                Error::ParamCount {
                    statement: "child_insert",
                    expected: 1,
                    actual: 2
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "statement `child_insert`: it takes 1 parameter(s), but 2 were bound"
        );
    }
}

/// A server that takes the socket and never answers (hung, or down behind a proxy): a
/// connect and a pool's checkout fail within `connect_timeout`, naming the server, never
/// after minutes; the string's own `connect_timeout` is honoured.
#[tokio::test]
async fn a_server_that_never_answers() {
    // Never accepted: the kernel completes the handshake, and nothing answers after it.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let url = format!("host=127.0.0.1 port={port} user=app password=hunter2 connect_timeout=1");
    let start = std::time::Instant::now();
    let e = prepared::Client::connect(&url).await.unwrap_err();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(
        e.to_string(),
        format!(
            "cannot connect to host=127.0.0.1 port={port} user=app password=*** connect_timeout=1: no connection within 1 s"
        )
    );
    let pool = prepared::pool::Manager::builder(&url, prepared::Mode::Prepared)
        .unwrap()
        .max_size(1)
        .build()
        .unwrap();
    let start = std::time::Instant::now();
    let e = pool.get().await.unwrap_err();
    assert!(start.elapsed() < std::time::Duration::from_secs(3));
    assert!(e.to_string().ends_with("no connection within 1 s"), "{e}");
    drop(listener);
}
