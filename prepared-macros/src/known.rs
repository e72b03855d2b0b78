//! Which Rust types the macro knows the PostgreSQL types of, so that it can check the SQL's
//! casts on them. A type is known by its path as the registry module resolves it: its own
//! `use` items expand a name (`use serde_json::Value;` makes `Value` serde_json's), and
//! only names that no common crate or user type shares are taken bare. A name the macro
//! cannot place (a user's own `Value`, or one from a glob import) is unknown, and its casts
//! are left to the harness: the check never rejects a type it does not know.

use std::collections::HashMap;

/// Names taken as the type they name wherever they come from: std's, and those of the
/// crates the runtime supports, specific enough that a user type rarely shares them.
const BARE: &[&str] = &[
    "bool",
    "i8",
    "i16",
    "i32",
    "i64",
    "u8",
    "u32",
    "f32",
    "f64",
    "str",
    "String",
    "Cow",
    "Box",
    "Vec",
    "Option",
    "Nullable",
    "HashSet",
    "BTreeSet",
    "Json",
    "Uuid",
    "NaiveDate",
    "NaiveTime",
    "NaiveDateTime",
    "Utc",
    "Local",
    "FixedOffset",
    "OffsetDateTime",
    "PrimitiveDateTime",
    "IpAddr",
    "IpInet",
    "IpCidr",
    "BitVec",
    "MacAddress",
    "SmolStr",
];

/// Types known only by their path, since their last segment is a common name.
const QUALIFIED: &[&str] = &[
    "serde_json::Value",
    "chrono::DateTime",
    "time::Date",
    "time::Time",
    "jiff::civil::Date",
    "jiff::civil::Time",
    "jiff::civil::DateTime",
    "jiff::Timestamp",
    "rust_decimal::Decimal",
    "geo_types::Point",
    "geo_types::Rect",
    "geo_types::LineString",
    "pg_interval::Interval",
    "prepared::Interval",
];

/// The names a registry module's own `use` items bring in, each with its full path.
#[derive(Debug, Default, Clone)]
pub struct Imports(HashMap<String, Vec<String>>);

impl Imports {
    /// The non-glob imports among `items`.
    pub fn of(items: &[syn::Item]) -> Self {
        let mut imports = Imports::default();
        for item in items {
            if let syn::Item::Use(u) = item {
                imports.add(&u.tree, Vec::new());
            }
        }
        imports
    }

    fn add(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.add(&p.tree, prefix);
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.0.insert(n.ident.to_string(), prefix);
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                self.0.insert(r.rename.to_string(), prefix);
            }
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.add(tree, prefix.clone());
                }
            }
            syn::UseTree::Glob(_) => {}
        }
    }

    /// `path` with its first segment expanded by an import, `std`/`core` prefixes kept.
    fn resolve(&self, path: &syn::Path) -> Vec<String> {
        let mut segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(full) = segments.first().and_then(|first| self.0.get(first)) {
            segments.splice(0..1, full.iter().cloned());
        }
        segments
    }
}

/// Whether the macro knows the PostgreSQL types that `ty` encodes.
pub fn is_known(ty: &syn::Type, imports: &Imports) -> bool {
    match ty {
        syn::Type::Reference(r) => is_known(&r.elem, imports),
        syn::Type::Slice(s) => is_known(&s.elem, imports),
        syn::Type::Paren(p) => is_known(&p.elem, imports),
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last() else {
                return false;
            };
            let args: Vec<&syn::Type> = match &last.arguments {
                syn::PathArguments::None => Vec::new(),
                syn::PathArguments::AngleBracketed(args) => {
                    let mut types = Vec::new();
                    for arg in &args.args {
                        match arg {
                            syn::GenericArgument::Type(t) => types.push(t),
                            syn::GenericArgument::Lifetime(_) => {}
                            _ => return false,
                        }
                    }
                    types
                }
                syn::PathArguments::Parenthesized(_) => return false,
            };
            // `Json<T>` encodes json whatever `T` is.
            if last.ident == "Json" {
                return true;
            }
            let path = imports.resolve(&p.path);
            let name = path.last().map(String::as_str).unwrap_or_default();
            let local = path
                .first()
                .is_some_and(|first| ["crate", "self", "super"].contains(&first.as_str()));
            let known = if local {
                // The user's own type, whatever its name.
                false
            } else if path.len() == 1 {
                BARE.contains(&name) || name == "DateTime" && is_chrono_zone(&args)
            } else {
                BARE.contains(&name) || QUALIFIED.contains(&path.join("::").as_str())
            };
            known && args.iter().all(|t| is_known(t, imports))
        }
        _ => false,
    }
}

