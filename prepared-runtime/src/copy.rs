//! Typed binary `COPY … FROM STDIN`: rows of a `#[derive(ToRow)]` struct, from any
//! iterator or stream, through tokio-postgres's binary copy writer.

use crate::error::{Error, failed};
use crate::parts::{Block, Mode, Parts, control};
use crate::registry::{ColumnInfo, StatementInfo};
use futures_util::{Stream, StreamExt};
use postgres_types::{ToSql, Type};
use std::borrow::Borrow;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio_postgres::GenericClient;
use tokio_postgres::binary_copy::BinaryCopyInWriter;

/// A struct one row of a COPY writes; derive it with `#[derive(prepared::ToRow)]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the row type of a COPY statement",
    label = "not a row a COPY can write",
    note = "derive it: `#[derive(prepared::ToRow)] struct {Self} {{ .. }}`, one field per column of the COPY"
)]
pub trait ToRow: Send + Sync {
    /// The fields, in declaration order, each with the column it writes.
    const FIELDS: &'static [ColumnInfo];
    /// The field values, in the order of [`FIELDS`](Self::FIELDS).
    type Values<'a>: AsRef<[&'a (dyn ToSql + Sync)]> + Send
    where
        Self: 'a;
    /// The field values, in the order of [`ToRow::FIELDS`].
    fn values(&self) -> Self::Values<'_>;
}

/// Implemented by the macro for a `COPY table (columns) FROM STDIN (FORMAT binary)`
/// statement with `row = T`.
pub trait CopyStatement: Send + Sync + 'static {
    /// The row type whose fields the COPY writes.
    type Row: ToRow;
    /// The statement's entry in its registry.
    const INFO: &'static StatementInfo;
}

/// A COPY statement, as its constructor returns it: run it with
/// [`prepared_copy_in`](crate::CopyExt::prepared_copy_in).
pub struct CopyIn<S> {
    statement: PhantomData<fn() -> S>,
}

impl<S: CopyStatement> CopyIn<S> {
    #[doc(hidden)]
    pub fn new() -> Self {
        CopyIn {
            statement: PhantomData,
        }
    }

    /// The statement's registry entry.
    pub fn info(&self) -> &'static StatementInfo {
        S::INFO
    }
}

impl<S: CopyStatement> Default for CopyIn<S> {
    fn default() -> Self {
        Self::new()
    }
}

impl<S: CopyStatement> std::fmt::Debug for CopyIn<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CopyIn")
            .field("statement", &S::INFO.name)
            .finish()
    }
}

/// Writes every row of `rows` with the COPY `S` on a connection and returns how many the
/// server took. Nothing is written when a row fails: the COPY is one statement.
///
/// In pooler mode outside a transaction, the COPY runs in a transaction of its own:
/// tokio-postgres prepares a COPY (and the probe of its columns) as a named statement and
/// binds it in a later exchange, which a pooler in transaction mode may send to another
/// server connection; inside one transaction both reach the same server connection, and
/// both statements are closed before it ends, so nothing outlives it there.
pub(crate) async fn copy_rows<S, C, T>(
    parts: Parts<'_, C>,
    rows: impl Stream<Item = T> + Send,
) -> Result<u64, Error>
where
    S: CopyStatement,
    C: GenericClient + Sync,
    T: Borrow<S::Row> + Send,
{
    parts.settle().await?;
    let (Mode::Pooler, Block::Outside, Some(due)) = (parts.mode, parts.block, parts.rollback_due)
    else {
        return copy_here::<S, C, T>(parts, rows).await;
    };
    let client = parts.client.client();
    client
        .batch_execute("BEGIN")
        .await
        .map_err(control("BEGIN"))?;
    let guard = RollbackOnDrop(Some(due));
    let written = copy_here::<S, C, T>(parts, rows).await;
    guard.disarm();
    match written {
        Ok(count) => {
            client
                .batch_execute("COMMIT")
                .await
                .map_err(control("COMMIT"))?;
            Ok(count)
        }
        Err(e) => {
            // The COPY's error is the one to report; a ROLLBACK that fails too is left to
            // the connection's next call.
            if client.batch_execute("ROLLBACK").await.is_err() {
                due.store(true, Ordering::Release);
            }
            Err(e)
        }
    }
}

