//! The runtime of `prepared`: executes registered statements on tokio-postgres.
//!
//! Users depend on the `prepared` facade, which re-exports this crate.

mod cache;
mod client;
mod convert;
mod error;
mod registry;
mod row;
mod statement;

pub use cache::{CacheStats, StatementCache};
pub use client::{Client, PreparedExt, Session, Transaction};
pub use error::Error;
pub use postgres_types::Json;
pub use registry::{ColumnInfo, Location, ParamInfo, Registry, Replacement, RowInfo, StatementInfo};
pub use row::FromRow;
pub use statement::{Bound, MAX_PARAMS, Params, Statement};

/// A nullable parameter or column: the seed's `Nullable<T>`.
pub type Nullable<T> = Option<T>;

/// What generated code names; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::convert::{text_accepts, text_from_sql, text_to_sql};
    pub use crate::registry::*;
    pub use crate::row::{FromRow, read_column};
    pub use crate::statement::{Bound, Statement};
    pub use bytes::BytesMut;
    pub use postgres_types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
    pub use tokio_postgres::Row;

    /// Whether `T` can encode a value of `ty`.
    pub fn accepts_param<T: ToSql>(ty: &Type) -> bool {
        T::accepts(ty)
    }

    /// Whether `T` can decode a value of `ty`.
    pub fn accepts_column<T: for<'a> FromSql<'a>>(ty: &Type) -> bool {
        T::accepts(ty)
    }

    /// Spanned at a declared parameter type, so rustc's error points at it.
    pub const fn assert_param<T: Param>() {}

    /// Spanned at a declared row type.
    pub const fn assert_row<T: FromRow>() {}

    /// Spanned at a row field's type.
    pub const fn assert_column<T: for<'a> FromSql<'a>>() {}

    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be bound as a SQL parameter",
        label = "this parameter type does not implement `ToSql`",
        note = "built in: integers, floats, bool, String/&str, bytes, Uuid, chrono types, serde_json::Value, Json<T>, Option<T>, Vec<T>/slices and HashSet<T>",
        note = "for a Rust enum or newtype bound as text, `#[derive(prepared::PgText)]`; for a PostgreSQL enum, `#[derive(postgres_types::ToSql)]`; otherwise implement `postgres_types::ToSql`"
    )]
    pub trait Param {}
    impl<T: ToSql + Send + Sync> Param for T {}
}
