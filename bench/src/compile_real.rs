//! What a registry costs an edit's rebuild on real statements: sqlc's end-to-end suite as
//! `prepared import` wrote it (`tests/endtoend/src/cases`, several hundred statements
//! with their row structs), against the same modules with each statement's SQL as a
//! `&str` const and the same row structs without `FromRow`. Each crate is edited (one
//! module touched) and rebuilt in turn, dev profile, in a target directory of their own.
//! The registries are built twice: as the dev profile leaves them, and with the profile
//! line the README recommends (`[profile.dev.build-override] opt-level = 3`).

use crate::BenchResult;
use crate::compile::{build, median, print_table};
use std::path::{Path, PathBuf};
use std::time::Duration;

const REBUILDS: usize = 7;

/// A module as the registry crate holds it, and how many statements it declares.
fn registry_module(text: &str) -> (String, usize) {
    let statements = text
        .lines()
        .map(str::trim_start)
        .filter(|l| {
            *l == "#[prepared(" || l.starts_with("#[prepared(r#") || l.starts_with("#[prepared(r\"")
        })
        .count();
    (text.to_owned(), statements)
}

/// The same module with its SQL as `&str` consts and its row structs without `FromRow`.
fn plain_module(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[prepared::registry]"
            || trimmed == "use prepared::prepared;"
            || trimmed == "use prepared::FromRow;"
            || trimmed.starts_with("#[prepared(flatten)]")
            || trimmed.starts_with("#[prepared(position")
            || trimmed.starts_with("#[prepared(rename")
        {
            continue;
        }
        let one_line = (trimmed.starts_with("#[prepared(r#")
            || trimmed.starts_with("#[prepared(r\""))
            && trimmed.ends_with(")]");
        if trimmed == "#[prepared(" || one_line {
            // The SQL literal, the options, `)]`, then `pub struct Name;`.
            let body = if one_line {
                trimmed["#[prepared(".len()..].to_owned()
            } else {
                let body: Vec<&str> = lines
                    .by_ref()
                    .take_while(|l| l.trim_start() != ")]")
                    .collect();
                body.join("\n")
            };
            let literal = raw_literal(body.trim_start()).unwrap_or("\"\"");
            let name = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("pub struct "))
                .map(|n| n.trim_end_matches(';').to_uppercase())
                .unwrap_or_default();
            out.push_str(&format!("    pub const {name}: &str = {literal};\n"));
            continue;
        }
        out.push_str(&line.replace(", FromRow)]", ")]"));
        out.push('\n');
    }
    out
}

/// The raw string literal `text` starts with: `r#"…"#`, with as many `#` as it opens with.
fn raw_literal(text: &str) -> Option<&str> {
    let hashes = text
        .strip_prefix('r')?
        .chars()
        .take_while(|c| *c == '#')
        .count();
    let close = format!("\"{}", "#".repeat(hashes));
    let open = 1 + hashes + 1;
    let end = text[open..].find(&close)? + open + close.len();
    Some(&text[..end])
}

/// Writes a crate of `modules` (name, text) to `dir`.
fn write_crate(
    dir: &Path,
    name: &str,
    modules: &[(String, String)],
    profile: &str,
    root: &Path,
) -> BenchResult<()> {
    std::fs::create_dir_all(dir.join("src/cases"))?;
    let endtoend = std::fs::read_to_string(root.join("tests/endtoend/Cargo.toml"))?;
    let deps = &endtoend[endtoend.find("[dependencies]").ok_or("no [dependencies]")?..];
    let deps = &deps[..deps.find("[dev-dependencies]").unwrap_or(deps.len())];
    let deps = deps
        .replace("workspace = true", "workspace = false")
        .replace(
            "prepared = { workspace = false,",
            &format!("prepared = {{ path = {:?},", root.display().to_string()),
        );
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n{}\n[workspace]\n\n{profile}",
        pinned(&deps, root)?
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    let mut listing = String::new();
    for (module, text) in modules {
        std::fs::write(dir.join(format!("src/cases/{module}.rs")), text)?;
        listing.push_str(&format!("pub mod {module};\n"));
    }
    std::fs::write(dir.join("src/cases/mod.rs"), listing)?;
    std::fs::write(
        dir.join("src/lib.rs"),
        "#![allow(dead_code)]\npub mod cases;\n",
    )?;
    Ok(())
}

