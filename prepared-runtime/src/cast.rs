//! Compile-time checks of the SQL's casts on parameters (`@data::jsonb`): one marker trait
//! per built-in PostgreSQL type, implemented for the Rust types that can encode it. The
//! macro requires it only of parameters whose Rust type is built in (a user type with its
//! own `ToSql` is left to the harness), so a mismatch fails the build at the parameter's
//! type with a note of the types that fit.
#![allow(non_camel_case_types)]

macro_rules! casts {
    ($($name:ident, $array:ident, $message:literal, $array_message:literal, $fits:literal => [$($rust:ty),*];)*) => {$(
        /// `P` is a marker type named after the parameter, so the message can name it.
        #[diagnostic::on_unimplemented(message = $message, label = "the SQL casts this parameter to this type", note = $fits)]
        pub trait $name<P: ?Sized> {}
        $(impl<P: ?Sized> $name<P> for $rust {})*
        impl<P: ?Sized, T: $name<P> + ?Sized> $name<P> for &T {}
        impl<P: ?Sized, T: $name<P>> $name<P> for Option<T> {}
        impl<P: ?Sized, T: $name<P> + ?Sized> $name<P> for Box<T> {}

        #[diagnostic::on_unimplemented(
            message = $array_message,
            label = "the SQL casts this parameter to this array type",
            note = "an array binds from `Vec<T>`, `&[T]` or a `HashSet<T>` parameter, with `T` as below",
            note = $fits
        )]
        pub trait $array<P: ?Sized> {}
        impl<P: ?Sized, T: $name<P>> $array<P> for Vec<T> {}
        impl<P: ?Sized, T: $name<P>> $array<P> for [T] {}
        impl<P: ?Sized, T: $array<P> + ?Sized> $array<P> for &T {}
        impl<P: ?Sized, T: $array<P>> $array<P> for Option<T> {}
    )*};
}

