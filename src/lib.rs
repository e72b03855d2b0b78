#![deny(missing_docs)]
//! `prepared`: hand-written PostgreSQL, declared next to its Rust types, checked by the
//! compiler, proven against the schema by one `cargo test`, executed on tokio-postgres.
//!
//! ```no_run
//! # #[derive(Debug, prepared::FromRow)]
//! # pub struct Service { pub id: i64, pub name: String }
//! #[prepared::registry]
//! pub mod queries {
//!     use prepared::prepared;
//!
//!     #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64), row = super::Service)]
//!     pub struct ServiceById;
//! }
//!
//! # fn main() {}
//! # async fn run() -> Result<(), prepared::Error> {
//! use prepared::PreparedExt;
//! let client = prepared::Client::connect("host=/run/postgresql user=app").await?;
//! let service = client.prepared_query_one(queries::PreparedStatement::service_by_id(7)).await?;
//! # let _ = service;
//! # Ok(())
//! # }
//! ```
//!
//! See the README for the full tour.

pub use prepared_macros::{FromRow, PgText, ToRow, prepared, registry};
// Without features the module is empty, and rustc calls a glob that brings nothing unused.
#[allow(unused_imports)]
pub use prepared_runtime::optional::*;
pub use prepared_runtime::{
    Bound, CacheStats, Client, CopyExt, CopyIn, CopyStatement, DEFAULT_CONNECT_TIMEOUT, Error,
    ErrorKind, ExpectedRows, FromRow, Json, Mode, Multiplexed, MultiplexedBuilder, Nullable,
    Params, PreparedExt, Registry, RowStream, SqlState, Statement, ToRow, Transaction,
    TransactionOptions, WarmUp,
};
/// A database stand-in for unit tests. Feature `mock`, for `[dev-dependencies]`.
#[cfg(feature = "mock")]
pub use prepared_runtime::{Expect, ExpectAny, Mock, MockCall, MockDbError};

/// What generated code and `prepared`'s own crates name; not a public API.
#[doc(hidden)]
pub use prepared_runtime::{__private, Session, cast, registry};

// The README's examples are compiled (and, where they need no database, run) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
