//! Imported by `prepared import` from queries/module_1.sql, queries/module_2.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `spongebob_character`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "spongebob_character")]
pub enum SpongebobCharacter {
    #[postgres(name = "Bob")]
    Bob,
    #[postgres(name = "Patrick")]
    Patrick,
    #[postgres(name = "Squidward")]
    Squidward,
}

/// PostgreSQL's composite type `voice_actor`; any of its fields can be NULL.
#[derive(Debug, Clone, PartialEq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "voice_actor")]
pub struct VoiceActor {
    #[postgres(name = "name")]
    pub name: Option<String>,
    #[postgres(name = "age")]
    pub age: Option<i32>,
}

/// A row of `Authors`.
#[derive(Debug, Clone, FromRow)]
pub struct AuthorsRow {
    pub id: i32,
    pub name: String,
    pub country: String,
    pub dob: chrono::NaiveDate,
}

/// A row of `Books`.
#[derive(Debug, Clone, FromRow)]
pub struct BooksRow {
    pub title: String,
}

/// A row of `AuthorNameById`.
#[derive(Debug, Clone, FromRow)]
pub struct AuthorNameByIdRow {
    pub name: String,
}

/// A row of `AuthorNameStartingWith`.
#[derive(Debug, Clone, FromRow)]
pub struct AuthorNameStartingWithRow {
    pub author_id: i32,
    pub name: String,
    pub book_id: i32,
    pub title: String,
}

/// A row of `SelectVoiceActorWithCharacter`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectVoiceActorWithCharacterRow {
    /// Can be NULL: table column `spongebob_voice_actors.voice_actor` allows NULL.
    pub voice_actor: Option<VoiceActor>,
}

/// A row of `SelectTranslations`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectTranslationsRow {
    pub title: String,
    pub translations: Vec<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// cornucopia `insert_book`, queries/module_1.sql:1; run it with `prepared_execute`.
    #[prepared(
        r#"INSERT INTO books (title)
  VALUES (@title)"#,
        params(title: &str)
    )]
    pub struct InsertBook;

    /// cornucopia `authors`, queries/module_2.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    *
FROM
    authors"#,
        row = AuthorsRow
    )]
    pub struct Authors;

    /// cornucopia `books`, queries/module_2.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    title
FROM
    books"#,
        row = BooksRow
    )]
    pub struct Books;

    /// cornucopia `author_name_by_id`, queries/module_2.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    authors.name
FROM
    authors
WHERE
    authors.id = @id"#,
        params(id: i32),
        row = AuthorNameByIdRow
    )]
    pub struct AuthorNameById;

    /// cornucopia `author_name_starting_with`, queries/module_2.sql:21; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    book_authors.author_id,
    authors.name,
    book_authors.book_id,
    books.title
FROM
    book_authors
    INNER JOIN authors ON authors.id = book_authors.author_id
    INNER JOIN books ON books.id = book_authors.book_id
WHERE
    authors.name LIKE CONCAT(@start_str::text, '%')"#,
        params(start_str: &str),
        row = AuthorNameStartingWithRow
    )]
    pub struct AuthorNameStartingWith;

    /// cornucopia `select_voice_actor_with_character`, queries/module_2.sql:34; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    voice_actor
FROM
    spongebob_voice_actors
WHERE
    character = @spongebob_character"#,
        params(spongebob_character: SpongebobCharacter),
        row = SelectVoiceActorWithCharacterRow
    )]
    pub struct SelectVoiceActorWithCharacter;

    /// cornucopia `select_translations`, queries/module_2.sql:42; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    title,
    translations
FROM
    books"#,
        row = SelectTranslationsRow
    )]
    pub struct SelectTranslations;
}
