//! The mock executor: code written against `PreparedExt` runs in a unit test with no
//! database, answered from typed expectations, and every unexpected call fails clearly.
//! Nothing here starts a PostgreSQL.

use prepared::{CopyExt, Error, FromRow, Mock, PreparedExt, ToRow};

#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
}

#[derive(Debug, ToRow)]
pub struct NewUser {
    pub email: String,
}

#[prepared::registry]
pub mod users {
    use super::{NewUser, User};
    use prepared::prepared;

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
}

use users::{PreparedStatement as Q, UserOrder};

/// Code under test, written the way a service is: against any executor.
async fn rename(db: &impl PreparedExt, id: i64, email: &str) -> Result<User, Error> {
    if db.prepared_execute(Q::user_rename(id, email)).await? != 1 {
        return Err(Error::RowCount {
            statement: "user_rename",
            expected: "exactly one",
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

/// `PreparedQueryEnum` indexes the registry's entries by discriminant: a statement declared
/// after one with variants (whose entries come first) still finds its own entry.
#[test]
fn the_query_enum_finds_each_statement_s_own_entry() {
    use users::{PreparedQueryEnum, REGISTRY};
    assert_eq!(PreparedQueryEnum::ALL.len(), REGISTRY.statements.len());
    for (statement, entry) in PreparedQueryEnum::ALL.iter().zip(REGISTRY.statements) {
        assert!(std::ptr::eq(statement.info(), *entry), "{statement:?}");
        let info: &'static prepared::StatementInfo = (*statement).into();
        assert_eq!(info.struct_name, format!("{statement:?}"));
    }
    assert_eq!(PreparedQueryEnum::UserRename.name(), "user_rename");
    assert_eq!(PreparedQueryEnum::UsersList.info().variants.len(), 4);
    assert_ne!(
        PreparedQueryEnum::UserRename as usize,
        PreparedQueryEnum::ALL
            .iter()
            .position(|s| *s == PreparedQueryEnum::UserRename)
            .unwrap(),
        "variants' entries come before the statement declared after them"
    );
}
