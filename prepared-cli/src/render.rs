//! Declarations from described queries: a `FromRow` struct per query that returns rows,
//! the `#[prepared]` statement, and the module around them.

use crate::Error;
use crate::names;
use crate::rust_type::{self, Needs};
use crate::source::Query;
use prepared_test_harness::{DescribedColumn, Description, describe_statement};
use std::fmt::Write as _;
use std::path::PathBuf;

/// A query and what the server said of it.
#[derive(Debug)]
pub struct Described {
    pub query: Query,
    /// The description, or why there is none (the server's error, a rewriter problem).
    pub result: Result<Description, String>,
}

/// Describes every query on `client`; a query that does not prepare keeps its error.
pub async fn describe_all(
    client: &tokio_postgres::Client,
    queries: Vec<Query>,
) -> Result<Vec<Described>, Error> {
    let mut out = Vec::new();
    for query in queries {
        let names: Vec<&str> = query.params.iter().map(|(n, _)| n.as_str()).collect();
        let rewritten = prepared_sql::rewrite(&query.sql, &names);
        let result = match rewritten.problems.first() {
            Some(problem) => Err(problem.message()),
            None => describe_statement(client, &rewritten.sql)
                .await
                .map_err(|e| prepared_runtime::shared::describe(&e).replace('\n', "; ")),
        };
        let mut query = query;
        if result.is_ok() {
            for (param, table, column) in names::written_columns(&query.sql) {
                if column_allows_null(client, &table, &column).await
                    && let Some((_, nullable)) = query.params.iter_mut().find(|(p, _)| *p == param)
                {
                    *nullable = true;
                }
            }
        }
        out.push(Described { query, result });
    }
    Ok(out)
}

/// Whether `table.column` exists and allows NULL, so a parameter written into it may be
/// `None`; `false` when the catalog cannot say.
async fn column_allows_null(client: &tokio_postgres::Client, table: &str, column: &str) -> bool {
    client
        .query_opt(
            "SELECT NOT a.attnotnull FROM pg_attribute a
             WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND a.attnum > 0",
            &[&table, &column],
        )
        .await
        .ok()
        .flatten()
        .is_some_and(|row| row.get::<_, bool>(0))
}

/// What could not be declared, one line each.
pub fn problems(described: &[Described]) -> Vec<String> {
    described
        .iter()
        .filter_map(|d| {
            d.result
                .as_ref()
                .err()
                .map(|e| format!("{} ({}): {e}", d.query.name, d.query.origin))
        })
        .collect()
}

/// The declarations of some queries, in the pieces that `declaration` and `module` lay out.
struct Pieces {
    needs: Needs,
    /// The generated enums and composites, then the row structs.
    types: String,
    /// The `#[prepared]` statements, each line after `indent`.
    statements: String,
}

fn pieces(described: &[Described], indent: &str) -> Pieces {
    let mut needs = Needs::default();
    let mut rows = String::new();
    let mut statements = String::new();
    for d in described {
        statement(d, &mut needs, &mut rows, &mut statements, indent);
    }
    let mut types = String::new();
    for ty in &needs.user_types {
        types.push_str(&rust_type::definition(ty));
        types.push('\n');
    }
    types.push_str(&rows);
    Pieces {
        needs,
        types,
        statements,
    }
}

/// One statement and its row type, to paste into a registry (`prepared describe`).
pub fn declaration(described: &[Described]) -> String {
    let Pieces {
        needs,
        types,
        statements,
    } = pieces(described, "");
    let mut out = header_needs(&needs);
    out.push_str(&types);
    out.push_str("// Inside a `#[prepared::registry]` module:\n");
    out.push_str(&statements);
    format(out)
}

