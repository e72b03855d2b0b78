//! The Rust type a declaration gives each PostgreSQL type: the types `prepared` encodes and
//! decodes out of the box or behind a type feature, and for a PostgreSQL enum or composite
//! a Rust type generated with postgres-types' derives.

use crate::names;
use postgres_types::{Kind, Type};
use std::collections::BTreeSet;

/// A PostgreSQL type that needs a Rust type of its own.
#[derive(Debug, Clone, PartialEq)]
pub enum UserType {
    Enum {
        pg_name: String,
        rust_name: String,
        labels: Vec<String>,
    },
    Composite {
        pg_name: String,
        rust_name: String,
        fields: Vec<(String, String)>,
    },
}

impl UserType {
    fn rust_name(&self) -> &str {
        match self {
            UserType::Enum { rust_name, .. } | UserType::Composite { rust_name, .. } => rust_name,
        }
    }
}

/// What the generated code needs beyond `prepared`: crates to depend on, features of
/// `prepared` to turn on, types to generate.
#[derive(Debug, Default, Clone)]
pub struct Needs {
    pub crates: BTreeSet<&'static str>,
    pub features: BTreeSet<&'static str>,
    pub user_types: Vec<UserType>,
}

/// The owned Rust type that reads `ty` (a row field), or the PostgreSQL type's name when
/// there is none.
pub fn field(ty: &Type, needs: &mut Needs) -> Result<String, String> {
    if let Some((rust, krate, feature)) = builtin(ty) {
        needs.crates.extend(krate);
        needs.features.extend(feature);
        return Ok(rust.to_owned());
    }
    Ok(match ty.kind() {
        Kind::Array(element) => format!("Vec<{}>", field(element, needs)?),
        Kind::Domain(base) => field(base, needs)?,
        // String reads these extension types by name.
        Kind::Simple if ["citext", "ltree", "lquery", "ltxtquery"].contains(&ty.name()) => {
            "String".into()
        }
        Kind::Enum(labels) => user_type(
            needs,
            UserType::Enum {
                pg_name: ty.name().to_owned(),
                rust_name: names::camel_case(ty.name()),
                labels: labels.clone(),
            },
        ),
        Kind::Composite(fields) => {
            let mut typed = Vec::new();
            for f in fields {
                typed.push((f.name().to_owned(), field(f.type_(), needs)?));
            }
            user_type(
                needs,
                UserType::Composite {
                    pg_name: ty.name().to_owned(),
                    rust_name: names::camel_case(ty.name()),
                    fields: typed,
                },
            )
        }
        _ => return Err(ty.name().to_owned()),
    })
}

/// The Rust type that reads a built-in PostgreSQL type, with the crate it comes from and
/// the `prepared` feature it needs, when it needs them.
fn builtin(ty: &Type) -> Option<(&'static str, Option<&'static str>, Option<&'static str>)> {
    Some(match *ty {
        Type::BOOL => ("bool", None, None),
        Type::CHAR => ("i8", None, None),
        Type::INT2 => ("i16", None, None),
        Type::INT4 => ("i32", None, None),
        Type::INT8 => ("i64", None, None),
        Type::OID => ("u32", None, None),
        Type::FLOAT4 => ("f32", None, None),
        Type::FLOAT8 => ("f64", None, None),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
            ("String", None, None)
        }
        Type::BYTEA => ("Vec<u8>", None, None),
        Type::UUID => ("uuid::Uuid", Some("uuid"), None),
        Type::JSON | Type::JSONB => ("serde_json::Value", Some("serde_json"), None),
        Type::DATE => ("chrono::NaiveDate", Some("chrono"), None),
        Type::TIME => ("chrono::NaiveTime", Some("chrono"), None),
        Type::TIMESTAMP => ("chrono::NaiveDateTime", Some("chrono"), None),
        Type::TIMESTAMPTZ => ("chrono::DateTime<chrono::Utc>", Some("chrono"), None),
        Type::INET => ("std::net::IpAddr", None, None),
        Type::NUMERIC => (
            "rust_decimal::Decimal",
            Some("rust_decimal"),
            Some("rust_decimal"),
        ),
        Type::CIDR => ("cidr::IpCidr", Some("cidr"), Some("cidr")),
        Type::MACADDR => ("eui48::MacAddress", Some("eui48"), Some("eui48")),
        Type::BIT | Type::VARBIT => ("bit_vec::BitVec", Some("bit-vec"), Some("bit-vec")),
        Type::POINT => (
            "geo_types::Point<f64>",
            Some("geo-types"),
            Some("geo-types"),
        ),
        Type::BOX => ("geo_types::Rect<f64>", Some("geo-types"), Some("geo-types")),
        Type::PATH => (
            "geo_types::LineString<f64>",
            Some("geo-types"),
            Some("geo-types"),
        ),
        Type::INTERVAL => ("prepared::Interval", None, Some("interval")),
        _ => return None,
    })
}

/// The Rust type a parameter of `ty` is declared with: borrowed where that saves a copy.
pub fn param(ty: &Type, needs: &mut Needs) -> Result<String, String> {
    Ok(match *ty {
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => "&str".into(),
        Type::BYTEA => "&[u8]".into(),
        _ => match ty.kind() {
            Kind::Array(element) => format!("&[{}]", field(element, needs)?),
            _ => field(ty, needs)?,
        },
    })
}

fn user_type(needs: &mut Needs, ty: UserType) -> String {
    let name = ty.rust_name().to_owned();
    if !needs.user_types.contains(&ty) {
        needs.crates.insert("postgres-types");
        needs.user_types.push(ty);
    }
    name
}

/// The Rust source of a generated type.
pub fn definition(ty: &UserType) -> String {
    match ty {
        UserType::Enum {
            pg_name,
            rust_name,
            labels,
        } => {
            let mut variants = String::new();
            let mut seen: Vec<String> = Vec::new();
            for label in labels {
                let mut variant = names::camel_case(label);
                if variant.is_empty() || variant.starts_with(|c: char| c.is_ascii_digit()) {
                    variant = format!("V{variant}");
                }
                while seen.contains(&variant) {
                    variant.push('_');
                }
                seen.push(variant.clone());
                variants.push_str(&format!(
                    "    #[postgres(name = {label:?})]\n    {variant},\n"
                ));
            }
            format!(
                "/// PostgreSQL's enum `{pg_name}`.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, postgres_types::ToSql, postgres_types::FromSql)]\n#[postgres(name = {pg_name:?})]\npub enum {rust_name} {{\n{variants}}}\n"
            )
        }
        UserType::Composite {
            pg_name,
            rust_name,
            fields,
        } => {
            let mut body = String::new();
            for (name, ty) in fields {
                body.push_str(&format!(
                    "    #[postgres(name = {name:?})]\n    pub {}: Option<{ty}>,\n",
                    names::field(name)
                ));
            }
            format!(
                "/// PostgreSQL's composite type `{pg_name}`; any of its fields can be NULL.\n#[derive(Debug, Clone, PartialEq, postgres_types::ToSql, postgres_types::FromSql)]\n#[postgres(name = {pg_name:?})]\npub struct {rust_name} {{\n{body}}}\n"
            )
        }
    }
}
