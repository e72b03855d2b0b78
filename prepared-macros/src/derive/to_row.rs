use super::from_row::{FieldAttrs, column_info};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

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
        match FieldAttrs::read(field, false) {
            Ok(attrs) => columns.push(column_info(field, &attrs, "accepts_param")),
            Err(e) => {
                crate::parse::combine(&mut errors, e);
                continue;
            }
        }
        let (name, ty) = (field.ident.as_ref().expect("named field"), &field.ty);
        // Located at the field's type: one that cannot be written is reported there. It
        // resolves where the derive does, where `self` is: the type's own span may come
        // from another macro, whose `self` this is not.
        let span = proc_macro2::Span::call_site().located_at(crate::naming::type_span(ty));
        values.push(quote_spanned!(span=> ::prepared::__private::lend(&self.#name)));
    }
    if let Some(e) = errors {
        return Err(e);
    }
    let count = columns.len();
    Ok(quote! {
        impl #impl_generics ::prepared::__private::ToRow for #ident #type_generics #where_clause {
            const FIELDS: &'static [::prepared::__private::ColumnInfo] = &[#(#columns),*];
            type Values<'r> = [&'r (dyn ::prepared::__private::ToSql + ::core::marker::Sync); #count] where Self: 'r;
            // Compiled where rows are written (see `FromRow`'s `from_row_at`).
            #[inline]
            fn values(&self) -> Self::Values<'_> {
                [#(#values),*]
            }
        }
    })
}
