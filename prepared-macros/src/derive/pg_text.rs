use proc_macro2::TokenStream;
use quote::quote;

pub fn pg_text(input: syn::DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let rust_type = ident.to_string();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
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

        impl<'__a> ::prepared::__private::FromSql<'__a> for #ident #ty_generics #where_clause {
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
