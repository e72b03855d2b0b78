//! Validation: everything that can be known about a statement without a database.

use crate::naming::{self, snake_case};
use crate::parallel;
use crate::parse::{self, Declaration, OrderDef};
use prepared_sql::template::{self, Template};
use prepared_sql::{Checked, Problem, Slot, excerpt};
use std::collections::{HashMap, HashSet};

/// The most parameters a statement may declare: PostgreSQL's limit, as the protocol counts
/// a statement's parameters in 16 bits.
const MAX_PARAMS: usize = 65_535;

pub struct Registry {
    pub module: syn::ItemMod,
    pub statements: Vec<Validated>,
    pub orders: Vec<OrderDef>,
    pub sql_comment: bool,
    pub errors: Vec<syn::Error>,
}

/// A declaration with what validation found: its SQL checked per variant, its
/// parameters' kinds. Named apart from the runtime's `Statement` trait and `StatementInfo`.
pub struct Validated {
    pub def: Declaration,
    /// The constructor's name.
    pub name: String,
    /// How each declared parameter takes part.
    pub kinds: Vec<ParamKind>,
    /// Declared indices of the fragments' condition parameters: bit `i` of a variant index.
    pub conditions: Vec<usize>,
    /// Declared indices of the choice parameters, each a digit of a variant index after the
    /// condition bits.
    pub choices: Vec<usize>,
    /// How its variants are numbered: `variants[i]` is variant `i`.
    pub numbering: template::Numbering,
    /// Every value some variant binds; the variants bind subsets of it.
    pub universe: Vec<Slot>,
    /// One for a statement without fragments or choices; else every combination, by index.
    pub variants: Vec<Variant>,
    /// For a `COPY … FROM STDIN`: the probe that gives its columns' types.
    pub copy_probe: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Value,
    Rows,
    /// A sort order: the index of its enum in [`Registry::orders`].
    Choice(usize),
}

pub struct Variant {
    /// `{status,order=Cheapest}`; empty for a statement without variants.
    pub label: String,
    pub checked: Checked,
    /// For each `$n` of this variant, its position in the statement's universe.
    pub bind: Vec<usize>,
}

impl Validated {
    pub fn has_variants(&self) -> bool {
        !self.conditions.is_empty() || !self.choices.is_empty()
    }
}

pub fn registry(parsed: parse::Registry) -> Registry {
    let parse::Registry {
        module,
        statements,
        orders,
        sql_comment,
        mut errors,
    } = parsed;
    let mut seen_structs: HashMap<String, usize> = HashMap::new();
    let mut seen_names: HashMap<String, String> = HashMap::new();
    let mut valid = Vec::new();
    let options = order_options(&orders);
    let options: Vec<Vec<(&str, &str)>> = options
        .iter()
        .map(|o| o.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect())
        .collect();
    // Each statement keeps the errors found before it, so they come out in the order a
    // check of one statement after another would give.
    let mut pending = Vec::new();
    let mut before = Vec::new();
    // Each struct's name is also a constant's, beside the constructors (`expand`).
    let constants: HashSet<String> = statements.iter().map(|d| d.ident.to_string()).collect();
    for def in statements {
        let name = snake_case(&def.ident.to_string());
        if let Some(error) = declared_twice(&def, &name, &mut seen_structs, &mut seen_names) {
            before.push(error);
            continue;
        }
        if constants.contains(&name) {
            before.push(syn::Error::new(
                def.ident.span(),
                format!(
                    "statement `{}`: its constructor `{name}` would have the name of statement `{name}`'s constant (`PreparedQueryEnum::{name}`), on the same type; name statement structs in CamelCase",
                    def.ident
                ),
            ));
            continue;
        }
        let mut def = def;
        before.extend(params(&mut def, &name));
        let kinds = kinds(&def, &orders);
        let names: Vec<String> = def.params.iter().map(|p| p.sql_name()).collect();
        pending.push(Pending {
            def,
            name,
            kinds,
            names,
            before: std::mem::take(&mut before),
        });
    }
    // The SQL checks are most of the macro's work and touch no tokens, so they run on every
    // core; everything with a span stays on the macro's thread.
    let checks = {
        let jobs: Vec<Job<'_>> = pending
            .iter()
            .map(|p| Job {
                sql: &p.def.sql.text,
                params: template_params(&p.names, &p.kinds, &options),
                check: !p.def.unchecked_syntax,
            })
            .collect();
        parallel::map(&jobs, Job::run)
    };
    for (p, checks) in pending.into_iter().zip(checks) {
        let (statement, found) = statement(p.def, p.name, p.kinds, checks);
        errors.extend(p.before);
        errors.extend(found);
        valid.push(statement);
    }
    errors.extend(before);
    for order in &orders {
        errors.extend(order_errors(order));
    }
    Registry {
        module,
        statements: valid,
        orders,
        sql_comment,
        errors,
    }
}

