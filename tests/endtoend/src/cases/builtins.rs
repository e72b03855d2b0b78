//! Imported by `prepared import` from endtoend/builtins/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.
//! Needs the features `rust_decimal` of `prepared`.
//! Needs the crates `rust_decimal` as dependencies.

use prepared::FromRow;

/// A row of `Abs`.
#[derive(Debug, Clone, FromRow)]
pub struct AbsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub abs: Option<rust_decimal::Decimal>,
}

/// A row of `Cbrt`.
#[derive(Debug, Clone, FromRow)]
pub struct CbrtRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub cbrt: Option<f64>,
}

/// A row of `Ceil`.
#[derive(Debug, Clone, FromRow)]
pub struct CeilRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub ceil: Option<rust_decimal::Decimal>,
}

/// A row of `Ceiling`.
#[derive(Debug, Clone, FromRow)]
pub struct CeilingRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub ceiling: Option<rust_decimal::Decimal>,
}

/// A row of `Degrees`.
#[derive(Debug, Clone, FromRow)]
pub struct DegreesRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub degrees: Option<f64>,
}

/// A row of `Div`.
#[derive(Debug, Clone, FromRow)]
pub struct DivRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub div: Option<rust_decimal::Decimal>,
}

/// A row of `Exp`.
#[derive(Debug, Clone, FromRow)]
pub struct ExpRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub exp: Option<rust_decimal::Decimal>,
}

/// A row of `Floor`.
#[derive(Debug, Clone, FromRow)]
pub struct FloorRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub floor: Option<rust_decimal::Decimal>,
}

/// A row of `Ln`.
#[derive(Debug, Clone, FromRow)]
pub struct LnRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub ln: Option<rust_decimal::Decimal>,
}

/// A row of `Log`.
#[derive(Debug, Clone, FromRow)]
pub struct LogRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub log: Option<rust_decimal::Decimal>,
}

/// A row of `Logs`.
#[derive(Debug, Clone, FromRow)]
pub struct LogsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub log: Option<rust_decimal::Decimal>,
}

/// A row of `Mod`.
#[derive(Debug, Clone, FromRow)]
pub struct ModRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub r#mod: Option<i32>,
}

/// A row of `Pi`.
#[derive(Debug, Clone, FromRow)]
pub struct PiRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub pi: Option<f64>,
}

/// A row of `Power`.
#[derive(Debug, Clone, FromRow)]
pub struct PowerRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub power: Option<rust_decimal::Decimal>,
}

/// A row of `Radians`.
#[derive(Debug, Clone, FromRow)]
pub struct RadiansRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub radians: Option<f64>,
}

/// A row of `Round`.
#[derive(Debug, Clone, FromRow)]
pub struct RoundRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub round: Option<rust_decimal::Decimal>,
}

/// A row of `Rounds`.
#[derive(Debug, Clone, FromRow)]
pub struct RoundsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub round: Option<rust_decimal::Decimal>,
}

/// A row of `Scale`.
#[derive(Debug, Clone, FromRow)]
pub struct ScaleRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub scale: Option<i32>,
}

/// A row of `Sign`.
#[derive(Debug, Clone, FromRow)]
pub struct SignRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub sign: Option<rust_decimal::Decimal>,
}

/// A row of `Sqrt`.
#[derive(Debug, Clone, FromRow)]
pub struct SqrtRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub sqrt: Option<rust_decimal::Decimal>,
}

/// A row of `Trunc`.
#[derive(Debug, Clone, FromRow)]
pub struct TruncRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub trunc: Option<rust_decimal::Decimal>,
}

/// A row of `Truncs`.
#[derive(Debug, Clone, FromRow)]
pub struct TruncsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub trunc: Option<rust_decimal::Decimal>,
}

/// A row of `WidthBucketNumerics`.
#[derive(Debug, Clone, FromRow)]
pub struct WidthBucketNumericsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub width_bucket: Option<i32>,
}