casts! {
    pg_bool, pg_bool_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bool`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bool[]`", "types that fit `bool`: bool" => [bool];
    pg_int2, pg_int2_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `int2`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `int2[]`", "types that fit `int2`: i16" => [i16];
    pg_int4, pg_int4_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `int4`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `int4[]`", "types that fit `int4`: i32" => [i32];
    pg_int8, pg_int8_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `int8`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `int8[]`", "types that fit `int8`: i64" => [i64];
    pg_float4, pg_float4_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `float4`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `float4[]`", "types that fit `float4`: f32" => [f32];
    pg_float8, pg_float8_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `float8`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `float8[]`", "types that fit `float8`: f64" => [f64];
    pg_oid, pg_oid_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `oid`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `oid[]`", "types that fit `oid`: u32" => [u32];
    pg_text, pg_text_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `text`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `text[]`", "types that fit `text`: String, &str, Box<str>, Cow<str>, smol_str::SmolStr (feature `smol_str`), or a type with `#[derive(prepared::PgText)]`" => [String, str, std::borrow::Cow<'_, str>];
    pg_varchar, pg_varchar_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `varchar`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `varchar[]`", "types that fit `varchar`: String, &str, Box<str>, Cow<str>, smol_str::SmolStr (feature `smol_str`), or a type with `#[derive(prepared::PgText)]`" => [String, str, std::borrow::Cow<'_, str>];
    pg_bpchar, pg_bpchar_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bpchar`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bpchar[]`", "types that fit `char(n)`: String, &str" => [String, str];
    pg_name, pg_name_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `name`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `name[]`", "types that fit `name`: String, &str" => [String, str];
    pg_bytea, pg_bytea_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bytea`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bytea[]`", "types that fit `bytea`: Vec<u8>, &[u8]" => [Vec<u8>, [u8]];
    pg_uuid, pg_uuid_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `uuid`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `uuid[]`", "types that fit `uuid`: uuid::Uuid" => [::uuid::Uuid];
    pg_json, pg_json_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `json`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `json[]`", "types that fit `json`: serde_json::Value, prepared::Json<T> (T: Serialize)" => [serde_json::Value];
    pg_jsonb, pg_jsonb_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `jsonb`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `jsonb[]`", "types that fit `jsonb`: serde_json::Value, prepared::Json<T> (T: Serialize)" => [serde_json::Value];
    pg_date, pg_date_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `date`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `date[]`", "types that fit `date`: chrono::NaiveDate, time::Date (feature `time`), jiff::civil::Date (feature `jiff`)" => [chrono::NaiveDate];
    pg_time, pg_time_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `time`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `time[]`", "types that fit `time`: chrono::NaiveTime, time::Time (feature `time`), jiff::civil::Time (feature `jiff`)" => [chrono::NaiveTime];
    pg_timestamp, pg_timestamp_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `timestamp`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `timestamp[]`", "types that fit `timestamp`: chrono::NaiveDateTime, time::PrimitiveDateTime (feature `time`), jiff::civil::DateTime (feature `jiff`)" => [chrono::NaiveDateTime];
    pg_timestamptz, pg_timestamptz_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `timestamptz`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `timestamptz[]`", "types that fit `timestamptz`: chrono::DateTime<Utc>, DateTime<Local>, DateTime<FixedOffset>, time::OffsetDateTime (feature `time`), jiff::Timestamp (feature `jiff`)" => [chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Local>, chrono::DateTime<chrono::FixedOffset>];
    pg_numeric, pg_numeric_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `numeric`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `numeric[]`", "types that fit `numeric`: rust_decimal::Decimal (feature `rust_decimal`)" => [];
    pg_inet, pg_inet_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `inet`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `inet[]`", "types that fit `inet`: std::net::IpAddr, cidr::IpInet (feature `cidr`)" => [std::net::IpAddr];
    pg_cidr, pg_cidr_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `cidr`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `cidr[]`", "types that fit `cidr`: cidr::IpCidr (feature `cidr`)" => [];
    pg_bit, pg_bit_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bit`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `bit[]`", "types that fit `bit`: bit_vec::BitVec (feature `bit-vec`)" => [];
    pg_varbit, pg_varbit_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `varbit`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `varbit[]`", "types that fit `varbit`: bit_vec::BitVec (feature `bit-vec`)" => [];
    pg_macaddr, pg_macaddr_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `macaddr`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `macaddr[]`", "types that fit `macaddr`: eui48::MacAddress (feature `eui48`)" => [];
    pg_point, pg_point_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `point`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `point[]`", "types that fit `point`: geo_types::Point<f64> (feature `geo-types`)" => [];
    pg_box, pg_box_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `box`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `box[]`", "types that fit `box`: geo_types::Rect<f64> (feature `geo-types`)" => [];
    pg_path, pg_path_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `path`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `path[]`", "types that fit `path`: geo_types::LineString<f64> (feature `geo-types`)" => [];
    pg_interval, pg_interval_array, "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `interval`", "parameter `@{P}`: `{Self}` cannot be sent as PostgreSQL `interval[]`", "types that fit `interval`: prepared::Interval (feature `interval`)" => [];
}

/// Implements cast markers for the types of an optional crate.
macro_rules! fits {
    ($feature:literal: $($rust:ty => [$($name:ident),*];)*) => {$($(
        #[cfg(feature = $feature)]
        impl<P: ?Sized> $name<P> for $rust {}
    )*)*};
}

fits! { "time":
    time::Date => [pg_date];
    time::Time => [pg_time];
    time::PrimitiveDateTime => [pg_timestamp];
    time::OffsetDateTime => [pg_timestamptz];
}
fits! { "jiff":
    jiff::civil::Date => [pg_date];
    jiff::civil::Time => [pg_time];
    jiff::civil::DateTime => [pg_timestamp];
    jiff::Timestamp => [pg_timestamptz];
}
fits! { "rust_decimal": rust_decimal::Decimal => [pg_numeric]; }
fits! { "cidr": cidr::IpInet => [pg_inet]; cidr::IpCidr => [pg_cidr]; }
fits! { "bit-vec": bit_vec::BitVec => [pg_bit, pg_varbit]; }
fits! { "eui48": eui48::MacAddress => [pg_macaddr]; }
fits! { "geo-types":
    geo_types::Point<f64> => [pg_point];
    geo_types::Rect<f64> => [pg_box];
    geo_types::LineString<f64> => [pg_path];
}
fits! { "smol_str": smol_str::SmolStr => [pg_text, pg_varchar, pg_bpchar, pg_name]; }
fits! { "interval": ::pg_interval::Interval => [pg_interval]; }

impl<P: ?Sized, T> pg_json<P> for postgres_types::Json<T> {}
impl<P: ?Sized, T> pg_jsonb<P> for postgres_types::Json<T> {}
