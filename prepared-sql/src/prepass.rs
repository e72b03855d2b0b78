//! A narrow pre-pass before sqlparser: PostgreSQL constructs that sqlparser rejects are
//! rewritten to equivalents it accepts. Only the syntax check sees the result; the SQL sent
//! to PostgreSQL is never changed. Each rule matches keywords outside literals and comments.
//!
//! | PostgreSQL | parsed as |
//! |---|---|
//! | `FOR NO KEY UPDATE`, `FOR KEY SHARE` | `FOR UPDATE`, `FOR SHARE` |
//! | `BETWEEN SYMMETRIC`, `BETWEEN ASYMMETRIC` | `BETWEEN` |
//! | `f(VARIADIC x)` | `f(x)` |
//! | window frame `EXCLUDE CURRENT ROW / GROUP / TIES / NO OTHERS` | the frame without it |
//! | `x ISNULL`, `x NOTNULL` | `x IS NULL`, `x IS NOT NULL` |
//! | `TABLE t` | `SELECT * FROM t` |
//! | `ON CONFLICT (cols) WHERE predicate DO` (a partial unique index) | `ON CONFLICT (cols) DO` |
//! | `(composite).*` | `(composite).prepared_star` (read back as a wildcard: [`STAR`]) |
//! | `UPDATE t SET a[i] = v` | `UPDATE t SET a = v` |

use crate::lexer::{self, Token, is_ident_char};
use crate::offsets::{self, Edit};

/// What `(composite).*` is parsed as: a field of this name, which the outer-join analysis
/// takes for the wildcard it stands for.
pub const STAR: &str = "prepared_star";

/// SQL rewritten for the parser, with the edits that map its offsets back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepassed {
    /// The SQL handed to the parser.
    pub sql: String,
    /// What was replaced, in order.
    edits: Vec<Edit>,
}

impl Prepassed {
    /// `sql` as it is, for a parser that needs no pre-pass.
    pub fn unchanged(sql: &str) -> Self {
        Prepassed {
            sql: sql.to_owned(),
            edits: Vec::new(),
        }
    }

    /// Maps an offset of the rewritten SQL back to the original.
    pub fn to_original(&self, offset: usize) -> usize {
        offsets::to_source(self.edits.iter().copied(), offset)
    }
}

/// The words outside literals and comments, upper-cased, with their offsets.
fn words(sql: &str) -> Vec<(usize, String)> {
    let Ok(tokens) = lexer::scan(sql) else {
        return Vec::new();
    };
    tokens
        .into_iter()
        .filter_map(|t| match t {
            Token::Code { at } if sql.as_bytes()[at].is_ascii_alphabetic() => {
                let len = sql.as_bytes()[at..]
                    .iter()
                    .take_while(|&&b| is_ident_char(b))
                    .count();
                Some((at, sql[at..at + len].to_ascii_uppercase()))
            }
            _ => None,
        })
        .collect()
}

/// Rewrites the valid PostgreSQL that sqlparser rejects into equivalents it accepts, keeping an offset map.
pub fn prepass(sql: &str) -> Prepassed {
    let words = words(sql);
    let w = |i: usize| words.get(i).map(|(_, s)| s.as_str());
    let end = |i: usize| words[i].0 + words[i].1.len();
    // (start, end, replacement) in the original.
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    for i in 0..words.len() {
        match (w(i), w(i + 1), w(i + 2), w(i + 3)) {
            (Some("FOR"), Some("NO"), Some("KEY"), Some("UPDATE")) => {
                edits.push((words[i + 1].0, words[i + 3].0, ""))
            }
            (Some("FOR"), Some("KEY"), Some("SHARE"), _) => {
                edits.push((words[i + 1].0, words[i + 2].0, ""))
            }
            (Some("BETWEEN"), Some("SYMMETRIC" | "ASYMMETRIC"), _, _) => {
                edits.push((words[i + 1].0, end(i + 1), ""))
            }
            (Some("VARIADIC"), _, _, _) => edits.push((words[i].0, end(i), "")),
            (Some("EXCLUDE"), Some("CURRENT"), Some("ROW"), _) => {
                edits.push((words[i].0, end(i + 2), ""))
            }
            (Some("EXCLUDE"), Some("NO"), Some("OTHERS"), _) => {
                edits.push((words[i].0, end(i + 2), ""))
            }
            (Some("EXCLUDE"), Some("GROUP" | "TIES"), _, _) => {
                edits.push((words[i].0, end(i + 1), ""))
            }
            (Some("ISNULL"), _, _, _) => edits.push((words[i].0, end(i), "IS NULL")),
            (Some("NOTNULL"), _, _, _) => edits.push((words[i].0, end(i), "IS NOT NULL")),
            (Some("TABLE"), Some(_), _, _) if i == 0 || is_statement_start(sql, words[i].0) => {
                edits.push((words[i].0, end(i), "SELECT * FROM"))
            }
            _ => {}
        }
    }
    edits.extend(structural(sql));
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(sql.len() + 16);
    let mut copied = 0;
    let mut recorded = Vec::new();
    for (start, stop, with) in edits {
        if start < copied {
            continue;
        }
        out.push_str(&sql[copied..start]);
        out.push_str(with);
        recorded.push(Edit {
            source: start,
            source_len: stop - start,
            output_len: with.len(),
        });
        copied = stop;
    }
    out.push_str(&sql[copied..]);
    Prepassed {
        sql: out,
        edits: recorded,
    }
}

