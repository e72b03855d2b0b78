// Casts that fit, and casts on user types that only the harness can judge.
use postgres_types::{IsNull, ToSql, Type, to_sql_checked};

#[derive(Debug)]
pub struct Cents(pub i64);

impl ToSql for Cents {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        self.0.to_sql(ty, out)
    }
    fn accepts(ty: &Type) -> bool {
        <i64 as ToSql>::accepts(ty)
    }
    to_sql_checked!();
}

/// The user's own `Value`: the cast check must not take it for serde_json's.
#[derive(Debug)]
pub struct Value(pub serde_json::Value);

impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        self.0.to_sql(ty, out)
    }
    fn accepts(ty: &Type) -> bool {
        <serde_json::Value as ToSql>::accepts(ty)
    }
    to_sql_checked!();
}

#[prepared::registry]
mod queries {
    use super::{Cents, Value};
    use prepared::{Json, prepared};

    #[prepared(
        "SELECT @a::jsonb, @b::json, @c::int8[], @d::timestamptz, @e::text, @f::varchar[], @g::int8, @h::uuid, @i::double precision",
        params(
            a: Json<Vec<u8>>,
            b: serde_json::Value,
            c: &[i64],
            d: Option<chrono::DateTime<chrono::Utc>>,
            e: &str,
            f: std::collections::HashSet<String>,
            g: Cents,
            h: uuid::Uuid,
            i: f64
        )
    )]
    pub struct Fits;

    #[prepared("SELECT @doc::jsonb AS doc", params(doc: Value))]
    pub struct OwnValue;
}

fn main() {}
