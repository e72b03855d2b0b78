//! A crate that denies missing docs and missing `Debug` impls: what the registry generates
//! is documented and printable, a statement struct is a marker the lint does not ask about,
//! and a user who wants to print one derives `Debug` on it.
#![deny(missing_docs, missing_debug_implementations)]

/// A row.
#[derive(Debug, prepared::FromRow)]
pub struct Row {
    /// The id.
    pub id: i64,
}

/// The statements.
#[prepared::registry]
pub mod queries {
    use super::Row;
    use prepared::prepared;

    /// Sort orders.
    #[prepared(order_by)]
    #[derive(Debug, Clone, Copy)]
    pub enum Order {
        /// Oldest first.
        #[prepared("id")]
        Oldest,
    }

    /// One row.
    #[prepared("SELECT @id::int8 AS id", params(id: i64), row = Row)]
    #[derive(Debug)]
    pub struct ById;

    /// Rows with an optional filter.
    #[prepared("SELECT 1::int8 AS id {@flag: WHERE @flag} ORDER BY @order", params(flag: bool, order: Order), row = Row)]
    pub struct Filtered;

    /// Thirty parameters, bound through a generated struct.
    #[prepared(
        "SELECT @a0::int8 + @a1 + @a2 + @a3 + @a4 + @a5 + @a6 + @a7 + @a8 + @a9 + @a10 + @a11 + @a12 + @a13 + @a14 + @a15 + @a16 + @a17 + @a18 + @a19 + @a20 + @a21 + @a22 + @a23 + @a24 + @a25 AS id",
        params(a0: i64, a1: i64, a2: i64, a3: i64, a4: i64, a5: i64, a6: i64, a7: i64, a8: i64, a9: i64, a10: i64, a11: i64, a12: i64, a13: i64, a14: i64, a15: i64, a16: i64, a17: i64, a18: i64, a19: i64, a20: i64, a21: i64, a22: i64, a23: i64, a24: i64, a25: i64),
        row = Row
    )]
    pub struct Wide;
}

fn main() {
    let _ = queries::PreparedQueryEnum::ById.sql();
    assert_eq!(format!("{:?}", queries::ById), "ById");
    assert_eq!(format!("{:?}", queries::PreparedQueryEnum::Wide), "Wide");
}
