//! `FromRow` for the common row struct (named fields, no generics, no field attribute but
//! `#[prepared(rename = "..", position = n)]`), read and written with rustc's own token
//! types. syn and quote wrap every token in code that a dev profile builds unoptimised: on
//! sqlc's corpus (549 row structs) they made this derive cost an edit's rebuild 4.5% of its
//! instructions, for a few tokens in and out each. `proc_macro` is compiled with the
//! standard library, optimised. Any other struct, or anything unexpected, is left to the
//! syn path (`from_row`), which writes the same impl and reports every mistake.

use crate::naming::TypeName;
use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// A field: its name, its type's tokens and the type as messages name it, and what its
/// `#[prepared(rename = "..", position = n)]` says.
struct Field {
    name: Ident,
    ty: Vec<TokenTree>,
    type_name: String,
    nullable: bool,
    rename: Option<String>,
    position: Option<usize>,
}

/// A field's `#[prepared(..)]` keys this path reads.
#[derive(Default)]
struct Attrs {
    rename: Option<String>,
    position: Option<usize>,
}

/// The impl `from_row` writes for `input`, if it is the common row struct.
pub fn from_row(input: &TokenStream) -> Option<TokenStream> {
    let (ident, body) = struct_body(input)?;
    let fields = fields(body)?;
    Some(impls(ident, &fields))
}

/// The name and the braced body of `[attrs] [vis] struct Name { .. }`.
fn struct_body(input: &TokenStream) -> Option<(Ident, TokenStream)> {
    let mut tokens = input.clone().into_iter().peekable();
    let struct_attrs = attributes(&mut tokens)?;
    if struct_attrs.rename.is_some() || struct_attrs.position.is_some() {
        return None;
    }
    skip_visibility(&mut tokens);
    match tokens.next()? {
        TokenTree::Ident(i) if i.to_string() == "struct" => {}
        _ => return None,
    }
    let ident = match tokens.next()? {
        TokenTree::Ident(i) => i,
        _ => return None,
    };
    let body = match tokens.next()? {
        TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => g.stream(),
        _ => return None,
    };
    tokens.next().is_none().then_some((ident, body))
}

type Tokens = std::iter::Peekable<proc_macro::token_stream::IntoIter>;

/// Reads outer attributes, skipping all but `#[prepared(rename = "..", position = n)]`;
/// `None` at any other `#[prepared(..)]` (`flatten`, a mistake), which is the syn path's.
fn attributes(tokens: &mut Tokens) -> Option<Attrs> {
    let mut attrs = Attrs::default();
    while matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '#') {
        tokens.next();
        let TokenTree::Group(g) = tokens.next()? else {
            return None;
        };
        if g.delimiter() != Delimiter::Bracket {
            return None;
        }
        let mut inner = g.stream().into_iter();
        if let Some(TokenTree::Ident(i)) = inner.next()
            && i.to_string() == "prepared"
        {
            let Some(TokenTree::Group(args)) = inner.next() else {
                return None;
            };
            if args.delimiter() != Delimiter::Parenthesis || inner.next().is_some() {
                return None;
            }
            read_keys(args.stream(), &mut attrs)?;
        }
    }
    Some(attrs)
}

/// `rename = "column"` and `position = n` (n from 1), separated by commas; `None` at
/// anything else, or a literal this path does not read plainly (escapes, suffixes).
fn read_keys(args: TokenStream, attrs: &mut Attrs) -> Option<()> {
    let mut tokens = args.into_iter();
    loop {
        let TokenTree::Ident(key) = tokens.next()? else {
            return None;
        };
        match tokens.next()? {
            TokenTree::Punct(p) if p.as_char() == '=' && p.spacing() == Spacing::Alone => {}
            _ => return None,
        }
        let TokenTree::Literal(value) = tokens.next()? else {
            return None;
        };
        let value = value.to_string();
        match key.to_string().as_str() {
            "rename" => {
                let text = value.strip_prefix('"')?.strip_suffix('"')?;
                if text.contains(['\\', '"']) {
                    return None;
                }
                attrs.rename = Some(text.to_owned());
            }
            "position" => {
                if !value.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                attrs.position = Some(value.parse().ok().filter(|&n: &usize| n > 0)?);
            }
            _ => return None,
        }
        match tokens.next() {
            None => return Some(()),
            Some(TokenTree::Punct(p)) if p.as_char() == ',' => {
                if tokens.clone().next().is_none() {
                    return Some(());
                }
            }
            Some(_) => return None,
        }
    }
}

