//! The registry entries (`static StatementInfo`) of a statement and of its variants, and the
//! compile-time cast checks of its parameters.

use super::{Entries, stored_type};
use crate::known::{has_natural_type, is_known};
use crate::naming::{rows_element, set_element, type_name, with_lifetime};
use crate::text;
use crate::validate::{ParamKind, Validated, Variant};
use prepared_sql::Slot;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use std::fmt::Write;

/// The statement's entry and, when it has variants, one entry per variant: its own name
/// (`search{status,order=Cheapest}`), `$n` SQL and bound values; each at its index in the
/// registry's one array of entries. Returns what tracks the statement's SQL file, and the
/// index of the statement's own entry.
pub fn statement_infos(
    s: &Validated,
    sql_comment: bool,
    entries: &mut Entries,
    shared: &mut Shared,
) -> (TokenStream, usize) {
    let track = match &s.def.sql.file {
        // Cargo rebuilds the crate when the SQL file changes.
        Some((_, absolute)) => quote!(
            const _: &[u8] = ::core::include_bytes!(#absolute);
        ),
        None => quote!(),
    };
    if !s.has_variants() {
        let info = entry(s, &s.variants[0], &s.name, sql_comment, None, None, shared);
        return (track, entries.push(info));
    }
    entries.self_referential = true;
    let mut refs = Vec::with_capacity(s.variants.len());
    for v in &s.variants {
        let name = format!("{}{}", s.name, v.label);
        let bind: Vec<String> = v.bind.iter().map(|i| i.to_string()).collect();
        let bind = format!("&[{}]", bind.join(", "));
        let info = entry(s, v, &name, sql_comment, None, Some(bind), shared);
        refs.push(super::entry_ref(entries.push(info)));
    }
    let full = full_variant(s);
    let refs = format!("&[{}]", refs.join(", "));
    let family = entry(s, full, &s.name, sql_comment, Some(refs), None, shared);
    (track, entries.push(family))
}

/// The SQL sent, with a sqlcommenter comment (`/*module='app::queries',statement='x'*/`) at
/// its end when the registry keeps it, so `pg_stat_statements`, `pg_stat_activity` and the
/// server log name the Rust statement. At the end, nothing before it moves: the offsets of
/// `replacements` and the server's error positions stay those of the SQL as rewritten.
fn with_comment(sql: &str, name: &str, on: bool) -> String {
    if !on {
        return text::string(sql);
    }
    // A `--` comment on the last line would swallow ours.
    let gap = if sql.rsplit('\n').next().is_some_and(|l| l.contains("--")) {
        "\n"
    } else {
        " "
    };
    let head = text::string(&format!("{sql}{gap}/*module='"));
    let tail = format!("',statement='{}'*/", prepared_sql::comment_value(name));
    // A module path is `[A-Za-z0-9_:]`, which sqlcommenter takes as it is.
    format!(
        "::core::concat!({head}, ::core::module_path!(), {})",
        text::string(&tail)
    )
}

/// The variants whose entries [`statement_infos`] writes: the one variant of a statement
/// without optional parts; else each variant, and the statement's own entry with the full
/// variant's values.
fn entry_variants(s: &Validated) -> Vec<&Variant> {
    if !s.has_variants() {
        return vec![&s.variants[0]];
    }
    s.variants.iter().chain([full_variant(s)]).collect()
}

/// The variant whose SQL is the statement's own. A statement with more variants than a
/// registry allows has only its first (and an error already).
fn full_variant(s: &Validated) -> &Variant {
    s.variants.get(s.numbering.full()).unwrap_or(&s.variants[0])
}

/// A statement's or variant's entry: only what differs from `DEFAULTS` (most statements
/// bind no variants, declare no `not_null` and are no COPY). The fields without a token of
/// the user's are written as text (see `text`); parameters and the row keep the user's
/// types, and their spans.
fn entry(
    s: &Validated,
    v: &Variant,
    name: &str,
    sql_comment: bool,
    variants: Option<String>,
    bind: Option<String>,
    shared: &mut Shared,
) -> TokenStream {
    let rewritten = &v.checked.rewritten;
    let mut head = format!(
        "name: {}, struct_name: {}, sql: {}, source_sql: {}, location: {}, ",
        text::string(name),
        text::string(&s.def.ident.to_string()),
        with_comment(&rewritten.sql, name, sql_comment),
        text::string(&s.def.sql.text),
        location(s),
    );
    // Stored as `Edit::stored` encodes it, unsuffixed: three tokens, not a struct's 15.
    let stored: Option<Vec<[u32; 3]>> = rewritten
        .replacements
        .iter()
        .map(|r| r.edit.stored())
        .collect();
    if let Some(edits) = &stored
        && !edits.is_empty()
    {
        let edits: Vec<String> = edits
            .iter()
            .map(|[a, b, c]| format!("[{a}, {b}, {c}]"))
            .collect();
        let _ = write!(head, "replacements: &[{}], ", edits.join(", "));
    }
    if !s.def.not_null.is_empty() {
        let not_null: Vec<String> = s
            .def
            .not_null
            .iter()
            .map(|c| text::string(&c.to_string()))
            .collect();
        let _ = write!(head, "not_null: &[{}], ", not_null.join(", "));
    }
    if s.def.unchecked_syntax {
        head.push_str("syntax_checked: false, ");
    }
    if read_only(s, v) {
        head.push_str("read_only: true, ");
    }
    if let Some(variants) = variants {
        let _ = write!(head, "variants: {variants}, ");
    }
    if let Some(bind) = bind {
        let _ = write!(head, "bind: __PreparedSome({bind}), ");
    }
    // One text (each lexing has a cost of its own), then the fields with the user's tokens.
    let mut fields = text::lexed(&head);
    if stored.is_none() {
        let message = format!("statement `{name}`: the SQL is 4 GiB or longer");
        fields.extend([
            quote_spanned!(s.def.sql.span=> replacements: ::core::compile_error!(#message),),
        ]);
    }
    let params = rewritten_params(s, v, shared);
    if !params.is_empty() {
        fields.extend([quote!(params: &[#(#params),*],)]);
    }
    if let Some(row) = row_info(s, shared) {
        fields.extend([quote!(row: #row,)]);
    }
    if let Some(probe) = &s.copy_probe {
        fields.extend([quote!(copy_probe: __PreparedSome(#probe),)]);
    }
    quote!(__PreparedStatementInfo { #fields ..__PREPARED_DEFAULTS })
}

/// Whether a read replica may run the variant: it only reads (a COPY writes), and it does
/// not ask for the primary. Each variant is judged on its own SQL: a fragment may call a
/// function. The syntax check's tokens decide when they could.
fn read_only(s: &Validated, v: &Variant) -> bool {
    !s.def.primary
        && s.copy_probe.is_none()
        && v.checked
            .primary_only
            .clone()
            .unwrap_or_else(|| prepared_sql::readonly::primary_only(&v.checked.rewritten.sql))
            .is_none()
}

/// Where the statement is declared: its attribute's file and line, and the SQL file it
/// names. The file is the one `file!()` gives (the span's path as rustc shows it), written
/// as a literal: a `const` per registry holding `file!()` cost each rebuild an item. A
/// struct literal, not a `const fn` call: each call is one more evaluation for rustc.
fn location(s: &Validated) -> String {
    let line = s.def.attr_span.start().line;
    let file = text::string(&s.def.attr_span.file());
    let sql_file = match s.def.sql.file.as_ref() {
        Some((relative, _)) => format!("__PreparedSome({})", text::string(relative)),
        None => "__PreparedNone".to_owned(),
    };
    format!("__PreparedLocation {{ file: {file}, line: {line}, sql_file: {sql_file} }}")
}

/// The `ParamInfo` of each value a variant binds, in `$n` order.
fn rewritten_params(s: &Validated, v: &Variant, shared: &mut Shared) -> Vec<TokenStream> {
    v.checked
        .rewritten
        .slots
        .iter()
        .enumerate()
        .map(|(i, slot)| param_info(s, slot, slot_cast(s, v, i), shared))
        .collect()
}

/// `Some(value)` or `None`, as generated code spells them.
fn option(value: Option<impl quote::ToTokens>) -> TokenStream {
    match value {
        Some(value) => quote!(__PreparedSome(#value)),
        None => quote!(__PreparedNone),
    }
}

/// The `Some(RowInfo)` of a statement's row type: the fields a `FromRow` reads, or for a
/// COPY the fields a `ToRow` writes. One call, inline where one entry names the type, a
/// constant where several do (see [`Shared`]).
fn row_info(s: &Validated, shared: &mut Shared) -> Option<TokenStream> {
    let ty = s.def.row.as_ref()?;
    let key = row_key(s)?;
    let rust_type = type_name(ty);
    let ty_info = "::core::option::Option<__prepared::RowInfo>";
    Some(shared.value(key, "__PREPARED_ROW", ty_info, || {
        if s.copy_probe.is_some() {
            quote_spanned!(crate::naming::type_span(ty)=> __prepared::copy_row_info::<#ty>(#rust_type))
        } else {
            quote_spanned!(crate::naming::type_span(ty)=> __prepared_row_info::<#ty>(#rust_type))
        }
    }))
}

/// What decides every token of a statement's row description: its type, and whether a
/// COPY writes it.
fn row_key(s: &Validated) -> Option<String> {
    let ty = s.def.row.as_ref()?;
    Some(format!("row {} {}", type_name(ty), s.copy_probe.is_some()))
}

/// A bound value as its description states it: its name and Rust type (`rows.field` and
/// `[Element].field` for a field of a rows parameter), and that field with its element type,
/// lifetimes made `'static`.
struct Described<'s> {
    name: String,
    rust_type: String,
    field: Option<(&'s str, syn::Type)>,
}

impl<'s> Described<'s> {
    fn new(s: &'s Validated, slot: &'s Slot) -> Described<'s> {
        let p = &s.def.params[slot.param];
        let statik = syn::Lifetime::new("'static", Span::call_site());
        let field = slot
            .field
            .as_deref()
            .zip(rows_element(&p.ty, &s.def.imports))
            .map(|(field, element)| (field, with_lifetime(element, &statik).0));
        let (name, rust_type) = match &field {
            Some((field, element)) => (
                format!("{}.{field}", p.sql_name()),
                format!("[{}].{field}", type_name(element)),
            ),
            None => (p.sql_name(), type_name(&p.ty)),
        };
        Described {
            name,
            rust_type,
            field,
        }
    }

    /// What decides every token of the description: the name, the declared type (which
    /// decides what is stored and probed) and the cast.
    fn key(&self, cast: &Option<String>) -> String {
        format!("param {}: {} {cast:?}", self.name, self.rust_type)
    }
}

/// The registry's description of one bound value, as one call: spanned at the declared
/// type, where rustc reports a type that cannot be bound, with `Param`'s notes. Inline
/// where one entry binds the value, a constant where several do (see [`Shared`]).
fn param_info(
    s: &Validated,
    slot: &Slot,
    cast: Option<String>,
    shared: &mut Shared,
) -> TokenStream {
    let described = Described::new(s, slot);
    let key = described.key(&cast);
    // A constant already built for the key: nothing more to work out.
    if let Some(ident) = shared.names.get(&key) {
        return quote!(#ident);
    }
    let p = &s.def.params[slot.param];
    let statik = syn::Lifetime::new("'static", Span::call_site());
    let (stored, _) = with_lifetime(&stored_type(&p.ty), &statik);
    let ty = "__prepared::ParamInfo";
    // The probe function is shared apart: built here, outside the value's closure.
    let natural_type = natural_type(s, &described, &stored, shared);
    shared.value(key, "__PREPARED_PARAM", ty, || {
        param_value(s, slot, &described, &stored, cast, natural_type)
    })
}

/// The bound value's description, of `stored` values, its natural type told by
/// `natural_type` (`None`: the runtime's own `NaturalType`).
fn param_value(
    s: &Validated,
    slot: &Slot,
    described: &Described<'_>,
    stored: &syn::Type,
    cast: Option<String>,
    natural_type: Option<syn::Ident>,
) -> TokenStream {
    let p = &s.def.params[slot.param];
    let Described {
        name, rust_type, ..
    } = described;
    // Resolved here, from the one table of built-in types, so the runtime needs none.
    let cast = option(
        cast.as_deref()
            .and_then(prepared_sql::Builtin::named)
            .map(|builtin| {
                let constant = syn::Ident::new(&builtin.constant(), Span::call_site());
                quote!(__prepared::Type::#constant)
            }),
    );
    if let Some((field, element)) = &described.field {
        let accessor = field_accessor(s, field, element);
        return quote! {
            __prepared::ParamInfo {
                name: #name,
                rust_type: #rust_type,
                accepts: __prepared::field_array_accepts(#accessor),
                cast: #cast,
                natural_type: #natural_type,
                set: false,
            }
        };
    }
    let set = set_element(&p.ty).is_some();
    let span = crate::naming::type_span(&p.ty);
    match natural_type {
        None => quote_spanned!(span=> __prepared_param::<#stored>(#name, #rust_type, #cast, #set)),
        Some(probe) => quote_spanned!(span=>
            __prepared::param_probed::<#stored>(#name, #rust_type, #cast, #set, #probe)
        ),
    }
}

/// `|row: &Element| &row.field`, which names the field's type without the macro knowing it.
fn field_accessor(s: &Validated, field: &str, element: &syn::Type) -> TokenStream {
    let field_ident = syn::Ident::new(field, s.def.sql.span);
    quote!(|__row: &#element| &__row.#field_ident)
}

/// The registry's function telling the natural type of the value `described` (of `stored`
/// values) binds, or `None` when the runtime's `NaturalType` tells it.
fn natural_type(
    s: &Validated,
    described: &Described<'_>,
    stored: &syn::Type,
    shared: &mut Shared,
) -> Option<syn::Ident> {
    if let Some((field, element)) = &described.field {
        let accessor = field_accessor(s, field, element);
        return Some(shared.natural_type(
            format!("field {}", described.rust_type),
            || quote!(__prepared::field_array_probe(#accessor)),
        ));
    }
    if has_natural_type(stored, &s.def.imports) {
        return None;
    }
    Some(shared.natural_type(
        format!("type {}", type_name(stored)),
        || quote!(__prepared::Probe::<#stored>::new()),
    ))
}

/// What a registry's entries share. The description of a parameter or row type that several
/// entries use is a constant they all name (`id: i64` recurs across a large registry's
/// statements: a call in each entry cost its rebuild more than one item); one that a single
/// entry uses is a call in that entry (an item of its own cost each rebuild more than the
/// call's tokens: most registries are small). And a function per distinct parameter type the
/// runtime gives no natural type, telling that type's (a closure per parameter made rustc
/// check and compile as many functions as the registry has parameters).
pub struct Shared {
    /// How many entries use each parameter and row description, by its key.
    uses: std::collections::HashMap<String, usize>,
    /// Each item's name, by what it stands for (as text).
    names: std::collections::HashMap<String, syn::Ident>,
    /// The items, in the order they were built.
    items: Vec<TokenStream>,
}

impl Shared {
    /// Counts what the entries of `statements` (each statement's, and its variants') use.
    pub fn new(statements: &[Validated]) -> Shared {
        let mut uses = std::collections::HashMap::new();
        for s in statements {
            for v in entry_variants(s) {
                for (i, slot) in v.checked.rewritten.slots.iter().enumerate() {
                    *uses
                        .entry(Described::new(s, slot).key(&slot_cast(s, v, i)))
                        .or_default() += 1;
                }
                if let Some(key) = row_key(s) {
                    *uses.entry(key).or_default() += 1;
                }
            }
        }
        Shared {
            uses,
            names: std::collections::HashMap::new(),
            items: Vec::new(),
        }
    }

    /// The expression `value` builds, for the description `key` names: itself where one
    /// entry uses it, else a constant of type `ty` holding it.
    fn value(
        &mut self,
        key: String,
        prefix: &str,
        ty: &str,
        value: impl FnOnce() -> TokenStream,
    ) -> TokenStream {
        if self.uses.get(&key).copied().unwrap_or(0) < 2 {
            return value();
        }
        let ident = self.item(key, prefix, |ident| {
            let value = value();
            let ty = text::lexed(ty);
            quote!(const #ident: #ty = #value;)
        });
        quote!(#ident)
    }

    /// The item that `key` names, built by `build` (given the item's name) when no item
    /// has that key yet: built for every use just to compare its text, the entries of 500
    /// statements took 90 ms to expand rather than 50.
    fn item(
        &mut self,
        key: String,
        prefix: &str,
        build: impl FnOnce(&syn::Ident) -> TokenStream,
    ) -> syn::Ident {
        if let Some(ident) = self.names.get(&key) {
            return ident.clone();
        }
        let ident = format_ident!("{}_{}", prefix, self.items.len());
        self.items.push(build(&ident));
        self.names.insert(key, ident.clone());
        ident
    }

    /// The function telling the natural type of what `key` names (a type, or a field of a
    /// slice's element), whose probe expression `probe` builds.
    fn natural_type(&mut self, key: String, probe: impl FnOnce() -> TokenStream) -> syn::Ident {
        self.item(key, "__prepared_natural_type", |ident| {
            let probe = probe();
            quote! {
                fn #ident() -> ::core::option::Option<__prepared::Type> {
                    use __prepared::{Known as _, Unknown as _};
                    let probe = #probe;
                    // Autoref specialisation: the double reference picks `Known` when it
                    // applies.
                    #[allow(clippy::needless_borrow)]
                    let natural = (&&probe).natural_type();
                    natural
                }
            }
        })
    }

    /// The items, for the registry module.
    pub fn items(&self) -> TokenStream {
        let items = &self.items;
        quote!(#(#items)*)
    }
}

/// The cast the SQL writes after the first use of value `slot` of a variant (`@data::jsonb`).
fn slot_cast(s: &Validated, v: &Variant, slot: usize) -> Option<String> {
    v.checked
        .rewritten
        .replacements
        .iter()
        .filter(|r| r.slot == Some(slot))
        .find_map(|r| prepared_sql::cast_after(&s.def.sql.text, r.edit.source + r.edit.source_len))
}

/// The cast after the first use of declared parameter `index` as a whole value.
fn param_cast(s: &Validated, index: usize) -> Option<String> {
    let full = full_variant(s);
    let slot = full
        .checked
        .rewritten
        .slots
        .iter()
        .position(|slot| slot.param == index && slot.field.is_none())?;
    slot_cast(s, full, slot)
}

/// For each parameter the SQL casts to a built-in type (`@data::jsonb`), a check that its
/// Rust type can encode that type, spanned at the type so rustc reports it there. Only
/// built-in Rust types are checked: a user type's `ToSql` is for the harness to prove.
///
/// Each check is a bound on a type named after the parameter, for rustc's message to name
/// it (`struct limit where i64: pg_int4<limit> {}`), one type per name with the bounds of
/// every statement that casts it, all in one `const _` of the registry's: a `const fn`
/// called per check cost an edit's rebuild three items each (1% on sqlc's corpus).
pub fn cast_checks(statements: &[Validated]) -> TokenStream {
    let mut bounds: Vec<(&syn::Ident, TokenStream)> = Vec::new();
    for s in statements {
        for (index, p) in s.def.params.iter().enumerate() {
            if s.kinds[index] != ParamKind::Value || !is_known(&p.ty, &s.def.imports) {
                continue;
            }
            let Some(builtin) = param_cast(s, index).and_then(|c| prepared_sql::Builtin::named(&c))
            else {
                continue;
            };
            let span = crate::naming::type_span(&p.ty);
            // At the type as the rest of its tokens, so rustc's span covers the whole type.
            let (ty, _) = with_lifetime(&stored_type(&p.ty), &syn::Lifetime::new("'static", span));
            // The bound at the type's last token: rustc reports a bound that does not hold
            // from the bounded type to the bound, the whole type as the user wrote it.
            let last = quote::ToTokens::to_token_stream(&p.ty)
                .into_iter()
                .last()
                .map_or(span, |t| t.span());
            let marker = syn::Ident::new(&builtin.marker(), last);
            let param = &p.name;
            let bound = quote_spanned! {last=>
                #ty: ::prepared::__private::cast::#marker<#param>,
            };
            match bounds.iter_mut().find(|(name, _)| *name == param) {
                Some((_, all)) => all.extend([bound]),
                None => bounds.push((param, bound)),
            }
        }
    }
    if bounds.is_empty() {
        return TokenStream::new();
    }
    let types = bounds.iter().map(|(param, bounds)| {
        quote! {
            #[allow(non_camel_case_types, dead_code)]
            struct #param where #bounds {}
        }
    });
    quote!(const _: () = { #(#types)* };)
}
