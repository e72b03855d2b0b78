//! The harness proves the shop's whole registry through a `DATABASE_URL` that asks for
//! verified TLS, on a server whose TCP port accepts `hostssl` connections only.

mod support;

use prepared_postgres::tls_server::TlsServer;
use prepared_test_harness::schema;
use std::path::Path;
use support::{MANIFEST_DIR, SEED, Target, run_harness};

#[tokio::test(flavor = "multi_thread")]
async fn the_harness_proves_the_shop_over_verified_tls() {
    let server = TlsServer::start().await.unwrap();
    let pg = server.postgres();
    let admin = prepared::Client::connect(&pg.connection_string())
        .await
        .unwrap();
    admin.batch_execute("CREATE DATABASE shop").await.unwrap();
    let shop = prepared::Client::connect(&pg.connection_string_for("shop"))
        .await
        .unwrap();
    schema::apply(&shop, &schema::files(Path::new(MANIFEST_DIR)).unwrap())
        .await
        .unwrap();
    shop.batch_execute(SEED).await.unwrap();
    let trusting = |ca: &str| {
        server.url_for(
            "postgres",
            "shop",
            &format!(
                "sslmode=verify-full&sslrootcert={}",
                server.file(ca).display()
            ),
        )
    };
    let run = run_harness(Target::Url(&trusting("ca.pem")), &[]);
    assert!(run.success, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.summary().contains("against DATABASE_URL"),
        "{}",
        run.summary()
    );
    assert!(run.failed().is_empty(), "{:?}", run.failed());
    assert!(run.results.len() > 30, "{:?}", run.results);

    // The same harness refuses a certificate it cannot verify, in one line.
    let run = run_harness(Target::Url(&trusting("other-ca.pem")), &[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("invalid peer certificate: UnknownIssuer"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains(prepared_postgres::tls_server::PASSWORD));
}
