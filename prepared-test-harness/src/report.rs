//! How the harness tells a user what is wrong: the statement, where it is declared, and a
//! caret under the SQL as they wrote it.

use prepared_runtime::raw::describe;
use prepared_runtime::registry::StatementInfo;
use prepared_sql::excerpt;
use prepared_sql::offsets::Edit;
use tokio_postgres::error::ErrorPosition;

/// `statement `x` (src/queries.rs:12)` or, for SQL from a file, with the file too.
pub fn statement_header(info: &StatementInfo) -> String {
    let loc = info.location;
    match loc.sql_file {
        Some(sql) => format!(
            "statement `{}` ({}:{}, SQL in {sql})",
            info.name, loc.file, loc.line
        ),
        None => format!("statement `{}` ({}:{})", info.name, loc.file, loc.line),
    }
}

/// A caret under byte `offset` of the statement's `@name` SQL.
pub fn caret(info: &StatementInfo, offset: usize) -> String {
    indent(&format!(
        "--> SQL, {}",
        excerpt::caret(info.source_sql, offset)
    ))
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A PostgreSQL error while preparing: SQLSTATE, message, detail, hint, and the caret
/// mapped from the `$n` SQL back to the `@name` SQL.
pub fn prepare_error(info: &StatementInfo, error: &tokio_postgres::Error) -> String {
    let Some(db) = error.as_db_error() else {
        return format!(
            "{}: could not prepare: {}",
            statement_header(info),
            describe(error)
        );
    };
    let mut text = format!(
        "{} does not prepare\n{}",
        statement_header(info),
        indent(&describe(error))
    );
    // A COPY's error positions are in its probe, not in what the user wrote.
    let position = db.position().filter(|_| info.copy_probe.is_none());
    match position {
        Some(ErrorPosition::Original(p)) => {
            let offset = source_offset(info, prepared_sql::offsets::char_position(info.sql, *p));
            text.push('\n');
            text.push_str(&caret(info, offset));
        }
        Some(ErrorPosition::Internal { position, query }) => {
            let offset = prepared_sql::offsets::char_position(query, *position);
            text.push_str(&format!(
                "\n    in an internal query: {}",
                excerpt::caret(query, offset)
            ));
        }
        None => text.push_str(&format!(
            "\n{}",
            indent(&format!("SQL: {}", info.source_sql))
        )),
    }
    text
}

/// Maps a byte offset in a statement's SQL as sent (`$n`) to the SQL as written (`@name`),
/// where the harness puts its caret; an offset inside a `$n` maps to its `@name`.
///
/// ```
/// #[prepared::registry(sql_comment = false)]
/// mod queries {
///     use prepared::prepared;
///     #[prepared("SELECT @name::text AS greeting", params(name: &str))]
///     pub struct Greeting;
/// }
///
/// # fn main() {
/// let info = queries::REGISTRY.statements[0];
/// assert_eq!(info.sql, "SELECT $1::text AS greeting");
/// // `::text` is at 9 as sent and at 12 as written.
/// assert_eq!(prepared_test_harness::source_offset(info, 9), 12);
/// # }
/// ```
pub fn source_offset(info: &StatementInfo, output: usize) -> usize {
    let edits = info.replacements.iter().copied().map(Edit::from_stored);
    prepared_sql::offsets::to_source(edits, output)
}
