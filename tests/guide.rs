//! The documentation holds together: every chapter of the guide (`docs/src`) is in its
//! `SUMMARY.md` and compiled as a doctest of this crate, every Rust block in it is one that
//! rustdoc compiles, and every relative link of the README, the guide, the bench's pages
//! and ARCHITECTURE.md reaches a file, and a heading where it names one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn chapters() -> BTreeSet<String> {
    let dir = root().join("docs/src");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".md") && n != "SUMMARY.md")
        .collect()
}

/// `](target)` links of a Markdown text, outside code blocks and code spans.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            continue;
        }
        // Code spans may hold `](`; drop them first.
        let plain: String = line.split('`').step_by(2).collect::<Vec<_>>().join("");
        let mut rest = plain.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            out.push(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    out
}

/// GitHub's and mdBook's anchor of a heading: lowercase, spaces to `-`, other punctuation
/// but `-` and `_` dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(text: &str) -> BTreeSet<String> {
    let mut in_block = false;
    let mut out = BTreeSet::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
        } else if !in_block && line.starts_with('#') {
            out.insert(anchor(line.trim_start_matches('#')));
        }
    }
    out
}

#[test]
fn every_chapter_is_in_the_summary_and_compiled_as_a_doctest() {
    let summary = read(&root().join("docs/src/SUMMARY.md"));
    let lib = read(&root().join("src/lib.rs"));
    for chapter in chapters() {
        assert!(
            summary.contains(&format!("]({chapter})")),
            "docs/src/SUMMARY.md does not list {chapter}"
        );
        assert!(
            lib.contains(&format!("include_str!(\"../docs/src/{chapter}\")")),
            "src/lib.rs does not compile docs/src/{chapter} as a doctest"
        );
    }
    for link in links(&summary) {
        assert!(
            chapters().contains(&link),
            "SUMMARY.md lists {link}, which is no chapter"
        );
    }
}

#[test]
fn every_rust_block_of_the_guide_is_compiled() {
    for chapter in chapters() {
        let text = read(&root().join("docs/src").join(&chapter));
        for (n, line) in text.lines().enumerate() {
            let Some(info) = line.strip_prefix("```") else {
                continue;
            };
            let attrs: Vec<&str> = info.split(',').map(str::trim).collect();
            if attrs[0] == "rust" {
                assert!(
                    !attrs.iter().any(|a| matches!(*a, "ignore" | "text")),
                    "docs/src/{chapter}:{}: a Rust block that is not compiled",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn every_relative_link_reaches_its_file_and_heading() {
    let mut pages: Vec<PathBuf> = [
        "README.md",
        "ARCHITECTURE.md",
        "bench/README.md",
        "bench/RESULTS.md",
    ]
    .iter()
    .map(|p| root().join(p))
    .collect();
    pages.extend(chapters().iter().map(|c| root().join("docs/src").join(c)));
    let mut broken = Vec::new();
    for page in &pages {
        for link in links(&read(page)) {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (file, heading) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(file)
            };
            if !target.exists() {
                broken.push(format!("{}: {link}: no such file", page.display()));
            } else if !heading.is_empty() && !anchors(&read(&target)).contains(heading) {
                broken.push(format!("{}: {link}: no such heading", page.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
