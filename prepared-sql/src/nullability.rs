//! Which tables an outer join can null: the nullable side of every `LEFT`, `RIGHT` and
//! `FULL` join anywhere in a statement, including subqueries and CTEs.
//!
//! The harness uses this to decide that a column coming from a NOT NULL table column can
//! still be NULL. It is conservative: a table that appears on a nullable side anywhere makes
//! all its columns nullable (a self-join cannot be told apart by table alone).

use crate::words::fold_ident as fold;
use sqlparser::ast::{
    Expr, JoinOperator, ObjectName, ObjectNamePart, Query, SelectItem, SetExpr, Statement,
    TableFactor, TableWithJoins, Visit, Visitor,
};
use std::collections::BTreeSet;
use std::ops::ControlFlow;

/// What the statement's outer joins can null.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OuterJoins {
    /// Tables on the nullable side of an outer join anywhere in the statement.
    pub tables: BTreeSet<String>,
    /// Relations (alias, or table name without one) of the top-level `FROM` on a nullable side.
    pub nullable_relations: BTreeSet<String>,
    /// Relations of the top-level `FROM` that no outer join can null.
    pub kept_relations: BTreeSet<String>,
    /// For each output column of a top-level `SELECT` without `*`, the relation qualifying
    /// it when it is a plain `relation.column`.
    pub projection: Option<Vec<Option<String>>>,
}

impl OuterJoins {
    /// Whether output column `index`, read from a NOT NULL column of `table`, can be NULL.
    /// A qualified column is judged by its relation, so `c.email` in
    /// `customers c LEFT JOIN customers r` stays NOT NULL; otherwise by its table.
    pub fn nulls(&self, index: usize, table: &str) -> bool {
        let qualifier = self
            .projection
            .as_ref()
            .and_then(|p| p.get(index))
            .and_then(Option::as_deref);
        match qualifier {
            Some(q) if self.nullable_relations.contains(q) => true,
            Some(q) if self.kept_relations.contains(q) => false,
            _ => self.tables.contains(table),
        }
    }
}

/// The outer joins of parsed `statements`.
pub(crate) fn from_statements(statements: &[Statement]) -> OuterJoins {
    let mut finder = Finder::default();
    for statement in statements {
        let _ = statement.visit(&mut finder);
    }
    let mut result = OuterJoins {
        tables: finder.nullable,
        ..OuterJoins::default()
    };
    if let [Statement::Query(query)] = statements
        && let SetExpr::Select(select) = query.body.as_ref()
    {
        for from in &select.from {
            let mut nullable = vec![false; from.joins.len() + 1];
            for (i, join) in from.joins.iter().enumerate() {
                let (left, right) = sides(&join.join_operator);
                nullable[i + 1] |= right;
                if left {
                    nullable[..=i].iter_mut().for_each(|n| *n = true);
                }
            }
            let factors =
                std::iter::once(&from.relation).chain(from.joins.iter().map(|j| &j.relation));
            for (factor, nullable) in factors.zip(nullable) {
                if let Some(name) = relation_name(factor) {
                    if nullable {
                        &mut result.nullable_relations
                    } else {
                        &mut result.kept_relations
                    }
                    .insert(name);
                }
            }
        }
        result.projection = select
            .projection
            .iter()
            .map(|item| match item {
                // The pre-pass's `(composite).*`: a wildcard, whose width is unknown here.
                SelectItem::UnnamedExpr(e) if e.to_string().ends_with(crate::prepass::STAR) => None,
                SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                    Some(qualifier(e))
                }
                _ => None,
            })
            .collect();
    }
    result
}

fn qualifier(expr: &Expr) -> Option<String> {
    match expr {
        Expr::CompoundIdentifier(parts) if parts.len() >= 2 => Some(fold(&parts[parts.len() - 2])),
        Expr::Nested(inner) => qualifier(inner),
        _ => None,
    }
}

fn relation_name(factor: &TableFactor) -> Option<String> {
    match factor {
        TableFactor::Table {
            alias: Some(alias), ..
        }
        | TableFactor::Derived {
            alias: Some(alias), ..
        } => Some(fold(&alias.name)),
        TableFactor::Table {
            name, alias: None, ..
        } => match name.0.last() {
            Some(ObjectNamePart::Identifier(ident)) => Some(fold(ident)),
            _ => None,
        },
        _ => None,
    }
}

/// Which sides of a join the join can null: (left, right).
fn sides(operator: &JoinOperator) -> (bool, bool) {
    match operator {
        JoinOperator::Left(_) | JoinOperator::LeftOuter(_) | JoinOperator::OuterApply => {
            (false, true)
        }
        JoinOperator::Right(_) | JoinOperator::RightOuter(_) => (true, false),
        JoinOperator::FullOuter(_) => (true, true),
        _ => (false, false),
    }
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
                self.nullable.insert(fold(ident));
            }
            ControlFlow::<()>::Continue(())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outer joins of `sql`, after the one parse everything reads.
    fn analyse(sql: &str) -> Option<OuterJoins> {
        crate::analysis::analyse(sql).outer_joins()
    }

    fn tables(sql: &str) -> Vec<String> {
        analyse(sql)
            .map(|a| a.tables)
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
        assert!(analyse("SELECT FROM WHERE (").is_none());
    }

    #[test]
    fn judges_qualified_columns_by_their_relation() {
        let a = analyse("SELECT c.email, r.email AS referrer, name FROM customers c LEFT JOIN customers r ON r.id = c.referrer").unwrap();
        assert!(!a.nulls(0, "customers"));
        assert!(a.nulls(1, "customers"));
        // Unqualified: judged by table, and `customers` is on a nullable side.
        assert!(a.nulls(2, "customers"));
        let b = analyse("SELECT * FROM a RIGHT JOIN b ON true").unwrap();
        assert_eq!(b.projection, None);
        let c = analyse("SELECT (p).*, q.id FROM f() p LEFT JOIN q ON true").unwrap();
        assert_eq!(c.projection, None, "{c:?}");
        assert!(b.nulls(0, "a") && !b.nulls(0, "b"));
    }
}
