//! Whether a statement only reads, decided from its text at compile time: what a routing
//! pool may send to a read replica. The harness then proves the claim against the schema
//! (no function the statement calls is a user's `VOLATILE` one), so this module only has
//! to know PostgreSQL's own statements and built-in functions.

use crate::words::{code, fold};
use sqlparser::tokenizer::{Token, Word};

/// Built-in functions that write, take a lock, read the session's own sequence state, or
/// act on the server they run on: a statement that calls one belongs on the primary
/// (on a hot standby most of them fail: `nextval` with 25006, `pg_current_wal_lsn` with
/// 55000; the rest would lock, notify or act on the wrong server).
const PRIMARY_ONLY: &[&str] = &[
    "nextval",
    "setval",
    "currval",
    "lastval",
    "pg_notify",
    "pg_advisory_lock",
    "pg_advisory_lock_shared",
    "pg_advisory_xact_lock",
    "pg_advisory_xact_lock_shared",
    "pg_try_advisory_lock",
    "pg_try_advisory_lock_shared",
    "pg_try_advisory_xact_lock",
    "pg_try_advisory_xact_lock_shared",
    "pg_advisory_unlock",
    "pg_advisory_unlock_shared",
    "pg_advisory_unlock_all",
    "txid_current",
    "pg_current_xact_id",
    "pg_current_wal_lsn",
    "pg_current_wal_insert_lsn",
    "pg_current_wal_flush_lsn",
    "lo_create",
    "lo_creat",
    "lo_import",
    "lo_unlink",
    "lo_from_bytea",
    "lo_put",
    "lowrite",
    "lo_truncate",
    "pg_cancel_backend",
    "pg_terminate_backend",
    "pg_reload_conf",
    "pg_switch_wal",
    "pg_create_restore_point",
    "pg_stat_reset",
];

/// Why a statement must run on the primary; `None` when it only reads.
///
/// A `SELECT`, `VALUES` or `TABLE` (a `WITH` of them) reads unless it holds a locking
/// clause (`FOR UPDATE`, `FOR NO KEY UPDATE`, `FOR SHARE`, `FOR KEY SHARE`), a
/// data-modifying `WITH` (`INSERT`, `UPDATE`, `DELETE`, `MERGE`), `SELECT … INTO` (which
/// creates a table) or a call of a built-in function that writes or locks (`nextval`,
/// `pg_notify`, `pg_advisory_xact_lock`, …). Text the tokenizer cannot read is taken as
/// writing.
///
/// ```
/// use prepared_sql::readonly::primary_only;
///
/// assert_eq!(primary_only("SELECT id FROM users WHERE id = $1"), None);
/// assert!(primary_only("SELECT id FROM users WHERE id = $1 FOR UPDATE").is_some());
/// assert!(primary_only("SELECT nextval('users_id_seq')").is_some());
/// assert!(primary_only("WITH d AS (DELETE FROM jobs RETURNING id) SELECT id FROM d").is_some());
/// ```
pub fn primary_only(sql: &str) -> Option<String> {
    match code(sql) {
        Some(tokens) => judge(&tokens),
        None => Some("its text could not be read".into()),
    }
}

/// [`primary_only`] of the statement whose tokens, whitespace and comments left out, are
/// `tokens`: for a caller that already tokenized it.
pub(crate) fn judge(tokens: &[Token]) -> Option<String> {
    let keyword = |at: usize| match tokens.get(at) {
        Some(Token::Word(w)) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    };
    let first = (0..tokens.len()).find(|&i| !matches!(tokens[i], Token::LParen));
    let kind = first.and_then(keyword).unwrap_or_default();
    if !matches!(kind.as_str(), "SELECT" | "VALUES" | "TABLE" | "WITH") {
        return Some(format!("it is not a query but {}", article(&kind)));
    }
    for (i, token) in tokens.iter().enumerate() {
        let Some(word) = keyword(i) else { continue };
        let before = i.checked_sub(1).and_then(keyword);
        let locking = matches!(before.as_deref(), Some("FOR" | "KEY"));
        match word.as_str() {
            "UPDATE" | "SHARE" if locking => {
                return Some(format!("it locks rows (`FOR … {word}`)"));
            }
            "INSERT" | "UPDATE" | "DELETE" | "MERGE" => {
                return Some(format!("it writes (`{word}` in its `WITH`)"));
            }
            "INTO" => return Some("`SELECT … INTO` creates a table".into()),
            _ => {}
        }
        if matches!(tokens.get(i + 1), Some(Token::LParen))
            && let Token::Word(w) = token
            && let Some(name) = builtin(tokens, i, w)
            && PRIMARY_ONLY.contains(&name.as_str())
        {
            return Some(format!("it calls `{name}`, which needs the primary"));
        }
    }
    None
}

/// The functions `sql` calls, as `(schema, name)` with names folded as PostgreSQL folds
/// them: what the harness looks up in `pg_proc`. Words before `(` that are not functions
/// (`IN (…)`, `VALUES (…)`) are among them; they match no function.
pub fn called_functions(sql: &str) -> Vec<(Option<String>, String)> {
    let Some(tokens) = code(sql) else {
        return Vec::new();
    };
    let mut out: Vec<(Option<String>, String)> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let (Token::Word(w), Some(Token::LParen)) = (token, tokens.get(i + 1)) else {
            continue;
        };
        let schema = match (i.checked_sub(1).map(|p| &tokens[p]), i.checked_sub(2)) {
            (Some(Token::Period), Some(s)) => match &tokens[s] {
                Token::Word(s) => Some(fold(s)),
                _ => None,
            },
            _ => None,
        };
        let call = (schema, fold(w));
        if !out.contains(&call) {
            out.push(call);
        }
    }
    out
}

