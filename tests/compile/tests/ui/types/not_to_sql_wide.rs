// One parameter type that is not `ToSql`, in a statement past 24 parameters: one error,
// at that type, as in a smaller statement.
use std::time::Instant;

#[prepared::registry]
mod queries {
    use super::Instant;
    use prepared::prepared;

    #[prepared("SELECT @p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @when", params(p0: i64, p1: i64, p2: i64, p3: i64, p4: i64, p5: i64, p6: i64, p7: i64, p8: i64, p9: i64, p10: i64, p11: i64, p12: i64, p13: i64, p14: i64, p15: i64, p16: i64, p17: i64, p18: i64, p19: i64, p20: i64, p21: i64, p22: i64, p23: i64, when: Instant))]
    pub struct Wide;
}

fn main() {}
