//! How well the compile-time syntax check agrees with PostgreSQL's grammar.
//! `cargo run --release -p prepared-test-harness --example syntax_fidelity`
//!
//! Every statement of `../shared/corpora` (sqlc, cornucopia, PostgreSQL's regression
//! scripts) gets seeded one-typo mutants of each class below. A throwaway PostgreSQL is the
//! oracle: a statement is a syntax error when Parse on an empty database answers 42601.
//! Printed, per class and per corpus:
//! - false acceptance: mutants PostgreSQL rejects as syntax errors that the check accepts;
//! - false rejection: original statements PostgreSQL's grammar accepts that the check rejects;
//!
//! for sqlparser alone (with the pre-pass, the check before the grammar rules), for the
//! default check, and, when built with `--features pg-grammar`, for PostgreSQL's own grammar.

#[path = "support/corpora.rs"]
mod corpora;

use futures_util::future::join_all;
use prepared_test_harness::TempPostgres;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, Tokenizer};
use std::collections::BTreeMap;

const SEED: u64 = 0x5eed_2026_1124;

const CLASSES: [&str; 8] = [
    "reserved word as a name or alias",
    "keyword doubled",
    "keyword misspelled",
    "token deleted",
    "two tokens swapped",
    "comma dropped",
    "paren dropped",
    "trailing comma before FROM",
];

/// SplitMix64: a seeded generator, so every run builds the same mutants.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A token of the statement with its byte range.
struct Piece {
    start: usize,
    end: usize,
    token: Token,
}

fn pieces(sql: &str) -> Option<Vec<Piece>> {
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, sql)
        .tokenize_with_location()
        .ok()?;
    let offset = |l: sqlparser::tokenizer::Location| {
        prepared_sql::syntax::offset_of(sql, l.line as usize, l.column as usize)
    };
    let mut out = Vec::new();
    for t in tokens {
        if matches!(t.token, Token::Whitespace(_) | Token::EOF) {
            continue;
        }
        out.push(Piece {
            start: offset(t.span.start)?,
            end: offset(t.span.end)?,
            token: t.token,
        });
    }
    Some(out)
}

fn is_keyword(t: &Token) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.keyword != Keyword::NoKeyword)
}

fn is_name(t: &Token) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.keyword == Keyword::NoKeyword)
}

fn splice(sql: &str, start: usize, end: usize, with: &str) -> String {
    format!("{}{with}{}", &sql[..start], &sql[end..])
}

/// One mutant of `class` (an index into [`CLASSES`]), when the statement has the tokens it
/// needs.
fn mutant(sql: &str, pieces: &[Piece], class: usize, rng: &mut Rng) -> Option<String> {
    let pick = |rng: &mut Rng, f: &dyn Fn(&Piece) -> bool| -> Option<usize> {
        let candidates: Vec<usize> = (0..pieces.len()).filter(|&i| f(&pieces[i])).collect();
        (!candidates.is_empty()).then(|| candidates[rng.below(candidates.len())])
    };
    let reserved = prepared_sql::keywords::RESERVED;
    match class {
        0 => {
            let i = pick(rng, &|p| is_name(&p.token))?;
            let word = reserved[rng.below(reserved.len())].0.to_ascii_uppercase();
            let p = &pieces[i];
            // A name replaced, or a keyword put after it as an alias.
            Some(if rng.below(10) < 7 {
                splice(sql, p.start, p.end, &word)
            } else {
                splice(sql, p.end, p.end, &format!(" {word}"))
            })
        }
        1 => {
            let p = &pieces[pick(rng, &|p| is_keyword(&p.token))?];
            Some(splice(
                sql,
                p.end,
                p.end,
                &format!(" {}", &sql[p.start..p.end]),
            ))
        }
        2 => {
            let p = &pieces[pick(rng, &|p| is_keyword(&p.token) && p.end - p.start >= 3)?];
            let word: Vec<char> = sql[p.start..p.end].chars().collect();
            let mut typo = word.clone();
            if rng.below(2) == 0 {
                let at = rng.below(word.len() - 1);
                typo.swap(at, at + 1);
            } else {
                typo.remove(rng.below(word.len()));
            }
            let typo: String = typo.into_iter().collect();
            (typo != sql[p.start..p.end]).then(|| splice(sql, p.start, p.end, &typo))
        }
        3 => {
            let p = &pieces[rng
                .below(pieces.len().max(1))
                .min(pieces.len().checked_sub(1)?)];
            Some(splice(sql, p.start, p.end, ""))
        }
        4 => {
            if pieces.len() < 2 {
                return None;
            }
            let i = rng.below(pieces.len() - 1);
            let (a, b) = (&pieces[i], &pieces[i + 1]);
            let (ta, tb) = (&sql[a.start..a.end], &sql[b.start..b.end]);
            (ta != tb).then(|| {
                format!(
                    "{}{tb}{}{ta}{}",
                    &sql[..a.start],
                    &sql[a.end..b.start],
                    &sql[b.end..]
                )
            })
        }
        5 => {
            let p = &pieces[pick(rng, &|p| p.token == Token::Comma)?];
            Some(splice(sql, p.start, p.end, ""))
        }
        6 => {
            let p = &pieces[pick(rng, &|p| matches!(p.token, Token::LParen | Token::RParen))?];
            Some(splice(sql, p.start, p.end, ""))
        }
        7 => {
            let p = &pieces[pick(
                rng,
                &|p| matches!(&p.token, Token::Word(w) if w.keyword == Keyword::FROM),
            )?];
            Some(splice(sql, p.start, p.start, ", "))
        }
        _ => None,
    }
}

