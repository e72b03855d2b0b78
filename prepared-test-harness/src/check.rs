//! What each statement's test checks: it prepares, PostgreSQL's parameter types fit the
//! Rust types, the row type's fields fit the columns by name, type and nullability.
//!
//! All statements are prepared concurrently: tokio-postgres pipelines the requests of
//! concurrent futures on one connection, and the statements are spread over a few
//! connections. Nullability needs the catalog, fetched once for every table involved.

use crate::Problem;
use crate::report;
use futures_util::future::join_all;
use prepared_runtime::__private::{Place, place};
use prepared_runtime::registry::{ColumnInfo, Leaf, StatementInfo};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use tokio_postgres::{Client, Statement as PgStatement};

/// The result of checking one statement.
///
/// ```no_run
/// # async fn run(outcome: prepared_test_harness::Outcome) {
/// if !outcome.passed() {
///     // The statement, where it is declared, and each problem with its cause.
///     eprintln!("{}", outcome.message());
///     for problem in &outcome.problems {
///         eprintln!("- {problem}");
///     }
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct Outcome {
    /// The statement checked.
    pub statement: &'static StatementInfo,
    /// Empty when the statement passed.
    pub problems: Vec<Problem>,
    /// Things worth knowing that do not fail the test (extra columns, overrides).
    pub notes: Vec<String>,
}

impl Outcome {
    /// Whether it passed.
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
    }

    /// The failure message: the statement, where it is declared, each problem.
    pub fn message(&self) -> String {
        // A refusal's report names the statement itself.
        if let [Problem::Refused { report, .. }] = self.problems.as_slice() {
            return report.clone();
        }
        let mut text = report::statement_header(self.statement);
        for p in &self.problems {
            text.push_str("\n  - ");
            text.push_str(&p.to_string().replace('\n', "\n    "));
        }
        text
    }
}

/// A table column as the catalog describes it.
pub(crate) struct Attribute {
    pub(crate) table: String,
    column: String,
    not_null: bool,
}

