//! `prepared_test_harness::main`: one libtest-mimic test per statement.

use crate::check::{Outcome, check_statements};
use crate::connect::connect;
use crate::database::Database;
use crate::discover;
use libtest_mimic::{Arguments, Failed, Trial};
use prepared_runtime::registry::{Registry, StatementInfo};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

/// Connections the checks are spread over; each pipelines its share.
const CONNECTIONS: usize = 4;

/// Proves every statement of every registry of the crate under test against PostgreSQL
/// and exits with the result: the registries are collected when the test is linked, so a
/// new one is proven without being listed anywhere.
///
/// "The crate" is the package `cargo test` runs (its library, whose name comes from
/// `CARGO_PKG_NAME`) and the test's own file; run outside Cargo, every registry linked
/// in. The test names the library once so that it is linked (`use my_app as _;`).
///
/// ```no_run
/// // tests/sql.rs, with `[[test]] name = "sql" harness = false` in Cargo.toml
/// # mod my_app {}
/// use my_app as _;
///
/// fn main() {
///     prepared_test_harness::main();
/// }
/// ```
pub fn main() -> ! {
    let found = crate_registries();
    if found.is_empty() {
        // A test that proves nothing must not pass.
        eprintln!(
            "error: prepared-test-harness: no `#[prepared::registry]` of this crate is linked into the test; name the library once so that it is (`use my_app as _;`), or pass the registries to `prepared_test_harness::main_with`"
        );
        std::process::exit(101);
    }
    run(&found, None)
}

/// [`main`] for the registries given, in that order; a registry of the crate that is not
/// among them fails the test `prepared::every_registry_listed`.
///
/// ```no_run
/// # mod my_app { pub mod queries { pub static REGISTRY: prepared_runtime::Registry =
/// #     prepared_runtime::Registry { module: "my_app::queries", statements: &[] }; } }
/// fn main() {
///     prepared_test_harness::main_with(&[&my_app::queries::REGISTRY]);
/// }
/// ```
pub fn main_with(registries: &[&'static Registry]) -> ! {
    run(registries, Some(&crate_registries()))
}

/// The registries linked into this program that belong to the crate under test, by
/// module path.
///
/// ```no_run
/// // In tests/sql.rs's `main`: what `main()` does, spelled out.
/// let registries = prepared_test_harness::crate_registries();
/// assert!(!registries.is_empty(), "link the library: `use my_app as _;`");
/// prepared_test_harness::main_with(&registries);
/// ```
pub fn crate_registries() -> Vec<&'static Registry> {
    let library = std::env::var("CARGO_PKG_NAME")
        .ok()
        .map(|name| name.replace('-', "_"));
    // The test binary's own crate: its file name before Cargo's `-<hash>`.
    let own = std::env::current_exe().ok().and_then(|exe| {
        let stem = exe.file_stem()?.to_string_lossy().into_owned();
        Some(match stem.rsplit_once('-') {
            Some((name, hash)) if hash.chars().all(|c| c.is_ascii_hexdigit()) => {
                name.replace('-', "_")
            }
            _ => stem.replace('-', "_"),
        })
    });
    let mut found: Vec<&'static Registry> = Registry::linked()
        .iter()
        .filter(|r| {
            let first = r.module.split("::").next().unwrap_or_default();
            library.is_none() || library.as_deref() == Some(first) || own.as_deref() == Some(first)
        })
        .collect();
    found.sort_by_key(|r| r.module);
    found
}

/// Proves `registries`; with `listed_from`, the crate's registries that must be among them.
fn run(registries: &[&'static Registry], listed_from: Option<&[&'static Registry]>) -> ! {
    let args = Arguments::from_args();
    let manifest_dir =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| ".".into()));
    // A statement with optional fragments or sort orders is proven variant by variant, each
    // its own test named after what it holds (`search{status,order=Cheapest}`).
    let statements: Vec<&'static StatementInfo> = registries
        .iter()
        .flat_map(|r| r.statements.iter().flat_map(|s| s.runnable()))
        .collect();

    let selected: Vec<&'static StatementInfo> = statements
        .iter()
        .copied()
        .filter(|s| !args.list && is_selected(&args, s.name))
        .collect();
    let started = Instant::now();
    let (database, outcomes) = if selected.is_empty() {
        (None, HashMap::new())
    } else {
        match run_checks(&manifest_dir, &selected) {
            Ok((database, outcomes)) => (Some(database), outcomes),
            Err(e) => {
                eprintln!("error: prepared-test-harness: {e}");
                std::process::exit(101);
            }
        }
    };
    let elapsed = started.elapsed();

    let mut trials = crate_checks(registries, listed_from);
    for s in &statements {
        let outcome = outcomes.get(&key(s));
        let result = match outcome {
            Some(o) if !o.passed() => Err(o.message()),
            _ => Ok(()),
        };
        for note in outcome.map(|o| o.notes.as_slice()).unwrap_or_default() {
            eprintln!("note: statement `{}`: {note}", s.name);
        }
        trials.push(Trial::test(s.name, move || result.map_err(Failed::from)));
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if let Some(database) = &database {
        eprintln!(
            "{}",
            summary(&statements, &outcomes, &database.describe(), elapsed)
        );
    }
    // `exit` skips destructors: stop the server first.
    drop(database);
    conclusion.exit()
}

