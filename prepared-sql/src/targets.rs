//! What each `$n` of a statement is put against, read from its parse: the table column an
//! `INSERT … VALUES` or `UPDATE … SET` writes it into, the column it is compared with, or
//! `LIMIT`/`OFFSET`. `prepared import` names positional parameters after it (as sqlc
//! does) and lets a parameter written into a column that allows NULL be `None`.

use crate::words::fold_ident as fold;
use sqlparser::ast::{
    AssignmentTarget, BinaryOperator, Expr, LimitClause, ObjectName, ObjectNamePart, Query,
    SetExpr, Statement, TableFactor, TableObject, Value, Visit, Visitor,
};
use std::ops::ControlFlow;

/// What a parameter is put against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Written into `column` of `table` (as written, `schema.table` kept), names folded as
    /// PostgreSQL folds them.
    Written {
        /// The table.
        table: String,
        /// The column.
        column: String,
    },
    /// Compared with a column (`col = $n`, `t.col < $n`, `col LIKE $n`, `col = ANY($n)`).
    Compared {
        /// The column's own name, without its table.
        column: String,
    },
    /// `LIMIT $n`.
    Limit,
    /// `OFFSET $n`.
    Offset,
}

/// Each `$n` that has a target, with it, in the order the parse meets them (a statement's
/// writes before its conditions); a parameter may come more than once.
pub(crate) fn from_statements(statements: &[Statement]) -> Vec<(u32, Target)> {
    let mut finder = Finder::default();
    for statement in statements {
        let _ = statement.visit(&mut finder);
    }
    finder.found
}

#[derive(Default)]
struct Finder {
    found: Vec<(u32, Target)>,
}

/// The `n` of `$n`, cast or in parentheses.
fn placeholder(expr: &Expr) -> Option<u32> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::Placeholder(p) => p.strip_prefix('$')?.parse().ok(),
            _ => None,
        },
        Expr::Cast { expr, .. } | Expr::Nested(expr) => placeholder(expr),
        _ => None,
    }
}

fn name(object: &ObjectName) -> String {
    object
        .0
        .iter()
        .filter_map(|part| match part {
            ObjectNamePart::Identifier(ident) => Some(fold(ident)),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The column an expression names: its last part.
fn column(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Identifier(ident) => Some(fold(ident)),
        Expr::CompoundIdentifier(parts) => parts.last().map(fold),
        _ => None,
    }
}

impl Finder {
    fn written(&mut self, table: &str, column: String, value: &Expr) {
        if let Some(n) = placeholder(value) {
            let table = table.to_owned();
            self.found.push((n, Target::Written { table, column }));
        }
    }

    fn compared(&mut self, left: &Expr, right: &Expr) {
        if let (Some(column), Some(n)) = (column(left), placeholder(right)) {
            self.found.push((n, Target::Compared { column }));
        }
    }
}

impl Visitor for Finder {
    type Break = ();

    fn pre_visit_statement(&mut self, statement: &Statement) -> ControlFlow<()> {
        match statement {
            Statement::Insert(insert) => {
                let TableObject::TableName(table) = &insert.table else {
                    return ControlFlow::Continue(());
                };
                let table = name(table);
                let first_row = insert
                    .source
                    .as_deref()
                    .and_then(|q| match q.body.as_ref() {
                        SetExpr::Values(values) => values.rows.first().map(|row| &row.content),
                        _ => None,
                    });
                for (column, value) in insert.columns.iter().zip(first_row.into_iter().flatten()) {
                    self.written(&table, name(column), value);
                }
            }
            Statement::Update(update) => {
                let TableFactor::Table { name: table, .. } = &update.table.relation else {
                    return ControlFlow::Continue(());
                };
                let table = name(table);
                for assignment in &update.assignments {
                    if let AssignmentTarget::ColumnName(column) = &assignment.target {
                        self.written(&table, name(column), &assignment.value);
                    }
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        if let Some(LimitClause::LimitOffset { limit, offset, .. }) = &query.limit_clause {
            if let Some(n) = limit.as_ref().and_then(placeholder) {
                self.found.push((n, Target::Limit));
            }
            if let Some(n) = offset.as_ref().and_then(|o| placeholder(&o.value)) {
                self.found.push((n, Target::Offset));
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        match expr {
            Expr::BinaryOp { left, op, right } if compares(op) => self.compared(left, right),
            Expr::Like { expr, pattern, .. } | Expr::ILike { expr, pattern, .. } => {
                self.compared(expr, pattern)
            }
            Expr::AnyOp { left, right, .. } => self.compared(left, right),
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

/// The operators a parameter is compared with a column by: equality and order, array
/// overlap and containment.
fn compares(op: &BinaryOperator) -> bool {
    matches!(
        op,
        BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq
            | BinaryOperator::PGOverlap
            | BinaryOperator::AtArrow
            | BinaryOperator::ArrowAt
    )
}

#[cfg(test)]
mod tests {
    use super::Target::{self, *};

    fn targets(sql: &str) -> Vec<(u32, Target)> {
        crate::analysis::analyse(sql).parameter_targets().unwrap()
    }

    fn written(table: &str, column: &str) -> Target {
        Written {
            table: table.into(),
            column: column.into(),
        }
    }

    fn compared(column: &str) -> Target {
        Compared {
            column: column.into(),
        }
    }

    #[test]
    fn each_parameter_and_what_it_is_put_against() {
        assert_eq!(
            targets(
                "UPDATE books SET title = $1, tags = $2::text[] WHERE book_id = $3 AND b.isbn = $4"
            ),
            [
                (1, written("books", "title")),
                (2, written("books", "tags")),
                (3, compared("book_id")),
                (4, compared("isbn")),
            ]
        );
        assert_eq!(
            targets(
                "INSERT INTO public.Venue (slug, \"Name\", created_at, tags) VALUES ($1, $2, NOW(), $3::text[]) RETURNING id"
            ),
            [
                (1, written("public.venue", "slug")),
                (2, written("public.venue", "Name")),
                (3, written("public.venue", "tags")),
            ]
        );
        assert_eq!(
            targets(
                "SELECT * FROM t WHERE name ILIKE $1 AND id = ANY($2) AND tags && $3 LIMIT $4 OFFSET $5"
            ),
            [
                (4, Limit),
                (5, Offset),
                (1, compared("name")),
                (2, compared("id")),
                (3, compared("tags")),
            ]
        );
        // What reading the text by hand missed: `SET` on its own line, a quoted column, an
        // `INSERT` inside a CTE.
        assert_eq!(
            targets("UPDATE users\nSET shirt_size = $1\nWHERE \"deviceId\" = $2"),
            [
                (1, written("users", "shirt_size")),
                (2, compared("deviceId"))
            ]
        );
        assert_eq!(
            targets("WITH cc AS (INSERT INTO codes (test_id) VALUES ($1) RETURNING 1) SELECT 1"),
            [(1, written("codes", "test_id"))]
        );
        // A value computed from a parameter is not the parameter; a literal compared is none.
        assert_eq!(
            targets("INSERT INTO a (x, y) VALUES (lower($1), $2 + 1)"),
            []
        );
        assert_eq!(targets("SELECT $1::int + 1 WHERE 2 = $2"), []);
    }
}
