//! Compile-fail tests of the macros: one file per mistake, a folder per class of error. With the
//! `pg-grammar` feature, syntax errors come from PostgreSQL's own grammar and read
//! differently: those cases live in `tests/ui-pg-grammar/`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    // What reads the parse, the same with either grammar.
    for class in ["guard", "variants"] {
        t.compile_fail(format!("tests/ui/{class}/*.rs"));
    }
    t.pass("tests/ui/pass/*.rs");
    if cfg!(feature = "pg-grammar") {
        t.compile_fail("tests/ui-pg-grammar/fail/*.rs");
        t.pass("tests/ui-pg-grammar/pass/*.rs");
    } else {
        // The rest never reaches a grammar; CI runs them once, without the feature.
        for class in [
            "params", "types", "rows", "registry", "casts", "api", "lints", "syntax", "grammar",
            "combined",
        ] {
            t.compile_fail(format!("tests/ui/{class}/*.rs"));
        }
    }
}
