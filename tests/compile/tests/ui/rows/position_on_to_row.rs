// `position` and `flatten` read a result; a COPY's row writes columns by name.
#[derive(prepared::ToRow)]
pub struct NewAccount {
    #[prepared(position = 1)]
    pub id: i64,
}

fn main() {}
