#[prepared::registry]
mod queries {
    use prepared::prepared;

    // `=@p1` with `p1` undeclared would reach PostgreSQL as the operator `=@`.
    #[prepared(
        "UPDATE accounts SET enabled=@p1 WHERE id = @id",
        params(id: i64)
    )]
    pub struct AccountEnable;
}

fn main() {}
