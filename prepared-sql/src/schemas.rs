//! The schema a `CREATE SCHEMA` statement creates, read from its tokens: applying a
//! `pg_dump` of a database whose `public` schema was recreated runs `CREATE SCHEMA public`
//! against a fresh database that already has one, and the harness must tell that statement
//! from others that fail with the same SQLSTATE without reading the translated message.

use sqlparser::tokenizer::Token;

/// The schema `sql` creates when it is `CREATE SCHEMA name` without `IF NOT EXISTS`, as
/// PostgreSQL folds the name; `None` for every other statement (and for
/// `CREATE SCHEMA AUTHORIZATION role`, which names no schema).
pub fn created(sql: &str) -> Option<String> {
    let words = crate::words::code(sql)?;
    let keyword = |at: usize, k: &str| matches!(words.get(at), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(k));
    if !keyword(0, "CREATE")
        || !keyword(1, "SCHEMA")
        || keyword(2, "IF")
        || keyword(2, "AUTHORIZATION")
    {
        return None;
    }
    match words.get(2) {
        Some(Token::Word(name)) => Some(crate::words::fold(name)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::created;

    #[test]
    fn the_schema_a_create_schema_names() {
        assert_eq!(created("CREATE SCHEMA public;").as_deref(), Some("public"));
        assert_eq!(
            created("create schema \"Sales\" AUTHORIZATION app").as_deref(),
            Some("Sales")
        );
        assert_eq!(
            created("/* dump */ CREATE SCHEMA Public").as_deref(),
            Some("public")
        );
        assert_eq!(created("CREATE SCHEMA IF NOT EXISTS public"), None);
        assert_eq!(created("CREATE SCHEMA AUTHORIZATION app"), None);
        assert_eq!(created("CREATE TABLE public.t ()"), None);
        assert_eq!(created("COMMENT ON SCHEMA public IS 'x'"), None);
    }
}
