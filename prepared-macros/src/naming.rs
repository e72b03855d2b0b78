//! Names the macros derive from the user's names, and lifetimes in declared types.

use syn::visit_mut::VisitMut;

/// `AccountsAdd` → `accounts_add`, `HTTPGet` → `http_get`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1);
            let boundary = prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                || prev.is_some_and(char::is_uppercase) && next.is_some_and(|n| n.is_lowercase());
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `name` as an identifier: raw when it is a keyword (`r#in` for a statement `In`), with a
/// `_` for the keywords that cannot be raw (`super_`).
pub fn ident(name: &str, span: proc_macro2::Span) -> syn::Ident {
    if ["self", "super", "crate", "Self"].contains(&name) {
        syn::Ident::new(&format!("{name}_"), span)
    } else if KEYWORDS.contains(&name) {
        syn::Ident::new_raw(name, span)
    } else {
        syn::Ident::new(name, span)
    }
}

/// Rust's strict and reserved keywords (`_` aside), `gen` (reserved by edition 2024) among
/// them: what `syn::Ident` refuses and more. A `syn::parse_str` per name had rustc lex each
/// as a source file of its own.
pub(crate) const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Replaces every lifetime of `ty` (elided `&`, `'_` or named) but `'static` by `lifetime`.
/// Constructors take `'a` so borrowed parameters work; registry entries take `'static`.
pub fn with_lifetime(ty: &syn::Type, lifetime: &syn::Lifetime) -> (syn::Type, bool) {
    struct Replace<'l> {
        lifetime: &'l syn::Lifetime,
        replaced: bool,
    }
    impl VisitMut for Replace<'_> {
        fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
            if r.lifetime.as_ref().is_none_or(|l| l.ident != "static") {
                r.lifetime = Some(self.lifetime.clone());
                self.replaced = true;
            }
            syn::visit_mut::visit_type_reference_mut(self, r);
        }
        fn visit_lifetime_mut(&mut self, l: &mut syn::Lifetime) {
            if l.ident != "static" && l.ident != self.lifetime.ident {
                *l = self.lifetime.clone();
                self.replaced = true;
            }
        }
    }
    let mut ty = ty.clone();
    let mut visitor = Replace {
        lifetime,
        replaced: false,
    };
    visitor.visit_type_mut(&mut ty);
    (ty, visitor.replaced)
}

/// Where rustc reports a type: its first token, which is what `Spanned::span` gives on
/// stable Rust (spans cannot be joined there), found without turning the whole type back
/// into tokens as `span()` does, once per field and parameter.
pub fn type_span(ty: &syn::Type) -> proc_macro2::Span {
    use syn::spanned::Spanned;
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            match (&p.path.leading_colon, p.path.segments.first()) {
                (Some(colon), _) => colon.spans[0],
                (None, Some(first)) => first.ident.span(),
                (None, None) => ty.span(),
            }
        }
        syn::Type::Reference(r) => r.and_token.span,
        _ => ty.span(),
    }
}

/// A type as users write it (`Option<&'a str>`, `cidr::IpInet`), for messages: tokens
/// joined without the spaces `quote` puts between all of them.
pub fn type_name(ty: &syn::Type) -> String {
    let mut out = String::new();
    if !tree_name(ty, &mut out) {
        out.clear();
        tokens_name(ty, &mut out);
    }
    out
}

