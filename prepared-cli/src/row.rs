//! A query's row type from its described columns: one field per column, a name the result
//! repeats read by position, and each `sqlc.embed(t)` a nested row type of its own.

use crate::names;
use crate::rust_type::{self, Needs};
use crate::source::Query;
use prepared_test_harness::DescribedColumn;
use std::fmt::Write as _;

/// Where one `sqlc.embed(t)`'s columns are in the result.
#[derive(Debug, Clone)]
pub struct EmbedRun {
    /// `t` as written.
    pub name: String,
    pub start: usize,
    pub width: usize,
}

/// What row types need beyond their own fields.
pub struct Context<'a> {
    pub needs: &'a mut Needs,
    /// The nested row types of the module so far: name, table and fields.
    pub nested: &'a mut Vec<(String, String, String)>,
    /// Columns without a Rust type.
    pub unsupported: &'a mut Vec<String>,
}

/// The fields of a query's row type.
pub fn fields(
    q: &Query,
    columns: &[DescribedColumn],
    embeds: &[EmbedRun],
    cx: &mut Context<'_>,
) -> String {
    let mut out = String::new();
    let mut used: Vec<String> = Vec::new();
    let mut i = 0;
    while i < columns.len() {
        if let Some(run) = embeds.iter().find(|r| r.start == i && r.width > 0) {
            let end = (run.start + run.width).min(columns.len());
            let mut body = String::new();
            for column in &columns[run.start..end] {
                let name = names::field(&column.name);
                field(q, column, &name, None, cx, &mut body);
            }
            // Named after the table, so that every query embedding it shares the type.
            let table = columns[run.start].table.as_deref().unwrap_or(&run.name);
            let ty = nest(cx.nested, table, body);
            let name = unique(names::field(&run.name), &mut used);
            let _ = writeln!(
                out,
                "    /// `sqlc.embed({})`: its columns, in their place.\n    #[prepared(flatten)]\n    pub {name}: {ty},",
                run.name
            );
            i = end;
            continue;
        }
        let column = &columns[i];
        let repeated = columns.iter().filter(|c| c.name == column.name).count() > 1;
        let name = unique(names::field(&column.name), &mut used);
        let position = repeated.then_some(i + 1);
        field(q, column, &name, position, cx, &mut out);
        i += 1;
    }
    out
}

/// `name`, or `name_2`, `name_3`, … when a field already has it.
fn unique(name: String, used: &mut Vec<String>) -> String {
    let mut candidate = name.clone();
    let mut k = 2;
    while used.contains(&candidate) {
        candidate = format!("{}_{k}", name.trim_start_matches("r#"));
        k += 1;
    }
    used.push(candidate.clone());
    candidate
}

/// One field: its doc (why it may be NULL), its attributes and its declaration.
fn field(
    q: &Query,
    column: &DescribedColumn,
    name: &str,
    position: Option<usize>,
    cx: &mut Context<'_>,
    out: &mut String,
) {
    let ty = match rust_type::field(&column.ty, cx.needs) {
        Ok(ty) => ty,
        Err(pg) => {
            cx.unsupported
                .push(format!("column `{}` of type `{pg}`", column.name));
            return;
        }
    };
    let told = q.nullable_columns.contains(&column.name);
    let ty = match (&column.nullable, told) {
        (Some(reason), _) => {
            let _ = writeln!(out, "    /// Can be NULL: {reason}.");
            format!("Option<{ty}>")
        }
        (None, true) => {
            let _ = writeln!(out, "    /// Declared nullable by the query file.");
            format!("Option<{ty}>")
        }
        (None, false) => ty,
    };
    match position {
        Some(n) => {
            let _ = writeln!(
                out,
                "    /// Column {n}: the result names more than one column `{}`.\n    #[prepared(position = {n})]",
                column.name
            );
        }
        None if name.trim_start_matches("r#") != column.name => {
            let _ = writeln!(out, "    #[prepared(rename = {:?})]", column.name);
        }
        None => {}
    }
    let _ = writeln!(out, "    pub {name}: {ty},");
}

/// The name of the nested row type of `table` with these fields: the one already there,
/// or one added (numbered when another type's fields have the name).
fn nest(nested: &mut Vec<(String, String, String)>, table: &str, body: String) -> String {
    let name = names::camel_case(table);
    let mut candidate = name.clone();
    let mut k = 2;
    loop {
        match nested.iter().find(|(n, _, _)| *n == candidate) {
            Some((_, _, b)) if *b == body => return candidate,
            Some(_) => {
                candidate = format!("{name}{k}");
                k += 1;
            }
            None => break,
        }
    }
    nested.push((candidate.clone(), table.to_owned(), body));
    candidate
}
