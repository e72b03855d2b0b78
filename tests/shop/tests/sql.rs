//! Every registry of the shop, found by linking, proven by the harness.

use prepared_shop as _;

fn main() {
    prepared_test_harness::main();
}
