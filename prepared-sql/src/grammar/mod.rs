//! What PostgreSQL's grammar forbids and sqlparser lets through, checked on sqlparser's
//! tree and tokens after a successful parse:
//!
//! - a reserved keyword used as a name (a table, column, function, alias, CTE, …) unless
//!   quoted; after a `.`, after `AS` in a select list, and as a bare column label where
//!   PostgreSQL allows it, a reserved keyword is a label and fine;
//! - a reserved keyword twice in a row (`SELECT SELECT`, `FROM FROM`);
//! - `INSERT` without `INTO`, `DELETE` without `FROM` (MERGE's actions are other nodes);
//! - an alias after `*`.
//!
//! sqlparser accepts all of these because it lets any keyword be an identifier.

use crate::keywords::{is_value_keyword, reserved};
use crate::located::{SyntaxError, offset_of};
use sqlparser::ast::{
    Delete, Expr, FromTable, Ident, Insert, ObjectName, ObjectNamePart, SelectItem, Statement,
    Visit, Visitor,
};
use sqlparser::tokenizer::{Location, Token, TokenWithSpan, Whitespace};
use std::collections::HashSet;
use std::ops::ControlFlow;

/// The first violation in `statements`, parsed from `sql`, with its byte offset in `sql`.
pub fn check(sql: &str, statements: &[Statement], tokens: &[TokenWithSpan]) -> Option<SyntaxError> {
    let mut rules = Rules {
        sql,
        labels: HashSet::new(),
        targets: HashSet::new(),
        found: None,
        scopes: Vec::new(),
    };
    for statement in statements {
        if let ControlFlow::Break(()) = statement.visit(&mut rules) {
            break;
        }
    }
    let tree = rules.found;
    let dml = statements.iter().all(|s| {
        matches!(
            s,
            Statement::Query(_)
                | Statement::Insert(_)
                | Statement::Update(_)
                | Statement::Delete(_)
        )
    });
    let doubled = doubled_keyword(sql, tokens)
        .or_else(|| dml.then(|| postfix_not_null(sql, tokens)).flatten());
    // Report whichever comes first in the text.
    match (tree, doubled) {
        (Some(a), Some(b)) => Some(if b.offset <= a.offset { b } else { a }),
        (a, b) => a.or(b),
    }
}

struct Rules<'a> {
    sql: &'a str,
    /// Start locations of identifiers that stand where PostgreSQL takes any keyword.
    labels: HashSet<(u64, u64)>,
    /// Start locations of the tables an `UPDATE` or `DELETE` writes: names, never the
    /// value functions a `FROM` may call.
    targets: HashSet<(u64, u64)>,
    found: Option<SyntaxError>,
    /// For each enclosing statement or query, whether names are checked in it. Utility
    /// statements take keywords as option names and values (`SET x TO on`,
    /// `EXPLAIN (ANALYZE)`, `GRANT … TO CURRENT_USER`, `DEALLOCATE ALL`) that sqlparser
    /// keeps as identifiers; a query inside them is checked again.
    scopes: Vec<bool>,
}

/// Whether names in `statement` (outside any query it holds) are checked.
fn names_checked(statement: &Statement) -> bool {
    !matches!(
        statement,
        Statement::Set(_)
            | Statement::ShowVariable { .. }
            | Statement::ShowVariables { .. }
            | Statement::Reset(_)
            | Statement::Grant(_)
            | Statement::Revoke(_)
            | Statement::Deallocate { .. }
            | Statement::Explain { .. }
            | Statement::Analyze(_)
            | Statement::Vacuum(_)
            | Statement::CreateTextSearch(_)
            | Statement::AlterTextSearch(_)
            | Statement::CreateCollation(_)
            | Statement::AlterCollation(_)
            | Statement::AlterTable(_)
    )
}

fn key(location: Location) -> (u64, u64) {
    (location.line, location.column)
}

