//! Imported by `prepared import` from endtoend/cid_oid_tid_xid/pgx/v5/query.sql: each query a `#[prepared]` statement, its
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

    // Left out: SelectTest (sqlc `SelectTest :many`, endtoend/cid_oid_tid_xid/pgx/v5/query.sql:1): no Rust type is known for column `v_cid_null` of type `cid`, column `v_tid_null` of type `tid`, column `v_xid_null` of type `xid`, column `v_xid8_null` of type `xid8`, column `v_cid` of type `cid`, column `v_tid` of type `tid`, column `v_xid` of type `xid`, column `v_xid8` of type `xid8`: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)
}
