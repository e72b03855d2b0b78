//! Proves every statement of the shop against `sql/migrations`, one test per statement.

fn main() {
    prepared_test_harness::main(prepared_shop::REGISTRIES);
}
