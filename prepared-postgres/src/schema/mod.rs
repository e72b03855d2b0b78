//! Finding and applying a crate's schema. `PREPARED_SCHEMA` (a file or a folder) overrides;
//! else the first of `sql/migrations/`, `migrations/`, `db/migrations/` that holds
//! migrations, else `sql/schema.sql`, else `db/schema.sql`. A folder is read the way the
//! tool that wrote it lays it out ([`Layout`]); down migrations are never applied.

mod layout;
mod script;

pub use layout::{Layout, migrations};

use crate::Error;
use script::Piece;
use std::path::{Path, PathBuf};

/// Folders searched for migrations, relative to the crate: this project's own, then where
/// sqlx, refinery, golang-migrate and Diesel keep them, then dbmate's.
const MIGRATION_DIRS: [&str; 3] = ["sql/migrations", "migrations", "db/migrations"];
/// Single-file schemas searched after them (dbmate dumps to `db/schema.sql`).
const SCHEMA_FILES: [&str; 2] = ["sql/schema.sql", "db/schema.sql"];

/// The schema files for the crate at `manifest_dir`, in the order they apply, honouring
/// `PREPARED_SCHEMA`.
///
/// ```no_run
/// # async fn run(client: &tokio_postgres::Client) -> Result<(), prepared_postgres::Error> {
/// use prepared_postgres::schema;
///
/// let files = schema::files(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))?;
/// schema::apply(client, &files).await?; // statement by statement, errors name file:line
/// # Ok(())
/// # }
/// ```
pub fn files(manifest_dir: &Path) -> Result<Vec<PathBuf>, Error> {
    files_with(
        manifest_dir,
        std::env::var_os("PREPARED_SCHEMA")
            .as_deref()
            .map(Path::new),
    )
}

/// [`files`] with the override given explicitly: a file or a folder of migrations, relative
/// to `manifest_dir` unless absolute.
///
/// ```no_run
/// use std::path::Path;
///
/// // What `PREPARED_SCHEMA=db/structure.sql` would choose.
/// let files = prepared_postgres::schema::files_with(
///     Path::new(env!("CARGO_MANIFEST_DIR")),
///     Some(Path::new("db/structure.sql")),
/// )?;
/// # let _ = files;
/// # Ok::<(), prepared_postgres::Error>(())
/// ```
pub fn files_with(
    manifest_dir: &Path,
    override_path: Option<&Path>,
) -> Result<Vec<PathBuf>, Error> {
    if let Some(path) = override_path {
        let path = manifest_dir.join(path);
        return if path.is_dir() {
            let (_, files) = migrations(&path)?;
            if files.is_empty() {
                return Err(Error::NoSchema {
                    looked: format!("PREPARED_SCHEMA={} (no migration to apply)", path.display()),
                });
            }
            Ok(files)
        } else if path.is_file() {
            Ok(vec![path])
        } else {
            Err(Error::NoSchema {
                looked: format!("PREPARED_SCHEMA={}", path.display()),
            })
        };
    }
    for dir in MIGRATION_DIRS {
        let dir = manifest_dir.join(dir);
        if dir.is_dir() {
            let (_, files) = migrations(&dir)?;
            if !files.is_empty() {
                return Ok(files);
            }
        }
    }
    for file in SCHEMA_FILES {
        let file = manifest_dir.join(file);
        if file.is_file() {
            return Ok(vec![file]);
        }
    }
    Err(Error::NoSchema {
        looked: MIGRATION_DIRS
            .iter()
            .map(|d| format!("{}/", manifest_dir.join(d).display()))
            .chain(
                SCHEMA_FILES
                    .iter()
                    .map(|f| manifest_dir.join(f).display().to_string()),
            )
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// Runs each file statement by statement; a failure names the file, the line and
/// PostgreSQL's error.
///
/// Statements are split at top-level semicolons by the same lexer that finds parameters, so
/// semicolons inside literals, dollar-quoted function bodies and comments do not split.
/// Running them one by one is what lets a failure name its line even when PostgreSQL
/// reports no position. Of a dbmate file only the `-- migrate:up` section runs; of a
/// `pg_dump` file the psql meta-commands that only guard a psql session are left out, and
/// the others fail with their line. A role that a dump's `OWNER TO` or `GRANT` names and
/// the server lacks is created (`NOLOGIN`), since a throwaway cluster has only `postgres`.
/// The session settings the files change (a dump empties `search_path`) are reset at the
/// end, so that what runs next on `client` sees what the application's connections see.
///
/// ```no_run
/// # async fn run() -> Result<(), prepared_postgres::Error> {
/// use prepared_postgres::{TempPostgres, schema};
///
/// let pg = TempPostgres::start()?;
/// let (client, _driver) = pg.connect().await?;
/// let files = schema::files(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))?;
/// schema::apply(&client, &files).await?; // a failure names its file and line
/// # Ok(())
/// # }
/// ```
pub async fn apply(client: &tokio_postgres::Client, files: &[PathBuf]) -> Result<(), Error> {
    apply_files(client, files).await?;
    client
        .batch_execute("RESET ALL")
        .await
        .map_err(|cause| Error::Reset { cause })
}

async fn apply_files(client: &tokio_postgres::Client, files: &[PathBuf]) -> Result<(), Error> {
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
            what: format!("reading {}", file.display()),
            cause: source,
        })?;
        let line_of = |at: usize| text[..at].matches('\n').count() + 1;
        let section = script::up_section(&text).map_err(|at| Error::Unsupported {
            file: file.clone(),
            line: line_of(at),
            what: "-- migrate:down".to_owned(),
            why: "a dbmate `-- migrate:down` section with no `-- migrate:up` section above it",
        })?;
        for piece in script::pieces(&text, section) {
            let (start, statement) = match piece {
                Piece::Sql(start, statement) => (start, statement),
                Piece::Skipped(..) => continue,
                Piece::Refused(at, what, why) => {
                    return Err(Error::Unsupported {
                        file: file.clone(),
                        line: line_of(at),
                        what: what.to_owned(),
                        why,
                    });
                }
            };
            if let Err(source) = run(client, statement).await {
                let within = match source.as_db_error().and_then(|d| d.position()) {
                    // A 1-based character position in the statement sent.
                    Some(tokio_postgres::error::ErrorPosition::Original(p)) => {
                        prepared_sql::offsets::char_position(statement, *p)
                    }
                    _ => first_code(statement),
                };
                return Err(Error::Schema {
                    file: file.clone(),
                    line: line_of(start + within),
                    cause: source,
                });
            }
        }
    }
    Ok(())
}

