//! Crate-level checks that need no database: every registry of the crate is listed, and
//! statement names are unique across the registries given.

use prepared_runtime::Registry;
use std::collections::HashMap;

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

/// The crate's registries (`all`, as linked) that `listed` leaves out, each with what to
/// write. Found by linking, not by reading the source: any spelling of the attribute
/// counts, `#[prepared::registry(sql_comment = false)]` included.
pub fn unlisted_registries(all: &[&'static Registry], listed: &[&'static Registry]) -> Vec<String> {
    all.iter()
        .filter(|r| !listed.iter().any(|l| std::ptr::eq(*l, **r)))
        .map(|r| {
            let file = r.statements.first().map(|s| s.location.file).unwrap_or("?");
            format!(
                "registry `{}` ({file}) is not passed to `prepared_test_harness::main_with`; add `&{}::REGISTRY` to its list, or call `prepared_test_harness::main()`, which finds every registry",
                r.module,
                r.module.split_once("::").map_or(r.module, |(_, rest)| rest)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    static A: Registry = Registry {
        module: "my_app::accounts",
        statements: &[],
    };
    static B: Registry = Registry {
        module: "my_app::billing",
        statements: &[],
    };

    #[test]
    fn a_linked_registry_missing_from_the_list_is_named() {
        assert!(unlisted_registries(&[&A, &B], &[&B, &A]).is_empty());
        let unlisted = unlisted_registries(&[&A, &B], &[&A]);
        assert_eq!(unlisted.len(), 1);
        assert!(
            unlisted[0].starts_with(
                "registry `my_app::billing` (?) is not passed to `prepared_test_harness::main_with`; add `&billing::REGISTRY` to its list"
            ),
            "{}",
            unlisted[0]
        );
    }
}