/// A whole registry module for the queries of `files` (`prepared import`).
pub fn module(name: &str, files: &[PathBuf], described: &[Described]) -> String {
    let Pieces {
        needs,
        types,
        statements,
    } = pieces(described, "    ");
    let sources: Vec<String> = files
        .iter()
        .map(|f| {
            f.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut out = format!(
        "//! Imported by `prepared import` from {}: each query a `#[prepared]` statement, its\n//! parameter and column types as PostgreSQL describes them, and each column's\n//! nullability as the test harness judges it.\n",
        sources.join(", ")
    );
    out.push_str(&header_needs(&needs).replace("// ", "//! "));
    out.push_str("\nuse prepared::FromRow;\n\n");
    out.push_str(&types);
    let _ = write!(
        out,
        "#[prepared::registry]\npub mod {name} {{\n    #[allow(unused_imports)]\n    use super::*;\n    use prepared::prepared;\n\n{statements}}}\n"
    );
    format(out)
}

fn header_needs(needs: &Needs) -> String {
    let mut out = String::new();
    if !needs.features.is_empty() {
        let features: Vec<String> = needs.features.iter().map(|f| format!("`{f}`")).collect();
        let _ = writeln!(
            out,
            "// Needs the features {} of `prepared`.",
            features.join(", ")
        );
    }
    if !needs.crates.is_empty() {
        let crates: Vec<String> = needs.crates.iter().map(|c| format!("`{c}`")).collect();
        let _ = writeln!(
            out,
            "// Needs the crates {} as dependencies.",
            crates.join(", ")
        );
    }
    out
}

/// Appends the row struct (to `rows`) and the statement (to `statements`) of one query.
fn statement(
    d: &Described,
    needs: &mut Needs,
    rows: &mut String,
    statements: &mut String,
    indent: &str,
) {
    let q = &d.query;
    let description = match &d.result {
        Ok(description) => description,
        Err(e) => {
            let _ = writeln!(
                statements,
                "{indent}// {} ({}) was left out: {e}\n",
                q.name, q.origin
            );
            return;
        }
    };
    let mut params = Vec::new();
    let mut unsupported = Vec::new();
    for ((name, nullable), ty) in q.params.iter().zip(&description.params) {
        match rust_type::param(ty, needs) {
            Ok(t) if *nullable => params.push(format!("{name}: Option<{t}>")),
            Ok(t) => params.push(format!("{name}: {t}")),
            Err(pg) => unsupported.push(format!("parameter `@{name}` of type `{pg}`")),
        }
    }
    let row_name = format!("{}Row", q.name);
    let fields = row_fields(q, &description.columns, needs, &mut unsupported);
    if !unsupported.is_empty() {
        let _ = writeln!(
            statements,
            "{indent}// {} ({}) was left out: no Rust type is known for {}\n",
            q.name,
            q.origin,
            unsupported.join(", ")
        );
        return;
    }
    let has_row = !description.columns.is_empty();
    if has_row {
        let _ = writeln!(
            rows,
            "/// A row of `{}`.\n#[derive(Debug, Clone, FromRow)]\npub struct {row_name} {{\n{fields}}}\n",
            q.name
        );
    }
    let hashes = "#".repeat(raw_hashes(&q.sql));
    let mut args = vec![format!("r{hashes}\"{}\"{hashes}", q.sql)];
    if !params.is_empty() {
        args.push(format!("params({})", params.join(", ")));
    }
    if has_row {
        args.push(format!("row = {row_name}"));
    }
    let call = if has_row && q.call == "prepared_execute" {
        "prepared_query"
    } else {
        q.call
    };
    let _ = writeln!(
        statements,
        "{indent}/// {}; run it with `{call}`.\n{indent}#[prepared(\n{indent}    {}\n{indent})]\n{indent}pub struct {};\n",
        q.origin,
        args.join(&format!(",\n{indent}    ")),
        q.name
    );
}

/// The fields of a query's row struct, one per column; a column without a known Rust type
/// joins `unsupported`.
fn row_fields(
    q: &Query,
    columns: &[DescribedColumn],
    needs: &mut Needs,
    unsupported: &mut Vec<String>,
) -> String {
    let mut fields = String::new();
    let mut seen: Vec<&str> = Vec::new();
    for column in columns {
        if seen.contains(&column.name.as_str()) {
            let _ = writeln!(
                fields,
                "    // column `{}` appears again; alias it in the SQL to read both",
                column.name
            );
            continue;
        }
        seen.push(&column.name);
        let ty = match rust_type::field(&column.ty, needs) {
            Ok(ty) => ty,
            Err(pg) => {
                unsupported.push(format!("column `{}` of type `{pg}`", column.name));
                continue;
            }
        };
        let field = names::field(&column.name);
        if field != column.name {
            let _ = writeln!(fields, "    #[prepared(rename = {:?})]", column.name);
        }
        let told = q.nullable_columns.contains(&column.name);
        match (&column.nullable, told) {
            (Some(reason), _) => {
                let _ = writeln!(
                    fields,
                    "    /// Can be NULL: {reason}.\n    pub {field}: Option<{ty}>,"
                );
            }
            (None, true) => {
                let _ = writeln!(
                    fields,
                    "    /// Declared nullable by the query file.\n    pub {field}: Option<{ty}>,"
                );
            }
            (None, false) => {
                let _ = writeln!(fields, "    pub {field}: {ty},");
            }
        }
    }
    fields
}

/// How many `#` a raw string of `text` needs.
fn raw_hashes(text: &str) -> usize {
    (1..)
        .find(|n| !text.contains(&format!("\"{}", "#".repeat(*n))))
        .unwrap_or(1)
}

/// Through rustfmt when it is installed, so the output is as `cargo fmt` leaves it.
fn format(text: String) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return text };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    match child.wait_with_output() {
        Ok(out) if out.status.success() && !out.stdout.is_empty() => {
            String::from_utf8(out.stdout).unwrap_or(text)
        }
        _ => text,
    }
}