/// A second statement of one name, or of one constructor name, in a registry; else the
/// statement is recorded as seen.
fn declared_twice(
    def: &Declaration,
    name: &str,
    seen_structs: &mut HashMap<String, usize>,
    seen_names: &mut HashMap<String, String>,
) -> Option<syn::Error> {
    let struct_name = def.ident.to_string();
    if let Some(line) = seen_structs.get(&struct_name) {
        return Some(syn::Error::new(
            def.ident.span(),
            format!(
                "statement `{struct_name}` is declared twice in this registry (first at line {line})"
            ),
        ));
    }
    seen_structs.insert(struct_name.clone(), def.attr_span.start().line);
    let other = seen_names.insert(name.to_owned(), struct_name.clone())?;
    Some(syn::Error::new(
        def.ident.span(),
        format!(
            "statements `{other}` and `{struct_name}` both get the constructor `{name}`; rename one"
        ),
    ))
}

/// A sort fragment is spliced into SQL as written: it may not hold parameters or braces.
fn order_errors(order: &OrderDef) -> Vec<syn::Error> {
    order
        .options
        .iter()
        .filter_map(|option| {
            let text = option.sql.value();
            let problem = prepared_sql::rewrite(&text, &[]).problems.into_iter().next()?;
            Some(syn::Error::new(
                option.sql.span(),
                format!(
                    "sort order `{}::{}`: {}; a sort fragment is plain SQL, spliced into the statement",
                    order.ident,
                    option.ident,
                    problem.message()
                ),
            ))
        })
        .collect()
}

fn kinds(def: &Declaration, orders: &[OrderDef]) -> Vec<ParamKind> {
    def.params
        .iter()
        .map(|p| {
            let order = naming::plain_type_name(&p.ty)
                .and_then(|name| orders.iter().position(|o| o.ident == *name));
            match order {
                Some(o) => ParamKind::Choice(o),
                None if naming::rows_element(&p.ty, &def.imports).is_some() => ParamKind::Rows,
                None => ParamKind::Value,
            }
        })
        .collect()
}

/// Each sort order's fragments as `(variant, SQL)`, read once for every statement.
fn order_options(orders: &[OrderDef]) -> Vec<Vec<(String, String)>> {
    orders
        .iter()
        .map(|o| {
            o.options
                .iter()
                .map(|option| (option.ident.to_string(), option.sql.value()))
                .collect()
        })
        .collect()
}

/// A statement past the registry's own checks, its SQL's still to come.
struct Pending {
    def: Declaration,
    name: String,
    kinds: Vec<ParamKind>,
    /// Its parameters' names, which the template of its SQL check borrows.
    names: Vec<String>,
    /// The errors found since the statement before it, reported ahead of its own.
    before: Vec<syn::Error>,
}

/// What a statement's SQL text says, whatever its spans: worked out off the macro's thread.
struct Checks {
    problems: Vec<Problem>,
    /// How the template's variants are numbered (their count even past
    /// [`template::MAX_VARIANTS`]).
    numbering: template::Numbering,
    conditions: Vec<usize>,
    choices: Vec<usize>,
    has_variants: bool,
    variants: Vec<Variant>,
}

/// One statement's SQL and parameters, as plain data a worker thread can read.
struct Job<'a> {
    sql: &'a str,
    params: Vec<template::Param<'a>>,
    check: bool,
}

impl Job<'_> {
    fn run(&self) -> Checks {
        let template = Template::new(self.sql, &self.params);
        let numbering = template.numbering();
        let count = numbering.count();
        let variants: Vec<Variant> = if count > template::MAX_VARIANTS {
            vec![variant(&template, 0, self.check)]
        } else {
            (0..count.max(1))
                .map(|i| variant(&template, i, self.check))
                .collect()
        };
        Checks {
            numbering,
            has_variants: template.has_variants(),
            variants,
            problems: template.problems,
            conditions: template.conditions,
            choices: template.choices,
        }
    }
}