impl Rules<'_> {
    fn offset(&self, location: Location) -> Option<usize> {
        offset_of(self.sql, location.line as usize, location.column as usize)
    }

    fn fail(&mut self, location: Location, message: String) -> ControlFlow<()> {
        self.found = Some(SyntaxError {
            message,
            offset: self.offset(location),
        });
        ControlFlow::Break(())
    }

    /// Marks the table a statement writes, whose name cannot be a value function.
    fn target(&mut self, relation: &sqlparser::ast::TableFactor) {
        if let sqlparser::ast::TableFactor::Table { name, .. } = relation
            && let [ObjectNamePart::Identifier(only)] = name.0.as_slice()
        {
            self.targets.insert(key(only.span.start));
        }
    }

    fn label(&mut self, ident: &Ident) {
        self.labels.insert(key(ident.span.start));
    }

    /// `a.b.c`: every part after the first is an attribute name, which may be any keyword.
    fn qualified(&mut self, name: &ObjectName) {
        for part in name.0.iter().skip(1) {
            if let ObjectNamePart::Identifier(ident) = part {
                self.label(ident);
            }
        }
    }

    /// Whether the word before byte `offset` (comments and whitespace skipped) is `AS`.
    fn after_as(&self, location: Location) -> bool {
        let Some(offset) = self.offset(location) else {
            return false;
        };
        let before = self.sql[..offset].trim_end();
        before.len() >= 2
            && before[before.len() - 2..].eq_ignore_ascii_case("as")
            && !before[..before.len() - 2]
                .bytes()
                .next_back()
                .is_some_and(crate::lexer::is_ident_char)
    }

    /// Keywords sqlparser keeps as names: `FROM ONLY t` (read as the table `ONLY` with the
    /// alias `t`), and an option's value `on` (`WITH (deduplicate_items = on)`).
    fn keyword_kept_as_name(&self, ident: &Ident) -> bool {
        let Some(offset) = self.offset(ident.span.start) else {
            return false;
        };
        if ident.value.eq_ignore_ascii_case("on") {
            return self.sql[..offset].trim_end().ends_with('=');
        }
        if !ident.value.eq_ignore_ascii_case("only") {
            return false;
        }
        let after = self.sql[offset + ident.value.len()..].trim_start();
        after
            .bytes()
            .next()
            .is_some_and(|b| crate::lexer::is_ident_start(b) || b == b'"')
    }

    /// Select-list and RETURNING items: aliases are column labels; `*` takes none.
    fn items(&mut self, items: &[SelectItem]) -> ControlFlow<()> {
        for item in items {
            match item {
                SelectItem::ExprWithAlias { alias, .. } => {
                    let bare_ok = reserved(&alias.value).is_none_or(|bare| bare);
                    if alias.quote_style.is_some() || bare_ok || self.after_as(alias.span.start) {
                        self.label(alias);
                    }
                }
                SelectItem::QualifiedWildcard(kind, _) => {
                    if let sqlparser::ast::SelectItemQualifiedWildcardKind::ObjectName(name) = kind
                    {
                        self.qualified(name);
                    }
                }
                SelectItem::Wildcard(options) => {
                    if let Some(alias) = &options.opt_alias {
                        return self.fail(
                            alias.span.start,
                            format!(
                                "PostgreSQL does not allow an alias after `*` (found `{}`)",
                                alias.value
                            ),
                        );
                    }
                }
                SelectItem::ExprWithAliases { aliases, .. } => {
                    for alias in aliases {
                        if self.after_as(alias.span.start) {
                            self.label(alias);
                        }
                    }
                }
                SelectItem::UnnamedExpr(_) => {}
            }
        }
        ControlFlow::Continue(())
    }
}

