//! Typed rows: the `FromRow` trait and the column reader its derive calls.

use crate::error::Error;
use crate::registry::{ColumnInfo, StatementInfo};
use crate::statement::Column;
use postgres_types::Type;
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

    /// Reads one row as a [`Direct`](crate::Direct) connection received it. The derive
    /// implements it; a type that does not (`tokio_postgres::Row`, which only
    /// tokio-postgres can build) cannot be the row of a statement run on one.
    #[doc(hidden)]
    fn from_raw(row: &RawRow<'_>, statement: &'static StatementInfo) -> Result<Self, Error> {
        let _ = row;
        Err(Error::Unsupported {
            statement: statement.name,
            what: "a direct connection decodes typed rows (`row = ..`, a `#[derive(FromRow)]` type); run statements that return `tokio_postgres::Row` on a `prepared::Client`",
        })
    }
}

impl FromRow for Row {
    const COLUMNS: Option<&'static [ColumnInfo]> = None;
    fn from_row(row: Row, _: &'static StatementInfo) -> Result<Self, Error> {
        Ok(row)
    }
}

/// A column of a result as a [`Direct`](crate::Direct) connection describes it.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct RawColumn {
    pub name: String,
    pub type_: Type,
}

/// One row of a result on a [`Direct`](crate::Direct) connection: the server's `DataRow`
/// and where each value lies in it.
#[doc(hidden)]
#[derive(Debug)]
pub struct RawRow<'a> {
    pub columns: &'a [RawColumn],
    pub buffer: &'a [u8],
    pub ranges: &'a [Option<std::ops::Range<usize>>],
}

/// Why a value could not be read: what [`read_column`] turns into a named error.
#[doc(hidden)]
#[derive(Debug)]
pub enum Unread {
    /// The column's type is not one the field's type reads.
    WrongType,
    /// NULL, into a type that has no NULL.
    WasNull,
    /// The bytes did not decode.
    Decode(BoxError),
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A row the derive's reader takes: tokio-postgres's or a direct connection's.
#[doc(hidden)]
pub trait RowSource {
    /// How many columns the row has.
    fn width(&self) -> usize;
    /// Column `idx`'s name.
    fn name(&self, idx: usize) -> &str;
    /// Column `idx`'s type.
    fn type_(&self, idx: usize) -> &Type;
    /// Column `idx`'s value as `T`.
    fn value<T: Column>(&self, idx: usize) -> Result<T, Unread>;
}

impl RowSource for Row {
    fn width(&self) -> usize {
        self.len()
    }
    fn name(&self, idx: usize) -> &str {
        self.columns()[idx].name()
    }
    fn type_(&self, idx: usize) -> &Type {
        self.columns()[idx].type_()
    }
    fn value<T: Column>(&self, idx: usize) -> Result<T, Unread> {
        // tokio-postgres checks the type itself; the checks that name the mistake run only
        // once it has refused.
        self.try_get::<_, T>(idx).map_err(|e| {
            let was_null =
                std::error::Error::source(&e).is_some_and(|s| s.is::<postgres_types::WasNull>());
            if !T::accepts(self.type_(idx)) {
                Unread::WrongType
            } else if was_null {
                Unread::WasNull
            } else {
                Unread::Decode(Box::new(e))
            }
        })
    }
}

impl RowSource for RawRow<'_> {
    fn width(&self) -> usize {
        self.columns.len()
    }
    fn name(&self, idx: usize) -> &str {
        &self.columns[idx].name
    }
    fn type_(&self, idx: usize) -> &Type {
        &self.columns[idx].type_
    }
    fn value<T: Column>(&self, idx: usize) -> Result<T, Unread> {
        let ty = &self.columns[idx].type_;
        if !T::accepts(ty) {
            return Err(Unread::WrongType);
        }
        let raw = self.ranges[idx].clone().map(|r| &self.buffer[r]);
        T::from_sql_nullable(ty, raw).map_err(|e| {
            if raw.is_none() && e.is::<postgres_types::WasNull>() {
                Unread::WasNull
            } else {
                Unread::Decode(e)
            }
        })
    }
}

/// Reads the column described by `column` into `T`, with errors that name the statement,
/// the column and both types instead of panicking.
///
/// `position` is the field's place in the row type, where the column usually is (the
/// fields follow the `SELECT` list): found there, no name is compared with another
/// column's, so a wide row costs one comparison per column rather than a scan each.
#[doc(hidden)]
pub fn read_column<T, R>(
    row: &R,
    statement: &'static StatementInfo,
    column: &'static ColumnInfo,
    position: usize,
) -> Result<T, Error>
where
    T: Column,
    R: RowSource,
{
    let idx = if position < row.width() && row.name(position) == column.name {
        position
    } else {
        match (0..row.width()).find(|&i| row.name(i) == column.name) {
            Some(idx) => idx,
            None => return Err(missing(row, statement, column)),
        }
    };
    row.value::<T>(idx).map_err(|unread| {
        let pg_type = row.type_(idx);
        match unread {
            Unread::WrongType => Error::ColumnType {
                statement: statement.name,
                column: column.name,
                field: column.field,
                rust_type: column.rust_type,
                pg_type: pg_type.clone(),
            },
            Unread::WasNull => Error::UnexpectedNull {
                statement: statement.name,
                column: column.name,
                field: column.field,
                rust_type: column.rust_type,
            },
            Unread::Decode(cause) => Error::Decode {
                statement: statement.name,
                column: column.name.to_owned(),
                rust_type: column.rust_type,
                pg_type: pg_type.clone(),
                cause,
            },
        }
    })
}

/// The error for a column the row does not have, listing the ones it has.
fn missing(
    row: &impl RowSource,
    statement: &'static StatementInfo,
    column: &'static ColumnInfo,
) -> Error {
    let available = (0..row.width())
        .map(|i| row.name(i))
        .collect::<Vec<_>>()
        .join(", ");
    Error::MissingColumn {
        statement: statement.name,
        column: column.name,
        field: column.field,
        available,
    }
}
