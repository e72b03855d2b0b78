//! Imported by `prepared import` from endtoend/order_by_union/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `ListAuthorsUnion`.
#[derive(Debug, Clone, FromRow)]
pub struct ListAuthorsUnionRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub foo: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListAuthorsUnion :many`, endtoend/order_by_union/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT name as foo FROM authors
UNION
SELECT first_name as foo FROM people
ORDER BY foo"#,
        row = ListAuthorsUnionRow
    )]
    pub struct ListAuthorsUnion;
}
