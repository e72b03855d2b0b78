// Casts that fit each feature's types, and a user's own types with common names, whose
// casts only the harness can judge.
use postgres_types::{IsNull, ToSql, Type, to_sql_checked};

/// The user's own date, stored as `date` through its own `ToSql`.
#[derive(Debug)]
pub struct Date(pub time::Date);

impl ToSql for Date {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        self.0.to_sql(ty, out)
    }
    fn accepts(ty: &Type) -> bool {
        <time::Date as ToSql>::accepts(ty)
    }
    to_sql_checked!();
}

#[prepared::registry]
mod queries {
    use super::Date;
    use prepared::{Interval, prepared};
    use rust_decimal::Decimal;

    #[prepared(
        "SELECT @a::date, @b::timestamptz, @c::timestamp, @d::numeric, @e::inet, @f::cidr, @g::varbit,
                @h::macaddr, @i::point, @j::box, @k::path, @l::text, @m::interval, @n::numeric[],
                @o::timestamptz, @p::date, @q::inet",
        params(
            a: time::Date,
            b: time::OffsetDateTime,
            c: jiff::civil::DateTime,
            d: Decimal,
            e: cidr::IpInet,
            f: cidr::IpCidr,
            g: bit_vec::BitVec,
            h: eui48::MacAddress,
            i: geo_types::Point<f64>,
            j: geo_types::Rect<f64>,
            k: geo_types::LineString<f64>,
            l: smol_str::SmolStr,
            m: Interval,
            n: Vec<Decimal>,
            o: jiff::Timestamp,
            p: Date,
            q: std::net::IpAddr
        )
    )]
    pub struct Fits;
}

fn main() {}
