//! The PostgreSQL type a parameter is sent as when nothing is prepared (pooler mode): the
//! SQL's own cast on the parameter when the Rust type can encode it, else the natural
//! PostgreSQL type of the Rust type.

use crate::registry::ParamInfo;
use postgres_types::Type;
use std::marker::PhantomData;

/// The array type of a built-in element type.
pub fn array_of(element: &Type) -> Option<Type> {
    Some(match *element {
        Type::BOOL => Type::BOOL_ARRAY,
        Type::INT2 => Type::INT2_ARRAY,
        Type::INT4 => Type::INT4_ARRAY,
        Type::INT8 => Type::INT8_ARRAY,
        Type::FLOAT4 => Type::FLOAT4_ARRAY,
        Type::FLOAT8 => Type::FLOAT8_ARRAY,
        Type::TEXT => Type::TEXT_ARRAY,
        Type::VARCHAR => Type::VARCHAR_ARRAY,
        Type::BPCHAR => Type::BPCHAR_ARRAY,
        Type::NAME => Type::NAME_ARRAY,
        Type::BYTEA => Type::BYTEA_ARRAY,
        Type::UUID => Type::UUID_ARRAY,
        Type::JSON => Type::JSON_ARRAY,
        Type::JSONB => Type::JSONB_ARRAY,
        Type::DATE => Type::DATE_ARRAY,
        Type::TIME => Type::TIME_ARRAY,
        Type::TIMESTAMP => Type::TIMESTAMP_ARRAY,
        Type::TIMESTAMPTZ => Type::TIMESTAMPTZ_ARRAY,
        Type::OID => Type::OID_ARRAY,
        Type::NUMERIC => Type::NUMERIC_ARRAY,
        Type::INET => Type::INET_ARRAY,
        Type::CIDR => Type::CIDR_ARRAY,
        Type::BIT => Type::BIT_ARRAY,
        Type::VARBIT => Type::VARBIT_ARRAY,
        Type::MACADDR => Type::MACADDR_ARRAY,
        Type::POINT => Type::POINT_ARRAY,
        Type::BOX => Type::BOX_ARRAY,
        Type::PATH => Type::PATH_ARRAY,
        Type::INTERVAL => Type::INTERVAL_ARRAY,
        _ => return None,
    })
}

/// The type a parameter is sent as in pooler mode, or `None` when it cannot be known
/// without asking the server.
pub fn param_type(param: &ParamInfo) -> Option<Type> {
    let cast = param.cast.clone().filter(|t| (param.accepts)(t));
    cast.or_else(param.natural_type)
}

/// Rust types with a natural PostgreSQL type.
pub trait NaturalType {
    /// The PostgreSQL type the Rust type is sent as when nothing tells otherwise.
    fn natural_type() -> Option<Type>;
}

macro_rules! natural {
    ($($rust:ty => $pg:expr),* $(,)?) => {
        $(impl NaturalType for $rust {
            fn natural_type() -> Option<Type> {
                Some($pg)
            }
        })*
    };
}

natural! {
    bool => Type::BOOL,
    i8 => Type::CHAR,
    i16 => Type::INT2,
    i32 => Type::INT4,
    i64 => Type::INT8,
    u32 => Type::OID,
    f32 => Type::FLOAT4,
    f64 => Type::FLOAT8,
    String => Type::TEXT,
    str => Type::TEXT,
    Vec<u8> => Type::BYTEA,
    [u8] => Type::BYTEA,
    uuid::Uuid => Type::UUID,
    serde_json::Value => Type::JSONB,
    chrono::NaiveDate => Type::DATE,
    chrono::NaiveTime => Type::TIME,
    chrono::NaiveDateTime => Type::TIMESTAMP,
    chrono::DateTime<chrono::Utc> => Type::TIMESTAMPTZ,
    chrono::DateTime<chrono::FixedOffset> => Type::TIMESTAMPTZ,
    chrono::DateTime<chrono::Local> => Type::TIMESTAMPTZ,
    std::net::IpAddr => Type::INET,
}

