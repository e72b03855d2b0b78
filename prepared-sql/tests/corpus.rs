//! The rewriter against third-party SQL: PostgreSQL's own regression scripts and the
//! lexer traps of `tricky.sql` (copied into `tests/corpora/` with their licences, see its README).

use prepared_sql::{Problem, excerpt, rewrite};
use std::path::PathBuf;

fn corpora() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora");
    assert!(
        dir.is_dir(),
        "the shared corpora must sit beside the project: {}",
        dir.display()
    );
    dir
}

/// psql meta-command lines are not SQL.
fn without_psql_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|l| !l.trim_start().starts_with('\\'))
        .collect()
}

fn undeclared_lines(text: &str, problems: &[Problem]) -> Vec<(usize, String)> {
    problems
        .iter()
        .filter_map(|p| match p {
            Problem::Undeclared { at, name, .. } => {
                Some((excerpt::line_col(text, *at).0, name.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn tricky_sql_is_left_byte_identical() {
    let text = std::fs::read_to_string(corpora().join("tricky.sql")).unwrap();
    let r = rewrite(&text, &[]);
    assert_eq!(r.sql, text);
    assert!(r.replacements.is_empty());
    // Entry 1 is `@f.f1`: the absolute-value operator glued to a column, which only the
    // declared names tell apart from a parameter `@f`.
    let found = undeclared_lines(&text, &r.problems);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "f");
    assert!(text.lines().nth(found[0].0 - 1).unwrap().contains("@f.f1"));
    let others: Vec<_> = r
        .problems
        .iter()
        .filter(|p| {
            !matches!(
                p,
                Problem::Undeclared { .. } | Problem::MultipleStatements { .. }
            )
        })
        .collect();
    assert!(others.is_empty(), "{others:?}");
}

#[test]
fn regression_scripts_are_left_byte_identical() {
    let dir = corpora().join("postgres-regress/sql");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 200,
        "expected the 216 regression scripts, found {}",
        files.len()
    );
    let mut undeclared = Vec::new();
    for path in &files {
        let text = without_psql_lines(&String::from_utf8_lossy(&std::fs::read(path).unwrap()));
        let r = rewrite(&text, &[]);
        assert_eq!(r.sql, text, "{} changed", path.display());
        let unterminated: Vec<_> = r
            .problems
            .iter()
            .filter(|p| matches!(p, Problem::Unterminated { .. }))
            .collect();
        assert!(
            unterminated.is_empty(),
            "{}: {unterminated:?}",
            path.display()
        );
        for (line, name) in undeclared_lines(&text, &r.problems) {
            let name_of_file = path.file_name().unwrap().to_string_lossy().into_owned();
            undeclared.push((
                name_of_file,
                line,
                name,
                text.lines().nth(line - 1).unwrap().to_owned(),
            ));
        }
    }
    for file in ["float4.sql", "float8.sql"] {
        assert!(
            undeclared
                .iter()
                .any(|(f, _, name, line)| f == file && name == "f" && line.contains("@f.f1")),
            "{file}: `@f.f1` must be reported as an undeclared parameter"
        );
    }
    // Every other `@word` in the scripts is either inside a literal or comment, or glued
    // to an operator; a report elsewhere would be a lexer bug.
    let unexpected: Vec<_> = undeclared
        .iter()
        .filter(|(_, _, _, l)| !l.contains("@f.f1"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

#[test]
fn a_declared_f_turns_the_glued_operator_into_a_parameter() {
    let r = rewrite("SELECT f.f1, @f.f1 AS abs_f1 FROM FLOAT4_TBL f", &["f"]);
    assert_eq!(r.sql, "SELECT f.f1, $1.f1 AS abs_f1 FROM FLOAT4_TBL f");
}
