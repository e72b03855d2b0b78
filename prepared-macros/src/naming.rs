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

/// Whether a parameter type is built from Rust, std and well-known crate types only, so
/// that the macro knows which PostgreSQL types it encodes. A user type (with its own
/// `ToSql`) makes it unknown, and its casts are left to the harness.
pub fn is_builtin_type(ty: &syn::Type) -> bool {
    const KNOWN: &[&str] = &[
        "bool",
        "i8",
        "i16",
        "i32",
        "i64",
        "u32",
        "f32",
        "f64",
        "str",
        "String",
        "Cow",
        "Box",
        "Vec",
        "Option",
        "Nullable",
        "HashSet",
        "BTreeSet",
        "Uuid",
        "Value",
        "NaiveDate",
        "NaiveTime",
        "NaiveDateTime",
        "DateTime",
        "Utc",
        "Local",
        "FixedOffset",
        "u8",
    ];
    match ty {
        syn::Type::Reference(r) => is_builtin_type(&r.elem),
        syn::Type::Slice(s) => is_builtin_type(&s.elem),
        syn::Type::Paren(p) => is_builtin_type(&p.elem),
        syn::Type::Path(p) if p.qself.is_none() => {
            let Some(last) = p.path.segments.last() else {
                return false;
            };
            // `Json<T>` encodes json whatever `T` is.
            if last.ident == "Json" {
                return true;
            }
            KNOWN.iter().any(|k| last.ident == k)
                && match &last.arguments {
                    syn::PathArguments::None => true,
                    syn::PathArguments::AngleBracketed(args) => args.args.iter().all(|a| match a {
                        syn::GenericArgument::Type(t) => is_builtin_type(t),
                        syn::GenericArgument::Lifetime(_) => true,
                        _ => false,
                    }),
                    syn::PathArguments::Parenthesized(_) => false,
                }
        }
        _ => false,
    }
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
pub fn rows_element(ty: &syn::Type) -> Option<&syn::Type> {
    let element = match ty {
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(s) => &*s.elem,
            other => vec_element(other)?,
        },
        other => vec_element(other)?,
    };
    (!is_builtin_type(element) && matches!(element, syn::Type::Path(_))).then_some(element)
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
