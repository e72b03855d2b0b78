//! What a registry costs an incremental `cargo build`: a generated crate of 500 statements
//! against the same crate holding the same SQL as plain `&str` consts, each edited and
//! rebuilt in turn (dev profile, as an edit-build loop runs), in a target directory of
//! their own under `target/compile-bench`. The registry is built twice: as the dev profile
//! leaves it, with proc-macros unoptimised, and with the one profile line the README
//! recommends (`[profile.dev.build-override] opt-level = 3`).

use crate::BenchResult;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const STATEMENTS: usize = 500;
/// A crate's `lib.rs` after edit `n`.
type Source = fn(usize) -> String;
const REBUILDS: usize = 9;

/// The SQL of statement `i`, with `@name` parameters, and the rest of its declaration.
fn statement(i: usize) -> (String, &'static str) {
    match i % 4 {
        0 => (
            format!("SELECT id, name, deleted FROM item_{i} WHERE id = @id"),
            "params(id: i64), row = Item",
        ),
        1 => (
            format!(
                "SELECT id, name, deleted FROM item_{i} WHERE name = @name AND deleted = @deleted ORDER BY id LIMIT @limit"
            ),
            "params(name: &str, deleted: bool, limit: i64), row = Item",
        ),
        2 => (
            format!("UPDATE item_{i} SET name = @name, deleted = @deleted WHERE id = @id"),
            "params(id: i64, name: &str, deleted: bool)",
        ),
        _ => (
            format!("INSERT INTO item_{i} (name, deleted) VALUES (@name, false) RETURNING id"),
            "params(name: String)",
        ),
    }
}

/// `@name` → `$n` in order of first appearance, as the registry would send it.
fn numbered(sql: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    let mut out = String::new();
    let mut rest = sql;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..at]);
        let name: String = rest[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let n = match names.iter().position(|x| *x == name) {
            Some(p) => p + 1,
            None => {
                names.push(name.clone());
                names.len()
            }
        };
        write!(out, "${n}").unwrap();
        rest = &rest[at + 1 + name.len()..];
    }
    out.push_str(rest);
    out
}

fn registry_crate(edit: usize) -> String {
    let mut src = format!(
        "// edit {edit}\n#[derive(Debug, prepared::FromRow)]\npub struct Item {{ pub id: i64, pub name: String, pub deleted: bool }}\n\n#[prepared::registry]\npub mod queries {{\n    use super::Item;\n    use prepared::prepared;\n"
    );
    for i in 0..STATEMENTS {
        let (sql, extras) = statement(i);
        write!(
            src,
            "\n    #[prepared(\"{sql}\", {extras})]\n    pub struct Statement{i};\n"
        )
        .unwrap();
    }
    src.push_str("}\n");
    src
}

fn plain_crate(edit: usize) -> String {
    let mut src = format!("// edit {edit}\n");
    for i in 0..STATEMENTS {
        let (sql, _) = statement(i);
        writeln!(
            src,
            "pub const STATEMENT_{i}: &str = \"{}\";",
            numbered(&sql)
        )
        .unwrap();
    }
    src
}

/// A bench crate: its name, its `lib.rs` after each edit, and what its `Cargo.toml` adds.
struct Crate {
    name: &'static str,
    source: Source,
    profile: &'static str,
}

const CRATES: [Crate; 3] = [
    Crate {
        name: "registry",
        source: registry_crate,
        profile: "",
    },
    Crate {
        name: "registry_optimised",
        source: registry_crate,
        profile: "[profile.dev.build-override]\nopt-level = 3\n",
    },
    Crate {
        name: "plain",
        source: plain_crate,
        profile: "",
    },
];

fn write_crate(dir: &Path, name: &str, profile: &str, root: &Path) -> BenchResult<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nprepared = {{ path = {:?} }}\n\n[workspace]\n\n{profile}",
            root.display().to_string()
        ),
    )?;
    // The workspace's lock, so the crates build the very versions the project does.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    Ok(())
}

