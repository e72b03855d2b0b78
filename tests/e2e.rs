//! End to end against a real PostgreSQL started by the test itself: execution, nullable
//! parameters, JSON, enums bound as `VARCHAR[]`, typed rows and their errors, the cache.

#[allow(dead_code)]
#[path = "../examples/accounts/model.rs"]
mod model;
mod support;

use model::queries::PreparedStatement as Q;
use model::{ApiModelUser, Service, UserRole};
use prepared::{Error, Json, PreparedExt};
use std::collections::HashSet;

fn ada() -> ApiModelUser {
    ApiModelUser {
        name: "Ada".into(),
        email: "ada@example.com".into(),
    }
}

#[prepared::registry]
mod checks {
    use super::Service;
    use prepared::prepared;

    #[prepared("SELECT id, name FROM service", row = Service)]
    pub struct MissingColumn;

    #[prepared("SELECT id, id AS name, deleted FROM service", row = Service)]
    pub struct WrongType;

    #[prepared("SELECT id, NULL::text AS name, deleted FROM service", row = Service)]
    pub struct NullName;

    /// The columns in another order than the row type's fields: each is found by name.
    #[prepared("SELECT deleted, name, id FROM service", row = Service)]
    pub struct Reordered;

    #[prepared("SELECT count(*) AS n, @v::jsonb ->> 'k' AS k FROM accounts", params(v: serde_json::Value))]
    pub struct JsonValue;

    #[prepared("SELECT role FROM account_roles WHERE account_id = @id ORDER BY role", params(id: i64))]
    pub struct RolesOf;

    #[prepared("SELECT * FROM no_such_table")]
    pub struct NoTable;

    #[prepared("SELECT @a::int4 + @a AS twice", params(a: i32))]
    pub struct Twice;
}

#[tokio::test]
async fn adds_and_reads_an_account_with_its_roles() {
    let client = support::fresh_database().await;
    let roles = HashSet::from([UserRole::Viewer, UserRole::Admin]);
    let added = client
        .prepared_query_one(Q::accounts_add(Json(ada()), roles, Some(false)))
        .await
        .unwrap();
    assert_eq!(added.info.0, ada());
    assert_eq!(added.enabled, Some(false));

    let read = client
        .prepared_query_one(Q::account_with_roles_by_id(added.id))
        .await
        .unwrap();
    assert_eq!(read.id, added.id);
    assert_eq!(read.roles, [UserRole::Admin, UserRole::Viewer]);

    // The set went in as VARCHAR[]: one text row per role.
    let rows = client
        .prepared_query(checks::PreparedStatement::roles_of(added.id))
        .await
        .unwrap();
    let stored: Vec<String> = rows.iter().map(|r| r.get("role")).collect();
    assert_eq!(stored, ["admin", "viewer"]);
}

#[tokio::test]
async fn nullable_parameters_store_null() {
    let client = support::fresh_database().await;
    let added = client
        .prepared_query_one(Q::accounts_add(Json(ada()), HashSet::new(), None))
        .await
        .unwrap();
    assert_eq!(added.enabled, None);
    let is_null: bool = client
        .query_one(
            "SELECT enabled IS NULL FROM accounts WHERE id = $1",
            &[&added.id],
        )
        .await
        .unwrap()
        .get(0);
    assert!(is_null);
    let changed = client
        .prepared_execute(Q::account_set_enabled(added.id, Some(true)))
        .await
        .unwrap();
    assert_eq!(changed, 1);
    let read = client
        .prepared_query_one(Q::account_with_roles_by_id(added.id))
        .await
        .unwrap();
    assert_eq!(read.enabled, Some(true));
    assert!(read.roles.is_empty());
}

#[tokio::test]
async fn json_values_and_reused_parameters() {
    let client = support::fresh_database().await;
    let row = client
        .prepared_query_one(checks::PreparedStatement::json_value(
            serde_json::json!({"k": "v"}),
        ))
        .await
        .unwrap();
    assert_eq!(row.get::<_, i64>("n"), 0);
    assert_eq!(row.get::<_, &str>("k"), "v");
    let twice = client
        .prepared_query_one(checks::PreparedStatement::twice(21))
        .await
        .unwrap();
    assert_eq!(twice.get::<_, i32>("twice"), 42);
    assert_eq!(
        checks::PreparedQueryEnum::Twice.sql(),
        "SELECT $1::int4 + $1 AS twice /*module='e2e::checks',statement='twice'*/"
    );
}

