//! The shop's harness as a binary, so that `tests/drift.rs` can run it the way `cargo test`
//! runs `tests/sql.rs`: as its own process, with its own arguments and environment.

use prepared_shop as _;

fn main() {
    prepared_test_harness::main();
}
