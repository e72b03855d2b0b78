//! The compile-time syntax check: sqlparser with the PostgreSQL dialect, then the rules of
//! PostgreSQL's grammar that sqlparser does not enforce (`grammar`).

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{TokenWithSpan, Tokenizer};

pub use crate::located::{SyntaxError, offset_of};

/// Parses `sql` (the `$n` form) and returns how many statements it holds.
pub fn parse(sql: &str) -> Result<usize, SyntaxError> {
    check_parsed(sql, &parse_tokens(sql)?)
}

/// What sqlparser made of a statement: its tokens and its tree.
pub(crate) struct Parsed {
    pub tokens: Vec<TokenWithSpan>,
    pub statements: Vec<sqlparser::ast::Statement>,
}

/// The rules of PostgreSQL's grammar that sqlparser does not enforce, on what sqlparser
/// parsed from `sql`: how many statements there are, or the first rule broken.
pub(crate) fn check_parsed(sql: &str, parsed: &Parsed) -> Result<usize, SyntaxError> {
    match crate::grammar::check(sql, &parsed.statements, &parsed.tokens) {
        Some(error) => Err(error),
        None => Ok(parsed.statements.len()),
    }
}

/// sqlparser alone, without the grammar rules: what the check was before them, for
/// measurements.
pub fn parse_sqlparser(sql: &str) -> Result<Vec<sqlparser::ast::Statement>, SyntaxError> {
    parse_tokens(sql).map(|parsed| parsed.statements)
}

/// Tokenizes `sql` once, for the parser and for the grammar's checks of the tokens
/// (tokenizing twice was about 8% of the macro's time on a 500-statement registry).
pub(crate) fn parse_tokens(sql: &str) -> Result<Parsed, SyntaxError> {
    let dialect = PostgreSqlDialect {};
    let parsed = Tokenizer::new(&dialect, sql)
        .tokenize_with_location()
        .map_err(ParserError::from)
        .and_then(|tokens| {
            // The parser hands its tokens back: a copy of them cost the unoptimised macros
            // a tenth of the parse.
            let mut parser = Parser::new(&dialect).with_tokens_with_locations(tokens);
            let statements = parser.parse_statements()?;
            Ok(Parsed {
                tokens: parser.into_tokens(),
                statements,
            })
        });
    parsed.map_err(|e| {
        let text = match e {
            ParserError::TokenizerError(m) | ParserError::ParserError(m) => m,
            ParserError::RecursionLimitExceeded => "nesting too deep for the parser".into(),
        };
        split_location(sql, &text)
    })
}

/// sqlparser appends ` at Line: L, Column: C` (1-based, columns in characters).
fn split_location(sql: &str, text: &str) -> SyntaxError {
    let Some(idx) = text.rfind(" at Line: ") else {
        // sqlparser gives no location when the statement ends too early.
        let offset = text.ends_with("found: EOF").then_some(sql.trim_end().len());
        let message = text.replace("found: EOF", "found: the end of the statement");
        return SyntaxError {
            message: lowercase_first(&message),
            offset,
        };
    };
    let loc = &text[idx + " at Line: ".len()..];
    let mut parts = loc.split(", Column: ");
    let line = parts.next().and_then(|l| l.trim().parse::<usize>().ok());
    let column = parts.next().and_then(|c| c.trim().parse::<usize>().ok());
    let offset = line.zip(column).and_then(|(l, c)| offset_of(sql, l, c));
    let message = if offset.is_some() { &text[..idx] } else { text };
    let message = message.replace("found: EOF", "found: the end of the statement");
    SyntaxError {
        message: lowercase_first(&message),
        offset,
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_location() {
        let e = parse("SELECT *\nFROM t WHERE )").unwrap_err();
        assert_eq!(e.offset, Some("SELECT *\nFROM t WHERE ".len()), "{e:?}");
        assert!(e.message.starts_with("expected"), "{}", e.message);
        assert_eq!(parse("SELECT $1::int; SELECT 2").unwrap(), 2);
    }
}
