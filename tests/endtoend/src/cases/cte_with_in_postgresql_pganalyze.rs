//! Imported by `prepared import` from endtoend/cte_with_in/postgresql/pganalyze/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `GetAll`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAllRow {
    pub id: i64,
    /// Can be NULL: table column `l.parent_id` allows NULL.
    pub parent_id: Option<i32>,
}

/// A row of `GetAll1`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAll1Row {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub l_id: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub f: Option<String>,
}

/// A row of `GetAll2`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAll2Row {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub id: Option<i64>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub l_id: Option<i32>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub f: Option<String>,
}

/// A row of `GetAll4`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAll4Row {
    pub id: i64,
}

/// A row of `GetAll3`.
#[derive(Debug, Clone, FromRow)]
pub struct GetAll3Row {
    pub id: i64,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetAll :many`, endtoend/cte_with_in/postgresql/pganalyze/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT * FROM L"#,
        row = GetAllRow
    )]
    pub struct GetAll;

    /// sqlc `GetAll1 :many`, endtoend/cte_with_in/postgresql/pganalyze/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"with recursive cte as (
  select id, L_ID, F from T
  union all
  select c.id, c.L_ID, c.F from T as c where c.L_ID = @l_id
) select id, l_id, f from cte"#,
        params(l_id: i32),
        row = GetAll1Row
    )]
    pub struct GetAll1;

    /// sqlc `GetAll2 :many`, endtoend/cte_with_in/postgresql/pganalyze/query.sql:11; run it with `prepared_query`.
    #[prepared(
        r#"with recursive cte as (
  select id, L_ID, F from T where T.ID=2
  union all
  select c.id, c.L_ID, c.F from T as c where c.L_ID = @l_id
) select id, l_id, f from cte"#,
        params(l_id: i32),
        row = GetAll2Row
    )]
    pub struct GetAll2;

    /// sqlc `GetAll4 :many`, endtoend/cte_with_in/postgresql/pganalyze/query.sql:18; run it with `prepared_query`.
    #[prepared(
        r#"select id from T where L_ID in(
  with recursive L as (
    select id, L_ID, F from T where T.ID =2
    union all
    select c.id, c.L_ID, c.F from T as c where c.L_ID = @l_id
 ) select l_id from L
)"#,
        params(l_id: i32),
        row = GetAll4Row
    )]
    pub struct GetAll4;

    /// sqlc `GetAll3 :many`, endtoend/cte_with_in/postgresql/pganalyze/query.sql:27; run it with `prepared_query`.
    #[prepared(
        r#"select id from T where L_ID in(
  with recursive cte as (
    select id, L_ID, F from T where T.ID =2
    union all
    select c.id, c.L_ID, c.F from T as c where c.L_ID = @l_id
 ) select l_id from cte
)"#,
        params(l_id: i32),
        row = GetAll3Row
    )]
    pub struct GetAll3;
}
