//! What fails a statement's test: one value per finding, each with its message.

use postgres_types::Type;
use prepared_runtime::raw::describe;
use std::sync::Arc;

/// One reason a statement's test fails.
///
/// ```no_run
/// # fn f(outcome: &prepared_test_harness::Outcome) {
/// use prepared_test_harness::Problem;
///
/// // A test of one's own can tell a statement the server refuses (a schema drift, with
/// // its SQLSTATE in `cause`) from a type mismatch.
/// let refused = outcome.problems.iter().any(|p| matches!(p, Problem::Refused { .. }));
/// # let _ = refused;
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// PostgreSQL refused to prepare the statement. `report` is the full message: the
    /// statement, its SQLSTATE, message, detail and hint, and a caret under the SQL.
    #[error("{report}")]
    Refused {
        /// The message the harness prints.
        report: String,
        /// The error tokio-postgres gave.
        cause: tokio_postgres::Error,
    },
    /// The catalog read that the nullability check needs failed.
    #[error("reading pg_attribute for nullability failed: {}", describe(cause))]
    Catalog {
        /// The error tokio-postgres gave, shared by every statement it fails.
        cause: Arc<tokio_postgres::Error>,
    },
    /// PostgreSQL sees another number of parameters than the statement declares.
    #[error("PostgreSQL sees {inferred} parameters, the statement declares {declared}")]
    ParamCount {
        /// What PostgreSQL infers.
        inferred: usize,
        /// What the statement declares.
        declared: usize,
    },
    /// A parameter's Rust type cannot encode the type PostgreSQL infers for it.
    #[error(
        "parameter `@{param}` (${position}): PostgreSQL infers type `{pg_type}`, which the declared Rust type `{rust_type}` cannot encode"
    )]
    ParamType {
        /// The parameter's name.
        param: &'static str,
        /// Its 1-based position, the `n` of `$n`.
        position: usize,
        /// The type PostgreSQL infers.
        pg_type: Type,
        /// The declared Rust type.
        rust_type: &'static str,
    },
    /// `not_null(column)` names no column of the result.
    #[error("`not_null({column})` names no column of the result")]
    NotNullUnknown {
        /// The name given.
        column: &'static str,
    },
    /// The statement has a row type but returns no columns.
    #[error(
        "`row = {row_type}` but the statement returns no columns; remove `row =` and run it with `prepared_execute`"
    )]
    NoColumns {
        /// The row type.
        row_type: &'static str,
    },
    /// A field reads a column the result does not have.
    #[error(
        "field `{field}: {rust_type}` of `{row_type}` reads column `{column}`, which the result does not have (it has: {available})"
    )]
    MissingColumn {
        /// The field.
        field: &'static str,
        /// Its Rust type.
        rust_type: &'static str,
        /// The row type.
        row_type: &'static str,
        /// The column it reads.
        column: &'static str,
        /// The result's columns, comma-separated.
        available: String,
    },
    /// The column a field reads appears more than once in the result.
    #[error(
        "column `{column}` appears {count} times in the result; alias the columns apart, or give field `{field}` `#[prepared(position = n)]` to read the n-th column"
    )]
    DuplicateColumn {
        /// The column.
        column: &'static str,
        /// How often it appears.
        count: usize,
        /// The field that reads it.
        field: &'static str,
    },
    /// A field's `#[prepared(position = n)]` is past the result's last column.
    #[error(
        "field `{field}` reads column {position} (`#[prepared(position = {position})]`), but the result has {count} columns"
    )]
    PositionBeyond {
        /// The field.
        field: &'static str,
        /// Its 1-based position.
        position: usize,
        /// How many columns the result has.
        count: usize,
    },
    /// A field's Rust type cannot read its column's PostgreSQL type.
    #[error(
        "column `{column}` has PostgreSQL type `{pg_type}`, which field `{field}: {rust_type}` cannot read"
    )]
    ColumnType {
        /// The column, as the result names it.
        column: String,
        /// Its PostgreSQL type.
        pg_type: Type,
        /// The field that reads it.
        field: &'static str,
        /// The field's Rust type.
        rust_type: &'static str,
    },
    /// A column can be NULL but its field is not an `Option`.
    #[error(
        "column `{column}` can be NULL ({reason}), but field `{field}: {rust_type}` is not an `Option`; \
         make it `Option<..>`, or add `not_null({column})` to the statement if you know better"
    )]
    Nullable {
        /// The column, as the result names it.
        column: String,
        /// Why it can be NULL.
        reason: String,
        /// The field that reads it.
        field: &'static str,
        /// The field's Rust type.
        rust_type: &'static str,
    },
    /// A COPY column that no field of the row type writes.
    #[error("COPY column `{column}` ({pg_type}) has no field in `{row_type}`")]
    CopyColumnUnwritten {
        /// The column.
        column: String,
        /// Its PostgreSQL type.
        pg_type: Type,
        /// The row type.
        row_type: &'static str,
    },
    /// A COPY column whose field's Rust type cannot write it.
    #[error(
        "COPY column `{column}` has PostgreSQL type `{pg_type}`, which field `{field}: {rust_type}` cannot write"
    )]
    CopyColumnType {
        /// The column.
        column: String,
        /// Its PostgreSQL type.
        pg_type: Type,
        /// The field that writes it.
        field: &'static str,
        /// The field's Rust type.
        rust_type: &'static str,
    },
    /// A field of the row type writes a column the COPY does not list.
    #[error(
        "field `{field}: {rust_type}` of `{row_type}` writes column `{column}`, which the COPY does not list"
    )]
    CopyFieldUnlisted {
        /// The field.
        field: &'static str,
        /// Its Rust type.
        rust_type: &'static str,
        /// The row type.
        row_type: &'static str,
        /// The column it writes.
        column: &'static str,
    },
    /// A statement the registry marks read-only (a routing pool sends it to read
    /// replicas) calls a user function that is `VOLATILE`, which may write.
    #[error(
        "the statement only reads, so a routing pool sends it to read replicas, but it calls `{function}`, which is VOLATILE and may write: add `primary` to its `#[prepared(..)]`, or declare the function STABLE or IMMUTABLE if it only reads"
    )]
    VolatileCall {
        /// The function, `schema.name`.
        function: String,
    },
    /// The catalog read that the read-only check needs failed.
    #[error(
        "reading pg_proc for the functions of a read-only statement failed: {}",
        describe(cause)
    )]
    FunctionCatalog {
        /// The error tokio-postgres gave, shared by every statement it fails.
        cause: Arc<tokio_postgres::Error>,
    },
}
