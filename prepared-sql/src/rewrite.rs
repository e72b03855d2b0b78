//! Turns `@name` SQL into the `$n` SQL that PostgreSQL prepares, and maps positions back.

use crate::lexer;
use crate::offsets::{self, Edit};
use crate::template::{Param, Template};

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

/// A replaced span: `@name` at `source` (length `source_len`) became `$n` at `output`,
/// or a chosen fragment, or nothing (an optional fragment or its braces left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replacement {
    /// Byte offset of the `@name` in the source.
    pub source: usize,
    /// Its length in bytes.
    pub source_len: usize,
    /// Byte offset of the `$n` in the output.
    pub output: usize,
    /// Its length in bytes.
    pub output_len: usize,
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
        let edits = self.replacements.iter().map(|r| Edit {
            source: r.source,
            source_len: r.source_len,
            output_len: r.output_len,
        });
        offsets::to_source(edits, output)
    }
}

/// Rewrites every `@name` whose `name` is in `declared` to `$n`, where `n` is the
/// 1-based position of `name` in `declared`; a name used twice binds one `$n`.
///
/// Text outside parameters is copied byte for byte. Problems are collected, not
/// returned early, so that a caller can report all of them at once. Optional fragments
/// (`{@flag: ..}`) are all left out: see [`Template`](crate::template::Template).
///
/// ```
/// let r = prepared_sql::rewrite("SELECT @a, @b, @a, '@not' -- @nor", &["a", "b"]);
/// assert_eq!(r.sql, "SELECT $1, $2, $1, '@not' -- @nor");
/// assert_eq!(r.replacements.len(), 3);
/// ```
pub fn rewrite(source: &str, declared: &[&str]) -> Rewritten {
    let params: Vec<Param<'_>> = declared.iter().map(|d| Param::value(d)).collect();
    Template::new(source, &params).rewrite(0)
}

/// PostgreSQL's operators whose name ends in `@` (`SELECT DISTINCT oprname FROM
/// pg_operator WHERE oprname LIKE '%@'`).
const OPERATORS_ENDING_IN_AT: [&str; 6] = ["<@", "@", "@-@", "@@", "@@@", "^@"];

/// Whether the `@` at `at`, glued to the operator characters before it, ends an operator
/// PostgreSQL knows (`tags<@ARRAY[..]`): then the word after it is an operand. Otherwise
/// (`notice_at=@p1`) PostgreSQL would read an operator that does not exist, and the word
/// is meant as a parameter.
pub(crate) fn ends_an_operator(source: &str, at: usize) -> bool {
    let start = source[..at]
        .bytes()
        .rposition(|b| !lexer::is_op_char(b))
        .map_or(0, |i| i + 1);
    OPERATORS_ENDING_IN_AT.contains(&&source[start..=at])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undeclared_name_glued_to_an_operator_is_a_parameter_gone_wrong() {
        let r = rewrite("UPDATE t SET notice_at=@p1 WHERE id=@id", &["id"]);
        assert_eq!(r.sql, "UPDATE t SET notice_at=@p1 WHERE id=$1");
        assert!(
            matches!(&r.problems[..], [Problem::Undeclared { name, at: 23, .. }] if name == "p1"),
            "{:?}",
            r.problems
        );
        // Declared, it binds as usual.
        let r = rewrite("UPDATE t SET notice_at=@p1", &["p1"]);
        assert_eq!(
            (r.sql.as_str(), r.problems.len()),
            ("UPDATE t SET notice_at=$1", 0)
        );
        // PostgreSQL's own operators ending in `@` keep their operand.
        for sql in [
            "SELECT 1 WHERE tags<@ARRAY['a']",
            "SELECT 1 WHERE doc@@query",
            "SELECT 1 WHERE name^@prefix",
        ] {
            assert!(rewrite(sql, &[]).problems.is_empty(), "{sql}");
        }
    }

    #[test]
    fn rewrites_declared_names_in_declared_order() {
        let r = rewrite("SELECT @b, @a::jsonb, @b", &["a", "b"]);
        assert_eq!(r.sql, "SELECT $2, $1::jsonb, $2");
        assert!(r.problems.is_empty());
        assert_eq!(
            r.to_source(r.sql.find("::").unwrap()),
            "SELECT @b, @a".len()
        );
        assert_eq!(r.to_source(r.sql.len()), "SELECT @b, @a::jsonb, @b".len());
        assert_eq!(r.to_source(8), 7);
    }

    #[test]
    fn reports_every_problem() {
        let r = rewrite("SELECT @x, $1; SELECT 1", &["a"]);
        let names: Vec<_> = r.problems.iter().map(std::mem::discriminant).collect();
        assert_eq!(names.len(), 4, "{:?}", r.problems);
        assert!(r.problems[0].message().contains("`@ x`"));
        assert!(r.problems[0].message().contains("declared: a"));
        assert!(matches!(r.problems[3], Problem::Unused { .. }));
    }

    #[test]
    fn trailing_semicolons_are_one_statement() {
        assert!(rewrite("SELECT 1;  -- done\n", &[]).problems.is_empty());
        assert!(rewrite("SELECT 1;;", &[]).problems.is_empty());
    }
}

/// The type of a `::type` cast written right after byte `end` of `source` (the end of a
/// parameter), normalised: lowercase, single spaces, modifiers dropped, `[]` kept.
/// `@at::timestamp with time zone` gives `timestamp with time zone`.
pub fn cast_after(source: &str, end: usize) -> Option<String> {
    let rest = source.get(end..)?.trim_start();
    let rest = rest.strip_prefix("::")?.trim_start();
    let word = |s: &str| -> usize {
        s.bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.')
            .count()
    };
    let len = word(rest);
    if len == 0 {
        return None;
    }
    let mut name = rest[..len].to_ascii_lowercase();
    let mut tail = &rest[len..];
    // The multi-word built-in type names.
    let continuations: &[&[&str]] = &[
        &["precision"],
        &["varying"],
        &["with", "time", "zone"],
        &["without", "time", "zone"],
    ];
    for words in continuations {
        let mut probe = tail;
        let mut matched = true;
        for w in *words {
            let t = probe.trim_start();
            let n = word(t);
            if n == 0 || !t[..n].eq_ignore_ascii_case(w) {
                matched = false;
                break;
            }
            probe = &t[n..];
        }
        if matched {
            for w in *words {
                name.push(' ');
                name.push_str(w);
            }
            tail = probe;
            break;
        }
    }
    let mut tail = tail.trim_start();
    if let Some(inner) = tail.strip_prefix('(') {
        tail = inner
            .split_once(')')
            .map_or("", |(_, after)| after)
            .trim_start();
    }
    while let Some(after) = tail.strip_prefix("[]") {
        name.push_str("[]");
        tail = after.trim_start();
    }
    Some(name)
}

#[cfg(test)]
mod cast_tests {
    use super::cast_after;

    #[test]
    fn reads_the_cast_after_a_parameter() {
        let sql = "SELECT @a::jsonb, @b::VARCHAR(32)[], @c :: timestamp with time zone, @d::double precision, @e, @f::public.mood";
        let after = |p: &str| cast_after(sql, sql.find(p).unwrap() + p.len());
        assert_eq!(after("@a").as_deref(), Some("jsonb"));
        assert_eq!(after("@b").as_deref(), Some("varchar[]"));
        assert_eq!(after("@c").as_deref(), Some("timestamp with time zone"));
        assert_eq!(after("@d").as_deref(), Some("double precision"));
        assert_eq!(after("@e"), None);
        assert_eq!(after("@f").as_deref(), Some("public.mood"));
    }
}
