#![deny(missing_docs)]
//! The macros of `prepared`. A thin shim: each entry point parses its input, validates it
//! and expands it, in the modules named after those stages. Users depend on `prepared`,
//! which re-exports these.

mod derive;
mod expand;
mod known;
mod lean;
mod naming;
mod parallel;
mod parse;
mod text;
mod validate;

use proc_macro::TokenStream;
use syn::parse_macro_input;

/// Turns an inline module into a registry of prepared statements: every unit struct in it
/// marked `#[prepared("SQL", params(..), row = T)]` becomes a statement with a typed
/// constructor on `PreparedStatement`, a constant of `PreparedQueryEnum` and an entry of
/// `REGISTRY`.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, input: TokenStream) -> TokenStream {
    let module = parse_macro_input!(input with lean::module);
    let parsed = parse::registry(proc_macro2::TokenStream::from(args), module);
    let validated = validate::registry(parsed);
    expand::registry(validated).into()
}

/// Declares a statement. Only meaningful inside a `#[prepared::registry]` module, which
/// reads and removes it; anywhere else it is an error, so no statement escapes a registry.
#[proc_macro_attribute]
pub fn prepared(_args: TokenStream, input: TokenStream) -> TokenStream {
    let item = proc_macro2::TokenStream::from(input);
    let error = syn::Error::new(
        proc_macro2::Span::call_site(),
        "`#[prepared]` must be inside a `#[prepared::registry]` module, so that the registry and its test harness see every statement; \
         put the struct in `#[prepared::registry] mod queries { .. }`",
    );
    let mut out = error.to_compile_error();
    out.extend(item);
    out.into()
}

/// Maps result columns to fields by name (`#[prepared(rename = "col")]` for another name);
/// `Option<T>` fields take nullable columns.
#[proc_macro_derive(FromRow, attributes(prepared))]
pub fn derive_from_row(input: TokenStream) -> TokenStream {
    if let Some(impls) = derive::plain::from_row(&input) {
        return impls;
    }
    let input = match derive::row_struct(input) {
        Ok(input) => input,
        Err(e) => return e.into_compile_error().into(),
    };
    derive::from_row(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Writes a struct as one row of a binary `COPY … FROM STDIN` statement: each field to
/// the column of its name (`#[prepared(rename = "col")]` for another name).
#[proc_macro_derive(ToRow, attributes(prepared))]
pub fn derive_to_row(input: TokenStream) -> TokenStream {
    let input = match derive::row_struct(input) {
        Ok(input) => input,
        Err(e) => return e.into_compile_error().into(),
    };
    derive::to_row(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Binds a type as text through its `Display` and `FromStr`: for Rust enums and newtypes
/// stored in `text`/`varchar` columns or PostgreSQL enums.
#[proc_macro_derive(PgText)]
pub fn derive_pg_text(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as syn::DeriveInput);
    derive::pg_text(input).into()
}
