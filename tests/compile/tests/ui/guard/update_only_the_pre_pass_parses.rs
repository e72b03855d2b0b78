// sqlparser rejects `BETWEEN SYMMETRIC`; the syntax check parses it after its pre-pass, and
// the every-row guard reads that same parse, so it is not skipped here.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "UPDATE jobs SET due = now() BETWEEN SYMMETRIC @low AND @high",
        params(low: chrono::DateTime<chrono::Utc>, high: chrono::DateTime<chrono::Utc>)
    )]
    pub struct MarkDue;
}

fn main() {}
