//! Property test of the `@name` rewriter: random mixtures of words, strings, quoted
//! identifiers, dollar quotes, comments, operators and parameters.
//!
//! Invariants: no text outside parameters changes, every parameter use becomes the `$n`
//! of its declared position, and every position maps back to the SQL as written.

use prepared_sql::{Problem, rewrite};
use proptest::prelude::*;

const NAMES: [&str; 3] = ["alpha", "beta", "gamma"];

/// A piece of SQL, and the declared parameter it uses, if it is one.
#[derive(Debug, Clone)]
enum Piece {
    Word(String),
    Param(usize),
    Cast(usize, &'static str),
    Text(String),
}

/// Text that looks dangerous inside literals: parameters, quotes, dollars, comment marks.
fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "@alpha", "@beta", "@zeta", "$1", "$$", "$q$", ";", "'", "\"", "--", "/*", "*/", "\\",
            "\n", "x", " ", "@>", "é",
        ]),
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        prop::sample::select(vec![
            "SELECT", "FROM", "t", "WHERE", "a", "=", "AND", "(", ")", ",", "1", "a$b", "x.y"
        ])
        .prop_map(|w| Piece::Word(w.to_owned())),
        (0..NAMES.len()).prop_map(Piece::Param),
        (
            (0..NAMES.len()),
            prop::sample::select(vec!["::jsonb", "::int8[]", "::text"])
        )
            .prop_map(|(i, c)| Piece::Cast(i, c)),
        noise().prop_map(|s| Piece::Text(format!("'{}'", s.replace('\'', "''")))),
        noise().prop_map(|s| Piece::Text(format!(
            "E'{}'",
            s.replace('\\', "\\\\").replace('\'', "\\'")
        ))),
        noise().prop_map(|s| Piece::Text(format!("\"{}\"", s.replace('"', "\"\"")))),
        noise().prop_map(|s| Piece::Text(format!("$tag${}$tag$", s.replace("$tag$", "")))),
        noise().prop_map(|s| Piece::Text(format!("-- {}\n", s.replace('\n', " ")))),
        noise().prop_map(|s| Piece::Text(format!(
            "/* {} /* {} */ */",
            s.replace("*/", "").replace("/*", ""),
            "nested"
        ))),
        prop::sample::select(vec!["@>", "<@", "@@", "@?", "@-@", "@ x", "|/"])
            .prop_map(|o| Piece::Text(o.to_owned())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn rewriting_changes_only_parameters(pieces in prop::collection::vec(piece(), 0..24)) {
        // Build the source and, alongside, the output the rewriter must produce.
        let (mut source, mut expected) = (String::new(), String::new());
        let mut uses = Vec::new();
        for piece in &pieces {
            source.push(' ');
            expected.push(' ');
            match piece {
                Piece::Word(w) | Piece::Text(w) => {
                    source.push_str(w);
                    expected.push_str(w);
                }
                Piece::Param(i) | Piece::Cast(i, _) => {
                    uses.push((source.len(), expected.len(), *i));
                    source.push('@');
                    source.push_str(NAMES[*i]);
                    expected.push_str(&format!("${}", i + 1));
                    if let Piece::Cast(_, cast) = piece {
                        source.push_str(cast);
                        expected.push_str(cast);
                    }
                }
            }
        }
        let r = rewrite(&source, &NAMES);
        prop_assert_eq!(&r.sql, &expected);
        let unexpected: Vec<_> = r.problems.iter().filter(|p| !matches!(p, Problem::Unused { .. })).collect();
        prop_assert!(unexpected.is_empty(), "{:?} in {:?}", unexpected, source);
        prop_assert_eq!(r.replacements.len(), uses.len());
        for (replacement, (at_source, at_output, param)) in r.replacements.iter().zip(&uses) {
            prop_assert_eq!(replacement.edit.source, *at_source);
            prop_assert_eq!(replacement.output, *at_output);
            prop_assert_eq!(replacement.slot, Some(*param));
            // Every byte of `$n` maps back to its `@name`.
            for o in replacement.output..replacement.output + replacement.edit.output_len {
                prop_assert_eq!(r.to_source(o), *at_source);
            }
            // And the byte after it maps to the byte after `@name`.
            prop_assert_eq!(r.to_source(replacement.output + replacement.edit.output_len), at_source + 1 + NAMES[*param].len());
        }
        // Every used name counts as used; every unused one is reported.
        for (i, name) in NAMES.iter().enumerate() {
            let used = uses.iter().any(|u| u.2 == i);
            let reported = r.problems.iter().any(|p| matches!(p, Problem::Unused { name: n } if n == name));
            prop_assert_eq!(used, !reported);
        }
    }
}
