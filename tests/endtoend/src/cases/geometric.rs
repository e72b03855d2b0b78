//! Imported by `prepared import` from endtoend/geometric/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//!
//! 1 of 1 queries are left out; each has a `// Left out:` comment saying why.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    // Left out: SelectTest (sqlc `SelectTest :many`, endtoend/geometric/pgx/v5/query.sql:1): no Rust type is known for column `v_circle_null` of type `circle`, column `v_line_null` of type `line`, column `v_lseg_null` of type `lseg`, column `v_polygon_null` of type `polygon`, column `v_circle` of type `circle`, column `v_line` of type `line`, column `v_lseg` of type `lseg`, column `v_polygon` of type `polygon`: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)
}
