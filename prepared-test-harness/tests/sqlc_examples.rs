//! Every query of sqlc's PostgreSQL examples (`tests/corpora/sqlc/examples`, MIT, see
//! its LICENSE) proven through the harness against its own schema, with sqlc's parameters
//! (`$1`, `sqlc.arg(name)`, `sqlc.narg(name)`, `sqlc.slice(name)`) written as `@name`.

#[path = "../examples/support/adhoc.rs"]
mod adhoc;
use prepared_sql::lexer::{Token, scan};
use prepared_test_harness::{TempPostgres, check_with, schema};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn examples_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora/sqlc/examples");
    assert!(
        dir.is_dir(),
        "the shared corpora must sit beside the project: {}",
        dir.display()
    );
    dir
}

fn sql_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(sql_files(&path));
        } else if path.extension().is_some_and(|e| e == "sql") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// sqlc's parameter spellings turned into `@name`; positional `$n` becomes `@pn`.
fn to_named(sql: &str) -> String {
    let mut text = sql.to_owned();
    for func in ["sqlc.arg", "sqlc.narg", "sqlc.slice"] {
        while let Some(at) = text.find(func) {
            let open = at + text[at..].find('(').expect("opening parenthesis");
            let close = at + text[at..].find(')').expect("closing parenthesis");
            let name = text[open + 1..close].trim().trim_matches('\'').to_owned();
            text.replace_range(at..=close, &format!("@{name}"));
        }
    }
    let positional: Vec<(usize, usize)> = scan(&text)
        .unwrap()
        .into_iter()
        .filter_map(|t| match t {
            Token::Positional { at, len } => Some((at, len)),
            _ => None,
        })
        .collect();
    for (at, len) in positional.into_iter().rev() {
        let n = text[at + 1..at + len].to_owned();
        text.replace_range(at..at + len, &format!("@p{n}"));
    }
    text
}

/// The `-- name: GetAuthor :one` blocks of a sqlc query file.
fn queries(file: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.trim_start().strip_prefix("-- name:") {
            let name = rest.split_whitespace().next().unwrap().to_owned();
            out.push((name, String::new()));
        } else if let Some((_, sql)) = out.last_mut() {
            sql.push_str(line);
            sql.push('\n');
        }
    }
    for (_, sql) in &mut out {
        *sql = sql.trim().trim_end_matches(';').trim().to_owned();
    }
    out
}

fn parameters(sql: &str) -> Vec<String> {
    let names: BTreeSet<String> = scan(sql)
        .unwrap()
        .into_iter()
        .filter_map(|t| match t {
            Token::At {
                word, glued: false, ..
            } => Some(word),
            _ => None,
        })
        .collect();
    names.into_iter().collect()
}

#[tokio::test]
async fn every_sqlc_example_query_passes_the_harness() {
    let pg = TempPostgres::start().unwrap();
    let (admin, connection) =
        tokio_postgres::connect(&pg.connection_string(), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    let mut examples: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path().join("postgresql"))
        .collect();
    examples.sort();
    let mut checked = 0;
    for example in examples.iter().filter(|e| e.is_dir()) {
        let name = example
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let (schemas, query_files): (Vec<PathBuf>, Vec<PathBuf>) = sql_files(example)
            .into_iter()
            .partition(|p| p.to_string_lossy().contains("schema"));
        admin
            .batch_execute(&format!("CREATE DATABASE sqlc_{name}"))
            .await
            .unwrap();
        let url = pg.connection_string_for(&format!("sqlc_{name}"));
        let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        schema::apply(&client, &schemas)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut statements = Vec::new();
        for file in &query_files {
            for (query, sql) in queries(file) {
                let named = to_named(&sql);
                let params = parameters(&named);
                let params: Vec<&str> = params.iter().map(String::as_str).collect();
                statements
                    .push(adhoc::statement(&format!("{name}::{query}"), &named, &params).unwrap());
            }
        }
        let outcomes = check_with(&url, &statements).await.unwrap();
        let failed: Vec<String> = outcomes
            .iter()
            .filter(|o| !o.passed())
            .map(|o| o.message())
            .collect();
        assert!(failed.is_empty(), "{name}: {failed:#?}");
        checked += outcomes.len();
    }
    // authors, batch, booktest, jets and ondeck hold 37 queries between them.
    assert_eq!(checked, 37, "every `-- name:` query of the five examples");
    eprintln!("checked {checked} sqlc example queries");
}
