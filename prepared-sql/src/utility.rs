//! The utility statements sqlparser has no grammar for but applications send: `DO` and
//! `REFRESH MATERIALIZED VIEW`. Each grammar is small enough to check exactly, token by
//! token, so accepting them adds no false acceptance.

use crate::located::{SyntaxError, offset_of};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer};

/// `Some` when `sql` is one of these statements: how many statements (1), or where its
/// grammar is broken. `None` for everything else, which sqlparser checks.
pub fn check(sql: &str) -> Option<Result<usize, SyntaxError>> {
    // Each of them starts with its keyword: SQL whose first word is neither is not
    // tokenized for nothing (the macro checks every statement on every build, unoptimised).
    if !may_start_with_keyword(sql) {
        return None;
    }
    tokenized(sql)
}

/// [`check`] without its pre-filter.
fn tokenized(sql: &str) -> Option<Result<usize, SyntaxError>> {
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, sql)
        .tokenize_with_location()
        .ok()?;
    let tokens: Vec<&TokenWithSpan> = tokens
        .iter()
        .filter(|t| crate::words::is_code(&t.token))
        .collect();
    let mut cursor = Cursor { sql, tokens, at: 0 };
    let result = if cursor.keyword(Keyword::DO) {
        cursor.do_block()
    } else if cursor.keyword(Keyword::REFRESH) {
        cursor.refresh()
    } else {
        return None;
    };
    Some(result.and_then(|()| cursor.end()).map(|()| 1))
}

/// Whether the first token of `sql` may be `DO` or `REFRESH`: false only when, past ASCII
/// whitespace and comments, something else is certainly first (another ASCII word, or no
/// word); anything this does not read (a non-ASCII character, a comment left open) is left
/// to the tokenizer.
fn may_start_with_keyword(sql: &str) -> bool {
    let s = sql.as_bytes();
    let mut i = 0;
    loop {
        match (s.get(i), s.get(i + 1)) {
            (Some(b), _) if b.is_ascii_whitespace() => i += 1,
            (Some(b'-'), Some(b'-')) => match s[i..].iter().position(|&b| b == b'\n') {
                Some(end) => i += end + 1,
                None => return false,
            },
            (Some(b'/'), Some(b'*')) => match crate::lexer::skip_block_comment(s, i) {
                Ok(end) => i = end,
                Err(_) => return true,
            },
            _ => break,
        }
    }
    let word_end = s[i..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric() && *b != b'_' && *b != b'$')
        .map_or(s.len(), |n| i + n);
    let word = &s[i..word_end];
    if s.get(word_end).is_some_and(|b| !b.is_ascii()) || s.get(i).is_some_and(|b| !b.is_ascii()) {
        return true;
    }
    word.eq_ignore_ascii_case(b"do") || word.eq_ignore_ascii_case(b"refresh")
}

