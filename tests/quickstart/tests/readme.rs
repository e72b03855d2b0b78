//! The README's quick start is this crate, file for file: every Rust, TOML and SQL block of
//! the README opens with the path of the file it shows here and holds that file's text, so
//! what a newcomer copies is what `cargo test` builds and proves.

use std::path::Path;

/// The README's fenced blocks: (language, text).
fn blocks(readme: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        let Some(lang) = line.strip_prefix("```") else {
            continue;
        };
        let body: Vec<&str> = lines
            .by_ref()
            .take_while(|l| !l.starts_with("```"))
            .collect();
        out.push((lang, body.join("\n") + "\n"));
    }
    out
}

/// The file a block shows, named on its first line as a comment of its language.
fn shown_file<'a>(lang: &str, body: &'a str) -> Option<(&'a str, &'a str)> {
    let marker = match lang {
        "rust" => "// ",
        "toml" => "# ",
        "sql" => "-- ",
        _ => return None,
    };
    let (first, rest) = body.split_once('\n')?;
    Some((first.strip_prefix(marker)?, rest))
}

/// The crate's file as the README shows it: the manifest from `[dependencies]` on, with
/// the paths a crate cloned beside `prepared` would use.
fn as_shown(path: &str, text: &str) -> String {
    if path != "Cargo.toml" {
        return text.to_owned();
    }
    let from = text
        .find("[dependencies]")
        .expect("the manifest has [dependencies]");
    text[from..]
        .replace(r#"path = "../..""#, r#"path = "../prepared""#)
        .replace(
            "../../prepared-test-harness",
            "../prepared/prepared-test-harness",
        )
}

#[test]
fn every_readme_block_is_a_file_of_the_quick_start() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(here.join("../../README.md")).unwrap();
    let mut shown = Vec::new();
    for (lang, body) in blocks(&readme) {
        if !matches!(lang, "rust" | "toml" | "sql") {
            continue;
        }
        let Some((path, text)) = shown_file(lang, &body) else {
            panic!("a ```{lang} block of the README names no file of tests/quickstart:\n{body}");
        };
        let file = std::fs::read_to_string(here.join(path))
            .unwrap_or_else(|e| panic!("the README shows `{path}`, not in tests/quickstart: {e}"));
        assert_eq!(
            text,
            as_shown(path, &file),
            "the README's `{path}` differs from the crate's"
        );
        shown.push(path.to_owned());
    }
    for path in [
        "Cargo.toml",
        "migrations/0001_users.sql",
        "src/lib.rs",
        "tests/sql.rs",
    ] {
        assert!(
            shown.iter().any(|p| p == path),
            "the README does not show `{path}`"
        );
    }
}
