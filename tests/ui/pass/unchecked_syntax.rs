// The opt-out: sqlparser rejects `FOR NO KEY UPDATE`, PostgreSQL accepts it; the harness
// still proves the statement.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT * FROM jobs WHERE id = @id FOR NO KEY UPDATE", params(id: i64), unchecked_syntax)]
    pub struct LockJob;

    #[prepared("SELECT @name::text AS n, @ -5 AS abs, '{1}'::int[] <@ @ids AS contained", params(name: &str, ids: Vec<i32>))]
    pub struct Borrowed;
}

fn main() {
    let name = String::from("x");
    let q = queries::PreparedStatement::borrowed(&name, vec![1]);
    assert_eq!(q.sql(), "SELECT $1::text AS n, @ -5 AS abs, '{1}'::int[] <@ $2 AS contained");
    assert!(!queries::PreparedQueryEnum::LockJob.info().syntax_checked);
}
