//! Expansion: the registry module with its generated items. Generated code names only
//! absolute hidden paths (`::prepared::__private::..`).

use crate::naming::{is_builtin_type, set_element, with_lifetime};
use crate::validate::{Registry, Statement};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

pub fn registry(registry: Registry) -> TokenStream {
    let Registry {
        mut module,
        statements,
        errors,
    } = registry;
    let generated = generated(&statements);
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

fn info_ident(s: &Statement) -> syn::Ident {
    format_ident!("__PREPARED_STATEMENT_{}", s.name.to_uppercase())
}

/// Up to this many parameters a statement binds a tuple, for which the runtime implements
/// `Params`; past it, the macro generates a struct of the statement's own.
const TUPLE_PARAMS: usize = 24;

fn params_struct_ident(s: &Statement) -> syn::Ident {
    format_ident!("__PreparedParams{}", s.def.ident)
}

/// The parameters of a statement with more than [`TUPLE_PARAMS`], as a struct that lends
/// them as one array, like a tuple does.
fn params_struct(s: &Statement) -> TokenStream {
    if s.def.params.len() <= TUPLE_PARAMS {
        return quote!();
    }
    let a: syn::Lifetime = syn::parse_quote!('a);
    let (fields, borrows) = stored_types(s, &a);
    let ident = params_struct_ident(s);
    let generics = if borrows { quote!(<#a>) } else { quote!() };
    let n = fields.len();
    // Spanned at each declared type: a type that cannot be bound is reported there, once.
    let locals: Vec<syn::Ident> = s
        .def
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| format_ident!("p{}", i, span = p.ty.span()))
        .collect();
    let lent = s
        .def
        .params
        .iter()
        .zip(&locals)
        .map(|(p, local)| quote_spanned!(p.ty.span()=> ::prepared::__private::lend(#local)));
    let described = format!("{n} parameters");
    quote! {
        #[doc(hidden)]
        pub struct #ident #generics (#(pub #fields),*);

        // By hand: a derive would demand `Debug` of every parameter type.
        impl #generics ::core::fmt::Debug for #ident #generics {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#described)
            }
        }

        impl #generics ::prepared::__private::Params for #ident #generics {
            type Refs<'r> = [&'r (dyn ::prepared::__private::ToSql + ::core::marker::Sync); #n] where Self: 'r;
            fn refs(&self) -> Self::Refs<'_> {
                let Self(#(#locals),*) = self;
                [#(#lent),*]
            }
        }
    }
}

fn generated(statements: &[Statement]) -> TokenStream {
    let infos = statements.iter().map(statement_info);
    let params_structs = statements.iter().map(params_struct);
    let impls = statements.iter().map(statement_impl);
    let constructors = statements.iter().map(constructor);
    let variants: Vec<_> = statements.iter().map(|s| &s.def.ident).collect();
    let statics: Vec<_> = statements.iter().map(info_ident).collect();
    quote! {
        #(#infos)*
        #(#impls)*
        #(#params_structs)*

        /// The typed constructors of this registry's statements.
        #[derive(Debug, Clone, Copy)]
        pub struct PreparedStatement;

        #[allow(dead_code)]
        impl PreparedStatement {
            #(#constructors)*
        }

        /// One variant per statement of this registry.
        #[allow(dead_code)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum PreparedQueryEnum {
            #(#variants,)*
        }

        impl PreparedQueryEnum {
            /// Every statement, in declaration order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The statement's registry entry.
            pub fn info(self) -> &'static ::prepared::__private::StatementInfo {
                match self {
                    #(Self::#variants => &#statics,)*
                }
            }

            /// The snake_case name, as the constructor and the harness call it.
            pub fn name(self) -> &'static str { self.info().name }
            /// The SQL sent to PostgreSQL, with `$n` parameters.
            pub fn sql(self) -> &'static str { self.info().sql }
            /// The SQL as written, with `@name` parameters.
            pub fn source_sql(self) -> &'static str { self.info().source_sql }
            /// The Rust file that declares the statement.
            pub fn file(self) -> &'static str { self.info().location.file }
            /// The line of its `#[prepared]` attribute.
            pub fn line(self) -> u32 { self.info().location.line }
        }

        /// Every statement of this module, for the test harness.
        pub static REGISTRY: ::prepared::__private::Registry = ::prepared::__private::Registry {
            module: ::core::module_path!(),
            statements: &[#(&#statics),*],
        };
    }
}

fn statement_info(s: &Statement) -> TokenStream {
    let info = info_ident(s);
    let name = &s.name;
    let struct_name = s.def.ident.to_string();
    let sql = &s.checked.rewritten.sql;
    let source_sql = &s.def.sql.text;
    let replacements = s.checked.rewritten.replacements.iter().map(|r| {
        let (a, b, c, d) = (r.source as u32, r.source_len as u32, r.output as u32, r.output_len as u32);
        quote!(::prepared::__private::Replacement { source: #a, source_len: #b, output: #c, output_len: #d })
    });
    let statik: syn::Lifetime = syn::parse_quote!('static);
    let params = s.def.params.iter().enumerate().map(|(index, p)| {
        let param = p.name.to_string();
        let cast = match param_cast(s, index) {
            Some(c) => quote!(::core::option::Option::Some(#c)),
            None => quote!(::core::option::Option::None),
        };
        let ty = &p.ty;
        let rust_type = quote!(#ty)
            .to_string()
            .replace(" < ", "<")
            .replace(" >", ">")
            .replace("& ", "&");
        let (stored, _) = with_lifetime(&stored_type(ty), &statik);
        quote! {
            ::prepared::__private::ParamInfo {
                name: #param,
                rust_type: #rust_type,
                accepts: ::prepared::__private::accepts_param::<#stored>,
                cast: #cast,
                natural_type: || {
                    use ::prepared::__private::{Known as _, Unknown as _};
                    // Autoref specialisation: the double reference picks `Known` when it applies.
                    #[allow(clippy::needless_borrow)]
                    let natural = (&&::prepared::__private::Probe::<#stored>::new()).natural_type();
                    natural
                },
            }
        }
    });
    let row = match &s.def.row {
        Some(ty) => {
            let rust_type = quote!(#ty).to_string();
            quote! {
                ::core::option::Option::Some(::prepared::__private::RowInfo {
                    rust_type: #rust_type,
                    columns: match <#ty as ::prepared::__private::FromRow>::COLUMNS {
                        ::core::option::Option::Some(columns) => columns,
                        ::core::option::Option::None => &[],
                    },
                })
            }
        }
        None => quote!(::core::option::Option::None),
    };
    let not_null = s.def.not_null.iter().map(|c| c.to_string());
    let syntax_checked = !s.def.unchecked_syntax;
    let line = s.def.attr_span.start().line as u32;
    let (sql_file, track) = match &s.def.sql.file {
        Some((relative, absolute)) => (
            quote!(::core::option::Option::Some(#relative)),
            // Cargo rebuilds the crate when the SQL file changes.
            quote!(
                const _: &[u8] = ::core::include_bytes!(#absolute);
            ),
        ),
        None => (quote!(::core::option::Option::None), quote!()),
    };
    quote! {
        #track
        #[doc(hidden)]
        static #info: ::prepared::__private::StatementInfo = ::prepared::__private::StatementInfo {
            name: #name,
            struct_name: #struct_name,
            sql: #sql,
            source_sql: #source_sql,
            replacements: &[#(#replacements),*],
            params: &[#(#params),*],
            row: #row,
            not_null: &[#(#not_null),*],
            syntax_checked: #syntax_checked,
            location: ::prepared::__private::Location {
                file: ::core::file!(),
                line: #line,
                sql_file: #sql_file,
            },
        };
    }
}

fn statement_impl(s: &Statement) -> TokenStream {
    let ident = &s.def.ident;
    let info = info_ident(s);
    // `type Row = T` is spanned at `T`: rustc checks `FromRow` there, with its note.
    let row = match &s.def.row {
        Some(ty) => quote!(#ty),
        None => quote!(::prepared::__private::Row),
    };
    let name = &s.name;
    let debug = (!s.def.derives_debug).then(|| {
        quote! {
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(#name)
                }
            }
        }
    });
    let casts = cast_checks(s);
    quote! {
        #debug
        #casts
        impl ::prepared::__private::Statement for #ident {
            type Row = #row;
            const INFO: &'static ::prepared::__private::StatementInfo = &#info;
        }
    }
}

/// The cast the SQL writes after the first use of parameter `index` (`@data::jsonb`).
fn param_cast(s: &Statement, index: usize) -> Option<String> {
    s.checked
        .rewritten
        .replacements
        .iter()
        .filter(|r| r.param == index)
        .find_map(|r| prepared_sql::cast_after(&s.def.sql.text, r.source + r.source_len))
}

/// For each parameter the SQL casts to a built-in type (`@data::jsonb`), a check that its
/// Rust type can encode that type, spanned at the type so rustc reports it there. Only
/// built-in Rust types are checked: a user type's `ToSql` is for the harness to prove.
fn cast_checks(s: &Statement) -> TokenStream {
    let statik: syn::Lifetime = syn::parse_quote!('static);
    let checks = s.def.params.iter().enumerate().filter_map(|(index, p)| {
        if !is_builtin_type(&p.ty) {
            return None;
        }
        let marker = prepared_sql::builtin_cast(&param_cast(s, index)?)?;
        let marker = syn::Ident::new(&marker, p.ty.span());
        let (ty, _) = with_lifetime(&stored_type(&p.ty), &statik);
        // A type named after the parameter, for rustc's message to name it.
        let param = &p.name;
        Some(quote_spanned! {p.ty.span()=>
            const _: () = {
                #[allow(non_camel_case_types, dead_code)]
                struct #param;
                const fn cast_fits<T: ::prepared::__private::cast::#marker<P> + ?::core::marker::Sized, P>() {}
                cast_fits::<#ty, #param>();
            };
        })
    });
    quote!(#(#checks)*)
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

/// What the bound value stores for each parameter, borrowed ones with lifetime `a`, and
/// whether any borrows (then the constructor and a params struct are generic over `a`).
fn stored_types(s: &Statement, a: &syn::Lifetime) -> (Vec<syn::Type>, bool) {
    let mut borrows = false;
    let types = s
        .def
        .params
        .iter()
        .map(|p| {
            let (ty, replaced) = with_lifetime(&stored_type(&p.ty), a);
            borrows |= replaced;
            ty
        })
        .collect();
    (types, borrows)
}

fn constructor(s: &Statement) -> TokenStream {
    let ident = &s.def.ident;
    let vis = &s.def.vis;
    let name = syn::Ident::new(&s.name, s.def.ident.span());
    let a: syn::Lifetime = syn::parse_quote!('a);
    let (stored, borrows) = stored_types(s, &a);
    let mut args = Vec::new();
    let mut values = Vec::new();
    for p in &s.def.params {
        let (ty, _) = with_lifetime(&p.ty, &a);
        let param = &p.name;
        args.push(quote!(#param: #ty));
        values.push(match set_element(&p.ty) {
            Some(_) => quote!(::core::iter::Iterator::collect(::core::iter::IntoIterator::into_iter(#param))),
            None => quote!(#param),
        });
    }
    let generics = if borrows { quote!(<#a>) } else { quote!() };
    // A parameter type that is not `ToSql` fails here too: point that error at `params`.
    let new = quote_spanned!(s.def.params_span=> ::prepared::__private::Bound::new);
    let (stored, value) = if s.def.params.len() <= TUPLE_PARAMS {
        (
            quote!((#(#stored,)*)),
            quote_spanned!(s.def.params_span=> (#(#values,)*)),
        )
    } else {
        let params = params_struct_ident(s);
        (
            quote!(#params #generics),
            quote_spanned!(s.def.params_span=> #params(#(#values),*)),
        )
    };
    let doc = format!(" `{}`\n\n```sql\n{}\n```", ident, s.def.sql.text.trim());
    quote! {
        #[doc = #doc]
        #[allow(clippy::too_many_arguments)]
        #vis fn #name #generics (#(#args),*) -> ::prepared::__private::Bound<#ident, #stored> {
            #new(#value)
        }
    }
}
