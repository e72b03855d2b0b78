//! A crate that forbids missing `Debug` impls, where an allow of the lint is an error: a
//! statement struct that derives `Debug`, by any path, gets no such allow from the
//! registry, and what the registry generates is printable.
#![forbid(missing_docs, missing_debug_implementations)]

/// Statements over the catalog.
#[prepared::registry]
pub mod catalog {
    use prepared::prepared;

    /// How many relations there are.
    #[derive(Debug)]
    #[prepared("SELECT count(*) AS n FROM pg_class")]
    pub struct RelationCount;

    /// Relation names, optionally one, in an order.
    #[prepared(
        "SELECT relname::text AS name FROM pg_class {@name: WHERE relname = @name} ORDER BY @by",
        params(name: Option<String>, by: By)
    )]
    #[derive(Clone, Copy, core::fmt::Debug)]
    pub struct Relations;

    /// Orders of `Relations`.
    #[prepared(order_by)]
    #[derive(Debug, Clone, Copy)]
    pub enum By {
        /// By name.
        #[prepared("relname")]
        Name,
    }
}

fn main() {
    assert_eq!(format!("{:?}", catalog::Relations), "Relations");
    assert_eq!(
        format!("{:?}", catalog::PreparedQueryEnum::RelationCount),
        "RelationCount"
    );
}