#[cfg(feature = "time")]
natural! {
    time::Date => Type::DATE,
    time::Time => Type::TIME,
    time::PrimitiveDateTime => Type::TIMESTAMP,
    time::OffsetDateTime => Type::TIMESTAMPTZ,
}

#[cfg(feature = "jiff")]
natural! {
    jiff::civil::Date => Type::DATE,
    jiff::civil::Time => Type::TIME,
    jiff::civil::DateTime => Type::TIMESTAMP,
    jiff::Timestamp => Type::TIMESTAMPTZ,
}

#[cfg(feature = "rust_decimal")]
natural! { rust_decimal::Decimal => Type::NUMERIC }

#[cfg(feature = "cidr")]
natural! { cidr::IpInet => Type::INET, cidr::IpCidr => Type::CIDR }

// `bit(n)` is fixed-length; a bit string of any length is `varbit`.
#[cfg(feature = "bit-vec")]
natural! { bit_vec::BitVec => Type::VARBIT }

#[cfg(feature = "eui48")]
natural! { eui48::MacAddress => Type::MACADDR }

#[cfg(feature = "geo-types")]
natural! {
    geo_types::Point<f64> => Type::POINT,
    geo_types::Rect<f64> => Type::BOX,
    geo_types::LineString<f64> => Type::PATH,
}

#[cfg(feature = "smol_str")]
natural! { smol_str::SmolStr => Type::TEXT }

#[cfg(feature = "interval")]
natural! { ::pg_interval::Interval => Type::INTERVAL }

impl<T> NaturalType for postgres_types::Json<T> {
    fn natural_type() -> Option<Type> {
        Some(Type::JSONB)
    }
}

impl<T: NaturalType + ?Sized> NaturalType for &T {
    fn natural_type() -> Option<Type> {
        T::natural_type()
    }
}

impl<T: NaturalType> NaturalType for Option<T> {
    fn natural_type() -> Option<Type> {
        T::natural_type()
    }
}

impl<T: NaturalType> NaturalType for Vec<T> {
    fn natural_type() -> Option<Type> {
        array_of(&T::natural_type()?)
    }
}

impl<T: NaturalType> NaturalType for [T] {
    fn natural_type() -> Option<Type> {
        array_of(&T::natural_type()?)
    }
}

/// Autoref specialisation for generated code: `(&&Probe::<T>::new()).natural_type()` is
/// `T`'s natural type when it has one and `None` otherwise, without requiring a trait of
/// every parameter type.
#[derive(Debug)]
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    /// A probe for `T`.
    pub const fn new() -> Self {
        Probe(PhantomData)
    }
}

impl<T: ?Sized> Default for Probe<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Picked for a [`Probe`] of a type with a [`NaturalType`].
pub trait Known {
    /// The natural type of the probed type.
    fn natural_type(&self) -> Option<Type>;
}

impl<T: NaturalType + ?Sized> Known for &Probe<T> {
    fn natural_type(&self) -> Option<Type> {
        T::natural_type()
    }
}

/// Picked for a [`Probe`] of any other type.
pub trait Unknown {
    /// `None`: the type has no natural PostgreSQL type.
    fn natural_type(&self) -> Option<Type>;
}

impl<T: ?Sized> Unknown for Probe<T> {
    fn natural_type(&self) -> Option<Type> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    // The double reference is the mechanism under test.
    #[allow(clippy::needless_borrow)]
    fn probes() {
        assert_eq!(
            (&&Probe::<Vec<i64>>::new()).natural_type(),
            Some(Type::INT8_ARRAY)
        );
        assert_eq!(
            (&&Probe::<Option<&str>>::new()).natural_type(),
            Some(Type::TEXT)
        );
        struct Mine;
        assert_eq!((&&Probe::<Mine>::new()).natural_type(), None);
    }
}
