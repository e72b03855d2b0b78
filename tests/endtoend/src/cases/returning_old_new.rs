//! Imported by `prepared import` from endtoend/returning_old_new/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//!
//! 6 of 6 queries are left out; each has a `// Left out:` comment saying why.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    // Left out: UpdateReturningOld (sqlc `UpdateReturningOld :one`, endtoend/returning_old_new/postgresql/pgx/v5/query.sql:1): PostgreSQL does not prepare it against the schema: ERROR 42P01: missing FROM-clause entry for table "old"; correct the query, or give `--schema` what it needs

    // Left out: UpdateReturningOldNew (sqlc `UpdateReturningOldNew :one`, endtoend/returning_old_new/postgresql/pgx/v5/query.sql:5): PostgreSQL does not prepare it against the schema: ERROR 42P01: missing FROM-clause entry for table "old"; correct the query, or give `--schema` what it needs

    // Left out: UpdateReturningOldStar (sqlc `UpdateReturningOldStar :one`, endtoend/returning_old_new/postgresql/pgx/v5/query.sql:9): PostgreSQL does not prepare it against the schema: ERROR 42P01: missing FROM-clause entry for table "old"; correct the query, or give `--schema` what it needs

    // Left out: InsertReturningOldNew (sqlc `InsertReturningOldNew :one`, endtoend/returning_old_new/postgresql/pgx/v5/query.sql:13): PostgreSQL does not prepare it against the schema: ERROR 42P01: missing FROM-clause entry for table "old"; correct the query, or give `--schema` what it needs

    // Left out: DeleteReturningOldNew (sqlc `DeleteReturningOldNew :one`, endtoend/returning_old_new/postgresql/pgx/v5/query.sql:17): PostgreSQL does not prepare it against the schema: ERROR 42P01: missing FROM-clause entry for table "old"; correct the query, or give `--schema` what it needs

    // Left out: UpdateReturningWithAliases (sqlc `UpdateReturningWithAliases :one`, endtoend/returning_old_new/postgresql/pgx/v5/query.sql:21): PostgreSQL does not prepare it against the schema: ERROR 42601: syntax error at or near "WITH"; correct the query, or give `--schema` what it needs
}
