// `@f.f1` is PostgreSQL's absolute-value operator glued to a column; with no `f`
// declared the macro cannot tell it from a forgotten parameter, so it asks for a space.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT f.f1, @f.f1 AS abs_f1 FROM float4_tbl f WHERE f.f1 > @min", params(min: f32))]
    pub struct AbsValues;
}

fn main() {}
