//! Expansion: the registry module with its generated items. Generated code names only
//! absolute hidden paths (`::prepared::__private::..`), the per-statement items through
//! one alias of that path (`__prepared`, imported by the registry).

mod info;
mod values;

use crate::naming::set_element;
use crate::parse::OrderDef;
use crate::text;
use crate::validate::{Registry, Validated};
use proc_macro2::{Delimiter, TokenStream};
use quote::{format_ident, quote, quote_spanned};

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

/// The registry entries of every statement and variant, as one tuple: each statement
/// identified by the address of its element. One `static` per statement cost rustc an
/// item's worth of checking, const evaluation and metadata each; an array's element is
/// reached through a bounds check that each constant naming it carries in its MIR, a
/// tuple's field is not (1.3% of an edit's rebuild of sqlc's corpus).
#[derive(Default)]
pub struct Entries {
    initializers: Vec<TokenStream>,
    /// Whether an entry names another (a statement's variants): then the tuple is the
    /// `static`'s own, since a `const` naming the `static` it initialises is a cycle.
    self_referential: bool,
}

impl Entries {
    /// Adds an entry and returns its index.
    fn push(&mut self, initializer: TokenStream) -> usize {
        self.initializers.push(initializer);
        self.initializers.len() - 1
    }

    fn tuple(&self) -> TokenStream {
        let n = self.initializers.len();
        if n == 0 {
            // An empty registry names no entry (and `const { () }` is clippy's `unused_unit`).
            return TokenStream::new();
        }
        let ty = format!("({})", "__PreparedStatementInfo, ".repeat(n));
        let mut values = TokenStream::new();
        for initializer in &self.initializers {
            values.extend([initializer.clone(), quote!(,)]);
        }
        let tuple = text::group(Delimiter::Parenthesis, values);
        if self.self_referential {
            let mut out = text::lexed(&format!("static __PREPARED_STATEMENTS: {ty} ="));
            out.extend([tuple, quote!(;)]);
            return out;
        }
        // Else the values are an inline `const`'s, which the `static` copies: a slice written
        // in a `static`'s own initializer (a statement's `params`) becomes a nested static of
        // its own, which rustc re-creates, re-evaluates and re-interns on every rebuild. An
        // inline `const` is not an item: a named one cost each rebuild 0.7%.
        let mut out = text::lexed(&format!("static __PREPARED_STATEMENTS: {ty} = const"));
        out.extend([text::group(Delimiter::Brace, tuple), quote!(;)]);
        out
    }
}

// The generated items' docs, short: every rebuild hashes and encodes each one's text.
const CONSTRUCTORS_DOC: &str = " The typed constructors of this registry's statements, and their `PreparedQueryEnum` constants.";
const REGISTRY_DOC: &str = " Every statement of this module, for the test harness.";
const QUERY_ENUM_DOC: &str =
    " Each statement as a `prepared::PreparedQuery`, `PreparedQueryEnum::Name`; `ALL` lists them.";
const ALL_DOC: &str = " Every statement, in declaration order.";

fn entry_ref(index: usize) -> String {
    format!("&__PREPARED_STATEMENTS.{index}")
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
    // What the entries, constructors and impls name most, as one token each: spelled
    // out, the paths' tokens cost a large registry's crate a measurable share of each
    // rebuild (500 statements: 3.5% more CPU). One glob import brings them all, with no
    // `allow(unused_imports)`: `ALL` names `__prepared` in every registry, and each lint
    // attribute costs every rebuild a lint scope (test `pass/unused_lints`).
    let mut out = text::lexed("use ::prepared::__private::names::*;");
    out.extend(tracks);
    out.extend([entries.tuple(), shared.items()]);
    out.extend(
        statements
            .iter()
            .zip(&indices)
            .map(|(s, &i)| statement_impl(s, i)),
    );
    out.extend(statements.iter().map(values::params_struct));
    out.extend([info::cast_checks(statements)]);
    // `PreparedStatement` is never a value (its functions are its point), so it has no
    // variant and no impl but theirs: each item costs every rebuild of the crate.
    // `PreparedQueryEnum` names the same type, whose one impl also holds the statements'
    // constants: a type and an impl of its own cost each rebuild of sqlc's corpus 1%.
    // Clippy's lint is allowed only where clippy runs: in an `allow`, a tool lint's name
    // cost each rebuild about twice what `dead_code` does.
    out.extend([text::lexed(&format!(
        "#[doc = {}] pub enum PreparedStatement {{}} \
         #[doc = {}] pub type PreparedQueryEnum = PreparedStatement; \
         #[allow(dead_code, non_upper_case_globals)] \
         #[cfg_attr(clippy, allow(clippy::too_many_arguments))] \
         impl PreparedStatement",
        text::string(CONSTRUCTORS_DOC),
        text::string(QUERY_ENUM_DOC),
    ))]);
    let mut items: TokenStream = statements.iter().map(values::constructor).collect();
    items.extend([query_constants(statements, &indices)]);
    out.extend([text::group(Delimiter::Brace, items)]);
    // Collected at link time: the harness's `main()` finds every registry. The runtime's
    // `link!` places the static in the link section of linkme's slice `LINKED`; linkme's
    // element attribute would add a function per registry checking the static's type,
    // which is `Registry` here by construction, and run a macro of its own (7% of an
    // edit's rebuild of sqlc's corpus), and the slice's own macro expands twice.
    let statics: Vec<String> = indices.iter().map(|&i| entry_ref(i)).collect();
    out.extend([text::lexed(&format!(
        "::prepared::__private::link! {{ \
            #[doc = {}] \
            pub static REGISTRY: ::prepared::__private::Registry = ::prepared::__private::Registry {{ \
                module: ::core::module_path!(), \
                statements: &[{}], \
            }}; \
        }}",
        text::string(REGISTRY_DOC),
        statics.join(", ")
    ))]);
    out
}