/// One statement, creating the roles it names that do not exist yet. A missing role is
/// 42704 (undefined_object), whose only mention of the role is in the translated message:
/// the statement's own role names are read instead (`prepared_sql::roles`), and those the
/// server lacks are created.
async fn run(
    client: &tokio_postgres::Client,
    statement: &str,
) -> Result<(), tokio_postgres::Error> {
    let mut tried = false;
    loop {
        let error = match client.batch_execute(statement).await {
            Ok(()) => return Ok(()),
            Err(error) => error,
        };
        if recreates_public(client, statement, &error).await {
            return Ok(());
        }
        let undefined = error
            .as_db_error()
            .is_some_and(|db| db.code() == &tokio_postgres::error::SqlState::UNDEFINED_OBJECT);
        if !undefined || tried {
            return Err(error);
        }
        tried = true;
        let named = prepared_sql::roles::named(statement);
        let missing = match client
            .query(
                "SELECT name FROM unnest($1::text[]) AS name WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name)",
                &[&named],
            )
            .await
        {
            Ok(rows) => rows.iter().map(|r| r.get::<_, String>(0)).collect::<Vec<_>>(),
            Err(_) => return Err(error),
        };
        if missing.is_empty() {
            return Err(error);
        }
        for role in missing {
            let quoted = format!("\"{}\"", role.replace('"', "\"\""));
            if client
                .batch_execute(&format!("CREATE ROLE {quoted} NOLOGIN"))
                .await
                .is_err()
            {
                return Err(error);
            }
        }
    }
}

