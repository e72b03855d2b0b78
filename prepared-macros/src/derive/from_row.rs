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
    for (index, field) in fields.named.iter().enumerate() {
        let info = match column_info(field, quote!(accepts_column)) {
            Ok(info) => info,
            Err(e) => {
                crate::parse::combine(&mut errors, e);
                continue;
            }
        };
        columns.push(info);
        let (name, ty) = (field.ident.as_ref().expect("named field"), &field.ty);
        reads.push(quote_spanned! {ty.span()=>
            #name: ::prepared::__private::read_column::<#ty>(&row, statement, &COLUMNS[#index], #index)?
        });
    }
    if let Some(e) = errors {
        return Err(e);
    }
    let count = columns.len();
    Ok(quote! {
        const _: () = {
            static COLUMNS: [::prepared::__private::ColumnInfo; #count] = [#(#columns),*];

            impl ::prepared::__private::FromRow for #ident {
                const COLUMNS: ::core::option::Option<&'static [::prepared::__private::ColumnInfo]> =
                    ::core::option::Option::Some(&COLUMNS);

                fn from_row(
                    row: ::prepared::__private::Row,
                    statement: &'static ::prepared::__private::StatementInfo,
                ) -> ::core::result::Result<Self, ::prepared::__private::Error> {
                    ::core::result::Result::Ok(Self { #(#reads),* })
                }
            }
        };
    })
}

/// The `ColumnInfo` of a named field: the column it maps to (its name, or its `rename`),
/// its types, and `accepts` through the given `__private` function (decode for `FromRow`,
/// encode for `ToRow`).
pub(super) fn column_info(field: &syn::Field, accepts: TokenStream) -> syn::Result<TokenStream> {
    let name = field.ident.as_ref().expect("named field");
    let column =
        rename(field)?.unwrap_or_else(|| name.to_string().trim_start_matches("r#").to_owned());
    let ty = &field.ty;
    let field_name = name.to_string();
    let rust_type = crate::naming::type_name(ty);
    let nullable = is_option(ty);
    Ok(quote! {
        ::prepared::__private::ColumnInfo {
            name: #column,
            field: #field_name,
            rust_type: #rust_type,
            nullable: #nullable,
            accepts: ::prepared::__private::#accepts::<#ty>,
        }
    })
}

/// `#[prepared(rename = "column")]` on a field.
fn rename(field: &syn::Field) -> syn::Result<Option<String>> {
    let mut rename = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("prepared")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                rename = Some(lit.value());
                Ok(())
            } else {
                Err(meta.error("unknown field attribute; expected `rename = \"column\"`"))
            }
        })?;
    }
    Ok(rename)
}
