//! `prepared`: hand-written PostgreSQL, declared next to its Rust types, checked by the
//! compiler, proven against the schema by one `cargo test`, executed on tokio-postgres.
//!
//! ```ignore
//! #[prepared::registry]
//! pub mod queries {
//!     use prepared::prepared;
//!
//!     #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64), row = super::Service)]
//!     pub struct ServiceById;
//! }
//!
//! let service = client.prepared_query_one(queries::PreparedStatement::service_by_id(7)).await?;
//! ```
//!
//! See the README for the full tour.

pub use prepared_macros::{FromRow, PgText, ToRow, prepared, registry};
pub use prepared_runtime::*;
