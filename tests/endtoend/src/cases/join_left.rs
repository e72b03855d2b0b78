//! Imported by `prepared import` from endtoend/join_left/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `uuid` as dependencies.

use prepared::FromRow;

/// A row of `GetMayors`.
#[derive(Debug, Clone, FromRow)]
pub struct GetMayorsRow {
    pub user_id: i32,
    pub full_name: String,
}

/// A row of `GetMayorsOptional`.
#[derive(Debug, Clone, FromRow)]
pub struct GetMayorsOptionalRow {
    pub user_id: i32,
    /// Can be NULL: `mayors` is on the nullable side of an outer join.
    pub full_name: Option<String>,
}

/// A row of `AllAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct AllAuthorsRow {
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 1: the result names more than one column `id`.
    #[prepared(position = 1)]
    pub id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 2: the result names more than one column `name`.
    #[prepared(position = 2)]
    pub name: Option<String>,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    /// Column 3: the result names more than one column `parent_id`.
    #[prepared(position = 3)]
    pub parent_id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 4: the result names more than one column `id`.
    #[prepared(position = 4)]
    pub id_2: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 5: the result names more than one column `name`.
    #[prepared(position = 5)]
    pub name_2: Option<String>,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    /// Column 6: the result names more than one column `parent_id`.
    #[prepared(position = 6)]
    pub parent_id_2: Option<i32>,
}

/// A row of `AllAuthorsAliases`.
#[derive(Debug, Clone, FromRow)]
pub struct AllAuthorsAliasesRow {
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 1: the result names more than one column `id`.
    #[prepared(position = 1)]
    pub id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 2: the result names more than one column `name`.
    #[prepared(position = 2)]
    pub name: Option<String>,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    /// Column 3: the result names more than one column `parent_id`.
    #[prepared(position = 3)]
    pub parent_id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 4: the result names more than one column `id`.
    #[prepared(position = 4)]
    pub id_2: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 5: the result names more than one column `name`.
    #[prepared(position = 5)]
    pub name_2: Option<String>,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    /// Column 6: the result names more than one column `parent_id`.
    #[prepared(position = 6)]
    pub parent_id_2: Option<i32>,
}

/// A row of `AllAuthorsAliases2`.
#[derive(Debug, Clone, FromRow)]
pub struct AllAuthorsAliases2Row {
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 1: the result names more than one column `id`.
    #[prepared(position = 1)]
    pub id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 2: the result names more than one column `name`.
    #[prepared(position = 2)]
    pub name: Option<String>,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    /// Column 3: the result names more than one column `parent_id`.
    #[prepared(position = 3)]
    pub parent_id: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 4: the result names more than one column `id`.
    #[prepared(position = 4)]
    pub id_2: Option<i32>,
    /// Can be NULL: `authors` is on the nullable side of an outer join.
    /// Column 5: the result names more than one column `name`.
    #[prepared(position = 5)]
    pub name_2: Option<String>,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    /// Column 6: the result names more than one column `parent_id`.
    #[prepared(position = 6)]
    pub parent_id_2: Option<i32>,
}

/// A row of `AllSuperAuthors`.
#[derive(Debug, Clone, FromRow)]
pub struct AllSuperAuthorsRow {
    pub id: i32,
    pub name: String,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    pub parent_id: Option<i32>,
    /// Can be NULL: `super_authors` is on the nullable side of an outer join.
    pub super_id: Option<i32>,
    /// Can be NULL: `super_authors` is on the nullable side of an outer join.
    pub super_name: Option<String>,
    /// Can be NULL: table column `super_authors.super_parent_id` allows NULL.
    pub super_parent_id: Option<i32>,
}

/// A row of `AllSuperAuthorsAliases`.
#[derive(Debug, Clone, FromRow)]
pub struct AllSuperAuthorsAliasesRow {
    pub id: i32,
    pub name: String,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    pub parent_id: Option<i32>,
    /// Can be NULL: `super_authors` is on the nullable side of an outer join.
    pub super_id: Option<i32>,
    /// Can be NULL: `super_authors` is on the nullable side of an outer join.
    pub super_name: Option<String>,
    /// Can be NULL: table column `super_authors.super_parent_id` allows NULL.
    pub super_parent_id: Option<i32>,
}

/// A row of `AllSuperAuthorsAliases2`.
#[derive(Debug, Clone, FromRow)]
pub struct AllSuperAuthorsAliases2Row {
    pub id: i32,
    pub name: String,
    /// Can be NULL: table column `authors.parent_id` allows NULL.
    pub parent_id: Option<i32>,
    /// Can be NULL: `super_authors` is on the nullable side of an outer join.
    pub super_id: Option<i32>,
    /// Can be NULL: `super_authors` is on the nullable side of an outer join.
    pub super_name: Option<String>,
    /// Can be NULL: table column `super_authors.super_parent_id` allows NULL.
    pub super_parent_id: Option<i32>,
}

