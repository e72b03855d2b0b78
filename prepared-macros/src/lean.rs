//! syn's parsers for the items the macros take in, minus one cost: syn parses each
//! attribute's value as an expression, so every doc comment's text is unescaped character
//! by character in a macro that a dev profile builds unoptimised (a third of `FromRow`'s
//! run, and two thirds of the registry's parse, on sqlc's corpus). Here a `name = value`
//! attribute keeps its value as the tokens written (`Expr::Verbatim`); the macros read
//! only list attributes (`#[prepared(..)]`, `#[derive(..)]`), which syn keeps as tokens
//! anyway, and write every attribute back as it came.

use quote::ToTokens;
use syn::parse::ParseStream;
use syn::parse::discouraged::Speculative;
use syn::{Attribute, Item, Token};

/// The identifier at `input`, keyword or not: rustc has read it as one, and syn's own
/// parse would compare it with every keyword.
pub fn name(input: ParseStream<'_>) -> syn::Result<syn::Ident> {
    input.step(|c| c.ident().ok_or_else(|| c.error("expected identifier")))
}

/// The outer attributes at `input`.
pub fn outer_attrs(input: ParseStream<'_>) -> syn::Result<Vec<Attribute>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) {
        let pound_token = input.parse()?;
        let content;
        let bracket_token = syn::bracketed!(content in input);
        // The cursor asked: syn's `peek` would compare the name with every keyword.
        let meta = if content.cursor().ident().is_some() && content.peek2(Token![=]) {
            syn::Meta::NameValue(syn::MetaNameValue {
                path: name(&content)?.into(),
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
    // A statement's unit struct, read here: syn would first try every kind of item.
    let fork = input.fork();
    if let Ok(unit) = unit_struct(&fork) {
        input.advance_to(&fork);
        return Ok(Item::Struct(syn::ItemStruct { attrs, ..unit }));
    }
    let fork = input.fork();
    if fork.parse::<syn::Visibility>().is_ok() && fork.peek(Token![use]) {
        return Ok(Item::Use(syn::ItemUse {
            attrs,
            ..input.parse()?
        }));
    }
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

/// A type, as syn parses it. A path (`i64`, `Option<Vec<String>>`, `chrono::DateTime<Utc>`),
/// a reference or a slice of those is read here, where syn would try each form a type may
/// take and compare each identifier with every keyword (a third of `FromRow`'s parse of
/// sqlc's corpus); any other type, or one followed by something else than `,` or the end,
/// is syn's to read.
pub fn ty(input: ParseStream<'_>) -> syn::Result<syn::Type> {
    let fork = input.fork();
    if let Ok(ty) = plain_type(&fork)
        && (fork.is_empty() || fork.peek(Token![,]))
    {
        input.advance_to(&fork);
        return Ok(ty);
    }
    input.parse()
}

/// A type `ty` reads itself; an error for any other, which syn reads instead.
fn plain_type(input: ParseStream<'_>) -> syn::Result<syn::Type> {
    if input.peek(Token![&]) {
        return Ok(syn::Type::Reference(syn::TypeReference {
            and_token: input.parse()?,
            lifetime: if input.peek(syn::Lifetime) {
                Some(input.parse()?)
            } else {
                None
            },
            mutability: input.parse()?,
            elem: Box::new(plain_type(input)?),
        }));
    }
    if input.peek(syn::token::Bracket) {
        let content;
        let bracket_token = syn::bracketed!(content in input);
        let elem = Box::new(plain_type(&content)?);
        if !content.is_empty() {
            return Err(content.error("an array"));
        }
        return Ok(syn::Type::Slice(syn::TypeSlice {
            bracket_token,
            elem,
        }));
    }
    let leading_colon = input.parse()?;
    let mut segments = syn::punctuated::Punctuated::new();
    loop {
        let ident = name(input)?;
        if is_keyword(&ident) {
            return Err(input.error("a keyword"));
        }
        let arguments = if input.peek(Token![<]) && !input.peek(Token![<=]) {
            syn::PathArguments::AngleBracketed(generic_arguments(input)?)
        } else {
            syn::PathArguments::None
        };
        segments.push_value(syn::PathSegment { ident, arguments });
        if !input.peek(Token![::]) {
            break;
        }
        segments.push_punct(input.parse()?);
    }
    Ok(syn::Type::Path(syn::TypePath {
        qself: None,
        path: syn::Path {
            leading_colon,
            segments,
        },
    }))
}

/// `<T, 'a, ..>` of types `plain_type` reads and lifetimes.
fn generic_arguments(input: ParseStream<'_>) -> syn::Result<syn::AngleBracketedGenericArguments> {
    let lt_token = input.parse()?;
    let mut args = syn::punctuated::Punctuated::new();
    while !input.peek(Token![>]) {
        let arg = if input.peek(syn::Lifetime) {
            syn::GenericArgument::Lifetime(input.parse()?)
        } else {
            syn::GenericArgument::Type(plain_type(input)?)
        };
        args.push_value(arg);
        if input.peek(Token![>]) {
            break;
        }
        args.push_punct(input.parse::<Token![,]>()?);
    }
    Ok(syn::AngleBracketedGenericArguments {
        colon2_token: None,
        lt_token,
        args,
        gt_token: input.parse()?,
    })
}

/// A word that is no path segment's (`dyn`, `impl`, `fn`, `_`, ..): the type is syn's.
fn is_keyword(ident: &syn::Ident) -> bool {
    let text = ident.to_string();
    // Every keyword is lower case: a type's name rarely is.
    text.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && (text == "_" || crate::naming::KEYWORDS.contains(&text.as_str()))
}

/// `[pub] struct Name;`, without its attributes.
fn unit_struct(input: ParseStream<'_>) -> syn::Result<syn::ItemStruct> {
    Ok(syn::ItemStruct {
        attrs: Vec::new(),
        vis: input.parse()?,
        struct_token: input.parse()?,
        ident: input.parse()?,
        generics: syn::Generics::default(),
        fields: syn::Fields::Unit,
        semi_token: Some(input.parse()?),
    })
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

    /// Each type reads back as syn reads it, whoever reads it; what follows is left.
    #[test]
    fn a_type_reads_back_as_syn_reads_it() {
        for ty in [
            quote!(i64),
            quote!(Option<Vec<String>>),
            quote!(::chrono::DateTime<chrono::Utc>),
            quote!(&'a [u8]),
            quote!(&mut str),
            quote!(std::collections::HashMap<String, Option<String>>),
            quote!(Cow<'a, str>),
            quote!(Vec<Vec<i32>>),
            quote!(Self),
            quote!(dyn Fn(i32) -> bool),
            quote!(fn() -> i32),
            quote!((i64, String)),
            quote!([u8; 4]),
            quote!(<T as Trait>::Assoc),
            quote!(impl Iterator<Item = u8>),
            quote!(_),
            quote!(Box<dyn std::error::Error + Send>),
            quote!(Json<serde_json::Value>),
        ] {
            let parser = |input: syn::parse::ParseStream<'_>| {
                let ty = super::ty(input)?;
                let rest: proc_macro2::TokenStream = input.parse()?;
                Ok((ty, rest))
            };
            let (ours, rest) = parser.parse2(quote!(#ty, next)).unwrap();
            let syns: syn::Type = syn::parse2(ty.clone()).unwrap();
            assert_eq!(
                ours.to_token_stream().to_string(),
                syns.to_token_stream().to_string(),
                "{ty}"
            );
            assert_eq!(rest.to_string(), ", next", "{ty}");
        }
        let not_a_type = |input: syn::parse::ParseStream<'_>| super::ty(input);
        assert!(not_a_type.parse2(quote!(mut)).is_err());
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