/// Skips `pub`, `pub(crate)`, `pub(in path)`.
fn skip_visibility(tokens: &mut Tokens) {
    if matches!(tokens.peek(), Some(TokenTree::Ident(i)) if i.to_string() == "pub") {
        tokens.next();
        if matches!(tokens.peek(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
        {
            tokens.next();
        }
    }
}

/// The fields of a struct's body, each `[attrs] [vis] name: Type`.
fn fields(body: TokenStream) -> Option<Vec<Field>> {
    let mut tokens = body.into_iter().peekable();
    let mut fields = Vec::new();
    while tokens.peek().is_some() {
        let attrs = attributes(&mut tokens)?;
        skip_visibility(&mut tokens);
        let TokenTree::Ident(name) = tokens.next()? else {
            return None;
        };
        match tokens.next()? {
            TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Alone => {}
            _ => return None,
        }
        let ty = field_type(&mut tokens)?;
        let mut type_name = String::new();
        write_type_name(&ty, &mut TypeName::new(&mut type_name));
        fields.push(Field {
            nullable: is_option(&ty),
            name,
            ty,
            type_name,
            rename: attrs.rename,
            position: attrs.position,
        });
    }
    Some(fields)
}

/// A field's type: its tokens up to the `,` outside angle brackets, which is consumed.
fn field_type(tokens: &mut Tokens) -> Option<Vec<TokenTree>> {
    let mut ty = Vec::new();
    let mut depth = 0usize;
    // An arrow (`fn() -> T`) has a `>` that closes nothing.
    let mut after_dash = false;
    for token in tokens.by_ref() {
        if let TokenTree::Punct(p) = &token {
            match p.as_char() {
                ',' if depth == 0 => break,
                '<' => depth += 1,
                '>' if !after_dash => depth = depth.checked_sub(1)?,
                _ => {}
            }
            after_dash = p.as_char() == '-' && p.spacing() == Spacing::Joint;
        } else {
            after_dash = false;
        }
        ty.push(token);
    }
    (depth == 0 && !ty.is_empty()).then_some(ty)
}

/// The type as `naming::type_name` writes it from tokens.
fn write_type_name(tokens: &[TokenTree], name: &mut TypeName<'_>) {
    for token in tokens {
        match token {
            TokenTree::Ident(_) | TokenTree::Literal(_) => name.word(&token.to_string()),
            TokenTree::Punct(p) => name.punct(p.as_char()),
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                name.delimited(open, close, |name| write_type_name(&inner, name));
            }
        }
    }
}

/// `naming::is_option` on tokens: a path whose last segment is `Option` or `Nullable`.
fn is_option(ty: &[TokenTree]) -> bool {
    let mut last = None;
    for (i, token) in ty.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) => {
                let word = ident.to_string();
                // `dyn`, `impl` and `fn` types are no paths.
                if i == 0 && matches!(word.as_str(), "dyn" | "impl" | "fn" | "unsafe" | "extern") {
                    return false;
                }
                last = Some(word);
            }
            TokenTree::Punct(p) if p.as_char() == ':' => {}
            TokenTree::Punct(p) if p.as_char() == '<' => break,
            _ => return false,
        }
    }
    last.is_some_and(|w| w == "Option" || w == "Nullable")
}

/// Where rustc reports a field type that cannot be read: its first token, as
/// `naming::type_span` gives for a path or a reference.
fn type_span(ty: &[TokenTree]) -> Span {
    ty[0].span()
}