/// The checks compared: sqlparser alone (with the pre-pass), the default check, and
/// PostgreSQL's grammar when the feature is on.
fn verdicts(source: &str) -> Vec<bool> {
    let declared = corpora::params(source);
    let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
    let rewritten = prepared_sql::rewrite(source, &declared);
    let lexical = !rewritten.problems.is_empty();
    let prepassed = prepared_sql::prepass::prepass(&rewritten.sql);
    let before = lexical || prepared_sql::syntax::parse_sqlparser(&prepassed.sql).is_err();
    // The macro's own path: the utility grammars, the pre-pass and what it takes out,
    // sqlparser, the rules.
    let now = lexical
        || prepared_sql::analysis::analyse(&rewritten.sql)
            .syntax
            .is_err();
    #[cfg_attr(not(feature = "pg-grammar"), allow(unused_mut))]
    let mut out = vec![before, now];
    #[cfg(feature = "pg-grammar")]
    out.push(lexical || prepared_sql::exact::parse(&rewritten.sql).is_err());
    out
}

fn check_names() -> Vec<&'static str> {
    let mut names = vec![
        "sqlparser alone",
        "default check (sqlparser + grammar rules)",
    ];
    if cfg!(feature = "pg-grammar") {
        names.push("PostgreSQL grammar (pg-grammar)");
    }
    names
}

/// Counts for one corpus or class: statements, and how many each check got wrong.
#[derive(Default, Clone)]
struct Count {
    total: usize,
    wrong: Vec<usize>,
}

impl Count {
    fn add(&mut self, wrong: &[bool]) {
        self.total += 1;
        self.wrong.resize(wrong.len(), 0);
        for (w, is_wrong) in self.wrong.iter_mut().zip(wrong) {
            *w += usize::from(*is_wrong);
        }
    }

