//! `#[derive(PgText)]` on a type without `Display`: the derive's impls name what is missing.

#[derive(Debug, prepared::PgText)]
pub enum Plan {
    Free,
    Pro,
}

impl std::str::FromStr for Plan {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "free" => Ok(Plan::Free),
            "pro" => Ok(Plan::Pro),
            other => Err(format!("unknown plan `{other}`")),
        }
    }
}

fn main() {}
