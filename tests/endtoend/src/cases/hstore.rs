//! Imported by `prepared import` from endtoend/hstore/pgx/v5/hstore.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//!
//! 2 of 2 queries are left out; each has a `// Left out:` comment saying why.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    // Left out: ListBar (sqlc `ListBar :many`, endtoend/hstore/pgx/v5/hstore.sql:8): no Rust type is known for column `bar` of type `hstore`: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)

    // Left out: ListBaz (sqlc `ListBaz :many`, endtoend/hstore/pgx/v5/hstore.sql:11): no Rust type is known for column `baz` of type `hstore`: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)
}