fn template_params<'a>(
    names: &'a [String],
    kinds: &[ParamKind],
    options: &'a [Vec<(&'a str, &'a str)>],
) -> Vec<template::Param<'a>> {
    names
        .iter()
        .zip(kinds)
        .map(|(name, kind)| template::Param {
            name,
            kind: match kind {
                ParamKind::Value => template::Kind::Value,
                ParamKind::Rows => template::Kind::Rows,
                ParamKind::Choice(o) => template::Kind::Choice(&options[*o]),
            },
        })
        .collect()
}

fn statement(
    def: Declaration,
    name: String,
    kinds: Vec<ParamKind>,
    checks: Checks,
) -> (Validated, Vec<syn::Error>) {
    let Checks {
        problems: found,
        numbering,
        conditions,
        choices,
        has_variants,
        variants,
    } = checks;
    let mut errors = problems(&def, &name, &found);
    let count = numbering.count();
    if count > template::MAX_VARIANTS {
        errors.push(syn::Error::new(
            def.sql.span,
            format!(
                "statement `{name}` has {count} variants ({} optional conditions{}); the test harness proves each, so a statement has at most {} variants: split it, or turn a filter into `(@x IS NULL OR ..)`",
                conditions.len(),
                if choices.is_empty() { "" } else { " times its sort orders" },
                template::MAX_VARIANTS
            ),
        ));
    }
    let universe = variants
        .get(numbering.full())
        .map(|v| v.checked.rewritten.slots.clone())
        .unwrap_or_default();
    let variants = bound_to(variants, &universe, has_variants);
    errors.extend(owned_rows_errors(&def, &kinds, &universe));
    let copy_probe = copy_probe(&def, &name, &mut errors);
    let statement = Validated {
        def,
        name,
        kinds,
        conditions,
        choices,
        numbering,
        universe,
        variants,
        copy_probe,
    };
    errors.extend(sql_errors(&statement));
    (statement, errors)
}

/// Each variant with the positions in `universe` (the values the full variant binds) of
/// what it binds; a statement without variants keeps no label.
fn bound_to(variants: Vec<Variant>, universe: &[Slot], has_variants: bool) -> Vec<Variant> {
    variants
        .into_iter()
        .map(|mut v| {
            v.bind = v
                .checked
                .rewritten
                .slots
                .iter()
                .map(|s| {
                    // The full variant binds every value; a variant binds a subset.
                    universe
                        .iter()
                        .position(|u| u == s)
                        .expect("a variant binds only what the full variant binds")
                })
                .collect();
            if !has_variants {
                v.label.clear();
            }
            v
        })
        .collect()
}

/// A binary `COPY … FROM STDIN` writes rows of its `row =` type and takes no parameters.
fn copy_probe(def: &Declaration, name: &str, errors: &mut Vec<syn::Error>) -> Option<String> {
    let copy = match prepared_sql::copy::copy_in(&def.sql.text)? {
        Ok(copy) => copy,
        Err(message) => {
            errors.push(syn::Error::new(
                def.sql.span,
                format!("statement `{name}`: {message}"),
            ));
            return None;
        }
    };
    if def.row.is_none() {
        errors.push(syn::Error::new(
            def.sql.span,
            format!("statement `{name}`: a COPY writes rows of a type: add `row = T` with `#[derive(prepared::ToRow)] struct T`"),
        ));
    }
    if !def.params.is_empty() {
        errors.push(syn::Error::new(
            def.params_span,
            format!("statement `{name}`: a COPY takes its data from rows, not parameters; remove `params(..)`"),
        ));
    }
    Some(copy.probe())
}

/// An owned `Vec<T>` of rows gives its fields away to bind them, so it cannot also be bound
/// whole.
fn owned_rows_errors(def: &Declaration, kinds: &[ParamKind], universe: &[Slot]) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    for (index, p) in def.params.iter().enumerate() {
        let fields = universe
            .iter()
            .any(|s| s.param == index && s.field.is_some());
        let whole = universe
            .iter()
            .any(|s| s.param == index && s.field.is_none());
        let owned = !matches!(p.ty, syn::Type::Reference(_));
        if kinds[index] == ParamKind::Rows && fields && whole && owned {
            errors.push(syn::Error::new(
                p.name.span(),
                format!(
                    "parameter `{}` is used both whole (`@{}`) and by field (`@{}.field`); take it as a slice, `&[..]`, to bind both",
                    p.sql_name(), p.sql_name(), p.sql_name()
                ),
            ));
        }
    }
    errors
}

fn variant(template: &Template<'_>, index: usize, check: bool) -> Variant {
    Variant {
        label: template.label(index),
        checked: prepared_sql::check_variant(template, index, check),
        bind: Vec::new(),
    }
}

