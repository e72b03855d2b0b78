//! Names for what the SQL leaves unnamed: positional `$n` parameters, after what they are
//! compared with or inserted into, as sqlc names them; and Rust identifiers for columns
//! and queries.

use prepared_sql::lexer::{Token, scan};

/// Rust's strict and reserved keywords, which a field or parameter cannot be named bare.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// A lowercase snake_case identifier for `text` (`Author ID` → `author_id`).
pub fn identifier(text: &str) -> String {
    let mut out = String::new();
    let mut prev = ' ';
    for c in text.chars() {
        if c.is_alphanumeric() {
            // A word starts at an upper-case letter after a lower-case one or a digit.
            if c.is_uppercase() && (prev.is_lowercase() || prev.is_ascii_digit()) {
                out.push('_');
            }
            out.extend(c.to_lowercase());
            prev = c;
            continue;
        }
        if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
        prev = c;
    }
    let out = out.trim_end_matches('_').to_owned();
    match out.chars().next() {
        None => "column".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("_{out}"),
        _ => out,
    }
}

/// The keywords that cannot be raw identifiers either.
const UNRAWABLE: &[&str] = &["crate", "self", "super"];

/// `identifier`, as a parameter's name in the SQL (`@type`): one of the keywords Rust
/// cannot take even raw gets a `_`.
pub fn sql_param(text: &str) -> String {
    let name = identifier(text);
    if UNRAWABLE.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// A name spelled so Rust takes it as a field or parameter (`r#type` for `type`); a field
/// whose name is changed keeps its column with `rename`.
pub fn rust(name: &str) -> String {
    if UNRAWABLE.contains(&name) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// `identifier`, spelled so Rust takes it as a field name.
pub fn field(text: &str) -> String {
    rust(&identifier(text))
}

/// `get_author` → `GetAuthor`.
pub fn camel_case(text: &str) -> String {
    identifier(text)
        .split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// The SQL with each `$n` written as `@name`, and the names in the order of `n`.
pub fn positional(sql: &str) -> (String, Vec<String>) {
    let tokens = scan(sql).unwrap_or_default();
    let positions: Vec<(usize, usize, u32)> = tokens
        .iter()
        .filter_map(|t| match t {
            Token::Positional { at, len } => Some((*at, *len, sql[at + 1..at + len].parse().ok()?)),
            _ => None,
        })
        .collect();
    if positions.is_empty() {
        return (sql.to_owned(), Vec::new());
    }
    let inserted = insert_columns(sql, &tokens);
    let max = positions.iter().map(|p| p.2).max().unwrap_or(0);
    let mut names: Vec<String> = Vec::new();
    for n in 1..=max {
        let Some(&(at, _, _)) = positions.iter().find(|p| p.2 == n) else {
            names.push(format!("p{n}"));
            continue;
        };
        let guess = inserted
            .iter()
            .find(|(offset, _)| *offset == at)
            .map(|(_, c)| c.clone())
            .or_else(|| compared_with(sql, at))
            .unwrap_or_else(|| format!("p{n}"));
        let mut name = sql_param(&guess);
        let mut k = 2;
        while names.contains(&name) {
            name = format!("{}_{k}", sql_param(&guess));
            k += 1;
        }
        names.push(name);
    }
    let mut out = sql.to_owned();
    for &(at, len, n) in positions.iter().rev() {
        out.replace_range(at..at + len, &format!("@{}", names[n as usize - 1]));
    }
    (out, names)
}

/// What `$n` at `at` is compared with: the column before `=`, `<`, `LIKE`, … or the
/// keyword `LIMIT`/`OFFSET` before it.
fn compared_with(sql: &str, at: usize) -> Option<String> {
    let before = sql[..at].trim_end();
    let lower = before.to_ascii_lowercase();
    for keyword in ["limit", "offset"] {
        if lower.ends_with(keyword) {
            return Some(keyword.to_owned());
        }
    }
    let ops = ["<>", "!=", "<=", ">=", "&&", "@>", "<@", "=", "<", ">"];
    let rest = if let Some(op) = ops.iter().find(|op| before.ends_with(**op)) {
        &before[..before.len() - op.len()]
    } else if let Some(op) = ["ilike", "like"].iter().find(|k| lower.ends_with(**k)) {
        &before[..before.len() - op.len()]
    } else if lower.ends_with("any(") || lower.ends_with("any (") {
        let open = before.rfind(['a', 'A'])?;
        before[..open].trim_end().strip_suffix('=')?
    } else {
        return None;
    };
    let rest = rest.trim_end();
    let word: String = rest
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!word.is_empty() && !word.chars().all(|c| c.is_ascii_digit())).then_some(word)
}

/// For `INSERT INTO t (a, b) VALUES ($1, $2)`: the offset of each `$n` that is a whole
/// value (cast or not), with its column.
fn insert_columns(sql: &str, tokens: &[Token]) -> Vec<(usize, String)> {
    let Some(into) = sql.to_ascii_lowercase().find("insert into") else {
        return Vec::new();
    };
    value_columns(sql, into)
        .into_iter()
        .filter(|(lead, _)| {
            tokens.iter().any(|t| {
                matches!(t, Token::Positional { at, len } if at == lead
                    && sql[at + len..].trim_start().chars().next().is_none_or(|c| matches!(c, ':' | ',' | ')')))
            })
        })
        .collect()
}

/// The table columns that `@name` parameters are written into, by name: each value of
/// `INSERT INTO t (cols) VALUES (..)` that is a parameter (cast or not), and each
/// `col = @name` of `UPDATE t SET`. A parameter may be NULL when its column may.
pub fn written_columns(sql: &str) -> Vec<(String, String, String)> {
    let lower = sql.to_ascii_lowercase();
    let mut out = Vec::new();
    let tokens = scan(sql).unwrap_or_default();
    let at = |offset: usize| -> Option<String> {
        tokens.iter().find_map(|t| match t {
            Token::At { at, word, .. } if *at == offset => Some(word.clone()),
            _ => None,
        })
    };
    if let Some(into) = lower.find("insert into") {
        let table = first_word(&sql[into + "insert into".len()..]);
        for (offset, column) in value_columns(sql, into) {
            if let Some(param) = at(offset) {
                out.push((param, table.clone(), column));
            }
        }
    }
    if let Some(update) = lower.find("update ") {
        let table = first_word(&sql[update + "update ".len()..]);
        if let Some(set) = lower[update..].find(" set ").map(|s| update + s + 5) {
            let end = [" where ", " returning ", " from "]
                .iter()
                .filter_map(|k| lower[set..].find(k).map(|e| set + e))
                .min()
                .unwrap_or(sql.len());
            for assignment in split_top(&sql[set..end]) {
                let Some((column, value)) = assignment.1.split_once('=') else {
                    continue;
                };
                let lead = set + assignment.0 + assignment.1.find('=').unwrap_or(0) + 1;
                let lead = lead + (value.len() - value.trim_start().len());
                if let Some(param) = at(lead) {
                    out.push((
                        param,
                        table.clone(),
                        column.trim().trim_matches('"').to_owned(),
                    ));
                }
            }
        }
    }
    out
}

/// The first name of `text`, `schema.table` kept whole, quotes off.
fn first_word(text: &str) -> String {
    text.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '"'))
        .filter(|c| *c != '"')
        .collect()
}

