//! Typed rows: the `FromRow` trait and the column reader its derive calls.

use crate::error::Error;
use crate::registry::{ColumnInfo, StatementInfo};
use postgres_types::FromSql;
use tokio_postgres::Row;

/// A type that a row field reads a column into: any owned `FromSql`.
#[diagnostic::on_unimplemented(
    message = "a row field of type `{Self}` cannot read a column",
    label = "this field type does not implement `FromSql` for every lifetime",
    note = "built in: integers, floats, bool, String, Vec<u8>, Uuid, chrono types, serde_json::Value, Json<T>, Option<T>, Vec<T>",
    note = "for a Rust enum or newtype stored as text, `#[derive(prepared::PgText)]`; for a PostgreSQL enum, `#[derive(postgres_types::FromSql)]`; otherwise implement `postgres_types::FromSql`"
)]
pub trait Column: for<'a> FromSql<'a> {}
impl<T: for<'a> FromSql<'a>> Column for T {}

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

/// A derived row type reads a row from its first column: the derive writes `FromRowAt`
/// alone, one impl per row type rather than two (each impl costs every rebuild of the
/// crate). Not recommended in diagnostics: a type that is no row type is reported
/// against `FromRow`, with its notes.
#[diagnostic::do_not_recommend]
impl<T: FromRowAt + Send> FromRow for T {
    const COLUMNS: Option<&'static [ColumnInfo]> = Some(T::FIELDS);
    fn from_row(row: Row, statement: &'static StatementInfo) -> Result<Self, Error> {
        T::from_row_at(&mut Reader::new(&row, statement, T::FIELDS, 0))
    }
}

/// A derived row type read from its place in a row: what `#[prepared(flatten)]` nests.
/// `#[derive(FromRow)]` implements it; not a public API.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be flattened into a row type",
    label = "not a derived row type",
    note = "derive it: `#[derive(prepared::FromRow)] struct {Self} {{ .. }}`"
)]
pub trait FromRowAt: Sized {
    /// The fields' columns and the function reading them, the one item the derive writes:
    /// a constant and a function of their own cost each rebuild of the crate an item more
    /// per row type (1% of an edit's rebuild of sqlc's corpus).
    const ROW: RowType<Self>;
    /// The fields' columns.
    const FIELDS: &'static [ColumnInfo] = Self::ROW.fields;
    /// Reads the fields, each through `reader` in declaration order.
    #[inline]
    fn from_row_at(reader: &mut Reader<'_>) -> Result<Self, Error> {
        (Self::ROW.read)(reader)
    }
}

/// What a derived row type's `FromRowAt::ROW` holds.
#[doc(hidden)]
pub struct RowType<T> {
    /// The fields' columns, in field order.
    pub fields: &'static [ColumnInfo],
    /// Reads the fields, each through the reader in declaration order.
    pub read: fn(&mut Reader<'_>) -> Result<T, Error>,
}

impl<T> std::fmt::Debug for RowType<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowType")
            .field("fields", &self.fields)
            .finish_non_exhaustive()
    }
}

/// Reads a derived row type's fields in declaration order: each field's column from where
/// the row type expects it, a `flatten` field's row type from the columns after. Generated
/// code writes one short call per field (`r.column()?`); the bookkeeping is here, once.
#[doc(hidden)]
#[derive(Debug)]
pub struct Reader<'r> {
    row: &'r Row,
    statement: &'static StatementInfo,
    /// The `FIELDS` of the row type being read.
    fields: &'static [ColumnInfo],
    /// The next field's index in `fields`.
    field: usize,
    /// The column where the next field's column usually is (see [`place`]).
    at: usize,
}

impl<'r> Reader<'r> {
    /// A reader of a row type with `fields`, whose first column is usually at `at`.
    pub fn new(
        row: &'r Row,
        statement: &'static StatementInfo,
        fields: &'static [ColumnInfo],
        at: usize,
    ) -> Self {
        Reader {
            row,
            statement,
            fields,
            field: 0,
            at,
        }
    }

    /// The next field's `ColumnInfo`; the derive reads each of `FIELDS` once, in order.
    fn next(&mut self) -> &'static ColumnInfo {
        let column = &self.fields[self.field];
        self.field += 1;
        column
    }

    /// Reads the next field, a column.
    pub fn column<T: Column>(&mut self) -> Result<T, Error> {
        let (column, at) = (self.next(), self.at);
        self.at += 1;
        read_column(self.row, self.statement, column, at)
    }

    /// Reads the next field, a `flatten` field, with its row type's `from_row_at`: from the
    /// columns after, as its entry's `nested` fields describe them. Named through the type
    /// (`<T as FromRowAt>::from_row_at`) as its `FIELDS` are: a type that is no row type is
    /// reported once.
    pub fn nested<T>(&mut self, read: fn(&mut Reader<'_>) -> Result<T, Error>) -> Result<T, Error> {
        let fields = self.next().nested.unwrap_or_default();
        let at = self.at;
        self.at += ColumnInfo::width(fields);
        read(&mut Reader::new(self.row, self.statement, fields, at))
    }
}

/// Where a field's column is in a result, or why it is not there.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    At(usize),
    /// No column has the field's name.
    Missing,
    /// Several columns have it: the field must say which, by `position`.
    Repeated(usize),
    /// `position` is past the last of `count` columns.
    Beyond {
        position: usize,
        count: usize,
    },
}

/// Finds the column a field reads: at its `position` when it has one; else at `hint`, the
/// field's place in the row type, when the name there matches (so a wide row costs one
/// comparison per column, and a name the result repeats is still read where the row type
/// expects it); else the one column of that name. The runtime and the harness both place
/// columns through this.
#[doc(hidden)]
pub fn place(columns: &[tokio_postgres::Column], column: &ColumnInfo, hint: usize) -> Place {
    if let Some(position) = column.position {
        return match position.checked_sub(1).filter(|i| *i < columns.len()) {
            Some(i) => Place::At(i),
            None => Place::Beyond {
                position,
                count: columns.len(),
            },
        };
    }
    if columns.get(hint).is_some_and(|c| c.name() == column.name) {
        return Place::At(hint);
    }
    let mut found = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.name() == column.name);
    match (found.next(), found.count()) {
        (None, _) => Place::Missing,
        (Some((i, _)), 0) => Place::At(i),
        (Some(_), more) => Place::Repeated(more + 1),
    }
}

/// Reads the column described by `column` into `T`, with errors that name the statement,
/// the column and both types instead of panicking. `hint` is where the column usually is
/// (see [`place`]).
fn read_column<T>(
    row: &Row,
    statement: &'static StatementInfo,
    column: &'static ColumnInfo,
    hint: usize,
) -> Result<T, Error>
where
    T: Column,
{
    let columns = row.columns();
    let idx = match place(columns, column, hint) {
        Place::At(idx) => idx,
        Place::Missing => return Err(missing(columns, statement, column)),
        Place::Repeated(count) => {
            return Err(Error::RepeatedColumn {
                statement: statement.name,
                column: column.name,
                field: column.field,
                count,
            });
        }
        Place::Beyond { position, count } => {
            return Err(Error::ColumnPosition {
                statement: statement.name,
                field: column.field,
                position,
                count,
            });
        }
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
