//! Expansion: the registry module with its generated items. Generated code names only
//! absolute hidden paths (`::prepared::__private::..`), the per-statement items through
//! one alias of that path (`__prepared`, imported by the registry).

mod info;
mod values;

use crate::naming::set_element;
use crate::parse::OrderDef;
use crate::validate::{Registry, Validated};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

pub fn registry(registry: Registry) -> TokenStream {
    let Registry {
        mut module,
        statements,
        orders,
        sql_comment,
        errors,
    } = registry;
    let mut generated = generated(&statements, sql_comment);
    generated.extend(orders.iter().map(order_impl));
    let errors = errors.into_iter().map(syn::Error::into_compile_error);
    if let Some((_, items)) = &mut module.content {
        items.push(syn::Item::Verbatim(generated));
        items.push(syn::Item::Verbatim(quote!(#(#errors)*)));
        quote!(#module)
    } else {
        // `mod x;` has no body to add to: keep it as written, with the errors.
        quote!(#module #(#errors)*)
    }
}

/// A sort order's `Choice`: which fragment each variant stands for.
fn order_impl(order: &OrderDef) -> TokenStream {
    let ident = &order.ident;
    let labels = order.options.iter().map(|o| o.ident.to_string());
    let arms = order.options.iter().enumerate().map(|(i, o)| {
        let variant = &o.ident;
        quote!(Self::#variant => #i,)
    });
    quote! {
        impl ::prepared::__private::Choice for #ident {
            const OPTIONS: &'static [&'static str] = &[#(#labels),*];
            #[inline]
            fn index(&self) -> usize {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

/// The registry entries of every statement and variant, as one array: each statement
/// identified by the address of its element. One `static` per statement cost rustc an
/// item's worth of checking, const evaluation and metadata each.
#[derive(Default)]
pub struct Entries {
    initializers: Vec<TokenStream>,
    /// Whether an entry names another (a statement's variants): then the array is the
    /// `static`'s own, since a `const` naming the `static` it initialises is a cycle.
    self_referential: bool,
}

impl Entries {
    /// Adds an entry and returns its index.
    fn push(&mut self, initializer: TokenStream) -> usize {
        self.initializers.push(initializer);
        self.initializers.len() - 1
    }

    fn array(&self) -> TokenStream {
        let n = self.initializers.len();
        let initializers = &self.initializers;
        // Else the values are a `const`'s, which the `static` copies: a slice written in a
        // `static`'s own initializer (a statement's `params`) becomes a nested static of
        // its own, which rustc re-creates, re-evaluates and re-interns on every rebuild.
        if self.self_referential {
            quote!(static __PREPARED_STATEMENTS: [__PreparedStatementInfo; #n] = [#(#initializers),*];)
        } else {
            quote! {
                static __PREPARED_STATEMENTS: [__PreparedStatementInfo; #n] = __PREPARED_ENTRIES;
                const __PREPARED_ENTRIES: [__PreparedStatementInfo; #n] = [#(#initializers),*];
            }
        }
    }
}

// The generated items' docs, interpolated: a literal written in a `quote!` template is
// lexed by rustc on each expansion, as a source file of its own.
const CONSTRUCTORS_DOC: &str = " The typed constructors of this registry's statements.";
const REGISTRY_DOC: &str = " Every statement of this module, for the test harness.";
const QUERY_ENUM_DOC: &str =
    " Each statement of this registry as a `prepared::PreparedQuery`; `ALL` lists them.";
const ALL_DOC: &str = " Every statement, in declaration order.";

fn entry_ref(index: usize) -> TokenStream {
    quote!(&__PREPARED_STATEMENTS[#index])
}

fn generated(statements: &[Validated], sql_comment: bool) -> TokenStream {
    let mut shared = info::Shared::new(statements);
    let mut entries = Entries::default();
    let mut indices = Vec::with_capacity(statements.len());
    let mut tracks = Vec::with_capacity(statements.len());
    for s in statements {
        let (track, index) = info::statement_infos(s, sql_comment, &mut entries, &mut shared);
        tracks.push(track);
        indices.push(index);
    }
    let statics: Vec<TokenStream> = indices.iter().map(|&i| entry_ref(i)).collect();
    let entries = entries.array();
    let shared = shared.items();
    let params_structs = statements.iter().map(values::params_struct);
    let impls = statements
        .iter()
        .zip(&statics)
        .map(|(s, info)| statement_impl(s, info));
    let constructors = statements.iter().map(values::constructor);
    let query_enum = query_enum(statements, &indices);
    quote! {
        // What the entries, constructors and impls name most, as one token each: spelled
        // out, the paths' tokens cost a large registry's crate a measurable share of each
        // rebuild (500 statements: 3.5% more CPU). One glob import brings them all.
        #[allow(unused_imports)]
        use ::prepared::__private::names::*;
        #(#tracks)*
        #entries
        #shared
        #(#impls)*
        #(#params_structs)*

        #[doc = #CONSTRUCTORS_DOC]
        // Never a value (its functions are its point), so it has no variant and no impl but
        // theirs: each impl costs every rebuild of the crate.
        pub enum PreparedStatement {}

        // Once for every constructor, not on each.
        #[allow(dead_code, clippy::too_many_arguments)]
        impl PreparedStatement {
            #(#constructors)*
        }

        #query_enum

        // Collected at link time: the harness's `main()` finds every registry. The slice's
        // own macro (what linkme's `#[distributed_slice]` declaration defines beside
        // `LINKED`) places the static in its link section; linkme's element attribute would
        // add a function per registry checking the static's type, which is `Registry` here
        // by construction, and run a macro of its own: 7% of an edit's rebuild of sqlc's
        // corpus. A linkme that changed this protocol fails to compile every registry.
        ::prepared::__private::LINKED! {
            #![linkme_macro = ::prepared::__private::LINKED]
            #[doc = #REGISTRY_DOC]
            pub static REGISTRY: ::prepared::__private::Registry = ::prepared::__private::Registry {
                module: ::core::module_path!(),
                statements: &[#(#statics),*],
            };
        }
    }
}

/// `PreparedQueryEnum`: a namespace of one constant per statement, a `PreparedQuery` (the
/// runtime's one type for a statement as a value) naming its registry entry. An enum of
/// each registry's own, with its derives, `Debug`, methods and `From`, cost an edit's
/// rebuild about a millisecond per registry.
fn query_enum(statements: &[Validated], indices: &[usize]) -> TokenStream {
    let variants: Vec<_> = statements.iter().map(|s| &s.def.ident).collect();
    let entries = indices
        .iter()
        .map(|&i| entry_ref(i))
        .map(|entry| quote!(__prepared::PreparedQuery::new(#entry)));
    // Documented, so a registry compiles under `#![deny(missing_docs)]`.
    let variant_docs = statements
        .iter()
        .map(|s| format!(" The statement `{}`.", s.name));
    quote! {
        #[doc = #QUERY_ENUM_DOC]
        pub enum PreparedQueryEnum {}

        #[allow(non_upper_case_globals)]
        impl PreparedQueryEnum {
            #(
                #[doc = #variant_docs]
                pub const #variants: __prepared::PreparedQuery = #entries;
            )*
            #[doc = #ALL_DOC]
            pub const ALL: &'static [__prepared::PreparedQuery] = &[#(Self::#variants),*];
        }
    }
}

fn statement_impl(s: &Validated, info: &TokenStream) -> TokenStream {
    let ident = &s.def.ident;
    // `type Row = T` is spanned at `T`: rustc checks `FromRow` there, with its note.
    let row = match &s.def.row {
        Some(ty) => quote!(#ty),
        None => quote!(__prepared::Row),
    };
    let casts = info::cast_checks(s);
    // A COPY runs only through `prepared_copy_in`: it is not a `Statement`.
    let kind = if s.copy_probe.is_some() {
        quote!(CopyStatement)
    } else {
        quote!(Statement)
    };
    // No `Debug` impl: the struct is the user's, who derives what it needs. Generated for
    // each statement, it cost an edit's rebuild about a fifth of the registry's items.
    quote! {
        #casts
        impl __prepared::#kind for #ident {
            type Row = #row;
            const INFO: &'static __PreparedStatementInfo = #info;
        }
    }
}

/// What the bound value stores for a declared type: sets become `Vec`s. Spanned at the
/// declared type, so that `accepts_param::<T>` in the registry entry is where rustc
/// reports a type that cannot be bound, with `Param`'s notes.
fn stored_type(ty: &syn::Type) -> syn::Type {
    match set_element(ty) {
        Some(element) => {
            syn::parse2(quote_spanned!(ty.span()=> ::std::vec::Vec<#element>)).expect("a type")
        }
        None => ty.clone(),
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{TokenStream, TokenTree};
    use quote::quote;

    /// Every path into the facade that generated code spells out, as `prepared::<next>`.
    fn facade_paths(tokens: TokenStream, out: &mut Vec<String>) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(g) => facade_paths(g.stream(), out),
                TokenTree::Ident(id) if id == "prepared" => {
                    let after_colons = matches!(
                        (trees.get(i + 1), trees.get(i + 2)),
                        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                            if a.as_char() == ':' && b.as_char() == ':'
                    );
                    if let (true, Some(next)) = (after_colons, trees.get(i + 3)) {
                        out.push(format!("prepared::{next}"));
                    }
                }
                _ => {}
            }
        }
    }

    /// Generated code reaches the facade only through `::prepared::__private`: the public
    /// names may be renamed or moved without breaking a user's generated code.
    #[test]
    fn generated_code_names_only_the_private_path() {
        let row: syn::DeriveInput = syn::parse_quote! {
            struct Item { id: i64, #[prepared(rename = "label")] name: Option<String> }
        };
        let text: syn::DeriveInput = syn::parse_quote!(
            enum Plan {
                Free,
                Pro,
            }
        );
        let generic: syn::DeriveInput = syn::parse_quote!(
            struct Code<T>(T);
        );
        let module: syn::ItemMod = syn::parse_quote! {
            mod queries {
                use prepared::prepared;
                #[prepared("SELECT id, name AS label FROM item WHERE id = @id {@named: AND name = @name}",
                           params(id: i64, named: bool, name: &str), row = super::Item)]
                pub struct ItemById;
                #[prepared("COPY item (id, label) FROM STDIN BINARY", row = super::Item)]
                pub struct ItemCopy;
            }
        };
        let registry = super::registry(crate::validate::registry(crate::parse::registry(
            quote!(),
            module,
        )));
        let mut paths = Vec::new();
        for tokens in [
            crate::derive::from_row(row.clone()).unwrap(),
            crate::derive::to_row(row).unwrap(),
            crate::derive::pg_text(text),
            crate::derive::pg_text(generic),
            registry,
        ] {
            facade_paths(tokens, &mut paths);
        }
        assert!(!paths.is_empty());
        let others: Vec<_> = paths
            .iter()
            .filter(|p| *p != "prepared::__private")
            // `use prepared::prepared;` is the user's own import, passed through.
            .filter(|p| *p != "prepared::prepared")
            .collect();
        assert!(others.is_empty(), "{others:?}");
    }
}
