//! The `prepared` command as a library: what `prepared describe` and `prepared import`
//! do, for the binary and for tests that import whole corpora in one process. Not a
//! stable API: the command is.

pub mod database;
mod error;
mod names;
mod render;
mod row;
mod rust_type;
mod source;

pub use error::Error;
pub use render::LeftOut;
use std::path::PathBuf;

/// What a command prints, and what it could not turn into a declaration.
#[derive(Debug)]
pub struct Output {
    /// For standard output: the declaration, or the module file.
    pub text: String,
    /// For standard error: what was imported and what was left out, and why.
    pub summary: String,
    /// How many queries became statements.
    pub imported: usize,
    /// The queries left out, and why.
    pub left_out: Vec<LeftOut>,
}

/// `prepared describe`: one declaration for `sql`, described by `client`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let db = prepared_cli::database::open(None).await?; // DATABASE_URL, or the crate's schema
/// let out = prepared_cli::describe(&db.client, "UserById", "SELECT * FROM users WHERE id = $1").await?;
/// println!("{}", out.text); // a row struct and a `#[prepared(..)]` declaration
/// # Ok(())
/// # }
/// ```
pub async fn describe(
    client: &tokio_postgres::Client,
    name: &str,
    sql: &str,
) -> Result<Output, Error> {
    let query = source::adhoc(name, sql)?;
    let described = render::describe_all(client, vec![query]).await?;
    let pieces = render::pieces(&described, "");
    Ok(Output {
        text: render::declaration(&pieces),
        summary: summary("describe", &pieces),
        imported: pieces.imported,
        left_out: pieces.left_out,
    })
}

/// `prepared import`: the module file for the queries of `files`, described by
/// `client`, with its registry module named `module`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let db = prepared_cli::database::open(Some("migrations".as_ref())).await?;
/// let out = prepared_cli::import(&db.client, &["queries/users.sql".into()], "statements").await?;
/// std::fs::write("src/queries.rs", &out.text)?;
/// eprint!("{}", out.summary); // what was imported, what was left out and why
/// # Ok(())
/// # }
/// ```
pub async fn import(
    client: &tokio_postgres::Client,
    files: &[PathBuf],
    module: &str,
) -> Result<Output, Error> {
    let mut queries = Vec::new();
    let mut without = Vec::new();
    for file in files {
        match source::read(file) {
            Ok(found) => queries.extend(found),
            // sqlc takes folders of query files, schema files among them: one without
            // annotations is only an error when no file has any.
            Err(e @ Error::UnknownFormat { .. }) => without.push(e),
            Err(e) => return Err(e),
        }
    }
    if queries.is_empty() && !without.is_empty() {
        return Err(without.remove(0));
    }
    let described = render::describe_all(client, queries).await?;
    let pieces = render::pieces(&described, "    ");
    let mut summary = summary("import", &pieces);
    for e in &without {
        summary.push_str(&format!("note: {e}; nothing imported from it\n"));
    }
    Ok(Output {
        text: render::module(module, files, &pieces),
        summary,
        imported: pieces.imported,
        left_out: pieces.left_out,
    })
}

/// `imported N of M queries`, then each query left out with why.
fn summary(command: &str, pieces: &render::Pieces) -> String {
    use std::fmt::Write as _;
    let total = pieces.imported + pieces.left_out.len();
    if pieces.left_out.is_empty() {
        return if command == "import" {
            format!("prepared import: imported all {total} queries\n")
        } else {
            String::new()
        };
    }
    let mut out = format!(
        "prepared {command}: imported {} of {total} queries; left out {}:\n",
        pieces.imported,
        pieces.left_out.len()
    );
    for left in &pieces.left_out {
        let _ = writeln!(out, "  - {left}");
    }
    out
}
