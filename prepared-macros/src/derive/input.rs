//! The input of `FromRow` and `ToRow`, parsed for what they read. syn's `DeriveInput`
//! parses every attribute's arguments, so each doc comment's text is unescaped character
//! by character in a macro that a dev profile builds unoptimised: a third of `FromRow`'s
//! run on a crate whose row fields are documented. These derives read only the
//! `#[prepared(..)]` attributes of fields; every other attribute is stepped over.

use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Token};

/// A struct with named fields as `DeriveInput`, its fields keeping only their
/// `#[prepared(..)]` attributes and the struct none; any other item is parsed whole by
/// syn, for the derive to report.
pub fn row_struct(input: proc_macro::TokenStream) -> syn::Result<syn::DeriveInput> {
    let tokens = proc_macro2::TokenStream::from(input);
    match lean.parse2(tokens.clone()) {
        Ok(input) => Ok(input),
        Err(_) => syn::parse2(tokens),
    }
}

fn lean(input: ParseStream<'_>) -> syn::Result<syn::DeriveInput> {
    prepared_attrs(input)?;
    let vis = input.parse()?;
    let struct_token = input.parse()?;
    let ident = input.parse()?;
    let mut generics: syn::Generics = input.parse()?;
    generics.where_clause = input.parse()?;
    let content;
    let brace_token = syn::braced!(content in input);
    let named = Punctuated::parse_terminated_with(&content, field)?;
    Ok(syn::DeriveInput {
        attrs: Vec::new(),
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
        attrs: prepared_attrs(input)?,
        vis: input.parse()?,
        mutability: syn::FieldMutability::None,
        ident: Some(input.parse()?),
        colon_token: Some(input.parse()?),
        ty: input.parse()?,
    })
}

/// The outer attributes at `input`: `#[prepared(..)]` parsed, the others skipped unread.
fn prepared_attrs(input: ParseStream<'_>) -> syn::Result<Vec<Attribute>> {
    let mut kept = Vec::new();
    while input.peek(Token![#]) {
        let pound_token = input.parse()?;
        let content;
        let bracket_token = syn::bracketed!(content in input);
        let ours = content
            .cursor()
            .ident()
            .is_some_and(|(ident, _)| ident == "prepared");
        if ours {
            kept.push(Attribute {
                pound_token,
                style: syn::AttrStyle::Outer,
                bracket_token,
                meta: content.parse()?,
            });
        } else {
            content.step(|cursor| {
                let mut rest = *cursor;
                while let Some((_, next)) = rest.token_tree() {
                    rest = next;
                }
                Ok(((), rest))
            })?;
        }
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::lean;
    use syn::parse::Parser;

    #[test]
    fn keeps_the_fields_and_their_own_attributes_only() {
        let parsed = lean
            .parse2(quote::quote! {
                /// A row.
                #[derive(Debug)]
                pub struct Row {
                    /// Its id.
                    #[prepared(rename = "row_id")]
                    #[allow(unused)]
                    pub id: i64,
                    note: Option<Vec<String>>,
                }
            })
            .unwrap();
        assert_eq!(parsed.ident, "Row");
        assert!(parsed.attrs.is_empty());
        let syn::Data::Struct(data) = parsed.data else {
            panic!("a struct")
        };
        let fields: Vec<_> = data.fields.iter().collect();
        assert_eq!(fields.len(), 2);
        assert_eq!(fields[0].attrs.len(), 1);
        assert!(fields[0].attrs[0].path().is_ident("prepared"));
        assert!(fields[1].attrs.is_empty());
        assert_eq!(fields[1].ident.as_ref().unwrap(), "note");
    }

    #[test]
    fn anything_but_a_struct_with_named_fields_is_left_to_syn() {
        for item in [
            quote::quote!(
                struct Pair(i64, i64);
            ),
            quote::quote!(
                enum E {
                    A,
                }
            ),
            quote::quote!(
                struct Unit;
            ),
        ] {
            assert!(lean.parse2(item).is_err());
        }
    }
}
