//! Which tables an outer join can null: the nullable side of every `LEFT`, `RIGHT` and
//! `FULL` join anywhere in a statement, including subqueries and CTEs.
//!
//! The harness uses this to decide that a column coming from a NOT NULL table column can
//! still be NULL. It is conservative: a table that appears on a nullable side anywhere makes
//! all its columns nullable (a self-join cannot be told apart by table alone).

use sqlparser::ast::{
    JoinOperator, ObjectName, ObjectNamePart, Query, SetExpr, TableFactor, TableWithJoins, Visit,
    Visitor,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeSet;
use std::ops::ControlFlow;

/// The names (as PostgreSQL folds them) of the tables on the nullable side of an outer join,
/// or `None` when the SQL does not parse (the caller must then assume any table may be).
pub fn outer_join_nullable_tables(sql: &str) -> Option<BTreeSet<String>> {
    let statements = Parser::parse_sql(&PostgreSqlDialect {}, sql).ok()?;
    let mut finder = Finder::default();
    let _ = statements.visit(&mut finder);
    Some(finder.nullable)
}

#[derive(Default)]
struct Finder {
    nullable: BTreeSet<String>,
}

impl Visitor for Finder {
    type Break = ();

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        self.set_expr(&query.body);
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        if let TableFactor::NestedJoin {
            table_with_joins, ..
        } = factor
        {
            self.joins(table_with_joins);
        }
        ControlFlow::Continue(())
    }
}

impl Finder {
    fn set_expr(&mut self, body: &SetExpr) {
        match body {
            SetExpr::Select(select) => select.from.iter().for_each(|t| self.joins(t)),
            SetExpr::SetOperation { left, right, .. } => {
                self.set_expr(left);
                self.set_expr(right);
            }
            // Nested queries are visited by the visitor itself.
            _ => {}
        }
    }

    fn joins(&mut self, from: &TableWithJoins) {
        for (i, join) in from.joins.iter().enumerate() {
            let (left, right) = match &join.join_operator {
                JoinOperator::Left(_) | JoinOperator::LeftOuter(_) | JoinOperator::OuterApply => {
                    (false, true)
                }
                JoinOperator::Right(_) | JoinOperator::RightOuter(_) => (true, false),
                JoinOperator::FullOuter(_) => (true, true),
                _ => (false, false),
            };
            if right {
                self.all_tables(&join.relation);
            }
            if left {
                self.all_tables(&from.relation);
                for earlier in &from.joins[..i] {
                    self.all_tables(&earlier.relation);
                }
            }
        }
    }

    /// Every table named anywhere inside `node`, subqueries included.
    fn all_tables<V: Visit>(&mut self, node: &V) {
        let _ = sqlparser::ast::visit_relations(node, |name: &ObjectName| {
            if let Some(ObjectNamePart::Identifier(ident)) = name.0.last() {
                let folded = if ident.quote_style.is_some() {
                    ident.value.clone()
                } else {
                    ident.value.to_lowercase()
                };
                self.nullable.insert(folded);
            }
            ControlFlow::<()>::Continue(())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(sql: &str) -> Vec<String> {
        outer_join_nullable_tables(sql)
            .unwrap()
            .into_iter()
            .collect()
    }

    #[test]
    fn finds_the_nullable_side() {
        assert_eq!(
            tables("SELECT * FROM a LEFT JOIN b ON a.id = b.id JOIN c ON true"),
            ["b"]
        );
        assert_eq!(
            tables("SELECT * FROM a JOIN b ON true RIGHT JOIN c ON true"),
            ["a", "b"]
        );
        assert_eq!(
            tables("SELECT * FROM a FULL JOIN \"B\" ON true"),
            ["B", "a"]
        );
        assert_eq!(
            tables("SELECT * FROM a LEFT JOIN LATERAL (SELECT * FROM s.t) x ON true"),
            ["t"]
        );
        assert_eq!(
            tables("WITH w AS (SELECT * FROM a LEFT JOIN b ON true) SELECT * FROM w"),
            ["b"]
        );
        assert_eq!(tables("SELECT * FROM a, (b LEFT JOIN c ON true)"), ["c"]);
        assert!(tables("SELECT * FROM a JOIN b USING (id)").is_empty());
        assert!(outer_join_nullable_tables("SELECT FROM WHERE (").is_none());
    }
}
