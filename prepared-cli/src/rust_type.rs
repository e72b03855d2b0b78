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
    let crate_type =
        |needs: &mut Needs, krate: &'static str, feature: Option<&'static str>, t: &str| {
            needs.crates.insert(krate);
            if let Some(f) = feature {
                needs.features.insert(f);
            }
            t.to_owned()
        };
    Ok(match *ty {
        Type::BOOL => "bool".into(),
        Type::CHAR => "i8".into(),
        Type::INT2 => "i16".into(),
        Type::INT4 => "i32".into(),
        Type::INT8 => "i64".into(),
        Type::OID => "u32".into(),
        Type::FLOAT4 => "f32".into(),
        Type::FLOAT8 => "f64".into(),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => "String".into(),
        Type::BYTEA => "Vec<u8>".into(),
        Type::UUID => crate_type(needs, "uuid", None, "uuid::Uuid"),
        Type::JSON | Type::JSONB => crate_type(needs, "serde_json", None, "serde_json::Value"),
        Type::DATE => crate_type(needs, "chrono", None, "chrono::NaiveDate"),
        Type::TIME => crate_type(needs, "chrono", None, "chrono::NaiveTime"),
        Type::TIMESTAMP => crate_type(needs, "chrono", None, "chrono::NaiveDateTime"),
        Type::TIMESTAMPTZ => crate_type(needs, "chrono", None, "chrono::DateTime<chrono::Utc>"),
        Type::INET => "std::net::IpAddr".into(),
        Type::NUMERIC => crate_type(
            needs,
            "rust_decimal",
            Some("rust_decimal"),
            "rust_decimal::Decimal",
        ),
        Type::CIDR => crate_type(needs, "cidr", Some("cidr"), "cidr::IpCidr"),
        Type::MACADDR => crate_type(needs, "eui48", Some("eui48"), "eui48::MacAddress"),
        Type::BIT | Type::VARBIT => {
            crate_type(needs, "bit-vec", Some("bit-vec"), "bit_vec::BitVec")
        }
        Type::POINT => crate_type(
            needs,
            "geo-types",
            Some("geo-types"),
            "geo_types::Point<f64>",
        ),
        Type::BOX => crate_type(
            needs,
            "geo-types",
            Some("geo-types"),
            "geo_types::Rect<f64>",
        ),
        Type::PATH => crate_type(
            needs,
            "geo-types",
            Some("geo-types"),
            "geo_types::LineString<f64>",
        ),
        Type::INTERVAL => {
            needs.features.insert("interval");
            "prepared::Interval".into()
        }
        _ => match ty.kind() {
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
        },
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
