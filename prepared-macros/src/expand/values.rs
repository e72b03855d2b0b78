//! What a constructor takes and binds: its arguments, the values it stores for the
//! statement's `$n` (a tuple, or past 24 a struct of the statement's own), and, for a
//! statement with optional fragments or sort orders, which variant runs.

use super::stored_type;
use crate::naming::{set_element, with_lifetime};
use crate::validate::{ParamKind, Validated};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

/// Up to this many values a statement binds a tuple, for which the runtime implements
/// `Params`; past it, the macro generates a struct of the statement's own.
const TUPLE_PARAMS: usize = 24;

fn params_struct_ident(s: &Validated) -> syn::Ident {
    format_ident!("__PreparedParams{}", s.def.ident)
}

/// Whether some value is one field of a rows parameter: its type is the field's, which the
/// macro cannot name, so the constructor returns `impl Params`.
fn binds_fields(s: &Validated) -> bool {
    s.universe.iter().any(|slot| slot.field.is_some())
}

/// The stored type of each value (none binds a field), borrowed ones with lifetime `a`, and
/// whether any borrows (then the constructor and a params struct are generic over `a`).
fn stored_types(s: &Validated, a: &syn::Lifetime) -> (Vec<syn::Type>, bool) {
    let mut borrows = false;
    let types = s
        .universe
        .iter()
        .map(|slot| {
            let (ty, replaced) = with_lifetime(&stored_type(&s.def.params[slot.param].ty), a);
            borrows |= replaced;
            ty
        })
        .collect();
    (types, borrows)
}

