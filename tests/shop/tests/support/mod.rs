//! Running the shop's harness (`prove-shop`) as its own process, the way `cargo test`
//! runs `tests/sql.rs`, and reading what it reports.

#![allow(dead_code)]

use prepared_test_harness::{TempPostgres, schema};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// Rows in every table of the shop, so that a check against `DATABASE_URL` runs on a
/// database that holds data. Every drift migration of the tests applies on top of it.
pub const SEED: &str = "
INSERT INTO customers(id, email, name) VALUES
    ('00000000-0000-0000-0000-000000000001', 'ada@example.com', 'Ada'),
    ('00000000-0000-0000-0000-000000000002', 'bob@example.com', 'Bob');
UPDATE customers SET referrer = '00000000-0000-0000-0000-000000000001' WHERE name = 'Bob';
INSERT INTO products(sku, name, price_cents, tags, stock) VALUES
    ('A-1', 'Anvil', 1999, '{tools}', 3), ('B-2', 'Bucket', 499, '{garden,tools}', 10);
INSERT INTO orders(customer_id, status, note) VALUES
    ('00000000-0000-0000-0000-000000000001', 'paid', NULL),
    ('00000000-0000-0000-0000-000000000002', 'cancelled', 'late');
INSERT INTO order_items(order_id, product_id, quantity) VALUES (1, 1, 2), (1, 2, 1), (2, 2, 5);
INSERT INTO jobs(kind, payload) VALUES ('email', '{\"to\": \"ada\"}'), ('report', '{}');
";

/// One throwaway server per test binary, for the databases that `DATABASE_URL` names.
pub fn server() -> &'static TempPostgres {
    static SERVER: OnceLock<TempPostgres> = OnceLock::new();
    SERVER.get_or_init(|| TempPostgres::start().expect("starting a throwaway PostgreSQL"))
}

/// A new database on [`server`] with the shop's migrations, then `seed`, then `drift`;
/// returns its connection string.
pub async fn database(seed: &str, drift: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let name = format!("shop_{}", N.fetch_add(1, Ordering::Relaxed));
    let admin = prepared::Client::connect(&server().connection_string())
        .await
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let url = server().connection_string_for(&name);
    let client = prepared::Client::connect(&url).await.unwrap();
    schema::apply(&client, &schema::files(Path::new(MANIFEST_DIR)).unwrap())
        .await
        .unwrap();
    client.batch_execute(seed).await.unwrap();
    client
        .batch_execute(drift)
        .await
        .unwrap_or_else(|e| panic!("the drift migration does not apply: {e:?}"));
    url
}

/// What one run of the harness reported.
#[derive(Debug)]
pub struct Run {
    pub success: bool,
    pub took: Duration,
    pub stdout: String,
    pub stderr: String,
    /// Each test that ran, and whether it passed.
    pub results: BTreeMap<String, bool>,
    /// The failure message of each failed test.
    pub failures: BTreeMap<String, String>,
}

impl Run {
    pub fn failed(&self) -> Vec<&str> {
        self.results
            .iter()
            .filter(|(_, ok)| !**ok)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// The harness's closing `prepared: checked …` line.
    pub fn summary(&self) -> &str {
        self.stderr
            .lines()
            .find(|l| l.starts_with("prepared: checked "))
            .unwrap_or_else(|| panic!("no summary line:\n{}", self.stderr))
    }
}

/// How the harness finds its database.
pub enum Target<'a> {
    /// `DATABASE_URL` set to this.
    Url(&'a str),
    /// No `DATABASE_URL`: the harness starts its own server with the schema in this
    /// folder (`PREPARED_SCHEMA`), and keeps its template cache in `target`.
    Throwaway { schema: &'a Path, target: &'a Path },
}

/// Runs `prove-shop` with `args` against `target`.
pub fn run_harness(target: Target<'_>, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_prove-shop"));
    cmd.args(args)
        .env("CARGO_MANIFEST_DIR", MANIFEST_DIR)
        .env_remove("DATABASE_URL")
        .env_remove("PREPARED_SCHEMA");
    match target {
        Target::Url(url) => {
            cmd.env("DATABASE_URL", url);
        }
        Target::Throwaway { schema, target } => {
            cmd.env("PREPARED_SCHEMA", schema)
                .env("CARGO_TARGET_DIR", target);
        }
    }
    let started = Instant::now();
    let out = cmd.output().expect("running prove-shop");
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut results = BTreeMap::new();
    for line in stdout.lines() {
        if let Some((name, result)) = line
            .strip_prefix("test ")
            .and_then(|rest| rest.split_once(" ... "))
        {
            results.insert(name.trim().to_owned(), result.trim() == "ok");
        }
    }
    let failures = failure_sections(&stdout);
    Run {
        success: out.status.success(),
        took,
        stdout,
        stderr,
        results,
        failures,
    }
}

/// libtest's `---- name ----` sections, each up to the next one or the closing list.
fn failure_sections(stdout: &str) -> BTreeMap<String, String> {
    let mut sections = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in stdout.lines() {
        let header = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" ----"));
        if (header.is_some() || line == "failures:")
            && let Some((name, text)) = current.take()
        {
            sections.insert(name, text.trim_end().to_owned());
        }
        if let Some(name) = header {
            current = Some((name.to_owned(), String::new()));
        } else if let Some((_, text)) = current.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    if let Some((name, text)) = current {
        sections.insert(name, text.trim_end().to_owned());
    }
    sections
}

/// A private folder under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "prepared-shop-{label}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
