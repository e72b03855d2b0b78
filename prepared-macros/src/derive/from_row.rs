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
    // Where each field's columns start, relative to the row type's: a literal until a
    // flattened field, whose width only rustc knows, then a constant expression. Each
    // `const` written costs every rebuild (a crate's row structs hold thousands of fields).
    let mut offset = Offset::Literal(0);
    let mut reads_columns = false;
    for (index, field) in fields.named.iter().enumerate() {
        let attrs = match FieldAttrs::read(field, true) {
            Ok(attrs) => attrs,
            Err(e) => {
                crate::parse::combine(&mut errors, e);
                continue;
            }
        };
        let (name, ty) = (field.ident.as_ref().expect("named field"), &field.ty);
        let at = offset.tokens();
        if attrs.flatten {
            columns.push(nested_info(field));
            reads.push(quote_spanned! {ty.span()=>
                #name: <#ty as __p::FromRowAt>::from_row_at(row, statement, #at)?
            });
            offset = offset.after_nested(quote!(__p::ColumnInfo::width(
                <#ty as __p::FromRowAt>::FIELDS
            )));
        } else {
            columns.push(column_info(field, &attrs, "accepts_column"));
            // The field's type is the column's: rustc infers it, so the type's tokens are
            // written once, in the column's entry.
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            reads_columns = true;
            reads.push(quote_spanned! {ty.span()=>
                #name: __p::read_column(row, statement, &columns[#index], #at)?
            });
            offset = offset.after_column();
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    Ok(impls(ident, &columns, &reads, reads_columns))
}

/// `FromRowAt` for `ident` (which makes it `FromRow`), whose columns are described by
/// `columns` and whose fields are read by `reads`. Inside, `::prepared::__private` is
/// `__p`: the derive builds every token it writes, for each of a crate's many fields. The
/// columns are the constant's own array, not a `static` of their own: one item less per
/// row type for each rebuild to check.
fn impls(
    ident: &syn::Ident,
    columns: &[TokenStream],
    reads: &[TokenStream],
    reads_columns: bool,
) -> TokenStream {
    // Only `flatten` fields (or none) read no column of their own: no unused binding.
    let bind = reads_columns.then(|| quote!(let columns = Self::FIELDS;));
    quote! {
        const _: () = {
            use ::prepared::__private as __p;

            impl __p::FromRowAt for #ident {
                const FIELDS: &'static [__p::ColumnInfo] = &[#(#columns),*];

                fn from_row_at(
                    row: &__p::Row,
                    statement: &'static __p::StatementInfo,
                    base: usize,
                ) -> ::core::result::Result<Self, __p::Error> {
                    #bind
                    ::core::result::Result::Ok(Self { #(#reads),* })
                }
            }
        };
    }
}

/// Where a field's columns start within its row type.
enum Offset {
    /// Known here: no flattened field comes before it.
    Literal(usize),
    /// A sum with a flattened row type's width in it.
    Expr(TokenStream),
}

impl Offset {
    /// The place in the row as an expression of `base`, the row type's first column: a
    /// literal sum, or one with a block whose `const` makes rustc evaluate the offset once.
    fn tokens(&self) -> TokenStream {
        match self {
            Offset::Literal(0) => quote!(base),
            Offset::Literal(n) => {
                let n = proc_macro2::Literal::usize_unsuffixed(*n);
                quote!(base + #n)
            }
            Offset::Expr(sum) => quote!(base + { const AT: usize = #sum; AT }),
        }
    }

    /// The offset after a column.
    fn after_column(self) -> Offset {
        match self {
            Offset::Literal(n) => Offset::Literal(n + 1),
            Offset::Expr(sum) => Offset::Expr(quote!(#sum + 1usize)),
        }
    }

    /// The offset after a flattened row type `width` columns wide.
    fn after_nested(self, width: TokenStream) -> Offset {
        let sum = match self {
            Offset::Literal(n) => {
                let n = proc_macro2::Literal::usize_unsuffixed(n);
                quote!(#n)
            }
            Offset::Expr(sum) => sum,
        };
        Offset::Expr(quote!(#sum + #width))
    }
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
    let column = attrs
        .rename
        .clone()
        .unwrap_or_else(|| name.to_string().trim_start_matches("r#").to_owned());
    let ty = &field.ty;
    let field_name = name.to_string();
    let rust_type = crate::naming::type_name(ty);
    let nullable = is_option(ty);
    let new = if column == field_name && accepts == "accepts_column" {
        // The common field, in the fewest tokens: each is written for each of a crate's
        // thousands of fields.
        quote!(__p::column::<#ty>(#column, #rust_type, #nullable))
    } else {
        let accepts = syn::Ident::new(accepts, proc_macro2::Span::call_site());
        quote!(__p::ColumnInfo::new(#column, #field_name, #rust_type, #nullable, __p::#accepts::<#ty>))
    };
    match attrs.position {
        Some(n) => quote!(__p::ColumnInfo { position: __p::Some(#n), ..#new }),
        None => new,
    }
}

/// The `ColumnInfo` of a `flatten` field: its type's own columns.
fn nested_info(field: &syn::Field) -> TokenStream {
    let name = field.ident.as_ref().expect("named field");
    let ty = &field.ty;
    let field_name = name.to_string();
    let rust_type = crate::naming::type_name(ty);
    quote_spanned! {ty.span()=>
        __p::ColumnInfo {
            nested: __p::Some(<#ty as __p::FromRowAt>::FIELDS),
            ..__p::ColumnInfo::new(#field_name, #field_name, #rust_type, false, __p::accepts_nothing)
        }
    }
}