/// The workspace's dependency lines with the versions `Cargo.toml`'s
/// `[workspace.dependencies]` gives them.
fn pinned(deps: &str, root: &Path) -> BenchResult<String> {
    let workspace = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let mut out = String::new();
    for line in deps.lines() {
        let Some(name) = line.strip_suffix(".workspace = false") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let spec = workspace
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name} = ")))
            .ok_or_else(|| format!("{name} is not a workspace dependency"))?;
        out.push_str(&format!("{name} = {spec}\n"));
    }
    Ok(out)
}

/// A crate of the section: its name, its modules (name, text) and its profile lines.
type Crate<'a> = (&'a str, &'a Vec<(String, String)>, &'a str);

/// The corpus's modules as registries and as plain consts, and how many statements.
type Corpus = (Vec<(String, String)>, Vec<(String, String)>, usize);

fn read_corpus(cases: &Path) -> BenchResult<Corpus> {
    let mut registry = Vec::new();
    let mut plain = Vec::new();
    let mut statements = 0;
    let mut names: Vec<PathBuf> = std::fs::read_dir(cases)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    names.sort();
    for path in names {
        let module = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        if module == "mod" {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let (text, n) = registry_module(&text);
        statements += n;
        plain.push((module.clone(), plain_module(&text)));
        registry.push((module, text));
    }
    Ok((registry, plain, statements))
}

pub fn run() -> BenchResult<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()?;
    let (registry, plain, statements) = read_corpus(&root.join("tests/endtoend/src/cases"))?;
    let base = root.join("target/compile-bench-real");
    let target = base.join("target");
    let optimised = "[profile.dev.build-override]\nopt-level = 3\n";
    let crates = [
        ("registry", &registry, ""),
        ("registry_opt", &registry, optimised),
        ("plain", &plain, ""),
    ];
    for (name, modules, profile) in crates {
        write_crate(
            &base.join(name),
            &format!("compile_real_{name}"),
            modules,
            profile,
            &root,
        )?;
        build(&base.join(name), &target)?;
    }
    let mut times: [[Vec<Duration>; 2]; 3] = Default::default();
    for edit in 1..=REBUILDS {
        for (i, (name, modules, _)) in crates.iter().enumerate() {
            let (module, text) = &modules[0];
            let file = base.join(name).join(format!("src/cases/{module}.rs"));
            std::fs::write(&file, format!("{text}\n// edit {edit}\n"))?;
            let [wall, cpu] = build(&base.join(name), &target)?;
            times[i][0].push(wall);
            times[i][1].push(cpu);
        }
    }
    println!(
        "\n## 9. compile time on real statements: sqlc's end-to-end suite as `prepared import` wrote it ({} modules, {statements} statements), one module edited, then `cargo build` (dev profile), median of {REBUILDS}, the crates alternating",
        registry.len()
    );
    let plain_label = "the same SQL as `&str` consts, the row structs without `FromRow`";
    print_table(
        "the registries",
        plain_label,
        times.map(|t| t.map(median)),
        statements,
    );
    count(&crates, &base, &target, plain_label, statements)
}

/// One more edit and build of each crate, its rustc under callgrind: the instruction counts
/// (when valgrind is installed).
fn count(
    crates: &[Crate<'_>; 3],
    base: &Path,
    target: &Path,
    plain_label: &str,
    statements: usize,
) -> BenchResult<()> {
    crate::compile::count_instructions(target, plain_label, statements, |i| {
        let (name, modules, _) = &crates[i];
        let (module, text) = &modules[0];
        let dir = base.join(name);
        std::fs::write(
            dir.join(format!("src/cases/{module}.rs")),
            format!("{text}\n// counted\n"),
        )?;
        Ok(dir)
    })
}
