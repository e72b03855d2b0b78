//! Compile-time checks of the SQL's casts on parameters (`@data::jsonb`): one marker trait
//! per built-in PostgreSQL type, implemented for the Rust types that can encode it. The
//! macro requires it only of parameters whose Rust type is built in (a user type with its
//! own `ToSql` is left to the harness), so a mismatch fails the build at the parameter's
//! type with a note of the types that fit.
#![allow(non_camel_case_types)]

macro_rules! casts {
    ($($name:ident, $array:ident, $message:literal, $array_message:literal, $fits:literal => [$($rust:ty),*];)*) => {$(
        #[diagnostic::on_unimplemented(message = $message, label = "the SQL casts this parameter to this type", note = $fits)]
        pub trait $name {}
        $(impl $name for $rust {})*
        impl<T: $name + ?Sized> $name for &T {}
        impl<T: $name> $name for Option<T> {}
        impl<T: $name + ?Sized> $name for Box<T> {}

        #[diagnostic::on_unimplemented(
            message = $array_message,
            label = "the SQL casts this parameter to this array type",
            note = "an array binds from `Vec<T>`, `&[T]` or a `HashSet<T>` parameter, with `T` as below",
            note = $fits
        )]
        pub trait $array {}
        impl<T: $name> $array for Vec<T> {}
        impl<T: $name> $array for [T] {}
        impl<T: $array + ?Sized> $array for &T {}
        impl<T: $array> $array for Option<T> {}
    )*};
}

casts! {
    pg_bool, pg_bool_array, "`{Self}` cannot be sent as PostgreSQL `bool`", "`{Self}` cannot be sent as PostgreSQL `bool[]`", "types that fit `bool`: bool" => [bool];
    pg_int2, pg_int2_array, "`{Self}` cannot be sent as PostgreSQL `int2`", "`{Self}` cannot be sent as PostgreSQL `int2[]`", "types that fit `int2`: i16" => [i16];
    pg_int4, pg_int4_array, "`{Self}` cannot be sent as PostgreSQL `int4`", "`{Self}` cannot be sent as PostgreSQL `int4[]`", "types that fit `int4`: i32" => [i32];
    pg_int8, pg_int8_array, "`{Self}` cannot be sent as PostgreSQL `int8`", "`{Self}` cannot be sent as PostgreSQL `int8[]`", "types that fit `int8`: i64" => [i64];
    pg_float4, pg_float4_array, "`{Self}` cannot be sent as PostgreSQL `float4`", "`{Self}` cannot be sent as PostgreSQL `float4[]`", "types that fit `float4`: f32" => [f32];
    pg_float8, pg_float8_array, "`{Self}` cannot be sent as PostgreSQL `float8`", "`{Self}` cannot be sent as PostgreSQL `float8[]`", "types that fit `float8`: f64" => [f64];
    pg_oid, pg_oid_array, "`{Self}` cannot be sent as PostgreSQL `oid`", "`{Self}` cannot be sent as PostgreSQL `oid[]`", "types that fit `oid`: u32" => [u32];
    pg_text, pg_text_array, "`{Self}` cannot be sent as PostgreSQL `text`", "`{Self}` cannot be sent as PostgreSQL `text[]`", "types that fit `text`: String, &str, Box<str>, Cow<str>, or a type with `#[derive(prepared::PgText)]`" => [String, str, std::borrow::Cow<'_, str>];
    pg_varchar, pg_varchar_array, "`{Self}` cannot be sent as PostgreSQL `varchar`", "`{Self}` cannot be sent as PostgreSQL `varchar[]`", "types that fit `varchar`: String, &str, Box<str>, Cow<str>, or a type with `#[derive(prepared::PgText)]`" => [String, str, std::borrow::Cow<'_, str>];
    pg_bpchar, pg_bpchar_array, "`{Self}` cannot be sent as PostgreSQL `bpchar`", "`{Self}` cannot be sent as PostgreSQL `bpchar[]`", "types that fit `char(n)`: String, &str" => [String, str];
    pg_name, pg_name_array, "`{Self}` cannot be sent as PostgreSQL `name`", "`{Self}` cannot be sent as PostgreSQL `name[]`", "types that fit `name`: String, &str" => [String, str];
    pg_bytea, pg_bytea_array, "`{Self}` cannot be sent as PostgreSQL `bytea`", "`{Self}` cannot be sent as PostgreSQL `bytea[]`", "types that fit `bytea`: Vec<u8>, &[u8]" => [Vec<u8>, [u8]];
    pg_uuid, pg_uuid_array, "`{Self}` cannot be sent as PostgreSQL `uuid`", "`{Self}` cannot be sent as PostgreSQL `uuid[]`", "types that fit `uuid`: uuid::Uuid" => [::uuid::Uuid];
    pg_json, pg_json_array, "`{Self}` cannot be sent as PostgreSQL `json`", "`{Self}` cannot be sent as PostgreSQL `json[]`", "types that fit `json`: serde_json::Value, prepared::Json<T> (T: Serialize)" => [serde_json::Value];
    pg_jsonb, pg_jsonb_array, "`{Self}` cannot be sent as PostgreSQL `jsonb`", "`{Self}` cannot be sent as PostgreSQL `jsonb[]`", "types that fit `jsonb`: serde_json::Value, prepared::Json<T> (T: Serialize)" => [serde_json::Value];
    pg_date, pg_date_array, "`{Self}` cannot be sent as PostgreSQL `date`", "`{Self}` cannot be sent as PostgreSQL `date[]`", "types that fit `date`: chrono::NaiveDate" => [chrono::NaiveDate];
    pg_time, pg_time_array, "`{Self}` cannot be sent as PostgreSQL `time`", "`{Self}` cannot be sent as PostgreSQL `time[]`", "types that fit `time`: chrono::NaiveTime" => [chrono::NaiveTime];
    pg_timestamp, pg_timestamp_array, "`{Self}` cannot be sent as PostgreSQL `timestamp`", "`{Self}` cannot be sent as PostgreSQL `timestamp[]`", "types that fit `timestamp`: chrono::NaiveDateTime" => [chrono::NaiveDateTime];
    pg_timestamptz, pg_timestamptz_array, "`{Self}` cannot be sent as PostgreSQL `timestamptz`", "`{Self}` cannot be sent as PostgreSQL `timestamptz[]`", "types that fit `timestamptz`: chrono::DateTime<Utc>, DateTime<Local>, DateTime<FixedOffset>" => [chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Local>, chrono::DateTime<chrono::FixedOffset>];
}

impl<T> pg_json for postgres_types::Json<T> {}
impl<T> pg_jsonb for postgres_types::Json<T> {}
