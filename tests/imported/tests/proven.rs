//! Every imported statement, proven by the harness against the schema of the example it
//! came from, each example in a database of its own.

use prepared_test_harness::{TempPostgres, check_with, schema};
use std::path::Path;

#[tokio::test]
async fn every_imported_statement_passes_the_harness() {
    let pg = TempPostgres::start().unwrap();
    let (admin, driver) = tokio_postgres::connect(&pg.connection_string(), tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(driver);
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for (name, registry, schema_path) in prepared_imported::EXAMPLES {
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let url = pg.connection_string_for(name);
        let (client, driver) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(driver);
        let files = schema::files_with(manifest, Some(Path::new(schema_path))).unwrap();
        schema::apply(&client, &files).await.unwrap();
        let statements: Vec<_> = registry
            .statements
            .iter()
            .flat_map(|s| s.runnable())
            .collect();
        assert!(!statements.is_empty(), "{name}");
        for outcome in check_with(&url, &statements).await.unwrap() {
            assert!(outcome.passed(), "{name}: {}", outcome.message());
            checked += 1;
        }
    }
    // Every query of the examples' files: sqlc's 4 + 10 + 10 + 3 + 10, cornucopia's 7.
    assert_eq!(checked, 44);
}
