//! The mock executor: code written against `PreparedExt` runs in a unit test with no
//! database, answered from typed expectations, and every unexpected call fails clearly.
//! Nothing here starts a PostgreSQL.

use prepared::{
    CopyExt, Error, ErrorKind, ExpectedRows, FromRow, Mock, MockDbError, PgText, PreparedExt,
    SqlState, ToRow,
};
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
}

#[derive(Debug, ToRow)]
pub struct NewUser {
    pub email: String,
}

/// A tag stored as text, as a service declares one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PgText)]
pub enum Tag {
    Admin,
    Staff,
    Beta,
    Trial,
    Vip,
}

const TAGS: [Tag; 5] = [Tag::Admin, Tag::Staff, Tag::Beta, Tag::Trial, Tag::Vip];

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", format!("{self:?}").to_lowercase())
    }
}

impl std::str::FromStr for Tag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        TAGS.into_iter()
            .find(|t| t.to_string() == s)
            .ok_or_else(|| format!("no tag {s}"))
    }
}

#[prepared::registry]
pub mod users {
    use super::{NewUser, Tag, User};
    use prepared::prepared;
    use std::collections::HashSet;

    #[prepared(order_by)]
    #[derive(Debug, Clone, Copy)]
    pub enum UserOrder {
        #[prepared("id")]
        Oldest,
        #[prepared("id DESC")]
        Newest,
    }

    #[prepared("SELECT id, email FROM users WHERE id = @id", params(id: i64), row = User)]
    pub struct UserById;

    #[prepared(
        "SELECT id, email FROM users {@domain: WHERE email LIKE '%@' || @domain} ORDER BY @order",
        params(domain: Option<&str>, order: UserOrder),
        row = User
    )]
    pub struct UsersList;

    #[prepared("UPDATE users SET email = @email WHERE id = @id", params(id: i64, email: &str))]
    pub struct UserRename;

    #[prepared("COPY users (email) FROM STDIN (FORMAT binary)", row = NewUser)]
    pub struct UsersCopy;

    #[prepared(
        "UPDATE users SET tags = @tags, labels = @labels, settings = @settings, score = @score, weights = @weights WHERE id = @id",
        params(id: i64, tags: HashSet<Tag>, labels: HashSet<String>, settings: serde_json::Value, score: f64, weights: Vec<f32>)
    )]
    pub struct UserProfile;

    #[prepared("INSERT INTO users(email) VALUES (@email) RETURNING id, email", params(email: &str), row = User)]
    pub struct UserAdd;
}

use users::{PreparedStatement as Q, UserOrder};

/// Code under test, written the way a service is: against any executor.
async fn rename(db: &impl PreparedExt, id: i64, email: &str) -> Result<User, Error> {
    if db.prepared_execute(Q::user_rename(id, email)).await? != 1 {
        return Err(Error::RowCount {
            statement: "user_rename",
            expected: ExpectedRows::ExactlyOne,
            actual: 0,
        });
    }
    db.prepared_query_one(Q::user_by_id(id)).await
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
}

fn user(id: i64, email: &str) -> User {
    User {
        id,
        email: email.to_owned(),
    }
}

/// The mock's report when it is verified, or `None` when all is well.
fn report(mock: Mock) -> Option<String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(mock)))
        .err()
        .map(|p| p.downcast_ref::<String>().cloned().unwrap_or_default())
}

