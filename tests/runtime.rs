//! The production runtime against a real PostgreSQL: self-healing after migrations, the
//! transaction helper and its retries, error classes, the pool, counters and spans.

#[allow(dead_code)]
#[path = "../examples/accounts/model.rs"]
mod model;
mod support;

use model::queries::PreparedStatement as Q;
use prepared::{ErrorKind, Json, PreparedExt, TransactionOptions};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

#[prepared::registry]
mod runtime_queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM service ORDER BY id")]
    pub struct AllServices;

    #[prepared("INSERT INTO service(name) VALUES (@name)", params(name: &str))]
    pub struct ServiceInsert;

    #[prepared("INSERT INTO account_roles(account_id, role) VALUES (@account, @role)", params(account: i64, role: Option<&str>))]
    pub struct RoleInsert;

    #[prepared("INSERT INTO counters(id, n) VALUES (@id, @n)", params(id: i32, n: i32))]
    pub struct CounterInsert;

    #[prepared("SELECT coalesce(sum(n), 0)::int4 AS total FROM counters")]
    pub struct CounterTotal;

    #[prepared("SELECT @code AS code, upper(@code) AS shout", params(code: super::Code<u16>), row = super::Codes)]
    pub struct EchoCode;
}

/// A generic newtype bound as text: the derive carries the type's generics and bounds.
#[derive(Debug, Clone, Copy, PartialEq, prepared::PgText)]
pub struct Code<T>(T);

impl<T: std::fmt::Display + std::str::FromStr> std::fmt::Display for Code<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "code-{}", self.0)
    }
}

impl<T: std::fmt::Display + std::str::FromStr> std::str::FromStr for Code<T> {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let n = s.strip_prefix("code-").ok_or("no `code-` prefix")?;
        n.parse()
            .map(Code)
            .map_err(|_| format!("`{n}` is not a number"))
    }
}

#[derive(Debug, prepared::FromRow)]
pub struct Codes {
    code: Code<u16>,
    shout: String,
}

use runtime_queries::PreparedStatement as R;

#[tokio::test]
async fn a_migration_between_executions_heals_outside_a_transaction() {
    let client = support::fresh_database().await;
    client
        .prepared_execute(R::service_insert("billing"))
        .await
        .unwrap();
    let before = client.prepared_query(R::all_services()).await.unwrap();
    assert_eq!(before[0].columns().len(), 3);

    // `SELECT *` now returns four columns: the cached plan cannot change its result type.
    client
        .batch_execute("ALTER TABLE service ADD COLUMN region text DEFAULT 'eu'")
        .await
        .unwrap();
    let after = client.prepared_query(R::all_services()).await.unwrap();
    assert_eq!(after[0].columns().len(), 4);
    assert_eq!(after[0].get::<_, &str>("region"), "eu");

    // The server forgets every prepared statement.
    client.batch_execute("DISCARD ALL").await.unwrap();
    assert_eq!(
        client
            .prepared_query(R::all_services())
            .await
            .unwrap()
            .len(),
        1
    );

    let stats = client.cache_stats();
    assert_eq!(stats.reprepares, 2, "{stats:?}");
    assert_eq!(stats.prepares, 4, "{stats:?}");
}

#[tokio::test]
async fn a_migration_inside_a_transaction_asks_for_a_retry() {
    let mut client = support::fresh_database().await;
    client.prepared_query(R::all_services()).await.unwrap();
    client
        .batch_execute("ALTER TABLE service ADD COLUMN region text")
        .await
        .unwrap();

    let tx = client.transaction().await.unwrap();
    let e = tx.prepared_query(R::all_services()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::RetryTransaction);
    assert!(e.is_retryable());
    assert!(
        e.to_string().starts_with(
            "statement `all_services`: its prepared form went stale inside a transaction"
        ),
        "{e}"
    );
    // The server's reason, not tokio-postgres's bare "db error".
    assert!(
        e.to_string()
            .contains("(ERROR 0A000: cached plan must not change result type)"),
        "{e}"
    );
    tx.rollback().await.unwrap();

    // The stale statement was evicted: the retried transaction prepares it afresh.
    let rows = client
        .transact(|tx| Box::pin(async move { tx.prepared_query(R::all_services()).await }))
        .await
        .unwrap();
    assert!(rows.is_empty());
}

