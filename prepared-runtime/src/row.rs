//! Typed rows: the `FromRow` trait and the column reader its derive calls.

use crate::error::Error;
use crate::registry::{ColumnInfo, StatementInfo};
use crate::statement::Column;
use tokio_postgres::Row;

/// A type that one result row converts into; derive it with `#[derive(prepared::FromRow)]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the row type of a statement",
    label = "not a row type",
    note = "derive it: `#[derive(prepared::FromRow)] struct {Self} {{ .. }}`, one field per column"
)]
pub trait FromRow: Sized + Send {
    /// The columns the type reads; `None` for `tokio_postgres::Row`, which takes any.
    const COLUMNS: Option<&'static [ColumnInfo]>;
    /// Reads one row of `statement`'s result; errors name the statement, the column and the field.
    fn from_row(row: Row, statement: &'static StatementInfo) -> Result<Self, Error>;
}

impl FromRow for Row {
    const COLUMNS: Option<&'static [ColumnInfo]> = None;
    fn from_row(row: Row, _: &'static StatementInfo) -> Result<Self, Error> {
        Ok(row)
    }
}

/// Reads the column described by `column` into `T`, with errors that name the statement,
/// the column and both types instead of panicking.
///
/// `position` is the field's place in the row type, where the column usually is (the
/// fields follow the `SELECT` list): found there, no name is compared with another
/// column's, so a wide row costs one comparison per column rather than a scan each.
#[doc(hidden)]
pub fn read_column<T>(
    row: &Row,
    statement: &'static StatementInfo,
    column: &'static ColumnInfo,
    position: usize,
) -> Result<T, Error>
where
    T: Column,
{
    let columns = row.columns();
    let idx = match columns.get(position) {
        Some(c) if c.name() == column.name => position,
        _ => match columns.iter().position(|c| c.name() == column.name) {
            Some(idx) => idx,
            None => return Err(missing(columns, statement, column)),
        },
    };
    // tokio-postgres checks the type itself; the checks that name the mistake run only
    // once it has refused.
    row.try_get::<_, T>(idx).map_err(|e| {
        let pg_type = columns[idx].type_();
        let was_null =
            std::error::Error::source(&e).is_some_and(|s| s.is::<postgres_types::WasNull>());
        if !T::accepts(pg_type) {
            Error::ColumnType {
                statement: statement.name,
                column: column.name,
                field: column.field,
                rust_type: column.rust_type,
                pg_type: pg_type.clone(),
            }
        } else if was_null {
            Error::UnexpectedNull {
                statement: statement.name,
                column: column.name,
                field: column.field,
                rust_type: column.rust_type,
            }
        } else {
            Error::Decode {
                statement: statement.name,
                column: column.name.to_owned(),
                rust_type: column.rust_type,
                pg_type: pg_type.clone(),
                cause: Box::new(e),
            }
        }
    })
}

/// The error for a column the row does not have, listing the ones it has.
fn missing(
    columns: &[tokio_postgres::Column],
    statement: &'static StatementInfo,
    column: &'static ColumnInfo,
) -> Error {
    let available = columns
        .iter()
        .map(|c| c.name())
        .collect::<Vec<_>>()
        .join(", ");
    Error::MissingColumn {
        statement: statement.name,
        column: column.name,
        field: column.field,
        available,
    }
}