/// Checks the declared parameters; a repeated one is reported and dropped, so the
/// constructor still expands and rustc adds no errors of its own.
fn params(def: &mut Declaration, name: &str) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    def.params.retain(|p| {
        let first = seen.insert(p.sql_name());
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

/// Problems of the text, whatever the variant.
fn problems(def: &Declaration, name: &str, problems: &[Problem]) -> Vec<syn::Error> {
    problems
        .iter()
        .map(|problem| match problem {
            Problem::Unused { name: param } => {
                let ident = def
                    .params
                    .iter()
                    .find(|p| p.sql_name() == *param)
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
        })
        .collect()
}

/// The syntax and every-row errors of each variant. A mistake outside the fragments shows
/// in many variants: it is reported once, naming the first variant and how many share it.
fn sql_errors(s: &Validated) -> Vec<syn::Error> {
    let def = &s.def;
    let mut found: Vec<(String, Option<usize>, Vec<&str>)> = Vec::new();
    fn add<'s>(
        found: &mut Vec<(String, Option<usize>, Vec<&'s str>)>,
        message: String,
        offset: Option<usize>,
        label: &'s str,
    ) {
        match found
            .iter_mut()
            .find(|(m, o, _)| *m == message && *o == offset)
        {
            Some((_, _, labels)) => labels.push(label),
            None => found.push((message, offset, vec![label])),
        }
    }
    for v in &s.variants {
        let checked = &v.checked;
        if let Some(syntax) = &checked.syntax {
            let message = format!(
                "syntax error: {}\n{}",
                syntax.message,
                prepared_sql::PARSER_NOTE
            );
            add(&mut found, message, syntax.offset, &v.label);
        }
        if checked.syntax.is_none() && !def.unchecked_syntax && !def.all_rows {
            for every in &checked.every_row {
                let message = format!(
                    "{}, so it changes every row; narrow it, or add `all_rows` to this `#[prepared(..)]` if every row is meant",
                    every.what
                );
                let offset = every.offset.map(|o| checked.rewritten.to_source(o));
                add(&mut found, message, offset, &v.label);
            }
        }
    }
    found
        .into_iter()
        .map(|(message, offset, labels)| {
            let message = match labels.as_slice() {
                [""] | [] => message,
                [one] => format!("in variant `{one}`{}: {message}", without(one)),
                [first, rest @ ..] => format!(
                    "in variant `{first}`{} and {} more of its {} variants: {message}",
                    without(first),
                    rest.len(),
                    s.variants.len()
                ),
            };
            syn::Error::new(def.sql.span, located(def, &s.name, &message, offset))
        })
        .collect()
}

/// What the label `{}` means, which reads as nothing.
fn without(label: &str) -> &'static str {
    if label == "{}" {
        " (every optional fragment left out)"
    } else {
        ""
    }
}

/// `statement `x`: message`, then where in the SQL as the user wrote it, with a caret.
/// Stable Rust cannot point inside a string literal, so the excerpt goes in the message.
fn located(def: &Declaration, name: &str, message: &str, offset: Option<usize>) -> String {
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

#[cfg(test)]
mod tests {
    use super::{Variant, bound_to};
    use prepared_sql::Slot;

    fn variant(binds: &[usize]) -> Variant {
        let params: Vec<String> = binds.iter().map(|p| format!("p{p}")).collect();
        let names: Vec<&str> = params.iter().map(String::as_str).collect();
        let sql: Vec<String> = names.iter().map(|n| format!("@{n}")).collect();
        let mut checked = prepared_sql::check(&format!("SELECT {}", sql.join(", ")), &names, false);
        for (slot, &param) in checked.rewritten.slots.iter_mut().zip(binds) {
            slot.param = param;
        }
        Variant {
            label: String::new(),
            checked,
            bind: Vec::new(),
        }
    }

    fn slot(param: usize) -> Slot {
        Slot { param, field: None }
    }

    #[test]
    fn a_variant_binds_by_its_values_place_in_the_full_variant() {
        let bound = bound_to(vec![variant(&[2, 0])], &[slot(0), slot(1), slot(2)], true);
        assert_eq!(bound[0].bind, [2, 0]);
    }

    #[test]
    #[should_panic(expected = "a variant binds only what the full variant binds")]
    fn a_value_the_full_variant_does_not_bind_fails_loudly() {
        bound_to(vec![variant(&[3])], &[slot(0), slot(1)], true);
    }
}
