//! Imported by `prepared import` from endtoend/join_update/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Percentile :exec`, endtoend/join_update/postgresql/pgx/query.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE group_calc_totals gct 
SET npn = nem.npn 
FROM producer_group_attribute ga 
JOIN npn_external_map nem ON ga.npn_external_map_id = nem.id 
WHERE gct.group_id = ga.group_id"#
    )]
    pub struct Percentile;
}