/// Wall time and CPU time of one `cargo build`.
pub(crate) fn build(dir: &Path, target: &Path) -> BenchResult<[Duration; 2]> {
    let cpu = crate::pin::children_cpu_time();
    let start = Instant::now();
    cargo_build(dir, target, None)?;
    Ok([start.elapsed(), crate::pin::children_cpu_time() - cpu])
}

/// One `cargo build` of `dir`'s crate, its rustc under callgrind when `callgrind_log` is
/// where valgrind should report.
fn cargo_build(dir: &Path, target: &Path, callgrind_log: Option<&Path>) -> BenchResult<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["build", "-q"])
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTC_WORKSPACE_WRAPPER", wrapper(target)?)
        .current_dir(dir);
    match callgrind_log {
        Some(log) => command.env(CALLGRIND_LOG, log),
        None => command.env_remove(CALLGRIND_LOG),
    };
    let out = command.output()?;
    if !out.status.success() {
        return Err(format!(
            "building {} failed: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(())
}

/// Where the wrapper writes valgrind's report, when it runs rustc under valgrind.
const CALLGRIND_LOG: &str = "PREPARED_BENCH_CALLGRIND_LOG";

/// The crate's rustc runs through this wrapper in every build, timed or counted: it runs
/// rustc under valgrind's callgrind only when [`CALLGRIND_LOG`] is set. Always the same
/// wrapper, so that cargo's fingerprint of the crate stays the same and a counted build is
/// an incremental one like the timed builds (a wrapper of its own rebuilt the crate whole).
fn wrapper(target: &Path) -> BenchResult<PathBuf> {
    let wrapper = target.join("callgrind-wrapper.sh");
    let script = format!(
        "#!/bin/sh\nif [ -n \"${CALLGRIND_LOG}\" ]; then\n  exec valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file=\"${CALLGRIND_LOG}\" \"$@\"\nfi\nexec \"$@\"\n"
    );
    // Written only when it differs: the same file from one run to the next.
    if std::fs::read_to_string(&wrapper).ok().as_deref() != Some(script.as_str()) {
        std::fs::create_dir_all(target)?;
        std::fs::write(&wrapper, script)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))?;
        }
    }
    Ok(wrapper)
}

/// The instructions rustc executes for one build of `dir`'s crate (incremental, like the
/// timed builds), counted by valgrind's callgrind: the same count however busy or fast the
/// machine is, so two crates compare without the drift wall and CPU times carry. `None`
/// when valgrind is not installed. Only the crate itself runs under valgrind (cargo's
/// workspace wrapper), not its dependencies.
fn instructions(dir: &Path, target: &Path) -> BenchResult<Option<u64>> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        return Ok(None);
    }
    let log = target.join(format!(
        "callgrind-{}.log",
        dir.file_name().and_then(|n| n.to_str()).unwrap_or("crate")
    ));
    cargo_build(dir, target, Some(&log))?;
    // `==pid== Collected : 6467618776`
    let text = std::fs::read_to_string(&log)?;
    let count = text
        .lines()
        .find_map(|l| l.split("Collected :").nth(1))
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("no instruction count in {}", log.display()))?;
    Ok(Some(count))
}

/// One more edit and build of each of the three crates (`[registry, optimised, plain]`), its
/// rustc under callgrind, then the counts' table; a line saying why there is none when
/// valgrind is not installed. `edit(i)` edits crate `i` and returns its directory.
pub(crate) fn count_instructions(
    target: &Path,
    plain: &str,
    statements: usize,
    mut edit: impl FnMut(usize) -> BenchResult<PathBuf>,
) -> BenchResult<()> {
    let mut counts = [0; 3];
    for (i, count) in counts.iter_mut().enumerate() {
        let dir = edit(i)?;
        match instructions(&dir, target)? {
            Some(n) => *count = n,
            None => {
                println!("\n(valgrind is not installed: no instruction counts)");
                return Ok(());
            }
        }
    }
    print_instructions(plain, counts, statements);
    Ok(())
}

