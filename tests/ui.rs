//! Compile-fail tests: one file per mistake, a folder per class of error.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    for class in [
        "params", "types", "rows", "syntax", "grammar", "registry", "guard", "casts",
    ] {
        t.compile_fail(format!("tests/ui/{class}/*.rs"));
    }
    t.pass("tests/ui/pass/*.rs");
}