#[tokio::test]
async fn transact_commits_rolls_back_and_retries_serialization_failures() {
    let (mut client, name) = support::fresh_database_named().await;
    client
        .batch_execute("CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)")
        .await
        .unwrap();

    // Commit on Ok.
    client
        .transact(|tx| Box::pin(async move { tx.prepared_execute(R::counter_insert(1, 10)).await }))
        .await
        .unwrap();
    // Rollback on Err: the insert of 2 does not survive the failing insert of 1.
    let e = client
        .transact(|tx| {
            Box::pin(async move {
                tx.prepared_execute(R::counter_insert(2, 20)).await?;
                tx.prepared_execute(R::counter_insert(1, 30)).await
            })
        })
        .await
        .unwrap_err();
    assert!(
        matches!(
            e.kind(),
            ErrorKind::UniqueViolation {
                constraint: Some("counters_pkey")
            }
        ),
        "{e}"
    );
    let total = client.prepared_query_one(R::counter_total()).await.unwrap();
    assert_eq!(total.get::<_, i32>("total"), 10);

    // Two serializable transactions that each read the total and write: one of them gets
    // 40001 and is run again by the helper.
    let attempts = Arc::new(AtomicU32::new(0));
    let barrier = Arc::new(tokio::sync::Barrier::new(2));
    let mut tasks = Vec::new();
    for id in [3, 4] {
        let (attempts, barrier) = (attempts.clone(), barrier.clone());
        let conn = support::server().connection_string_for(&name);
        tasks.push(tokio::spawn(async move {
            let mut client = prepared::Client::connect(&conn).await.unwrap();
            let first = Arc::new(AtomicU32::new(1));
            client
                .transact_with(TransactionOptions::serializable(), move |tx| {
                    let (attempts, barrier, first) =
                        (attempts.clone(), barrier.clone(), first.clone());
                    Box::pin(async move {
                        attempts.fetch_add(1, Ordering::SeqCst);
                        let total: i32 = tx
                            .prepared_query_one(R::counter_total())
                            .await?
                            .get("total");
                        if first.swap(0, Ordering::SeqCst) == 1 {
                            // Both have read before either writes: a read/write conflict.
                            barrier.wait().await;
                        }
                        tx.prepared_execute(R::counter_insert(id, total)).await
                    })
                })
                .await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(
        attempts.load(Ordering::SeqCst),
        3,
        "one of the two transactions ran twice"
    );
}

#[tokio::test]
async fn constraint_violations_are_error_classes_users_act_on() {
    let client = support::fresh_database().await;
    let account = client
        .prepared_query_one(Q::accounts_add(
            Json(model::ApiModelUser {
                name: "A".into(),
                email: "a@example.com".into(),
            }),
            HashSet::from([model::UserRole::Admin]),
            None,
        ))
        .await
        .unwrap();

    let e = client
        .prepared_execute(R::role_insert(account.id, Some("admin")))
        .await
        .unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::UniqueViolation {
            constraint: Some("account_roles_pkey")
        }
    );
    assert!(
        e.postgres_error().is_some(),
        "the tokio-postgres error is kept"
    );

    let e = client
        .prepared_execute(R::role_insert(424242, Some("admin")))
        .await
        .unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::ForeignKeyViolation {
            constraint: Some("account_roles_account_id_fkey")
        }
    );

    let e = client
        .prepared_execute(R::role_insert(account.id, None))
        .await
        .unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::NotNullViolation {
            column: Some("role")
        }
    );
    assert!(
        e.to_string()
            .starts_with("statement `role_insert`: ERROR 23502: null value in column \"role\""),
        "{e}"
    );

    client
        .batch_execute("ALTER TABLE service ADD CONSTRAINT short CHECK (length(name) < 5)")
        .await
        .unwrap();
    let e = client
        .prepared_execute(R::service_insert("too long"))
        .await
        .unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::CheckViolation {
            constraint: Some("short")
        }
    );
}

