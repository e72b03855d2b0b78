//! Imported by `prepared import` from endtoend/bit_string/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `bit-vec` of `prepared`.
//! Needs the crates `bit-vec` as dependencies.

use prepared::FromRow;

/// A row of `SelectTest`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectTestRow {
    /// Can be NULL: table column `test_table.v_bit_null` allows NULL.
    pub v_bit_null: Option<bit_vec::BitVec>,
    /// Can be NULL: table column `test_table.v_varbit_null` allows NULL.
    pub v_varbit_null: Option<bit_vec::BitVec>,
    pub v_bit: bit_vec::BitVec,
    pub v_varbit: bit_vec::BitVec,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `SelectTest :many`, endtoend/bit_string/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *
from test_table"#,
        row = SelectTestRow
    )]
    pub struct SelectTest;
}