impl Visitor for Rules<'_> {
    type Break = ();

    fn post_visit_statement(&mut self, _: &Statement) -> ControlFlow<()> {
        self.scopes.pop();
        ControlFlow::Continue(())
    }

    fn pre_visit_query(&mut self, _: &sqlparser::ast::Query) -> ControlFlow<()> {
        self.scopes.push(true);
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _: &sqlparser::ast::Query) -> ControlFlow<()> {
        self.scopes.pop();
        ControlFlow::Continue(())
    }

    fn pre_visit_statement(&mut self, statement: &Statement) -> ControlFlow<()> {
        self.scopes.push(names_checked(statement));
        match statement {
            Statement::Insert(Insert {
                into: false,
                insert_token,
                ..
            }) => {
                return self.fail(
                    insert_token.0.span.start,
                    "PostgreSQL requires `INTO` after `INSERT`".into(),
                );
            }
            Statement::Insert(insert) => {
                if let Some(returning) = &insert.returning {
                    self.items(returning)?;
                }
            }
            // `DELETE t FROM …` (MySQL's multi-table form) or `DELETE t`.
            Statement::Delete(Delete {
                tables,
                from,
                delete_token,
                ..
            }) if !tables.is_empty() || matches!(from, FromTable::WithoutKeyword(_)) => {
                return self.fail(
                    delete_token.0.span.start,
                    "PostgreSQL requires `FROM` after `DELETE`".into(),
                );
            }
            Statement::Delete(delete) => {
                if let FromTable::WithFromKeyword(tables) = &delete.from {
                    for table in tables {
                        self.target(&table.relation);
                    }
                }
                if let Some(returning) = &delete.returning {
                    self.items(returning)?;
                }
            }
            // `PARTITION OF parent (b NOT NULL)`: sqlparser reads the option as b's type.
            Statement::CreateTable(table) => {
                for column in &table.columns {
                    if let sqlparser::ast::DataType::Custom(name, _) = &column.data_type {
                        for part in &name.0 {
                            if let ObjectNamePart::Identifier(ident) = part {
                                self.label(ident);
                            }
                        }
                    }
                }
            }
            Statement::Update(update) => {
                self.target(&update.table.relation);
                if let Some(returning) = &update.returning {
                    self.items(returning)?;
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_select(&mut self, select: &sqlparser::ast::Select) -> ControlFlow<()> {
        // `SELECT INTO t FROM x` (no target list) reaches sqlparser's tree as a column `INTO`.
        if let Some(
            SelectItem::UnnamedExpr(Expr::Identifier(first))
            | SelectItem::ExprWithAlias {
                expr: Expr::Identifier(first),
                ..
            },
        ) = select.projection.first()
            && first.value.eq_ignore_ascii_case("into")
        {
            self.label(first);
        }
        self.items(&select.projection)
    }

    fn pre_visit_table_factor(&mut self, factor: &sqlparser::ast::TableFactor) -> ControlFlow<()> {
        // `FROM user`, `FROM current_date`: value functions are table functions there;
        // the constants (`FROM NULL`) are not, nor is any in the table a statement writes.
        if let sqlparser::ast::TableFactor::Table { name, .. } = factor
            && let [ObjectNamePart::Identifier(only)] = name.0.as_slice()
            && is_value_keyword(&only.value)
            && !["null", "true", "false"].contains(&only.value.to_ascii_lowercase().as_str())
            && !self.targets.contains(&key(only.span.start))
        {
            self.label(only);
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_relation(&mut self, relation: &ObjectName) -> ControlFlow<()> {
        self.qualified(relation);
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        match expr {
            Expr::CompoundIdentifier(parts) => {
                for part in parts.iter().skip(1) {
                    self.label(part);
                }
            }
            // `VALUES (DEFAULT)` and `SET c = DEFAULT` reach sqlparser's tree as a name.
            Expr::Identifier(ident)
                if is_value_keyword(&ident.value)
                    || ident.value.eq_ignore_ascii_case("default") =>
            {
                self.label(ident)
            }
            Expr::Function(function) => {
                self.qualified(&function.name);
                if let Some(ObjectNamePart::Identifier(first)) = function.name.0.first()
                    && function.name.0.len() == 1
                    && function_keyword(&first.value)
                {
                    self.label(first);
                }
            }
            Expr::CompoundFieldAccess { root, access_chain } => {
                // `current_timestamp.x`: a value function has no fields; only a relation
                // or a parenthesised value does.
                if let Expr::Function(function) = root.as_ref()
                    && matches!(function.args, sqlparser::ast::FunctionArguments::None)
                    && let [ObjectNamePart::Identifier(only)] = function.name.0.as_slice()
                    && is_value_keyword(&only.value)
                {
                    let word = only.value.to_ascii_lowercase();
                    return self.fail(
                        only.span.start,
                        format!("`{word}` is a value, not a relation: it has no fields to select"),
                    );
                }
                for access in access_chain {
                    if let sqlparser::ast::AccessExpr::Dot(Expr::Identifier(field)) = access {
                        self.label(field);
                    }
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_ident(&mut self, ident: &Ident) -> ControlFlow<()> {
        if self.scopes.last() == Some(&false)
            || ident.quote_style.is_some()
            || ident.span.start.line == 0
            || self.labels.contains(&key(ident.span.start))
            || reserved(&ident.value).is_none()
        {
            return ControlFlow::Continue(());
        }
        // sqlparser keeps some keyword constructs as identifiers; only a name the user
        // typed, at the place the span says, counts.
        let typed = self
            .offset(ident.span.start)
            .and_then(|o| self.sql.get(o..o + ident.value.len()))
            .is_some_and(|t| t.eq_ignore_ascii_case(&ident.value));
        if !typed || self.keyword_kept_as_name(ident) {
            return ControlFlow::Continue(());
        }
        let word = ident.value.to_ascii_lowercase();
        self.fail(
            ident.span.start,
            format!(
                "`{word}` is a reserved keyword in PostgreSQL and cannot be a name here; quote it (\"{word}\") if it is one"
            ),
        )
    }
}

/// Reserved keywords that PostgreSQL's grammar accepts in a function call's place
/// (`ARRAY(SELECT …)`, `ANY(…)`, `CURRENT_TIMESTAMP(3)`, …).
fn function_keyword(word: &str) -> bool {
    is_value_keyword(word)
        || ["any", "some", "all", "array", "cast", "variadic"]
            .contains(&word.to_ascii_lowercase().as_str())
}

/// `x NOT NULL` in a query or DML: PostgreSQL has `x IS NOT NULL` and `x NOTNULL`, and
/// `NOT NULL` only as a constraint or as `NOT` applied to `NULL` after a keyword
/// (`WHERE NOT NULL`); after a value it is a mistake sqlparser takes.
fn postfix_not_null(sql: &str, tokens: &[TokenWithSpan]) -> Option<SyntaxError> {
    let code: Vec<&TokenWithSpan> = tokens
        .iter()
        .filter(|t| crate::words::is_code(&t.token))
        .collect();
    let is = |t: &TokenWithSpan, w: &str| matches!(&t.token, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    code.windows(3).find_map(|w| {
        // The words first: most windows are not `NOT NULL`, and judging what precedes
        // looks a keyword up.
        if !(is(w[1], "not") && is(w[2], "null")) {
            return None;
        }
        let ends_value = match &w[0].token {
            // Not a keyword that an expression follows (`IS`, `LIKE`: not reserved).
            Token::Word(x) => {
                x.quote_style.is_some()
                    || reserved(&x.value).is_none()
                        && !["is", "like", "ilike", "similar", "overlaps"]
                            .contains(&x.value.to_ascii_lowercase().as_str())
            }
            Token::RParen | Token::Number(..) | Token::SingleQuotedString(_) => true,
            _ => false,
        };
        ends_value.then(|| SyntaxError {
            message: "PostgreSQL has no postfix `NOT NULL`: write `IS NOT NULL`".into(),
            offset: offset_of(
                sql,
                w[1].span.start.line as usize,
                w[1].span.start.column as usize,
            ),
        })
    })
}

/// A reserved keyword right after itself, outside literals and comments. Exempt: `AS AS`
/// (`x AS "as"` needs no quotes), `NOT NOT`, `CASE CASE` and `END END` (nested), and value
/// keywords, which may be a bare label after themselves (`SELECT null null`).
fn doubled_keyword(sql: &str, tokens: &[TokenWithSpan]) -> Option<SyntaxError> {
    let words = tokens.iter().filter(|t| {
        !matches!(
            t.token,
            Token::Whitespace(
                Whitespace::Space
                    | Whitespace::Newline
                    | Whitespace::Tab
                    | Whitespace::SingleLineComment { .. }
                    | Whitespace::MultiLineComment(_)
            )
        )
    });
    let mut previous: Option<&sqlparser::tokenizer::Word> = None;
    let mut after_period = false;
    for token in words {
        let Token::Word(word) = &token.token else {
            previous = None;
            after_period = token.token == Token::Period;
            continue;
        };
        if std::mem::take(&mut after_period) {
            // `t.from`: a label, not a keyword.
            previous = None;
            continue;
        }
        if let Some(before) = previous
            && word.quote_style.is_none()
            && before.quote_style.is_none()
            && word.value.eq_ignore_ascii_case(&before.value)
            && reserved(&word.value).is_some()
            && !is_value_keyword(&word.value)
            && !["as", "not", "case", "end"].contains(&word.value.to_ascii_lowercase().as_str())
        {
            return Some(SyntaxError {
                message: format!("`{}` twice in a row", word.value.to_ascii_uppercase()),
                offset: offset_of(
                    sql,
                    token.span.start.line as usize,
                    token.span.start.column as usize,
                ),
            });
        }
        previous = Some(word);
    }
    None
}

#[cfg(test)]
mod tests;
