//! syn's parsers for the items the macros take in, minus one cost: syn parses each
//! attribute's value as an expression, so every doc comment's text is unescaped character
//! by character in a macro that a dev profile builds unoptimised (a third of `FromRow`'s
//! run, and two thirds of the registry's parse, on sqlc's corpus). Here a `name = value`
//! attribute keeps its value as the tokens written (`Expr::Verbatim`); the macros read
//! only list attributes (`#[prepared(..)]`, `#[derive(..)]`), which syn keeps as tokens
//! anyway, and write every attribute back as it came.

use quote::ToTokens;
use syn::parse::ParseStream;
use syn::{Attribute, Item, Token};

/// The outer attributes at `input`.
pub fn outer_attrs(input: ParseStream<'_>) -> syn::Result<Vec<Attribute>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) {
        let pound_token = input.parse()?;
        let content;
        let bracket_token = syn::bracketed!(content in input);
        let meta = if content.peek(syn::Ident) && content.peek2(Token![=]) {
            syn::Meta::NameValue(syn::MetaNameValue {
                path: content.call(syn::Path::parse_mod_style)?,
                eq_token: content.parse()?,
                value: syn::Expr::Verbatim(content.parse()?),
            })
        } else {
            content.parse()?
        };
        attrs.push(Attribute {
            pound_token,
            style: syn::AttrStyle::Outer,
            bracket_token,
            meta,
        });
    }
    Ok(attrs)
}

/// A module, as `syn::ItemMod` parses it.
pub fn module(input: ParseStream<'_>) -> syn::Result<syn::ItemMod> {
    let mut attrs = outer_attrs(input)?;
    let vis = input.parse()?;
    let unsafety = input.parse()?;
    let mod_token = input.parse()?;
    let ident = input.parse()?;
    if input.peek(Token![;]) {
        return Ok(syn::ItemMod {
            attrs,
            vis,
            unsafety,
            mod_token,
            ident,
            content: None,
            semi: Some(input.parse()?),
        });
    }
    let content;
    let brace = syn::braced!(content in input);
    attrs.extend(content.call(Attribute::parse_inner)?);
    let mut items = Vec::new();
    while !content.is_empty() {
        items.push(item(&content)?);
    }
    Ok(syn::ItemMod {
        attrs,
        vis,
        unsafety,
        mod_token,
        ident,
        content: Some((brace, items)),
        semi: None,
    })
}

fn item(input: ParseStream<'_>) -> syn::Result<Item> {
    let attrs = outer_attrs(input)?;
    let mut item: Item = input.parse()?;
    match attrs_mut(&mut item) {
        Some(own) => {
            own.splice(0..0, attrs);
        }
        // An item syn keeps as tokens: the attributes go back in front of them.
        None => {
            let mut tokens = proc_macro2::TokenStream::new();
            for attr in &attrs {
                attr.to_tokens(&mut tokens);
            }
            item.to_tokens(&mut tokens);
            item = Item::Verbatim(tokens);
        }
    }
    Ok(item)
}

fn attrs_mut(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::ExternCrate(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::ForeignMod(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::TraitAlias(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use quote::{ToTokens, quote};
    use syn::parse::Parser;

    /// What syn's own parse gives, token for token, for every kind of item and attribute.
    #[test]
    fn a_module_reads_back_as_syn_reads_it() {
        let module = quote! {
            /// The queries.
            #[allow(dead_code)]
            pub mod queries {
                #![allow(unused)]
                use super::*;
                /// Reads one; "quoted", \ escaped.
                #[doc = "more"]
                #[prepared("SELECT 1", row = Row)]
                #[derive(Debug)]
                pub struct One;
                #[cfg_attr(test, derive(Clone))]
                enum Order { #[doc = "first"] A }
                /// A function.
                fn f() -> i32 { 1 }
                #[path = "x.rs"]
                mod inner;
                macro_rules! m { () => {} }
                impl One {}
                const C: i32 = 1;
            }
        };
        let ours = super::module.parse2(module.clone()).unwrap();
        let syns: syn::ItemMod = syn::parse2(module).unwrap();
        assert_eq!(
            ours.to_token_stream().to_string(),
            syns.to_token_stream().to_string()
        );
        let items = &ours.content.as_ref().unwrap().1;
        assert_eq!(items.len(), 8);
        let syn::Item::Struct(one) = &items[1] else {
            panic!("a struct")
        };
        assert_eq!(one.attrs.len(), 4);
        assert!(one.attrs[2].path().is_ident("prepared"));
    }

    #[test]
    fn a_module_without_content_keeps_its_semicolon() {
        let ours = super::module
            .parse2(quote!(
                mod queries;
            ))
            .unwrap();
        assert!(ours.content.is_none() && ours.semi.is_some());
    }
}