/// Checks every statement, spread over `clients`, and returns the outcomes in order.
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
/// let (client, _driver) = pg.connect().await?;
/// let statements: Vec<_> = queries::REGISTRY.statements.iter().flat_map(|s| s.runnable()).collect();
/// let outcomes = prepared_test_harness::check_statements(&[client], &statements).await;
/// assert!(outcomes.iter().all(|o| o.passed()));
/// # Ok(())
/// # }
/// # fn main() {}
/// ```
pub async fn check_statements(
    clients: &[Client],
    statements: &[&'static StatementInfo],
) -> Vec<Outcome> {
    assert!(!clients.is_empty(), "at least one connection");
    // Outside a transaction each prepare is its own Parse/Describe/Sync, so a statement
    // that fails leaves the ones pipelined behind it on its connection untouched.
    let prepared = join_all(statements.iter().enumerate().map(|(i, info)| {
        let client = &clients[i % clients.len()];
        // A COPY cannot be prepared: its probe, `SELECT columns FROM table`, can.
        async move { client.prepare(info.prepared_sql()).await }
    }))
    .await;
    let oids = table_oids(prepared.iter().flatten().flat_map(|s| s.columns()));
    // The catalog is read once for all statements; should that read fail, each statement
    // that did not fail on its own reports it.
    let attributes = attributes(&clients[0], oids).await.map_err(Arc::new);
    // What each read-only statement calls, read from its SQL once.
    let calls: Vec<Vec<(Option<String>, String)>> = (statements.iter())
        .map(|info| match info.read_only {
            true => prepared_sql::readonly::called_functions(info.sql),
            false => Vec::new(),
        })
        .collect();
    let names = calls
        .iter()
        .flatten()
        .map(|(_, name)| name.clone())
        .collect();
    let volatile = volatile_named(&clients[0], names).await.map_err(Arc::new);
    let outcomes =
        statements
            .iter()
            .zip(prepared)
            .map(|(info, result)| match (result, &attributes) {
                (Ok(statement), Ok(attributes)) => check_prepared(info, &statement, attributes),
                (Ok(_), Err(source)) if reads_non_option_fields(info) => Outcome {
                    statement: info,
                    problems: vec![Problem::Catalog {
                        cause: source.clone(),
                    }],
                    notes: vec![],
                },
                // Without a field that must not be NULL, the catalog is never consulted.
                (Ok(statement), Err(_)) => check_prepared(info, &statement, &HashMap::new()),
                (Err(e), _) => Outcome {
                    statement: info,
                    problems: vec![Problem::Refused {
                        report: report::prepare_error(info, &e),
                        cause: e,
                    }],
                    notes: vec![],
                },
            });
    outcomes
        .zip(&calls)
        .map(|(mut outcome, calls)| {
            if outcome.passed() {
                outcome.problems = read_only_problems(calls, &volatile);
            }
            outcome
        })
        .collect()
}

/// Of the functions named `names`, the user functions declared `VOLATILE`, as
/// `(schema, name)`. Built-in functions that write or lock are known at compile time
/// (`prepared_sql::readonly`); the built-in VOLATILE ones that only read (`random`,
/// `clock_timestamp`) run on a replica.
async fn volatile_named(
    client: &Client,
    mut names: Vec<String>,
) -> Result<Vec<(String, String)>, tokio_postgres::Error> {
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            "SELECT n.nspname::text, p.proname::text \
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
             WHERE p.provolatile = 'v' AND p.proname = ANY($1) \
             AND n.nspname NOT IN ('pg_catalog', 'information_schema')",
            &[&names],
        )
        .await?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

/// The user functions declared `VOLATILE` that `sql` calls, as `schema.name`: what keeps
/// a statement that only reads off a read replica (the harness fails such a statement
/// unless it says `primary`; `prepared import` writes `primary` for it).
///
/// ```no_run
/// # async fn run(client: &tokio_postgres::Client) -> Result<(), tokio_postgres::Error> {
/// let volatile = prepared_test_harness::volatile_calls(client, "SELECT say_hello($1)").await?;
/// assert_eq!(volatile, ["public.say_hello"]);
/// # Ok(())
/// # }
/// ```
pub async fn volatile_calls(
    client: &Client,
    sql: &str,
) -> Result<Vec<String>, tokio_postgres::Error> {
    let calls = prepared_sql::readonly::called_functions(sql);
    let volatile = volatile_named(client, calls.iter().map(|(_, n)| n.clone()).collect()).await?;
    Ok(matching(&calls, &volatile))
}

/// Each call of `calls` that names a function of `volatile`, as `schema.name`.
fn matching(calls: &[(Option<String>, String)], volatile: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (schema, name) in calls {
        for (nsp, proname) in volatile {
            if proname == name && schema.as_ref().is_none_or(|s| s == nsp) {
                out.push(format!("{nsp}.{proname}"));
            }
        }
    }
    out
}

/// A read-only statement's calls (`calls`, empty for one that is not) of `VOLATILE` user
/// functions, each a problem.
fn read_only_problems(
    calls: &[(Option<String>, String)],
    volatile: &Result<Vec<(String, String)>, Arc<tokio_postgres::Error>>,
) -> Vec<Problem> {
    if calls.is_empty() {
        return Vec::new();
    }
    let volatile = match volatile {
        Ok(volatile) => volatile,
        Err(cause) => {
            return vec![Problem::FunctionCatalog {
                cause: cause.clone(),
            }];
        }
    };
    matching(calls, volatile)
        .into_iter()
        .map(|function| Problem::VolatileCall { function })
        .collect()
}

/// The tables the columns come from, each once: what the catalog read needs.
pub(crate) fn table_oids<'a>(
    columns: impl Iterator<Item = &'a tokio_postgres::Column>,
) -> Vec<u32> {
    columns
        .filter_map(|c| c.table_oid())
        .filter(|oid| *oid != 0)
        .collect::<BTreeSet<u32>>()
        .into_iter()
        .collect()
}

fn reads_non_option_fields(info: &StatementInfo) -> bool {
    info.row.is_some_and(|row| {
        ColumnInfo::leaves(row.columns)
            .iter()
            .any(|l| !l.column.nullable)
    })
}

