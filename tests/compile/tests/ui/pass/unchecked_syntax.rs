// The opt-out: sqlparser rejects `collation for (..)`, PostgreSQL accepts it; the
// harness still proves the statement. Constructs the pre-pass rewrites (`FOR NO KEY
// UPDATE`, `BETWEEN SYMMETRIC`, `TABLE t`, …) need no opt-out.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT collation for (name) AS collation FROM products WHERE id = @id", params(id: i64), unchecked_syntax)]
    pub struct LockJob;

    #[prepared("SELECT * FROM jobs WHERE id = @id AND n BETWEEN SYMMETRIC 1 AND 2 FOR NO KEY UPDATE", params(id: i64))]
    pub struct LockJobKeepKeys;

    #[prepared("SELECT @name::text AS n, @ -5 AS abs, '{1}'::int[] <@ @ids AS contained", params(name: &str, ids: Vec<i32>))]
    pub struct Borrowed;
}

fn main() {
    let name = String::from("x");
    let q = queries::PreparedStatement::borrowed(&name, vec![1]);
    assert_eq!(
        q.sql(),
        concat!(
            "SELECT $1::text AS n, @ -5 AS abs, '{1}'::int[] <@ $2 AS contained /*module='",
            module_path!(),
            "::queries',statement='borrowed'*/"
        )
    );
    assert!(!queries::PreparedQueryEnum::LockJob.info().syntax_checked);
    assert!(queries::PreparedQueryEnum::LockJobKeepKeys.info().syntax_checked);
}
