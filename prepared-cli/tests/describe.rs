//! `prepared describe`: a declaration ready to paste, typed by PostgreSQL, nullable where
//! the harness would say so; and errors that carry the server's cause.

use std::path::Path;
use std::process::{Command, Output};

fn describe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/corpora/sqlc/examples/booktest/postgresql"),
        )
        .env_remove("DATABASE_URL")
        .args(["describe", "--schema", "schema.sql"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_join_with_named_and_positional_parameters() {
    let out = describe(&[
        "--name",
        "BooksOfAuthor",
        "SELECT b.book_id, b.title, a.name AS author, b.year + 1 AS next_year, b.book_type \
         FROM books b LEFT JOIN authors a ON a.author_id = b.author_id \
         WHERE b.year > $1 AND b.title LIKE @pattern",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = [
        "pub enum BookType {",
        "pub struct BooksOfAuthorRow {\n    pub book_id: i32,\n    pub title: String,\n    /// Can be NULL: `authors` is on the nullable side of an outer join.\n    pub author: Option<String>,\n    /// Can be NULL: it is computed by an expression, not read from a table column.\n    pub next_year: Option<i32>,\n    pub book_type: BookType,\n}",
        "WHERE b.year > @year AND b.title LIKE @pattern\"#,",
        "params(year: i32, pattern: &str)",
        "row = BooksOfAuthorRow",
        "pub struct BooksOfAuthor;",
    ];
    for part in expected {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
}

#[test]
fn a_statement_that_does_not_prepare_names_the_server_error() {
    let out = describe(&["SELECT nope FROM books"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("column \"nope\" does not exist") && stderr.contains("42703"),
        "{stderr}"
    );
}
