// The sqlcommenter comment: on by default, after a newline when the SQL ends in a `--`
// comment, and off for a registry that says so.

#[prepared::registry]
mod commented {
    use prepared::prepared;

    #[prepared("SELECT 1 AS one -- the last line")]
    pub struct LineComment;
}

#[prepared::registry(sql_comment = false)]
mod plain {
    use prepared::prepared;

    #[prepared("SELECT @n::int4 AS n", params(n: i32))]
    pub struct Plain;
}

fn main() {
    assert_eq!(
        commented::PreparedQueryEnum::LineComment.sql(),
        concat!(
            "SELECT 1 AS one -- the last line\n/*module='",
            module_path!(),
            "::commented',statement='line_comment'*/"
        )
    );
    assert_eq!(plain::PreparedQueryEnum::Plain.sql(), "SELECT $1::int4 AS n");
}
