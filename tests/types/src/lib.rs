//! Every optional type feature of `prepared`, as a user enables it on the facade: the same
//! values written and read back through the crates that own the types, with `time` types
//! in one statement and `jiff` types in another, and the SQL's casts on each parameter
//! checked at compile time.

use prepared::{FromRow, Interval};

/// A row of `kinds` read with the `time` crate's date and time types.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct TimeKinds {
    pub id: i64,
    pub day: time::Date,
    pub at_time: time::Time,
    pub local_at: time::PrimitiveDateTime,
    pub instant: time::OffsetDateTime,
    pub amount: rust_decimal::Decimal,
    pub host: cidr::IpInet,
    pub network: cidr::IpCidr,
    pub flags: bit_vec::BitVec,
    pub fixed_flags: bit_vec::BitVec,
    pub mac: eui48::MacAddress,
    pub spot: geo_types::Point<f64>,
    pub area: geo_types::Rect<f64>,
    pub route: geo_types::LineString<f64>,
    pub label: smol_str::SmolStr,
    pub wait: Interval,
    pub amounts: Vec<rust_decimal::Decimal>,
    pub note: Option<smol_str::SmolStr>,
}

/// The same row read with jiff's types.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct JiffKinds {
    pub id: i64,
    pub day: jiff::civil::Date,
    pub at_time: jiff::civil::Time,
    pub local_at: jiff::civil::DateTime,
    pub instant: jiff::Timestamp,
}

#[prepared::registry]
pub mod kinds {
    use super::{JiffKinds, TimeKinds};
    use prepared::{Interval, prepared};
    use rust_decimal::Decimal;

    #[prepared(
        "INSERT INTO kinds (day, at_time, local_at, instant, amount, host, network, flags,
                            fixed_flags, mac, spot, area, route, label, wait, amounts, note)
         VALUES (@day::date, @at_time::time, @local_at::timestamp, @instant::timestamptz,
                 @amount::numeric, @host::inet, @network::cidr, @flags::varbit,
                 @fixed_flags::bit(4), @mac::macaddr, @spot::point, @area::box, @route::path,
                 @label::text, @wait::interval, @amounts::numeric[], @note::varchar)
         RETURNING id",
        params(
            day: time::Date,
            at_time: time::Time,
            local_at: time::PrimitiveDateTime,
            instant: time::OffsetDateTime,
            amount: Decimal,
            host: cidr::IpInet,
            network: cidr::IpCidr,
            flags: &bit_vec::BitVec,
            fixed_flags: &bit_vec::BitVec,
            mac: eui48::MacAddress,
            spot: geo_types::Point<f64>,
            area: geo_types::Rect<f64>,
            route: &geo_types::LineString<f64>,
            label: &smol_str::SmolStr,
            wait: &Interval,
            amounts: &[Decimal],
            note: Option<smol_str::SmolStr>
        )
    )]
    pub struct KindsInsert;

    #[prepared("SELECT * FROM kinds WHERE id = @id", params(id: i64), row = TimeKinds)]
    pub struct KindsById;

    // Parameters without casts: PostgreSQL infers the column types, and pooler mode sends
    // each value as its type's natural PostgreSQL type.
    #[prepared(
        "SELECT id, day, at_time, local_at, instant FROM kinds
         WHERE day = @day AND at_time = @at_time AND local_at = @local_at AND instant = @instant",
        params(
            day: jiff::civil::Date,
            at_time: jiff::civil::Time,
            local_at: jiff::civil::DateTime,
            instant: jiff::Timestamp
        ),
        row = JiffKinds
    )]
    pub struct KindsAtJiff;

    #[prepared(
        "SELECT id FROM kinds
         WHERE amount = @amount AND host = @host AND network = @network::cidr AND flags = @flags
           AND mac = @mac AND label = @label AND wait = @wait AND host << @within::cidr",
        params(
            amount: Decimal,
            host: std::net::IpAddr,
            network: cidr::IpCidr,
            flags: &bit_vec::BitVec,
            mac: eui48::MacAddress,
            label: smol_str::SmolStr,
            wait: Interval,
            within: cidr::IpCidr
        )
    )]
    pub struct KindsMatching;
}

/// Every registry of the crate, for the harness.
pub static REGISTRIES: &[&prepared::Registry] = &[&kinds::REGISTRY];
