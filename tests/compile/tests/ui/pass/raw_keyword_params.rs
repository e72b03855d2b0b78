// A parameter named after a Rust keyword is declared raw; the SQL keeps the bare name.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT @type::text AS kind, @match::int4 AS hit, @ref::text AS label, @where::text AS place, @in::bool AS inside",
        params(r#type: &str, r#match: i32, r#ref: &str, r#where: &str, r#in: bool),
        row = KeywordsRow
    )]
    pub struct Keywords;

    // Statements whose constructors would be keywords: `r#in`, `r#gen` (reserved by edition
    // 2024), and `super_` (never raw).
    #[prepared("SELECT 1 AS one")]
    pub struct In;

    #[prepared("SELECT 1 AS one")]
    pub struct Gen;

    #[prepared("SELECT 1 AS one")]
    pub struct Super;

    #[derive(prepared::FromRow)]
    pub struct KeywordsRow {
        pub kind: String,
        pub hit: i32,
        pub label: String,
        pub place: String,
        pub inside: bool,
    }
}

fn main() {
    let info = queries::PreparedQueryEnum::Keywords.info();
    assert!(info.sql.starts_with(
        "SELECT $1::text AS kind, $2::int4 AS hit, $3::text AS label, $4::text AS place, $5::bool AS inside"
    ));
    let names: Vec<&str> = info.params.iter().map(|p| p.name).collect();
    assert_eq!(names, ["type", "match", "ref", "where", "in"]);
    let _bound = queries::PreparedStatement::keywords("a", 1, "b", "c", true);
    let _in = queries::PreparedStatement::r#in();
    let _gen = queries::PreparedStatement::r#gen();
    let _super = queries::PreparedStatement::super_();
}