    fn cells(&self) -> String {
        self.wrong
            .iter()
            .map(|w| format!("{w} ({:.2}%)", 100.0 * *w as f64 / self.total.max(1) as f64))
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

/// Parses every statement on `pg` and returns, for each, whether it is a syntax error.
async fn oracle(pg: &TempPostgres, sqls: &[String]) -> Vec<Option<bool>> {
    let mut clients = Vec::new();
    for _ in 0..4 {
        let (client, connection) =
            tokio_postgres::connect(&pg.connection_string(), tokio_postgres::NoTls)
                .await
                .unwrap();
        tokio::spawn(connection);
        client
            .batch_execute("SET check_function_bodies = off")
            .await
            .unwrap();
        clients.push(client);
    }
    let mut out = Vec::with_capacity(sqls.len());
    for chunk in sqls.chunks(2048) {
        let answers = join_all(chunk.iter().enumerate().map(|(i, source)| {
            let client = &clients[i % clients.len()];
            async move {
                let declared = corpora::params(source);
                let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
                let rewritten = prepared_sql::rewrite(source, &declared);
                if rewritten.problems.iter().any(|p| {
                    matches!(
                        p,
                        prepared_sql::Problem::Unterminated { .. }
                            | prepared_sql::Problem::MultipleStatements { .. }
                    )
                }) {
                    // Not one statement the server could be asked about.
                    return None;
                }
                match client.prepare(&rewritten.sql).await {
                    Ok(_) => Some(false),
                    Err(e) => e
                        .code()
                        .map(|code| *code == tokio_postgres::error::SqlState::SYNTAX_ERROR),
                }
            }
        }))
        .await;
        out.extend(answers);
    }
    out
}

#[tokio::main]
async fn main() {
    let corpus_statements = statements();
    let pg = TempPostgres::start().unwrap();
    let mut rng = Rng(SEED);
    let mut tally = Tally::default();
    for (corpus, statements) in &corpus_statements {
        tally.corpus(&pg, corpus, statements, &mut rng).await;
    }
    tally.print(&check_names(), &corpus_statements);
}

/// The statements of every corpus, with `@name` parameters.
fn statements() -> Vec<(&'static str, Vec<String>)> {
    let mut corpus_statements: Vec<(&str, Vec<String>)> = Vec::new();
    for (name, cases) in [
        ("sqlc", corpora::sqlc_cases()),
        ("cornucopia", corpora::cornucopia_cases()),
    ] {
        let mut all = Vec::new();
        for (_, _, queries) in cases {
            for file in queries {
                all.extend(
                    corpora::annotated_queries(&file)
                        .iter()
                        .map(|q| corpora::to_named(q)),
                );
            }
        }
        corpus_statements.push((name, all));
    }
    let mut regress = Vec::new();
    for file in corpora::regress_files() {
        let text = corpora::regress_script(&file);
        for (_, statement) in prepared_test_harness::schema::statements(&text) {
            let sql = statement.trim().trim_end_matches(';').trim();
            if corpora::regress_sendable(sql) {
                regress.push(corpora::to_named(sql));
            }
        }
    }
    corpus_statements.push(("postgres-regress", regress));
    corpus_statements
}

/// What the run found.
#[derive(Default)]
struct Tally {
    /// Per corpus: false rejections of its own statements.
    rejections: BTreeMap<&'static str, Count>,
    /// Per (corpus, mutant class): false acceptance.
    acceptance: BTreeMap<(&'static str, usize), Count>,
    /// A few mutants the default check accepts, per class.
    examples: BTreeMap<usize, Vec<String>>,
    mutants_total: usize,
    /// Valid statements the grammar rules reject and sqlparser alone accepted, by message.
    by_rule: BTreeMap<String, (usize, String)>,
}

impl Tally {
    /// Judges a corpus's statements, then one mutant of each class per statement.
    async fn corpus(
        &mut self,
        pg: &TempPostgres,
        corpus: &'static str,
        statements: &[String],
        rng: &mut Rng,
    ) {
        let syntax_errors = oracle(pg, statements).await;
        let mut mutants: Vec<(usize, String)> = Vec::new();
        for (sql, error) in statements.iter().zip(&syntax_errors) {
            if *error != Some(false) {
                continue;
            }
            let wrong: Vec<bool> = verdicts(sql);
            if wrong[1] && !wrong[0] {
                self.rejected_by_rule(sql);
            }
            self.rejections.entry(corpus).or_default().add(&wrong);
            let Some(pieces) = pieces(sql) else { continue };
            for class in 0..CLASSES.len() {
                if let Some(m) = mutant(sql, &pieces, class, rng)
                    && m != *sql
                {
                    mutants.push((class, m));
                }
            }
        }
        let texts: Vec<String> = mutants.iter().map(|(_, m)| m.clone()).collect();
        let answers = oracle(pg, &texts).await;
        for ((class, mutant), answer) in mutants.iter().zip(answers) {
            if answer != Some(true) {
                continue;
            }
            self.mutants_total += 1;
            let accepted: Vec<bool> = verdicts(mutant).into_iter().map(|r| !r).collect();
            if accepted.get(1) == Some(&true) {
                if std::env::var_os("FIDELITY_DUMP").is_some() {
                    eprintln!("ACCEPTED\t{}", mutant.replace('\n', " "));
                }
                let list = self.examples.entry(*class).or_default();
                if list.len() < 6 {
                    list.push(mutant.replace('\n', " ").chars().take(140).collect());
                }
            }
            self.acceptance
                .entry((corpus, *class))
                .or_default()
                .add(&accepted);
        }
    }

    /// Files a valid statement that only the grammar rules reject under their message.
    fn rejected_by_rule(&mut self, sql: &str) {
        let declared = corpora::params(sql);
        let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
        let rewritten = prepared_sql::rewrite(sql, &declared);
        if let Err(e) = prepared_sql::analysis::analyse(&rewritten.sql).syntax {
            let key: String = e.message.chars().take(70).collect();
            let entry = self.by_rule.entry(key).or_insert((0, String::new()));
            entry.0 += 1;
            if entry.1.is_empty() {
                entry.1 = sql.replace('\n', " ").chars().take(160).collect();
            }
        }
    }

    fn print(&self, names: &[&str], corpus_statements: &[(&str, Vec<String>)]) {
        println!("## Syntax fidelity against PostgreSQL 15's grammar (seed {SEED:#x})\n");
        println!(
            "{} one-typo mutants that PostgreSQL rejects with 42601.\n",
            self.mutants_total
        );
        self.print_acceptance(names, corpus_statements);
        println!(
            "\nFalse rejection (statements PostgreSQL's grammar accepts that the check rejects):\n"
        );
        println!("| corpus | statements | {} |", names.join(" | "));
        println!("|---|---|{}", "---|".repeat(names.len()));
        for (corpus, _) in corpus_statements {
            let count = self.rejections.get(corpus).cloned().unwrap_or_default();
            println!("| {corpus} | {} | {} |", count.total, count.cells());
        }
        let mut by_rule: Vec<_> = self.by_rule.iter().collect();
        by_rule.sort_by_key(|(_, (n, _))| std::cmp::Reverse(*n));
        println!("\nValid statements that only the grammar rules reject, by message:");
        for (message, (n, example)) in by_rule.iter().take(30) {
            println!("{n:5}  {message}\n       e.g. {example}");
        }
        println!("\nExamples the default check still accepts:");
        for (class, list) in &self.examples {
            println!("- {}:", CLASSES[*class]);
            for e in list {
                println!("    {e}");
            }
        }
    }

    fn print_acceptance(&self, names: &[&str], corpus_statements: &[(&str, Vec<String>)]) {
        println!("False acceptance (mutants the check lets through):\n");
        println!("| mutant class | mutants | {} |", names.join(" | "));
        println!("|---|---|{}", "---|".repeat(names.len()));
        let mut all = Count::default();
        let mut apps = Count::default();
        for (class, name) in CLASSES.iter().enumerate() {
            let mut row = Count::default();
            for ((corpus, c), count) in &self.acceptance {
                if *c == class {
                    merge(&mut row, count);
                    merge(&mut all, count);
                    if *corpus != "postgres-regress" {
                        merge(&mut apps, count);
                    }
                }
            }
            println!("| {name} | {} | {} |", row.total, row.cells());
        }
        println!("| **all classes** | {} | {} |", all.total, all.cells());
        println!(
            "| **sqlc + cornucopia** | {} | {} |",
            apps.total,
            apps.cells()
        );
        for (corpus, _) in corpus_statements {
            let mut row = Count::default();
            for ((c, _), count) in &self.acceptance {
                if c == corpus {
                    merge(&mut row, count);
                }
            }
            println!("| {corpus} | {} | {} |", row.total, row.cells());
        }
    }
}

fn merge(into: &mut Count, from: &Count) {
    into.total += from.total;
    into.wrong.resize(from.wrong.len().max(into.wrong.len()), 0);
    for (a, b) in into.wrong.iter_mut().zip(&from.wrong) {
        *a += b;
    }
}
