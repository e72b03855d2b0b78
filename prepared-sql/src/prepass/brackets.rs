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

/// The statement's code as words and punctuation, each with its offset.
struct Items(Vec<(usize, Item)>);

impl Items {
    fn read(sql: &str) -> Option<Items> {
        let tokens = lexer::scan(sql).ok()?;
        let b = sql.as_bytes();
        let items = tokens.into_iter().map(|t| match t {
            Token::Code { at } if b[at].is_ascii_alphabetic() || b[at] == b'_' => {
                let len = b[at..].iter().take_while(|&&c| is_ident_char(c)).count();
                (at, Item::Word(sql[at..at + len].to_ascii_uppercase()))
            }
            Token::Code { at } if b"()[],.*=;".contains(&b[at]) => (at, Item::Punct(b[at])),
            Token::Code { at } | Token::At { at, .. } | Token::Semicolon { at } => {
                (at, Item::Other)
            }
            Token::Positional { at, .. } => (at, Item::Other),
        });
        Some(Items(items.collect()))
    }

    fn word(&self, i: usize, w: &str) -> bool {
        matches!(self.0.get(i), Some((_, Item::Word(x))) if x == w)
    }

    fn punct(&self, i: usize, p: u8) -> bool {
        matches!(self.0.get(i), Some((_, Item::Punct(x))) if *x == p)
    }

    /// The index of the bracket closing the one at `open`.
    fn close(&self, open: usize, o: u8, c: u8) -> Option<usize> {
        let mut depth = 0usize;
        for (i, (_, item)) in self.0.iter().enumerate().skip(open) {
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
    }

    /// Whether the `(` matching the `)` at `close_at` starts an item of a list.
    fn opens_item(&self, close_at: usize) -> bool {
        let mut depth = 0usize;
        for k in (0..=close_at).rev() {
            match self.0[k].1 {
                Item::Punct(b')') => depth += 1,
                Item::Punct(b'(') => {
                    depth -= 1;
                    if depth == 0 {
                        return k > 0
                            && (self.punct(k - 1, b',')
                                || self.punct(k - 1, b'(')
                                || ["SELECT", "DISTINCT", "ALL", "RETURNING"]
                                    .iter()
                                    .any(|w| self.word(k - 1, w)));
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// `ON CONFLICT (cols) WHERE predicate DO` at `i`: where the predicate (which infers a
    /// partial index) is.
    fn conflict_predicate(&self, i: usize) -> Option<(usize, usize)> {
        if !(self.word(i, "ON") && self.word(i + 1, "CONFLICT") && self.punct(i + 2, b'(')) {
            return None;
        }
        let end = self
            .close(i + 2, b'(', b')')
            .filter(|end| self.word(end + 1, "WHERE"))?;
        let mut depth = 0i32;
        let found = (end + 2..self.0.len()).find(|&k| {
            match &self.0[k].1 {
                Item::Punct(b'(') => depth += 1,
                Item::Punct(b')') => depth -= 1,
                _ => {}
            }
            depth == 0 && self.word(k, "DO")
        })?;
        Some((self.0[end + 1].0, self.0[found].0))
    }

    /// `(x).*` at `i` (its `)`): all fields of a composite, where `(` opens an expression
    /// of the list, not a function's arguments (`f(x).*` and `a (x).*` are mistakes
    /// PostgreSQL refuses).
    fn composite_star(&self, i: usize) -> bool {
        let at = self.0[i].0;
        self.punct(i, b')')
            && self.punct(i + 1, b'.')
            && self.punct(i + 2, b'*')
            && self.0[i + 1].0 == at + 1
            && self.0[i + 2].0 == at + 2
            && self.opens_item(i)
    }
}

/// The rewrites that follow brackets rather than keywords alone, and the parts they take
/// out, to check on their own.
pub(super) fn rewrite(sql: &str) -> (Vec<(usize, usize, &'static str)>, Vec<SideCheck>) {
    let Some(items) = Items::read(sql) else {
        return (Vec::new(), Vec::new());
    };
    let mut edits = Vec::new();
    let mut checks = Vec::new();
    for i in 0..items.0.len() {
        if let Some((start, stop)) = items.conflict_predicate(i) {
            edits.push((start, stop, ""));
            checks.push(SideCheck::new(sql, "SELECT 1 ", start, stop));
        }
        if items.composite_star(i) {
            let at = items.0[i].0;
            edits.push((at + 2, at + 3, STAR));
        }
        // `SET a[i] = v`: an assignment to an array element or slice.
        if items.word(i, "SET") && i > 0 {
            for (start, stop) in subscripted_targets(&items, i + 1) {
                edits.push((start, stop, ""));
                checks.push(SideCheck::new(sql, "SELECT x", start, stop));
            }
        }
    }
    (edits, checks)
}

/// From the first assignment of a `SET` list at `start`: where each target's subscripts
/// are, up to the end of the list.
fn subscripted_targets(all: &Items, start: usize) -> Vec<(usize, usize)> {
    let items = &all.0;
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
                    .then(|| all.close(end + 1, b'[', b']'))
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
