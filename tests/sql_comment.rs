//! The sqlcommenter comment as the server sees it: `pg_stat_activity` shows which Rust
//! statement runs, in prepared and in pooler mode, for a plain statement and a variant.

mod support;

use prepared::{Mode, PreparedExt};

#[prepared::registry]
mod activity {
    use prepared::prepared;

    #[prepared("SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid()")]
    pub struct OwnQuery;

    #[prepared(
        "SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid() {@flag: AND @flag}",
        params(flag: bool)
    )]
    pub struct OwnQueryIf;
}

#[prepared::registry(sql_comment = false)]
mod uncommented {
    use prepared::prepared;

    #[prepared("SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid()")]
    pub struct OwnQuery;
}

use activity::PreparedStatement as A;

#[tokio::test]
async fn the_server_sees_which_statement_runs() {
    let (_, db) = support::fresh_database_named().await;
    let url = support::server().connection_string_for(&db);
    for mode in [Mode::Prepared, Mode::Pooler] {
        let client = prepared::Client::connect_with_mode(&url, mode)
            .await
            .unwrap();
        let seen: String = client
            .prepared_query_one(A::own_query())
            .await
            .unwrap()
            .get("query");
        assert_eq!(
            seen,
            activity::PreparedQueryEnum::OwnQuery.sql(),
            "{mode:?}"
        );
        assert!(
            seen.ends_with(" /*module='sql_comment::activity',statement='own_query'*/"),
            "{seen}"
        );
        let seen: String = client
            .prepared_query_one(A::own_query_if(true))
            .await
            .unwrap()
            .get("query");
        assert!(
            seen.ends_with("/*module='sql_comment::activity',statement='own_query_if%7Bflag%7D'*/"),
            "{seen}"
        );
        let seen: String = client
            .prepared_query_one(uncommented::PreparedStatement::own_query())
            .await
            .unwrap()
            .get("query");
        assert_eq!(
            seen,
            "SELECT query FROM pg_stat_activity WHERE pid = pg_backend_pid()"
        );
    }
}