/// The values of a statement binding more than [`TUPLE_PARAMS`], as a struct that lends
/// them as one array, like a tuple does. Generic over the value types when some are
/// fields of rows, whose types the macro cannot name.
pub fn params_struct(s: &Validated) -> TokenStream {
    let n = s.universe.len();
    if n <= TUPLE_PARAMS {
        return quote!();
    }
    let ident = params_struct_ident(s);
    let described = format!("{n} parameters");
    // Spanned at each declared type: a type that cannot be bound is reported there, once.
    let spans: Vec<proc_macro2::Span> = s
        .universe
        .iter()
        .map(|slot| crate::naming::type_span(&s.def.params[slot.param].ty))
        .collect();
    let locals: Vec<syn::Ident> = spans
        .iter()
        .enumerate()
        .map(|(i, span)| format_ident!("p{}", i, span = *span))
        .collect();
    let lent = locals
        .iter()
        .zip(&spans)
        .map(|(local, span)| quote_spanned!(*span=> ::prepared::__private::lend(#local)));
    let (declare, generics, bounds) = if binds_fields(s) {
        let names: Vec<syn::Ident> = (0..n).map(|i| format_ident!("T{}", i)).collect();
        (
            quote!(<#(#names),*>),
            quote!(<#(#names),*>),
            quote!(<#(#names: ::prepared::__private::Param),*>),
        )
    } else {
        let a = syn::Lifetime::new("'a", proc_macro2::Span::call_site());
        let (_, borrows) = stored_types(s, &a);
        let g = if borrows { quote!(<#a>) } else { quote!() };
        (g.clone(), g.clone(), g)
    };
    let fields: Vec<TokenStream> = if binds_fields(s) {
        (0..n)
            .map(|i| format_ident!("T{}", i))
            .map(|t| quote!(#t))
            .collect()
    } else {
        let a = syn::Lifetime::new("'a", proc_macro2::Span::call_site());
        stored_types(s, &a).0.iter().map(|t| quote!(#t)).collect()
    };
    quote! {
        #[doc(hidden)]
        pub struct #ident #declare (#(pub #fields),*);

        // By hand: a derive would demand `Debug` of every parameter type.
        impl #declare ::core::fmt::Debug for #ident #generics {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#described)
            }
        }

        impl #bounds ::prepared::__private::Params for #ident #generics {
            type Refs<'r> = [&'r (dyn ::prepared::__private::ToSql + ::core::marker::Sync); #n] where Self: 'r;
            fn refs(&self) -> Self::Refs<'_> {
                let Self(#(#locals),*) = self;
                [#(#lent),*]
            }
        }
    }
}

/// The index of the variant the arguments choose: each present condition and chosen
/// option adds its stride, as `prepared_sql::template::Numbering` numbers the variants.
fn variant_index(s: &Validated) -> TokenStream {
    let (bits, digits) = s.numbering.strides();
    let mut terms = Vec::new();
    for (&c, stride) in s.conditions.iter().zip(bits) {
        let p = &s.def.params[c];
        let name = &p.name;
        terms.push(quote_spanned!(crate::naming::type_span(&p.ty)=>
            (::prepared::__private::Condition::present(&#name) as usize) * #stride
        ));
    }
    for (&c, stride) in s.choices.iter().zip(digits) {
        let p = &s.def.params[c];
        let name = &p.name;
        terms.push(quote_spanned!(crate::naming::type_span(&p.ty)=>
            ::prepared::__private::Choice::index(&#name) * #stride
        ));
    }
    quote!(0usize #(+ (#terms))*)
}

/// The expression of each bound value; a rows parameter's fields are gathered first, into
/// the statements of `prelude`.
fn values(s: &Validated) -> (Vec<Value>, TokenStream) {
    let mut prelude = Vec::new();
    let mut values = Vec::new();
    for (index, p) in s.def.params.iter().enumerate() {
        let param = &p.name;
        let slots: Vec<_> = s
            .universe
            .iter()
            .filter(|slot| slot.param == index)
            .collect();
        let fields: Vec<&str> = slots
            .iter()
            .filter_map(|slot| slot.field.as_deref())
            .collect();
        if s.kinds[index] == ParamKind::Rows && !fields.is_empty() {
            let locals: Vec<syn::Ident> = fields
                .iter()
                .map(|f| format_ident!("__{}_{}", param, f))
                .collect();
            let accessors: Vec<syn::Ident> = fields
                .iter()
                .map(|f| syn::Ident::new(f, s.def.sql.span))
                .collect();
            if matches!(p.ty, syn::Type::Reference(_)) {
                prelude.push(quote! {
                    #(let #locals: ::std::vec::Vec<_> = ::core::iter::Iterator::collect(
                        ::core::iter::Iterator::map(#param.iter(), |__row| &__row.#accessors));)*
                });
            } else {
                // Owned rows give their fields away: one pass, no clones.
                prelude.push(quote! {
                    #(let mut #locals = ::std::vec::Vec::with_capacity(#param.len());)*
                    for __row in #param {
                        #(#locals.push(__row.#accessors);)*
                    }
                });
            }
            for slot in &slots {
                let position = fields
                    .iter()
                    .position(|f| Some(*f) == slot.field.as_deref());
                values.push(Value::Name(match position {
                    Some(i) => locals[i].clone(),
                    None => param.clone(),
                }));
            }
            continue;
        }
        for _ in &slots {
            values.push(match set_element(&p.ty) {
                Some(_) => Value::Tokens(quote!(::core::iter::Iterator::collect(::core::iter::IntoIterator::into_iter(#param)))),
                None => Value::Name(param.clone()),
            });
        }
    }
    (values, quote!(#(#prelude)*))
}

/// A bound value's expression: most are a parameter's name.
enum Value {
    Name(syn::Ident),
    Tokens(TokenStream),
}

impl quote::ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Value::Name(name) => name.to_tokens(tokens),
            Value::Tokens(value) => value.to_tokens(tokens),
        }
    }
}

/// The type a constructor's `Bound` holds its values in, and the expression that builds
/// it: a tuple up to `TUPLE_PARAMS` values, else the statement's params struct; for a
/// statement with `@rows.field` parameters, an opaque `impl Params`.
fn bound_params(s: &Validated, values: &[Value], a: &syn::Lifetime) -> (TokenStream, TokenStream) {
    let fields = binds_fields(s);
    let (stored, value) = if s.universe.len() <= TUPLE_PARAMS {
        let (stored, _) = stored_types(s, a);
        (
            quote!((#(#stored,)*)),
            quote_spanned!(s.def.params_span=> (#(#values,)*)),
        )
    } else {
        let params = params_struct_ident(s);
        let (_, borrows) = stored_types(s, a);
        let g = if borrows && !fields {
            quote!(<#a>)
        } else {
            quote!()
        };
        (
            quote!(#params #g),
            quote_spanned!(s.def.params_span=> #params(#(#values),*)),
        )
    };
    let stored = if fields {
        quote!(impl ::prepared::__private::Params)
    } else {
        stored
    };
    (stored, value)
}

pub fn constructor(s: &Validated) -> TokenStream {
    let ident = &s.def.ident;
    let vis = &s.def.vis;
    let name = crate::naming::ident(&s.name, s.def.ident.span());
    if s.copy_probe.is_some() {
        let doc = format!(
            " `{}`: run it with `prepared_copy_in`\n\n```sql\n{}\n```",
            ident,
            s.def.sql.text.trim()
        );
        return quote! {
            #[doc = #doc]
            #[inline]
            #vis fn #name() -> ::prepared::__private::CopyIn<#ident> {
                ::prepared::__private::CopyIn::new()
            }
        };
    }
    let a = syn::Lifetime::new("'a", proc_macro2::Span::call_site());
    let mut borrows = false;
    // Names and types interpolated into the signature as they are, not as a stream each:
    // a stream costs the macro a call to rustc to join it.
    let names = s.def.params.iter().map(|p| &p.name);
    let types: Vec<syn::Type> = s
        .def
        .params
        .iter()
        .map(|p| {
            let (ty, replaced) = with_lifetime(&p.ty, &a);
            borrows |= replaced;
            ty
        })
        .collect();
    let generics = borrows.then_some(&a).into_iter();
    let (values, prelude) = values(s);
    let doc = format!(" `{}`\n\n```sql\n{}\n```", ident, s.def.sql.text.trim());
    if !s.has_variants()
        && prelude.is_empty()
        && s.universe.len() <= TUPLE_PARAMS
        && !binds_fields(s)
    {
        // The common constructor, in one `quote`: each stream interpolated into another
        // costs the macro a call to rustc. `__PreparedBound::new` spanned at `params`, as below.
        let (stored, _) = stored_types(s, &a);
        let bound = syn::Ident::new("__PreparedBound", s.def.params_span);
        let new = syn::Ident::new("new", s.def.params_span);
        let mut tuple =
            proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, quote!(#(#values,)*));
        tuple.set_span(s.def.params_span);
        return quote! {
            #[doc = #doc]
            #[inline]
            #vis fn #name #(<#generics>)* (#(#names: #types),*) -> __PreparedBound<#ident, (#(#stored,)*)> {
                #bound::#new(#tuple)
            }
        };
    }
    let (stored, value) = bound_params(s, &values, &a);
    // An error in binding the values (a `rows` field that is not `ToSql`, say) points at
    // `params`. A declared type that is not `ToSql` is the registry entry's to report.
    let body = if s.has_variants() {
        let variant = variant_index(s);
        let new = quote_spanned!(s.def.params_span=> __PreparedBound::with_variant);
        quote! {
            let __variant = #variant;
            #prelude
            #new(#value, __variant)
        }
    } else {
        let new = quote_spanned!(s.def.params_span=> __PreparedBound::new);
        quote!(#prelude #new(#value))
    };
    // `#[inline]`: compiled where it is called, so an unused constructor costs the
    // registry's crate no code generation (500 statements took 0.5 s of an edit's rebuild).
    quote! {
        #[doc = #doc]
        #[inline]
        #vis fn #name #(<#generics>)* (#(#names: #types),*) -> __PreparedBound<#ident, #stored> {
            #body
        }
    }
}
