//! `prepared`: scaffolding for `#[prepared]` declarations.
//!
//! - `prepared describe "SQL"` prints a ready declaration: the parameter types PostgreSQL
//!   infers, and a `FromRow` struct whose nullability is the harness's own judgement.
//! - `prepared import FILE..` turns sqlc (`-- name: X :one`) or cornucopia (`--! x`) query
//!   files into a registry module.
//!
//! Both ask a database: `DATABASE_URL`, or a throwaway PostgreSQL with `--schema PATH` or,
//! without it, the schema the harness finds for the crate in the current directory.

use prepared_cli::{Error, Output, database};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  prepared describe [--name StructName] [--schema PATH] \"SQL with @name or $n parameters\"
  prepared import [--schema PATH] [--module NAME] FILE... > src/queries.rs

`import` writes a module file: declared with `mod queries;` it gives `queries::REGISTRY`
and `queries::PreparedStatement` (the registry module inside is NAME, `statements` by
default). A query it cannot translate is left out with a comment saying why; it then
exits with status 1 after listing them.

The database is DATABASE_URL, else a throwaway PostgreSQL with the schema at --schema
(a file or a migrations folder), else the crate's schema as the test harness finds it.";

enum Command {
    Describe { sql: String, name: String },
    Import { files: Vec<PathBuf>, module: String },
}

struct Options {
    schema: Option<PathBuf>,
    command: Command,
}

fn parse() -> Result<Options, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut schema = None;
    let mut name = None;
    let mut module = None;
    let mut command = None::<String>;
    let mut free = Vec::new();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("schema") => schema = Some(PathBuf::from(parser.value()?)),
            Long("name") => name = Some(parser.value()?.string()?),
            Long("module") => module = Some(parser.value()?.string()?),
            Long("help") | Short('h') => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if command.is_none() => command = Some(v.string()?),
            Value(v) => free.push(v.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    let command = match command.as_deref() {
        Some("describe") => match free.as_slice() {
            [sql] => Command::Describe {
                sql: sql.clone(),
                name: name.unwrap_or_else(|| "Query".to_owned()),
            },
            _ => return Err("`describe` takes one SQL statement".into()),
        },
        Some("import") if !free.is_empty() => Command::Import {
            files: free.into_iter().map(PathBuf::from).collect(),
            module: module.unwrap_or_else(|| "statements".to_owned()),
        },
        Some("import") => return Err("`import` takes one or more query files".into()),
        Some(other) => return Err(format!("unknown command `{other}`").into()),
        None => return Err("no command".into()),
    };
    Ok(Options { schema, command })
}

fn main() -> ExitCode {
    let options = match parse() {
        Ok(options) => options,
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(options)) {
        Ok(output) => {
            print!("{}", output.text);
            eprint!("{}", output.summary);
            if output.left_out.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(options: Options) -> Result<Output, Error> {
    let db = database::open(options.schema.as_deref()).await?;
    match options.command {
        Command::Describe { sql, name } => prepared_cli::describe(&db.client, &name, &sql).await,
        Command::Import { files, module } => {
            prepared_cli::import(&db.client, &files, &module).await
        }
    }
}
