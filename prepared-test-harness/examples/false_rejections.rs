//! The false-rejection rate of the compile-time syntax check on real SQL: every query of
//! `../shared/corpora/sqlc` and `../shared/corpora/cornucopia` that PostgreSQL prepares
//! against its own schema, and every statement of `postgres-regress/sql` that PostgreSQL
//! runs, goes through the check the macro uses (`prepared_sql::check`). Rejections are
//! grouped by message. `cargo run --release -p prepared-test-harness --example false_rejections`

#[path = "support/corpora.rs"]
mod corpora;

#[path = "support/adhoc.rs"]
mod adhoc;
use corpora::{Case, annotated_queries, params, to_named};
use prepared_test_harness::{TempPostgres, check_with, schema};
use std::collections::BTreeMap;

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

async fn sqlc_and_cornucopia(pg: &TempPostgres, prefix: &str, tally: &mut Tally, cases: Vec<Case>) {
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
    for file in corpora::regress_files() {
        let text = corpora::regress_script(&file);
        let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        let _ = client.batch_execute("SET statement_timeout = '5s'").await;
        for (_, statement) in schema::statements(&text) {
            let sql = statement.trim().trim_end_matches(';').trim();
            if !corpora::regress_sendable(sql) {
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
    let cases = corpora::sqlc_cases();
    let mut sqlc = Tally::default();
    sqlc_and_cornucopia(&pg, "sqlc", &mut sqlc, cases).await;

    let cornucopia_cases = corpora::cornucopia_cases();
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
