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

mod brackets;

use crate::lexer::{self, Token, is_ident_char};
use crate::offsets::{self, Edit};
pub use brackets::SideCheck;

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
    /// The parts taken out of the statement, each to parse on its own.
    pub checks: Vec<SideCheck>,
}

impl Prepassed {
    /// `sql` as it is, for a parser that needs no pre-pass.
    pub fn unchanged(sql: &str) -> Self {
        Prepassed {
            sql: sql.to_owned(),
            edits: Vec::new(),
            checks: Vec::new(),
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
    if may_rewrite(sql) {
        rewritten(sql)
    } else {
        Prepassed::unchanged(sql)
    }
}

/// Whether a rule may apply: `sql` holds, anywhere (in a literal or a comment too), a word
/// or a mark that a rule starts from. Most statements hold none and skip the rules' two
/// lexings, which the macros run unoptimised in a dev profile for every statement.
fn may_rewrite(sql: &str) -> bool {
    // One pass over the bytes, each compared only with the words it can start: eight
    // searches of a lowercased copy cost the unoptimised macros seven times as much.
    let bytes = sql.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let word: &[u8] = match bytes[i].to_ascii_lowercase() {
            b'[' => return true,
            // `(composite).*`, which the rule reads only unspaced.
            b')' => b").*",
            b'k' => b"key",
            b's' => b"symmetric",
            b'v' => b"variadic",
            b'e' => b"exclude",
            b'i' => b"isnull",
            b'n' => b"notnull",
            b't' => b"table",
            b'c' => b"conflict",
            _ => b"",
        };
        if !word.is_empty()
            && bytes.len() - i >= word.len()
            && bytes[i..i + word.len()].eq_ignore_ascii_case(word)
        {
            return true;
        }
        i += 1;
    }
    false
}

/// [`prepass`], every rule tried.
fn rewritten(sql: &str) -> Prepassed {
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
    let (structural, checks) = brackets::rewrite(sql);
    edits.extend(structural);
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
        checks,
    }
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

    /// Statements of the shared corpora (sqlc's queries, PostgreSQL's regression scripts),
    /// split at each `;` ending a line.
    fn corpus_statements() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora");
        let mut files = Vec::new();
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "sql") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 500, "{} SQL files", files.len());
        files
            .iter()
            .flat_map(|f| {
                let text = String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned();
                text.split(";\n").map(str::to_owned).collect::<Vec<_>>()
            })
            .collect()
    }

    /// What the pre-filter answers, written plainly: a mark or a word anywhere, in any case.
    fn holds_a_mark(sql: &str) -> bool {
        let lower = sql.to_ascii_lowercase();
        [
            "[",
            ").*",
            "key",
            "symmetric",
            "variadic",
            "exclude",
            "isnull",
            "notnull",
            "table",
            "conflict",
        ]
        .iter()
        .any(|w| lower.contains(w))
    }

    /// The pre-filter only skips statements that no rule rewrites.
    #[test]
    fn statements_skipped_are_those_no_rule_changes() {
        let (mut skipped, mut rewritten_any) = (0, 0);
        for sql in corpus_statements() {
            let full = rewritten(&sql);
            if full != Prepassed::unchanged(&sql) {
                rewritten_any += 1;
                assert!(may_rewrite(&sql), "{sql}");
            }
            if !may_rewrite(&sql) {
                skipped += 1;
            }
            assert_eq!(may_rewrite(&sql), holds_a_mark(&sql), "{sql}");
            assert_eq!(prepass(&sql), full, "{sql}");
        }
        assert!(
            rewritten_any > 50 && skipped > 1000,
            "{rewritten_any} {skipped}"
        );
    }

    #[test]
    fn the_pre_filter_reads_marks_and_words_in_any_case() {
        assert!(may_rewrite("SELECT (p).* FROM f() p"));
        assert!(may_rewrite("update t set a[1] = 2"));
        assert!(may_rewrite("SELECT 1 FROM t FOR no Key UPDATE"));
        assert!(!may_rewrite("SELECT p.a, count(*), t.* FROM t p"));
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
