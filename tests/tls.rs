//! TLS on every connection path, against a real PostgreSQL 15 serving TLS with
//! certificates made at test time. TCP is open to `hostssl` lines only, and each success
//! reads `pg_stat_ssl`, so a passing test proves the connection was encrypted.

use prepared::{Client, Error, Mode, Multiplexed};
use prepared_postgres::tls_server::{PASSWORD, ServerCert, TlsServer};
use tokio::sync::{Mutex, MutexGuard, OnceCell};

/// One server for the file; tests that change its certificate hold the lock.
async fn server() -> MutexGuard<'static, TlsServer> {
    static SERVER: OnceCell<Mutex<TlsServer>> = OnceCell::const_new();
    let server = SERVER
        .get_or_init(|| async { Mutex::new(TlsServer::start().await.unwrap()) })
        .await
        .lock()
        .await;
    server.serve(ServerCert::Valid).await.unwrap();
    server
}

/// Whether the connection is encrypted, and the client certificate's subject if any.
async fn ssl_of(client: &tokio_postgres::Client) -> (bool, Option<String>) {
    let row = client
        .query_one(
            "SELECT ssl, client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap();
    (row.get(0), row.get(1))
}

fn verify_full(server: &TlsServer) -> String {
    format!(
        "sslmode=verify-full&sslrootcert={}",
        server.file("ca.pem").display()
    )
}

/// The one-line message of a connection that fails, and that it holds no password.
async fn refused(config: &str) -> String {
    let error = Client::connect(config).await.unwrap_err();
    let text = error.to_string();
    assert!(!text.contains(PASSWORD), "{text}");
    assert!(!format!("{error:?}").contains(PASSWORD), "{error:?}");
    assert_eq!(text.lines().count(), 1, "{text}");
    text
}

#[tokio::test]
async fn verify_full_in_url_and_key_value_form_with_scram_and_channel_binding() {
    let server = server().await;
    let url = format!(
        "{}&channel_binding=require",
        server.url("app", &verify_full(&server))
    );
    let client = Client::connect(&url).await.unwrap();
    assert_eq!(ssl_of(&client).await, (true, None));
    let version: String = client
        .query_one(
            "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(version, "TLSv1.3");
    let kv = server.key_values(
        "app",
        &format!(
            "sslmode=verify-full sslrootcert='{}' channel_binding=require",
            server.file("ca.pem").display()
        ),
    );
    let client = Client::connect(&kv).await.unwrap();
    assert_eq!(ssl_of(&client).await, (true, None));
    // An IP address is checked against the certificate's IP names.
    let by_ip = server
        .key_values(
            "app",
            &format!(
                "sslmode=verify-full sslrootcert={}",
                server.file("ca.pem").display()
            ),
        )
        .replace("host=localhost", "host=127.0.0.1");
    let client = Client::connect(&by_ip).await.unwrap();
    assert_eq!(ssl_of(&client).await, (true, None));
    // The default `prefer` and `require` encrypt without checking the certificate.
    for mode in ["", "sslmode=require"] {
        let client = Client::connect(&server.url("app", mode)).await.unwrap();
        assert_eq!(ssl_of(&client).await, (true, None), "{mode}");
    }
}

#[tokio::test]
async fn a_client_certificate_logs_in_with_cert_authentication() {
    let server = server().await;
    let url = server.url(
        "certuser",
        &format!(
            "{}&sslcert={}&sslkey={}",
            verify_full(&server),
            server.file("client.pem").display(),
            server.file("client.key").display()
        ),
    );
    let client = Client::connect(&url).await.unwrap();
    assert_eq!(
        ssl_of(&client).await,
        (true, Some("/CN=certuser".to_owned()))
    );
    // Without the certificate the server refuses the role.
    let text = refused(&server.url("certuser", &verify_full(&server))).await;
    assert!(
        text.ends_with(": FATAL 28000: connection requires a valid client certificate"),
        "{text}"
    );
}

#[tokio::test]
async fn a_certificate_of_an_unknown_ca_is_refused() {
    let server = server().await;
    let url = server.url(
        "app",
        &format!(
            "sslmode=verify-ca&sslrootcert={}",
            server.file("other-ca.pem").display()
        ),
    );
    assert_eq!(
        refused(&url).await,
        format!(
            "cannot connect to postgres://app:***@localhost:{}/postgres?sslmode=verify-ca&sslrootcert={}: error performing TLS handshake: invalid peer certificate: UnknownIssuer",
            server.postgres().port(),
            server.file("other-ca.pem").display()
        )
    );
}

#[tokio::test]
async fn a_certificate_for_another_name_fails_verify_full_and_passes_verify_ca() {
    let server = server().await;
    server.serve(ServerCert::OtherName).await.unwrap();
    let text = refused(&server.url("app", &verify_full(&server))).await;
    // Which name was expected, and which the certificate holds.
    assert!(
        text.ends_with(r#": error performing TLS handshake: invalid peer certificate: certificate not valid for name "localhost"; certificate is only valid for DnsName("other.example")"#),
        "{text}"
    );
    let url = server.url(
        "app",
        &format!(
            "sslmode=verify-ca&sslrootcert={}",
            server.file("ca.pem").display()
        ),
    );
    let client = Client::connect(&url).await.unwrap();
    assert_eq!(ssl_of(&client).await, (true, None));
}

#[tokio::test]
async fn an_expired_certificate_is_refused() {
    let server = server().await;
    server.serve(ServerCert::Expired).await.unwrap();
    let text = refused(&server.url("app", &verify_full(&server))).await;
    assert!(
        text.contains(": error performing TLS handshake: invalid peer certificate: certificate expired: verification time "),
        "{text}"
    );
    // 2021-01-01, the certificate's end.
    assert!(
        text.contains("but certificate is not valid after 1609459200"),
        "{text}"
    );
}

#[tokio::test]
async fn require_against_a_server_without_tls_is_refused() {
    let server = server().await;
    server.serve(ServerCert::NoTls).await.unwrap();
    let text = refused(&server.url("app", "sslmode=require")).await;
    assert!(
        text.ends_with(
            "sslmode=require: error performing TLS handshake: server does not support TLS"
        ),
        "{text}"
    );
}

#[tokio::test]
async fn channel_binding_required_where_the_server_cannot_bind() {
    let server = server().await;
    // Certificate authentication has no SASL exchange to bind.
    let url = server.url(
        "certuser",
        &format!(
            "{}&sslcert={}&sslkey={}&channel_binding=require",
            verify_full(&server),
            server.file("client.pem").display(),
            server.file("client.key").display()
        ),
    );
    let text = refused(&url).await;
    assert!(
        text.ends_with(
            "channel_binding=require: authentication error: server did not use channel binding"
        ),
        "{text}"
    );
}

#[tokio::test]
async fn unusable_settings_and_files_are_named() {
    let server = server().await;
    let text =
        refused(&server.url("app", "sslmode=verify-full&sslrootcert=/nonexistent/ca.pem")).await;
    assert!(
        text.ends_with(
            "cannot read sslrootcert `/nonexistent/ca.pem`: No such file or directory (os error 2)"
        ),
        "{text}"
    );
    let garbage = server.file("garbage.key");
    std::fs::write(&garbage, "not a key").unwrap();
    let text = refused(&server.url(
        "certuser",
        &format!(
            "sslmode=require&sslcert={}&sslkey={}",
            server.file("client.pem").display(),
            garbage.display()
        ),
    ))
    .await;
    assert!(
        text.ends_with(&format!(
            "cannot read sslkey `{}`: no PEM private key in it",
            garbage.display()
        )),
        "{text}"
    );
    assert_eq!(
        refused(&server.key_values("app", "sslmode=strict")).await,
        format!(
            "connection string host=localhost port={} user=app password=*** dbname=postgres sslmode=strict: invalid sslmode `strict`: expected disable, allow, prefer, require, verify-ca or verify-full",
            server.postgres().port()
        )
    );
}

#[tokio::test]
async fn pools_and_multiplexed_connect_over_tls() {
    let server = server().await;
    let url = server.url("app", &verify_full(&server));
    let pool = prepared::pool::Manager::builder(&url, Mode::Prepared)
        .unwrap()
        .max_size(2)
        .build()
        .unwrap();
    let conn = pool.get().await.unwrap();
    assert_eq!(ssl_of(&conn).await, (true, None));
    let shared = Multiplexed::builder(&url)
        .connections(2)
        .connect()
        .await
        .unwrap();
    assert_eq!(ssl_of(&shared.get().await.unwrap()).await, (true, None));
}

/// No type that holds connection settings shows the password, in either form.
#[tokio::test]
async fn no_password_in_debug_or_display() {
    let server = server().await;
    for config in [
        server.url("app", &verify_full(&server)),
        server.key_values("app", "sslmode=require"),
    ] {
        let client = Client::connect(&config).await.unwrap();
        let builder = Multiplexed::builder(&config).connections(1);
        let shown_builder = format!("{builder:?}");
        let shared = builder.connect().await.unwrap();
        let manager = prepared::pool::Manager::parse(&config, Mode::Prepared).unwrap();
        let pool = prepared::pool::Pool::builder(
            prepared::pool::Manager::parse(&config, Mode::Prepared).unwrap(),
        )
        .build()
        .unwrap();
        let failed: Error = Client::connect(&config.replace("app", "nobody"))
            .await
            .unwrap_err();
        for shown in [
            format!("{client:?}"),
            shown_builder,
            format!("{shared:?}"),
            format!("{manager:?}"),
            format!("{pool:?}"),
            format!("{failed:?}"),
            format!("{failed}"),
        ] {
            assert!(!shown.contains(PASSWORD), "{shown}");
        }
    }
}

/// `sslrootcert=system` trusts the platform's CAs, which did not issue the test server's.
#[tokio::test]
async fn system_roots_do_not_trust_a_private_ca() {
    let server = server().await;
    let text = refused(&server.url("app", "sslmode=verify-full&sslrootcert=system")).await;
    assert!(
        text.ends_with("error performing TLS handshake: invalid peer certificate: UnknownIssuer"),
        "{text}"
    );
}

/// A connector of the user's: a rustls configuration that trusts the test CA, on every
/// constructor that takes one; the string's `sslmode` says it is used.
#[tokio::test]
async fn a_connector_of_your_own() {
    let server = server().await;
    use rustls::pki_types::pem::PemObject;
    let pem = std::fs::read(server.file("ca.pem")).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls::pki_types::CertificateDer::pem_slice_iter(&pem) {
        roots.add(cert.unwrap()).unwrap();
    }
    #[allow(deprecated)] // ring's provider, as the runtime's own
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let tls = tokio_postgres_rustls::MakeRustlsConnect::new(config);
    let url = server.url("app", "sslmode=require");
    let client = Client::connect_with_tls(&url, Mode::Prepared, tls.clone())
        .await
        .unwrap();
    assert_eq!(ssl_of(&client).await, (true, None));
    let pool = prepared::pool::Pool::builder(
        prepared::pool::Manager::parse_with_tls(&url, Mode::Prepared, tls.clone()).unwrap(),
    )
    .build()
    .unwrap();
    assert_eq!(ssl_of(&pool.get().await.unwrap()).await, (true, None));
    let shared = Multiplexed::builder(&url)
        .tls(tls.clone())
        .connections(1)
        .connect()
        .await
        .unwrap();
    assert_eq!(ssl_of(&shared.get().await.unwrap()).await, (true, None));
    // The connector verifies names: this server's certificate is for another one.
    server.serve(ServerCert::OtherName).await.unwrap();
    let error = Client::connect_with_tls(&url, Mode::Prepared, tls)
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("certificate not valid for name \"localhost\""),
        "{error}"
    );
}

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT pg_sleep(@seconds)::text AS slept", params(seconds: f64))]
    pub struct Sleep;
}

/// A call over its limit is cancelled through a connection made with the same TLS.
#[tokio::test]
async fn a_timeout_cancels_over_tls() {
    use prepared::PreparedExt;
    use queries::PreparedStatement as Q;
    let server = server().await;
    let client = Client::connect(&server.url("app", &verify_full(&server)))
        .await
        .unwrap();
    let start = std::time::Instant::now();
    let e = client
        .prepared_query(Q::sleep(3.0).timeout(std::time::Duration::from_millis(200)))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), prepared::ErrorKind::Timeout, "{e}");
    assert!(start.elapsed() < std::time::Duration::from_secs(1));
    client.prepared_query(Q::sleep(0.0)).await.unwrap();
}