#[tokio::test]
async fn row_type_mismatches_are_errors_naming_statement_and_column() {
    let client = support::fresh_database().await;
    client
        .prepared_execute(Q::service_add("billing"))
        .await
        .unwrap();
    let services: Vec<Service> = client
        .prepared_query(Q::select_service_query())
        .await
        .unwrap();
    assert_eq!(services.len(), 1);
    assert_eq!(services[0].name, "billing");
    assert!(!services[0].is_deleted);
    let reordered = client
        .prepared_query_one(checks::PreparedStatement::reordered())
        .await
        .unwrap();
    assert_eq!(
        (reordered.id, reordered.name, reordered.is_deleted),
        (services[0].id, "billing".to_owned(), false)
    );

    let e = client
        .prepared_query(checks::PreparedStatement::missing_column())
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::MissingColumn {
                column: "deleted",
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "statement `missing_column`: column `deleted` (field `is_deleted`) is missing from the result; it has: id, name"
    );

    let e = client
        .prepared_query(checks::PreparedStatement::wrong_type())
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "statement `wrong_type`: column `name` has PostgreSQL type `int8`, which field `name: String` cannot read"
    );

    let e = client
        .prepared_query(checks::PreparedStatement::null_name())
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "statement `null_name`: column `name` is NULL but field `name: String` is not an `Option`"
    );
}

#[tokio::test]
async fn row_counts_and_postgres_errors_name_the_statement() {
    let client = support::fresh_database().await;
    let e = client
        .prepared_query_one(Q::account_with_roles_by_id(404))
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "statement `account_with_roles_by_id`: expected exactly one row, got 0"
    );
    assert!(
        client
            .prepared_query_opt(Q::account_with_roles_by_id(404))
            .await
            .unwrap()
            .is_none()
    );

    let e = client
        .prepared_query(checks::PreparedStatement::no_table())
        .await
        .unwrap_err();
    assert_eq!(e.statement(), Some("no_table"));
    assert_eq!(
        e.code(),
        Some(&tokio_postgres::error::SqlState::UNDEFINED_TABLE)
    );
    assert_eq!(
        e.to_string(),
        "statement `no_table`: ERROR 42P01: relation \"no_such_table\" does not exist"
    );
}

/// The statement as PostgreSQL knows it on this session: (name, prepare_time).
async fn server_side_statement(client: &prepared::Client, sql: &str) -> Vec<(String, String)> {
    client
        .query(
            "SELECT name, prepare_time::text FROM pg_prepared_statements WHERE statement = $1",
            &[&sql],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

#[tokio::test]
async fn a_second_execution_sends_no_new_parse() {
    let mut client = support::fresh_database().await;
    let sql = model::queries::PreparedQueryEnum::SelectServiceQuery.sql();
    assert!(server_side_statement(&client, sql).await.is_empty());

    client
        .prepared_query(Q::select_service_query())
        .await
        .unwrap();
    let first = server_side_statement(&client, sql).await;
    assert_eq!(first.len(), 1, "prepared once: {first:?}");

    client
        .prepared_query(Q::select_service_query())
        .await
        .unwrap();
    // A transaction on the same connection shares the cache.
    let tx = client.transaction().await.unwrap();
    tx.prepared_query(Q::select_service_query()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        server_side_statement(&client, sql).await,
        first,
        "the same server-side statement, never re-parsed"
    );
    let stats = client.cache_stats();
    assert_eq!((stats.prepares, stats.hits, stats.len), (1, 2, 1));
}

#[test]
fn the_registry_describes_every_statement() {
    use model::queries::{PreparedQueryEnum, REGISTRY};
    assert_eq!(REGISTRY.statements.len(), PreparedQueryEnum::ALL.len());
    let add = PreparedQueryEnum::AccountsAdd;
    assert_eq!(add.name(), "accounts_add");
    assert!(add.source_sql().contains("@data::jsonb"));
    assert!(
        add.sql().contains("$1::jsonb")
            && add.sql().contains("$2::VARCHAR[]")
            && add.sql().contains("$3")
    );
    // The path `file!()` gives there: rustc names a `#[path]` module's file by the path.
    assert_eq!(add.file(), "tests/../examples/accounts/model.rs");
    let info = add.info();
    let params: Vec<_> = info.params.iter().map(|p| (p.name, p.rust_type)).collect();
    assert_eq!(
        params,
        [
            ("data", "Json<ApiModelUser>"),
            ("roles", "HashSet<UserRole>"),
            ("enabled", "Option<bool>")
        ]
    );
    assert!((info.params[1].accepts)(
        &postgres_types::Type::VARCHAR_ARRAY
    ));
    assert!(!(info.params[1].accepts)(&postgres_types::Type::INT4_ARRAY));
    assert!((info.params[0].accepts)(&postgres_types::Type::JSONB));
    let row = info.row.unwrap();
    let columns: Vec<_> = row.columns.iter().map(|c| (c.name, c.nullable)).collect();
    assert_eq!(
        columns,
        [
            ("id", false),
            ("info", false),
            ("enabled", true),
            ("created_at", false)
        ]
    );
    // The position of `$3` maps back to `@enabled`.
    let out = info.sql.find("$3").unwrap();
    let source = prepared_test_harness::source_offset(info, out);
    assert_eq!(&info.source_sql[source..][..8], "@enabled");
    let by_id = REGISTRY.get("account_with_roles_by_id").unwrap();
    assert_eq!(
        by_id.location.sql_file,
        Some("sql/queries/account_with_roles.sql")
    );
    assert!(by_id.location.line > 0);
}
