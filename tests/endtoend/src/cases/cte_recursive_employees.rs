//! Imported by `prepared import` from endtoend/cte_recursive_employees/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetSubordinates`.
#[derive(Debug, Clone, FromRow)]
pub struct GetSubordinatesRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub name: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetSubordinates :many`, endtoend/cte_recursive_employees/postgresql/pgx/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"WITH RECURSIVE subordinates(name, manager) AS (
    SELECT
        NULL, @name::TEXT
    UNION
    SELECT
        s.manager, e.name
    FROM 
        subordinates AS s
    LEFT OUTER JOIN
        employees AS e
    ON
        e.manager = s.manager
    WHERE
        s.manager IS NOT NULL
)
SELECT 
    s.name
FROM
    subordinates AS s
WHERE
    s.name != @name"#,
        params(name: &str),
        row = GetSubordinatesRow
    )]
    pub struct GetSubordinates;
}
