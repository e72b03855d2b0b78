//! The compile-time cast check on the types of `prepared`'s type features (feature `types`
//! of this crate, which turns them all on): one file per mistake, and a pass case for types
//! the check knows and types it must leave alone.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui-types/fail/*.rs");
    t.pass("tests/ui-types/pass/*.rs");
}
