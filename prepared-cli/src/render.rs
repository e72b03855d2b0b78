//! Declarations from described queries: a `FromRow` struct per query that returns rows,
//! the `#[prepared]` statement, and the module around them. A query is written only as
//! the macro will take it: its compile-time checks run here first.

use crate::Error;
use crate::names;
use crate::row::{self, EmbedRun};
use crate::rust_type::{self, Needs};
use crate::source::Query;
use postgres_types::Type;
use prepared_sql::targets::Target;
use prepared_test_harness::{Description, describe_statement};
use std::fmt::Write as _;
use std::path::PathBuf;

/// A query and what the server said of it.
#[derive(Debug)]
pub struct Described {
    pub query: Query,
    /// The description, or why there is none (the server's error, a rewriter problem).
    pub result: Result<Description, String>,
    /// Where each `sqlc.embed(t)`'s columns are in the result.
    pub embeds: Vec<EmbedRun>,
    /// For a query that only reads, the user functions declared `VOLATILE` it calls
    /// (`schema.name`): with any, it is written `primary`.
    pub volatile: Vec<String>,
}

/// A query left out of the module, and why.
#[derive(Debug)]
pub struct LeftOut {
    /// The query's name.
    pub name: String,
    /// Its tool, file and line.
    pub origin: String,
    /// Why, and what to write instead.
    pub why: String,
}

impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.name, self.origin, self.why)
    }
}

/// Describes every query on `client`; a query that does not prepare keeps its error.
pub async fn describe_all(
    client: &tokio_postgres::Client,
    queries: Vec<Query>,
) -> Result<Vec<Described>, Error> {
    let mut out = Vec::new();
    for mut query in queries {
        let (result, embeds) = match query.problem.clone() {
            Some(problem) => (Err(problem), Vec::new()),
            None => describe(client, &query).await,
        };
        let mut volatile = Vec::new();
        if result.is_ok() {
            let names: Vec<&str> = query.params.iter().map(|(n, _)| n.as_str()).collect();
            let sql = prepared_sql::rewrite(&query.sql, &names).sql;
            // A query that writes runs on the primary anyway: no catalog read for it.
            if prepared_sql::readonly::primary_only(&sql).is_none() {
                volatile = prepared_test_harness::volatile_calls(client, &sql)
                    .await
                    .map_err(|e| Error::Catalog(prepared_runtime::raw::describe(&e)))?;
            }
            // A parameter written into a column that allows NULL may be NULL.
            let targets = prepared_sql::analysis::analyse(&sql).parameter_targets();
            for (n, target) in targets.unwrap_or_default() {
                let Target::Written { table, column } = target else {
                    continue;
                };
                if column_allows_null(client, &table, &column).await
                    && let Some((_, nullable)) = query.params.get_mut(n as usize - 1)
                {
                    *nullable = true;
                }
            }
        }
        out.push(Described {
            query,
            result,
            embeds,
            volatile,
        });
    }
    Ok(out)
}

/// The server's description of `sql` with `@name` parameters.
async fn describe_sql(
    client: &tokio_postgres::Client,
    sql: &str,
    names: &[&str],
) -> Result<Description, String> {
    let rewritten = prepared_sql::rewrite(sql, names);
    if let Some(problem) = rewritten.problems.first() {
        let instead = match problem {
            prepared_sql::Problem::MultipleStatements { .. } => {
                ": split it into one query per statement"
            }
            _ => "",
        };
        return Err(format!("{}{instead}", problem.message()));
    }
    describe_statement(client, &rewritten.sql).await.map_err(|e| {
        format!(
            "PostgreSQL does not prepare it against the schema: {}; correct the query, or give `--schema` what it needs",
            prepared_runtime::raw::describe(&e).replace('\n', "; ")
        )
    })
}