/// A row of `GetSuggestedUsersByID`.
#[derive(Debug, Clone, FromRow)]
pub struct GetSuggestedUsersByIDRow {
    pub user_id: uuid::Uuid,
    pub user_nickname: String,
    pub user_email: String,
    pub user_display_name: String,
    /// Can be NULL: table column `users_2.user_password` allows NULL.
    pub user_password: Option<String>,
    /// Can be NULL: table column `users_2.user_google_id` allows NULL.
    pub user_google_id: Option<String>,
    /// Can be NULL: table column `users_2.user_apple_id` allows NULL.
    pub user_apple_id: Option<String>,
    pub user_bio: String,
    pub user_created_at: chrono::NaiveDateTime,
    /// Can be NULL: table column `users_2.user_avatar_id` allows NULL.
    pub user_avatar_id: Option<uuid::Uuid>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_id: Option<uuid::Uuid>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_created_at: Option<chrono::NaiveDateTime>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_hash: Option<String>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_directory: Option<String>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_author_id: Option<uuid::Uuid>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_width: Option<i32>,
    /// Can be NULL: `media` is on the nullable side of an outer join.
    pub media_height: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `GetMayors :many`, endtoend/join_left/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    user_id,
    mayors.full_name
FROM users
LEFT JOIN cities USING (city_id)
INNER JOIN mayors USING (mayor_id)"#,
        row = GetMayorsRow
    )]
    pub struct GetMayors;

    /// sqlc `GetMayorsOptional :many`, endtoend/join_left/postgresql/query.sql:9; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    user_id,
    mayors.full_name
FROM users
LEFT JOIN cities USING (city_id)
LEFT JOIN mayors USING (mayor_id)"#,
        row = GetMayorsOptionalRow
    )]
    pub struct GetMayorsOptional;

    /// sqlc `AllAuthors :many`, endtoend/join_left/postgresql/query.sql:17; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  *
FROM    authors a
        LEFT JOIN authors p
            ON a.parent_id = p.id"#,
        row = AllAuthorsRow
    )]
    pub struct AllAuthors;

    /// sqlc `AllAuthorsAliases :many`, endtoend/join_left/postgresql/query.sql:23; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  *
FROM    authors a
        LEFT JOIN authors p
            ON a.parent_id = p.id"#,
        row = AllAuthorsAliasesRow
    )]
    pub struct AllAuthorsAliases;

    /// sqlc `AllAuthorsAliases2 :many`, endtoend/join_left/postgresql/query.sql:29; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  a.*, p.*
FROM    authors a
        LEFT JOIN authors p
            ON a.parent_id = p.id"#,
        row = AllAuthorsAliases2Row
    )]
    pub struct AllAuthorsAliases2;

    /// sqlc `AllSuperAuthors :many`, endtoend/join_left/postgresql/query.sql:35; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  *
FROM    authors
        LEFT JOIN super_authors
            ON authors.parent_id = super_authors.super_id"#,
        row = AllSuperAuthorsRow
    )]
    pub struct AllSuperAuthors;

    /// sqlc `AllSuperAuthorsAliases :many`, endtoend/join_left/postgresql/query.sql:41; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  *
FROM    authors a
        LEFT JOIN super_authors sa
            ON a.parent_id = sa.super_id"#,
        row = AllSuperAuthorsAliasesRow
    )]
    pub struct AllSuperAuthorsAliases;

    /// sqlc `AllSuperAuthorsAliases2 :many`, endtoend/join_left/postgresql/query.sql:47; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  a.*, sa.*
FROM    authors a
        LEFT JOIN super_authors sa
            ON a.parent_id = sa.super_id"#,
        row = AllSuperAuthorsAliases2Row
    )]
    pub struct AllSuperAuthorsAliases2;

    /// sqlc `GetSuggestedUsersByID :many`, endtoend/join_left/postgresql/query.sql:53; run it with `prepared_query`.
    #[prepared(
        r#"SELECT  DISTINCT u.*, m.*
FROM    users_2 u
        LEFT JOIN media m
            ON u.user_avatar_id = m.media_id
WHERE   u.user_id != @user_id
LIMIT   @user_imit"#,
        params(user_id: uuid::Uuid, user_imit: i64),
        row = GetSuggestedUsersByIDRow
    )]
    pub struct GetSuggestedUsersByID;
}
