//! One parse of a statement's `$n` SQL, after the pre-pass, and everything read from it:
//! the syntax result, the every-row guard's findings and the outer-join analysis. Reading
//! each from its own parse of the raw SQL silently skipped the guard, and sent nullability
//! back to keywords, on exactly the statements the pre-pass exists for.

use crate::guard::{self, EveryRow};
use crate::nullability::{self, OuterJoins};
use crate::prepass;
use crate::syntax::{self, SyntaxError};
use crate::targets::{self, Target};
use sqlparser::ast::Statement;

/// What one parse of a statement tells. Offsets are in the SQL given, not the pre-passed.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// How many statements the SQL holds, or its syntax error (sqlparser's, or a rule of
    /// PostgreSQL's grammar that sqlparser does not enforce).
    pub syntax: Result<usize, SyntaxError>,
    /// The parts that modify every row of a table; empty when the SQL does not parse.
    pub every_row: Vec<EveryRow>,
    /// The parse, for the outer-join analysis: read on demand, as the compile-time check,
    /// which runs on every build, has no use for it.
    statements: Option<Vec<Statement>>,
    /// [`readonly::primary_only`](crate::readonly::primary_only) of the SQL, judged from
    /// the parse's own tokens when the pre-pass left the SQL as written; `None` when not
    /// judged here (then tokenizing it again is the caller's).
    pub primary_only: Option<Option<String>>,
}

impl Analysis {
    /// What the statement's outer joins can null; `None` when the SQL does not parse (then
    /// any table may be on a nullable side).
    pub fn outer_joins(&self) -> Option<OuterJoins> {
        self.statements.as_deref().map(nullability::from_statements)
    }

    /// What each `$n` is written into, compared with, or limits; `None` when the SQL does
    /// not parse.
    pub fn parameter_targets(&self) -> Option<Vec<(u32, Target)>> {
        self.statements.as_deref().map(targets::from_statements)
    }
}

/// Pre-passes `sql`, parses it once with sqlparser and reads everything from that parse.
pub fn analyse(sql: &str) -> Analysis {
    if let Some(syntax) = crate::utility::check(sql) {
        return Analysis {
            syntax,
            every_row: Vec::new(),
            statements: None,
            primary_only: None,
        };
    }
    let prepassed = prepass::prepass(sql);
    let back = |offset: Option<usize>| offset.map(|o| prepassed.to_original(o));
    let parsed = match syntax::parse_tokens(&prepassed.sql) {
        Ok(parsed) => parsed,
        Err(error) => {
            return Analysis {
                syntax: Err(SyntaxError {
                    offset: back(error.offset),
                    ..error
                }),
                every_row: Vec::new(),
                statements: None,
                primary_only: None,
            };
        }
    };
    // The tokens of the SQL itself only when nothing was replaced or taken out.
    let primary_only = (prepassed.sql == sql).then(|| {
        let tokens: Vec<_> = parsed
            .tokens
            .iter()
            .filter(|t| crate::words::is_code(&t.token))
            .map(|t| t.token.clone())
            .collect();
        crate::readonly::judge(&tokens)
    });
    let syntax = syntax::check_parsed(&prepassed.sql, &parsed)
        .map_err(|error| SyntaxError {
            offset: back(error.offset),
            ..error
        })
        .and_then(|n| side_checks(&prepassed).map(|()| n));
    let statements = parsed.statements;
    let every_row = guard::every_row_in(&prepassed.sql, &statements)
        .into_iter()
        .map(|found| EveryRow {
            offset: back(found.offset),
            ..found
        })
        .collect();
    Analysis {
        syntax,
        every_row,
        statements: Some(statements),
        primary_only,
    }
}

/// The parts the pre-pass took out of the statement, each parsed on its own: their first
/// error, where it is in the original.
fn side_checks(prepassed: &prepass::Prepassed) -> Result<(), SyntaxError> {
    for check in &prepassed.checks {
        if let Err(error) = syntax::parse(&check.sql) {
            return Err(SyntaxError {
                offset: error.offset.map(|o| check.to_original(o)),
                ..error
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_pre_pass_takes_out_is_still_checked() {
        let sql = "INSERT INTO t VALUES (1) ON CONFLICT (a) WHERE b = = 1 DO NOTHING";
        let e = analyse(sql).syntax.unwrap_err();
        assert_eq!(e.offset, Some(sql.find("= 1").unwrap()), "{e:?}");
        let sql = "UPDATE t SET a[] = 1, b[1:2] = 2";
        let e = analyse(sql).syntax.unwrap_err();
        assert_eq!(e.offset, Some(sql.find("] =").unwrap()), "{e:?}");
        assert_eq!(
            analyse("UPDATE t SET a[i + 1][2:3] = 1 WHERE b[1] = 2").syntax,
            Ok(1)
        );
        // A function's result needs parentheses to be taken apart.
        assert!(analyse("SELECT f(x).* FROM t").syntax.is_err());
        assert!(analyse("SELECT a (f(x)).* FROM t").syntax.is_err());
        assert_eq!(analyse("SELECT a, (f(x)).* FROM t").syntax, Ok(1));
    }

    #[test]
    fn the_guard_sees_statements_only_the_pre_pass_makes_parseable() {
        // sqlparser rejects `BETWEEN SYMMETRIC`; the pre-pass rewrites it.
        let sql = "WITH x AS (SELECT 1)\nUPDATE jobs SET due = $1 BETWEEN SYMMETRIC 1 AND 2";
        assert!(syntax::parse_sqlparser(sql).is_err());
        let analysis = analyse(sql);
        assert_eq!(analysis.syntax, Ok(1), "{analysis:?}");
        assert_eq!(analysis.every_row.len(), 1, "{analysis:?}");
        assert_eq!(analysis.every_row[0].what, "UPDATE of `jobs` has no WHERE");
        assert_eq!(analysis.every_row[0].offset, sql.find("UPDATE"));
    }

    #[test]
    fn an_offset_after_a_pre_pass_edit_maps_to_the_sql_given() {
        // `x ISNULL` becomes `x IS NULL`, one byte longer, before the DELETE.
        let sql = "WITH gone AS (SELECT id FROM t WHERE x ISNULL) DELETE FROM jobs";
        let analysis = analyse(sql);
        assert_eq!(
            analysis.every_row[0].offset,
            sql.find("DELETE"),
            "{analysis:?}"
        );
    }

    #[test]
    fn nullability_reads_statements_only_the_pre_pass_makes_parseable() {
        let sql = "SELECT b.x FROM a LEFT JOIN b ON a.id = b.id WHERE b.x NOTNULL";
        let joins = analyse(sql)
            .outer_joins()
            .expect("parses after the pre-pass");
        assert!(joins.tables.contains("b"), "{joins:?}");
        assert!(joins.nulls(0, "b"));
        assert_eq!(analyse(sql).outer_joins(), Some(joins));
    }

    #[test]
    fn a_syntax_error_is_located_in_the_sql_given() {
        // The same error, with and without a pre-pass edit (one byte longer) before it.
        let edited = analyse("SELECT x FROM t WHERE x ISNULL AND (y")
            .syntax
            .unwrap_err();
        let plain = analyse("SELECT x FROM t WHERE x IS NULL AND (y")
            .syntax
            .unwrap_err();
        assert_eq!(edited.message, plain.message);
        assert_eq!(
            edited.offset.unwrap() + 1,
            plain.offset.unwrap(),
            "{edited:?} {plain:?}"
        );
    }
}
