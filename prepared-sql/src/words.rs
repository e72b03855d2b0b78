//! A statement's tokens as sqlparser's tokenizer reads them, for the modules that read
//! names out of SQL (`roles`, `readonly`): one tokenizing, one folding rule (for tokens and
//! for a parse's identifiers: `nullability`, `targets`).

use sqlparser::ast::Ident;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer, Word};

/// The tokens of `sql` without whitespace and comments; `None` when it cannot be read.
pub(crate) fn code(sql: &str) -> Option<Vec<Token>> {
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, sql).tokenize().ok()?;
    Some(tokens.into_iter().filter(is_code).collect())
}

/// Whether `token` is code: neither whitespace nor a comment (which sqlparser's tokenizer
/// gives as whitespace).
pub(crate) fn is_code(token: &Token) -> bool {
    !matches!(token, Token::Whitespace(_))
}

/// An identifier of a parse as PostgreSQL folds it (see [`fold`]).
pub(crate) fn fold_ident(ident: &Ident) -> String {
    match ident.quote_style {
        Some(_) => ident.value.clone(),
        None => ident.value.to_lowercase(),
    }
}

/// A name as PostgreSQL folds it: unquoted names lowercased, quoted ones as written.
pub(crate) fn fold(word: &Word) -> String {
    match word.quote_style {
        Some(_) => word.value.clone(),
        None => word.value.to_lowercase(),
    }
}
