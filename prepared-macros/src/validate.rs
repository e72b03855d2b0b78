//! Validation: everything that can be known about a statement without a database.

use crate::naming::snake_case;
use crate::parse::{self, StatementDef};
use prepared_sql::{Checked, Problem, excerpt};
use std::collections::HashMap;

/// The most parameters a statement may declare: PostgreSQL's limit, as the protocol counts
/// a statement's parameters in 16 bits.
const MAX_PARAMS: usize = 65_535;

pub struct Registry {
    pub module: syn::ItemMod,
    pub statements: Vec<Statement>,
    pub errors: Vec<syn::Error>,
}

pub struct Statement {
    pub def: StatementDef,
    /// The constructor's name.
    pub name: String,
    pub checked: Checked,
}

pub fn registry(parsed: parse::Registry) -> Registry {
    let parse::Registry {
        module,
        statements,
        mut errors,
    } = parsed;
    let mut seen_structs: HashMap<String, usize> = HashMap::new();
    let mut seen_names: HashMap<String, String> = HashMap::new();
    let mut valid = Vec::new();
    for def in statements {
        let struct_name = def.ident.to_string();
        let name = snake_case(&struct_name);
        if let Some(line) = seen_structs.get(&struct_name) {
            errors.push(syn::Error::new(
                def.ident.span(),
                format!("statement `{struct_name}` is declared twice in this registry (first at line {line})"),
            ));
            continue;
        }
        seen_structs.insert(struct_name.clone(), def.attr_span.start().line);
        if let Some(other) = seen_names.insert(name.clone(), struct_name.clone()) {
            errors.push(syn::Error::new(
                def.ident.span(),
                format!("statements `{other}` and `{struct_name}` both get the constructor `{name}`; rename one"),
            ));
            continue;
        }
        let mut def = def;
        errors.extend(params(&mut def, &name));
        let declared: Vec<String> = def.params.iter().map(|p| p.name.to_string()).collect();
        let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
        let checked = prepared_sql::check(&def.sql.text, &declared, !def.unchecked_syntax);
        errors.extend(sql_errors(&def, &name, &checked));
        valid.push(Statement { def, name, checked });
    }
    Registry {
        module,
        statements: valid,
        errors,
    }
}

/// Checks the declared parameters; a repeated one is reported and dropped, so the
/// constructor still expands and rustc adds no errors of its own.
fn params(def: &mut StatementDef, name: &str) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    def.params.retain(|p| {
        let first = seen.insert(p.name.to_string());
        if !first {
            errors.push(syn::Error::new(
                p.name.span(),
                format!(
                    "statement `{name}`: parameter `{}` is declared twice",
                    p.name
                ),
            ));
        }
        first
    });
    if def.params.len() > MAX_PARAMS {
        errors.push(syn::Error::new(
            def.params_span,
            format!(
                "statement `{name}` declares {} parameters; PostgreSQL takes at most {MAX_PARAMS} (pass arrays, a composite or `Json<T>` instead)",
                def.params.len()
            ),
        ));
    }
    errors
}

fn sql_errors(def: &StatementDef, name: &str, checked: &Checked) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    for problem in &checked.rewritten.problems {
        let error = match problem {
            Problem::Unused { name: param } => {
                let ident = def
                    .params
                    .iter()
                    .find(|p| p.name == param)
                    .map(|p| p.name.span());
                syn::Error::new(
                    ident.unwrap_or(def.sql.span),
                    format!("statement `{name}`: {}", problem.message()),
                )
            }
            _ => syn::Error::new(
                def.sql.span,
                located(def, name, &problem.message(), problem.offset()),
            ),
        };
        errors.push(error);
    }
    if checked.syntax.is_none() && !def.unchecked_syntax && !def.all_rows {
        for every in
            prepared_sql::guard::modifies_every_row(&checked.rewritten.sql).unwrap_or_default()
        {
            let message = format!(
                "{}, so it changes every row; narrow it, or add `all_rows` to this `#[prepared(..)]` if every row is meant",
                every.what
            );
            let offset = every.offset.map(|o| checked.rewritten.to_source(o));
            errors.push(syn::Error::new(
                def.sql.span,
                located(def, name, &message, offset),
            ));
        }
    }
    if let Some(syntax) = &checked.syntax {
        let message = format!(
            "syntax error: {}\n{}",
            syntax.message,
            prepared_sql::PARSER_NOTE
        );
        errors.push(syn::Error::new(
            def.sql.span,
            located(def, name, &message, syntax.offset),
        ));
    }
    errors
}

/// `statement `x`: message`, then where in the SQL as the user wrote it, with a caret.
/// Stable Rust cannot point inside a string literal, so the excerpt goes in the message.
fn located(def: &StatementDef, name: &str, message: &str, offset: Option<usize>) -> String {
    let Some(offset) = offset else {
        return format!("statement `{name}`: {message}");
    };
    let origin = match &def.sql.file {
        Some((relative, _)) => format!(" in `{relative}`"),
        None => String::new(),
    };
    format!(
        "statement `{name}`: {message}\n --> SQL{origin}, {}",
        excerpt::caret(&def.sql.text, offset)
    )
}