/// The built-in function a call names: unqualified, or qualified with `pg_catalog`.
fn builtin(tokens: &[Token], at: usize, word: &Word) -> Option<String> {
    let qualified = at >= 2 && matches!(tokens[at - 1], Token::Period);
    if qualified && !matches!(&tokens[at - 2], Token::Word(s) if fold(s) == "pg_catalog") {
        return None;
    }
    Some(fold(word))
}

fn article(kind: &str) -> String {
    if kind.is_empty() {
        "an unreadable statement".into()
    } else {
        format!("`{kind}`")
    }
}

#[cfg(test)]
mod tests {
    use super::{called_functions, primary_only};

    #[test]
    fn queries_read() {
        for sql in [
            "SELECT id FROM users WHERE id = $1",
            "(SELECT 1) UNION (SELECT 2)",
            "VALUES (1), (2)",
            "TABLE users",
            "WITH u AS (SELECT id FROM users) SELECT id FROM u",
            "SELECT 'update', \"delete\" FROM t WHERE note <> 'INSERT INTO x'",
            "SELECT substring(name FOR 3), random(), now() FROM users -- FOR UPDATE",
            "SELECT public.nextval_like(1), other.nextval(1)",
        ] {
            assert_eq!(primary_only(sql), None, "{sql}");
        }
    }

    #[test]
    fn writes_locks_and_primary_functions_need_the_primary() {
        for (sql, why) in [
            ("INSERT INTO t VALUES (1)", "not a query but `INSERT`"),
            (
                "UPDATE t SET a = 1 WHERE id = 2",
                "not a query but `UPDATE`",
            ),
            ("SELECT * FROM t FOR UPDATE", "locks rows (`FOR … UPDATE`)"),
            (
                "SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED",
                "locks rows",
            ),
            (
                "SELECT * FROM t FOR KEY SHARE",
                "locks rows (`FOR … SHARE`)",
            ),
            ("SELECT * FROM t FOR SHARE OF t NOWAIT", "locks rows"),
            (
                "WITH n AS (INSERT INTO t VALUES (1) RETURNING *) SELECT * FROM n",
                "writes",
            ),
            ("SELECT * INTO copy FROM t", "creates a table"),
            ("SELECT nextval('s')", "calls `nextval`"),
            (
                "SELECT pg_catalog.pg_advisory_xact_lock($1)",
                "calls `pg_advisory_xact_lock`",
            ),
            ("SELECT PG_NOTIFY('c', 'x')", "calls `pg_notify`"),
            ("COPY t FROM STDIN", "not a query but `COPY`"),
            ("DO $$ BEGIN END $$", "not a query but `DO`"),
        ] {
            let got = primary_only(sql).unwrap_or_else(|| panic!("{sql} reads?"));
            assert!(got.contains(why), "{sql}: {got}");
        }
    }

    /// The syntax check's analysis judges from its own tokens, as a second tokenization
    /// would, and leaves a statement the pre-pass rewrote to that second tokenization.
    #[test]
    fn the_analysis_judges_as_the_text_does() {
        let mut judged = 0;
        for sql in [
            "SELECT id FROM users WHERE id = $1",
            "(SELECT 1) UNION (SELECT 2)",
            "WITH u AS (SELECT id FROM users) SELECT id FROM u",
            "SELECT 'update', \"delete\" FROM t WHERE note <> 'INSERT INTO x'",
            "SELECT substring(name FOR 3), random(), now() FROM users -- FOR UPDATE",
            "SELECT public.nextval_like(1), other.nextval(1)",
            "INSERT INTO t VALUES (1)",
            "SELECT * FROM t FOR UPDATE",
            "SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED",
            "WITH n AS (INSERT INTO t VALUES (1) RETURNING *) SELECT * FROM n",
            "SELECT * INTO copy FROM t",
            "SELECT pg_catalog.pg_advisory_xact_lock($1)",
            "SELECT PG_NOTIFY('c', 'x')",
        ] {
            let analysis = crate::analysis::analyse(sql);
            assert!(analysis.syntax.is_ok(), "{sql}");
            if let Some(why) = analysis.primary_only {
                assert_eq!(why, primary_only(sql), "{sql}");
                judged += 1;
            }
        }
        assert_eq!(judged, 12, "all but the statement the pre-pass rewrote");
        assert_eq!(
            crate::analysis::analyse("SELECT * FROM t FOR NO KEY UPDATE").primary_only,
            None
        );
    }

    #[test]
    fn calls_are_named_as_postgresql_folds_them() {
        assert_eq!(
            called_functions("SELECT Lower(a), app.\"Bump\"(b), count(*) FROM t WHERE x IN (1)"),
            [
                (None, "lower".to_owned()),
                (Some("app".to_owned()), "Bump".to_owned()),
                (None, "count".to_owned()),
                (None, "in".to_owned()),
            ]
        );
    }
}
