//! The false-rejection rate of the compile-time syntax check on real SQL: every query of
//! `../shared/corpora/sqlc` and `../shared/corpora/cornucopia` that PostgreSQL prepares
//! against its own schema, and every statement of `postgres-regress/sql` that PostgreSQL
//! runs, goes through the check the macro uses (`prepared_sql::check`). Rejections are
//! grouped by message. `cargo run --release -p prepared-test-harness --example false_rejections`

use prepared_sql::lexer::{Token, scan};
use prepared_test_harness::{TempPostgres, adhoc, check_with, schema};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn corpora() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora")
}

/// sqlc's and cornucopia's parameter spellings as `@name`.
fn to_named(sql: &str) -> String {
    let mut text = sql.to_owned();
    for func in ["sqlc.arg", "sqlc.narg", "sqlc.slice"] {
        while let Some(at) = text.find(func) {
            let (Some(open), Some(close)) = (text[at..].find('('), text[at..].find(')')) else {
                break;
            };
            let name = text[at + open + 1..at + close]
                .trim()
                .trim_matches('\'')
                .to_owned();
            text.replace_range(at..=at + close, &format!("@{name}"));
        }
    }
    let tokens = scan(&text).unwrap_or_default();
    let mut edits: Vec<(usize, usize, String)> = tokens
        .iter()
        .filter_map(|t| match t {
            Token::Positional { at, len } => {
                Some((*at, *len, format!("@p{}", &text[at + 1..at + len])))
            }
            _ => None,
        })
        .collect();
    // cornucopia's `:name`, which is not a `::` cast.
    let bytes = text.as_bytes();
    let code: Vec<usize> = tokens
        .iter()
        .filter_map(|t| {
            if let Token::Code { at } = t {
                Some(*at)
            } else {
                None
            }
        })
        .collect();
    for &at in &code {
        if bytes[at] == b':'
            && bytes
                .get(at + 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
            && (at == 0 || bytes[at - 1] != b':')
        {
            let len = bytes[at + 1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                .count();
            edits.push((at, len + 1, format!("@{}", &text[at + 1..at + 1 + len])));
        }
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (at, len, with) in edits {
        text.replace_range(at..at + len, &with);
    }
    text
}

fn params(sql: &str) -> Vec<String> {
    let names: BTreeSet<String> = scan(sql)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| {
            if let Token::At {
                word, glued: false, ..
            } = t
            {
                Some(word)
            } else {
                None
            }
        })
        .collect();
    names.into_iter().collect()
}

/// Queries of a file annotated `-- name: X` (sqlc) or `--! x` (cornucopia).
fn annotated_queries(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("-- name:") || t.starts_with("--!") {
            out.extend(current.take());
            current = Some(String::new());
        } else if t.starts_with("--:") || t.starts_with("---") {
            continue;
        } else if let Some(q) = &mut current {
            q.push_str(line);
            q.push('\n');
        }
    }
    out.extend(current);
    out.into_iter()
        .map(|q| q.trim().trim_end_matches(';').trim().to_owned())
        .filter(|q| !q.is_empty())
        .collect()
}

/// Counts for all statements and for queries and DML (what applications prepare).
#[derive(Default)]
struct Tally {
    valid: [usize; 2],
    /// Rejected by sqlparser alone (before the pre-pass).
    before: [usize; 2],
    /// Rejected by the macro's check (with the pre-pass).
    after: [usize; 2],
    rejected: BTreeMap<String, (usize, String)>,
}

fn is_query_or_dml(sql: &str) -> bool {
    let first = prepared_sql::prepass::prepass(sql).sql;
    let first = first
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("--"))
        .unwrap_or("")
        .trim_start_matches('(')
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    matches!(
        first.as_str(),
        "SELECT" | "INSERT" | "UPDATE" | "DELETE" | "WITH" | "VALUES" | "MERGE"
    ) || sql.trim_start().to_ascii_uppercase().starts_with("TABLE ")
}

impl Tally {
    fn measure(&mut self, sql: &str) {
        let declared = params(sql);
        let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
        let kinds: &[usize] = if is_query_or_dml(sql) { &[0, 1] } else { &[0] };
        let rewritten = prepared_sql::rewrite(sql, &declared);
        let before = prepared_sql::syntax::parse(&rewritten.sql).is_err();
        let after = prepared_sql::check(sql, &declared, true).syntax;
        for &k in kinds {
            self.valid[k] += 1;
            self.before[k] += usize::from(before);
            self.after[k] += usize::from(after.is_some());
        }
        if let Some(error) = after {
            let key: String = error.message.chars().take(60).collect();
            let entry = self
                .rejected
                .entry(key)
                .or_insert((0, sql.chars().take(160).collect()));
            entry.0 += 1;
        }
    }

    fn print(&self, name: &str) {
        for (k, what) in [(0, "all statements"), (1, "queries and DML")] {
            let rate = |n: usize| 100.0 * n as f64 / self.valid[k].max(1) as f64;
            println!(
                "| {name} | {what} | {} | {} ({:.2}%) | {} ({:.2}%) |",
                self.valid[k],
                self.before[k],
                rate(self.before[k]),
                self.after[k],
                rate(self.after[k])
            );
        }
    }
}

