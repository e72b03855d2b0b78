//! The guard against modifying every row: an `UPDATE` or `DELETE` without `WHERE` (also
//! inside a data-modifying CTE), or a `MERGE ... ON TRUE`.

use crate::located::offset_of;
use sqlparser::ast::{Statement, Visit, Visitor};
use sqlparser::tokenizer::Span;
use std::ops::ControlFlow;

/// A statement part that changes every row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EveryRow {
    /// What it is and why: `UPDATE of `accounts` has no WHERE`.
    pub what: String,
    /// Byte offset of its keyword in the SQL parsed.
    pub offset: Option<usize>,
}

/// Every part of `statements`, parsed from `sql`, that modifies all rows of a table.
pub(crate) fn every_row_in(sql: &str, statements: &[Statement]) -> Vec<EveryRow> {
    let mut finder = Finder {
        sql,
        found: Vec::new(),
    };
    for statement in statements {
        let _ = statement.visit(&mut finder);
    }
    finder.found
}

struct Finder<'a> {
    sql: &'a str,
    found: Vec<EveryRow>,
}

impl Finder<'_> {
    fn offset(&self, span: Span) -> Option<usize> {
        let start = span.start;
        offset_of(self.sql, start.line as usize, start.column as usize)
    }
}

impl Visitor for Finder<'_> {
    type Break = ();

    fn pre_visit_statement(&mut self, statement: &Statement) -> ControlFlow<()> {
        match statement {
            Statement::Update(update) if update.selection.is_none() => {
                let offset = self.offset(update.update_token.0.span);
                self.found.push(EveryRow {
                    what: format!("UPDATE of `{}` has no WHERE", update.table.relation),
                    offset,
                });
            }
            Statement::Delete(delete) if delete.selection.is_none() => {
                let tables = match &delete.from {
                    sqlparser::ast::FromTable::WithFromKeyword(t)
                    | sqlparser::ast::FromTable::WithoutKeyword(t) => t
                        .iter()
                        .map(|t| t.relation.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                let offset = self.offset(delete.delete_token.0.span);
                self.found.push(EveryRow {
                    what: format!("DELETE from `{tables}` has no WHERE"),
                    offset,
                });
            }
            Statement::Merge(merge) if merge.on.to_string().eq_ignore_ascii_case("true") => {
                let offset = self.offset(merge.merge_token.0.span);
                self.found.push(EveryRow {
                    what: format!("MERGE into `{}` matches ON TRUE", merge.table),
                    offset,
                });
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the guard finds in `sql`, after the one parse everything reads.
    fn modifies_every_row(sql: &str) -> Option<Vec<EveryRow>> {
        let analysis = crate::analysis::analyse(sql);
        analysis.syntax.is_ok().then_some(analysis.every_row)
    }

    fn what(sql: &str) -> Vec<String> {
        modifies_every_row(sql)
            .unwrap()
            .into_iter()
            .map(|e| e.what)
            .collect()
    }

    #[test]
    fn finds_statements_without_where() {
        assert_eq!(
            what("UPDATE accounts SET enabled = $1"),
            ["UPDATE of `accounts` has no WHERE"]
        );
        assert_eq!(
            what("DELETE FROM sessions"),
            ["DELETE from `sessions` has no WHERE"]
        );
        assert!(what("UPDATE accounts SET enabled = $1 WHERE id = $2").is_empty());
        assert!(what("DELETE FROM sessions WHERE expires < now()").is_empty());
        assert_eq!(
            what("WITH gone AS (DELETE FROM jobs RETURNING id) SELECT count(*) FROM gone"),
            ["DELETE from `jobs` has no WHERE"]
        );
        assert_eq!(
            what("MERGE INTO t USING s ON TRUE WHEN MATCHED THEN DELETE"),
            ["MERGE into `t` matches ON TRUE"]
        );
        assert!(what("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE").is_empty());
        let found = modifies_every_row("SELECT 1;\n  UPDATE t SET a = 1").unwrap();
        assert_eq!(found[0].offset, Some("SELECT 1;\n  ".len()));
    }
}
