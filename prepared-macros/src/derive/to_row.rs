use super::from_row::rename;
use crate::naming::is_option;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// `ToRow`: the struct's fields as the values of one row that a binary `COPY … FROM STDIN`
/// writes, each field to the column of its name (or its `rename`).
pub fn to_row(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let ident = &input.ident;
    let syn::Data::Struct(syn::DataStruct {
        fields: syn::Fields::Named(fields),
        ..
    }) = &input.data
    else {
        return Err(syn::Error::new(
            ident.span(),
            "`ToRow` maps named fields to columns: derive it on a struct with named fields",
        ));
    };
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let mut errors: Option<syn::Error> = None;
    let mut columns = Vec::new();
    let mut values = Vec::new();
    for field in &fields.named {
        let name = field.ident.as_ref().expect("named field");
        let column = match rename(field) {
            Ok(rename) => {
                rename.unwrap_or_else(|| name.to_string().trim_start_matches("r#").to_owned())
            }
            Err(e) => {
                crate::parse::combine(&mut errors, e);
                continue;
            }
        };
        let ty = &field.ty;
        let field_name = name.to_string();
        let rust_type = quote!(#ty)
            .to_string()
            .replace(" < ", "<")
            .replace(" >", ">");
        let nullable = is_option(ty);
        columns.push(quote! {
            ::prepared::__private::ColumnInfo {
                name: #column,
                field: #field_name,
                rust_type: #rust_type,
                nullable: #nullable,
                accepts: ::prepared::__private::accepts_param::<#ty>,
            }
        });
        // Spanned at the field's type: one that cannot be written is reported there.
        values.push(quote_spanned!(ty.span()=> ::prepared::__private::lend(&self.#name)));
    }
    if let Some(e) = errors {
        return Err(e);
    }
    let count = columns.len();
    Ok(quote! {
        impl #impl_generics ::prepared::__private::ToRow for #ident #type_generics #where_clause {
            const FIELDS: &'static [::prepared::__private::ColumnInfo] = &[#(#columns),*];
            type Values<'r> = [&'r (dyn ::prepared::__private::ToSql + ::core::marker::Sync); #count] where Self: 'r;
            fn values(&self) -> Self::Values<'_> {
                [#(#values),*]
            }
        }
    })
}