async fn sqlc_and_cornucopia(
    pg: &TempPostgres,
    prefix: &str,
    tally: &mut Tally,
    cases: Vec<(String, Vec<PathBuf>, Vec<PathBuf>)>,
) {
    let (admin, connection) =
        tokio_postgres::connect(&pg.connection_string(), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    for (i, (name, schemas, queries)) in cases.into_iter().enumerate() {
        let db = format!("{prefix}_{i}");
        admin
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .await
            .unwrap();
        let url = pg.connection_string_for(&db);
        let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        if schema::apply(&client, &schemas).await.is_err() {
            drop(client);
            let _ = admin
                .batch_execute(&format!("DROP DATABASE {db} WITH (FORCE)"))
                .await;
            continue;
        }
        let mut statements = Vec::new();
        for file in &queries {
            for sql in annotated_queries(file) {
                let named = to_named(&sql);
                let declared = params(&named);
                let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
                if let Ok(s) = adhoc::statement(&name, &named, &declared) {
                    statements.push(s);
                }
            }
        }
        for outcome in check_with(&url, &statements).await.unwrap() {
            if outcome.passed() {
                tally.measure(outcome.statement.source_sql);
            }
        }
        drop(client);
        let _ = admin
            .batch_execute(&format!("DROP DATABASE {db} WITH (FORCE)"))
            .await;
    }
}

async fn regress(pg: &TempPostgres, tally: &mut Tally) {
    let (admin, connection) =
        tokio_postgres::connect(&pg.connection_string(), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    admin
        .batch_execute("CREATE DATABASE regression")
        .await
        .unwrap();
    let url = pg.connection_string_for("regression");
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpora().join("postgres-regress/sql"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    // test_setup creates the tables most scripts use.
    files.sort_by_key(|f| !f.ends_with("test_setup.sql"));
    for file in files {
        let text: String = String::from_utf8_lossy(&std::fs::read(&file).unwrap())
            .split_inclusive('\n')
            .filter(|l| !l.trim_start().starts_with('\\'))
            .collect();
        let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        let _ = client.batch_execute("SET statement_timeout = '5s'").await;
        for (_, statement) in schema::statements(&text) {
            let sql = statement.trim().trim_end_matches(';').trim();
            let upper = sql.to_ascii_uppercase();
            // COPY from stdin needs psql; psql variables (`:var`) are not SQL.
            if upper.contains("STDIN")
                || upper.contains("STDOUT")
                || sql.contains(":'")
                || sql.is_empty()
            {
                continue;
            }
            if client.is_closed() {
                break;
            }
            if client.batch_execute(sql).await.is_ok() {
                tally.measure(sql);
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let pg = TempPostgres::start().unwrap();
    let root = corpora();
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("sqlc/manifest.json")).unwrap())
            .unwrap();
    let mut cases = Vec::new();
    for key in ["examples", "endtoend"] {
        for case in manifest[key].as_array().unwrap() {
            if case["expects_sqlc_error"].as_bool() == Some(true) {
                continue;
            }
            let paths = |k: &str| -> Vec<PathBuf> {
                case[k]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|p| p.as_str())
                            .map(|p| {
                                root.join("sqlc")
                                    .join(p.replace("internal/endtoend/testdata/", "endtoend/"))
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let expand = |paths: Vec<PathBuf>| -> Vec<PathBuf> {
                paths
                    .into_iter()
                    .flat_map(|p| {
                        if p.is_dir() {
                            let mut files: Vec<PathBuf> = std::fs::read_dir(&p)
                                .unwrap()
                                .flatten()
                                .map(|e| e.path())
                                .filter(|f| f.extension().is_some_and(|e| e == "sql"))
                                .collect();
                            files.sort();
                            files
                        } else {
                            vec![p]
                        }
                    })
                    .collect()
            };
            cases.push((
                case["case"].as_str().unwrap_or("?").to_owned(),
                expand(paths("schema")),
                expand(paths("queries")),
            ));
        }
    }
    let mut sqlc = Tally::default();
    sqlc_and_cornucopia(&pg, "sqlc", &mut sqlc, cases).await;

    let mut cornucopia_cases = Vec::new();
    for dir in [
        "benches",
        "examples/auto_build",
        "examples/basic_sync",
        "examples/basic_async",
        "examples/custom_types",
        "tests/codegen",
    ] {
        let base = root.join("cornucopia").join(dir);
        let mut queries: Vec<PathBuf> = std::fs::read_dir(base.join("queries"))
            .map(|r| r.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        queries.sort();
        cornucopia_cases.push((dir.to_owned(), vec![base.join("schema.sql")], queries));
    }
    let mut cornucopia = Tally::default();
    sqlc_and_cornucopia(&pg, "cornucopia", &mut cornucopia, cornucopia_cases).await;

    let mut regression = Tally::default();
    regress(&pg, &mut regression).await;

    println!("## False rejections of the compile-time syntax check");
    println!(
        "| corpus | statements | valid in PostgreSQL | rejected by sqlparser alone | rejected with the pre-pass |"
    );
    println!("|---|---|---|---|---|");
    sqlc.print("sqlc (examples + endtoend)");
    cornucopia.print("cornucopia");
    regression.print("postgres-regress");
    let mut all: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for t in [&sqlc, &cornucopia, &regression] {
        for (k, (n, ex)) in &t.rejected {
            let e = all.entry(k.clone()).or_insert((0, ex.clone()));
            e.0 += n;
        }
    }
    let mut top: Vec<_> = all.into_iter().collect();
    top.sort_by_key(|(_, (n, _))| std::cmp::Reverse(*n));
    println!("\nmost frequent rejections:");
    for (message, (n, example)) in top.iter().take(40) {
        println!(
            "{n:5}  {message}\n       e.g. {}",
            example.replace('\n', " ")
        );
    }
}
