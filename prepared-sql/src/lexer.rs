//! A scanner that knows just enough of PostgreSQL's lexical grammar to find `@name`
//! parameters, positional `$n` parameters and top-level semicolons without ever looking
//! inside string literals, quoted identifiers, dollar quotes or comments.
//!
//! It follows `src/backend/parser/scan.l` with `standard_conforming_strings = on`, the
//! default since PostgreSQL 9.1 and the only setting under which prepared statements are
//! checked.

/// Something the scanner found outside literals and comments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// `@word` where `@` starts the token: `at` is the byte offset of `@`, `word` the
    /// identifier after it. `glued` is true when `@` directly follows an operator
    /// character, so PostgreSQL would read it as part of a longer operator (`<@x`).
    At {
        /// Byte offset of the `@`.
        at: usize,
        /// The identifier after `@`.
        word: String,
        /// Whether `@` directly follows an operator character.
        glued: bool,
    },
    /// A positional parameter `$n` at `at`, `len` bytes long.
    Positional {
        /// Byte offset of the `$`.
        at: usize,
        /// Its length in bytes.
        len: usize,
    },
    /// A `;` outside any literal or comment.
    Semicolon {
        /// Byte offset of the `;`.
        at: usize,
    },
    /// Any other code (not whitespace, not a comment) at `at`.
    Code {
        /// Byte offset of the code.
        at: usize,
    },
}

/// An unterminated construct, reported with the offset where it opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unterminated {
    /// Byte offset where the construct opened.
    pub at: usize,
    /// What it is ("string literal", "block comment", …).
    pub what: &'static str,
}

pub(crate) fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

pub(crate) fn is_ident_char(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'$'
}

/// PostgreSQL's `op_chars`.
pub(crate) fn is_op_char(b: u8) -> bool {
    b"~!@#^&|`?+-*/%<>=".contains(&b)
}

/// Where the first code of `sql` starts, past whitespace and comments: `None` when there
/// is none, or a comment before it never ends. What [`scan`]'s first token gives, without
/// scanning the rest.
pub fn first_code(sql: &str) -> Option<usize> {
    let s = sql.as_bytes();
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'-' if s.get(i + 1) == Some(&b'-') => i = skip_line_comment(s, i),
            b'/' if s.get(i + 1) == Some(&b'*') => i = skip_block_comment(s, i).ok()?,
            b if b.is_ascii_whitespace() => i += 1,
            _ => return Some(i),
        }
    }
    None
}

