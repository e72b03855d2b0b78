//! A crate that denies unused code: an empty registry and a private one whose statements
//! nothing calls compile without a warning, whatever the registry generates for them.
#![deny(unused)]

#[prepared::registry]
pub mod empty {}

#[prepared::registry]
mod private {
    use prepared::prepared;

    #[prepared("SELECT @id::int8 AS id", params(id: i64))]
    pub struct ById;
}

fn main() {}
