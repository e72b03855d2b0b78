//! Query files as sqlc and cornucopia write them, read into queries with `@name`
//! parameters: sqlc's `sqlc.arg(x)`, `sqlc.narg(x)`, `sqlc.slice(x)` and positional `$n`
//! (named after what they compare with), cornucopia's `:x`.

use crate::Error;
use crate::names;
use prepared_sql::lexer::{Token, scan};
use std::path::Path;

/// One query to declare.
#[derive(Debug, Clone)]
pub struct Query {
    /// The struct's name: `GetAuthor`.
    pub name: String,
    /// Where it came from, for the doc comment: "sqlc `GetAuthor :one`, query.sql:1".
    pub origin: String,
    /// The `PreparedExt` method that runs it as its tool did.
    pub call: &'static str,
    /// The SQL with `@name` parameters, without its final `;`.
    pub sql: String,
    /// The parameters in declared order, and whether each may be NULL.
    pub params: Vec<(String, bool)>,
    /// Columns the tool was told may be NULL (cornucopia's `: (col?)`).
    pub nullable_columns: Vec<String>,
    /// sqlc's `sqlc.embed(t)`, each now `t.*` in the SQL: what the row type nests.
    pub embeds: Vec<Embed>,
    /// Why the query cannot be translated, and what to write instead: it is left out.
    pub problem: Option<String>,
}

/// One `sqlc.embed(t)`: the row type gets a field holding `t`'s row.
#[derive(Debug, Clone)]
pub struct Embed {
    /// `t` as written: a table or its alias.
    pub name: String,
    /// Where its `t.*` is in the SQL.
    pub at: usize,
}

/// A statement given on the command line, with `@name` or `$n` parameters.
pub fn adhoc(name: &str, sql: &str) -> Result<Query, Error> {
    let (sql, positional) = names::positional(sql.trim().trim_end_matches(';').trim_end());
    let mut params = Vec::new();
    add_params(&mut params, positional.into_iter().chain(at_words(&sql)));
    Ok(Query {
        name: name.to_owned(),
        origin: "`prepared describe`".to_owned(),
        call: "prepared_query",
        sql,
        params,
        nullable_columns: Vec::new(),
        embeds: Vec::new(),
        problem: None,
    })
}

/// The queries of a sqlc or cornucopia file.
pub fn read(path: &Path) -> Result<Vec<Query>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        cause: source,
    })?;
    if text.lines().any(|l| sqlc_header(l).is_some()) {
        sqlc(path, &text)
    } else if text.lines().any(|l| l.trim_start().starts_with("--!")) {
        cornucopia(path, &text)
    } else {
        Err(Error::UnknownFormat {
            path: path.to_path_buf(),
        })
    }
}

/// What follows `name:` in sqlc's `-- name: X :kind` or `/* name: X :kind */`.
fn sqlc_header(line: &str) -> Option<&str> {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("-- name:") {
        return Some(rest);
    }
    let inner = line.strip_prefix("/*")?.strip_suffix("*/")?;
    inner.trim_start().strip_prefix("name:")
}

