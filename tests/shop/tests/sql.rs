//! Proves every statement of the shop against `sql/migrations`, one test per statement.

fn main() {
    prepared_test_harness::main(&[
        &prepared_shop::customers::REGISTRY,
        &prepared_shop::products::REGISTRY,
        &prepared_shop::orders::REGISTRY,
        &prepared_shop::jobs::REGISTRY,
    ]);
}
