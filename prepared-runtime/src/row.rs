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
#[doc(hidden)]
pub fn read_column<T>(
    row: &Row,
    statement: &'static StatementInfo,
    column: &'static ColumnInfo,
) -> Result<T, Error>
where
    T: Column,
{
    let columns = row.columns();
    let Some(idx) = columns.iter().position(|c| c.name() == column.name) else {
        let available = columns
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Error::MissingColumn {
            statement: statement.name,
            column: column.name,
            field: column.field,
            available,
        });
    };
    let pg_type = columns[idx].type_();
    if !T::accepts(pg_type) {
        return Err(Error::ColumnType {
            statement: statement.name,
            column: column.name,
            field: column.field,
            rust_type: column.rust_type,
            pg_type: pg_type.clone(),
        });
    }
    row.try_get::<_, T>(idx).map_err(|e| {
        let was_null =
            std::error::Error::source(&e).is_some_and(|s| s.is::<postgres_types::WasNull>());
        if was_null {
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
