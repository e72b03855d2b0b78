//! Names for what the SQL leaves unnamed: positional `$n` parameters, after what they are
//! compared with or inserted into (`prepared_sql::targets`, from the statement's parse), as
//! sqlc names them; and Rust identifiers for columns and queries.

use prepared_sql::lexer::{Token, scan};
use prepared_sql::targets::Target;

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
    let targets = prepared_sql::analysis::analyse(sql)
        .parameter_targets()
        .unwrap_or_default();
    let max = positions.iter().map(|p| p.2).max().unwrap_or(0);
    let mut names: Vec<String> = Vec::new();
    for n in 1..=max {
        let guess = targets
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, target)| match target {
                Target::Written { column, .. } | Target::Compared { column } => column.clone(),
                Target::Limit => "limit".to_owned(),
                Target::Offset => "offset".to_owned(),
            })
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
