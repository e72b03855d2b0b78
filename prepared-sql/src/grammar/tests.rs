use super::*;

fn rejects(sql: &str) -> Option<SyntaxError> {
    let parsed = crate::syntax::parse_tokens(sql).expect(sql);
    check(sql, &parsed.statements, &parsed.tokens)
}

#[test]
fn accepts_what_postgresql_accepts() {
    for sql in [
        "SELECT id, name AS from, t.select, count(*) AS order FROM t",
        "SELECT current_date, current_timestamp(3), localtime, user, session_user",
        "SELECT ARRAY(SELECT 1), x = ANY($1), NOT NOT true, null null",
        "SELECT CASE CASE WHEN a THEN 1 END WHEN 1 THEN 2 END, CASE WHEN b THEN CASE WHEN c THEN 1 END END FROM t",
        "SELECT \"from\" FROM \"select\" AS \"where\"",
        "SELECT x AS as FROM t",
        "SELECT public.t.from FROM public.t",
        "INSERT INTO t (a) VALUES (DEFAULT) RETURNING a AS from",
        "DELETE FROM t WHERE id = $1 RETURNING *",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)",
        "SELECT 1 both",
        "SELECT t.* FROM t",
        "SELECT (r).table FROM t",
        "SELECT * FROM user, current_date AS d",
        "SELECT NOT NULL, a IS NOT NULL, a NOTNULL FROM t WHERE NOT NULL AND NOT NULL::bool",
        "UPDATE t SET a = (current_timestamp).x, b = now()",
    ] {
        assert_eq!(rejects(sql), None, "{sql}");
    }
}

/// Statements the grammar refuses: what the message says and where (a byte offset).
const FORBIDDEN: &[(&str, &str, usize)] = &[
    ("SELECT * FROM FROM users", "`FROM` twice in a row", 14),
    ("SELECT * FROM select", "`select` is a reserved keyword", 14),
    (
        "SELECT id FROM group WHERE id = $1",
        "`group` is a reserved keyword",
        15,
    ),
    (
        "INSERT INTO user (id) VALUES (1)",
        "`user` is a reserved keyword",
        12,
    ),
    ("SELECT SELECT * FROM authors", "`SELECT` twice in a row", 7),
    ("INSERT ITNO authors (a) VALUES (1)", "requires `INTO`", 0),
    ("DELETE t FROM t WHERE id = 1", "requires `FROM`", 0),
    ("SELECT * comments WHERE x = 1", "alias after `*`", 9),
    (
        "SELECT COUNT()* FROM bar",
        "`from` is a reserved keyword",
        16,
    ),
    (
        "SELECT * FROM a join using (fk)",
        "`using` is a reserved keyword",
        21,
    ),
    (
        "SELECT a.id FROM a AS order",
        "`order` is a reserved keyword",
        22,
    ),
    (
        "SELECT 1 from_x, 2 create FROM t",
        "`create` is a reserved keyword",
        19,
    ),
    (
        "WITH select AS (SELECT 1) SELECT 1",
        "`select` is a reserved keyword",
        5,
    ),
    ("UPDATE true SET e = 1", "`true` is a reserved keyword", 7),
    (
        "UPDATE t SET a = current_timestamp.x",
        "`current_timestamp` is a value",
        17,
    ),
    (
        "SELECT a FROM t WHERE f(a) NOT NULL",
        "write `IS NOT NULL`",
        27,
    ),
    (
        "SELECT a FROM t WHERE a NOT NULL",
        "write `IS NOT NULL`",
        24,
    ),
    (
        "UPDATE current_date SET e = 1",
        "`current_date` is a reserved keyword",
        7,
    ),
    (
        "DELETE FROM null WHERE a = 1",
        "`null` is a reserved keyword",
        12,
    ),
    ("SELECT * FROM null", "`null` is a reserved keyword", 14),
    (
        "SELECT DISTINCT DISTINCT a FROM t",
        "`DISTINCT` twice in a row",
        16,
    ),
];

#[test]
fn rejects_what_the_grammar_forbids() {
    for &(sql, message, at) in FORBIDDEN {
        let e = rejects(sql).unwrap_or_else(|| panic!("accepted: {sql}"));
        assert!(e.message.contains(message), "{sql}: {}", e.message);
        assert_eq!(e.offset, Some(at), "{sql}: {}", e.message);
    }
}
