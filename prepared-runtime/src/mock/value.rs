//! A bound value as the mock compares it: as PostgreSQL would receive it. Two calls match
//! when they would send the server the same values, however their `Debug` text reads: a
//! set's elements in any order, a JSON object's keys in any order.

use crate::registry::ParamInfo;
use bytes::BytesMut;
use fallible_iterator::FallibleIterator;
use postgres_types::{IsNull, Kind, ToSql, Type};
use std::sync::OnceLock;

/// One value, encoded and read back into what decides equality.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Null,
    /// The binary encoding of a scalar.
    Bytes(Vec<u8>),
    /// A `json`/`jsonb` value, parsed: an object's keys compare in any order.
    Json(serde_json::Value),
    /// An array; a declared set (`HashSet`, `BTreeSet`) compares its elements in any order.
    Array {
        dimensions: Vec<(i32, i32)>,
        elements: Vec<Value>,
        set: bool,
    },
    /// A value of a type the mock cannot name without a server (a `CREATE TYPE` enum or
    /// composite of the user's): its `Debug` text.
    Debug(String),
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) => true,
            (Bytes(a), Bytes(b)) => a == b,
            (Json(a), Json(b)) => a == b,
            (Debug(a), Debug(b)) => a == b,
            (
                Array {
                    elements: a,
                    set: true,
                    ..
                },
                Array {
                    elements: b,
                    set: true,
                    ..
                },
            ) => same_elements(a, b),
            (
                Array {
                    dimensions: da,
                    elements: a,
                    set: false,
                },
                Array {
                    dimensions: db,
                    elements: b,
                    set: false,
                },
            ) => da == db && a == b,
            _ => false,
        }
    }
}

/// Whether `a` and `b` hold the same elements, each as many times, in any order.
fn same_elements(a: &[Value], b: &[Value]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut used = vec![false; b.len()];
    a.iter().all(|x| {
        let found = (0..b.len()).find(|&i| !used[i] && b[i] == *x);
        found.map(|i| used[i] = true).is_some()
    })
}

impl Value {
    /// `value`, bound as `param` declares it (`None` when the registry has no entry for
    /// the value, which generated code never does).
    pub(crate) fn of(value: &(dyn ToSql + Sync), param: Option<&ParamInfo>) -> Value {
        let debug = || Value::Debug(format!("{value:?}"));
        let Some((param, ty)) = param.and_then(|p| Some((p, type_of(p)?))) else {
            return debug();
        };
        let mut out = BytesMut::new();
        // Checked: a type the value does not accept is an error here, never a panic.
        match value.to_sql_checked(&ty, &mut out) {
            Ok(IsNull::Yes) => Value::Null,
            Ok(IsNull::No) => read(&ty, &out, param.set),
            Err(_) => debug(),
        }
    }
}

/// The type a value is encoded as: what pooler mode would send it as (the SQL's cast or
/// the Rust type's natural type), else the first built-in type the Rust type accepts.
fn type_of(param: &ParamInfo) -> Option<Type> {
    crate::types::param_type(param).or_else(|| {
        builtin_types()
            .iter()
            .find(|ty| (param.accepts)(ty))
            .cloned()
    })
}

/// Every type postgres-types knows without a server, in OID order.
fn builtin_types() -> &'static [Type] {
    static TYPES: OnceLock<Vec<Type>> = OnceLock::new();
    // Built-in OIDs lie below 16384 (`FirstNormalObjectId`).
    TYPES.get_or_init(|| (0..16_384).filter_map(Type::from_oid).collect())
}

/// An encoded value of `ty`, read back into what decides equality.
fn read(ty: &Type, raw: &[u8], set: bool) -> Value {
    let bytes = || Value::Bytes(raw.to_vec());
    match ty.kind() {
        Kind::Array(member) => array(member, raw, set).unwrap_or_else(bytes),
        _ if *ty == Type::JSON => json(raw).unwrap_or_else(bytes),
        // jsonb's binary form is a version byte, then the text.
        _ if *ty == Type::JSONB => raw
            .split_first()
            .and_then(|(_, text)| json(text))
            .unwrap_or_else(bytes),
        _ => bytes(),
    }
}

