//! Every sqlc end-to-end case that sqlc accepts (`tests/corpora/sqlc/manifest.json`), each
//! in a database of its own with its own schema: `prepared import` writes the module
//! committed in `src/cases/` (compiled as written by this crate; `PREPARED_BLESS=1`
//! rewrites them), and the harness proves every statement of the committed module.
//! Printed: how many cases and queries, what was left out and why.

use futures_util::StreamExt;
use prepared_test_harness::{TempPostgres, check_with, schema};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A case as the manifest lists it, with paths relative to `tests/corpora/sqlc`.
struct Case {
    module: String,
    schema: Vec<PathBuf>,
    queries: Vec<PathBuf>,
}

/// What became of one case.
#[derive(Default)]
struct Report {
    /// The schema does not apply (PostgreSQL 15 cannot run it).
    schema_error: Option<String>,
    imported: usize,
    left_out: Vec<String>,
    /// The committed module differs from the command's output.
    drifted: bool,
    proven: usize,
    failed: Vec<String>,
}

/// Rust's strict and reserved keywords, which a module cannot be named.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string("manifest.json").unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
    let local = |v: &serde_json::Value| -> Vec<PathBuf> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let p = p.as_str().unwrap();
                PathBuf::from(p.replace("internal/endtoend/testdata", "endtoend"))
            })
            .collect()
    };
    manifest["endtoend"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["expects_sqlc_error"] == false)
        .map(|c| {
            let mut module: String = c["case"]
                .as_str()
                .unwrap()
                .chars()
                .map(|ch| {
                    if ch.is_ascii_alphanumeric() {
                        ch.to_ascii_lowercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            let entry = c["entry"].as_u64().unwrap_or(0);
            if entry > 0 {
                module = format!("{module}_{entry}");
            }
            if KEYWORDS.contains(&module.as_str())
                || module.starts_with(|c: char| c.is_ascii_digit())
            {
                module = format!("case_{module}");
            }
            Case {
                module,
                schema: local(&c["schema"]),
                queries: local(&c["queries"]),
            }
        })
        .chain(std::iter::once(Case {
            module: "moving_over".into(),
            schema: vec![Path::new(FIXTURE).join("schema.sql")],
            queries: vec![Path::new(FIXTURE).join("query.sql")],
        }))
        .collect()
}

/// A project of ours in the shape of the Go services that moved over: what the corpus
/// lacks (keyword parameters, a partial-index upsert, a void result, a one-row delete,
/// SQL the compile-time check refuses, queries that cannot be imported).
const FIXTURE: &str = "../../endtoend/fixtures/moving_over";

fn committed(module: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/cases")
        .join(format!("{module}.rs"))
}

async fn run_case(pg: &TempPostgres, admin: &prepared::Client, case: &Case, bless: bool) -> Report {
    let mut report = Report::default();
    admin
        .batch_execute(&format!("CREATE DATABASE \"{}\"", case.module))
        .await
        .unwrap();
    let url = pg.connection_string_for(&case.module);
    let (client, driver) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(driver);
    let root = std::env::current_dir().unwrap();
    for path in &case.schema {
        let applied = match schema::files_with(&root, Some(path)) {
            Ok(files) => schema::apply(&client, &files).await,
            Err(e) => Err(e),
        };
        if let Err(e) = applied {
            report.schema_error = Some(e.to_string());
            return report;
        }
    }
    let output = prepared_cli::import(&client, &case.queries, "statements")
        .await
        .unwrap_or_else(|e| panic!("{}: the import failed as a whole: {e}", case.module));
    report.imported = output.imported;
    report.left_out = output.left_out.iter().map(|l| l.why.clone()).collect();
    let path = committed(&case.module);
    if bless {
        std::fs::write(&path, &output.text).unwrap();
    }
    report.drifted = std::fs::read_to_string(&path).ok().as_deref() != Some(&output.text);
    let registry = prepared_endtoend::cases::CASES
        .iter()
        .find(|(name, _)| *name == case.module)
        .map(|(_, r)| *r);
    let Some(registry) = registry else {
        report.drifted = true;
        return report;
    };
    let statements: Vec<_> = registry
        .statements
        .iter()
        .flat_map(|s| s.runnable())
        .collect();
    for outcome in check_with(&url, &statements).await.unwrap() {
        if outcome.passed() {
            report.proven += 1;
        } else {
            report.failed.push(outcome.message());
        }
    }
    report
}

/// The `cases/mod.rs` listing every module.
fn listing(modules: &[&str]) -> String {
    let mut out = String::from("//! Generated by `tests/corpus.rs` with `PREPARED_BLESS=1`.\n\n");
    for m in modules {
        out.push_str(&format!("pub mod {m};\n"));
    }
    out.push_str("\n/// Each case's module name and registry.\n#[rustfmt::skip]\npub const CASES: &[(&str, &prepared::Registry)] = &[\n");
    for m in modules {
        out.push_str(&format!("    ({m:?}, &{m}::REGISTRY),\n"));
    }
    out.push_str("];\n");
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn every_case_imports_compiles_and_proves() {
    std::env::set_current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpora/sqlc"))
        .unwrap();
    let bless = std::env::var_os("PREPARED_BLESS").is_some();
    let cases = cases();
    let pg = TempPostgres::start().unwrap();
    let admin = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let reports: Vec<(String, Report)> = futures_util::stream::iter(&cases)
        .map(|case| {
            let (pg, admin) = (&pg, &admin);
            async move { (case.module.clone(), run_case(pg, admin, case, bless).await) }
        })
        .buffered(4)
        .collect()
        .await;
    let mut modules: Vec<&str> = reports
        .iter()
        .filter(|(_, r)| r.schema_error.is_none())
        .map(|(m, _)| m.as_str())
        .collect();
    modules.sort_unstable();
    let listing_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cases/mod.rs");
    if bless {
        std::fs::write(&listing_path, listing(&modules)).unwrap();
    }
    let listing_drifted = std::fs::read_to_string(&listing_path).unwrap() != listing(&modules);

    let mut problems = tally(&reports, modules.len(), started);
    if listing_drifted {
        problems
            .push("src/cases/mod.rs does not list the cases; rerun with PREPARED_BLESS=1".into());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_stated_counts(&reports);
}

/// Prints what was imported, left out (by why) and proven; the problems found, with a
/// failure when a statement imported was not proven.
fn tally(reports: &[(String, Report)], applied: usize, started: std::time::Instant) -> Vec<String> {
    let mut why: BTreeMap<String, usize> = BTreeMap::new();
    let (mut imported, mut left, mut proven) = (0, 0, 0);
    let mut problems = Vec::new();
    for (module, r) in reports {
        if let Some(e) = &r.schema_error {
            println!("schema does not apply: {module}: {e}");
            continue;
        }
        imported += r.imported;
        left += r.left_out.len();
        proven += r.proven;
        for w in &r.left_out {
            println!("left out in {module}: {w}");
            let class: String = w.split([':', '(']).next().unwrap_or(w).to_owned();
            *why.entry(class).or_default() += 1;
        }
        if r.drifted {
            problems.push(format!("{module}: `prepared import` no longer writes src/cases/{module}.rs; rerun with PREPARED_BLESS=1 and review the diff"));
        }
        problems.extend(r.failed.iter().map(|f| format!("{module}: {f}")));
    }
    println!(
        "{} cases ({} with a schema PostgreSQL 15 does not apply); {imported} queries imported, {left} left out; {proven} statements proven; {:.1} s",
        reports.len(),
        reports.len() - applied,
        started.elapsed().as_secs_f64()
    );
    for (class, n) in &why {
        println!("  left out {n}: {class}");
    }
    if proven != imported {
        problems.push(format!(
            "{proven} statements proven of {imported} imported: every one must be"
        ));
    }
    problems
}

/// The guide and the README state the counts of sqlc's cases (without our fixture): each
/// must state the ones measured.
fn assert_stated_counts(reports: &[(String, Report)]) {
    let sqlc = reports.iter().filter(|(m, _)| m != "moving_over");
    let (cases, queries, imported) = sqlc.fold((0, 0, 0), |(c, q, i), (_, r)| {
        let applied = r.schema_error.is_none();
        let found = if applied {
            r.imported + r.left_out.len()
        } else {
            0
        };
        (c + 1, q + found, i + if applied { r.imported } else { 0 })
    });
    let guide = include_str!("../../../docs/src/cli.md").replace('\n', " ");
    let readme = include_str!("../../../README.md").replace('\n', " ");
    let left = queries - imported;
    for (file, text, stated) in [
        (
            "docs/src/cli.md",
            &guide,
            format!("({cases} cases, {queries} queries)"),
        ),
        (
            "docs/src/cli.md",
            &guide,
            format!("the {imported} it imports"),
        ),
        ("docs/src/cli.md", &guide, format!("(the {left} left out")),
        (
            "README.md",
            &readme,
            format!("{imported} of {queries} queries imported"),
        ),
        ("README.md", &readme, format!("each of the {left} left out")),
    ] {
        assert!(
            text.contains(&stated),
            "{file} must state `{stated}`: update it"
        );
    }
}

/// What the fixture's module says, as committed (the corpus test keeps it equal to the
/// command's output, compiles it and proves it).
#[test]
fn the_moving_over_fixture_imports_as_written() {
    let text = include_str!("../src/cases/moving_over.rs");
    for expected in [
        // The keyword parameters: raw, and renamed where Rust cannot take it raw.
        "params(r#type: &str, self_: i64)",
        "WHERE type = @type AND id <> @self_",
        // The embeds, each table's row type once, in their place.
        "#[prepared(flatten)]\n    pub p: Posts,",
        "#[prepared(flatten)]\n    pub u: Users,",
        // Repeated `id`: by position, the outer join's side an Option.
        "#[prepared(position = 1)]\n    pub id: i64,",
        "#[prepared(position = 2)]\n    pub id_2: Option<i64>,",
        // `void`: no row type, run with `prepared_execute`.
        "sqlc `Notify :exec`, ../../endtoend/fixtures/moving_over/query.sql:18; run it with `prepared_execute`.",
        "params(payload: &str)\n    )]\n    pub struct Notify;",
        // The options the macro needs, each with why.
        "/// `all_rows`: DELETE from `settings` has no WHERE, so it changes every row, as the query file has it.",
        "all_rows)]\n    pub struct ClearSettings;",
        "/// `unchecked_syntax`: the compile-time syntax check refuses it",
        // What is left out, with where and what to write instead.
        "// Left out: Broken (sqlc `Broken :one`, ../../endtoend/fixtures/moving_over/query.sql:31): PostgreSQL does not prepare it against the schema: ERROR 42703: column \"nope\" does not exist",
        "// Left out: Weird (sqlc `Weird :frobnicate`, ../../endtoend/fixtures/moving_over/query.sql:34): the unknown kind `:frobnicate`: write one of sqlc's :one",
        "// Left out: BadArg (sqlc `BadArg :one`, ../../endtoend/fixtures/moving_over/query.sql:37): `sqlc.arg` without `(name)`: write `sqlc.arg(name)`",
        "// Left out: TwoAtOnce (sqlc `TwoAtOnce :exec`, ../../endtoend/fixtures/moving_over/query.sql:40): more than one SQL statement; a prepared statement holds exactly one: split it into one query per statement",
        "//! 4 of 13 queries are left out",
        "unchecked_syntax\n    )]\n    pub struct ThemeCollation;",
        "r#\"SELECT pg_advisory_xact_lock(@key)\"#,",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("PostWithAuthorRow {\n    pub id"), "{text}");
}

/// The fixture's imported statements run for real: a void result through
/// `prepared_execute`, nested rows and repeated names read where they are, keyword
/// parameters bound.
#[tokio::test]
async fn the_moving_over_fixture_runs() {
    use prepared::PreparedExt;
    use prepared_endtoend::cases::moving_over::{self as q, PreparedStatement as S};
    let pg = TempPostgres::start().unwrap();
    let mut client = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/moving_over");
    schema::apply(&client, &[dir.join("schema.sql")])
        .await
        .unwrap();
    let ada = client
        .prepared_query_one(S::upsert_live_user("ada@example.com", Some(7)))
        .await
        .unwrap()
        .id;
    let again = client
        .prepared_query_one(S::upsert_live_user("ada@example.com", None))
        .await
        .unwrap()
        .id;
    assert_eq!(
        ada, again,
        "the partial index's upsert updated the live row"
    );
    client
        .batch_execute(&format!(
            "INSERT INTO users (email) VALUES ('bob@example.com'); INSERT INTO posts (user_id, title) VALUES ({ada}, 'Hello')"
        ))
        .await
        .unwrap();
    let people = client
        .prepared_query(S::users_of_type("person", ada))
        .await
        .unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].email, "bob@example.com");
    let post: q::PostWithAuthorRow = client
        .prepared_query_one(S::post_with_author(1))
        .await
        .unwrap();
    assert_eq!(
        (post.p.id, post.p.user_id, post.p.title.as_str()),
        (1, ada, "Hello")
    );
    assert_eq!(
        (post.u.id, post.u.email.as_str(), post.u.org_id),
        (ada, "ada@example.com", None)
    );
    let ids = client
        .prepared_query(S::post_and_author_ids())
        .await
        .unwrap();
    assert_eq!((ids[0].id, ids[0].id_2), (1, Some(ada)));
    // `void` results: executed, one row each.
    assert_eq!(
        client.prepared_execute(S::notify("changed")).await.unwrap(),
        1
    );
    let tx = client.transaction().await.unwrap();
    assert_eq!(tx.prepared_execute(S::lock(42)).await.unwrap(), 1);
    tx.commit().await.unwrap();
}
