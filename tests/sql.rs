//! Proves every statement of the example against the schema in `sql/`: one test per
//! statement (`cargo test --test sql -- accounts_add`). The registry is found by linking.

#[allow(dead_code)]
#[path = "../examples/accounts/model.rs"]
mod model;

fn main() {
    prepared_test_harness::main();
}
