//! Imported by `prepared import` from query/city.sql, query/venue.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the crates `chrono`, `postgres-types` as dependencies.

use prepared::FromRow;

/// PostgreSQL's enum `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "status")]
pub enum Status {
    #[postgres(name = "op!en")]
    OpEn,
    #[postgres(name = "clo@sed")]
    CloSed,
}

/// A row of `ListCities`.
#[derive(Debug, Clone, FromRow)]
pub struct ListCitiesRow {
    pub slug: String,
    pub name: String,
}

/// A row of `GetCity`.
#[derive(Debug, Clone, FromRow)]
pub struct GetCityRow {
    pub slug: String,
    pub name: String,
}

/// A row of `CreateCity`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateCityRow {
    pub slug: String,
    pub name: String,
}

/// A row of `ListVenues`.
#[derive(Debug, Clone, FromRow)]
pub struct ListVenuesRow {
    pub id: i32,
    pub status: Status,
    /// Can be NULL: table column `venue.statuses` allows NULL.
    pub statuses: Option<Vec<Status>>,
    pub slug: String,
    pub name: String,
    pub city: String,
    pub spotify_playlist: String,
    /// Can be NULL: table column `venue.songkick_id` allows NULL.
    pub songkick_id: Option<String>,
    /// Can be NULL: table column `venue.tags` allows NULL.
    pub tags: Option<Vec<String>>,
    pub created_at: chrono::NaiveDateTime,
}

/// A row of `GetVenue`.
#[derive(Debug, Clone, FromRow)]
pub struct GetVenueRow {
    pub id: i32,
    pub status: Status,
    /// Can be NULL: table column `venue.statuses` allows NULL.
    pub statuses: Option<Vec<Status>>,
    pub slug: String,
    pub name: String,
    pub city: String,
    pub spotify_playlist: String,
    /// Can be NULL: table column `venue.songkick_id` allows NULL.
    pub songkick_id: Option<String>,
    /// Can be NULL: table column `venue.tags` allows NULL.
    pub tags: Option<Vec<String>>,
    pub created_at: chrono::NaiveDateTime,
}

/// A row of `CreateVenue`.
#[derive(Debug, Clone, FromRow)]
pub struct CreateVenueRow {
    pub id: i32,
}

/// A row of `UpdateVenueName`.
#[derive(Debug, Clone, FromRow)]
pub struct UpdateVenueNameRow {
    pub id: i32,
}

/// A row of `VenueCountByCity`.
#[derive(Debug, Clone, FromRow)]
pub struct VenueCountByCityRow {
    pub city: String,
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub count: Option<i64>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `ListCities :many`, query/city.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *
FROM city
ORDER BY name"#,
        row = ListCitiesRow
    )]
    pub struct ListCities;

    /// sqlc `GetCity :one`, query/city.sql:6; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT *
FROM city
WHERE slug = @slug"#,
        params(slug: &str),
        row = GetCityRow
    )]
    pub struct GetCity;

    /// sqlc `CreateCity :one`, query/city.sql:11; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO city (
    name,
    slug
) VALUES (
    @name,
    @slug
) RETURNING *"#,
        params(name: &str, slug: &str),
        row = CreateCityRow
    )]
    pub struct CreateCity;

    /// sqlc `UpdateCityName :exec`, query/city.sql:23; run it with `prepared_execute`.
    #[prepared(
        r#"UPDATE city
SET name = @name
WHERE slug = @slug"#,
        params(slug: &str, name: &str)
    )]
    pub struct UpdateCityName;

    /// sqlc `ListVenues :many`, query/venue.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT *
FROM venue
WHERE city = @city
ORDER BY name"#,
        params(city: &str),
        row = ListVenuesRow
    )]
    pub struct ListVenues;

    /// sqlc `DeleteVenue :exec`, query/venue.sql:7; run it with `prepared_execute`.
    #[prepared(
        r#"DELETE FROM venue
WHERE slug = @slug AND slug = @slug"#,
        params(slug: &str)
    )]
    pub struct DeleteVenue;

    /// sqlc `GetVenue :one`, query/venue.sql:11; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT *
FROM venue
WHERE slug = @slug AND city = @city"#,
        params(slug: &str, city: &str),
        row = GetVenueRow
    )]
    pub struct GetVenue;

    /// sqlc `CreateVenue :one`, query/venue.sql:16; run it with `prepared_query_one`.
    #[prepared(
        r#"INSERT INTO venue (
    slug,
    name,
    city,
    created_at,
    spotify_playlist,
    status,
    statuses,
    tags
) VALUES (
    @slug,
    @name,
    @city,
    NOW(),
    @spotify_playlist,
    @status,
    @statuses,
    @tags
) RETURNING id"#,
        params(slug: &str, name: &str, city: &str, spotify_playlist: &str, status: Status, statuses: Option<&[Status]>, tags: Option<&[String]>),
        row = CreateVenueRow
    )]
    pub struct CreateVenue;

    /// sqlc `UpdateVenueName :one`, query/venue.sql:37; run it with `prepared_query_one`.
    #[prepared(
        r#"UPDATE venue
SET name = @name
WHERE slug = @slug
RETURNING id"#,
        params(slug: &str, name: &str),
        row = UpdateVenueNameRow
    )]
    pub struct UpdateVenueName;

    /// sqlc `VenueCountByCity :many`, query/venue.sql:43; run it with `prepared_query`.
    #[prepared(
        r#"SELECT
    city,
    count(*)
FROM venue
GROUP BY 1
ORDER BY 1"#,
        row = VenueCountByCityRow
    )]
    pub struct VenueCountByCity;
}