/// `type_name` of a path, `&T` or `[T]` of those, written from syn's tree: turning the type
/// into tokens to read them back costs the macro two calls to rustc per type. False for
/// any other type, which `tokens_name` writes.
fn tree_name(ty: &syn::Type, out: &mut String) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            if p.path.leading_colon.is_some() {
                out.push_str("::");
            }
            for (i, segment) in p.path.segments.iter().enumerate() {
                if i > 0 {
                    out.push_str("::");
                }
                out.push_str(&segment.ident.to_string());
                match &segment.arguments {
                    syn::PathArguments::None => {}
                    syn::PathArguments::AngleBracketed(a) if a.colon2_token.is_none() => {
                        out.push('<');
                        for (i, arg) in a.args.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            let syn::GenericArgument::Type(t) = arg else {
                                return false;
                            };
                            if !tree_name(t, out) {
                                return false;
                            }
                        }
                        out.push('>');
                    }
                    _ => return false,
                }
            }
            true
        }
        syn::Type::Reference(r) if r.lifetime.is_none() && r.mutability.is_none() => {
            out.push('&');
            tree_name(&r.elem, out)
        }
        syn::Type::Slice(s) => {
            out.push('[');
            let plain = tree_name(&s.elem, out);
            out.push(']');
            plain
        }
        _ => false,
    }
}

/// `type_name` from the type's tokens.
fn tokens_name(ty: &syn::Type, out: &mut String) {
    use proc_macro2::{Delimiter, TokenTree};
    fn write(tokens: proc_macro2::TokenStream, name: &mut TypeName<'_>) {
        for token in tokens {
            match token {
                TokenTree::Ident(i) => name.word(&i.to_string()),
                TokenTree::Literal(l) => name.word(&l.to_string()),
                TokenTree::Punct(p) => name.punct(p.as_char()),
                TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::None => ("", ""),
                    };
                    name.delimited(open, close, |name| write(g.stream(), name));
                }
            }
        }
    }
    write(quote::quote!(#ty), &mut TypeName::new(out));
}

/// A type's name as `type_name` writes it from tokens, one token at a time: for
/// `tokens_name` and for the derive's token path (`derive::plain`), whose tokens are
/// `proc_macro`'s own.
pub struct TypeName<'o> {
    out: &'o mut String,
    word_before: bool,
}

impl<'o> TypeName<'o> {
    pub fn new(out: &'o mut String) -> Self {
        TypeName {
            out,
            word_before: false,
        }
    }

    /// An identifier or a literal: a space after another.
    pub fn word(&mut self, word: &str) {
        if self.word_before {
            self.out.push(' ');
        }
        self.out.push_str(word);
        self.word_before = true;
    }

    /// A punctuation character: a space after `,`, `;` and `+`; a lifetime's name follows
    /// its quote directly.
    pub fn punct(&mut self, ch: char) {
        self.out.push(ch);
        if matches!(ch, ',' | ';' | '+') {
            self.out.push(' ');
        }
        self.word_before = false;
    }

    /// A group: its delimiters around what `inner` writes.
    pub fn delimited(&mut self, open: &str, close: &str, inner: impl FnOnce(&mut Self)) {
        self.out.push_str(open);
        self.word_before = false;
        inner(self);
        self.out.push_str(close);
        self.word_before = false;
    }
}

/// The element type of a declared `HashSet<T>`/`BTreeSet<T>`, which is bound as an array
/// (postgres-types encodes `Vec<T>` and slices, not sets).
pub fn set_element(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "HashSet" && last.ident != "BTreeSet" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// Whether a field type is syntactically `Option<T>` (or the `Nullable<T>` alias).
pub fn is_option(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return false;
    };
    path.path
        .segments
        .last()
        .is_some_and(|s| s.ident == "Option" || s.ident == "Nullable")
}

/// The row type of a declared `&[T]`, `Vec<T>` or `&Vec<T>` whose `T` is a user type: a
/// rows parameter, whose `@rows.field` binds the array of one field.
pub fn rows_element<'t>(
    ty: &'t syn::Type,
    imports: &crate::known::Imports,
) -> Option<&'t syn::Type> {
    let element = match ty {
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(s) => &*s.elem,
            other => vec_element(other)?,
        },
        other => vec_element(other)?,
    };
    (!crate::known::is_known(element, imports) && matches!(element, syn::Type::Path(_)))
        .then_some(element)
}

