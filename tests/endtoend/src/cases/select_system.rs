//! Imported by `prepared import` from endtoend/select_system/pgx/query.sql: each query a `#[prepared]` statement, its
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

    // Left out: GetSystemColumns (sqlc `GetSystemColumns :one`, endtoend/select_system/pgx/query.sql:1): no Rust type is known for column `xmin` of type `xid`, column `cmin` of type `cid`, column `xmax` of type `xid`, column `cmax` of type `cid`, column `ctid` of type `tid`: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)
}