#[test]
fn answers_typed_expectations_in_order() {
    runtime().block_on(async {
        let db = Mock::new();
        db.expect(Q::user_rename(7, "new@example.com")).affects(1);
        db.expect(Q::user_by_id(7))
            .returns([user(7, "new@example.com")]);
        let renamed = rename(&db, 7, "new@example.com").await.unwrap();
        assert_eq!(renamed, user(7, "new@example.com"));
        assert_eq!(
            db.calls()
                .iter()
                .map(|c| (c.statement, c.params.join(", ")))
                .collect::<Vec<_>>(),
            [
                ("user_rename", r#"7, "new@example.com""#.to_owned()),
                ("user_by_id", "7".to_owned())
            ]
        );
        assert_eq!(report(db), None);
    });
}

#[test]
fn an_unexpected_statement_fails_and_is_reported() {
    runtime().block_on(async {
        let db = Mock::new();
        db.expect(Q::user_rename(7, "a@example.com")).affects(1);
        let error = db.prepared_query_one(Q::user_by_id(7)).await.unwrap_err();
        assert!(matches!(error, Error::Mock { statement: "user_by_id", .. }));
        assert_eq!(
            error.to_string(),
            "statement `user_by_id` (mock): `user_by_id` with (7) was not expected; expected: user_rename"
        );
        let report = report(db).unwrap();
        assert!(report.contains("`user_by_id` with (7) was not expected"), "{report}");
        // The expectation never used is in the same report.
        assert!(
            report.contains(r#"expected `user_rename` with (7, "a@example.com") 1 more time(s), but it was not called"#),
            "{report}"
        );
    });
}

#[test]
fn parameters_that_differ_name_both() {
    runtime().block_on(async {
        let db = Mock::new();
        db.expect(Q::user_rename(7, "a@example.com")).affects(1);
        let error = rename(&db, 7, "b@example.com").await.unwrap_err();
        assert_eq!(
            error.to_string(),
            r#"statement `user_rename` (mock): `user_rename` with (7, "b@example.com") was called, but its parameters differ from what was expected: `user_rename` with (7, "a@example.com")"#
        );
        assert!(report(db).is_some());
    });
}

#[test]
fn variants_sort_orders_counts_and_failures() {
    runtime().block_on(async {
        let db = Mock::new();
        // A sort order is part of what is expected, though it binds no value.
        db.expect(Q::users_list(Some("example.com"), UserOrder::Newest))
            .returns(vec![user(2, "b@example.com"), user(1, "a@example.com")]);
        let error = db
            .prepared_query(Q::users_list(Some("example.com"), UserOrder::Oldest))
            .await
            .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("`users_list{domain,order=Oldest}` with (Some(\"example.com\"))"),
            "{error}"
        );
        let newest = db
            .prepared_query(Q::users_list(Some("example.com"), UserOrder::Newest))
            .await
            .unwrap();
        assert_eq!(newest.len(), 2);

        // Row counts are checked as a server's answer would be.
        db.expect_any::<users::UsersList>()
            .times(2)
            .returns_with(|| vec![user(1, "a"), user(2, "b")]);
        let error = db
            .prepared_query_opt(Q::users_list(None, UserOrder::Oldest))
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::RowCount { actual: 2, .. }),
            "{error}"
        );
        assert_eq!(
            db.prepared_query(Q::users_list(None, UserOrder::Oldest))
                .await
                .unwrap()
                .len(),
            2
        );

        db.expect_any::<users::UserById>()
            .always()
            .fails("connection reset");
        for id in [1, 2, 3] {
            let error = db.prepared_query_opt(Q::user_by_id(id)).await.unwrap_err();
            assert_eq!(
                error.to_string(),
                "statement `user_by_id` (mock): connection reset"
            );
        }
        let copied = db
            .expect_copy(Q::users_copy())
            .prepared_copy_in(
                Q::users_copy(),
                ["a", "b", "c"].map(|e| NewUser { email: e.into() }),
            )
            .await
            .unwrap();
        assert_eq!(copied, 3);
        // Only the sort order that was not expected is reported.
        let report = report(db).unwrap();
        assert_eq!(report.lines().count(), 2, "{report}");
    });
}

#[test]
fn an_expectation_by_query_enum_checks_the_row_type_when_called() {
    runtime().block_on(async {
        let db = Mock::new();
        db.expect_variant(users::PreparedQueryEnum::UserById)
            .returns(vec![user(1, "a")]);
        assert_eq!(
            db.prepared_query_one(Q::user_by_id(99)).await.unwrap(),
            user(1, "a")
        );
        db.expect_variant(users::PreparedQueryEnum::UserById)
            .returns(vec![(1i64, "a")]);
        let error = db.prepared_query_one(Q::user_by_id(1)).await.unwrap_err();
        assert!(
            error.to_string().contains(
                "reads rows of type `mock::User`, but its expectation returns `(i64, &str)`"
            ),
            "{error}"
        );
        assert!(report(db).is_some());
        // `returns` answers once; a second call is a clear error, not a silent empty result.
        let db = Mock::new();
        db.expect_any::<users::UserById>()
            .times(2)
            .returns([user(1, "a")]);
        db.prepared_query_one(Q::user_by_id(1)).await.unwrap();
        let error = db.prepared_query_one(Q::user_by_id(1)).await.unwrap_err();
        assert!(error.to_string().contains("use `returns_with`"), "{error}");
        assert!(report(db).is_some());
    });
}