/// The query's description and where its embeds' columns are: each `t.*` replaced in turn
/// by one marker column, whose place is where `t`'s columns start.
async fn describe(
    client: &tokio_postgres::Client,
    query: &Query,
) -> (Result<Description, String>, Vec<EmbedRun>) {
    let names: Vec<&str> = query.params.iter().map(|(n, _)| n.as_str()).collect();
    let description = match describe_sql(client, &query.sql, &names).await {
        Ok(d) => d,
        Err(e) => return (Err(e), Vec::new()),
    };
    let mut runs = Vec::new();
    for embed in &query.embeds {
        let mut sql = query.sql.clone();
        let len = embed.name.len() + ".*".len();
        sql.replace_range(embed.at..embed.at + len, "NULL AS prepared_embed_marker");
        let marked = match describe_sql(client, &sql, &names).await {
            Ok(d) => d,
            Err(e) => return (Err(format!("`sqlc.embed({})`: {e}", embed.name)), runs),
        };
        let start = marked
            .columns
            .iter()
            .position(|c| c.name == "prepared_embed_marker");
        let Some(start) = start else {
            return (
                Err(format!(
                    "`sqlc.embed({})` is not a column of the result: embed a table of the `SELECT` list",
                    embed.name
                )),
                runs,
            );
        };
        runs.push(EmbedRun {
            name: embed.name.clone(),
            start,
            width: description.columns.len() + 1 - marked.columns.len(),
        });
    }
    (Ok(description), runs)
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

/// The declarations of some queries, in the pieces that `declaration` and `module` lay out.
pub struct Pieces {
    needs: Needs,
    /// The generated enums and composites, then the nested row structs, then the rows.
    types: String,
    /// The `#[prepared]` statements, each line after `indent`.
    statements: String,
    /// How many queries became statements.
    pub imported: usize,
    /// The queries left out, and why.
    pub left_out: Vec<LeftOut>,
}

pub fn pieces(described: &[Described], indent: &str) -> Pieces {
    let mut pieces = Pieces {
        needs: Needs::default(),
        types: String::new(),
        statements: String::new(),
        imported: 0,
        left_out: Vec::new(),
    };
    let mut nested: Vec<(String, String, String)> = Vec::new();
    let mut rows = String::new();
    for d in described {
        match statement(d, &mut pieces.needs, &mut nested, indent) {
            Ok((row, text)) => {
                rows.push_str(&row);
                pieces.statements.push_str(&text);
                pieces.imported += 1;
            }
            Err(why) => {
                let q = &d.query;
                let _ = writeln!(
                    pieces.statements,
                    "{indent}// Left out: {} ({}): {why}\n",
                    q.name, q.origin
                );
                pieces.left_out.push(LeftOut {
                    name: q.name.clone(),
                    origin: q.origin.clone(),
                    why,
                });
            }
        }
    }
    for ty in &pieces.needs.user_types {
        pieces.types.push_str(&rust_type::definition(ty));
        pieces.types.push('\n');
    }
    for (name, table, body) in &nested {
        let _ = writeln!(
            pieces.types,
            "/// A row of table `{table}`, as `sqlc.embed` reads it.\n#[derive(Debug, Clone, FromRow)]\npub struct {name} {{\n{body}}}\n"
        );
    }
    pieces.types.push_str(&rows);
    pieces
}

/// One statement and its row type, to paste into a registry (`prepared describe`).
pub fn declaration(pieces: &Pieces) -> String {
    let mut out = header_needs(&pieces.needs);
    out.push_str(&pieces.types);
    out.push_str("// Inside a `#[prepared::registry]` module:\n");
    out.push_str(&pieces.statements);
    format(out)
}

/// A module file for the queries of `files` (`prepared import`): written to
/// `src/queries.rs` and declared with `mod queries;`, it gives `queries::REGISTRY`,
/// `queries::PreparedStatement` and the statements, re-exported from the registry module
/// `inner` (an attribute cannot apply to a whole file).
pub fn module(inner: &str, files: &[PathBuf], pieces: &Pieces) -> String {
    let sources: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let mut out = format!(
        "//! Imported by `prepared import` from {}: each query a `#[prepared]` statement, its\n//! parameter and column types as PostgreSQL describes them, and each column's\n//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives\n//! `<name>::REGISTRY` and `<name>::PreparedStatement`.\n",
        sources.join(", ")
    );
    if !pieces.left_out.is_empty() {
        let _ = writeln!(
            out,
            "//!\n//! {} of {} queries are left out; each has a `// Left out:` comment saying why.",
            pieces.left_out.len(),
            pieces.left_out.len() + pieces.imported
        );
    }
    out.push_str(&header_needs(&pieces.needs).replace("// ", "//! "));
    out.push('\n');
    if pieces.types.contains("FromRow)]") {
        out.push_str("use prepared::FromRow;\n\n");
    }
    out.push_str(&pieces.types);
    let _ = write!(
        out,
        "pub use self::{inner}::*;\n\n#[prepared::registry]\npub mod {inner} {{\n    #[allow(unused_imports)]\n    use super::*;\n    use prepared::prepared;\n\n{}}}\n",
        pieces.statements
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

/// The row struct and the statement of one query, or why it is left out. What a written
/// statement needs joins `module_needs`, its nested row types `module_nested` (one per
/// name and fields).
fn statement(
    d: &Described,
    module_needs: &mut Needs,
    module_nested: &mut Vec<(String, String, String)>,
    indent: &str,
) -> Result<(String, String), String> {
    let q = &d.query;
    let description = d.result.as_ref().map_err(Clone::clone)?;
    // What the statement adds (types, crates, nested rows) counts only if it is written.
    let (mut needs, mut nested) = (module_needs.clone(), module_nested.clone());
    let mut params = Vec::new();
    let mut unsupported = Vec::new();
    for ((name, nullable), ty) in q.params.iter().zip(&description.params) {
        let rust = names::rust(name);
        match rust_type::param(ty, &mut needs) {
            Ok(t) if *nullable => params.push(format!("{rust}: Option<{t}>")),
            Ok(t) => params.push(format!("{rust}: {t}")),
            Err(pg) => unsupported.push(format!("parameter `@{name}` of type `{pg}`")),
        }
    }
    // A function returning `void` (`SELECT pg_notify(..)`) gives no row to read.
    let void = matches!(description.columns.as_slice(), [c] if c.ty == Type::VOID);
    let has_row = !description.columns.is_empty() && !void;
    let row_name = format!("{}Row", q.name);
    let fields = has_row.then(|| {
        let mut cx = row::Context {
            needs: &mut needs,
            nested: &mut nested,
            unsupported: &mut unsupported,
        };
        row::fields(q, &description.columns, &d.embeds, &mut cx)
    });
    if !unsupported.is_empty() {
        return Err(format!(
            "no Rust type is known for {}: declare it by hand with a type of yours that implements `ToSql`/`FromSql`, or cast it in the SQL to a type that has one (`::text`)",
            unsupported.join(", ")
        ));
    }
    *module_needs = needs;
    *module_nested = nested;
    let mut row_text = String::new();
    if let Some(fields) = fields {
        let _ = writeln!(
            row_text,
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
    let mut notes = String::new();
    if let Some((option, why)) = option_needed(q) {
        args.push(option.to_owned());
        let _ = writeln!(notes, "{indent}/// `{option}`: {why}.");
    }
    if let Some(why) = primary_needed(&d.volatile) {
        args.push("primary".to_owned());
        let _ = writeln!(notes, "{indent}/// `primary`: {why}.");
    }
    let call = match (has_row, q.call) {
        (true, "prepared_execute") => "prepared_query",
        (false, "prepared_query" | "prepared_query_one") => "prepared_execute",
        (_, call) => call,
    };
    let text = format!(
        "{indent}/// {}; run it with `{call}`.\n{notes}{indent}#[prepared(\n{indent}    {}\n{indent})]\n{indent}pub struct {};\n\n",
        q.origin,
        args.join(&format!(",\n{indent}    ")),
        q.name
    );
    Ok((row_text, text))
}

/// The option the macro needs to take a statement that PostgreSQL prepares, and why:
/// the macro's own compile-time checks, run here.
fn option_needed(q: &Query) -> Option<(&'static str, String)> {
    let names: Vec<&str> = q.params.iter().map(|(n, _)| n.as_str()).collect();
    let checked = prepared_sql::check(&q.sql, &names, true);
    if let Some(syntax) = checked.syntax {
        return Some((
            "unchecked_syntax",
            format!(
                "the compile-time syntax check refuses it ({}), though PostgreSQL prepares it; the harness still proves it",
                syntax.message
            ),
        ));
    }
    let every = checked.every_row.first()?;
    Some((
        "all_rows",
        format!(
            "{}, so it changes every row, as the query file has it",
            every.what
        ),
    ))
}

/// Why a query that only reads must still run on the primary: it calls a user function
/// declared `VOLATILE`, which the harness would not let a read replica run.
fn primary_needed(volatile: &[String]) -> Option<String> {
    if volatile.is_empty() {
        return None;
    }
    let functions: Vec<String> = volatile.iter().map(|f| format!("`{f}`")).collect();
    Some(format!(
        "it only reads, but calls {}, declared VOLATILE, which a read replica must not run",
        functions.join(", ")
    ))
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
