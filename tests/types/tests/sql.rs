//! Proves every statement of the type features against `sql/migrations`: each parameter's
//! and each field's Rust type accepts the PostgreSQL type the server reports.

use prepared_types as _;

fn main() {
    prepared_test_harness::main();
}