/// `PreparedQueryEnum::X` names the statement's own entry, also for a statement declared
/// after one with variants (whose entries come first); statements are equal, hashed and
/// printed as which statement they are.
#[test]
fn the_query_enum_finds_each_statement_s_own_entry() {
    use users::{PreparedQueryEnum, REGISTRY};
    assert_eq!(PreparedQueryEnum::ALL.len(), REGISTRY.statements.len());
    for (statement, entry) in PreparedQueryEnum::ALL.iter().zip(REGISTRY.statements) {
        assert!(std::ptr::eq(statement.info(), *entry), "{statement:?}");
        let info: &'static prepared::registry::StatementInfo = (*statement).into();
        assert_eq!(info.struct_name, format!("{statement:?}"));
    }
    assert_eq!(PreparedQueryEnum::UserRename.name(), "user_rename");
    // The path `file!()` gives: the registry's own file, as rustc names it.
    assert_eq!(PreparedQueryEnum::UserRename.file(), file!());
    assert_eq!(PreparedQueryEnum::UsersList.info().variants.len(), 4);
    let rename = PreparedQueryEnum::UserRename;
    assert_eq!(rename, PreparedQueryEnum::ALL[2]);
    assert_ne!(rename, PreparedQueryEnum::UsersList);
    assert_eq!(format!("{:?}", PreparedQueryEnum::UsersList), "UsersList");
    // Equal and hashed as which statement they are: the set keeps one of each.
    let set: HashSet<prepared::PreparedQuery> = PreparedQueryEnum::ALL
        .iter()
        .copied()
        .chain([rename, PreparedQueryEnum::UsersList])
        .collect();
    assert_eq!(set.len(), PreparedQueryEnum::ALL.len());
}

/// Each registry is linked, once, as itself: the harness proves what `Registry::linked`
/// holds, so a registry missing from it would pass untested.
#[test]
fn every_registry_is_linked_once() {
    for (registry, module) in [
        (&users::REGISTRY, "mock::users"),
        (&natural::REGISTRY, "mock::natural"),
    ] {
        assert_eq!(registry.module, module);
        let linked = prepared::Registry::linked();
        let found = linked.iter().filter(|r| std::ptr::eq(*r, registry)).count();
        assert_eq!(found, 1, "{module} among {} linked", linked.len());
    }
}

fn labels() -> HashSet<String> {
    ["red", "green", "blue", "cyan", "magenta", "yellow"]
        .map(String::from)
        .into()
}

/// Parameters compare by value: sets in any order, a JSON object's keys in any order,
/// floats as the same number. Each round builds fresh `HashSet`s, whose iteration order
/// (and so their `Debug` text) varies with their random seeds.
#[test]
fn parameters_match_by_value_every_time() {
    let settings = r#"{"theme": "dark", "limits": {"a": 1, "b": [1.5, 2]}, "beta": true}"#;
    let reordered = r#"{"beta": true, "limits": {"b": [1.5, 2], "a": 1}, "theme": "dark"}"#;
    let mut shown = HashSet::new();
    runtime().block_on(async {
        for _ in 0..100 {
            let db = Mock::new();
            let expected = Q::user_profile(
                7,
                TAGS.into(),
                labels(),
                serde_json::from_str(settings).unwrap(),
                0.1,
                vec![0.25, 1e-3],
            );
            db.expect(expected).affects(1);
            let call = Q::user_profile(
                7,
                TAGS.into_iter().rev().collect(),
                labels(),
                serde_json::from_str(reordered).unwrap(),
                1.0 / 10.0,
                vec![1.0 / 4.0, 0.001],
            );
            assert_eq!(db.prepared_execute(call).await.unwrap(), 1);
            let calls = db.calls();
            shown.insert((calls[0].params[1].clone(), calls[0].params[2].clone()));
            assert_eq!(report(db), None);
        }
    });
    // The round trips meant something only if the sets printed in more than one order.
    assert!(shown.len() > 1, "{shown:?}");
}

/// What differs by value still differs: one element of a set, a JSON value, a float's
/// last bit, a list's order.
#[test]
fn parameters_that_differ_by_value_do_not_match() {
    let settings = || serde_json::json!({"theme": "dark"});
    let mut fewer = labels();
    fewer.remove("red");
    let calls = [
        Q::user_profile(
            7,
            TAGS[1..].iter().copied().collect(),
            labels(),
            settings(),
            0.1,
            vec![0.25],
        ),
        Q::user_profile(7, TAGS.into(), fewer, settings(), 0.1, vec![0.25]),
        Q::user_profile(
            7,
            TAGS.into(),
            labels(),
            serde_json::json!({"theme": "light"}),
            0.1,
            vec![0.25],
        ),
        Q::user_profile(7, TAGS.into(), labels(), settings(), 0.3 - 0.2, vec![0.25]),
        Q::user_profile(7, TAGS.into(), labels(), settings(), 0.1, vec![0.25, 0.5]),
    ];
    runtime().block_on(async {
        for call in calls {
            let db = Mock::new();
            db.expect(Q::user_profile(
                7,
                TAGS.into(),
                labels(),
                settings(),
                0.1,
                vec![0.25],
            ))
            .always()
            .affects(1);
            let error = db.prepared_execute(call).await.unwrap_err();
            assert!(
                error.to_string().contains("its parameters differ"),
                "{error}"
            );
            assert!(report(db).is_some());
        }
    });
}