pub(crate) async fn attributes(
    client: &Client,
    oids: Vec<u32>,
) -> Result<HashMap<(u32, i16), Attribute>, tokio_postgres::Error> {
    if oids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = client
        .query(
            "SELECT a.attrelid, a.attnum, a.attnotnull, c.relname::text, a.attname::text \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             WHERE a.attrelid = ANY($1) AND a.attnum > 0",
            &[&oids],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| {
            let key = (r.get::<_, u32>(0), r.get::<_, i16>(1));
            (
                key,
                Attribute {
                    not_null: r.get(2),
                    table: r.get(3),
                    column: r.get(4),
                },
            )
        })
        .collect())
}

fn check_prepared(
    info: &'static StatementInfo,
    statement: &PgStatement,
    attributes: &HashMap<(u32, i16), Attribute>,
) -> Outcome {
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    if info.copy_probe.is_some() {
        check_copy(info, statement, &mut problems);
        return Outcome {
            statement: info,
            problems,
            notes,
        };
    }
    check_params(info, statement, &mut problems);
    for name in info.not_null {
        if !statement.columns().iter().any(|c| c.name() == *name) {
            problems.push(Problem::NotNullUnknown { column: name });
        }
    }
    if let Some(row) = info.row {
        let columns = statement.columns();
        if columns.is_empty() {
            problems.push(Problem::NoColumns {
                row_type: row.rust_type,
            });
        } else {
            let nullable = Nullability::new(info.sql, attributes);
            check_row(
                info,
                row.rust_type,
                row.columns,
                columns,
                &nullable,
                &mut problems,
                &mut notes,
            );
        }
    }
    Outcome {
        statement: info,
        problems,
        notes,
    }
}

/// Every column of a COPY has a field of the row type whose Rust type can write it, and
/// every field has a column.
fn check_copy(info: &StatementInfo, statement: &PgStatement, problems: &mut Vec<Problem>) {
    let Some(row) = info.row else { return };
    let columns = statement.columns();
    for column in columns {
        match row.columns.iter().find(|f| f.name == column.name()) {
            None => problems.push(Problem::CopyColumnUnwritten {
                column: column.name().to_owned(),
                pg_type: column.type_().clone(),
                row_type: row.rust_type,
            }),
            Some(field) if !(field.accepts)(column.type_()) => {
                problems.push(Problem::CopyColumnType {
                    column: column.name().to_owned(),
                    pg_type: column.type_().clone(),
                    field: field.field,
                    rust_type: field.rust_type,
                })
            }
            Some(_) => {}
        }
    }
    for field in row.columns {
        if !columns.iter().any(|c| c.name() == field.name) {
            problems.push(Problem::CopyFieldUnlisted {
                field: field.field,
                rust_type: field.rust_type,
                row_type: row.rust_type,
                column: field.name,
            });
        }
    }
}

fn check_params(info: &StatementInfo, statement: &PgStatement, problems: &mut Vec<Problem>) {
    let inferred = statement.params();
    if inferred.len() != info.params.len() {
        problems.push(Problem::ParamCount {
            inferred: inferred.len(),
            declared: info.params.len(),
        });
        return;
    }
    for (i, (param, ty)) in info.params.iter().zip(inferred).enumerate() {
        if !(param.accepts)(ty) {
            problems.push(Problem::ParamType {
                param: param.name,
                position: i + 1,
                pg_type: ty.clone(),
                rust_type: param.rust_type,
            });
        }
    }
}

