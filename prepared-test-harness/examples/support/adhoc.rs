//! Statements built at run time, for SQL that no macro saw: the third-party corpora these
//! tools and tests read. They go through the same rewriter as the macro's. The harness
//! proves `&'static` registry entries, as the macro writes them: these are leaked, which a
//! tool that builds them once per run can afford (the library itself builds none).

use postgres_types::Type;
use prepared_runtime::registry::{Location, ParamInfo, StatementInfo};

fn any_type(_: &Type) -> bool {
    true
}

fn no_type() -> Option<Type> {
    None
}

/// A registry entry for `source_sql` with `@name` parameters `params`, whose Rust types are
/// unknown (any PostgreSQL type is accepted) and without a row type. The entry is leaked:
/// it lives as long as the process, like the macro's statics.
pub fn statement(
    name: &str,
    source_sql: &str,
    params: &[&str],
) -> Result<&'static StatementInfo, String> {
    let rewritten = prepared_sql::rewrite(source_sql, params);
    if let Some(problem) = rewritten.problems.first() {
        return Err(format!("statement `{name}`: {}", problem.message()));
    }
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let replacements = rewritten
        .replacements
        .iter()
        .map(|r| {
            r.edit
                .stored()
                .ok_or_else(|| format!("statement `{name}`: the SQL is 4 GiB or longer"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let params: Vec<ParamInfo> = params
        .iter()
        .map(|p| ParamInfo {
            name: leak(p),
            rust_type: "(any)",
            accepts: any_type,
            cast: None,
            natural_type: no_type,
            set: false,
        })
        .collect();
    Ok(Box::leak(Box::new(StatementInfo {
        name: leak(name),
        struct_name: leak(name),
        sql: leak(&rewritten.sql),
        source_sql: leak(source_sql),
        replacements: Box::leak(replacements.into_boxed_slice()),
        params: Box::leak(params.into_boxed_slice()),
        row: None,
        not_null: &[],
        syntax_checked: false,
        location: Location {
            file: "<adhoc>",
            line: 0,
            sql_file: None,
        },
        variants: &[],
        bind: None,
        copy_probe: None,
        // Not routed anywhere: the read-only proof is for registries (`volatile_calls`
        // tells a tool what would keep one of these off a replica).
        read_only: false,
    })))
}
