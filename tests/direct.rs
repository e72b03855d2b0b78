//! `prepared::Direct` against a real PostgreSQL: typed rows, user-defined types, errors as
//! tokio-postgres gives them, self-healing, calls cut short, many tasks on one connection,
//! and password authentication.

mod support;

use prepared::{Direct, Error, ErrorKind};
use queries::PreparedStatement as Q;
use std::sync::Arc;
use std::time::Duration;

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT id, name, mood, moods, score, note FROM direct_item WHERE id <= @upto ORDER BY id",
        params(upto: i64),
        row = Item
    )]
    pub struct Items;

    #[prepared(
        "SELECT id, name, mood, moods, score, note FROM direct_item WHERE id = @id",
        params(id: i64),
        row = Item
    )]
    pub struct ItemById;

    #[prepared(
        "INSERT INTO direct_item(id, name, mood, moods, score) VALUES (@id, @name, @mood, @moods, @score::int4)",
        params(id: i64, name: &str, mood: super::Mood, moods: Vec<super::Mood>, score: i32)
    )]
    pub struct InsertItem;

    #[prepared("UPDATE direct_item SET note = @note WHERE id <= @upto", params(note: &str, upto: i64))]
    pub struct Annotate;

    #[prepared("SELECT 100 / @n AS q", params(n: i32), row = Quotient)]
    pub struct Divide;

    #[prepared("SELECT note AS q FROM direct_item WHERE id = @id", params(id: i64), row = Quotient)]
    pub struct NoteAsNumber;

    #[prepared("SELECT id, name, note FROM direct_item WHERE id = @id", params(id: i32), row = Named)]
    pub struct NarrowId;

    #[prepared("SELECT pg_sleep(@s) IS NULL AS slept", params(s: f64), row = Slept)]
    pub struct Sleep;

    #[prepared("SELECT * FROM direct_item WHERE id = @id", params(id: i64))]
    pub struct Untyped;

    #[derive(Debug, PartialEq, prepared::FromRow)]
    pub struct Item {
        pub id: i64,
        pub name: String,
        pub mood: super::Mood,
        pub moods: Vec<super::Mood>,
        pub score: i32,
        pub note: Option<String>,
    }

    #[derive(Debug, prepared::FromRow)]
    pub struct Quotient {
        pub q: i32,
    }

    #[derive(Debug, prepared::FromRow)]
    #[allow(dead_code)]
    pub struct Named {
        pub id: i64,
        pub name: String,
        pub note: Option<String>,
    }

    #[derive(Debug, prepared::FromRow)]
    #[allow(dead_code)]
    pub struct Slept {
        pub slept: bool,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, postgres_types::ToSql, postgres_types::FromSql)]
#[postgres(name = "direct_mood")]
enum Mood {
    #[postgres(name = "calm")]
    Calm,
    #[postgres(name = "busy")]
    Busy,
}

const SCHEMA: &str = "
    CREATE TYPE direct_mood AS ENUM ('calm', 'busy');
    CREATE DOMAIN direct_score AS int4 CHECK (VALUE >= 0);
    CREATE TABLE direct_item (
        id bigint PRIMARY KEY,
        name text NOT NULL,
        mood direct_mood NOT NULL,
        moods direct_mood[] NOT NULL,
        score direct_score NOT NULL,
        note text
    );";

/// A fresh database with the table, and a direct connection to it.
async fn direct() -> (Direct, prepared::Client, String) {
    let (client, name) = support::fresh_database_named().await;
    client.batch_execute(SCHEMA).await.unwrap();
    let url = support::server().connection_string_for(&name);
    (Direct::connect(&url).await.unwrap(), client, url)
}

async fn fill(db: &Direct, n: i64) {
    for id in 1..=n {
        let mood = if id % 2 == 0 { Mood::Busy } else { Mood::Calm };
        let inserted = db
            .prepared_execute(Q::insert_item(
                id,
                &format!("item {id}"),
                mood,
                vec![mood, Mood::Calm],
                id as i32,
            ))
            .await
            .unwrap();
        assert_eq!(inserted, 1);
    }
}

