//! Parsing: the registry module and each `#[prepared(..)]` attribute, into plain data.
//! Errors are collected, never returned early, so one build reports them all.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Token, Type};

/// A registry module as written, with its `#[prepared]` attributes taken off the structs.
pub struct Registry {
    pub module: syn::ItemMod,
    pub statements: Vec<Declaration>,
    /// The sort-order enums (`#[prepared(order_by)]`) of the module.
    pub orders: Vec<OrderDef>,
    /// `sql_comment = false` leaves the sqlcommenter comment off the registry's SQL.
    pub sql_comment: bool,
    pub errors: Vec<syn::Error>,
}

/// `#[prepared(order_by)] enum E { #[prepared("price, id")] Cheapest, .. }`: the fragments a
/// parameter of type `E` may stand for.
pub struct OrderDef {
    pub ident: Ident,
    pub options: Vec<OrderOption>,
}

pub struct OrderOption {
    pub ident: Ident,
    pub sql: LitStr,
}

/// One `#[prepared(..)]` statement as the user declared it, before validation.
pub struct Declaration {
    pub ident: Ident,
    pub vis: syn::Visibility,
    /// The `#` of the attribute: where the statement is declared.
    pub attr_span: Span,
    pub sql: Sql,
    pub params: Vec<ParamDef>,
    /// The span of `params(..)`, or of the attribute when there is none.
    pub params_span: Span,
    pub row: Option<Type>,
    pub unchecked_syntax: bool,
    /// The author means to `UPDATE`/`DELETE` every row.
    pub all_rows: bool,
    /// The statement runs on the primary even when it only reads (`primary`).
    pub primary: bool,
    pub not_null: Vec<Ident>,
    /// What the registry module's `use` items name, to place parameter types.
    pub imports: std::rc::Rc<crate::known::Imports>,
}

pub struct ParamDef {
    /// As written: `r#type` for the SQL's `@type`.
    pub name: Ident,
    pub ty: Type,
}

impl ParamDef {
    /// The name the SQL uses: `type` for `r#type`.
    pub fn sql_name(&self) -> String {
        syn::ext::IdentExt::unraw(&self.name).to_string()
    }
}

/// The statement's SQL text and where it came from.
pub struct Sql {
    pub text: String,
    /// The string literal (inline SQL or the `file = ".."` path).
    pub span: Span,
    /// `file = ".."` as written, and its absolute path.
    pub file: Option<(String, String)>,
}

