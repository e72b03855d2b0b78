//! Crate-level checks that need no database: every registry of the crate is listed, and
//! statement names are unique across the registries given.

use prepared_runtime::Registry;
use std::collections::HashMap;
use std::path::Path;

/// Names that two or more statements share, with where each is declared.
pub fn duplicate_names(registries: &[&'static Registry]) -> Vec<String> {
    let mut by_name: HashMap<&str, Vec<String>> = HashMap::new();
    for registry in registries {
        for s in registry.statements {
            by_name.entry(s.name).or_default().push(format!(
                "{}:{} ({})",
                s.location.file, s.location.line, registry.module
            ));
        }
    }
    let mut duplicates: Vec<String> = by_name
        .into_iter()
        .filter(|(_, places)| places.len() > 1)
        .map(|(name, places)| {
            format!(
                "statement name `{name}` is used {} times: {}",
                places.len(),
                places.join(", ")
            )
        })
        .collect();
    duplicates.sort();
    duplicates
}

/// `#[prepared::registry]` modules under `src/` whose module is not among `registries`.
///
/// The source is scanned for the attribute followed by `mod name`; a registry counts as
/// listed when a given registry's `module_path!()` ends with `::name`.
pub fn unlisted_registries(manifest_dir: &Path, registries: &[&'static Registry]) -> Vec<String> {
    let mut files = Vec::new();
    collect_rs(&manifest_dir.join("src"), &mut files);
    files.sort();
    let mut unlisted = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for (at, _) in text.match_indices("prepared::registry]") {
            let rest = &text[at..];
            let Some(module) = module_after(rest) else {
                continue;
            };
            let listed = registries
                .iter()
                .any(|r| r.module.rsplit("::").next() == Some(module));
            if !listed {
                let line = text[..at].matches('\n').count() + 1;
                let shown = file.strip_prefix(manifest_dir).unwrap_or(&file);
                unlisted.push(format!(
                    "{}:{line}: registry `{module}` is not passed to `prepared_test_harness::main`; add `&{module}::REGISTRY` to its list",
                    shown.display()
                ));
            }
        }
    }
    unlisted
}

/// The name in the first `mod name` after the attribute.
fn module_after(rest: &str) -> Option<&str> {
    let at = rest.find("mod ")?;
    let name = rest[at + 4..].trim_start();
    let end = name
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(name.len());
    (end > 0).then(|| &name[..end])
}

fn collect_rs(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
