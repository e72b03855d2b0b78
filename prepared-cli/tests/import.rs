//! `prepared import` on sqlc's and cornucopia's examples (the repository's `tests/corpora/`,
//! copied from `shared/corpora` with their licences): its output is the module committed in
//! `tests/imported/src/`, which that crate compiles and proves against each example's
//! schema. `PREPARED_BLESS=1` rewrites the committed modules from the command's output.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpora() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora")
}

fn imported(module: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/imported/src")
        .join(format!("{module}.rs"))
}

/// Runs `prepared import --schema <schema> <files>` in `dir`, with no DATABASE_URL.
fn import(dir: &str, schema: &str, files: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(corpora().join(dir))
        .env_remove("DATABASE_URL")
        .args(["import", "--schema", schema])
        .args(files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{dir}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("prepared import: imported all ") && stderr.lines().count() == 1,
        "{stderr}"
    );
    String::from_utf8(out.stdout).unwrap()
}

fn matches_committed(module: &str, output: &str) {
    let path = imported(module);
    if std::env::var_os("PREPARED_BLESS").is_some() {
        std::fs::write(&path, output).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == output,
        "`prepared import` no longer gives {}; rerun with PREPARED_BLESS=1 and review the diff.\n--- output ---\n{output}",
        path.display()
    );
}

#[test]
fn sqlc_authors() {
    let out = import(
        "sqlc/examples/authors/postgresql",
        "schema.sql",
        &["query.sql"],
    );
    matches_committed("sqlc_authors", &out);
}

#[test]
fn sqlc_booktest() {
    let out = import(
        "sqlc/examples/booktest/postgresql",
        "schema.sql",
        &["query.sql"],
    );
    // The PostgreSQL enum becomes a Rust enum, the outer join's far side an `Option`, and
    // `$n` take the names of the columns they meet.
    assert!(out.contains("pub enum BookType {"), "{out}");
    assert!(out.contains("/// Can be NULL: `authors` is on the nullable side of an outer join.\n    pub name: Option<String>,"), "{out}");
    assert!(out.contains("WHERE tags && @tags::varchar[]"), "{out}");
    matches_committed("sqlc_booktest", &out);
}

#[test]
fn sqlc_batch() {
    let out = import(
        "sqlc/examples/batch/postgresql",
        "schema.sql",
        &["query.sql"],
    );
    // `sqlc.arg (book_id)` and `@book_id` both become `@book_id`.
    assert!(
        out.contains("WHERE book_id = @book_id\"#,\n        params(book_id: i32)"),
        "{out}"
    );
    matches_committed("sqlc_batch", &out);
}

#[test]
fn sqlc_jets() {
    let out = import(
        "sqlc/examples/jets/postgresql",
        "schema.sql",
        &["query-building.sql"],
    );
    matches_committed("sqlc_jets", &out);
}

#[test]
fn sqlc_ondeck_from_a_migrations_folder() {
    let out = import(
        "sqlc/examples/ondeck/postgresql",
        "schema",
        &["query/city.sql", "query/venue.sql"],
    );
    matches_committed("sqlc_ondeck", &out);
}

#[test]
fn cornucopia_basic_async() {
    let out = import(
        "cornucopia/examples/basic_async",
        "schema.sql",
        &["queries/module_1.sql", "queries/module_2.sql"],
    );
    // `:name` parameters, and `::text` casts left alone.
    assert!(out.contains("CONCAT(@start_str::text, '%')"), "{out}");
    matches_committed("cornucopia_basic_async", &out);
}

#[test]
fn a_file_of_neither_tool_is_named() {
    let out = Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(corpora().join("sqlc/examples/authors/postgresql"))
        .env_remove("DATABASE_URL")
        .args(["import", "--schema", "schema.sql", "schema.sql"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("schema.sql: neither sqlc (`-- name: X :one`) nor cornucopia (`--! x`) query annotations found"),
        "{stderr}"
    );
}

/// The command as a user runs it on a project with queries it cannot all import: the
/// module is written whole (the same file `tests/endtoend` compiles and proves), the
/// summary lists each query left out with why, and the status is 1.
#[test]
fn a_run_with_queries_left_out_writes_the_rest_and_fails() {
    let fixture = "../../endtoend/fixtures/moving_over";
    let out = Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(corpora().join("sqlc"))
        .env_remove("DATABASE_URL")
        .args(["import", "--schema", &format!("{fixture}/schema.sql")])
        .arg(format!("{fixture}/query.sql"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[0], "prepared import: imported 9 of 13 queries; left out 4:",
        "{stderr}"
    );
    assert!(lines[1].starts_with("  - Broken (sqlc `Broken :one`, ../../endtoend/fixtures/moving_over/query.sql:31): PostgreSQL does not prepare it against the schema: ERROR 42703"), "{stderr}");
    assert!(lines[2].starts_with("  - Weird (sqlc `Weird :frobnicate`, ../../endtoend/fixtures/moving_over/query.sql:34): the unknown kind"), "{stderr}");
    assert!(
        lines[3].starts_with(
            "  - BadArg (sqlc `BadArg :one`, ../../endtoend/fixtures/moving_over/query.sql:37)"
        ),
        "{stderr}"
    );
    assert!(lines[4].starts_with("  - TwoAtOnce (sqlc `TwoAtOnce :exec`, ../../endtoend/fixtures/moving_over/query.sql:40): more than one SQL statement"), "{stderr}");
    assert_eq!(lines.len(), 5, "{stderr}");
    let committed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/endtoend/src/cases/moving_over.rs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        std::fs::read_to_string(committed).unwrap()
    );
}