pub fn registry(args: TokenStream, mut module: syn::ItemMod) -> Registry {
    let mut errors = Vec::new();
    let sql_comment = registry_args(args, &mut errors);
    let mut statements = Vec::new();
    let mut orders = Vec::new();
    let Some((_, items)) = &mut module.content else {
        errors.push(syn::Error::new(
            module.semi.span(),
            "`#[prepared::registry]` needs an inline module: `mod queries { .. }`, not `mod queries;`",
        ));
        return Registry {
            module,
            statements,
            orders: Vec::new(),
            sql_comment,
            errors,
        };
    };
    let imports = std::rc::Rc::new(crate::known::Imports::of(items));
    // `use prepared::prepared;` names only the attributes this macro consumes: left in,
    // rustc would call it unused, and an item with an `allow` costs each rebuild more than
    // none.
    items.retain(|item| !imports_only_attribute(item));
    for item in items.iter_mut() {
        if let syn::Item::Use(import) = item {
            // An import of more than the attribute stays, allowed to be unused.
            if imports_attribute(&import.tree) {
                let span = proc_macro2::Span::call_site();
                let lint = quote::quote!(unused_imports);
                import.attrs.push(allow(lint, span));
            }
            continue;
        }
        if let syn::Item::Enum(item) = item {
            match order(item) {
                Ok(Some(def)) => orders.push(def),
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
            continue;
        }
        let syn::Item::Struct(item) = item else {
            continue;
        };
        if let Some(def) = declared(item, &mut errors) {
            statements.push(Declaration {
                imports: imports.clone(),
                ..def
            });
        }
    }
    Registry {
        module,
        statements,
        orders,
        sql_comment,
        errors,
    }
}

/// The statement a struct of the registry declares, if it has a `#[prepared]`: its
/// attribute is taken off the struct, which stays as the statement's marker type.
fn declared(item: &mut syn::ItemStruct, errors: &mut Vec<syn::Error>) -> Option<Declaration> {
    let (ours, others): (Vec<_>, Vec<_>) = item.attrs.drain(..).partition(is_prepared_attr);
    item.attrs = others;
    if !ours.is_empty() {
        // A statement struct is a marker used at the type level, never constructed, so
        // never printed: the registry gives it no `Debug` impl (see `expand`). A struct
        // that derives one does not need the allow, which a crate that forbids the lint
        // rejects (E0453): deriving `Debug` is how such a crate declares statements.
        // Spanned at the struct's name, where such a crate's E0453 then points.
        let span = item.ident.span();
        item.attrs.push(if derives_debug(&item.attrs) {
            allow(quote::quote_spanned!(span=> dead_code), span)
        } else {
            allow(
                quote::quote_spanned!(span=> dead_code, missing_debug_implementations),
                span,
            )
        });
    }
    let mut attrs = ours.into_iter();
    let attr = attrs.next()?;
    for extra in attrs {
        errors.push(syn::Error::new(
            extra.span(),
            "a struct declares one statement: remove this second `#[prepared]`",
        ));
    }
    if !matches!(item.fields, syn::Fields::Unit) || !item.generics.params.is_empty() {
        errors.push(syn::Error::new(
            item.ident.span(),
            format!(
                "a statement is a unit struct without generics: `pub struct {};`",
                item.ident
            ),
        ));
        return None;
    }
    statement(item, &attr).map_err(|e| errors.push(e)).ok()
}

/// `#[allow(lints)]` at `span`, built rather than parsed: one is added per statement.
fn allow(lints: TokenStream, span: proc_macro2::Span) -> syn::Attribute {
    syn::Attribute {
        pound_token: Token![#](span),
        style: syn::AttrStyle::Outer,
        bracket_token: syn::token::Bracket(span),
        meta: syn::Meta::List(syn::MetaList {
            path: syn::Ident::new("allow", span).into(),
            delimiter: syn::MacroDelimiter::Paren(syn::token::Paren(span)),
            tokens: lints,
        }),
    }
}

/// Whether one of `attrs` is a `#[derive(..)]` naming `Debug` (by any path).
fn derives_debug(attrs: &[syn::Attribute]) -> bool {
    use syn::punctuated::Punctuated;
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .any(|a| {
            a.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .is_ok_and(|paths| {
                    paths
                        .iter()
                        .any(|p| p.segments.last().is_some_and(|s| s.ident == "Debug"))
                })
        })
}

/// `#[prepared::registry(sql_comment = false)]`; the comment is on unless turned off.
fn registry_args(args: TokenStream, errors: &mut Vec<syn::Error>) -> bool {
    use syn::parse::Parser;
    let mut sql_comment = true;
    if args.is_empty() {
        return sql_comment;
    }
    let parsed = Punctuated::<syn::MetaNameValue, Token![,]>::parse_terminated.parse2(args);
    let pairs = match parsed {
        Ok(pairs) => pairs,
        Err(e) => {
            errors.push(syn::Error::new(
                e.span(),
                "`#[prepared::registry]` takes `sql_comment = false` or nothing",
            ));
            return sql_comment;
        }
    };
    for pair in pairs {
        if !pair.path.is_ident("sql_comment") {
            errors.push(syn::Error::new(
                pair.path.span(),
                "unknown registry argument; the known one is `sql_comment = true | false`",
            ));
            continue;
        }
        match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Bool(b),
                ..
            }) => sql_comment = b.value,
            other => errors.push(syn::Error::new(
                other.span(),
                "`sql_comment` takes `true` or `false`",
            )),
        }
    }
    sql_comment
}

/// A sort-order enum, with its `#[prepared]` attributes taken off; `None` for other enums.
fn order(item: &mut syn::ItemEnum) -> syn::Result<Option<OrderDef>> {
    let (ours, others): (Vec<_>, Vec<_>) = item.attrs.drain(..).partition(is_prepared_attr);
    item.attrs = others;
    let Some(attr) = ours.first() else {
        return Ok(None);
    };
    let mut errors = None;
    let is_order_by = matches!(&attr.meta, syn::Meta::List(list)
        if list.parse_args::<Ident>().is_ok_and(|i| i == "order_by"));
    if !is_order_by || ours.len() > 1 {
        combine(
            &mut errors,
            syn::Error::new(
                attr.span(),
                "an enum in a registry is a sort order: `#[prepared(order_by)]`, with `#[prepared(\"ORDER BY fragment\")]` on each variant",
            ),
        );
    }
    let mut options = Vec::new();
    for variant in &mut item.variants {
        let (ours, others): (Vec<_>, Vec<_>) = variant.attrs.drain(..).partition(is_prepared_attr);
        variant.attrs = others;
        let sql = ours
            .first()
            .and_then(|a| a.parse_args::<LitStr>().ok())
            .filter(|_| ours.len() == 1);
        match (sql, &variant.fields) {
            (Some(sql), syn::Fields::Unit) => options.push(OrderOption {
                ident: variant.ident.clone(),
                sql,
            }),
            (_, syn::Fields::Unit) => combine(
                &mut errors,
                syn::Error::new(
                    variant.ident.span(),
                    format!(
                        "sort order `{}` needs its SQL: `#[prepared(\"price DESC, id\")] {}`",
                        variant.ident, variant.ident
                    ),
                ),
            ),
            _ => combine(
                &mut errors,
                syn::Error::new(
                    variant.ident.span(),
                    format!(
                        "sort order `{}` is a unit variant: the fragment is its whole meaning",
                        variant.ident
                    ),
                ),
            ),
        }
    }
    if options.is_empty() && errors.is_none() {
        combine(
            &mut errors,
            syn::Error::new(
                item.ident.span(),
                "a sort order lists at least one fragment",
            ),
        );
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(Some(OrderDef {
            ident: item.ident.clone(),
            options,
        })),
    }
}

