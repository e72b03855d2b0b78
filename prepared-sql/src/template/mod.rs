//! A statement's SQL as a template of variants.
//!
//! Three constructs make one `#[prepared]` statement stand for several SQL texts:
//! - an optional fragment `{@flag: AND status = @status}`, present only when its condition
//!   parameter (an `Option` that is `Some`, or a `bool` that is true) says so;
//! - a choice parameter, whose `@order` stands for one of a fixed list of SQL fragments
//!   (the `ORDER BY` clauses of a sort-order enum) and is never bound;
//! - a rows parameter (a slice of structs), whose `@rows.field` binds one array per field.
//!
//! Each combination of present fragments and chosen fragments is a variant, rewritten to its
//! own `$n` SQL, numbered over the values that variant binds. `{` and `}` cannot appear in
//! PostgreSQL outside literals, quoted names and comments, which the lexer skips, so the
//! fragment syntax takes nothing away from SQL.

use crate::lexer::ends_an_operator;
use crate::lexer::{self, Token};
use crate::offsets::Edit;
use crate::rewritten::{Problem, Replacement, Rewritten, Slot};

/// The most variants one statement may have: the harness proves each of them.
pub const MAX_VARIANTS: usize = 64;

/// How a declared parameter takes part in the SQL.
#[derive(Debug, Clone, Copy)]
pub enum Kind<'a> {
    /// Bound as one value: `@name` becomes `$n`.
    Value,
    /// A slice of row structs: `@rows.field` binds the array of that field, `@rows` the whole.
    Rows,
    /// Stands for one of these fragments (label, SQL), chosen at run time; never bound.
    Choice(&'a [(&'a str, &'a str)]),
}

/// A declared parameter.
#[derive(Debug, Clone, Copy)]
pub struct Param<'a> {
    /// The parameter's name.
    pub name: &'a str,
    /// How it takes part in the template.
    pub kind: Kind<'a>,
}

impl<'a> Param<'a> {
    /// A parameter that binds one value.
    pub fn value(name: &'a str) -> Self {
        Param {
            name,
            kind: Kind::Value,
        }
    }
}

/// `{@condition: body}`, by byte offsets in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fragment {
    /// The `{`.
    pub open: usize,
    /// Just after the opener's `:`.
    pub body: usize,
    /// The `}`.
    pub close: usize,
    /// The declared index of the condition parameter; `None` only while reading a
    /// malformed opener (reported, and its text then left as written).
    pub condition: Option<usize>,
}

/// A use of a declared parameter in the text (the opener's condition is not one).
#[derive(Debug, Clone)]
struct Use {
    at: usize,
    len: usize,
    param: usize,
    field: Option<String>,
}

/// A statement's SQL, scanned once, from which each variant is rewritten.
#[derive(Debug, Clone)]
pub struct Template<'a> {
    source: &'a str,
    params: Vec<Param<'a>>,
    /// The optional fragments, in order.
    pub fragments: Vec<Fragment>,
    uses: Vec<Use>,
    /// Declared indices of the condition parameters, in declared order: bit `i` of a
    /// variant's index is the `i`-th of them.
    pub conditions: Vec<usize>,
    /// Declared indices of the choice parameters, in declared order.
    pub choices: Vec<usize>,
    /// What is wrong with the text, whatever the variant.
    pub problems: Vec<Problem>,
}