/// Past the `--` comment at `i`: after its newline, or the end.
fn skip_line_comment(s: &[u8], i: usize) -> usize {
    s[i..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(s.len(), |p| i + p + 1)
}

/// Scans `sql` and returns the interesting tokens in order.
pub fn scan(sql: &str) -> Result<Vec<Token>, Unterminated> {
    let s = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        let prev = if i == 0 { None } else { Some(s[i - 1]) };
        let after_ident = prev.is_some_and(is_ident_char);
        match b {
            b'-' if s.get(i + 1) == Some(&b'-') => i = skip_line_comment(s, i),
            b'/' if s.get(i + 1) == Some(&b'*') => i = skip_block_comment(s, i)?,
            b'\'' => {
                let extended = i >= 1
                    && matches!(s[i - 1], b'E' | b'e')
                    && (i < 2 || !is_ident_char(s[i - 2]));
                out.push(Token::Code { at: i });
                i = skip_string(s, i, extended)?;
            }
            b'"' => {
                out.push(Token::Code { at: i });
                i = skip_quoted(s, i, b'"', "quoted identifier")?;
            }
            b'$' if !after_ident => {
                if let Some(end) = dollar_tag_end(s, i) {
                    out.push(Token::Code { at: i });
                    let tag = &s[i..end];
                    let body = end;
                    let close = find(s, body, tag).ok_or(Unterminated {
                        at: i,
                        what: "dollar-quoted string",
                    })?;
                    i = close + tag.len();
                } else if s.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    let len = 1 + s[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                    out.push(Token::Positional { at: i, len });
                    i += len;
                } else {
                    out.push(Token::Code { at: i });
                    i += 1;
                }
            }
            b'@' if s.get(i + 1).copied().is_some_and(is_ident_start) => {
                let start = i + 1;
                let len = s[start..].iter().take_while(|&&c| is_ident_char(c)).count();
                let word = sql[start..start + len].to_owned();
                let glued = prev.is_some_and(is_op_char);
                out.push(Token::At { at: i, word, glued });
                i = start + len;
            }
            b';' => {
                out.push(Token::Semicolon { at: i });
                i += 1;
            }
            _ if b.is_ascii_whitespace() => i += 1,
            _ if is_ident_start(b) || b.is_ascii_digit() => {
                out.push(Token::Code { at: i });
                // Identifiers and numbers are consumed whole so that `$` and `'` inside
                // them (`a$b`, `E'…'` after a keyword) are judged by what precedes them.
                let len = s[i..]
                    .iter()
                    .take_while(|&&c| is_ident_char(c) || c == b'.' && b.is_ascii_digit())
                    .count();
                // A quote right after is left to the string arm, which checks for `E`.
                i += len.max(1);
            }
            _ => {
                out.push(Token::Code { at: i });
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Past the block comment opened at `start` (comments nest, as in PostgreSQL).
pub(crate) fn skip_block_comment(s: &[u8], start: usize) -> Result<usize, Unterminated> {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < s.len() {
        match (s[i], s[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Ok(i);
                }
            }
            _ => i += 1,
        }
    }
    Err(Unterminated {
        at: start,
        what: "block comment",
    })
}

/// Skips a `'…'` literal, including continuation segments (`'a'\n'b'`), returning the
/// offset after its closing quote.
fn skip_string(s: &[u8], start: usize, extended: bool) -> Result<usize, Unterminated> {
    let what = if extended {
        "escape string"
    } else {
        "string literal"
    };
    let mut i = start + 1;
    loop {
        match s.get(i) {
            None => return Err(Unterminated { at: start, what }),
            Some(b'\\') if extended => i += 2,
            Some(b'\'') if s.get(i + 1) == Some(&b'\'') => i += 2,
            Some(b'\'') => {
                i += 1;
                // PostgreSQL joins literals separated by whitespace that holds a newline.
                let ws = s[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_whitespace())
                    .count();
                if ws > 0 && s[i..i + ws].contains(&b'\n') && s.get(i + ws) == Some(&b'\'') {
                    i += ws + 1;
                    continue;
                }
                return Ok(i);
            }
            Some(_) => i += 1,
        }
    }
}

fn skip_quoted(s: &[u8], start: usize, q: u8, what: &'static str) -> Result<usize, Unterminated> {
    let mut i = start + 1;
    loop {
        match s.get(i) {
            None => return Err(Unterminated { at: start, what }),
            Some(&c) if c == q && s.get(i + 1) == Some(&q) => i += 2,
            Some(&c) if c == q => return Ok(i + 1),
            Some(_) => i += 1,
        }
    }
}

/// If a dollar-quote opening tag (`$$` or `$tag$`) starts at `i`, the offset after it.
fn dollar_tag_end(s: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    if s.get(j) == Some(&b'$') {
        return Some(j + 1);
    }
    if !s.get(j).copied().is_some_and(is_ident_start) {
        return None;
    }
    while let Some(&c) = s.get(j) {
        if c == b'$' {
            return Some(j + 1);
        }
        if !(is_ident_start(c) || c.is_ascii_digit()) {
            return None;
        }
        j += 1;
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_code_is_where_scan_finds_it() {
        for sql in [
            "COPY t FROM STDIN",
            "  \n\tcopy t",
            "-- load\nCOPY t",
            "/* a /* nested */ comment */ SELECT 1",
            "-- only a comment",
            "/* never closed",
            "",
            "   ",
            "'a' || 'b'",
            "SELECT 'never closed",
        ] {
            let scanned = scan(sql).ok().and_then(|tokens| {
                tokens.into_iter().find_map(|t| match t {
                    Token::Code { at } => Some(at),
                    _ => None,
                })
            });
            // An unterminated literal after the first code is `scan`'s to report.
            let expected = scanned.or_else(|| sql.find("SELECT"));
            assert_eq!(first_code(sql), expected, "{sql:?}");
        }
    }

    fn ats(sql: &str) -> Vec<String> {
        scan(sql)
            .unwrap()
            .into_iter()
            .filter_map(|t| match t {
                Token::At { word, .. } => Some(word),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn skips_literals_and_comments() {
        let sql = "SELECT '@a', E'\\'@b', U&'@c', \"@d\", $$@e$$, $t$ @f $t$, -- @g\n /* /* @h */ @i */ @j";
        assert_eq!(ats(sql), ["j"]);
    }

    #[test]
    fn operators_are_not_parameters() {
        assert!(ats("SELECT a @> b, a <@ b, a @@ b, j @? '$.a', @-@ s, @ x").is_empty());
        let toks = scan("a <@b").unwrap();
        assert!(
            toks.iter()
                .any(|t| matches!(t, Token::At { glued: true, .. }))
        );
    }

    #[test]
    fn dollar_in_identifier_is_not_a_quote() {
        assert_eq!(ats("SELECT a$b$ + @x, c$1"), ["x"]);
        assert!(
            !scan("SELECT c$1")
                .unwrap()
                .iter()
                .any(|t| matches!(t, Token::Positional { .. }))
        );
        assert!(
            scan("SELECT $1")
                .unwrap()
                .iter()
                .any(|t| matches!(t, Token::Positional { len: 2, .. }))
        );
    }

    #[test]
    fn string_continuation_keeps_escape_mode() {
        assert_eq!(ats("SELECT E'a'\n'\\'@x' , @y"), ["y"]);
        assert_eq!(ats("SELECT 'a' 'b' @y"), ["y"]);
    }

    #[test]
    fn unterminated_is_reported() {
        assert_eq!(scan("SELECT 'abc").unwrap_err().what, "string literal");
        assert_eq!(scan("SELECT /* /* */").unwrap_err().what, "block comment");
        assert_eq!(
            scan("SELECT $q$ x").unwrap_err().what,
            "dollar-quoted string"
        );
    }
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
        .rposition(|b| !is_op_char(b))
        .map_or(0, |i| i + 1);
    OPERATORS_ENDING_IN_AT.contains(&&source[start..=at])
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
