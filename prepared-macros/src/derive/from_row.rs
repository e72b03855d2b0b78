//! `FromRow`'s general path: any struct, its field attributes read and every mistake
//! reported by syn. The common row struct takes `plain`'s path, which writes the same impl
//! (test `pass/from_row_forms` compares the two).

use crate::naming::is_option;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

pub fn from_row(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let ident = &input.ident;
    let syn::Data::Struct(syn::DataStruct {
        fields: syn::Fields::Named(fields),
        ..
    }) = &input.data
    else {
        return Err(syn::Error::new(
            ident.span(),
            "`FromRow` maps columns to named fields: derive it on a struct with named fields",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(
            input.generics.span(),
            "`FromRow` rows own their data: remove the generics",
        ));
    }
    let mut errors: Option<syn::Error> = None;
    let mut columns = Vec::new();
    let mut reads = Vec::new();
    for field in &fields.named {
        let attrs = match FieldAttrs::read(field, true) {
            Ok(attrs) => attrs,
            Err(e) => {
                crate::parse::combine(&mut errors, e);
                continue;
            }
        };
        let (name, ty) = (field.ident.as_ref().expect("named field"), &field.ty);
        // Located at the field's type: one that cannot be read is reported there. The
        // type's tokens are written once, in the column's entry: rustc infers the read's.
        // It resolves where the derive does, where the closure binds `r`: the type's own
        // span may come from another macro, where `r` is not bound.
        let span = proc_macro2::Span::call_site().located_at(crate::naming::type_span(ty));
        if attrs.flatten {
            columns.push(nested_info(field));
            reads.push(quote_spanned! {span=>
                #name: r.nested(<#ty as ::prepared::__private::FromRowAt>::from_row_at)?
            });
        } else {
            columns.push(column_info(field, &attrs, "accepts_column"));
            reads.push(quote_spanned!(span=> #name: r.column()?));
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    Ok(impls(ident, quote!(#(#columns),*), quote!(#(#reads),*)))
}

/// `FromRowAt` for `ident` (which makes it `FromRow`), whose columns are described by
/// `columns` and whose fields are read by `reads`, in order, through the runtime's
/// `Reader`: its one item, `ROW`, with paths spelled out (a `const _` block with a `use`
/// in it cost each rebuild two items more per row type than the longer paths' tokens).
/// The reading function is a closure in it, compiled where rows are read.
fn impls(ident: &syn::Ident, columns: TokenStream, reads: TokenStream) -> TokenStream {
    use crate::text::{group, lexed};
    use proc_macro2::Delimiter;
    // The streams go into their groups as they are: interpolated by `quote`, each would be
    // copied and its tokens sent to rustc once more. A few tokens cost less quoted than
    // lexed (each lexing is a source file of rustc's).
    let value = [quote!(Self), group(Delimiter::Brace, reads)];
    let row = [
        quote!(fields: &),
        group(Delimiter::Bracket, columns),
        lexed(", read: |r| ::core::result::Result::Ok"),
        group(Delimiter::Parenthesis, value.into_iter().collect()),
    ];
    let body = [
        lexed("const ROW: ::prepared::__private::RowType<Self> = ::prepared::__private::RowType"),
        group(Delimiter::Brace, row.into_iter().collect()),
        quote!(;),
    ];
    [
        lexed(&format!(
            "impl ::prepared::__private::FromRowAt for {ident}"
        )),
        group(Delimiter::Brace, body.into_iter().collect()),
    ]
    .into_iter()
    .collect()
}

/// A field's `#[prepared(..)]` attributes.
#[derive(Default)]
pub(super) struct FieldAttrs {
    /// `rename = "column"`.
    rename: Option<String>,
    /// `position = n`: the n-th column (1-based), whatever its name.
    position: Option<usize>,
    /// `flatten`: the field is a row type of its own.
    flatten: bool,
}

impl FieldAttrs {
    /// Reads them; `position` and `flatten` only where a result is read (`rows`).
    pub(super) fn read(field: &syn::Field, rows: bool) -> syn::Result<FieldAttrs> {
        let expected = if rows {
            "expected `rename = \"column\"`, `position = n` or `flatten`"
        } else {
            "expected `rename = \"column\"`"
        };
        let mut attrs = FieldAttrs::default();
        // Where `rename` or `position` is written, for an error beside `flatten`.
        let mut placed = None;
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("prepared")) {
            attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(ToString::to_string);
                if !rows && matches!(key.as_deref(), Some("position" | "flatten")) {
                    return Err(meta.error(
                        "`position` and `flatten` place the columns of a result; a COPY row (`ToRow`) writes each field to the column of its name: use `rename = \"column\"`",
                    ));
                }
                if matches!(key.as_deref(), Some("rename" | "position")) {
                    placed = Some(meta.path.span());
                }
                if meta.path.is_ident("rename") {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    attrs.rename = Some(lit.value());
                } else if rows && meta.path.is_ident("position") {
                    let lit: syn::LitInt = meta.value()?.parse()?;
                    let n: usize = lit.base10_parse()?;
                    if n == 0 {
                        return Err(syn::Error::new(
                            lit.span(),
                            "positions count from 1, as in SQL: `position = 1` is the first column",
                        ));
                    }
                    attrs.position = Some(n);
                } else if rows && meta.path.is_ident("flatten") {
                    attrs.flatten = true;
                } else {
                    return Err(meta.error(format!("unknown field attribute; {expected}")));
                }
                Ok(())
            })?;
        }
        if let (true, Some(span)) = (attrs.flatten, placed) {
            return Err(syn::Error::new(
                span,
                "a `flatten` field reads its own type's columns: `rename` and `position` belong on that type's fields",
            ));
        }
        if attrs.flatten && is_option(&field.ty) {
            return Err(syn::Error::new(
                field.ty.span(),
                "a `flatten` field cannot be an `Option`: make the nested row type's fields `Option`s instead",
            ));
        }
        Ok(attrs)
    }
}

/// The `ColumnInfo` of a named field: the column it maps to (its name, or its `rename`),
/// its types, and `accepts` through the given `__private` function (decode for `FromRow`,
/// encode for `ToRow`).
pub(super) fn column_info(field: &syn::Field, attrs: &FieldAttrs, accepts: &str) -> TokenStream {
    let name = field.ident.as_ref().expect("named field");
    let column = attrs.rename.clone().unwrap_or_else(|| column_of(name));
    let ty = &field.ty;
    let field_name = column_of(name);
    let rust_type = crate::naming::type_name(ty);
    let nullable = is_option(ty);
    let new = if column == field_name && accepts == "accepts_column" {
        // The common field, in the fewest tokens: each is written for each of a crate's
        // thousands of fields.
        quote!(::prepared::__private::column::<#ty>(#column, #rust_type, #nullable))
    } else {
        let accepts = syn::Ident::new(accepts, proc_macro2::Span::call_site());
        quote!(::prepared::__private::ColumnInfo::new(#column, #field_name, #rust_type, #nullable, ::prepared::__private::#accepts::<#ty>))
    };
    match attrs.position {
        Some(n) => {
            quote!(::prepared::__private::ColumnInfo { position: ::prepared::__private::Some(#n), ..#new })
        }
        None => new,
    }
}

/// The column a field reads without a `rename`, and the field's name in messages: its
/// name, unraw (`type` for `r#type`), on every path the derives take.
fn column_of(field: &syn::Ident) -> String {
    field.to_string().trim_start_matches("r#").to_owned()
}

/// The `ColumnInfo` of a `flatten` field: its type's own columns.
fn nested_info(field: &syn::Field) -> TokenStream {
    let name = field.ident.as_ref().expect("named field");
    let ty = &field.ty;
    let field_name = column_of(name);
    let rust_type = crate::naming::type_name(ty);
    quote_spanned! {crate::naming::type_span(ty)=>
        ::prepared::__private::ColumnInfo {
            nested: ::prepared::__private::Some(<#ty as ::prepared::__private::FromRowAt>::FIELDS),
            ..::prepared::__private::ColumnInfo::new(#field_name, #field_name, #rust_type, false, ::prepared::__private::accepts_nothing)
        }
    }
}
