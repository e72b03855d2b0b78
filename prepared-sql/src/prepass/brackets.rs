//! The pre-pass's rewrites that follow brackets: a conflict target's predicate, all fields
//! of a composite, an assignment to an array element. What a rewrite takes out of the
//! statement is not lost to the check: each part is parsed on its own ([`SideCheck`]).

use super::STAR;
use crate::lexer::{self, Token, is_ident_char};

/// A part of the statement the pre-pass took out, inside a statement of its own for the
/// parser: its mistakes are reported where they are in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideCheck {
    /// What the parser reads.
    pub sql: String,
    /// Where the part starts in the original SQL.
    pub at: usize,
    /// Where it starts in `sql`.
    pub within: usize,
}

impl SideCheck {
    fn new(sql: &str, prefix: &str, start: usize, end: usize) -> SideCheck {
        SideCheck {
            sql: format!("{prefix}{}", &sql[start..end]),
            at: start,
            within: prefix.len(),
        }
    }

    /// An offset of `sql` in the original.
    pub fn to_original(&self, offset: usize) -> usize {
        self.at + offset.saturating_sub(self.within)
    }
}

/// A word (upper-cased) or a punctuation byte of code.
#[derive(Debug, PartialEq)]
enum Item {
    Word(String),
    Punct(u8),
    Other,
}

/// The rewrites that follow brackets rather than keywords alone, and the parts they take
/// out, to check on their own.
pub(super) fn rewrite(sql: &str) -> (Vec<(usize, usize, &'static str)>, Vec<SideCheck>) {
    let Ok(tokens) = lexer::scan(sql) else {
        return (Vec::new(), Vec::new());
    };
    let b = sql.as_bytes();
    let items: Vec<(usize, Item)> = tokens
        .into_iter()
        .map(|t| match t {
            Token::Code { at } if b[at].is_ascii_alphabetic() || b[at] == b'_' => {
                let len = b[at..].iter().take_while(|&&c| is_ident_char(c)).count();
                (at, Item::Word(sql[at..at + len].to_ascii_uppercase()))
            }
            Token::Code { at } if b"()[],.*=;".contains(&b[at]) => (at, Item::Punct(b[at])),
            Token::Code { at } | Token::At { at, .. } | Token::Semicolon { at } => {
                (at, Item::Other)
            }
            Token::Positional { at, .. } => (at, Item::Other),
        })
        .collect();
    let word = |i: usize, w: &str| matches!(items.get(i), Some((_, Item::Word(x))) if x == w);
    let punct = |i: usize, p: u8| matches!(items.get(i), Some((_, Item::Punct(x))) if *x == p);
    // The index of the bracket closing the one at `open`.
    let close = |open: usize, o: u8, c: u8| {
        let mut depth = 0usize;
        for (i, (_, item)) in items.iter().enumerate().skip(open) {
            match item {
                Item::Punct(x) if *x == o => depth += 1,
                Item::Punct(x) if *x == c => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    };
    // Whether the `(` matching the `)` at `close_at` starts an item of a list.
    let opens_item = |close_at: usize| {
        let mut depth = 0usize;
        for k in (0..=close_at).rev() {
            match items[k].1 {
                Item::Punct(b')') => depth += 1,
                Item::Punct(b'(') => {
                    depth -= 1;
                    if depth == 0 {
                        return k > 0
                            && (punct(k - 1, b',')
                                || punct(k - 1, b'(')
                                || ["SELECT", "DISTINCT", "ALL", "RETURNING"]
                                    .iter()
                                    .any(|w| word(k - 1, w)));
                    }
                }
                _ => {}
            }
        }
        false
    };
    let mut edits = Vec::new();
    let mut checks = Vec::new();
    for i in 0..items.len() {
        let at = items[i].0;
        // `ON CONFLICT (cols) WHERE predicate DO`: the predicate infers a partial index.
        let target = (word(i, "ON") && word(i + 1, "CONFLICT") && punct(i + 2, b'('))
            .then(|| close(i + 2, b'(', b')'))
            .flatten()
            .filter(|end| word(end + 1, "WHERE"));
        if let Some(end) = target {
            let mut depth = 0i32;
            let found = (end + 2..items.len()).find(|&k| {
                match &items[k].1 {
                    Item::Punct(b'(') => depth += 1,
                    Item::Punct(b')') => depth -= 1,
                    _ => {}
                }
                depth == 0 && word(k, "DO")
            });
            if let Some(k) = found {
                let (start, stop) = (items[end + 1].0, items[k].0);
                edits.push((start, stop, ""));
                checks.push(SideCheck::new(sql, "SELECT 1 ", start, stop));
            }
        }
        // `(x).*`: all fields of a composite; `(` opens an expression of the list, not a
        // function's arguments (`f(x).*` and `a (x).*` are mistakes PostgreSQL refuses).
        if punct(i, b')')
            && punct(i + 1, b'.')
            && punct(i + 2, b'*')
            && items[i + 1].0 == at + 1
            && items[i + 2].0 == at + 2
            && opens_item(i)
        {
            edits.push((at + 2, at + 3, STAR));
        }
        // `SET a[i] = v`: an assignment to an array element or slice.
        if word(i, "SET") && i > 0 {
            for (start, stop) in subscripted_targets(&items, i + 1, &close) {
                edits.push((start, stop, ""));
                checks.push(SideCheck::new(sql, "SELECT x", start, stop));
            }
        }
    }
    (edits, checks)
}

/// From the first assignment of a `SET` list at `start`: where each target's subscripts
/// are, up to the end of the list.
fn subscripted_targets(
    items: &[(usize, Item)],
    start: usize,
    close: &dyn Fn(usize, u8, u8) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let mut edits = Vec::new();
    let mut target = start;
    let mut depth = 0i32;
    let mut i = start;
    while i < items.len() {
        match &items[i].1 {
            Item::Word(_)
                if i == target && matches!(items.get(i + 1), Some((_, Item::Punct(b'[')))) =>
            {
                let mut end = i;
                while let Some(e) = matches!(items.get(end + 1), Some((_, Item::Punct(b'['))))
                    .then(|| close(end + 1, b'[', b']'))
                    .flatten()
                {
                    end = e;
                }
                if end > i && matches!(items.get(end + 1), Some((_, Item::Punct(b'=')))) {
                    edits.push((items[i + 1].0, items[end].0 + 1));
                }
                i = end + 1;
                continue;
            }
            Item::Word(w) if depth == 0 && matches!(w.as_str(), "WHERE" | "FROM" | "RETURNING") => {
                break;
            }
            Item::Punct(b'(' | b'[') => depth += 1,
            Item::Punct(b')' | b']') => {
                depth -= 1;
                if depth < 0 {
                    break;
                }
            }
            Item::Punct(b',') if depth == 0 => target = i + 1,
            Item::Punct(b';') => break,
            _ => {}
        }
        i += 1;
    }
    edits
}