/// Has the connection's next call roll back the COPY's own transaction when its call is
/// dropped before it ends, so that call does not find it open (and aborted by the
/// unfinished COPY).
struct RollbackOnDrop<'a>(Option<&'a AtomicBool>);

impl RollbackOnDrop<'_> {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RollbackOnDrop<'_> {
    fn drop(&mut self) {
        if let Some(due) = self.0.take() {
            due.store(true, Ordering::Release);
        }
    }
}

/// [`copy_rows`] on the connection as it is.
async fn copy_here<S, C, T>(
    parts: Parts<'_, C>,
    rows: impl Stream<Item = T> + Send,
) -> Result<u64, Error>
where
    S: CopyStatement,
    C: GenericClient + Sync,
    T: Borrow<S::Row> + Send,
{
    let info = S::INFO;
    let (types, order) = columns::<S::Row>(parts.client, info).await?;
    let failed = |row: Option<u64>| {
        move |source: tokio_postgres::Error| Error::Copy {
            statement: info.name,
            row: row.or_else(|| server_row(&source, info, S::Row::FIELDS)),
            cause: source,
        }
    };
    let sink = parts
        .client
        .client()
        .copy_in(info.sql)
        .await
        .map_err(failed(None))?;
    let writer = BinaryCopyInWriter::new(sink, &types);
    futures_util::pin_mut!(writer);
    futures_util::pin_mut!(rows);
    let mut index = 0u64;
    while let Some(row) = rows.next().await {
        let values = row.borrow().values();
        let values = values.as_ref();
        writer
            .as_mut()
            .write_raw(Picked {
                order: order.iter(),
                values,
            })
            .await
            .map_err(failed(Some(index)))?;
        index += 1;
    }
    writer.finish().await.map_err(failed(None))
}

/// The COPY's column types, read from the prepared probe `SELECT cols FROM table`, and for
/// each column the field that writes it. The probe is prepared for every COPY rather than
/// cached: it never executes, so a cached one would not notice a migration that changed a
/// column's type, and one round trip is nothing beside a bulk load.
async fn columns<R: ToRow>(
    client: &(impl GenericClient + Sync),
    info: &'static StatementInfo,
) -> Result<(Vec<Type>, Vec<usize>), Error> {
    let statement = client
        .prepare(info.prepared_sql())
        .await
        .map_err(failed(info))?;
    let mut order = Vec::with_capacity(statement.columns().len());
    for column in statement.columns() {
        let Some(field) = R::FIELDS.iter().position(|f| f.name == column.name()) else {
            return Err(Error::CopyColumn {
                statement: info.name,
                column: column.name().to_owned(),
                fields: R::FIELDS
                    .iter()
                    .map(|f| f.name)
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        order.push(field);
    }
    let types = statement
        .columns()
        .iter()
        .map(|c| c.type_().clone())
        .collect();
    Ok((types, order))
}

/// A row's values in the COPY's column order. A named iterator rather than a closure: a
/// closure borrowing the row would make the future's `Send` bound unprovable.
struct Picked<'o, 'v> {
    order: std::slice::Iter<'o, usize>,
    values: &'v [&'v (dyn ToSql + Sync)],
}

impl<'v> Iterator for Picked<'_, 'v> {
    type Item = &'v (dyn ToSql + Sync);

    fn next(&mut self) -> Option<Self::Item> {
        self.order.next().and_then(|&i| self.values.get(i).copied())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.order.size_hint()
    }
}

impl ExactSizeIterator for Picked<'_, '_> {}

/// The row a server error names, in any language: `COPY products, line 3` (`COPY
/// products, Zeile 3`, …) is the third row, index 2. The context's words are translated,
/// so the number is found by what it is not: with the table's and the columns' names taken
/// out, and the quoted value some contexts end with cut off, the first number left.
fn server_row(
    error: &tokio_postgres::Error,
    info: &'static StatementInfo,
    fields: &[ColumnInfo],
) -> Option<u64> {
    let context = error.as_db_error()?.where_()?;
    let mut text = context
        .split(['"', '\u{ab}', '\u{bb}', '\u{201c}', '\u{201e}'])
        .next()?
        .to_owned();
    let table = info.copy_probe?.rsplit(" FROM ").next()?;
    let names = table.split('.').chain(fields.iter().map(|f| f.name));
    for name in names {
        text = text.replace(name.trim_matches('"'), " ");
    }
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse::<u64>().ok()?.checked_sub(1)
}
