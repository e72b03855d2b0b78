//! A syntax error and where it is: what the syntax check, PostgreSQL's grammar rules and
//! the exact grammars of utility statements all report.

/// A syntax error in the `$n` SQL, with sqlparser's message and, when it gave one, the
/// byte offset of the error in the SQL it parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The parser's message.
    pub message: String,
    /// Byte offset in the source SQL, when known.
    pub offset: Option<usize>,
}

/// Byte offset of 1-based `line` and character `column`.
pub fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line == 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let rest = &text[start..];
    let within = rest
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(rest.len()))
        .nth(column.checked_sub(1)?)?;
    Some(start + within)
}
