//! What a rewrite gives: the `$n` SQL PostgreSQL prepares, what each `$n` binds, how its
//! offsets map back to the `@name` SQL, and the problems found on the way.

use crate::offsets::{self, Edit};

/// One problem found in a statement's SQL, located in the SQL as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `@word` where `word` is not a declared parameter.
    Undeclared {
        /// Byte offset of the `@`.
        at: usize,
        /// The undeclared word.
        name: String,
        /// The declared parameters.
        declared: Vec<String>,
    },
    /// A declared parameter that the SQL never uses.
    Unused {
        /// The parameter's name.
        name: String,
    },
    /// A positional `$n` in SQL that uses named parameters.
    Positional {
        /// Byte offset of the `$`.
        at: usize,
        /// The `$n` as written.
        text: String,
    },
    /// A second statement after a top-level `;`.
    MultipleStatements {
        /// Byte offset of the second statement.
        at: usize,
    },
    /// A literal or comment that never ends.
    Unterminated {
        /// Byte offset where it opened.
        at: usize,
        /// What it is.
        what: &'static str,
    },
    /// A malformed optional fragment (`{@flag: ..}`).
    Fragment {
        /// Byte offset of the fragment.
        at: usize,
        /// What is wrong with it.
        message: String,
    },
}

impl Problem {
    /// Byte offset in the source SQL, when the problem has one.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Problem::Undeclared { at, .. }
            | Problem::Positional { at, .. }
            | Problem::MultipleStatements { at }
            | Problem::Unterminated { at, .. }
            | Problem::Fragment { at, .. } => Some(*at),
            Problem::Unused { .. } => None,
        }
    }

    /// The message, lowercase and without the statement name (the caller adds it).
    pub fn message(&self) -> String {
        match self {
            Problem::Undeclared { name, declared, .. } => {
                let list = if declared.is_empty() {
                    "no parameters are declared".to_owned()
                } else {
                    format!("declared: {}", declared.join(", "))
                };
                format!(
                    "`@{name}` is not a declared parameter ({list}); declare it in `params({name}: Type)`, \
                     or write `@ {name}` with a space for the absolute-value operator"
                )
            }
            Problem::Unused { name } => {
                format!("parameter `{name}` is declared but the SQL never uses `@{name}`")
            }
            Problem::Positional { text, .. } => format!(
                "positional parameter `{text}` in a statement with named parameters; write `@name` and declare it in `params(..)`"
            ),
            Problem::MultipleStatements { .. } => {
                "more than one SQL statement; a prepared statement holds exactly one".to_owned()
            }
            Problem::Unterminated { what, .. } => format!("unterminated {what}"),
            Problem::Fragment { message, .. } => message.clone(),
        }
    }
}

/// A replaced span: `@name` became `$n`, or a chosen fragment its text, or an optional
/// fragment or its braces nothing; `edit` is how offsets map back through it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replacement {
    /// Where in the source, how long, and how long its replacement is.
    pub edit: Edit,
    /// Byte offset of the replacement in the output.
    pub output: usize,
    /// The bound value, when this became `$n`: `$n` is `slot + 1`.
    pub slot: Option<usize>,
}

/// A value a statement binds: a declared parameter, or one field of a rows parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Index of the declared parameter.
    pub param: usize,
    /// The field of a rows parameter (`@rows.sku`).
    pub field: Option<String>,
}

/// The result of rewriting: the `$n` SQL and how its offsets map back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewritten {
    /// The SQL with `$n` parameters.
    pub sql: String,
    /// Where each `@name` became a `$n`, in order.
    pub replacements: Vec<Replacement>,
    /// What is wrong with the SQL; empty when nothing is.
    pub problems: Vec<Problem>,
    /// What `$1`, `$2`, … bind, in order.
    pub slots: Vec<Slot>,
}

impl Rewritten {
    /// Maps a byte offset in the `$n` SQL to the byte offset in the `@name` SQL.
    /// An offset inside a `$n` maps to the start of its `@name`.
    pub fn to_source(&self, output: usize) -> usize {
        offsets::to_source(self.replacements.iter().map(|r| r.edit), output)
    }
}
