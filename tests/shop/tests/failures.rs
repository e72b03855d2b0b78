//! Each class of drift and mistake that the harness must catch, with the message it gives,
//! against a real PostgreSQL started by this test.

mod support;

use prepared::FromRow;
use prepared::registry::StatementInfo;
use prepared_shop::{customers, jobs, orders, products, search};
use prepared_test_harness::{Outcome, Problem, check_with, schema};
use support::server;

/// A new database with the shop's migrations and then `drift` applied.
async fn database(drift: &str) -> String {
    support::database("", drift).await
}

async fn check(drift: &str, statement: &'static StatementInfo) -> Outcome {
    let url = database(drift).await;
    let mut outcomes = check_with(&url, &[statement]).await.unwrap();
    outcomes.remove(0)
}

async fn failure(drift: &str, statement: &'static StatementInfo) -> String {
    let outcome = check(drift, statement).await;
    assert!(!outcome.passed(), "{} should fail", statement.name);
    outcome.message()
}

#[tokio::test]
async fn the_schema_as_migrated_passes() {
    let url = database("").await;
    let all: Vec<_> = [
        &customers::REGISTRY,
        &products::REGISTRY,
        &orders::REGISTRY,
        &jobs::REGISTRY,
    ]
    .iter()
    .flat_map(|r| r.statements.iter().copied())
    .collect();
    let outcomes = check_with(&url, &all).await.unwrap();
    let failed: Vec<_> = outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(Outcome::message)
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(outcomes.len() >= 30);
}

#[tokio::test]
async fn a_renamed_column() {
    let message = failure(
        "ALTER TABLE products RENAME COLUMN sku TO code",
        products::PreparedQueryEnum::ProductById.info(),
    )
    .await;
    assert!(
        message.starts_with("statement `product_by_id` (tests/shop/src/lib.rs:"),
        "{message}"
    );
    assert!(
        message.contains("ERROR 42703: column \"sku\" does not exist"),
        "{message}"
    );
    // The caret sits under `sku` in the SQL as written.
    assert!(message.contains("--> SQL, line 1, column 12:"), "{message}");
    assert!(message.contains("1 | SELECT id, sku, name"), "{message}");
    assert!(message.contains("  |            ^"), "{message}");
}

#[tokio::test]
async fn a_dropped_table() {
    let outcome = check(
        "DROP TABLE jobs",
        jobs::PreparedQueryEnum::JobEnqueue.info(),
    )
    .await;
    let [Problem::Refused { cause, .. }] = outcome.problems.as_slice() else {
        panic!("{:?}", outcome.problems)
    };
    assert_eq!(
        cause.code(),
        Some(&tokio_postgres::error::SqlState::UNDEFINED_TABLE)
    );
    let message = outcome.message();
    assert!(message.contains("statement `job_enqueue`"), "{message}");
    assert!(
        message.contains("ERROR 42P01: relation \"jobs\" does not exist"),
        "{message}"
    );
}

#[tokio::test]
async fn a_changed_column_type() {
    let outcome = check(
        "ALTER TABLE products ALTER COLUMN stock TYPE bigint",
        products::PreparedQueryEnum::ProductById.info(),
    )
    .await;
    // The problem is typed: a tool can act on it without reading the message.
    assert!(
        matches!(
            outcome.problems.as_slice(),
            [Problem::ColumnType { column, pg_type, field: "stock", rust_type: "i32" }]
                if column == "stock" && *pg_type == tokio_postgres::types::Type::INT8
        ),
        "{:?}",
        outcome.problems
    );
    let message = outcome.message();
    assert!(
        message.contains(
            "column `stock` has PostgreSQL type `int8`, which field `stock: i32` cannot read"
        ),
        "{message}"
    );
}