/// Names whose natural PostgreSQL type the runtime's `NaturalType` implements, taken as
/// std's wherever they come from (as `BARE` is). A subset of what it implements: past it,
/// generated code asks a probe, which is always right but costs a function per type.
const NATURAL: &[&str] = &[
    "bool", "i8", "i16", "i32", "i64", "u32", "f32", "f64", "String", "str",
];

/// Whether `ty` is certainly `NaturalType`, so that generated code can name
/// `<ty as NaturalType>::natural_type` rather than build a probe function: a name of
/// `NATURAL`, `u8` bytes (`[u8]`, `Vec<u8>`), and references, slices, `Option`s and `Vec`s
/// of those.
pub fn has_natural_type(ty: &syn::Type, imports: &Imports) -> bool {
    let bytes = |t: &syn::Type| matches!(t, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("u8"));
    match ty {
        syn::Type::Reference(r) => has_natural_type(&r.elem, imports),
        syn::Type::Slice(s) => bytes(&s.elem) || has_natural_type(&s.elem, imports),
        syn::Type::Path(p) if p.qself.is_none() => {
            let path = imports.resolve(&p.path);
            let [name] = path.as_slice() else {
                return false;
            };
            let Some(last) = p.path.segments.last() else {
                return false;
            };
            match &last.arguments {
                syn::PathArguments::None => NATURAL.contains(&name.as_str()),
                syn::PathArguments::AngleBracketed(args) if args.args.len() == 1 => {
                    let Some(syn::GenericArgument::Type(inner)) = args.args.first() else {
                        return false;
                    };
                    match name.as_str() {
                        "Option" => has_natural_type(inner, imports),
                        "Vec" => bytes(inner) || has_natural_type(inner, imports),
                        _ => false,
                    }
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// `DateTime<Utc>` bare is chrono's: no other crate has a `DateTime` over these zones.
fn is_chrono_zone(args: &[&syn::Type]) -> bool {
    matches!(args, [syn::Type::Path(p)] if p.path.segments.last().is_some_and(|s| ["Utc", "Local", "FixedOffset"].iter().any(|z| s.ident == z)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(ty: &str, uses: &str) -> bool {
        let file: syn::File = syn::parse_str(uses).unwrap();
        is_known(&syn::parse_str(ty).unwrap(), &Imports::of(&file.items))
    }

    #[test]
    fn paths_and_imports_decide() {
        assert!(known("Option<&[i64]>", ""));
        assert!(known("serde_json::Value", ""));
        assert!(known("::time::Date", ""));
        assert!(known("time::Date", ""));
        assert!(known("Date", "use time::Date;"));
        assert!(known("civil::Date", "use jiff::civil;"));
        assert!(known(
            "Vec<Decimal>",
            "use rust_decimal::{Decimal, prelude::*};"
        ));
        assert!(known("DateTime<Utc>", ""));
        assert!(known("chrono::DateTime<chrono::Utc>", ""));
        // A user's own types of common names are not taken for a crate's.
        assert!(!known("Value", ""));
        assert!(!known("Date", ""));
        assert!(!known("Value", "use crate::model::Value;"));
        assert!(known("Uuid", ""));
        assert!(!known("Uuid", "use crate::ids::Uuid;"));
        assert!(!known("self::Uuid", ""));
        assert!(!known("Point", "use super::*;"));
        assert!(!known("DateTime<Tz>", ""));
        assert!(!known("Vec<Product>", ""));
    }

    fn natural(ty: &str, uses: &str) -> bool {
        let file: syn::File = syn::parse_str(uses).unwrap();
        has_natural_type(&syn::parse_str(ty).unwrap(), &Imports::of(&file.items))
    }

    #[test]
    fn only_types_the_runtime_gives_a_natural_type_skip_the_probe() {
        for ty in [
            "i64",
            "&'static str",
            "Option<&'static str>",
            "&'static [i64]",
            "Vec<String>",
            "Vec<u8>",
            "&'static [u8]",
            "Option<Vec<f64>>",
        ] {
            assert!(natural(ty, ""), "{ty}");
        }
        // The probe decides: no impl for these, or a path the macro cannot place.
        for (ty, uses) in [
            ("u8", ""),
            ("u64", ""),
            ("String", "use crate::model::String;"),
            ("std::string::String", ""),
            ("HashSet<i64>", ""),
            ("Json<Value>", ""),
            ("Option<UserRole>", ""),
            ("Vec<Vec<i64>>", "use crate::Vec;"),
        ] {
            assert!(!natural(ty, uses), "{ty} with `{uses}`");
        }
    }
}
