//! Imported by `prepared import` from endtoend/sqlc_embed/postgresql/pgx/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of table `users`, as `sqlc.embed` reads it.
#[derive(Debug, Clone, FromRow)]
pub struct Users {
    pub id: i32,
    pub name: String,
    /// Can be NULL: table column `users.age` allows NULL.
    pub age: Option<i32>,
}

/// A row of table `posts`, as `sqlc.embed` reads it.
#[derive(Debug, Clone, FromRow)]
pub struct Posts {
    pub id: i32,
    pub user_id: i32,
}

/// A row of table `users`, as `sqlc.embed` reads it.
#[derive(Debug, Clone, FromRow)]
pub struct Users2 {
    pub id: i32,
    pub name: String,
}

/// A row of `Only`.
#[derive(Debug, Clone, FromRow)]
pub struct OnlyRow {
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users: Users,
}

/// A row of `WithAlias`.
#[derive(Debug, Clone, FromRow)]
pub struct WithAliasRow {
    /// `sqlc.embed(u)`: its columns, in their place.
    #[prepared(flatten)]
    pub u: Users,
}

/// A row of `WithSubquery`.
#[derive(Debug, Clone, FromRow)]
pub struct WithSubqueryRow {
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users: Users,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub total_count: Option<i64>,
}

/// A row of `WithAsterisk`.
#[derive(Debug, Clone, FromRow)]
pub struct WithAsteriskRow {
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users: Users,
    /// Column 4: the result names more than one column `id`.
    #[prepared(position = 4)]
    pub id: i32,
    /// Column 5: the result names more than one column `name`.
    #[prepared(position = 5)]
    pub name: String,
    /// Can be NULL: table column `users.age` allows NULL.
    /// Column 6: the result names more than one column `age`.
    #[prepared(position = 6)]
    pub age: Option<i32>,
}

/// A row of `Duplicate`.
#[derive(Debug, Clone, FromRow)]
pub struct DuplicateRow {
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users: Users,
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users_2: Users,
}

/// A row of `Join`.
#[derive(Debug, Clone, FromRow)]
pub struct JoinRow {
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users: Users,
    /// `sqlc.embed(posts)`: its columns, in their place.
    #[prepared(flatten)]
    pub posts: Posts,
}

/// A row of `WithSchema`.
#[derive(Debug, Clone, FromRow)]
pub struct WithSchemaRow {
    /// `sqlc.embed(bu)`: its columns, in their place.
    #[prepared(flatten)]
    pub bu: Users2,
}

/// A row of `WithCrossSchema`.
#[derive(Debug, Clone, FromRow)]
pub struct WithCrossSchemaRow {
    /// `sqlc.embed(users)`: its columns, in their place.
    #[prepared(flatten)]
    pub users: Users,
    /// `sqlc.embed(bu)`: its columns, in their place.
    #[prepared(flatten)]
    pub bu: Users2,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Only :one`, endtoend/sqlc_embed/postgresql/pgx/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT users.* FROM users"#,
        row = OnlyRow
    )]
    pub struct Only;

    /// sqlc `WithAlias :one`, endtoend/sqlc_embed/postgresql/pgx/query.sql:4; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT u.* FROM users u"#,
        row = WithAliasRow
    )]
    pub struct WithAlias;

    /// sqlc `WithSubquery :many`, endtoend/sqlc_embed/postgresql/pgx/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT users.*, (SELECT count(*) FROM users) AS total_count FROM users"#,
        row = WithSubqueryRow
    )]
    pub struct WithSubquery;

    /// sqlc `WithAsterisk :one`, endtoend/sqlc_embed/postgresql/pgx/query.sql:10; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT users.*, * FROM users"#,
        row = WithAsteriskRow
    )]
    pub struct WithAsterisk;

    /// sqlc `Duplicate :one`, endtoend/sqlc_embed/postgresql/pgx/query.sql:13; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT users.*, users.* FROM users"#,
        row = DuplicateRow
    )]
    pub struct Duplicate;

    /// sqlc `Join :one`, endtoend/sqlc_embed/postgresql/pgx/query.sql:16; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT users.*, posts.* FROM posts
INNER JOIN users ON posts.user_id = users.id"#,
        row = JoinRow
    )]
    pub struct Join;

    /// sqlc `WithSchema :one`, endtoend/sqlc_embed/postgresql/pgx/query.sql:20; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT bu.* FROM baz.users bu"#,
        row = WithSchemaRow
    )]
    pub struct WithSchema;

    /// sqlc `WithCrossSchema :many`, endtoend/sqlc_embed/postgresql/pgx/query.sql:23; run it with `prepared_query`.
    #[prepared(
        r#"SELECT users.*, bu.* FROM users
INNER JOIN baz.users bu ON users.id = bu.id"#,
        row = WithCrossSchemaRow
    )]
    pub struct WithCrossSchema;
}