struct Cursor<'s> {
    sql: &'s str,
    tokens: Vec<&'s TokenWithSpan>,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|t| &t.token)
    }

    /// Takes the keyword when it is next.
    fn keyword(&mut self, keyword: Keyword) -> bool {
        let found = matches!(self.peek(), Some(Token::Word(w)) if w.keyword == keyword && w.quote_style.is_none());
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, keyword: Keyword, what: &str) -> Result<(), SyntaxError> {
        if self.keyword(keyword) {
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    /// A name: an identifier, quoted or not.
    fn name(&mut self) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(Token::Word(w))
                if w.quote_style.is_some() || crate::keywords::reserved(&w.value).is_none() =>
            {
                self.at += 1;
                Ok(())
            }
            _ => Err(self.error("a name")),
        }
    }

    /// `name[.name[.name]]`.
    fn qualified_name(&mut self) -> Result<(), SyntaxError> {
        self.name()?;
        for _ in 0..2 {
            if self.peek() != Some(&Token::Period) {
                break;
            }
            self.at += 1;
            self.name()?;
        }
        Ok(())
    }

    /// `DO [LANGUAGE lang] 'code' [LANGUAGE lang]`: the code is one string literal.
    fn do_block(&mut self) -> Result<(), SyntaxError> {
        let mut language = false;
        if self.keyword(Keyword::LANGUAGE) {
            self.name()?;
            language = true;
        }
        match self.peek() {
            Some(
                Token::SingleQuotedString(_)
                | Token::DollarQuotedString(_)
                | Token::EscapedStringLiteral(_)
                | Token::UnicodeStringLiteral(_),
            ) => self.at += 1,
            _ => return Err(self.error("the code block, a string literal")),
        }
        if !language && self.keyword(Keyword::LANGUAGE) {
            self.name()?;
        }
        Ok(())
    }

    /// `REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]`.
    fn refresh(&mut self) -> Result<(), SyntaxError> {
        self.expect(Keyword::MATERIALIZED, "MATERIALIZED after REFRESH")?;
        self.expect(Keyword::VIEW, "VIEW after REFRESH MATERIALIZED")?;
        self.keyword(Keyword::CONCURRENTLY);
        self.qualified_name()?;
        if self.keyword(Keyword::WITH) {
            self.keyword(Keyword::NO);
            self.expect(Keyword::DATA, "DATA after WITH")?;
        }
        Ok(())
    }

    /// The end, after an optional `;`.
    fn end(&mut self) -> Result<(), SyntaxError> {
        if self.peek() == Some(&Token::SemiColon) {
            self.at += 1;
        }
        match self.peek() {
            None | Some(Token::EOF) => Ok(()),
            Some(_) => Err(self.error("end of statement")),
        }
    }

    fn error(&self, expected: &str) -> SyntaxError {
        match self.tokens.get(self.at).filter(|t| t.token != Token::EOF) {
            Some(t) => SyntaxError {
                message: format!("expected: {expected}, found: {}", t.token),
                offset: offset_of(
                    self.sql,
                    t.span.start.line as usize,
                    t.span.start.column as usize,
                ),
            },
            None => SyntaxError {
                message: format!("expected: {expected}, found: the end of the statement"),
                offset: Some(self.sql.trim_end().len()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn do_blocks() {
        for ok in [
            "DO $$ BEGIN PERFORM 1; END $$",
            "do language plpgsql 'begin null; end'",
            "DO $body$ BEGIN END $body$ LANGUAGE plpgsql;",
        ] {
            assert_eq!(check(ok), Some(Ok(1)), "{ok}");
        }
        let e = check("DO DO $$ BEGIN END $$").unwrap().unwrap_err();
        assert_eq!(
            e.message,
            "expected: the code block, a string literal, found: DO"
        );
        assert_eq!(e.offset, Some(3));
        assert!(check("DO $$ x $$ $$ y $$").unwrap().is_err());
        assert!(check("DO LANGUAGE").unwrap().is_err());
        assert_eq!(check("SELECT 1"), None);
        // Not theirs, whatever words they hold.
        assert_eq!(check("SELECT done FROM todo -- refresh"), None);
        assert_eq!(check("dox"), None);
        assert_eq!(check("(DO $$ BEGIN END $$)"), None);
        assert_eq!(
            check("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING"),
            None
        );
        // The pre-filter reads any case and any place of the keyword.
        assert_eq!(check("/* x */ dO $$ BEGIN END $$"), Some(Ok(1)));
        assert_eq!(check("-- c\n  ReFrEsH MATERIALIZED VIEW v"), Some(Ok(1)));
        assert_eq!(check("/* a /* nested */ b */\tdo 'x'"), Some(Ok(1)));
    }

    /// The pre-filter only skips what the tokenizer would not take for either statement.
    #[test]
    fn the_pre_filter_skips_only_other_statements() {
        for sql in [
            "SELECT 1",
            "do",
            "DO",
            "dO $$ x $$",
            "\u{a0}DO $$ x $$",
            "DO\u{a0}$$ x $$",
            "doé $$ x $$",
            "-- only a comment",
            "/* open",
            "/* a */ /* b /* c */ */ REFRESH MATERIALIZED VIEW v",
            "-- x\r\nrefresh materialized view v",
            "refresh$ materialized view v",
            "\"do\" $$ x $$",
            "E'do'",
            "$$do$$",
            "_do $$ x $$",
            "do_ $$ x $$",
            "2do",
            "",
            "   ",
        ] {
            assert_eq!(check(sql), tokenized(sql), "{sql:?}");
        }
    }

    #[test]
    fn refresh() {
        for ok in [
            "REFRESH MATERIALIZED VIEW authors_view",
            "REFRESH MATERIALIZED VIEW CONCURRENTLY public.\"Authors\" WITH NO DATA",
            "refresh materialized view s.v with data;",
        ] {
            assert_eq!(check(ok), Some(Ok(1)), "{ok}");
        }
        for bad in [
            "REFRESH MATERIALISED VIEW v",
            "REFRESH MATERIALIZED VIEW",
            "REFRESH MATERIALIZED VIEW select",
            "REFRESH MATERIALIZED VIEW v WITH",
            "REFRESH MATERIALIZED VIEW v v",
        ] {
            assert!(check(bad).is_some_and(|r| r.is_err()), "{bad}");
        }
    }
}
