//! The derives: `FromRow` for row structs, `ToRow` for rows a COPY writes, `PgText` for
//! values bound as text.

mod from_row;
mod input;
mod pg_text;
pub mod plain;
mod to_row;

pub use from_row::from_row;
pub use input::row_struct;
pub use pg_text::pg_text;
pub use to_row::to_row;
