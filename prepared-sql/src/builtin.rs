//! PostgreSQL's built-in types as casts name them (`::int8`, `::character varying[]`): the
//! one table of them. The macro reads it to check a parameter's Rust type against its cast
//! at compile time, and emits the resolved `postgres_types::Type` for the runtime, which
//! sends the parameter as that type in pooler mode; so no other copy exists.

/// Each type's canonical name (as `postgres_types::Type` and the cast markers spell it),
/// then the other names a cast may use.
const TYPES: &[(&str, &[&str])] = &[
    ("bool", &["boolean"]),
    ("int2", &["smallint"]),
    ("int4", &["int", "integer"]),
    ("int8", &["bigint"]),
    ("float4", &["real"]),
    ("float8", &["double precision"]),
    ("oid", &[]),
    ("text", &[]),
    ("varchar", &["character varying"]),
    ("bpchar", &["char", "character"]),
    ("name", &[]),
    ("bytea", &[]),
    ("uuid", &[]),
    ("json", &[]),
    ("jsonb", &[]),
    ("date", &[]),
    ("time", &["time without time zone"]),
    ("timestamp", &["timestamp without time zone"]),
    ("timestamptz", &["timestamp with time zone"]),
    ("numeric", &["decimal"]),
    ("inet", &[]),
    ("cidr", &[]),
    ("bit", &[]),
    ("varbit", &["bit varying"]),
    ("macaddr", &[]),
    ("point", &[]),
    ("box", &[]),
    ("path", &[]),
    ("interval", &[]),
];

/// A built-in type named by a cast, or an array of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin {
    /// The canonical name of the type or of the array's element: `int8`.
    pub name: &'static str,
    /// Whether the cast names a one-dimensional array of it.
    pub array: bool,
}

impl Builtin {
    /// The built-in type a cast names (`VARCHAR[]`, `pg_catalog.int8`, `timestamp  with
    /// time zone`), or `None` for any other type: a user enum, a domain, a composite, or an
    /// array of arrays.
    pub fn named(cast: &str) -> Option<Builtin> {
        let cast = cast
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let (element, array) = match cast.strip_suffix("[]") {
            Some(e) if !e.ends_with("[]") => (e.trim_end(), true),
            Some(_) => return None,
            None => (cast.as_str(), false),
        };
        let element = element.strip_prefix("pg_catalog.").unwrap_or(element);
        let (name, _) = TYPES
            .iter()
            .find(|(name, aliases)| *name == element || aliases.contains(&element))?;
        Some(Builtin { name, array })
    }

    /// The cast marker trait in `prepared::__private::cast`: `pg_int8`, `pg_varchar_array`.
    pub fn marker(self) -> String {
        format!("pg_{}{}", self.name, if self.array { "_array" } else { "" })
    }

    /// The `postgres_types::Type` constant: `INT8`, `VARCHAR_ARRAY`.
    pub fn constant(self) -> String {
        let name = self.name.to_ascii_uppercase();
        if self.array {
            format!("{name}_ARRAY")
        } else {
            name
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Builtin;

    fn resolved(cast: &str) -> Option<(String, String)> {
        Builtin::named(cast).map(|b| (b.marker(), b.constant()))
    }

    #[test]
    fn names_aliases_arrays_and_others() {
        let pair = |m: &str, c: &str| Some((m.to_owned(), c.to_owned()));
        assert_eq!(
            resolved("varchar[]"),
            pair("pg_varchar_array", "VARCHAR_ARRAY")
        );
        assert_eq!(
            resolved("VARCHAR []"),
            pair("pg_varchar_array", "VARCHAR_ARRAY")
        );
        assert_eq!(resolved("double precision"), pair("pg_float8", "FLOAT8"));
        assert_eq!(
            resolved("timestamp  with time zone"),
            pair("pg_timestamptz", "TIMESTAMPTZ")
        );
        assert_eq!(resolved("pg_catalog.int8"), pair("pg_int8", "INT8"));
        assert_eq!(resolved("character varying"), pair("pg_varchar", "VARCHAR"));
        assert_eq!(resolved("public.mood"), None);
        assert_eq!(resolved("order_status"), None);
        assert_eq!(resolved("int4[][]"), None);
    }
}
