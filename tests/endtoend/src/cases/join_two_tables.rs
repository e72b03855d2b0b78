//! Imported by `prepared import` from endtoend/join_two_tables/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `TwoJoins`.
#[derive(Debug, Clone, FromRow)]
pub struct TwoJoinsRow {
    pub bar_id: i32,
    pub baz_id: i32,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `TwoJoins :many`, endtoend/join_two_tables/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT foo.*
FROM foo
JOIN bar ON bar.id = bar_id
JOIN baz ON baz.id = baz_id"#,
        row = TwoJoinsRow
    )]
    pub struct TwoJoins;
}
