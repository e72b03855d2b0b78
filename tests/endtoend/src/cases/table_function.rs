//! Imported by `prepared import` from endtoend/table_function/postgresql/pgx/v5/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `serde_json` as dependencies.

use prepared::FromRow;

/// A row of `GetTransaction`.
#[derive(Debug, Clone, FromRow)]
pub struct GetTransactionRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub jsonb_extract_path: Option<serde_json::Value>,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub jsonb_agg: Option<serde_json::Value>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetTransaction :many`, endtoend/table_function/postgresql/pgx/v5/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
	jsonb_extract_path(transactions.data, '$.transaction.signatures[0]'),
	jsonb_agg(instructions.value)
FROM
  transactions, 
	jsonb_each(jsonb_extract_path(transactions.data, '$.transaction.message.instructions[0]')) AS instructions
WHERE
	transactions.program_id = @program_id
	AND jsonb_extract_path(transactions.data, '$.transaction.signatures[0]') @> to_jsonb(@data::text)
	AND jsonb_extract_path(jsonb_extract_path(transactions.data, '$.transaction.message.accountKeys'), 'key') = to_jsonb(transactions.program_id)
GROUP BY transactions.id"#,
        params(program_id: &str, data: &str),
        row = GetTransactionRow
    )]
    pub struct GetTransaction;
}