/// A word (upper-cased) or a punctuation byte of code.
#[derive(Debug, PartialEq)]
enum Item {
    Word(String),
    Punct(u8),
    Other,
}

/// The rewrites that follow brackets rather than keywords alone.
fn structural(sql: &str) -> Vec<(usize, usize, &'static str)> {
    let Ok(tokens) = lexer::scan(sql) else {
        return Vec::new();
    };
    let b = sql.as_bytes();
    let items: Vec<(usize, Item)> = tokens
        .into_iter()
        .map(|t| match t {
            Token::Code { at } if b[at].is_ascii_alphabetic() || b[at] == b'_' => {
                let len = b[at..].iter().take_while(|&&c| is_ident_char(c)).count();
                (at, Item::Word(sql[at..at + len].to_ascii_uppercase()))
            }
            Token::Code { at } if b"()[],.*=;".contains(&b[at]) => (at, Item::Punct(b[at])),
            Token::Code { at } | Token::At { at, .. } | Token::Semicolon { at } => {
                (at, Item::Other)
            }
            Token::Positional { at, .. } => (at, Item::Other),
        })
        .collect();
    let word = |i: usize, w: &str| matches!(items.get(i), Some((_, Item::Word(x))) if x == w);
    let punct = |i: usize, p: u8| matches!(items.get(i), Some((_, Item::Punct(x))) if *x == p);
    // The index of the bracket closing the one at `open`.
    let close = |open: usize, o: u8, c: u8| {
        let mut depth = 0usize;
        for (i, (_, item)) in items.iter().enumerate().skip(open) {
            match item {
                Item::Punct(x) if *x == o => depth += 1,
                Item::Punct(x) if *x == c => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    };
    let mut edits = Vec::new();
    for i in 0..items.len() {
        let at = items[i].0;
        // `ON CONFLICT (cols) WHERE predicate DO`: the predicate infers a partial index.
        let target = (word(i, "ON") && word(i + 1, "CONFLICT") && punct(i + 2, b'('))
            .then(|| close(i + 2, b'(', b')'))
            .flatten()
            .filter(|end| word(end + 1, "WHERE"));
        if let Some(end) = target {
            let mut depth = 0i32;
            let found = (end + 2..items.len()).find(|&k| {
                match &items[k].1 {
                    Item::Punct(b'(') => depth += 1,
                    Item::Punct(b')') => depth -= 1,
                    _ => {}
                }
                depth == 0 && word(k, "DO")
            });
            if let Some(k) = found {
                edits.push((items[end + 1].0, items[k].0, ""));
            }
        }
        // `(x).*`: all fields of a composite.
        if punct(i, b')')
            && punct(i + 1, b'.')
            && punct(i + 2, b'*')
            && items[i + 1].0 == at + 1
            && items[i + 2].0 == at + 2
        {
            edits.push((at + 2, at + 3, STAR));
        }
        // `SET a[i] = v`: an assignment to an array element or slice.
        if word(i, "SET") && i > 0 {
            edits.extend(subscripted_targets(&items, i + 1, &close));
        }
    }
    edits
}

/// From the first assignment of a `SET` list at `start`: each target's subscripts, up to
/// the end of the list.
fn subscripted_targets(
    items: &[(usize, Item)],
    start: usize,
    close: &dyn Fn(usize, u8, u8) -> Option<usize>,
) -> Vec<(usize, usize, &'static str)> {
    let mut edits = Vec::new();
    let mut target = start;
    let mut depth = 0i32;
    let mut i = start;
    while i < items.len() {
        match &items[i].1 {
            Item::Word(_)
                if i == target && matches!(items.get(i + 1), Some((_, Item::Punct(b'[')))) =>
            {
                let mut end = i;
                while let Some(e) = matches!(items.get(end + 1), Some((_, Item::Punct(b'['))))
                    .then(|| close(end + 1, b'[', b']'))
                    .flatten()
                {
                    end = e;
                }
                if end > i && matches!(items.get(end + 1), Some((_, Item::Punct(b'=')))) {
                    edits.push((items[i + 1].0, items[end].0 + 1, ""));
                }
                i = end + 1;
                continue;
            }
            Item::Word(w) if depth == 0 && matches!(w.as_str(), "WHERE" | "FROM" | "RETURNING") => {
                break;
            }
            Item::Punct(b'(' | b'[') => depth += 1,
            Item::Punct(b')' | b']') => {
                depth -= 1;
                if depth < 0 {
                    break;
                }
            }
            Item::Punct(b',') if depth == 0 => target = i + 1,
            Item::Punct(b';') => break,
            _ => {}
        }
        i += 1;
    }
    edits
}

/// `TABLE` at the start of a statement or of a parenthesised query.
fn is_statement_start(sql: &str, at: usize) -> bool {
    let before = sql[..at].trim_end();
    before.is_empty() || before.ends_with('(') || before.ends_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_only_code() {
        let p = prepass(
            "SELECT * FROM t WHERE a BETWEEN SYMMETRIC 1 AND 2 AND b ISNULL FOR NO KEY UPDATE SKIP LOCKED",
        );
        assert_eq!(
            p.sql,
            "SELECT * FROM t WHERE a BETWEEN  1 AND 2 AND b IS NULL FOR UPDATE SKIP LOCKED"
        );
        let kept = "SELECT 'FOR NO KEY UPDATE', \"isnull\" FROM t -- TABLE x";
        assert_eq!(prepass(kept).sql, kept);
        assert_eq!(prepass("TABLE accounts").sql, "SELECT * FROM accounts");
        let p = prepass(
            "SELECT f(VARIADIC $1) , sum(x) OVER (ROWS UNBOUNDED PRECEDING EXCLUDE CURRENT ROW)",
        );
        assert_eq!(
            p.sql,
            "SELECT f( $1) , sum(x) OVER (ROWS UNBOUNDED PRECEDING )"
        );
    }

    #[test]
    fn brackets() {
        assert_eq!(
            prepass("INSERT INTO t (a) VALUES (1) ON CONFLICT (a, lower(b)) WHERE (c IS NULL) DO NOTHING").sql,
            "INSERT INTO t (a) VALUES (1) ON CONFLICT (a, lower(b)) DO NOTHING"
        );
        assert_eq!(
            prepass("SELECT (p).*, (f(x)).* , count(*), t.* FROM f() p").sql,
            "SELECT (p).prepared_star, (f(x)).prepared_star , count(*), t.* FROM f() p"
        );
        assert_eq!(
            prepass("UPDATE t SET a[1] = 2, b = c[1], d[i][1:2] = 3 WHERE e[1] = 4").sql,
            "UPDATE t SET a = 2, b = c[1], d = 3 WHERE e[1] = 4"
        );
        assert_eq!(
            prepass("INSERT INTO t VALUES (1) ON CONFLICT (a) DO UPDATE SET x[2] = 1").sql,
            "INSERT INTO t VALUES (1) ON CONFLICT (a) DO UPDATE SET x = 1"
        );
        let kept = "SET search_path = a, b; SELECT a[1] FROM t";
        assert_eq!(prepass(kept).sql, kept);
    }

    #[test]
    fn offsets_map_back() {
        let original = "TABLE accounts WHERE";
        let p = prepass(original);
        let at = p.sql.find("WHERE").unwrap();
        assert_eq!(p.to_original(at), original.find("WHERE").unwrap());
        assert_eq!(
            p.to_original(3),
            0,
            "inside a replacement maps to its start"
        );
    }
}
