use proc_macro2::TokenStream;
use quote::quote;

pub fn pg_text(input: syn::DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let rust_type = ident.to_string();
    // A generic type's impls hold where the text conversions do, so it needs no bounds
    // beyond its own; a plain type gets rustc's message at the conversion it lacks.
    let generic = !input.generics.params.is_empty();
    let mut to_generics = input.generics.clone();
    if generic {
        to_generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(
                Self: ::core::fmt::Debug + ::core::fmt::Display
            ));
    }
    let (impl_generics, ty_generics, where_clause) = to_generics.split_for_impl();
    // `FromSql<'a>` takes a lifetime of its own besides the type's generics.
    let mut from_generics = input.generics.clone();
    from_generics.params.insert(0, syn::parse_quote!('__a));
    if generic {
        let where_from = from_generics.make_where_clause();
        where_from
            .predicates
            .push(syn::parse_quote!(Self: ::core::str::FromStr));
        where_from.predicates.push(syn::parse_quote!(
            <Self as ::core::str::FromStr>::Err: ::core::fmt::Display
        ));
    }
    let (from_impl_generics, _, from_where) = from_generics.split_for_impl();
    quote! {
        impl #impl_generics ::prepared::__private::ToSql for #ident #ty_generics #where_clause {
            fn to_sql(
                &self,
                _: &::prepared::__private::Type,
                out: &mut ::prepared::__private::BytesMut,
            ) -> ::core::result::Result<
                ::prepared::__private::IsNull,
                ::std::boxed::Box<dyn ::std::error::Error + ::core::marker::Sync + ::core::marker::Send>,
            > {
                ::prepared::__private::text_to_sql(self, out)
            }

            fn accepts(ty: &::prepared::__private::Type) -> bool {
                ::prepared::__private::text_accepts(ty)
            }

            ::prepared::__private::to_sql_checked!();
        }

        impl #from_impl_generics ::prepared::__private::FromSql<'__a> for #ident #ty_generics #from_where {
            fn from_sql(
                _: &::prepared::__private::Type,
                raw: &'__a [u8],
            ) -> ::core::result::Result<
                Self,
                ::std::boxed::Box<dyn ::std::error::Error + ::core::marker::Sync + ::core::marker::Send>,
            > {
                ::prepared::__private::text_from_sql(raw, #rust_type)
            }

            fn accepts(ty: &::prepared::__private::Type) -> bool {
                ::prepared::__private::text_accepts(ty)
            }
        }
    }
}