/// The instruction counts' table: the registries, the same with optimised proc-macros, and
/// `plain` (`[registry, optimised, plain]`), with what the registries add per statement.
fn print_instructions(plain: &str, counts: [u64; 3], statements: usize) {
    let [ours, optimised, theirs] = counts;
    let per = |n: u64| n.saturating_sub(theirs) as f64 / 1e6 / statements as f64;
    println!("\n| crate | rustc, instructions (billions) | added per statement (millions) |");
    println!("|---|---|---|");
    for (label, n) in [("the registries", ours), (OPTIMISED, optimised)] {
        println!("| {label} | {:.2} | {:.2} |", n as f64 / 1e9, per(n));
    }
    println!("| {plain} | {:.2} | |", theirs as f64 / 1e9);
}

pub(crate) fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The row of the registries built with optimised proc-macros, in both tables.
const OPTIMISED: &str = "the same, with `[profile.dev.build-override] opt-level = 3`";

/// A compile section's table: the registries (`registry`), the same with optimised
/// proc-macros, and `plain`, from the medians of each (`[wall, cpu]`, in that order), with
/// what the registries add per statement over `plain`.
pub(crate) fn print_table(
    registry: &str,
    plain: &str,
    medians: [[Duration; 2]; 3],
    statements: usize,
) {
    let [ours, optimised, theirs] = medians;
    let per = |t: &[Duration; 2], k: usize| {
        t[k].saturating_sub(theirs[k]).as_secs_f64() * 1e3 / statements as f64
    };
    println!(
        "| crate | incremental build, wall s | CPU s | added per statement, wall ms | CPU ms |"
    );
    println!("|---|---|---|---|---|");
    for (label, t) in [(registry, &ours), (OPTIMISED, &optimised)] {
        println!(
            "| {label} | {:.2} | {:.2} | {:.2} | {:.2} |",
            t[0].as_secs_f64(),
            t[1].as_secs_f64(),
            per(t, 0),
            per(t, 1)
        );
    }
    println!(
        "| {plain} | {:.2} | {:.2} | | |",
        theirs[0].as_secs_f64(),
        theirs[1].as_secs_f64()
    );
}

pub fn run() -> BenchResult<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()?;
    let base = root.join("target/compile-bench");
    let target = base.join("target");
    for c in &CRATES {
        let dir = base.join(c.name);
        write_crate(&dir, &format!("compile_bench_{}", c.name), c.profile, &root)?;
        std::fs::write(dir.join("src/lib.rs"), (c.source)(0))?;
        // The dependencies and a first build, untimed.
        build(&dir, &target)?;
    }
    // [crate][wall, cpu]
    let mut times: [[Vec<Duration>; 2]; 3] = Default::default();
    for edit in 1..=REBUILDS {
        for (i, c) in CRATES.iter().enumerate() {
            let dir = base.join(c.name);
            std::fs::write(dir.join("src/lib.rs"), (c.source)(edit))?;
            let [wall, cpu] = build(&dir, &target)?;
            times[i][0].push(wall);
            times[i][1].push(cpu);
        }
    }
    println!(
        "\n## 5. compile time: an edit to a crate of {STATEMENTS} statements, then `cargo build` (dev profile), median of {REBUILDS}, the crates alternating"
    );
    let plain = format!("the same SQL as {STATEMENTS} `&str` consts");
    print_table(
        &format!("`#[prepared::registry]` of {STATEMENTS} statements"),
        &plain,
        times.map(|t| t.map(median)),
        STATEMENTS,
    );
    // One more edit and build of each, counted: the table that compares across runs.
    count_instructions(&target, &plain, STATEMENTS, |i| {
        let dir = base.join(CRATES[i].name);
        std::fs::write(dir.join("src/lib.rs"), (CRATES[i].source)(REBUILDS + 1))?;
        Ok(dir)
    })
}
