//! `COPY table (columns) FROM STDIN (FORMAT binary)`: the statement kind that writes rows
//! of a Rust type. A COPY cannot be prepared, so its columns' types come from a probe,
//! `SELECT columns FROM table`, which the harness proves and the runtime prepares.

use sqlparser::ast::{CopyLegacyOption, CopyOption, CopySource, CopyTarget, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

/// A binary `COPY … FROM STDIN` with its column list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyIn {
    /// The table written to.
    pub table: String,
    /// The columns listed, in order.
    pub columns: Vec<String>,
}

impl CopyIn {
    /// `SELECT columns FROM table`: the same columns, in the same order, as a query.
    pub fn probe(&self) -> String {
        format!("SELECT {} FROM {}", self.columns.join(", "), self.table)
    }
}

/// `None` when `sql` is not a COPY; else the COPY, or why it cannot write typed rows.
pub fn copy_in(sql: &str) -> Option<Result<CopyIn, String>> {
    // Only the first word, for every statement: the macros run unoptimised in a dev profile.
    let first_word = crate::lexer::first_code(sql)?;
    if !sql[first_word..]
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("copy"))
    {
        return None;
    }
    // A literal or comment left open anywhere: not read as a COPY here.
    crate::lexer::scan(sql).ok()?;
    let statements = match Parser::parse_sql(&PostgreSqlDialect {}, sql) {
        Ok(s) => s,
        Err(e) => return Some(Err(format!("cannot read this COPY: {e}"))),
    };
    let [
        Statement::Copy {
            source,
            to,
            target,
            options,
            legacy_options,
            ..
        },
    ] = statements.as_slice()
    else {
        return None;
    };
    Some(read(source, *to, target, options, legacy_options))
}

fn read(
    source: &CopySource,
    to: bool,
    target: &CopyTarget,
    options: &[CopyOption],
    legacy: &[CopyLegacyOption],
) -> Result<CopyIn, String> {
    const SHAPE: &str = "`COPY table (column, ..) FROM STDIN (FORMAT binary)`";
    let CopySource::Table {
        table_name,
        columns,
    } = source
    else {
        return Err(format!(
            "a COPY statement writes rows into a table: {SHAPE}"
        ));
    };
    if to || !matches!(target, CopyTarget::Stdin) {
        return Err(format!(
            "a COPY statement writes rows from the client: {SHAPE}"
        ));
    }
    let binary = options
        .iter()
        .any(|o| matches!(o, CopyOption::Format(f) if f.value.eq_ignore_ascii_case("binary")))
        || legacy.iter().any(|o| matches!(o, CopyLegacyOption::Binary));
    if !binary {
        return Err(format!(
            "a COPY statement sends typed rows in the binary format: {SHAPE}"
        ));
    }
    if columns.is_empty() {
        return Err(format!(
            "list the columns the row type writes, so a new column cannot shift them: {SHAPE}"
        ));
    }
    Ok(CopyIn {
        table: table_name.to_string(),
        columns: columns.iter().map(ToString::to_string).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::copy_in;

    #[test]
    fn reads_a_binary_copy_and_rejects_the_rest() {
        let copy = copy_in("COPY public.products (sku, \"Name\") FROM STDIN (FORMAT binary)")
            .unwrap()
            .unwrap();
        assert_eq!(copy.probe(), "SELECT sku, \"Name\" FROM public.products");
        assert!(copy_in("copy t (a) from stdin binary").unwrap().is_ok());
        assert!(copy_in("SELECT 1").is_none());
        assert!(
            copy_in("-- load\nCOPY t (a) FROM STDIN")
                .unwrap()
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            copy_in("COPY t FROM STDIN (FORMAT binary)")
                .unwrap()
                .unwrap_err()
                .contains("list the columns")
        );
        assert!(
            copy_in("COPY t (a) TO STDOUT (FORMAT binary)")
                .unwrap()
                .unwrap_err()
                .contains("from the client")
        );
    }
}
