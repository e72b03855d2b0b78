//! PostgreSQL's reserved keywords: `SELECT word, barelabel FROM pg_get_keywords() WHERE
//! catcode = 'R'` on PostgreSQL 15 (the list is the same in 16 and 17). A reserved keyword
//! can never be a table, column, function or alias name unless it is quoted; it can be a
//! column label after `AS`, a name after a `.`, and, when `barelabel` is true, a column
//! label without `AS`.

/// `(keyword, barelabel)`, sorted by keyword.
pub const RESERVED: [(&str, bool); 77] = [
    ("all", true),
    ("analyse", true),
    ("analyze", true),
    ("and", true),
    ("any", true),
    ("array", false),
    ("as", false),
    ("asc", true),
    ("asymmetric", true),
    ("both", true),
    ("case", true),
    ("cast", true),
    ("check", true),
    ("collate", true),
    ("column", true),
    ("constraint", true),
    ("create", false),
    ("current_catalog", true),
    ("current_date", true),
    ("current_role", true),
    ("current_time", true),
    ("current_timestamp", true),
    ("current_user", true),
    ("default", true),
    ("deferrable", true),
    ("desc", true),
    ("distinct", true),
    ("do", true),
    ("else", true),
    ("end", true),
    ("except", false),
    ("false", true),
    ("fetch", false),
    ("for", false),
    ("foreign", true),
    ("from", false),
    ("grant", false),
    ("group", false),
    ("having", false),
    ("in", true),
    ("initially", true),
    ("intersect", false),
    ("into", false),
    ("lateral", true),
    ("leading", true),
    ("limit", false),
    ("localtime", true),
    ("localtimestamp", true),
    ("not", true),
    ("null", true),
    ("offset", false),
    ("on", false),
    ("only", true),
    ("or", true),
    ("order", false),
    ("placing", true),
    ("primary", true),
    ("references", true),
    ("returning", false),
    ("select", true),
    ("session_user", true),
    ("some", true),
    ("symmetric", true),
    ("table", true),
    ("then", true),
    ("to", false),
    ("trailing", true),
    ("true", true),
    ("union", false),
    ("unique", true),
    ("user", true),
    ("using", true),
    ("variadic", true),
    ("when", true),
    ("where", false),
    ("window", false),
    ("with", false),
];

/// Whether `word` (any case) is a reserved keyword, and if so whether it may be a bare
/// column label.
pub fn reserved(word: &str) -> Option<bool> {
    if word.len() > 17 || !word.is_ascii() {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    RESERVED
        .binary_search_by(|(k, _)| (*k).cmp(lower.as_str()))
        .ok()
        .map(|i| RESERVED[i].1)
}

/// Reserved keywords that are expressions of their own (SQL value functions and
/// constants): where an expression is expected they are not names.
pub const VALUE_KEYWORDS: [&str; 13] = [
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "false",
    "localtime",
    "localtimestamp",
    "null",
    "session_user",
    "true",
    "user",
];

/// Whether `word` is a keyword that utility statements take as an option value.
pub fn is_value_keyword(word: &str) -> bool {
    VALUE_KEYWORDS.contains(&word.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_answers_any_case() {
        assert!(RESERVED.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(reserved("FROM"), Some(false));
        assert_eq!(reserved("select"), Some(true));
        assert_eq!(reserved("Users"), None);
        assert_eq!(reserved("current_timestamp"), Some(true));
        assert!(VALUE_KEYWORDS.iter().all(|k| reserved(k).is_some()));
    }
}
