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
pub use registry::{
    ColumnInfo, Location, ParamInfo, Registry, Replacement, RowInfo, StatementInfo,
};
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

    pub use crate::statement::{Column, Param};

    /// Whether `T` can encode a value of `ty`.
    pub fn accepts_param<T: Param>(ty: &Type) -> bool {
        T::accepts(ty)
    }

    /// Whether `T` can decode a value of `ty`.
    pub fn accepts_column<T: Column>(ty: &Type) -> bool {
        T::accepts(ty)
    }
}