/// The pieces of `text` between top-level commas, with their offsets.
fn split_top(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push((start, &text[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push((start, &text[start..]));
    out
}

/// For the `INSERT INTO` at `into`: the offset where each value of the first row starts,
/// with its column.
fn value_columns(sql: &str, into: usize) -> Vec<(usize, String)> {
    let lower = sql.to_ascii_lowercase();
    let Some(values) = lower[into..].find("values").map(|v| into + v) else {
        return Vec::new();
    };
    let (Some(open), Some(close)) = (
        sql[into..values].find('(').map(|o| into + o),
        sql[into..values].rfind(')').map(|c| into + c),
    ) else {
        return Vec::new();
    };
    let columns: Vec<String> = sql[open + 1..close]
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_owned())
        .collect();
    let Some(vopen) = sql[values..].find('(').map(|o| values + o) else {
        return Vec::new();
    };
    let mut depth = 0;
    let mut end = sql.len();
    for (i, c) in sql[vopen + 1..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                end = vopen + 1 + i;
                break;
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    split_top(&sql[vopen + 1..end])
        .into_iter()
        .zip(columns)
        .map(|((offset, value), column)| {
            (
                vopen + 1 + offset + (value.len() - value.trim_start().len()),
                column,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positionals_are_named_as_sqlc_names_them() {
        let (sql, names) =
            positional("UPDATE books SET title = $1, tags = $2 WHERE book_id = $3 AND isbn = $4");
        assert_eq!(names, ["title", "tags", "book_id", "isbn"]);
        assert_eq!(
            sql,
            "UPDATE books SET title = @title, tags = @tags WHERE book_id = @book_id AND isbn = @isbn"
        );
        let (sql, names) = positional(
            "INSERT INTO venue (slug, name, created_at, tags) VALUES ($1, $2, NOW(), $3::text[]) RETURNING id",
        );
        assert_eq!(names, ["slug", "name", "tags"]);
        assert!(sql.contains("VALUES (@slug, @name, NOW(), @tags::text[])"));
        let (_, names) =
            positional("SELECT * FROM t WHERE a.id = $1 OR b.id = $2 LIMIT $3 OFFSET $4");
        assert_eq!(names, ["id", "id_2", "limit", "offset"]);
        let (_, names) = positional("SELECT $1::int + 1, tags && $2::varchar[]");
        assert_eq!(names, ["p1", "tags"]);
        let (sql, names) = positional("SELECT * FROM t WHERE type = $1 AND self = $2");
        assert_eq!(names, ["type", "self_"]);
        assert_eq!(sql, "SELECT * FROM t WHERE type = @type AND self = @self_");
        assert_eq!(rust("type"), "r#type");
        assert_eq!(field("Self"), "self_");
        let written =
            written_columns("INSERT INTO public.authors (name, bio) VALUES (@name, lower(@bio))");
        assert_eq!(
            written,
            [("name".into(), "public.authors".into(), "name".into())]
        );
        let written =
            written_columns("UPDATE books SET title = @title, tags = @tags::text[] WHERE id = @id");
        assert_eq!(
            written,
            [
                ("title".into(), "books".into(), "title".into()),
                ("tags".into(), "books".into(), "tags".into())
            ]
        );
    }

    #[test]
    fn identifiers() {
        assert_eq!(identifier("AuthorID"), "author_id");
        assert_eq!(identifier("?column?"), "column");
        assert_eq!(identifier("2fa"), "_2fa");
        assert_eq!(camel_case("author_name_by_id"), "AuthorNameById");
        assert_eq!(camel_case("GetAuthor"), "GetAuthor");
    }
}
