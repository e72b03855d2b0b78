#![deny(missing_docs)]
//! PostgreSQL text handling shared by `prepared`'s macros and test harness: the `@name`
//! lexer and rewriter, the compile-time syntax check and error excerpts.
//!
//! This crate is an implementation detail of `prepared`, not a public API: its items may
//! change in any release. It is pure (no I/O) so that the proc-macro stays free of the
//! database and network.
//!
//! ```
//! // What `#[prepared("…", params(id: i64))]` checks at compile time:
//! let checked = prepared_sql::check("SELECT * FROM users WHERE id = @id", &["id"], true);
//! assert_eq!(checked.rewritten.sql, "SELECT * FROM users WHERE id = $1");
//! assert!(checked.rewritten.problems.is_empty() && checked.syntax.is_none());
//!
//! let typo = prepared_sql::check("SELECT * FORM users WHERE id = @id", &["id"], true);
//! assert!(typo.syntax.is_some());
//! ```

pub mod analysis;
mod builtin;
pub mod comment;
pub mod copy;
#[cfg(feature = "pg-grammar")]
pub mod exact;
pub mod excerpt;
pub mod grammar;
pub mod guard;
pub mod keywords;
pub mod lexer;
mod located;
pub mod nullability;
pub mod offsets;
pub mod prepass;
pub mod readonly;
mod rewritten;
pub mod roles;
pub mod schemas;
pub mod syntax;
pub mod targets;
pub mod template;
mod utility;
mod words;

pub use builtin::Builtin;
pub use comment::comment_value;
pub use lexer::cast_after;
pub use rewritten::{Problem, Replacement, Rewritten, Slot};
pub use template::rewrite;

/// What a syntax error adds about the parser that found it, and the way out.
#[cfg(not(feature = "pg-grammar"))]
pub const PARSER_NOTE: &str = "(the compile-time parser is sqlparser, which rejects some valid PostgreSQL; \
     if PostgreSQL accepts this statement, add `unchecked_syntax` to its `#[prepared(..)]` and the test harness still proves it)";
/// What a syntax error adds about the parser that found it, and the way out.
#[cfg(feature = "pg-grammar")]
pub const PARSER_NOTE: &str = "(checked with PostgreSQL 18's grammar through libpg_query, feature `pg-grammar`; \
     if your server accepts this statement, add `unchecked_syntax` to its `#[prepared(..)]` and the test harness still proves it)";

/// Everything the compile-time check finds in one statement.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The `$n` SQL, its position map and the rewriter's problems.
    pub rewritten: Rewritten,
    /// The syntax error, located in the `@name` source, when the syntax was checked.
    pub syntax: Option<SourceSyntaxError>,
    /// The parts that modify every row of a table, offsets in the `$n` SQL; read from the
    /// syntax check's parse, so empty when the syntax was not checked or is wrong.
    pub every_row: Vec<guard::EveryRow>,
    /// Why the `$n` SQL needs the primary ([`readonly::primary_only`]), when the syntax
    /// check's tokens could tell; `None` when they could not (a caller tokenizes again).
    pub primary_only: Option<Option<String>>,
}

/// A syntax error mapped back to the SQL as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSyntaxError {
    /// What is wrong.
    pub message: String,
    /// Byte offset in the source SQL, when known.
    pub offset: Option<usize>,
}

/// Rewrites `source` and, unless `check_syntax` is false or the rewrite already failed,
/// parses the result with sqlparser's PostgreSQL dialect.
///
/// ```
/// // The every-row guard reads the parse: an UPDATE without WHERE.
/// let checked = prepared_sql::check("UPDATE users SET active = @active", &["active"], true);
/// assert_eq!(checked.every_row.len(), 1);
/// ```
pub fn check(source: &str, declared: &[&str], check_syntax: bool) -> Checked {
    let params: Vec<template::Param<'_>> =
        declared.iter().map(|d| template::Param::value(d)).collect();
    check_variant(&template::Template::new(source, &params), 0, check_syntax)
}

/// [`check`] for one variant of a template.
pub fn check_variant(
    template: &template::Template<'_>,
    index: usize,
    check_syntax: bool,
) -> Checked {
    let rewritten = template.rewrite(index);
    // An undeclared `@word` is still in the text, where it reads as an operator: the parser
    // would only report the same mistake again.
    if !check_syntax || template.lexically_broken() {
        return Checked {
            rewritten,
            syntax: None,
            every_row: Vec::new(),
            primary_only: None,
        };
    }
    // PostgreSQL's own grammar needs no pre-pass; the guard still reads sqlparser's tree.
    #[cfg(feature = "pg-grammar")]
    let (parsed, every_row, primary_only) = match exact::parse(&rewritten.sql) {
        Ok(n) => {
            let analysis = analysis::analyse(&rewritten.sql);
            (Ok(n), analysis.every_row, analysis.primary_only)
        }
        Err(e) => (Err(e), Vec::new(), None),
    };
    #[cfg(not(feature = "pg-grammar"))]
    let (parsed, every_row, primary_only) = {
        let analysis = analysis::analyse(&rewritten.sql);
        (analysis.syntax, analysis.every_row, analysis.primary_only)
    };
    let syntax = match parsed {
        Ok(1) => None,
        // The lexer already reports several statements (and a lone comment parses as zero).
        Ok(0) => Some(SourceSyntaxError {
            message: "the SQL holds no statement".into(),
            offset: None,
        }),
        Ok(_) => None,
        Err(e) => Some(SourceSyntaxError {
            message: e.message,
            offset: e.offset.map(|o| rewritten.to_source(o)),
        }),
    };
    let every_row = if syntax.is_none() {
        every_row
    } else {
        Vec::new()
    };
    Checked {
        rewritten,
        syntax,
        every_row,
        primary_only,
    }
}
