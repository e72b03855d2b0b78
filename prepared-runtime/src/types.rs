//! The PostgreSQL type a parameter is sent as when nothing is prepared (pooler mode): the
//! SQL's own cast on the parameter when the Rust type can encode it, else the natural
//! PostgreSQL type of the Rust type.

use crate::registry::ParamInfo;
use postgres_types::Type;
use std::marker::PhantomData;

/// The array type of a built-in element type, as postgres-types knows PostgreSQL's
/// catalog: every built-in array type's `Kind::Array` names its element, and this reads
/// that relation backwards (postgres-types has no lookup that way) once, over the OIDs
/// PostgreSQL reserves for built-in objects.
pub fn array_of(element: &Type) -> Option<Type> {
    static ARRAYS: std::sync::OnceLock<std::collections::HashMap<u32, Type>> =
        std::sync::OnceLock::new();
    let arrays = ARRAYS.get_or_init(|| {
        // OIDs below 10000 are assigned by hand to built-in objects (`FirstGenbkiObjectId`).
        (1..10_000)
            .filter_map(Type::from_oid)
            .filter_map(|array| match array.kind() {
                postgres_types::Kind::Array(element) => Some((element.oid(), array.clone())),
                _ => None,
            })
            .collect()
    });
    arrays.get(&element.oid()).cloned()
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

    #[test]
    fn every_built_in_element_has_its_array() {
        for (element, array) in [
            (Type::BOOL, Type::BOOL_ARRAY),
            (Type::INT8, Type::INT8_ARRAY),
            (Type::TEXT, Type::TEXT_ARRAY),
            (Type::JSONB, Type::JSONB_ARRAY),
            (Type::TIMESTAMPTZ, Type::TIMESTAMPTZ_ARRAY),
            (Type::INTERVAL, Type::INTERVAL_ARRAY),
            (Type::PATH, Type::PATH_ARRAY),
            (Type::INT4_RANGE, Type::INT4_RANGE_ARRAY),
        ] {
            assert_eq!(array_of(&element), Some(array), "{element}");
        }
        // An array of arrays is the array itself in PostgreSQL: there is none of its own.
        assert_eq!(array_of(&Type::INT8_ARRAY), None);
    }
}