#[tokio::test]
async fn a_changed_column_type_behind_a_parameter() {
    let message = failure(
        "ALTER TABLE jobs ALTER COLUMN attempts TYPE bigint; ALTER TABLE jobs ALTER COLUMN id TYPE text",
        jobs::PreparedQueryEnum::JobComplete.info(),
    )
    .await;
    assert!(
        message.contains("parameter `@id` ($1): PostgreSQL infers type `text`, which the declared Rust type `i64` cannot encode"),
        "{message}"
    );
}

/// A COPY's columns are proven through its probe: a column whose type the field cannot
/// write, and a column the migration added that no field writes, fail together.
#[tokio::test]
async fn a_copy_whose_columns_drifted() {
    let message = failure(
        "ALTER TABLE products ALTER COLUMN stock TYPE numeric",
        search::PreparedQueryEnum::ProductsCopy.info(),
    )
    .await;
    assert!(
        message.starts_with("statement `products_copy` (tests/shop/src/lib.rs:"),
        "{message}"
    );
    assert!(
        message.contains(
            "COPY column `stock` has PostgreSQL type `numeric`, which field `stock: i32` cannot write"
        ),
        "{message}"
    );
    let message = failure(
        "ALTER TABLE products RENAME COLUMN discontinued_at TO retired_on",
        search::PreparedQueryEnum::ProductsCopy.info(),
    )
    .await;
    assert!(
        message.contains("ERROR 42703: column \"discontinued_at\" does not exist"),
        "{message}"
    );
}

/// One variant of a statement with optional fragments fails alone, under its own name.
#[tokio::test]
async fn a_variant_whose_fragment_drifted() {
    let url = database("ALTER TABLE products RENAME COLUMN tags TO labels").await;
    let variants = search::PreparedQueryEnum::ProductsSearch.info().runnable();
    assert_eq!(variants.len(), 48);
    let outcomes = check_with(&url, &variants).await.unwrap();
    let failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| !o.passed())
        .map(|o| o.statement.name)
        .collect();
    assert_eq!(failed.len(), 24, "{failed:?}");
    assert!(
        failed.iter().all(|n| n.starts_with("products_search{tag")),
        "{failed:?}"
    );
    let message = outcomes
        .iter()
        .find(|o| o.statement.name == "products_search{tag,order=Cheapest}")
        .unwrap()
        .message();
    // The caret points into the fragment as written.
    assert!(
        message.contains("ERROR 42703: column p.tags does not exist"),
        "{message}"
    );
    assert!(message.contains("--> SQL, line 6, column 32:"), "{message}");
    assert!(
        message.contains("{@tag: AND @tag = ANY(p.tags)}"),
        "{message}"
    );
}

#[derive(Debug, FromRow)]
pub struct OrderNote {
    pub id: i64,
    pub note: String,
}

#[derive(Debug, FromRow)]
pub struct OrderWithItem {
    pub id: i64,
    pub product_id: i64,
}

#[derive(Debug, FromRow)]
pub struct ProductWithColor {
    pub id: i64,
    pub color: String,
}

#[derive(Debug, FromRow)]
pub struct IdsByName {
    pub id: uuid::Uuid,
    pub email: String,
}

#[derive(Debug, FromRow)]
pub struct ReferrerNotOption {
    #[prepared(position = 1)]
    pub id: uuid::Uuid,
    #[prepared(position = 2)]
    pub referrer_id: uuid::Uuid,
}

#[derive(Debug, FromRow)]
pub struct PositionPastTheEnd {
    #[prepared(position = 3)]
    pub id: uuid::Uuid,
}

#[derive(Debug, FromRow)]
pub struct CustomerIdEmail {
    pub id: uuid::Uuid,
    pub email: String,
}

#[derive(Debug, FromRow)]
pub struct FlattenedOuterSide {
    #[prepared(flatten)]
    pub order: prepared_shop::Order,
    #[prepared(flatten)]
    pub customer: CustomerIdEmail,
}

