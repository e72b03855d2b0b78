//! Imported by `prepared import` from endtoend/ranges/pgx/v5/query.sql: each query a `#[prepared]` statement, its
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

    // Left out: SelectTest (sqlc `SelectTest :many`, endtoend/ranges/pgx/v5/query.sql:1): no Rust type is known for column `v_daterange_null` of type `daterange`, column `v_datemultirange_null` of type `datemultirange`, column `v_tsrange_null` of type `tsrange`, column `v_tsmultirange_null` of type `tsmultirange`, column `v_tstzrange_null` of type `tstzrange`, column `v_tstzmultirange_null` of type `tstzmultirange`, column `v_numrange_null` of type `numrange`, column `v_nummultirange_null` of type `nummultirange`, column `v_int4range_null` of type `int4range`, column `v_int4multirange_null` of type `int4multirange`, column `v_int8range_null` of type `int8range`, column `v_int8multirange_null` of type `int8multirange`, column `v_daterange` of type `daterange`, column `v_datemultirange` of type `datemultirange`, column `v_tsrange` of type `tsrange`, column `v_tsmultirange` of type `tsmultirange`, column `v_tstzrange` of type `tstzrange`, column `v_tstzmultirange` of type `tstzmultirange`, column `v_numrange` of type `numrange`, column `v_nummultirange` of type `nummultirange`, column `v_int4range` of type `int4range`, column `v_int4multirange` of type `int4multirange`, column `v_int8range` of type `int8range`, column `v_int8multirange` of type `int8multirange`: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)
}