impl<'a> Template<'a> {
    /// Scans `source` and collects every problem at once.
    pub fn new(source: &'a str, params: &[Param<'a>]) -> Self {
        let mut template = Template {
            source,
            params: params.to_vec(),
            fragments: Vec::new(),
            uses: Vec::new(),
            conditions: Vec::new(),
            choices: Vec::new(),
            problems: Vec::new(),
        };
        let tokens = match lexer::scan(source) {
            Ok(t) => t,
            Err(u) => {
                template.problems.push(Problem::Unterminated {
                    at: u.at,
                    what: u.what,
                });
                return template;
            }
        };
        template.read(&tokens);
        template.finish();
        template
    }

    fn declared(&self, word: &str) -> Option<usize> {
        self.params.iter().position(|p| p.name == word)
    }

    fn read(&mut self, tokens: &[Token]) {
        let source = self.source;
        let mut open: Option<Fragment> = None;
        let mut nested = 0usize;
        let mut semicolon = None;
        let mut i = 0;
        while i < tokens.len() {
            let token = &tokens[i];
            i += 1;
            if let Some(at) = semicolon.take()
                && !matches!(token, Token::Semicolon { .. })
            {
                self.problems.push(Problem::MultipleStatements { at });
            }
            match token {
                Token::Code { at } if source.as_bytes()[*at] == b'{' => {
                    if open.is_some() {
                        self.problems.push(Problem::Fragment {
                            at: *at,
                            message: "optional fragments do not nest: close the enclosing fragment with `}` before opening another".into(),
                        });
                        // Its `}` is then not reported as well.
                        nested += 1;
                        continue;
                    }
                    let (fragment, consumed) = self.opener(*at, tokens.get(i));
                    i += consumed;
                    open = Some(fragment);
                }
                Token::Code { at } if source.as_bytes()[*at] == b'}' && nested > 0 => {
                    nested -= 1;
                }
                Token::Code { at } if source.as_bytes()[*at] == b'}' => match open.take() {
                    Some(mut fragment) => {
                        fragment.close = *at;
                        // A malformed fragment (reported) leaves its text as written.
                        if fragment.condition.is_some() {
                            self.fragments.push(fragment);
                        }
                    }
                    None => self.problems.push(Problem::Fragment {
                        at: *at,
                        message: "`}` closes no optional fragment; a fragment is `{@param: SQL}`"
                            .into(),
                    }),
                },
                Token::At { at, word, glued } => self.at(*at, word, *glued),
                Token::Positional { at, len } => self.problems.push(Problem::Positional {
                    at: *at,
                    text: source[*at..at + len].to_owned(),
                }),
                Token::Semicolon { at } => semicolon = semicolon.or(Some(*at)),
                Token::Code { .. } => {}
            }
        }
        if let Some(fragment) = open {
            self.problems.push(Problem::Fragment {
                at: fragment.open,
                message: "this optional fragment is never closed with `}`".into(),
            });
        }
    }

    /// Reads `{@param:` at `open`; returns the fragment and how many tokens it took.
    fn opener(&mut self, open: usize, next: Option<&Token>) -> (Fragment, usize) {
        let source = self.source;
        let malformed = Fragment {
            open,
            body: open + 1,
            close: open,
            condition: None,
        };
        let Some(Token::At { at, word, .. }) = next else {
            self.problems.push(Problem::Fragment {
                at: open,
                message:
                    "an optional fragment starts with the parameter it depends on: `{@param: SQL}`"
                        .into(),
            });
            return (malformed, 0);
        };
        let between = &source[open + 1..*at];
        let after = at + 1 + word.len();
        let rest = &source[after..];
        let colon = after + (rest.len() - rest.trim_start().len());
        let is_colon = source[colon..].starts_with(':') && !source[colon..].starts_with("::");
        if !between.trim().is_empty() || !is_colon {
            self.problems.push(Problem::Fragment {
                at: open,
                message: format!(
                    "an optional fragment starts with the parameter it depends on and a colon: `{{@{word}: SQL}}`"
                ),
            });
            return (malformed, 1);
        }
        let condition = match self.declared(word) {
            None => {
                self.problems.push(Problem::Undeclared {
                    at: *at,
                    name: word.clone(),
                    declared: self.params.iter().map(|p| p.name.to_owned()).collect(),
                });
                None
            }
            Some(p) if matches!(self.params[p].kind, Kind::Choice(_)) => {
                self.problems.push(Problem::Fragment {
                    at: *at,
                    message: format!(
                        "`@{word}` chooses a fragment, so it cannot be a fragment's condition; a condition is an `Option` or a `bool` parameter"
                    ),
                });
                None
            }
            found => found,
        };
        (
            Fragment {
                open,
                body: colon + 1,
                close: open,
                condition,
            },
            1,
        )
    }

    fn at(&mut self, at: usize, word: &str, glued: bool) {
        let source = self.source;
        let Some(param) = self.declared(word) else {
            if !glued || !ends_an_operator(source, at) {
                self.problems.push(Problem::Undeclared {
                    at,
                    name: word.to_owned(),
                    declared: self.params.iter().map(|p| p.name.to_owned()).collect(),
                });
            }
            return;
        };
        let end = at + 1 + word.len();
        let field = match self.params[param].kind {
            Kind::Rows => field_after(source, end),
            _ => None,
        };
        let len = 1 + word.len() + field.as_ref().map_or(0, |f| 1 + f.len());
        self.uses.push(Use {
            at,
            len,
            param,
            field,
        });
    }

    fn finish(&mut self) {
        let mut conditions: Vec<usize> =
            self.fragments.iter().filter_map(|f| f.condition).collect();
        conditions.sort_unstable();
        conditions.dedup();
        self.conditions = conditions;
        self.choices = (0..self.params.len())
            .filter(|&p| matches!(self.params[p].kind, Kind::Choice(_)))
            .collect();
        for (index, param) in self.params.iter().enumerate() {
            let used =
                self.uses.iter().any(|u| u.param == index) || self.conditions.contains(&index);
            if !used {
                self.problems.push(Problem::Unused {
                    name: param.name.to_owned(),
                });
            }
        }
    }

    /// Whether a problem of the text makes its variants meaningless to parse.
    pub fn lexically_broken(&self) -> bool {
        self.problems.iter().any(|p| {
            matches!(
                p,
                Problem::Unterminated { .. }
                    | Problem::Positional { .. }
                    | Problem::Undeclared { .. }
                    | Problem::Fragment { .. }
            )
        })
    }

    /// How many variants the statement has (saturating).
    pub fn variant_count(&self) -> usize {
        self.numbering().count()
    }

    /// Whether the statement is more than one SQL text.
    pub fn has_variants(&self) -> bool {
        !self.conditions.is_empty() || !self.choices.is_empty()
    }

    /// How the statement's variants are numbered.
    pub fn numbering(&self) -> Numbering {
        Numbering::new(
            self.conditions.len(),
            self.choices.iter().map(|&c| self.choice_len(c)).collect(),
        )
    }

    fn choice_len(&self, param: usize) -> usize {
        match self.params[param].kind {
            Kind::Choice(options) => options.len(),
            _ => 1,
        }
    }

    /// Which conditions are present and which option each choice takes, in variant `index`
    /// ([`Numbering::decode`]).
    pub fn decode(&self, index: usize) -> (Vec<bool>, Vec<usize>) {
        self.numbering().decode(index)
    }

    /// `{status,tag,order=Cheapest}`: the present conditions, then each choice.
    pub fn label(&self, index: usize) -> String {
        let (present, chosen) = self.decode(index);
        let mut parts: Vec<String> = self
            .conditions
            .iter()
            .zip(&present)
            .filter(|(_, on)| **on)
            .map(|(&p, _)| self.params[p].name.to_owned())
            .collect();
        for (&c, &option) in self.choices.iter().zip(&chosen) {
            if let Kind::Choice(options) = self.params[c].kind
                && let Some((label, _)) = options.get(option)
            {
                parts.push(format!("{}={label}", self.params[c].name));
            }
        }
        format!("{{{}}}", parts.join(","))
    }

    /// The `$n` SQL of variant `index`. Values are numbered over what the variant binds, in
    /// declared order (a rows parameter's fields in order of first use), so a statement
    /// without fragments numbers `$n` by declared position.
    pub fn rewrite(&self, index: usize) -> Rewritten {
        let (present, chosen) = self.decode(index);
        let is_present = |f: &Fragment| {
            f.condition.is_none_or(|c| {
                // Every fragment's condition is one of `conditions`, built from them.
                let bit = self.conditions.iter().position(|x| *x == c);
                present[bit.expect("a fragment's condition is a condition")]
            })
        };
        let mut dropped: Vec<(usize, usize)> = Vec::new();
        for f in &self.fragments {
            if is_present(f) {
                dropped.push((f.open, f.body));
                dropped.push((f.close, f.close + 1));
            } else {
                dropped.push((f.open, f.close + 1));
            }
        }
        dropped.sort_unstable();
        let inside_dropped = |at: usize| dropped.iter().any(|&(a, b)| a <= at && at < b);
        let kept: Vec<&Use> = self.uses.iter().filter(|u| !inside_dropped(u.at)).collect();
        let slots = self.slots(&kept);

        let mut events: Vec<(usize, Event<'_>)> = dropped
            .iter()
            .map(|&(a, b)| (a, Event::Drop(b)))
            .chain(kept.iter().map(|u| (u.at, Event::Use(u))))
            .collect();
        events.sort_by_key(|(at, _)| *at);
        let source = self.source;
        let mut sql = String::with_capacity(source.len());
        let mut replacements = Vec::new();
        let mut copied = 0;
        for (at, event) in events {
            sql.push_str(&source[copied..at]);
            let (end, text, slot) = match event {
                Event::Drop(end) => (end, separator(source, at, end).to_owned(), None),
                Event::Use(u) => match self.params[u.param].kind {
                    Kind::Choice(options) => {
                        let c = self.choices.iter().position(|x| *x == u.param);
                        let option = chosen[c.expect("a choice parameter is a choice")];
                        // `decode` takes `option` modulo the count; none only when there are
                        // no options, which `validate` refuses before any rewrite.
                        let text = options.get(option).map_or("", |(_, sql)| sql);
                        (u.at + u.len, text.to_owned(), None)
                    }
                    _ => {
                        let slot = slots
                            .iter()
                            .position(|s| s.param == u.param && s.field == u.field)
                            .expect("every kept use has its slot, made from the kept uses");
                        (u.at + u.len, format!("${}", slot + 1), Some(slot))
                    }
                },
            };
            replacements.push(Replacement {
                edit: Edit {
                    source: at,
                    source_len: end - at,
                    output_len: text.len(),
                },
                output: sql.len(),
                slot,
            });
            sql.push_str(&text);
            copied = end;
        }
        sql.push_str(&source[copied..]);
        Rewritten {
            sql,
            replacements,
            problems: self.problems.clone(),
            slots,
        }
    }

    /// The values a variant binds: each used value parameter, and each used field of a rows
    /// parameter; a value parameter the text never uses keeps its place (it is reported).
    fn slots(&self, kept: &[&Use]) -> Vec<Slot> {
        let mut slots = Vec::new();
        for (index, param) in self.params.iter().enumerate() {
            if matches!(param.kind, Kind::Choice(_)) {
                continue;
            }
            let used_anywhere = self.uses.iter().any(|u| u.param == index);
            if !used_anywhere && !self.conditions.contains(&index) {
                slots.push(Slot {
                    param: index,
                    field: None,
                });
                continue;
            }
            for u in kept.iter().filter(|u| u.param == index) {
                if !slots
                    .iter()
                    .any(|s: &Slot| s.param == index && s.field == u.field)
                {
                    slots.push(Slot {
                        param: index,
                        field: u.field.clone(),
                    });
                }
            }
        }
        slots
    }
}

