use my_app as _; // links the library, and with it every registry it declares

fn main() {
    prepared_test_harness::main();
}
