//! The compile-time cast check on the feature types: one file per mistake, and a pass case
//! for types the check knows and types it must leave alone.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
