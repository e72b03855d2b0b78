//! What of a schema file PostgreSQL is sent: dbmate's `-- migrate:up` section only, and the
//! psql meta-commands of a `pg_dump` file handled on this side or refused with their line.

use std::ops::Range;

/// One piece of a script, with its byte offset in the file.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// SQL to send as it is.
    Sql(usize, &'a str),
    /// A psql meta-command the harness can leave out (`\restrict`, `\unrestrict`, `\echo`,
    /// `\set ON_ERROR_STOP`, …): they guard or decorate a psql session, not the schema.
    Skipped(usize, &'a str),
    /// Something only psql can run, and why it cannot run here.
    Refused(usize, &'a str, &'static str),
}

/// The byte range of `text` that is applied: between dbmate's `-- migrate:up` and
/// `-- migrate:down` lines when the file has them, else all of it. `Err` when a file has a
/// `-- migrate:down` section and no `-- migrate:up` one, which dbmate refuses too.
pub fn up_section(text: &str) -> Result<Range<usize>, usize> {
    let mut up = None;
    let mut down = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let marker = line.trim_end();
        if marker.starts_with("-- migrate:up") && up.is_none() {
            up = Some(at + line.len());
        } else if marker.starts_with("-- migrate:down") && down.is_none() {
            down = Some(at);
        }
        at += line.len();
    }
    match (up, down) {
        (Some(up), Some(down)) if down >= up => Ok(up..down),
        // A down section above the up section: apply from the up marker to the end.
        (Some(up), _) => Ok(up..text.len()),
        (None, Some(down)) => Err(down),
        (None, None) => Ok(0..text.len()),
    }
}

/// Splits `text[range]` into statements and psql meta-commands. Offsets are into `text`.
pub fn pieces(text: &str, range: Range<usize>) -> Vec<Piece<'_>> {
    let section = &text[range.clone()];
    let mut out = Vec::new();
    for (start, statement) in super::statements(section) {
        let mut start = range.start + start;
        let mut rest = statement;
        // A meta-command runs to the end of its line and needs no semicolon, so it can lead
        // the piece the splitter cut at the next semicolon.
        loop {
            let code = super::first_code(rest);
            if code >= rest.len() {
                break;
            }
            if !rest[code..].starts_with('\\') {
                let sql = &rest[code..];
                out.push(match copy_from_stdin(sql) {
                    true => Piece::Refused(
                        start + code,
                        sql,
                        "COPY … FROM stdin carries table data inline; dump the schema with `pg_dump --schema-only`",
                    ),
                    false => Piece::Sql(start + code, sql),
                });
                break;
            }
            let end = rest[code..].find('\n').map_or(rest.len(), |n| code + n);
            let command = rest[code..end].trim_end();
            out.push(meta(start + code, command));
            start += end;
            rest = &rest[end..];
        }
    }
    out
}

fn meta(at: usize, command: &str) -> Piece<'_> {
    let name = command
        .split_whitespace()
        .next()
        .unwrap_or(command)
        .trim_start_matches('\\');
    match name {
        // pg_dump 15.14+ brackets its output with these against a malicious server.
        "restrict" | "unrestrict" | "echo" | "qecho" | "warn" | "timing" | "pset" | "encoding" => {
            Piece::Skipped(at, command)
        }
        "set" if command.split_whitespace().nth(1) == Some("ON_ERROR_STOP") => {
            Piece::Skipped(at, command)
        }
        "connect" | "c" => Piece::Refused(
            at,
            command,
            "the file switches databases; the schema must be one database's (`pg_dump --schema-only <db>`, not `pg_dumpall`)",
        ),
        _ => Piece::Refused(
            at,
            command,
            "a psql meta-command the harness cannot run; remove it, or apply the file with psql and point DATABASE_URL at the result",
        ),
    }
}

fn copy_from_stdin(sql: &str) -> bool {
    let words: Vec<String> = sql
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.first().is_some_and(|w| w == "copy")
        && words.windows(2).any(|w| w[0] == "from" && w[1] == "stdin")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dbmate_sections() {
        let text = "-- migrate:up\ncreate table a (x int);\n\n-- migrate:down\ndrop table a;\n";
        let up = up_section(text).unwrap();
        assert_eq!(text[up].trim(), "create table a (x int);");
        assert_eq!(up_section("select 1;").unwrap(), 0..9);
        assert!(up_section("-- migrate:down\ndrop table a;").is_err());
        let options = "-- migrate:up transaction:false\ncreate index concurrently i on a (x);\n";
        assert!(text_of(options).contains("concurrently"));
    }

    fn text_of(text: &str) -> String {
        let up = up_section(text).unwrap();
        text[up].to_owned()
    }

    #[test]
    fn meta_commands_lead_their_piece() {
        let text = "\\restrict abc123\n\nSET x = 1;\n\\connect other\nCREATE TABLE t ();\n\\unrestrict abc123\n";
        let pieces = pieces(text, 0..text.len());
        assert!(matches!(pieces[0], Piece::Skipped(0, "\\restrict abc123")));
        assert!(matches!(pieces[1], Piece::Sql(_, "SET x = 1;")));
        assert!(matches!(pieces[2], Piece::Refused(_, "\\connect other", _)));
        let Piece::Sql(at, sql) = pieces[3] else {
            panic!("{pieces:?}")
        };
        assert_eq!(
            (&text[at..at + sql.len()], sql),
            (sql, "CREATE TABLE t ();")
        );
        assert!(matches!(
            pieces[4],
            Piece::Skipped(_, "\\unrestrict abc123")
        ));
        assert_eq!(pieces.len(), 5);
    }

    #[test]
    fn copy_data_is_refused() {
        let text = "COPY public.t (a) FROM stdin;\n";
        assert!(matches!(pieces(text, 0..text.len())[0], Piece::Refused(..)));
        let text = "COPY t TO stdout;\n";
        assert!(matches!(pieces(text, 0..text.len())[0], Piece::Sql(..)));
    }
}
