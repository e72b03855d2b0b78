//! A crate that forbids missing `Debug` impls and declares a statement without deriving
//! one: the registry's allow of the lint, which such a crate rejects (E0453), is reported
//! at that struct's name, and the struct that derives `Debug` passes.
#![forbid(missing_debug_implementations)]

#[prepared::registry]
pub mod queries {
    use prepared::prepared;

    #[prepared("SELECT 1")]
    #[derive(Debug)]
    pub struct Printable;

    #[prepared("SELECT 2")]
    pub struct NotPrintable;
}

fn main() {}
