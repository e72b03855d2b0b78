//! Converters beyond what postgres-types ships: Rust values bound as text.

use bytes::BytesMut;
use postgres_types::{IsNull, Kind, Type};
use std::error::Error as StdError;
use std::fmt::Display;
use std::str::FromStr;

type BoxError = Box<dyn StdError + Send + Sync>;

/// Whether a text-bound value (`#[derive(PgText)]`) can go to or come from `ty`: the
/// character types, `unknown`, and PostgreSQL enums (whose binary form is the label).
pub fn text_accepts(ty: &Type) -> bool {
    matches!(
        *ty,
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN
    ) || matches!(ty.kind(), Kind::Enum(_))
}

/// Encodes `value`'s `Display` as text.
pub fn text_to_sql<T: Display + ?Sized>(value: &T, out: &mut BytesMut) -> Result<IsNull, BoxError> {
    use std::fmt::Write;
    write!(out, "{value}")?;
    Ok(IsNull::No)
}

/// Decodes text with `FromStr`, naming the Rust type when the text does not parse.
pub fn text_from_sql<T>(raw: &[u8], rust_type: &'static str) -> Result<T, BoxError>
where
    T: FromStr,
    T::Err: Display,
{
    let text = std::str::from_utf8(raw)?;
    text.parse::<T>()
        .map_err(|e| format!("`{text}` is not a valid {rust_type}: {e}").into())
}
