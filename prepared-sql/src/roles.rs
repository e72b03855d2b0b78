//! The roles a statement names (`OWNER TO app`, `GRANT … TO app, reader`, `REVOKE … FROM
//! app`, `AUTHORIZATION app`, `FOR ROLE app`, `GRANTED BY app`), read from its tokens: what
//! applying a schema dump to a throwaway cluster must create first, found without reading
//! the server's (translated) error message.

use sqlparser::tokenizer::Token;

/// The role names `sql` names after `TO`, `FROM`, `ROLE`, `AUTHORIZATION` or `GRANTED BY`,
/// each once, as PostgreSQL folds them (unquoted names lowercased). A word that is not a
/// role there (`RENAME TO t2`) is a candidate too: the caller keeps only what the server
/// lacks. Text the tokenizer cannot read names none.
pub fn named(sql: &str) -> Vec<String> {
    let Some(words) = crate::words::code(sql) else {
        return Vec::new();
    };
    let keyword = |t: &Token, k: &str| matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(k));
    let mut names = Vec::new();
    for (i, token) in words.iter().enumerate() {
        let opens = ["TO", "FROM", "ROLE", "AUTHORIZATION"]
            .iter()
            .any(|k| keyword(token, k))
            || keyword(token, "BY") && i > 0 && keyword(&words[i - 1], "GRANTED");
        if !opens {
            continue;
        }
        // A comma-separated list of single names: `a.b` is an object, not a role.
        let mut at = i + 1;
        while let Some(Token::Word(word)) = words.get(at) {
            if matches!(words.get(at + 1), Some(Token::Period)) {
                break;
            }
            let name = crate::words::fold(word);
            let pseudo = word.quote_style.is_none()
                && [
                    "public",
                    "current_user",
                    "session_user",
                    "current_role",
                    "group",
                ]
                .contains(&name.as_str());
            if !pseudo && !names.contains(&name) {
                names.push(name);
            }
            if !matches!(words.get(at + 1), Some(Token::Comma)) {
                break;
            }
            at += 2;
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn roles_after_their_keywords() {
        assert_eq!(named("ALTER TABLE public.users OWNER TO app;"), ["app"]);
        assert_eq!(
            named("GRANT SELECT ON t TO reader, \"Writer\", PUBLIC"),
            ["reader", "Writer"]
        );
        assert_eq!(
            named("REVOKE ALL ON t FROM App GRANTED BY boss"),
            ["app", "boss"]
        );
        assert_eq!(named("CREATE SCHEMA s AUTHORIZATION owner_1"), ["owner_1"]);
        assert_eq!(
            named("ALTER DEFAULT PRIVILEGES FOR ROLE admin GRANT SELECT ON TABLES TO app"),
            ["admin", "app"]
        );
        // Objects and literals are not roles.
        assert!(named("ALTER SEQUENCE s OWNED BY public.t.id").is_empty());
        assert!(named("COMMENT ON TABLE t IS 'grant to nobody'").is_empty());
        assert!(named("SELECT 1 -- OWNER TO ghost").is_empty());
    }
}