fn check_row(
    info: &StatementInfo,
    row_type: &'static str,
    fields: &'static [ColumnInfo],
    columns: &[tokio_postgres::Column],
    nullable: &Nullability<'_>,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<String>,
) {
    let mut read = vec![false; columns.len()];
    for leaf in ColumnInfo::leaves(fields) {
        let index = match locate(row_type, columns, &leaf) {
            Ok(index) => index,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        read[index] = true;
        check_column(
            info,
            leaf.column,
            &columns[index],
            index,
            nullable,
            problems,
            notes,
        );
    }
    for (column, _) in columns.iter().zip(read).filter(|(_, read)| !read) {
        notes.push(format!(
            "extra column `{}` ({}) is not read by any field of `{row_type}`",
            column.name(),
            column.type_()
        ));
    }
}

/// Where in the result a field of the row type reads its column, or why it cannot.
fn locate(
    row_type: &'static str,
    columns: &[tokio_postgres::Column],
    leaf: &Leaf,
) -> Result<usize, Problem> {
    let field = leaf.column;
    // A name the result repeats is read by position, or by a flattened row type at its
    // place; a field of the outer row type read by name alone could take the wrong one.
    let count = columns.iter().filter(|c| c.name() == field.name).count();
    if count > 1 && field.position.is_none() && !leaf.nested {
        return Err(Problem::DuplicateColumn {
            column: field.name,
            count,
            field: field.field,
        });
    }
    match place(columns, field, leaf.place) {
        Place::At(index) => Ok(index),
        Place::Missing => Err(Problem::MissingColumn {
            field: field.field,
            rust_type: field.rust_type,
            row_type,
            column: field.name,
            available: columns
                .iter()
                .map(|c| c.name())
                .collect::<Vec<_>>()
                .join(", "),
        }),
        Place::Repeated(count) => Err(Problem::DuplicateColumn {
            column: field.name,
            count,
            field: field.field,
        }),
        Place::Beyond { position, count } => Err(Problem::PositionBeyond {
            field: field.field,
            position,
            count,
        }),
    }
}

/// A field against the column it reads: the column's type, and its nullability unless
/// the field is an `Option` (or the statement declares the column `not_null`).
fn check_column(
    info: &StatementInfo,
    field: &ColumnInfo,
    column: &tokio_postgres::Column,
    index: usize,
    nullable: &Nullability<'_>,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<String>,
) {
    if !(field.accepts)(column.type_()) {
        problems.push(Problem::ColumnType {
            column: column.name().to_owned(),
            pg_type: column.type_().clone(),
            field: field.field,
            rust_type: field.rust_type,
        });
    }
    if field.nullable {
        return;
    }
    let Some(reason) = nullable.reason(index, column) else {
        return;
    };
    if info.not_null.contains(&field.name) {
        notes.push(format!(
            "column `{}` is declared `not_null` by the statement although {reason}",
            field.name
        ));
    } else {
        problems.push(Problem::Nullable {
            column: column.name().to_owned(),
            reason,
            field: field.field,
            rust_type: field.rust_type,
        });
    }
}

/// Decides whether a result column can be NULL.
pub(crate) struct Nullability<'a> {
    attributes: &'a HashMap<(u32, i16), Attribute>,
    /// What outer joins can null; `None` when the SQL could not be analysed.
    outer: Option<prepared_sql::nullability::OuterJoins>,
    sql: &'a str,
}

impl<'a> Nullability<'a> {
    pub(crate) fn new(sql: &'a str, attributes: &'a HashMap<(u32, i16), Attribute>) -> Self {
        Nullability {
            attributes,
            outer: prepared_sql::analysis::analyse(sql).outer_joins(),
            sql,
        }
    }

    /// Only consulted when the SQL could not be analysed.
    fn may_have_outer_join(&self) -> bool {
        let upper = self.sql.to_uppercase();
        ["LEFT", "RIGHT", "FULL"].iter().any(|k| upper.contains(k))
    }

    /// `None` when the column cannot be NULL, else why it can.
    pub(crate) fn reason(&self, index: usize, column: &tokio_postgres::Column) -> Option<String> {
        let (Some(oid), Some(number)) = (column.table_oid(), column.column_id()) else {
            return Some("it is computed by an expression, not read from a table column".into());
        };
        let Some(attribute) = self
            .attributes
            .get(&(oid, number))
            .filter(|_| oid != 0 && number > 0)
        else {
            return Some("it is computed by an expression, not read from a table column".into());
        };
        let origin = format!("{}.{}", attribute.table, attribute.column);
        if !attribute.not_null {
            return Some(format!("table column `{origin}` allows NULL"));
        }
        match &self.outer {
            Some(outer) if outer.nulls(index, &attribute.table) => Some(format!(
                "`{}` is on the nullable side of an outer join",
                attribute.table
            )),
            Some(_) => None,
            None if self.may_have_outer_join() => Some(format!(
                "`{origin}` is NOT NULL, but the statement could not be analysed for outer joins"
            )),
            None => None,
        }
    }
}