#[tokio::test]
async fn typed_rows_with_user_defined_types_and_nulls() {
    let (db, _, _) = direct().await;
    fill(&db, 300).await;
    assert_eq!(
        db.prepared_execute(Q::annotate("even", 2)).await.unwrap(),
        2
    );
    let items = db.prepared_query(Q::items(300)).await.unwrap();
    assert_eq!(items.len(), 300);
    assert_eq!(
        items[1],
        queries::Item {
            id: 2,
            name: "item 2".into(),
            mood: Mood::Busy,
            moods: vec![Mood::Busy, Mood::Calm],
            score: 2,
            note: Some("even".into()),
        }
    );
    assert_eq!(items[299].note, None);
    let one = db.prepared_query_one(Q::item_by_id(7)).await.unwrap();
    assert_eq!((one.id, one.mood), (7, Mood::Calm));
    assert!(
        db.prepared_query_opt(Q::item_by_id(1000))
            .await
            .unwrap()
            .is_none()
    );
    let none = db
        .prepared_query_one(Q::item_by_id(1000))
        .await
        .unwrap_err();
    assert!(matches!(none, Error::RowCount { actual: 0, .. }), "{none}");
}

#[tokio::test]
async fn server_errors_are_tokio_postgres_own_and_the_connection_goes_on() {
    let (db, _, _) = direct().await;
    fill(&db, 1).await;
    let duplicate = db
        .prepared_execute(Q::insert_item(1, "again", Mood::Calm, vec![], 1))
        .await
        .unwrap_err();
    assert!(
        matches!(
            duplicate.kind(),
            ErrorKind::UniqueViolation {
                constraint: Some("direct_item_pkey")
            }
        ),
        "{duplicate}"
    );
    assert_eq!(duplicate.statement(), Some("insert_item"));
    assert!(duplicate.to_string().contains("23505"), "{duplicate}");
    // A domain's check, through the looked-up domain type.
    let negative = db
        .prepared_execute(Q::insert_item(2, "negative", Mood::Calm, vec![], -1))
        .await
        .unwrap_err();
    assert_eq!(
        negative.code().map(|c| c.code()),
        Some("23514"),
        "{negative}"
    );
    let zero = db.prepared_query_one(Q::divide(0)).await.unwrap_err();
    assert_eq!(zero.code().map(|c| c.code()), Some("22012"), "{zero}");
    assert_eq!(db.prepared_query_one(Q::divide(4)).await.unwrap().q, 25);
}

#[tokio::test]
async fn a_row_that_does_not_decode_is_named_and_the_reply_read_to_its_end() {
    let (db, _, _) = direct().await;
    fill(&db, 3).await;
    db.prepared_execute(Q::annotate("not a number", 3))
        .await
        .unwrap();
    let wrong = db
        .prepared_query_one(Q::note_as_number(2))
        .await
        .unwrap_err();
    assert!(
        matches!(
            &wrong,
            Error::ColumnType {
                column: "q",
                field: "q",
                ..
            }
        ),
        "{wrong}"
    );
    // The same connection answers the next call with its own reply.
    assert_eq!(db.prepared_query(Q::items(3)).await.unwrap().len(), 3);
    let untyped = db.prepared_query(Q::untyped(1)).await.unwrap_err();
    assert!(
        matches!(
            untyped,
            Error::Unsupported {
                statement: "untyped",
                ..
            }
        ),
        "{untyped}"
    );
}

#[tokio::test]
async fn a_parameter_that_does_not_encode_is_tokio_postgres_own_error() {
    let (db, _, _) = direct().await;
    // `id` is bigint; an i32 does not encode as one.
    let error = db.prepared_query_opt(Q::narrow_id(1)).await.unwrap_err();
    assert!(error.to_string().contains("parameter 0"), "{error}");
    assert!(error.postgres_error().is_some());
    fill(&db, 1).await;
}

