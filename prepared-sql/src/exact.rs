//! The syntax check with PostgreSQL's own grammar (feature `pg-grammar`): libpg_query,
//! PostgreSQL 18's parser compiled as a library, through the `pg_query` crate.
//!
//! `pg_query::parse` reports an error's message but not its position, so the parse goes
//! through libpg_query's C entry point, whose error carries the cursor position.

use crate::syntax::SyntaxError;
use std::ffi::{CStr, CString, c_char, c_int};

/// The PostgreSQL release whose grammar libpg_query carries, for messages.
pub const GRAMMAR: &str = "PostgreSQL 18";

#[repr(C)]
struct PgQueryError {
    message: *mut c_char,
    funcname: *mut c_char,
    filename: *mut c_char,
    lineno: c_int,
    cursorpos: c_int,
    context: *mut c_char,
}

#[repr(C)]
struct PgQueryParseResult {
    parse_tree: *mut c_char,
    stderr_buffer: *mut c_char,
    error: *mut PgQueryError,
}

// Linked from the static library that the `pg_query` crate builds (see `pg_query.h`).
unsafe extern "C" {
    fn pg_query_parse(input: *const c_char) -> PgQueryParseResult;
    fn pg_query_free_parse_result(result: PgQueryParseResult);
}

// Keeps the crate, and with it the static library, linked.
use pg_query as _;

/// Parses `sql` (the `$n` form) with PostgreSQL's grammar and returns how many statements
/// it holds.
pub fn parse(sql: &str) -> Result<usize, SyntaxError> {
    let Ok(input) = CString::new(sql) else {
        return Err(SyntaxError {
            message: "the SQL holds a NUL character".into(),
            offset: sql.find('\0'),
        });
    };
    // SAFETY: a valid NUL-terminated string; the result is read before it is freed, once.
    let (tree, error) = unsafe {
        let result = pg_query_parse(input.as_ptr());
        let error = (!result.error.is_null()).then(|| {
            let e = &*result.error;
            let message = CStr::from_ptr(e.message).to_string_lossy().into_owned();
            (message, e.cursorpos)
        });
        let tree = (!result.parse_tree.is_null()).then(|| {
            CStr::from_ptr(result.parse_tree)
                .to_string_lossy()
                .into_owned()
        });
        pg_query_free_parse_result(result);
        (tree, error)
    };
    if let Some((message, cursor)) = error {
        // `cursorpos` is a 1-based character position; 0 means none.
        let offset = usize::try_from(cursor)
            .ok()
            .filter(|c| *c > 0)
            .map(|c| char_offset(sql, c - 1));
        return Err(SyntaxError {
            message: format!("{message} ({GRAMMAR} grammar)"),
            offset,
        });
    }
    let tree = read_tree(tree.as_deref().unwrap_or("{}")).map_err(|e| SyntaxError {
        message: format!("libpg_query's parse tree could not be read ({e})"),
        offset: None,
    })?;
    if let Some((at, message)) = analysis_syntax_error(&tree, false) {
        return Err(SyntaxError {
            message: format!("{message} ({GRAMMAR} grammar)"),
            offset: at,
        });
    }
    if let Some(at) = typed_parameter(&tree) {
        return Err(SyntaxError {
            message: format!(
                "a type name before a parameter (`type $n`) is not SQL the server takes; write `$n::type` ({GRAMMAR} grammar)"
            ),
            offset: Some(at),
        });
    }
    Ok(tree["stmts"].as_array().map_or(0, Vec::len))
}

/// Syntax errors (42601) that the server raises right after its grammar, at Parse, from
/// the tree alone: VALUES rows of different lengths, and DEFAULT anywhere but as a value
/// of `INSERT … VALUES`, `UPDATE … SET` or MERGE's actions. `default_ok` says whether a
/// DEFAULT directly here is one of those values.
fn analysis_syntax_error(
    node: &serde_json::Value,
    default_ok: bool,
) -> Option<(Option<usize>, &'static str)> {
    let location = |v: &serde_json::Value| v["location"].as_u64().map(|l| l as usize);
    match node {
        serde_json::Value::Object(map) => {
            if let Some(default) = map.get("SetToDefault") {
                return (!default_ok)
                    .then(|| (location(default), "DEFAULT is not allowed in this context"));
            }
            if let Some(select) = map.get("SelectStmt")
                && let Some(rows) = select["valuesLists"].as_array()
            {
                let lengths: Vec<usize> = rows
                    .iter()
                    .map(|r| r["List"]["items"].as_array().map_or(0, Vec::len))
                    .collect();
                if lengths.windows(2).any(|w| w[0] != w[1]) {
                    return Some((None, "VALUES lists must all be the same length"));
                }
            }
            map.iter().find_map(|(key, child)| {
                // The places a DEFAULT may stand, one level down.
                let ok = match key.as_str() {
                    "InsertStmt" | "MergeWhenClause" | "UpdateStmt" => true,
                    "selectStmt" | "SelectStmt" | "valuesLists" | "List" | "items" | "values"
                    | "targetList" | "ResTarget" | "val" => default_ok,
                    _ => false,
                };
                analysis_syntax_error(child, ok)
            })
        }
        serde_json::Value::Array(items) => items
            .iter()
            .find_map(|item| analysis_syntax_error(item, default_ok)),
        _ => None,
    }
}

