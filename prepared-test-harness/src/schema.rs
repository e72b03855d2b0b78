//! Finding and applying a crate's schema: `sql/migrations/*.sql` in file-name order, else
//! `sql/schema.sql`; `PREPARED_SCHEMA` (a file or a folder) overrides.

use crate::Error;
use std::path::{Path, PathBuf};

/// The schema files for the crate at `manifest_dir`, in the order they apply, honouring
/// `PREPARED_SCHEMA`.
pub fn files(manifest_dir: &Path) -> Result<Vec<PathBuf>, Error> {
    files_with(
        manifest_dir,
        std::env::var_os("PREPARED_SCHEMA")
            .as_deref()
            .map(Path::new),
    )
}

/// [`files`] with the override given explicitly: a file or a folder of `*.sql`, relative to
/// `manifest_dir` unless absolute.
pub fn files_with(
    manifest_dir: &Path,
    override_path: Option<&Path>,
) -> Result<Vec<PathBuf>, Error> {
    if let Some(path) = override_path {
        let path = manifest_dir.join(path);
        return if path.is_dir() {
            sql_files_in(&path)
        } else if path.is_file() {
            Ok(vec![path])
        } else {
            Err(Error::NoSchema {
                looked: format!("PREPARED_SCHEMA={}", path.display()),
            })
        };
    }
    let migrations = manifest_dir.join("sql/migrations");
    if migrations.is_dir() {
        let files = sql_files_in(&migrations)?;
        if !files.is_empty() {
            return Ok(files);
        }
    }
    let schema = manifest_dir.join("sql/schema.sql");
    if schema.is_file() {
        return Ok(vec![schema]);
    }
    Err(Error::NoSchema {
        looked: format!("{}/*.sql and {}", migrations.display(), schema.display()),
    })
}

fn sql_files_in(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        what: format!("reading {}", dir.display()),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    Ok(files)
}

/// Runs each file statement by statement; a failure names the file, the line and
/// PostgreSQL's error.
///
/// Statements are split at top-level semicolons by the same lexer that finds parameters, so
/// semicolons inside literals, dollar-quoted function bodies and comments do not split.
/// Running them one by one is what lets a failure name its line even when PostgreSQL
/// reports no position.
pub async fn apply(client: &tokio_postgres::Client, files: &[PathBuf]) -> Result<(), Error> {
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
            what: format!("reading {}", file.display()),
            source,
        })?;
        for (start, statement) in statements(&text) {
            if let Err(source) = client.batch_execute(statement).await {
                let within = match source.as_db_error().and_then(|d| d.position()) {
                    // A 1-based character position in the statement sent.
                    Some(tokio_postgres::error::ErrorPosition::Original(p)) => {
                        crate::report::char_position(statement, *p)
                    }
                    _ => first_code(statement),
                };
                let line = text[..start + within].matches('\n').count() + 1;
                return Err(Error::Schema {
                    file: file.clone(),
                    line,
                    source,
                });
            }
        }
    }
    Ok(())
}

/// The statements of a script with their byte offsets, split at top-level semicolons.
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
fn first_code(sql: &str) -> usize {
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
