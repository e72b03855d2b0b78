//! Generated code written as text and lexed by rustc in one call, for the parts that hold
//! no token of the user's (the registry's and the derives'). Built token by token with
//! `quote`, each token, group and joined stream costs the macro's own code, which a dev
//! profile builds unoptimised, thousands of instructions; rustc lexes the text in a
//! fraction of that, though each lexing costs it a source file: one text per part, each
//! choice of text over `quote` measured on sqlc's corpus. Parts that name a user's type keep `quote` and the
//! type's tokens, so that rustc reports the type where the user wrote it. Every token lexed
//! here has the registry's call-site span, as `quote`'s have.
//!
//! Streams are joined as streams: `out.extend([stream])`, one call to rustc. `out.extend(stream)`
//! iterates it instead, fetching each of its tokens from rustc to send it back (2% of an
//! edit's rebuild of sqlc's corpus).

use proc_macro2::TokenStream;

/// `code`, lexed by rustc; by proc-macro2 outside a macro (unit tests). proc-macro2's own
/// `FromStr` would first lex the text again with its own (unoptimised) lexer.
pub fn lexed(code: &str) -> TokenStream {
    if proc_macro::is_available() {
        match code.parse::<proc_macro::TokenStream>() {
            Ok(tokens) => return tokens.into(),
            Err(e) => return bug(&e.to_string()),
        }
    }
    code.parse()
        .unwrap_or_else(|e: proc_macro2::LexError| bug(&e.to_string()))
}

/// `inner` in a group delimited by `delimiter`: where a part written as text holds tokens
/// of the user's.
pub fn group(delimiter: proc_macro2::Delimiter, inner: TokenStream) -> TokenStream {
    proc_macro2::TokenTree::Group(proc_macro2::Group::new(delimiter, inner)).into()
}

/// Generated text that does not lex is a bug of this crate: a compile error (rustc's own
/// when its lexer refuses the text), never a panic.
fn bug(error: &str) -> TokenStream {
    let message = format!("prepared: generated code does not lex ({error}); please report it");
    quote::quote!(::core::compile_error!(#message);)
}

/// `value` as a Rust string literal (std's escaping, compiled optimised even when this
/// crate is not).
pub fn string(value: &str) -> String {
    format!("{value:?}")
}

#[cfg(test)]
mod tests {
    use super::{lexed, string};

    /// Every text comes back from the lexer as it went in.
    #[test]
    fn strings_lex_back_to_their_text() {
        for value in [
            "",
            "SELECT 1",
            "SELECT 'it''s', \"quoted\" FROM t -- \\ back",
            "a \"# b \"## c",
            "line\r\nbreak\ttab \u{301} é 😀 \u{0} \u{7f} \u{200b}",
        ] {
            let lit: syn::LitStr = syn::parse2(lexed(&string(value))).unwrap();
            assert_eq!(lit.value(), value);
        }
    }

    #[test]
    fn text_that_does_not_lex_is_a_compile_error() {
        let tokens = lexed("fn f( {").to_string();
        assert!(tokens.contains("compile_error"), "{tokens}");
    }
}
