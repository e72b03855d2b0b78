//! Reading the third-party corpora of `../shared/corpora` (see its README for sources and
//! licences): sqlc's and cornucopia's annotated query files with their schemas, and
//! PostgreSQL's regression scripts. Shared by the measurement examples.

#![allow(dead_code)]

use prepared_sql::lexer::{Token, scan};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A case: its name, its schema files and its query files.
pub type Case = (String, Vec<PathBuf>, Vec<PathBuf>);

pub fn corpora() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora")
}

/// sqlc's and cornucopia's parameter spellings as `@name`.
pub fn to_named(sql: &str) -> String {
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

/// Every `@word` that the rewriter takes for a parameter: declaring them all leaves only
/// syntax to judge.
pub fn params(sql: &str) -> Vec<String> {
    let names: BTreeSet<String> = prepared_sql::rewrite(sql, &[])
        .problems
        .into_iter()
        .filter_map(|p| match p {
            prepared_sql::Problem::Undeclared { name, .. } => Some(name),
            _ => None,
        })
        .collect();
    names.into_iter().collect()
}

/// Queries of a file annotated `-- name: X` (sqlc) or `--! x` (cornucopia).
pub fn annotated_queries(file: &Path) -> Vec<String> {
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

/// sqlc's examples and end-to-end cases that sqlc itself accepts.
pub fn sqlc_cases() -> Vec<Case> {
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
    cases
}

/// cornucopia's examples, codegen tests and benches.
pub fn cornucopia_cases() -> Vec<Case> {
    let root = corpora();
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
    cornucopia_cases
}

/// The statements of PostgreSQL's regression scripts, psql meta-commands left out, in the
/// order the scripts run them (`test_setup` first).
pub fn regress_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpora().join("postgres-regress/sql"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files.sort_by_key(|f| !f.ends_with("test_setup.sql"));
    files
}

/// A regression script without its psql meta-command lines.
pub fn regress_script(file: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(file).unwrap())
        .split_inclusive('\n')
        .filter(|l| !l.trim_start().starts_with('\\'))
        .collect()
}

/// Whether a regression statement can be sent on its own: `COPY … STDIN` needs psql, and
/// psql variables (`:var`) are not SQL.
pub fn regress_sendable(sql: &str) -> bool {
    let upper = sql.to_ascii_uppercase();
    !(upper.contains("STDIN") || upper.contains("STDOUT") || sql.contains(":'") || sql.is_empty())
}
