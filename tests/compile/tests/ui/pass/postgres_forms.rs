// Valid PostgreSQL that sqlparser alone rejects, accepted by the default check: a conflict
// target with a partial index's predicate, a named constraint, all fields of a composite,
// an assignment to an array element, `DO` and `REFRESH MATERIALIZED VIEW`.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "INSERT INTO users (email, org) VALUES (@email, @org)
         ON CONFLICT (email) WHERE deleted_at IS NULL DO UPDATE SET org = EXCLUDED.org",
        params(email: &str, org: i64)
    )]
    pub struct UpsertLive;

    #[prepared(
        "INSERT INTO users (email) VALUES (@email) ON CONFLICT ON CONSTRAINT users_email_key DO NOTHING",
        params(email: &str)
    )]
    pub struct InsertOnce;

    #[prepared("SELECT (p).* FROM user_profile(@id) p", params(id: i64))]
    pub struct Profile;

    #[prepared("UPDATE users SET tags[1] = @tag WHERE id = @id", params(id: i64, tag: &str))]
    pub struct FirstTag;

    #[prepared("DO $$ BEGIN PERFORM pg_notify('users', 'changed'); END $$")]
    pub struct Notify;

    #[prepared("REFRESH MATERIALIZED VIEW CONCURRENTLY user_totals")]
    pub struct RefreshTotals;
}

fn main() {
    for s in [
        queries::PreparedQueryEnum::UpsertLive,
        queries::PreparedQueryEnum::InsertOnce,
        queries::PreparedQueryEnum::Profile,
        queries::PreparedQueryEnum::FirstTag,
        queries::PreparedQueryEnum::Notify,
        queries::PreparedQueryEnum::RefreshTotals,
    ] {
        assert!(s.info().syntax_checked, "{}", s.name());
    }
}