#[tokio::test]
async fn a_connection_the_server_ends_is_an_error_class_of_its_own() {
    let client = support::fresh_database().await;
    let doomed = support::fresh_database().await;
    let pid: i32 = doomed
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0);
    support::terminate(&client, pid).await;
    let e = doomed.prepared_query(R::all_services()).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ConnectionClosed, "{e}");
}

#[tokio::test]
async fn a_pooled_connection_keeps_its_statements_across_checkouts() {
    let (_db, name) = support::fresh_database_named().await;
    let url = support::server().connection_string_for(&name);
    let pool = prepared::pool::Manager::builder(&url, prepared::Mode::Prepared)
        .unwrap()
        .max_size(1)
        .build()
        .unwrap();
    for _ in 0..3 {
        let conn = pool.get().await.unwrap();
        conn.prepared_query(R::all_services()).await.unwrap();
    }
    let conn = pool.get().await.unwrap();
    let stats = conn.cache_stats();
    assert_eq!((stats.prepares, stats.hits, stats.len), (1, 2, 1));
    // A transaction on a pooled connection shares the cache.
    let mut conn = conn;
    let tx = conn.transaction().await.unwrap();
    tx.prepared_query(R::all_services()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(pool.manager().stats().hits, 3);
    assert_eq!(pool.manager().stats().prepares, 1);
}

/// Records every span and event with its fields, as text.
#[derive(Clone, Default)]
struct Capture(Arc<std::sync::Mutex<Vec<String>>>);

struct Fields(String);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Fields(span.metadata().name().to_owned());
        span.record(&mut fields);
        let mut all = self.0.lock().unwrap();
        all.push(fields.0);
        tracing::span::Id::from_u64(all.len() as u64)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut fields = Fields("record".to_owned());
        values.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = Fields("event".to_owned());
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn each_execution_has_a_span_with_the_statement_name_and_no_values() {
    let client = support::fresh_database().await;
    let capture = Capture::default();
    let guard = tracing::subscriber::set_default(capture.clone());
    // Another test's thread may have registered the `prepared` callsite while this
    // subscriber was being set, caching "no interest" for it (seen once in CI).
    tracing::callsite::rebuild_interest_cache();
    client
        .prepared_execute(R::service_insert("secret-value-42"))
        .await
        .unwrap();
    client.prepared_query(R::all_services()).await.unwrap();
    drop(guard);
    let seen = capture.0.lock().unwrap().clone();
    assert!(
        seen.iter()
            .any(|s| s == "prepared statement=\"service_insert\""),
        "{seen:#?}"
    );
    assert!(
        seen.iter()
            .any(|s| s == "prepared statement=\"all_services\""),
        "{seen:#?}"
    );
    assert!(
        !seen.iter().any(|s| s.contains("secret-value-42")),
        "a parameter value reached tracing: {seen:#?}"
    );
}

#[tokio::test]
async fn any_tokio_postgres_client_runs_statements_unnamed() {
    let (_db, name) = support::fresh_database_named().await;
    let url = support::server().connection_string_for(&name);
    let (mut raw, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    raw.prepared_execute(R::service_insert("raw"))
        .await
        .unwrap();
    let tx = raw.transaction().await.unwrap();
    tx.prepared_execute(Q::service_add("in-tx")).await.unwrap();
    tx.commit().await.unwrap();
    let services = raw.prepared_query(Q::select_service_query()).await.unwrap();
    assert_eq!(
        services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["in-tx", "raw"]
    );
    // Nothing was left prepared on the server: every execution was unnamed.
    let named: i64 = raw.query_one("SELECT count(*) FROM pg_prepared_statements WHERE statement NOT LIKE '%pg_prepared_statements%'", &[]).await.unwrap().get(0);
    assert_eq!(named, 0);
}

#[tokio::test]
async fn a_generic_text_type_goes_to_the_server_and_back() {
    let client = support::fresh_database().await;
    let row = client
        .prepared_query_one(R::echo_code(Code(7)))
        .await
        .unwrap();
    assert_eq!(row.code, Code(7));
    assert_eq!(row.shout, "CODE-7");
}
