// `self`, `Self`, `super` and `crate` cannot be raw identifiers: the parameter is renamed.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT @self::int8 AS a", params(self: i64))]
    pub struct A;

    #[prepared("SELECT @Self::int8 AS a", params(Self: i64))]
    pub struct B;

    #[prepared("SELECT @super::int8 AS a", params(super: i64))]
    pub struct C;

    #[prepared("SELECT @crate::int8 AS a", params(crate: i64))]
    pub struct D;
}

fn main() {}