#[tokio::test]
async fn a_repeated_column_read_by_name() {
    let message = failure("", mistakes::PreparedQueryEnum::RepeatedByName.info()).await;
    assert!(
        message.contains(
            "column `id` appears 2 times in the result; alias the columns apart, or give field `id` `#[prepared(position = n)]` to read the n-th column"
        ),
        "{message}"
    );
    // `email` is column 3, not the field's place (2), and appears once: found by name.
    assert!(!message.contains("`email`"), "{message}");
}

#[tokio::test]
async fn a_position_on_the_nullable_side_and_past_the_end() {
    let message = failure(
        "",
        mistakes::PreparedQueryEnum::PositionOnNullableSide.info(),
    )
    .await;
    assert!(
        message.contains(
            "column `id` can be NULL (`customers` is on the nullable side of an outer join), but field `referrer_id: uuid::Uuid` is not an `Option`"
        ),
        "{message}"
    );
    // The first `id` is from the kept side.
    assert!(!message.contains("field `id: "), "{message}");
    let message = failure("", mistakes::PreparedQueryEnum::PositionBeyond.info()).await;
    assert!(
        message.contains(
            "field `id` reads column 3 (`#[prepared(position = 3)]`), but the result has 2 columns"
        ),
        "{message}"
    );
}

#[tokio::test]
async fn a_flattened_row_on_the_nullable_side() {
    let message = failure(
        "",
        mistakes::PreparedQueryEnum::FlattenedOnNullableSide.info(),
    )
    .await;
    // The nested row's columns are found by name after the order's five, `id` included.
    assert!(
        message.contains(
            "column `email` can be NULL (`customers` is on the nullable side of an outer join), but field `email: String` is not an `Option`"
        ),
        "{message}"
    );
    assert!(
        message.contains(
            "column `id` can be NULL (`customers` is on the nullable side of an outer join), but field `id: uuid::Uuid` is not an `Option`"
        ),
        "{message}"
    );
    // The order's own `id` (column 1) is on the kept side.
    assert!(!message.contains("field `id: i64`"), "{message}");
}

#[prepared::registry]
mod mistakes {
    use super::*;
    use prepared::prepared;

    #[prepared("SELECT id, sku FROM products WHERE id = @id", params(id: i32))]
    pub struct WrongParamType;

    #[prepared("SELECT id, note FROM orders", row = OrderNote)]
    pub struct NullableIntoString;

    #[prepared("SELECT id, note FROM orders", row = OrderNote, not_null(note))]
    pub struct NullableOverridden;

    #[prepared("SELECT id, name FROM products", row = ProductWithColor)]
    pub struct MissingField;

    #[prepared("SELECT o.id, i.product_id FROM orders o LEFT JOIN order_items i ON i.order_id = o.id", row = OrderWithItem)]
    pub struct OuterJoinSide;

    #[prepared("UPDATE products SET stock = 0 WHERE id = @id", params(id: i64), row = ProductWithColor)]
    pub struct RowWithoutColumns;

    #[prepared("SELECT o.id, c.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id", row = IdsByName)]
    pub struct RepeatedByName;

    #[prepared("SELECT c.id, r.id, c.email FROM customers c LEFT JOIN customers r ON r.id = c.referrer", row = ReferrerNotOption)]
    pub struct PositionOnNullableSide;

    #[prepared("SELECT id, email FROM customers", row = PositionPastTheEnd)]
    pub struct PositionBeyond;

    #[prepared("SELECT o.*, c.id, c.email FROM orders o LEFT JOIN customers c ON c.id = o.customer_id", row = FlattenedOuterSide)]
    pub struct FlattenedOnNullableSide;
}

#[tokio::test]
async fn a_parameter_declared_with_the_wrong_rust_type() {
    let message = failure("", mistakes::PreparedQueryEnum::WrongParamType.info()).await;
    assert!(
        message.contains("parameter `@id` ($1): PostgreSQL infers type `int8`, which the declared Rust type `i32` cannot encode"),
        "{message}"
    );
}

