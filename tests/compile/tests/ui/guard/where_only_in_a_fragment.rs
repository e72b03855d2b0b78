#[prepared::registry]
mod queries {
    use prepared::prepared;

    // Without `kind`, the fragment and its WHERE are gone: every row would be deleted.
    #[prepared(
        "DELETE FROM jobs {@kind: WHERE kind = @kind}",
        params(kind: Option<&str>)
    )]
    pub struct JobsPurge;
}

fn main() {}