fn vec_element(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Vec" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// The name a plain path type ends in, when it has no generic arguments: `Order` for
/// `self::Order`.
pub fn plain_type_name(ty: &syn::Type) -> Option<&syn::Ident> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    (path.qself.is_none() && last.arguments.is_none()).then_some(&last.ident)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_handles_acronyms_and_digits() {
        assert_eq!(snake_case("AccountsAdd"), "accounts_add");
        assert_eq!(snake_case("SelectServiceQuery"), "select_service_query");
        assert_eq!(snake_case("HTTPGet"), "http_get");
        assert_eq!(snake_case("GetV2Users"), "get_v2_users");
        assert_eq!(snake_case("A"), "a");
        let span = proc_macro2::Span::call_site();
        assert_eq!(ident("in", span).to_string(), "r#in");
        assert_eq!(ident("super", span).to_string(), "super_");
        assert_eq!(ident("get", span).to_string(), "get");
    }

    /// The names written from syn's tree are those written from the tokens.
    #[test]
    fn type_names_from_the_tree_are_those_from_the_tokens() {
        for t in [
            "i64",
            "Option<String>",
            "::chrono::DateTime<chrono::Utc>",
            "std::collections::HashMap<String, Option<String>>",
            "&str",
            "&[i64]",
            "Option<&[u8]>",
            "Vec<Vec<i32>>",
            "Json<serde_json::Value>",
            "[Option<uuid::Uuid>]",
        ] {
            let ty: syn::Type = syn::parse_str(t).unwrap();
            let (mut tree, mut tokens) = (String::new(), String::new());
            assert!(super::tree_name(&ty, &mut tree), "{t}");
            super::tokens_name(&ty, &mut tokens);
            assert_eq!(tree, tokens, "{t}");
        }
        for t in [
            "&'a str",
            "&mut str",
            "(i64, String)",
            "dyn Fn(i32) -> bool",
            "Cow<'a, str>",
        ] {
            let ty: syn::Type = syn::parse_str(t).unwrap();
            assert!(!super::tree_name(&ty, &mut String::new()), "{t}");
        }
    }

    #[test]
    fn type_names_read_as_written() {
        let name = |t: &str| type_name(&syn::parse_str(t).unwrap());
        assert_eq!(name("Option < & 'a str >"), "Option<&'a str>");
        assert_eq!(name("cidr :: IpInet"), "cidr::IpInet");
        assert_eq!(name("Json<Vec<u8>>"), "Json<Vec<u8>>");
        assert_eq!(name("(i64, [u8; 4])"), "(i64, [u8; 4])");
        assert_eq!(
            name("&'static dyn Fn(i32) -> bool"),
            "&'static dyn Fn(i32)->bool"
        );
    }

    #[test]
    fn lifetimes_are_replaced() {
        let a: syn::Lifetime = syn::parse_quote!('a);
        let (t, replaced) = with_lifetime(&syn::parse_quote!(Option<&str>), &a);
        assert!(replaced);
        assert_eq!(quote::quote!(#t).to_string(), "Option < & 'a str >");
        let (_, replaced) = with_lifetime(&syn::parse_quote!(&'static str), &a);
        assert!(!replaced);
    }
}

#[cfg(test)]
mod keyword_tests {
    use super::KEYWORDS;

    /// Each word is refused as an identifier (`gen` by edition 2024, which syn does not
    /// know), and raw it is accepted.
    #[test]
    fn keywords_are_the_words_syn_refuses() {
        for word in KEYWORDS {
            if *word != "gen" {
                assert!(syn::parse_str::<syn::Ident>(word).is_err(), "{word}");
            }
            assert!(
                syn::parse_str::<syn::Ident>(&format!("r#{word}")).is_ok(),
                "{word}"
            );
        }
        for word in ["user", "union", "auto", "default", "raw", "safe", "select"] {
            assert!(syn::parse_str::<syn::Ident>(word).is_ok(), "{word}");
            assert!(!KEYWORDS.contains(&word), "{word}");
        }
    }
}