#[tokio::test]
async fn a_nullable_column_read_into_a_non_option_field() {
    let message = failure("", mistakes::PreparedQueryEnum::NullableIntoString.info()).await;
    assert!(
        message.contains(
            "column `note` can be NULL (table column `orders.note` allows NULL), but field `note: String` is not an `Option`"
        ),
        "{message}"
    );
    let overridden = check("", mistakes::PreparedQueryEnum::NullableOverridden.info()).await;
    assert!(overridden.passed(), "{}", overridden.message());
    assert_eq!(
        overridden.notes,
        [
            "column `note` is declared `not_null` by the statement although table column `orders.note` allows NULL"
        ]
    );
}

#[tokio::test]
async fn a_column_that_became_nullable() {
    let message = failure(
        "ALTER TABLE customers ALTER COLUMN name DROP NOT NULL",
        customers::PreparedQueryEnum::CustomerById.info(),
    )
    .await;
    assert!(
        message.contains("column `name` can be NULL (table column `customers.name` allows NULL)"),
        "{message}"
    );
}

#[tokio::test]
async fn a_row_field_missing_from_the_result() {
    let message = failure("", mistakes::PreparedQueryEnum::MissingField.info()).await;
    assert!(
        message.contains(
            "field `color: String` of `ProductWithColor` reads column `color`, which the result does not have (it has: id, name)"
        ),
        "{message}"
    );
    let outcome = check("", products::PreparedQueryEnum::ProductsByAttribute.info()).await;
    assert!(outcome.passed());
}

#[tokio::test]
async fn the_outer_side_of_a_left_join_read_into_a_non_option_field() {
    let message = failure("", mistakes::PreparedQueryEnum::OuterJoinSide.info()).await;
    assert!(
        message.contains(
            "column `product_id` can be NULL (`order_items` is on the nullable side of an outer join), but field `product_id: i64` is not an `Option`"
        ),
        "{message}"
    );
    // `o.id` comes from the kept side: not reported.
    assert!(!message.contains("column `id`"), "{message}");
}

#[tokio::test]
async fn a_row_type_on_a_statement_without_columns() {
    let message = failure("", mistakes::PreparedQueryEnum::RowWithoutColumns.info()).await;
    assert!(
        message.contains("`row = ProductWithColor` but the statement returns no columns"),
        "{message}"
    );
}

#[tokio::test]
async fn a_schema_file_with_an_error() {
    let dir = std::env::temp_dir().join(format!("prepared-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let admin = prepared::Client::connect(&server().connection_string())
        .await
        .unwrap();
    let mut errors = Vec::new();
    // Without a position from PostgreSQL, the line is where the failing statement starts;
    // with one, it is the line of the position.
    let scripts = [
        "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n    id int,\n    a_id int REFERENCES nope(id)\n);\n",
        "-- a comment; with a semicolon\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nCREATE TABLE c (\n    id int,\n    name txet\n);\n",
    ];
    for (i, script) in scripts.iter().enumerate() {
        let file = dir.join(format!("000{i}_broken.sql"));
        std::fs::write(&file, script).unwrap();
        let db = format!("broken_schema_{i}");
        admin
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .await
            .unwrap();
        let client = prepared::Client::connect(&server().connection_string_for(&db))
            .await
            .unwrap();
        errors.push((
            file.clone(),
            schema::apply(&client, &[file])
                .await
                .unwrap_err()
                .to_string(),
        ));
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        errors[0].1,
        format!(
            "schema file {}:3 does not apply: ERROR 42P01: relation \"nope\" does not exist",
            errors[0].0.display()
        )
    );
    assert_eq!(
        errors[1].1,
        format!(
            "schema file {}:5 does not apply: ERROR 42704: type \"txet\" does not exist",
            errors[1].0.display()
        )
    );
}