/// The JSON tree, as deep as the SQL nests.
fn read_tree(json: &str) -> Result<serde_json::Value, serde_json::Error> {
    use serde::Deserialize;
    let mut reader = serde_json::Deserializer::from_str(json);
    reader.disable_recursion_limit();
    serde_json::Value::deserialize(&mut reader)
}

fn char_offset(sql: &str, chars: usize) -> usize {
    sql.char_indices().nth(chars).map_or(sql.len(), |(i, _)| i)
}

/// libpg_query also parses normalized SQL, where constants became `$n`, so it takes
/// `int $1`, `name $1` and `interval $1` as typed constants; the server's grammar does not.
/// Such a cast names its type before its parameter, where `$1::int` and `CAST($1 AS int)`
/// name it after. Returns the byte offset of the type name.
fn typed_parameter(node: &serde_json::Value) -> Option<usize> {
    match node {
        serde_json::Value::Object(map) => {
            if let Some(cast) = map.get("TypeCast") {
                let param = cast["arg"]["ParamRef"]["location"].as_u64();
                let type_at = cast["typeName"]["location"].as_u64();
                if let (Some(param), Some(type_at)) = (param, type_at)
                    && type_at < param
                {
                    return Some(type_at as usize);
                }
            }
            map.values().find_map(typed_parameter)
        }
        serde_json::Value::Array(items) => items.iter().find_map(typed_parameter),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_server() {
        assert_eq!(parse("SELECT a FROM t WHERE id = $1::int8"), Ok(1));
        assert_eq!(parse("SELECT * FROM t FOR NO KEY UPDATE"), Ok(1));
        let e = parse("SELECT * FROM FROM users").unwrap_err();
        assert_eq!(e.offset, Some(14), "{e:?}");
        assert!(
            e.message
                .starts_with("syntax error at or near \"FROM\" (PostgreSQL 18 grammar)"),
            "{}",
            e.message
        );
        let e = parse("SELECT 1 +").unwrap_err();
        assert!(e.message.contains("at end of input"), "{}", e.message);
        for sql in ["SELECT name $1", "SELECT int $1", "SELECT interval $1"] {
            let e = parse(sql).unwrap_err();
            assert_eq!(e.offset, Some(7), "{sql}: {e:?}");
            assert!(e.message.contains("`type $n`"), "{}", e.message);
        }
        assert_eq!(parse("SELECT CAST($1 AS int), $2::name"), Ok(1));
        // A tree nested 300 deep, past serde_json's default limit of 128.
        let sum = (1..=300)
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(" + ");
        assert_eq!(parse(&format!("SELECT {sum} AS total")), Ok(1));
        assert!(parse(&format!("SELECT {sum} + int $301")).is_err());
        for sql in [
            "INSERT INTO t (a, b) VALUES (DEFAULT, $1), ($2, DEFAULT)",
            "UPDATE t SET a = DEFAULT WHERE id = $1",
            "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = DEFAULT \
             WHEN NOT MATCHED THEN INSERT (id, a) VALUES (s.id, DEFAULT)",
        ] {
            assert_eq!(parse(sql), Ok(1), "{sql}");
        }
        for (sql, message) in [
            (
                "SELECT * FROM (VALUES (1, 2), (3)) v(a, b)",
                "VALUES lists must all be the same length",
            ),
            (
                "SELECT * FROM t WHERE DEFAULT = 1",
                "DEFAULT is not allowed in this context",
            ),
            (
                "SELECT DEFAULT::text",
                "DEFAULT is not allowed in this context",
            ),
        ] {
            let e = parse(sql).unwrap_err();
            assert!(e.message.starts_with(message), "{sql}: {}", e.message);
        }
    }
}