/// `use prepared::prepared;` (or `::prepared::prepared`), private and bare: an import of
/// the attribute alone, which nothing names once the registry has taken its attributes.
fn imports_only_attribute(item: &syn::Item) -> bool {
    let syn::Item::Use(import) = item else {
        return false;
    };
    let syn::UseTree::Path(path) = &import.tree else {
        return false;
    };
    import.attrs.is_empty()
        && matches!(import.vis, syn::Visibility::Inherited)
        && path.ident == "prepared"
        && matches!(&*path.tree, syn::UseTree::Name(n) if n.ident == "prepared")
}

fn imports_attribute(tree: &syn::UseTree) -> bool {
    match tree {
        syn::UseTree::Path(p) => imports_attribute(&p.tree),
        syn::UseTree::Name(n) => n.ident == "prepared",
        syn::UseTree::Group(g) => g.items.iter().any(imports_attribute),
        syn::UseTree::Rename(_) | syn::UseTree::Glob(_) => false,
    }
}

fn is_prepared_attr(attr: &syn::Attribute) -> bool {
    let segments: Vec<_> = attr
        .path()
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    matches!(segments.as_slice(), [one] if one == "prepared")
        || matches!(segments.as_slice(), [a, b] if a == "prepared" && b == "prepared")
}

/// One item of `#[prepared(..)]`.
enum Arg {
    Sql(LitStr),
    File(LitStr),
    Params(Span, Punctuated<ParamArg, Token![,]>),
    Row(Box<Type>),
    UncheckedSyntax,
    AllRows,
    Primary,
    NotNull(Punctuated<Ident, Token![,]>),
}

struct ParamArg {
    name: Ident,
    ty: Type,
}

impl Parse for ParamArg {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name: Ident = syn::ext::IdentExt::parse_any(input)?;
        let text = name.to_string();
        if ["self", "Self", "super", "crate"].contains(&text.as_str()) {
            return Err(syn::Error::new(
                name.span(),
                format!(
                    "`{text}` cannot name a parameter, not even as a raw identifier: rename it here and in the SQL, e.g. `{}_: Type` and `@{}_`",
                    text.to_lowercase(),
                    text.to_lowercase()
                ),
            ));
        }
        // The keywords syn refuses as identifiers (`gen` only from edition 2024 on, which
        // the macro cannot see): a word compared, where `syn::parse_str` lexed it anew.
        if text != "gen" && crate::naming::KEYWORDS.contains(&text.as_str()) {
            return Err(syn::Error::new(
                name.span(),
                format!(
                    "`{text}` is a Rust keyword: write the parameter as `r#{text}` (the SQL keeps `@{text}`)"
                ),
            ));
        }
        input.parse::<Token![:]>()?;
        Ok(ParamArg {
            name,
            ty: crate::lean::ty(input)?,
        })
    }
}

const KNOWN: &str = "\"SQL\", file = \"path.sql\", params(name: Type, ..), row = Type, not_null(column, ..), all_rows, unchecked_syntax, primary";