/// A row of `WidthBucketTimestamps`.
#[derive(Debug, Clone, FromRow)]
pub struct WidthBucketTimestampsRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub width_bucket: Option<i32>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `Abs :one`, endtoend/builtins/postgresql/query.sql:1; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT abs(-17.4)"#,
        row = AbsRow
    )]
    pub struct Abs;

    /// sqlc `Cbrt :one`, endtoend/builtins/postgresql/query.sql:3; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT cbrt(27.0)"#,
        row = CbrtRow
    )]
    pub struct Cbrt;

    /// sqlc `Ceil :one`, endtoend/builtins/postgresql/query.sql:5; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT ceil(-42.8)"#,
        row = CeilRow
    )]
    pub struct Ceil;

    /// sqlc `Ceiling :one`, endtoend/builtins/postgresql/query.sql:7; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT ceiling(-95.3)"#,
        row = CeilingRow
    )]
    pub struct Ceiling;

    /// sqlc `Degrees :one`, endtoend/builtins/postgresql/query.sql:9; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT degrees(0.5)"#,
        row = DegreesRow
    )]
    pub struct Degrees;

    /// sqlc `Div :one`, endtoend/builtins/postgresql/query.sql:11; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT div(9,4)"#,
        row = DivRow
    )]
    pub struct Div;

    /// sqlc `Exp :one`, endtoend/builtins/postgresql/query.sql:13; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT exp(1.0)"#,
        row = ExpRow
    )]
    pub struct Exp;

    /// sqlc `Floor :one`, endtoend/builtins/postgresql/query.sql:15; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT floor(-42.8)"#,
        row = FloorRow
    )]
    pub struct Floor;

    /// sqlc `Ln :one`, endtoend/builtins/postgresql/query.sql:17; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT ln(2.0)"#,
        row = LnRow
    )]
    pub struct Ln;

    /// sqlc `Log :one`, endtoend/builtins/postgresql/query.sql:19; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT log(100.0)"#,
        row = LogRow
    )]
    pub struct Log;

    /// sqlc `Logs :one`, endtoend/builtins/postgresql/query.sql:21; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT log(2.0, 64.0)"#,
        row = LogsRow
    )]
    pub struct Logs;

    /// sqlc `Mod :one`, endtoend/builtins/postgresql/query.sql:23; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT mod(9,4)"#,
        row = ModRow
    )]
    pub struct Mod;

    /// sqlc `Pi :one`, endtoend/builtins/postgresql/query.sql:25; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT pi()"#,
        row = PiRow
    )]
    pub struct Pi;

    /// sqlc `Power :one`, endtoend/builtins/postgresql/query.sql:27; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT power(9.0, 3.0)"#,
        row = PowerRow
    )]
    pub struct Power;

    /// sqlc `Radians :one`, endtoend/builtins/postgresql/query.sql:29; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT radians(45.0)"#,
        row = RadiansRow
    )]
    pub struct Radians;

    /// sqlc `Round :one`, endtoend/builtins/postgresql/query.sql:31; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT round(42.4)"#,
        row = RoundRow
    )]
    pub struct Round;

    /// sqlc `Rounds :one`, endtoend/builtins/postgresql/query.sql:33; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT round(42.4382, 2)"#,
        row = RoundsRow
    )]
    pub struct Rounds;

    /// sqlc `Scale :one`, endtoend/builtins/postgresql/query.sql:35; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT scale(8.41)"#,
        row = ScaleRow
    )]
    pub struct Scale;

    /// sqlc `Sign :one`, endtoend/builtins/postgresql/query.sql:37; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT sign(-8.4)"#,
        row = SignRow
    )]
    pub struct Sign;

    /// sqlc `Sqrt :one`, endtoend/builtins/postgresql/query.sql:39; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT sqrt(2.0)"#,
        row = SqrtRow
    )]
    pub struct Sqrt;

    /// sqlc `Trunc :one`, endtoend/builtins/postgresql/query.sql:41; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT trunc(42.8)"#,
        row = TruncRow
    )]
    pub struct Trunc;

    /// sqlc `Truncs :one`, endtoend/builtins/postgresql/query.sql:43; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT trunc(42.4382, 2)"#,
        row = TruncsRow
    )]
    pub struct Truncs;

    /// sqlc `WidthBucketNumerics :one`, endtoend/builtins/postgresql/query.sql:45; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT width_bucket(5.35, 0.024, 10.06, 5)"#,
        row = WidthBucketNumericsRow
    )]
    pub struct WidthBucketNumerics;

    /// sqlc `WidthBucketTimestamps :one`, endtoend/builtins/postgresql/query.sql:47; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT width_bucket(now(), array['yesterday', 'today', 'tomorrow']::timestamptz[])"#,
        row = WidthBucketTimestampsRow
    )]
    pub struct WidthBucketTimestamps;
}