enum Event<'u> {
    /// Text up to this offset is left out.
    Drop(usize),
    Use(&'u Use),
}

/// What replaces text left out between `start` and `end`: nothing, unless that would glue
/// the words on either side together.
fn separator(source: &str, start: usize, end: usize) -> &'static str {
    let before = source[..start].bytes().next_back();
    let after = source[end..].bytes().next();
    match (before, after) {
        (Some(b), Some(a)) if !b.is_ascii_whitespace() && !a.is_ascii_whitespace() => " ",
        _ => "",
    }
}

/// `.field` right after a rows parameter.
fn field_after(source: &str, end: usize) -> Option<String> {
    let rest = source.get(end..)?.strip_prefix('.')?;
    let len = rest
        .bytes()
        .take_while(|b| lexer::is_ident_char(*b) && *b != b'$')
        .count();
    (len > 0 && lexer::is_ident_start(rest.as_bytes()[0])).then(|| rest[..len].to_owned())
}

/// Rewrites every `@name` whose `name` is in `declared` to `$n`, where `n` is the
/// 1-based position of `name` in `declared`; a name used twice binds one `$n`.
///
/// Text outside parameters is copied byte for byte. Problems are collected, not
/// returned early, so that a caller can report all of them at once. Optional fragments
/// (`{@flag: ..}`) are all left out: see [`Template`].
///
/// ```
/// let r = prepared_sql::rewrite("SELECT @a, @b, @a, '@not' -- @nor", &["a", "b"]);
/// assert_eq!(r.sql, "SELECT $1, $2, $1, '@not' -- @nor");
/// assert_eq!(r.replacements.len(), 3);
/// ```
pub fn rewrite(source: &str, declared: &[&str]) -> Rewritten {
    let params: Vec<Param<'_>> = declared.iter().map(|d| Param::value(d)).collect();
    Template::new(source, &params).rewrite(0)
}

mod numbering;
#[cfg(test)]
mod tests;

pub use numbering::Numbering;
