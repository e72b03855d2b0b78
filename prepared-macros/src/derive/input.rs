//! The input of `FromRow` and `ToRow`: a struct with named fields, its attributes read
//! as `crate::lean` reads them (a doc comment's text is not unescaped).

use syn::Token;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;

/// A struct with named fields as `DeriveInput`; any other item is parsed by syn, whole,
/// for the derive to report.
pub fn row_struct(input: proc_macro::TokenStream) -> syn::Result<syn::DeriveInput> {
    let tokens = proc_macro2::TokenStream::from(input);
    match lean.parse2(tokens.clone()) {
        Ok(input) => Ok(input),
        Err(_) => syn::parse2(tokens),
    }
}

fn lean(input: ParseStream<'_>) -> syn::Result<syn::DeriveInput> {
    let attrs = crate::lean::outer_attrs(input)?;
    let vis = input.parse()?;
    let struct_token = input.parse::<Token![struct]>()?;
    let ident = crate::lean::name(input)?;
    let mut generics: syn::Generics = input.parse()?;
    generics.where_clause = input.parse()?;
    let content;
    let brace_token = syn::braced!(content in input);
    let named = Punctuated::parse_terminated_with(&content, field)?;
    Ok(syn::DeriveInput {
        attrs,
        vis,
        ident,
        generics,
        data: syn::Data::Struct(syn::DataStruct {
            struct_token,
            fields: syn::Fields::Named(syn::FieldsNamed { brace_token, named }),
            semi_token: None,
        }),
    })
}

fn field(input: ParseStream<'_>) -> syn::Result<syn::Field> {
    Ok(syn::Field {
        attrs: crate::lean::outer_attrs(input)?,
        vis: input.parse()?,
        mutability: syn::FieldMutability::None,
        ident: Some(crate::lean::name(input)?),
        colon_token: Some(input.parse()?),
        ty: crate::lean::ty(input)?,
    })
}

#[cfg(test)]
mod tests {
    use super::lean;
    use quote::{ToTokens, quote};
    use syn::parse::Parser;

    /// What syn's `DeriveInput` gives, token for token.
    #[test]
    fn a_row_struct_reads_back_as_syn_reads_it() {
        let row = quote! {
            /// A row.
            #[derive(Debug)]
            pub struct Row<'a> where Self: Sized {
                /// Its id, "quoted".
                #[prepared(rename = "row_id")]
                #[allow(unused)]
                pub id: i64,
                note: Option<Vec<&'a str>>,
            }
        };
        let ours = lean.parse2(row.clone()).unwrap();
        let syns: syn::DeriveInput = syn::parse2(row).unwrap();
        assert_eq!(
            ours.to_token_stream().to_string(),
            syns.to_token_stream().to_string()
        );
        let syn::Data::Struct(data) = ours.data else {
            panic!("a struct")
        };
        let fields: Vec<_> = data.fields.iter().collect();
        assert_eq!(fields.len(), 2);
        assert!(fields[0].attrs[1].path().is_ident("prepared"));
        assert_eq!(fields[1].ident.as_ref().unwrap(), "note");
    }

    #[test]
    fn anything_but_a_struct_with_named_fields_is_left_to_syn() {
        for item in [
            quote!(
                struct Pair(i64, i64);
            ),
            quote!(
                enum E {
                    A,
                }
            ),
            quote!(
                struct Unit;
            ),
        ] {
            assert!(lean.parse2(item).is_err());
        }
    }
}