/// The blocks of a file, each starting at a line for which `header` is `Some`.
fn blocks<H>(text: &str, header: impl Fn(&str) -> Option<H>) -> Vec<(usize, H, String)> {
    let mut out: Vec<(usize, H, String)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(h) = header(line.trim_start()) {
            out.push((i + 1, h, String::new()));
        } else if let Some((_, _, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

fn sqlc(path: &Path, text: &str) -> Result<Vec<Query>, Error> {
    let headers = blocks(text, |l| {
        sqlc_header(l).map(|rest| {
            let mut words = rest.split_whitespace();
            (
                words.next().unwrap_or_default().to_owned(),
                words.next().unwrap_or_default().to_owned(),
            )
        })
    });
    let mut out = Vec::new();
    for (line, (name, kind), body) in headers {
        let origin = format!("sqlc `{name} {kind}`, {}:{line}", path.display());
        let mut query = Query {
            name: if name.is_empty() {
                format!("Line{line}")
            } else if name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric())
            {
                // Already a type's name, acronyms kept (`UpdateBookISBN`).
                name.clone()
            } else {
                names::camel_case(&name)
            },
            origin,
            call: "prepared_execute",
            sql: String::new(),
            params: Vec::new(),
            nullable_columns: Vec::new(),
            embeds: Vec::new(),
            problem: None,
        };
        let call = match kind.as_str() {
            _ if name.is_empty() => Err("`-- name:` without a query name: write `-- name: QueryName :one` (or :many, :exec)".to_owned()),
            ":one" | ":batchone" => Ok("prepared_query_one"),
            ":many" | ":batchmany" => Ok("prepared_query"),
            ":exec" | ":execrows" | ":execresult" | ":execlastid" | ":batchexec" => {
                Ok("prepared_execute")
            }
            ":copyfrom" => Ok("prepared_copy_in"),
            other => Err(format!(
                "the unknown kind `{other}`: write one of sqlc's :one, :many, :exec, :execrows, :execresult, :batchone, :batchmany, :batchexec, :copyfrom"
            )),
        };
        let body = strip_leading_comments(&body);
        let body = unrawable_params(&body);
        let (body, positional) = names::positional(&body);
        let translated = call.and_then(|call| Ok((call, sqlc_args(&body)?)));
        match translated {
            Ok((call, (sql, named, embeds))) => {
                let params = number_like_sqlc(&sql, positional, named);
                query.call = call;
                query.sql = sql;
                query.params = params;
                query.embeds = embeds;
            }
            Err(why) => {
                query.sql = body;
                query.problem = Some(why);
            }
        }
        out.push(query);
    }
    Ok(out)
}

/// The parameters in sqlc's order: `$n` at `n`, and named ones (`sqlc.arg(x)`, `@x`) in
/// the numbers no `$n` takes, then after them.
fn number_like_sqlc(
    sql: &str,
    positional: Vec<String>,
    named: Vec<(String, bool)>,
) -> Vec<(String, bool)> {
    // Every `@word`, glued to an operator or not (`$1` in `id=$1` became `id=@id`).
    let used: Vec<String> = scan(sql)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| match t {
            Token::At { word, .. } => Some(word),
            _ => None,
        })
        .collect();
    let mut named = named;
    add_params(&mut named, at_words(sql));
    named.retain(|(n, _)| !positional.contains(n));
    let mut named = named.into_iter();
    let mut out = Vec::new();
    for name in positional {
        // A number no `$n` took (`$1`, `@version`, `$3`): the next named parameter's.
        if !used.contains(&name) {
            if let Some(next) = named.next() {
                out.push(next);
            }
            continue;
        }
        out.push((name, false));
    }
    out.extend(named);
    out
}

/// `@self`, `@super`, `@crate` as `@self_`, …: Rust cannot name a parameter after them,
/// not even raw.
fn unrawable_params(sql: &str) -> String {
    let mut out = sql.to_owned();
    for token in scan(sql).unwrap_or_default().iter().rev() {
        if let Token::At {
            at,
            word,
            glued: false,
        } = token
        {
            let renamed = names::sql_param(word);
            if renamed != *word && renamed.trim_end_matches('_') == word.to_lowercase() {
                out.replace_range(at + 1..at + 1 + word.len(), &renamed);
            }
        }
    }
    out
}

/// The SQL, its parameters and its embeds, with `sqlc.arg(x)`, `sqlc.narg(x)` (nullable)
/// and `sqlc.slice(x)` as `@x`, and `sqlc.embed(t)` as `t.*`, outside literals and
/// comments.
type Translated = (String, Vec<(String, bool)>, Vec<Embed>);

fn sqlc_args(sql: &str) -> Result<Translated, String> {
    let code = code_offsets(sql);
    let mut out = String::with_capacity(sql.len());
    let mut params: Vec<(String, bool)> = Vec::new();
    let mut embeds = Vec::new();
    let mut i = 0;
    let lower = sql.to_ascii_lowercase();
    while i < sql.len() {
        let hit = ["sqlc.arg", "sqlc.narg", "sqlc.slice", "sqlc.embed"]
            .iter()
            .find(|f| code.contains(&i) && lower[i..].starts_with(**f));
        let Some(func) = hit else {
            let c = sql[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        };
        let rest = &sql[i + func.len()..];
        let open = rest.len() - rest.trim_start().len();
        let close = rest.find(')');
        let (Some(close), true) = (close, rest[open..].starts_with('(')) else {
            return Err(format!("`{func}` without `(name)`: write `{func}(name)`"));
        };
        let name = rest[open + 1..close]
            .trim()
            .trim_matches(['\'', '"'])
            .to_owned();
        if *func == "sqlc.embed" {
            embeds.push(Embed {
                name: name.clone(),
                at: out.len(),
            });
            out.push_str(&name);
            out.push_str(".*");
            i += func.len() + close + 1;
            continue;
        }
        let name = names::sql_param(&name);
        let nullable = *func == "sqlc.narg";
        match params.iter_mut().find(|(p, _)| *p == name) {
            Some((_, n)) => *n |= nullable,
            None => params.push((name.clone(), nullable)),
        }
        out.push('@');
        out.push_str(&name);
        i += func.len() + close + 1;
    }
    Ok((out, params, embeds))
}

/// cornucopia: `--! name [Params(p?, ..)] [: Row(c?, ..)]`, `--: Row(c?, ..)` row types,
/// `:name` parameters.
fn cornucopia(path: &Path, text: &str) -> Result<Vec<Query>, Error> {
    // Named row types may be declared anywhere in the file.
    let types: Vec<(String, Vec<String>)> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--:"))
        .map(|rest| {
            let (name, list) = split_type(rest.trim());
            (name, nullable_list(list))
        })
        .collect();
    let headers = blocks(text, |l| {
        if l.starts_with("--:") {
            return Some(None);
        }
        l.strip_prefix("--!")
            .map(|rest| Some(rest.trim().to_owned()))
    });
    let mut out = Vec::new();
    for (line, header, body) in headers {
        let Some(header) = header else { continue };
        let name_len = header
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(header.len());
        let name = header[..name_len].to_owned();
        if name.is_empty() {
            out.push(Query {
                name: format!("Line{line}"),
                origin: format!("cornucopia `--!`, {}:{line}", path.display()),
                call: "prepared_execute",
                sql: strip_leading_comments(&body),
                params: Vec::new(),
                nullable_columns: Vec::new(),
                embeds: Vec::new(),
                problem: Some(
                    "`--!` without a query name: write `--! query_name` above the query".into(),
                ),
            });
            continue;
        }
        let (nullable_params, nullable_columns) = signature(header[name_len..].trim(), &types);
        let body = strip_leading_comments(&body);
        let (sql, params) = colon_params(body.trim().trim_end_matches(';').trim_end());
        out.push(Query {
            name: names::camel_case(&name),
            origin: format!("cornucopia `{name}`, {}:{line}", path.display()),
            // Whether it returns rows is PostgreSQL's to say: the render runs a query
            // without columns with `prepared_execute`.
            call: "prepared_query",
            sql,
            params: params
                .into_iter()
                .map(|p| {
                    let nullable = nullable_params.contains(&p);
                    (p, nullable)
                })
                .collect(),
            nullable_columns,
            embeds: Vec::new(),
            problem: None,
        });
    }
    Ok(out)
}

/// What a cornucopia header says after the query's name (`(p?) : Row(c?)`): its nullable
/// parameters and columns, with those of a named row type declared by `--:`.
fn signature(rest: &str, types: &[(String, Vec<String>)]) -> (Vec<String>, Vec<String>) {
    let (param_part, row_part) = match rest.split_once(':') {
        Some((p, r)) => (p.trim(), Some(r.trim())),
        None => (rest, None),
    };
    let nullable_params = nullable_list(split_type(param_part).1);
    let nullable_columns = match row_part.map(split_type) {
        Some((ty, list)) => {
            let mut cols = nullable_list(list);
            if let Some((_, named)) = types.iter().find(|(t, _)| *t == ty) {
                cols.extend(named.iter().cloned());
            }
            cols
        }
        None => Vec::new(),
    };
    (nullable_params, nullable_columns)
}

/// `Name(a?, b)` or `(a?, b)` or `Name`: the name and what is inside the parentheses.
fn split_type(text: &str) -> (String, &str) {
    match text.split_once('(') {
        Some((name, rest)) => (
            name.trim().to_owned(),
            rest.rsplit_once(')').map_or(rest, |(inside, _)| inside),
        ),
        None => (text.trim().to_owned(), ""),
    }
}

/// The names marked `?` in `a?, b, c?.d?, e?[?]`: their leading identifier.
fn nullable_list(list: &str) -> Vec<String> {
    list.split(',')
        .filter_map(|item| {
            let item = item.trim().trim_matches('"');
            let ident: String = item
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            item[ident.len()..]
                .starts_with('?')
                .then_some(ident)
                .filter(|i| !i.is_empty())
        })
        .collect()
}

/// cornucopia's `:name` parameters (never `::type`) as `@name`, in order of first use.
fn colon_params(sql: &str) -> (String, Vec<String>) {
    let code = code_offsets(sql);
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut params: Vec<String> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let is_param = b[i] == b':'
            && code.contains(&i)
            && (i == 0 || b[i - 1] != b':')
            && b.get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_');
        if !is_param {
            let c = sql[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let len = b[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        let name = sql[i + 1..i + 1 + len].to_owned();
        if !params.contains(&name) {
            params.push(name.clone());
        }
        out.push('@');
        out.push_str(&name);
        i += 1 + len;
    }
    (out, params)
}

/// Offsets of code bytes (outside literals and comments).
fn code_offsets(sql: &str) -> std::collections::HashSet<usize> {
    scan(sql)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| match t {
            Token::Code { at } => Some(at),
            _ => None,
        })
        .collect()
}

/// Appends each of `names` not declared yet, as a parameter that is not nullable.
fn add_params(params: &mut Vec<(String, bool)>, names: impl IntoIterator<Item = String>) {
    for name in names {
        if !params.iter().any(|(p, _)| *p == name) {
            params.push((name, false));
        }
    }
}

/// The `@name` words of `sql`, in order of first use.
fn at_words(sql: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for token in scan(sql).unwrap_or_default() {
        if let Token::At {
            word, glued: false, ..
        } = token
            && !out.contains(&word)
        {
            out.push(word);
        }
    }
    out
}

/// The body without the comment lines that sit between the annotation and the SQL.
fn strip_leading_comments(body: &str) -> String {
    let mut lines: Vec<&str> = body.lines().collect();
    while lines
        .first()
        .is_some_and(|l| l.trim().is_empty() || l.trim_start().starts_with("--"))
    {
        lines.remove(0);
    }
    // Comments after the statement belong to the next query's annotation, if anything.
    while lines
        .last()
        .is_some_and(|l| l.trim().is_empty() || l.trim_start().starts_with("--"))
    {
        lines.pop();
    }
    let text = lines.join("\n");
    text.trim_end().trim_end_matches(';').trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlc_arguments_become_named() {
        let (sql, params, _) =
            sqlc_args("WHERE a = sqlc.arg(a) AND b = sqlc.narg ('b') AND 'sqlc.arg(x)' = c")
                .unwrap();
        assert_eq!(sql, "WHERE a = @a AND b = @b AND 'sqlc.arg(x)' = c");
        assert_eq!(params, [("a".to_owned(), false), ("b".to_owned(), true)]);
        let (sql, _, embeds) =
            sqlc_args("SELECT sqlc.embed(u), sqlc.embed(posts) FROM users u JOIN posts").unwrap();
        assert_eq!(sql, "SELECT u.*, posts.* FROM users u JOIN posts");
        assert_eq!((embeds[1].name.as_str(), embeds[1].at), ("posts", 12));
        assert!(sqlc_args("SELECT sqlc.arg FROM t").is_err());
        let (sql, positional) = names::positional("SELECT $1, @version, $3");
        assert_eq!(
            number_like_sqlc(&sql, positional, Vec::new()),
            [
                ("p1".to_owned(), false),
                ("version".to_owned(), false),
                ("p3".to_owned(), false)
            ]
        );
        assert_eq!(
            unrawable_params("SELECT @self, @type, @crate_x"),
            "SELECT @self_, @type, @crate_x"
        );
    }

    #[test]
    fn cornucopia_parameters_and_annotations() {
        let (sql, params) = colon_params(
            "SELECT :a::text, x::int FROM t WHERE b = :b_2 AND c = ':no' AND d[1:2] = :a",
        );
        assert_eq!(
            sql,
            "SELECT @a::text, x::int FROM t WHERE b = @b_2 AND c = ':no' AND d[1:2] = @a"
        );
        assert_eq!(params, ["a", "b_2"]);
        assert_eq!(nullable_list("a?, b, c?.d?, e?[?]"), ["a", "c", "e"]);
        assert_eq!(split_type("Named(x?)"), ("Named".to_owned(), "x?"));
    }
}