/// Whether `statement` failed as a `pg_dump` of a database whose `public` schema was
/// recreated fails on a fresh database: `CREATE SCHEMA public` (42P06, duplicate_schema)
/// while the database's own `public` is still empty. psql restores such a dump by going
/// on past that error; so does the harness, and only there: a `public` that already holds
/// objects, or any other schema created twice, stays an error.
async fn recreates_public(
    client: &tokio_postgres::Client,
    statement: &str,
    error: &tokio_postgres::Error,
) -> bool {
    let duplicate = error
        .as_db_error()
        .is_some_and(|db| db.code() == &tokio_postgres::error::SqlState::DUPLICATE_SCHEMA);
    if !duplicate || prepared_sql::schemas::created(statement).as_deref() != Some("public") {
        return false;
    }
    let empty = "SELECT NOT EXISTS (SELECT FROM pg_class WHERE relnamespace = 'public'::regnamespace) \
         AND NOT EXISTS (SELECT FROM pg_proc WHERE pronamespace = 'public'::regnamespace) \
         AND NOT EXISTS (SELECT FROM pg_type WHERE typnamespace = 'public'::regnamespace)";
    match client.query_one(empty, &[]).await {
        Ok(row) => row.get::<_, bool>(0),
        Err(_) => false,
    }
}

/// The statements of a script with their byte offsets, split at top-level semicolons.
///
/// ```
/// let script = "CREATE TABLE t (note text DEFAULT ';');\nINSERT INTO t VALUES ('a;b');";
/// let found = prepared_postgres::schema::statements(script);
/// assert_eq!(found.len(), 2);
/// // Each piece starts where the one before ended: after its `;`.
/// assert!(found[1].1.trim_start().starts_with("INSERT"));
/// ```
pub fn statements(text: &str) -> Vec<(usize, &str)> {
    let ends: Vec<usize> = match prepared_sql::lexer::scan(text) {
        Ok(tokens) => tokens
            .iter()
            .filter_map(|t| match t {
                prepared_sql::lexer::Token::Semicolon { at } => Some(*at + 1),
                _ => None,
            })
            .collect(),
        // Unterminated text: let PostgreSQL report it for the whole file.
        Err(_) => Vec::new(),
    };
    let mut out = Vec::new();
    let mut start = 0;
    for end in ends.into_iter().chain(std::iter::once(text.len())) {
        let piece = &text[start..end];
        if first_code(piece) < piece.len() {
            out.push((start, piece));
        }
        start = end;
    }
    out
}

/// Offset of the first character that is neither whitespace nor inside a comment.
pub(crate) fn first_code(sql: &str) -> usize {
    match prepared_sql::lexer::scan(sql) {
        Ok(tokens) => tokens
            .iter()
            .find_map(|t| match t {
                prepared_sql::lexer::Token::Semicolon { .. } => None,
                prepared_sql::lexer::Token::Code { at }
                | prepared_sql::lexer::Token::Positional { at, .. } => Some(*at),
                prepared_sql::lexer::Token::At { at, .. } => Some(*at),
            })
            .unwrap_or(sql.len()),
        Err(u) => u.at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_migrations_then_schema_then_the_override() {
        let dir =
            std::env::temp_dir().join(format!("prepared-schema-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sql/migrations")).unwrap();
        std::fs::create_dir_all(dir.join("other")).unwrap();
        assert!(matches!(
            files_with(&dir, None),
            Err(Error::NoSchema { .. })
        ));
        std::fs::write(dir.join("sql/schema.sql"), "").unwrap();
        assert_eq!(
            files_with(&dir, None).unwrap(),
            [dir.join("sql/schema.sql")]
        );
        for name in ["0002_b.sql", "0001_a.sql", "notes.txt"] {
            std::fs::write(dir.join("sql/migrations").join(name), "").unwrap();
        }
        assert_eq!(
            files_with(&dir, None).unwrap(),
            [
                dir.join("sql/migrations/0001_a.sql"),
                dir.join("sql/migrations/0002_b.sql")
            ]
        );
        std::fs::write(dir.join("other/x.sql"), "").unwrap();
        assert_eq!(
            files_with(&dir, Some(Path::new("other"))).unwrap(),
            [dir.join("other/x.sql")]
        );
        assert_eq!(
            files_with(&dir, Some(Path::new("other/x.sql"))).unwrap(),
            [dir.join("other/x.sql")]
        );
        assert!(matches!(
            files_with(&dir, Some(Path::new("missing"))),
            Err(Error::NoSchema { .. })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn splits_scripts_at_top_level_semicolons_only() {
        let script = "-- a; comment\nCREATE TABLE a (s text DEFAULT ';');\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n\n";
        let parts: Vec<&str> = statements(script)
            .into_iter()
            .map(|(_, s)| s.trim())
            .collect();
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(parts[1].starts_with("CREATE FUNCTION") && parts[1].ends_with("LANGUAGE sql;"));
    }
}
