//! `Session` is sealed: what executes a statement is `prepared`'s to decide, so a user type
//! cannot become one (and the trait can grow without breaking anyone).

struct MyConnection;

impl prepared::Session for MyConnection {}

fn main() {}
