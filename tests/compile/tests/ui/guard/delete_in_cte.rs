#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "WITH purged AS (
             DELETE FROM sessions RETURNING user_id
         )
         SELECT count(*) AS n FROM purged"
    )]
    pub struct PurgeSessions;
}

fn main() {}