/// `PreparedQueryEnum`'s constants: one per statement, a `PreparedQuery` (the runtime's one
/// type for a statement as a value) naming its registry entry, and `ALL`. An enum of each
/// registry's own, with its derives, `Debug`, methods and `From`, cost an edit's rebuild
/// about a millisecond per registry.
fn query_constants(statements: &[Validated], indices: &[usize]) -> TokenStream {
    use std::fmt::Write;
    let mut code = String::new();
    let mut all = String::new();
    for (s, index) in statements.iter().zip(indices) {
        let ident = &s.def.ident;
        // Documented, so a registry compiles under `#![forbid(missing_docs)]`, where an
        // `allow` is an error. Built as the tuple struct it is: a call of a `const fn` is one
        // more evaluation per statement.
        let doc = text::string(&format!(" The statement `{}`.", s.name));
        let _ = write!(
            code,
            "#[doc = {doc}] pub const {ident}: __PreparedQuery = __PreparedQuery({});",
            entry_ref(*index)
        );
        let _ = write!(all, "Self::{ident},");
    }
    let _ = write!(
        code,
        "#[doc = {}] pub const ALL: &'static [__PreparedQuery] = &[{all}];",
        text::string(ALL_DOC)
    );
    text::lexed(&code)
}

fn statement_impl(s: &Validated, index: usize) -> TokenStream {
    let mut out = TokenStream::new();
    // A COPY runs only through `prepared_copy_in`: it is not a `Statement`.
    let kind = if s.copy_probe.is_some() {
        "__PreparedCopyStatement"
    } else {
        "__PreparedStatement"
    };
    // No `Debug` impl: the struct is the user's, who derives what it needs. Generated for
    // each statement, it cost an edit's rebuild about a fifth of the registry's items.
    let info = format!(
        "const INFO: &'static __PreparedStatementInfo = {};",
        entry_ref(index)
    );
    match &s.def.row {
        // `type Row = T` is spanned at `T`: rustc checks `FromRow` there, with its note.
        Some(ty) => {
            let (kind, ident) = (format_ident!("{kind}"), &s.def.ident);
            out.extend([quote!(impl #kind for #ident)]);
            let mut body = quote!(type Row = #ty;);
            body.extend([text::lexed(&info)]);
            out.extend([text::group(Delimiter::Brace, body)]);
        }
        None => out.extend([text::lexed(&format!(
            "impl {kind} for {} {{ type Row = __prepared::Row; {info} }}",
            s.def.ident
        ))]),
    }
    out
}

/// What the bound value stores for a declared type: sets become `Vec`s. Spanned at the
/// declared type, so that `accepts_param::<T>` in the registry entry is where rustc
/// reports a type that cannot be bound, with `Param`'s notes.
fn stored_type(ty: &syn::Type) -> syn::Type {
    match set_element(ty) {
        Some(element) => {
            syn::parse2(quote_spanned!(crate::naming::type_span(ty)=> ::std::vec::Vec<#element>))
                .expect("a type")
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

    /// The bare import of the attribute goes with the attributes it named; an import of
    /// more, or a public one, stays.
    #[test]
    fn the_bare_attribute_import_is_dropped() {
        let expand = |module: syn::ItemMod| {
            let registry = crate::validate::registry(crate::parse::registry(quote!(), module));
            super::registry(registry).to_string()
        };
        let bare = expand(syn::parse_quote! {
            mod queries {
                use prepared::prepared;
                #[prepared("SELECT 1 AS one")]
                pub struct One;
            }
        });
        assert!(!bare.contains("use prepared :: prepared"), "{bare}");
        assert!(bare.contains("pub struct One"), "{bare}");
        for kept in [
            quote!(
                use prepared::{prepared, FromRow};
            ),
            quote!(
                pub use prepared::prepared;
            ),
        ] {
            let text = kept.to_string();
            let out = expand(syn::parse_quote! {
                mod queries {
                    #kept
                    #[prepared("SELECT 1 AS one")]
                    pub struct One;
                }
            });
            assert!(out.contains(&text), "{text} in {out}");
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
            .collect();
        assert!(others.is_empty(), "{others:?}");
    }
}