/// `prepared: checked N statements against X in Ts (K failed: a, b)`, the failed ones in
/// registry order.
fn summary(
    statements: &[&'static StatementInfo],
    outcomes: &Outcomes,
    against: &str,
    elapsed: std::time::Duration,
) -> String {
    let failed: Vec<&str> = statements
        .iter()
        .filter(|s| outcomes.get(&key(s)).is_some_and(|o| !o.passed()))
        .map(|s| s.name)
        .collect();
    let failed = if failed.is_empty() {
        "0 failed".to_owned()
    } else {
        format!("{} failed: {}", failed.len(), failed.join(", "))
    };
    format!(
        "prepared: checked {} statements against {against} in {:.3}s ({failed})",
        outcomes.len(),
        elapsed.as_secs_f64()
    )
}

/// Outcomes are keyed by the address of the statement's registry entry.
fn key(statement: &&'static StatementInfo) -> usize {
    std::ptr::from_ref(*statement) as usize
}

fn is_selected(args: &Arguments, name: &str) -> bool {
    if args.ignored {
        return false;
    }
    let matches = |filter: &str| {
        if args.exact {
            name == filter
        } else {
            name.contains(filter)
        }
    };
    args.filter.as_deref().is_none_or(matches) && !args.skip.iter().any(|s| matches(s))
}

type Outcomes = HashMap<usize, Outcome>;

fn run_checks(
    manifest_dir: &std::path::Path,
    selected: &[&'static StatementInfo],
) -> Result<(Database, Outcomes), crate::Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|source| crate::Error::Io {
            what: "starting a tokio runtime".into(),
            cause: source,
        })?;
    runtime.block_on(async {
        let database = Database::acquire(manifest_dir).await?;
        let outcomes = check_from(&database.connection_string, database.source(), selected).await?;
        let outcomes = outcomes
            .into_iter()
            .map(|o| (key(&o.statement), o))
            .collect();
        Ok((database, outcomes))
    })
}

/// Connects a few clients (four) to `connection_string` and checks `statements`.
///
/// ```no_run
/// #[prepared::registry]
/// mod queries {
///     use prepared::prepared;
///     #[prepared("SELECT 1 AS one")]
///     pub struct One;
/// }
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let pg = prepared_test_harness::TempPostgres::start()?;
/// let statements: Vec<_> = queries::REGISTRY.statements.iter().flat_map(|s| s.runnable()).collect();
/// for outcome in prepared_test_harness::check_with(&pg.connection_string(), &statements).await? {
///     assert!(outcome.passed(), "{}", outcome.message());
/// }
/// # Ok(())
/// # }
/// # fn main() {}
/// ```
///
/// Checking only prepares (Parse/Describe, which never executes) and reads the catalog, so a
/// shared database is left exactly as it was. No transaction is opened: a statement that
/// fails to prepare would abort it, and every statement after it on that connection would
/// fail with 25P02 instead of its own outcome.
pub async fn check_with(
    connection_string: &str,
    statements: &[&'static StatementInfo],
) -> Result<Vec<Outcome>, crate::Error> {
    check_from(connection_string, "", statements).await
}

async fn check_from(
    connection_string: &str,
    source: &str,
    statements: &[&'static StatementInfo],
) -> Result<Vec<Outcome>, crate::Error> {
    let mut clients = Vec::new();
    let mut drivers = Vec::new();
    for _ in 0..CONNECTIONS.min(statements.len().max(1)) {
        let (client, driver) = connect(connection_string, source).await?;
        drivers.push(driver);
        clients.push(client);
    }
    let outcomes = check_statements(&clients, statements).await;
    drop(clients);
    for driver in drivers {
        let _ = driver.await;
    }
    Ok(outcomes)
}

fn crate_checks(
    registries: &[&'static Registry],
    listed_from: Option<&[&'static Registry]>,
) -> Vec<Trial> {
    let duplicates = discover::duplicate_names(registries);
    let unlisted = listed_from
        .map(|all| discover::unlisted_registries(all, registries))
        .unwrap_or_default();
    let mut trials = vec![Trial::test("prepared::unique_statement_names", move || {
        if duplicates.is_empty() {
            Ok(())
        } else {
            Err(duplicates.join("\n").into())
        }
    })];
    if listed_from.is_some() {
        trials.push(Trial::test("prepared::every_registry_listed", move || {
            if unlisted.is_empty() {
                Ok(())
            } else {
                Err(unlisted.join("\n").into())
            }
        }));
    }
    trials
}
