//! The `Type` of an OID: built-in ones from postgres-types' table, the others (enums,
//! domains, composites, arrays and ranges of them) from the catalog, as tokio-postgres
//! looks them up, once per connection.

use super::{Conn, Failure, encode};
use bytes::Bytes;
use fallible_iterator::FallibleIterator;
use postgres_protocol::message::backend::Message;
use postgres_protocol::message::frontend;
use postgres_types::{Field, FromSql, Kind, Oid, ToSql, Type};
use std::future::Future;
use std::ops::Range;
use std::pin::Pin;

const TYPE: &str = "SELECT t.typname, t.typtype, t.typelem, r.rngsubtype, t.typbasetype, n.nspname, t.typrelid \
     FROM pg_catalog.pg_type t \
     LEFT OUTER JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid \
     INNER JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid \
     WHERE t.oid = $1";
const ENUM: &str =
    "SELECT enumlabel FROM pg_catalog.pg_enum WHERE enumtypid = $1 ORDER BY enumsortorder";
const FIELDS: &str = "SELECT attname, atttypid FROM pg_catalog.pg_attribute \
     WHERE attrelid = $1 AND NOT attisdropped AND attnum > 0 ORDER BY attnum";

impl Conn {
    /// The type of `oid`, looked up in the catalog the first time.
    pub(super) fn type_of(
        &mut self,
        oid: Oid,
    ) -> Pin<Box<dyn Future<Output = Result<Type, Failure>> + Send + '_>> {
        // Boxed: a composite's fields and an array's element recurse.
        Box::pin(async move {
            if let Some(ty) = Type::from_oid(oid) {
                return Ok(ty);
            }
            if let Some(ty) = self.types.get(&oid) {
                return Ok(ty.clone());
            }
            let rows = self.fetch(TYPE, &[&oid], &[Type::OID]).await?;
            let Some(row) = rows.first() else {
                return Err(Failure::Protocol(format!("type {oid} is not in pg_type")));
            };
            let name: String = row.get(0)?;
            let typtype: i8 = row.get(1)?;
            let elem: Oid = row.get(2)?;
            let range: Option<Oid> = row.get(3)?;
            let base: Oid = row.get(4)?;
            let schema: String = row.get(5)?;
            let relid: Oid = row.get(6)?;
            let kind = if typtype == b'e' as i8 {
                let labels = self.fetch(ENUM, &[&oid], &[Type::OID]).await?;
                Kind::Enum(labels.iter().map(|r| r.get(0)).collect::<Result<_, _>>()?)
            } else if typtype == b'p' as i8 {
                Kind::Pseudo
            } else if base != 0 {
                Kind::Domain(self.type_of(base).await?)
            } else if elem != 0 {
                Kind::Array(self.type_of(elem).await?)
            } else if let Some(sub) = range {
                Kind::Range(self.type_of(sub).await?)
            } else if relid != 0 {
                let rows = self.fetch(FIELDS, &[&relid], &[Type::OID]).await?;
                let mut fields = Vec::with_capacity(rows.len());
                for r in &rows {
                    let (field, field_oid): (String, Oid) = (r.get(0)?, r.get(1)?);
                    fields.push(Field::new(field, self.type_of(field_oid).await?));
                }
                Kind::Composite(fields)
            } else {
                Kind::Simple
            };
            let ty = Type::new(name, oid, kind, schema);
            self.types.insert(oid, ty.clone());
            Ok(ty)
        })
    }

    /// Runs catalog SQL with an unnamed statement and returns its rows, for type lookups.
    pub(super) async fn fetch(
        &mut self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        types: &[Type],
    ) -> Result<Vec<Fetched>, Failure> {
        self.settle().await?;
        frontend::parse("", sql, types.iter().map(Type::oid), &mut self.wire.out)?;
        let bound = frontend::bind(
            "",
            "",
            Some(1),
            params.iter().zip(types),
            encode,
            Some(1),
            &mut self.wire.out,
        );
        if bound.is_err() {
            self.wire.out.clear();
            return Err(Failure::Encode);
        }
        frontend::describe(b'P', "", &mut self.wire.out)?;
        frontend::execute("", 0, &mut self.wire.out)?;
        frontend::sync(&mut self.wire.out);
        self.send().await?;
        let mut columns: Vec<Type> = Vec::new();
        let mut rows = Vec::new();
        self.finish(|message| {
            match message {
                Message::RowDescription(body) => {
                    let mut it = body.fields();
                    while let Some(field) = it.next()? {
                        // The catalog's columns are all built in.
                        columns.push(Type::from_oid(field.type_oid()).unwrap_or(Type::BYTEA));
                    }
                }
                Message::DataRow(body) => rows.push(Fetched {
                    types: columns.clone(),
                    buffer: body.buffer_bytes().clone(),
                    ranges: body.ranges().collect()?,
                }),
                _ => {}
            }
            Ok(())
        })
        .await?;
        Ok(rows)
    }
}

/// A row of a catalog lookup.
pub(super) struct Fetched {
    types: Vec<Type>,
    buffer: Bytes,
    ranges: Vec<Option<Range<usize>>>,
}

impl Fetched {
    pub(super) fn get<T: for<'a> FromSql<'a>>(&self, idx: usize) -> Result<T, Failure> {
        let ty = self
            .types
            .get(idx)
            .ok_or_else(|| Failure::Protocol(format!("a catalog row without column {idx}")))?;
        let raw = self
            .ranges
            .get(idx)
            .cloned()
            .flatten()
            .map(|r| &self.buffer[r]);
        T::from_sql_nullable(ty, raw)
            .map_err(|e| Failure::Protocol(format!("a catalog value of type {ty}: {e}")))
    }
}
