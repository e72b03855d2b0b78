//! The derives: `FromRow` for row structs, `PgText` for values bound as text.

mod from_row;
mod pg_text;

pub use from_row::from_row;
pub use pg_text::pg_text;