#[tokio::test]
async fn a_statement_made_stale_by_a_migration_is_prepared_again() {
    let (db, client, _) = direct().await;
    fill(&db, 1).await;
    assert_eq!(db.prepared_query(Q::items(1)).await.unwrap().len(), 1);
    client
        .batch_execute("ALTER TABLE direct_item ALTER COLUMN name TYPE varchar(50)")
        .await
        .unwrap();
    assert_eq!(
        db.prepared_query(Q::items(1)).await.unwrap()[0].name,
        "item 1"
    );
    client
        .batch_execute("ALTER TABLE direct_item ALTER COLUMN name TYPE text")
        .await
        .unwrap();
    db.batch_execute("BEGIN").await.unwrap();
    let retry = db.prepared_query(Q::items(1)).await.unwrap_err();
    assert_eq!(retry.kind(), ErrorKind::RetryTransaction, "{retry}");
    db.batch_execute("ROLLBACK").await.unwrap();
    assert_eq!(db.prepared_query(Q::items(1)).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_call_cut_short_leaves_the_connection_in_step() {
    let (db, _, _) = direct().await;
    fill(&db, 2).await;
    let cut = tokio::time::timeout(
        Duration::from_millis(20),
        db.prepared_query_one(Q::sleep(0.3)),
    )
    .await;
    assert!(cut.is_err(), "the sleep outlived the timeout");
    // The next call reads past the sleep's reply and gets its own.
    let item = db.prepared_query_one(Q::item_by_id(2)).await.unwrap();
    assert_eq!(item.id, 2);
    assert!(!db.is_broken().await);
}

#[tokio::test]
async fn many_tasks_take_turns_on_one_connection() {
    let (db, _, _) = direct().await;
    fill(&db, 50).await;
    let db = Arc::new(db);
    let tasks: Vec<_> = (1..=50i64)
        .map(|id| {
            let db = db.clone();
            tokio::spawn(async move {
                for _ in 0..20 {
                    let item = db.prepared_query_one(Q::item_by_id(id)).await.unwrap();
                    assert_eq!(item.name, format!("item {id}"));
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
}

#[tokio::test]
async fn an_ended_backend_reports_the_server_s_reason_and_the_connection_stays_broken() {
    let (db, client, _) = direct().await;
    fill(&db, 1).await;
    let pid: i32 = client
        .query_one("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0);
    support::terminate(&client, pid).await;
    let ended = db.prepared_query_one(Q::item_by_id(1)).await.unwrap_err();
    // What the server said as it ended the session, not the broken pipe after it.
    assert_eq!(ended.code().map(|c| c.code()), Some("57P01"), "{ended}");
    assert_eq!(ended.kind(), ErrorKind::ConnectionClosed, "{ended}");
    assert!(db.is_broken().await);
    let again = db.prepared_query_one(Q::item_by_id(1)).await.unwrap_err();
    assert!(
        again.postgres_error().is_some_and(|e| e.is_closed()),
        "{again}"
    );
    assert_eq!(again.kind(), ErrorKind::ConnectionClosed, "{again}");
}

#[tokio::test]
async fn passwords_by_scram_and_md5() {
    let pg = prepared_test_harness::TempPostgres::start_with_tcp().unwrap();
    let admin = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    admin
        .batch_execute(
            "CREATE ROLE scram_user LOGIN PASSWORD 'scram-pw';
             SET password_encryption = 'md5';
             CREATE ROLE md5_user LOGIN PASSWORD 'md5-pw';",
        )
        .await
        .unwrap();
    let hba = pg.data_dir().join("pg_hba.conf");
    std::fs::write(
        &hba,
        "local all all trust\nhost all md5_user 127.0.0.1/32 md5\nhost all all 127.0.0.1/32 scram-sha-256\n",
    )
    .unwrap();
    admin
        .batch_execute("SELECT pg_reload_conf()")
        .await
        .unwrap();
    let url = |user: &str, password: &str| {
        format!(
            "host=127.0.0.1 port={} user={user} password={password} dbname=postgres",
            pg.port()
        )
    };
    for (user, password) in [("scram_user", "scram-pw"), ("md5_user", "md5-pw")] {
        let db = Direct::connect(&url(user, password)).await.unwrap();
        db.batch_execute("SELECT 1").await.unwrap();
        let refused = Direct::connect(&url(user, "wrong")).await.unwrap_err();
        assert_eq!(refused.code().map(|c| c.code()), Some("28P01"), "{refused}");
        assert!(
            !refused.to_string().contains("wrong"),
            "the password leaked: {refused}"
        );
    }
}