/// Code that handles a unique violation, under test without a database: the mock answers
/// with the server's SQLSTATE and constraint, read by `code()` and `kind()`.
#[test]
fn a_mock_answers_with_a_server_error() {
    async fn sign_up(db: &impl PreparedExt, email: &str) -> Result<Option<User>, Error> {
        match db.prepared_query_one(Q::user_add(email)).await {
            Ok(user) => Ok(Some(user)),
            Err(e) if e.code() == Some(&SqlState::UNIQUE_VIOLATION) => Ok(None),
            Err(e) => Err(e),
        }
    }
    runtime().block_on(async {
        let db = Mock::new();
        let taken = MockDbError::new(
            SqlState::UNIQUE_VIOLATION,
            r#"duplicate key value violates unique constraint "users_email_key""#,
        )
        .constraint("users_email_key")
        .detail("Key (email)=(a@example.com) already exists.");
        db.expect(Q::user_add("a@example.com")).fails_with(taken.clone());
        assert_eq!(sign_up(&db, "a@example.com").await.unwrap(), None);

        db.expect(Q::user_add("a@example.com")).fails_with(taken);
        let e = db.prepared_query_one(Q::user_add("a@example.com")).await.unwrap_err();
        assert_eq!(
            e.kind(),
            ErrorKind::UniqueViolation {
                constraint: Some("users_email_key")
            }
        );
        assert_eq!(
            e.to_string(),
            "statement `user_add` (mock): ERROR 23505: duplicate key value violates unique constraint \"users_email_key\"\nDETAIL: Key (email)=(a@example.com) already exists."
        );
        assert!(e.as_db_error().is_none());

        db.expect(Q::user_add("b@example.com"))
            .fails_with(MockDbError::new(SqlState::T_R_SERIALIZATION_FAILURE, "could not serialize access"));
        let e = db.prepared_query_one(Q::user_add("b@example.com")).await.unwrap_err();
        assert!(e.is_retryable(), "{e}");
        // A plain failure carries no SQLSTATE.
        db.expect(Q::user_add("c@example.com")).fails("connection reset");
        let e = db.prepared_query_one(Q::user_add("c@example.com")).await.unwrap_err();
        assert_eq!((e.code(), e.kind()), (None, ErrorKind::Other));
        assert_eq!(report(db), None);
    });
}

/// Parameters whose natural type generated code reads from the runtime's `NaturalType`
/// directly (no probe function): each compiles, and each is the type pooler mode sends.
#[prepared::registry(sql_comment = false)]
mod natural {
    use prepared::prepared;

    #[prepared(
        "SELECT @a, @b, @c, @d, @e, @f, @g, @h, @i, @j, @k, @l, @m, @n, @o, @p, @q",
        params(a: bool, b: i8, c: i16, d: i32, e: i64, f: u32, g: f32, h: f64, i: String,
               j: &str, k: Option<i64>, l: Vec<i32>, m: &[i64], n: Vec<u8>, o: &[u8],
               p: Vec<String>, q: Option<&str>),
    )]
    pub struct Everything;
}

#[test]
fn natural_types_come_from_the_runtime() {
    use tokio_postgres::types::Type;
    let naturals: Vec<Option<Type>> = natural::PreparedQueryEnum::Everything
        .info()
        .params
        .iter()
        .map(|p| (p.natural_type)())
        .collect();
    let expected = [
        Type::BOOL,
        Type::CHAR,
        Type::INT2,
        Type::INT4,
        Type::INT8,
        Type::OID,
        Type::FLOAT4,
        Type::FLOAT8,
        Type::TEXT,
        Type::TEXT,
        Type::INT8,
        Type::INT4_ARRAY,
        Type::INT8_ARRAY,
        Type::BYTEA,
        Type::BYTEA,
        Type::TEXT_ARRAY,
        Type::TEXT,
    ];
    assert_eq!(naturals, expected.map(Some));
}