/// `impl FromRowAt for Name { const ROW: RowType<Self> = RowType { fields: &[..], read: .. }; }`,
/// token for token what `from_row::impls` writes for plain fields.
fn impls(ident: Ident, fields: &[Field]) -> TokenStream {
    let mut columns = Vec::new();
    let mut reads = Vec::new();
    for field in fields {
        column(&mut columns, field);
        columns.push(punct(','));

        reads.push(TokenTree::Ident(field.name.clone()));
        reads.extend([punct(':'), word("r"), punct('.')]);
        reads.push(TokenTree::Ident(Ident::new("column", type_span(&field.ty))));
        reads.extend([group(Delimiter::Parenthesis, []), punct('?'), punct(',')]);
    }
    let mut row = vec![word("fields"), punct(':'), punct('&')];
    row.push(group(Delimiter::Bracket, columns));
    row.extend([
        punct(','),
        word("read"),
        punct(':'),
        punct('|'),
        word("r"),
        punct('|'),
    ]);
    path(&mut row, "::core::result::Result::Ok");
    row.push(group(
        Delimiter::Parenthesis,
        [word("Self"), group(Delimiter::Brace, reads)],
    ));
    let mut body = vec![word("const"), word("ROW"), punct(':')];
    path(&mut body, "::prepared::__private::RowType");
    body.extend([punct('<'), word("Self"), punct('>'), punct('=')]);
    path(&mut body, "::prepared::__private::RowType");
    body.extend([group(Delimiter::Brace, row), punct(';')]);
    let mut out = vec![word("impl")];
    path(&mut out, "::prepared::__private::FromRowAt");
    out.extend([
        word("for"),
        TokenTree::Ident(ident),
        group(Delimiter::Brace, body),
    ]);
    out.into_iter().collect()
}

/// A field's `ColumnInfo`, as `from_row::column_info` writes it: the short call for a field
/// read by its own name, else `ColumnInfo::new` with the column, and `position` around it.
fn column(out: &mut Vec<TokenTree>, field: &Field) {
    let name = field.name.to_string();
    let name = name.trim_start_matches("r#");
    let column = field.rename.as_deref().unwrap_or(name);
    let mut info = Vec::new();
    let literal = |text: &str| TokenTree::Literal(Literal::string(text));
    if column == name {
        path(&mut info, "::prepared::__private::column");
        generic(&mut info, &field.ty);
        info.push(group(
            Delimiter::Parenthesis,
            [
                literal(column),
                punct(','),
                literal(&field.type_name),
                punct(','),
                word(if field.nullable { "true" } else { "false" }),
            ],
        ));
    } else {
        path(&mut info, "::prepared::__private::ColumnInfo::new");
        let mut args = vec![literal(column), punct(','), literal(name), punct(',')];
        args.extend([literal(&field.type_name), punct(',')]);
        args.extend([
            word(if field.nullable { "true" } else { "false" }),
            punct(','),
        ]);
        path(&mut args, "::prepared::__private::accepts_column");
        generic(&mut args, &field.ty);
        info.push(group(Delimiter::Parenthesis, args));
    }
    let Some(n) = field.position else {
        out.extend(info);
        return;
    };
    path(out, "::prepared::__private::ColumnInfo");
    let mut fields = vec![word("position"), punct(':')];
    path(&mut fields, "::prepared::__private::Some");
    fields.push(group(
        Delimiter::Parenthesis,
        [TokenTree::Literal(Literal::usize_unsuffixed(n))],
    ));
    fields.extend([punct(','), joint('.'), punct('.')]);
    fields.extend(info);
    out.push(group(Delimiter::Brace, fields));
}

/// `::<T>` after a function's path.
fn generic(out: &mut Vec<TokenTree>, ty: &[TokenTree]) {
    colons(out);
    out.push(punct('<'));
    out.extend(ty.iter().cloned());
    out.push(punct('>'));
}

/// The first character of a two-character operator (`..`, `::`).
fn joint(ch: char) -> TokenTree {
    TokenTree::Punct(Punct::new(ch, Spacing::Joint))
}

fn word(text: &str) -> TokenTree {
    TokenTree::Ident(Ident::new(text, Span::call_site()))
}

fn punct(ch: char) -> TokenTree {
    TokenTree::Punct(Punct::new(ch, Spacing::Alone))
}

/// A path separator, `::`.
fn colons(out: &mut Vec<TokenTree>) {
    out.extend([joint(':'), punct(':')]);
}

/// A path (`::prepared::__private::RowType`): its segments and the `::` between them.
fn path(out: &mut Vec<TokenTree>, path: &str) {
    for (i, segment) in path.split("::").enumerate() {
        if i > 0 {
            colons(out);
        }
        if !segment.is_empty() {
            out.push(word(segment));
        }
    }
}

fn group(delimiter: Delimiter, tokens: impl IntoIterator<Item = TokenTree>) -> TokenTree {
    TokenTree::Group(Group::new(delimiter, tokens.into_iter().collect()))
}
