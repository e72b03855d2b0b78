//! The quick start's call, run against a throwaway PostgreSQL holding the crate's
//! migrations (as the harness builds it).

#[tokio::test]
async fn the_quick_start_adds_a_user_and_finds_it_by_email() {
    let manifest_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let pg = prepared_test_harness::with_schema(manifest_dir)
        .await
        .unwrap();
    let url = pg.connection_string();
    let found = my_app::add_and_find(&url, "ada@example.com").await.unwrap();
    let user = found.expect("the user just added is found");
    assert_eq!((user.email.as_str(), user.name), ("ada@example.com", None));
    assert!(user.id > 0);
    // The email is unique: a second add fails with the server's cause, naming the statement.
    let again = my_app::add_and_find(&url, "ada@example.com")
        .await
        .unwrap_err();
    assert_eq!(again.code(), Some(&prepared::SqlState::UNIQUE_VIOLATION));
    assert!(again.to_string().contains("user_add"), "{again}");
}