fn json(raw: &[u8]) -> Option<Value> {
    serde_json::from_slice(raw).ok().map(Value::Json)
}

fn array(member: &Type, raw: &[u8], set: bool) -> Option<Value> {
    let array = postgres_protocol::types::array_from_sql(raw).ok()?;
    let dimensions = array
        .dimensions()
        .map(|d| Ok((d.len, d.lower_bound)))
        .collect()
        .ok()?;
    let elements = array
        .values()
        .map(|v| Ok(v.map_or(Value::Null, |raw| read(member, raw, false))))
        .collect()
        .ok()?;
    Some(Value::Array {
        dimensions,
        elements,
        set,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn param<T: ToSql + 'static>(set: bool) -> ParamInfo {
        ParamInfo {
            name: "p",
            rust_type: std::any::type_name::<T>(),
            accepts: <T as ToSql>::accepts,
            cast: None,
            natural_type: || None,
            set,
        }
    }

    #[test]
    fn a_set_compares_its_elements_in_any_order() {
        let p = param::<Vec<String>>(true);
        let words = ["a", "b", "c", "d", "e", "f", "g", "h"];
        let expected = Value::of(&words.map(String::from).to_vec(), Some(&p));
        let mut orders = HashSet::new();
        for _ in 0..100 {
            let fresh: HashSet<String> = words.iter().map(|w| w.to_string()).collect();
            let bound: Vec<String> = fresh.into_iter().collect();
            orders.insert(bound.clone());
            assert_eq!(Value::of(&bound, Some(&p)), expected);
        }
        // The test means something only if the sets came out in more than one order.
        assert!(orders.len() > 1);
        let fewer: Vec<String> = words[..7].iter().map(|w| w.to_string()).collect();
        assert_ne!(Value::of(&fewer, Some(&p)), expected);
        // Without the set flag the order is part of the value.
        let list = param::<Vec<String>>(false);
        let reversed: Vec<String> = words.iter().rev().map(|w| w.to_string()).collect();
        assert_ne!(
            Value::of(&reversed, Some(&list)),
            Value::of(&words.map(String::from).to_vec(), Some(&list))
        );
    }

    #[test]
    fn json_objects_compare_by_value_and_floats_by_bits() {
        let p = param::<serde_json::Value>(false);
        let a: serde_json::Value = serde_json::from_str(r#"{"b": 1, "a": [1.5, null]}"#).unwrap();
        let b: serde_json::Value = serde_json::from_str(r#"{"a": [1.5, null], "b": 1}"#).unwrap();
        assert_eq!(Value::of(&a, Some(&p)), Value::of(&b, Some(&p)));
        let c: serde_json::Value = serde_json::from_str(r#"{"a": [1.5], "b": 1}"#).unwrap();
        assert_ne!(Value::of(&a, Some(&p)), Value::of(&c, Some(&p)));

        let f = param::<f64>(false);
        let tenth = Value::of(&0.1f64, Some(&f));
        assert_eq!(Value::of(&(1.0f64 / 10.0), Some(&f)), tenth);
        assert_ne!(Value::of(&(0.3f64 - 0.2), Some(&f)), tenth);
        assert_eq!(
            Value::of(&f64::NAN, Some(&f)),
            Value::of(&f64::NAN, Some(&f))
        );
        // A type with no natural PostgreSQL type is found among the built-in ones.
        let unnamed = ParamInfo {
            natural_type: || None,
            ..param::<Vec<f32>>(false)
        };
        assert!(matches!(
            Value::of(&vec![1.5f32], Some(&unnamed)),
            Value::Array { .. }
        ));
    }
}