impl Parse for Arg {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        // The cursor asked directly: syn's `peek` of a string literal reads it whole, and
        // of an identifier compares it with every keyword.
        if input.cursor().ident().is_none() {
            return if input.cursor().literal().is_some() && input.peek(LitStr) {
                Ok(Arg::Sql(input.parse()?))
            } else {
                Err(input.error(format!("expected one of: {KNOWN}")))
            };
        }
        let key = crate::lean::name(input)?;
        match key.to_string().as_str() {
            "file" => {
                input.parse::<Token![=]>()?;
                Ok(Arg::File(input.parse()?))
            }
            "row" => {
                input.parse::<Token![=]>()?;
                Ok(Arg::Row(Box::new(input.parse()?)))
            }
            "params" => {
                let content;
                syn::parenthesized!(content in input);
                Ok(Arg::Params(
                    key.span(),
                    content.parse_terminated(ParamArg::parse, Token![,])?,
                ))
            }
            "not_null" => {
                let content;
                syn::parenthesized!(content in input);
                Ok(Arg::NotNull(
                    content.parse_terminated(Ident::parse, Token![,])?,
                ))
            }
            "unchecked_syntax" => Ok(Arg::UncheckedSyntax),
            "all_rows" => Ok(Arg::AllRows),
            "primary" => Ok(Arg::Primary),
            other => Err(syn::Error::new(
                key.span(),
                format!("unknown `#[prepared]` argument `{other}`; expected one of: {KNOWN}"),
            )),
        }
    }
}

/// The arguments of one `#[prepared(..)]`, as they are read.
#[derive(Default)]
struct Args {
    sql: Option<Sql>,
    params: Option<(Span, Vec<ParamDef>)>,
    row: Option<Type>,
    unchecked_syntax: bool,
    all_rows: bool,
    primary: bool,
    not_null: Vec<Ident>,
}

impl Args {
    /// Takes one argument; a mistake in it joins `errors` and the others are still read.
    fn add(&mut self, arg: Arg, errors: &mut Option<syn::Error>) {
        match arg {
            Arg::Sql(lit) | Arg::File(lit) if self.sql.is_some() => combine(
                errors,
                syn::Error::new(
                    lit.span(),
                    "the SQL is given twice: give either one string or one `file = \"..\"`",
                ),
            ),
            Arg::Sql(lit) => {
                self.sql = Some(Sql {
                    text: lit.value(),
                    span: lit.span(),
                    file: None,
                })
            }
            Arg::File(lit) => match read_file(&lit) {
                Ok(s) => self.sql = Some(s),
                Err(e) => combine(errors, e),
            },
            Arg::Params(span, list) => {
                let params = list
                    .into_iter()
                    .map(|p| ParamDef {
                        name: p.name,
                        ty: p.ty,
                    })
                    .collect();
                self.params = Some((span, params));
            }
            Arg::Row(ty) => self.row = Some(*ty),
            Arg::UncheckedSyntax => self.unchecked_syntax = true,
            Arg::AllRows => self.all_rows = true,
            Arg::Primary => self.primary = true,
            Arg::NotNull(list) => self.not_null.extend(list),
        }
    }
}

fn statement(item: &syn::ItemStruct, attr: &syn::Attribute) -> syn::Result<Declaration> {
    let name = &item.ident;
    let list = match &attr.meta {
        syn::Meta::List(list) => {
            list.parse_args_with(Punctuated::<Arg, Token![,]>::parse_terminated)?
        }
        _ => Punctuated::new(),
    };
    let mut args = Args::default();
    let mut errors: Option<syn::Error> = None;
    for arg in list {
        args.add(arg, &mut errors);
    }
    let Some(sql) = args.sql else {
        return Err(errors.unwrap_or_else(|| {
            syn::Error::new(
                attr.span(),
                format!(
                    "statement `{name}` has no SQL: write `#[prepared(\"SELECT ..\", ..)]` or `#[prepared(file = \"sql/queries/x.sql\", ..)]`"
                ),
            )
        }));
    };
    if let Some(e) = errors {
        return Err(e);
    }
    let (params_span, params) = args.params.unwrap_or_else(|| (attr.span(), Vec::new()));
    Ok(Declaration {
        ident: item.ident.clone(),
        vis: item.vis.clone(),
        attr_span: attr.pound_token.span,
        sql,
        params,
        params_span,
        row: args.row,
        unchecked_syntax: args.unchecked_syntax,
        all_rows: args.all_rows,
        primary: args.primary,
        not_null: args.not_null,
        imports: Default::default(),
    })
}

fn read_file(lit: &LitStr) -> syn::Result<Sql> {
    let relative = lit.value();
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path = std::path::Path::new(&dir).join(&relative);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        syn::Error::new(
            lit.span(),
            // Not the absolute path: it names the user's checkout (or a shared target
            // directory, under trybuild), which the span already locates.
            format!(
                "cannot read SQL file `{relative}` (relative to the directory of the crate's Cargo.toml): {e}"
            ),
        )
    })?;
    Ok(Sql {
        text,
        span: lit.span(),
        file: Some((relative, path.display().to_string())),
    })
}

/// Adds `e` to the errors collected so far, so each is reported at its own span.
pub fn combine(errors: &mut Option<syn::Error>, e: syn::Error) {
    match errors {
        Some(all) => all.combine(e),
        None => *errors = Some(e),
    }
}
