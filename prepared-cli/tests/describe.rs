//! `prepared describe`: a declaration ready to paste, typed by PostgreSQL, nullable where
//! the harness would say so; and errors that carry the server's cause.

use std::path::Path;
use std::process::{Command, Output};

fn describe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/corpora/sqlc/examples/booktest/postgresql"),
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

/// Without `--schema`: the crate's own schema, as the harness finds it, in a throwaway
/// PostgreSQL; and with `DATABASE_URL`, that database as it is.
#[test]
fn the_crate_schema_by_default_and_database_url_when_set() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let sql = "SELECT id, enabled FROM accounts WHERE id = $1";
    let out = Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(&root)
        .env_remove("DATABASE_URL")
        .env_remove("PREPARED_SCHEMA")
        .args(["describe", "--name", "AccountFlag", sql])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("    pub id: i64,\n    /// Can be NULL: table column `accounts.enabled` allows NULL.\n    pub enabled: Option<bool>,"), "{text}");
    assert!(text.contains("params(id: i64)"), "{text}");

    let pg = prepared_test_harness::TempPostgres::start().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (client, driver) =
            tokio_postgres::connect(&pg.connection_string(), tokio_postgres::NoTls)
                .await
                .unwrap();
        tokio::spawn(driver);
        client
            .batch_execute("CREATE TABLE flags (id int8 PRIMARY KEY, enabled bool NOT NULL)")
            .await
            .unwrap();
    });
    assert_describes_flags(&describe_flags(&pg.connection_string()));
}

/// `DATABASE_URL` asking for verified TLS, on a server whose TCP port accepts `hostssl`
/// connections only; a certificate it cannot verify is one line naming why.
#[test]
fn describe_over_verified_tls() {
    use prepared_postgres::tls_server::{PASSWORD, TlsServer};
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(async {
        let server = TlsServer::start().await.unwrap();
        let (client, _) =
            prepared_test_harness::connect(&server.postgres().connection_string(), "")
                .await
                .unwrap();
        client
            .batch_execute("CREATE TABLE flags (id int8 PRIMARY KEY, enabled bool NOT NULL)")
            .await
            .unwrap();
        server
    });
    let describe = |ca: &str| {
        describe_flags(&server.url(
            "postgres",
            &format!(
                "sslmode=verify-full&sslrootcert={}",
                server.file(ca).display()
            ),
        ))
    };
    assert_describes_flags(&describe("ca.pem"));

    let out = describe("other-ca.pem");
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("invalid peer certificate: UnknownIssuer"),
        "{stderr}"
    );
    assert!(!stderr.contains(PASSWORD), "{stderr}");
}

/// `prepared describe` of a query on the table `flags`, through `DATABASE_URL`.
fn describe_flags(database_url: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_prepared"))
        .current_dir(std::env::temp_dir())
        .env("DATABASE_URL", database_url)
        .args([
            "describe",
            "--name",
            "Flag",
            "SELECT id, enabled FROM flags WHERE id = $1",
        ])
        .output()
        .unwrap()
}

fn assert_describes_flags(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("    pub id: i64,\n    pub enabled: bool,"),
        "{text}"
    );
}
