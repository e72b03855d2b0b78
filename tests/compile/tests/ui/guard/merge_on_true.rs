#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("MERGE INTO stock s USING incoming i ON TRUE WHEN MATCHED THEN UPDATE SET qty = i.qty")]
    pub struct MergeStock;
}

fn main() {}
