//! A throwaway PostgreSQL that serves TLS, for the workspace's tests of TLS on every
//! connection path (feature `tls-server`): certificates made at start with rcgen, and TCP
//! open to `hostssl` lines only, so a connection that succeeds over TCP used TLS.

use crate::{Error, TempPostgres};
use prepared_runtime::raw::describe;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The password of the `app` and `postgres` roles (SCRAM-SHA-256 over TLS); see
/// [`TlsServer`] for its use.
pub const PASSWORD: &str = "tls-test-pw-7f3a";

/// Which certificate the server presents ([`TlsServer::serve`] has an example).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerCert {
    /// Issued by `ca.pem` for `localhost` and `127.0.0.1`.
    Valid,
    /// Issued by `ca.pem` for `other.example` only.
    OtherName,
    /// Issued by `ca.pem` for `localhost`, expired in 2021.
    Expired,
    /// None: the server has TLS off.
    NoTls,
}

/// The server, its certificates, and connection strings for it.
///
/// ```no_run
/// # async fn run() -> Result<(), prepared_postgres::Error> {
/// use prepared_postgres::tls_server::{ServerCert, TlsServer};
///
/// let server = TlsServer::start().await?;
/// server.serve(ServerCert::Expired).await?;
/// // A client checking certificates against the test CA must refuse this one.
/// let ca = server.file("ca.pem");
/// let url = server.url("app", &format!("sslmode=verify-full&sslrootcert={}", ca.display()));
/// # let _ = url;
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct TlsServer {
    pg: TempPostgres,
    dir: PathBuf,
}

impl TlsServer {
    /// Starts a server with TCP on `127.0.0.1`, makes a CA (`ca.pem`), server certificates,
    /// a client certificate for the role `certuser` (`client.pem`, `client.key`) and an
    /// unrelated CA (`other-ca.pem`), and serves [`ServerCert::Valid`]. Roles: `app`
    /// (password), `certuser` (`cert` authentication), `postgres` (password over TCP).
    pub async fn start() -> Result<TlsServer, Error> {
        let pg = TempPostgres::start_with_tcp()?;
        let dir = pg.socket_dir().join("tls");
        std::fs::create_dir_all(&dir).map_err(io("creating the certificates' directory"))?;
        make_certificates(&dir)?;
        own(&dir)?;
        std::fs::write(
            pg.data_dir().join("pg_hba.conf"),
            "local all all trust\nhostssl all certuser 127.0.0.1/32 cert\nhostssl all all 127.0.0.1/32 scram-sha-256\n",
        )
        .map_err(io("writing pg_hba.conf"))?;
        let server = TlsServer { pg, dir };
        let ca = server.file("ca.pem");
        server
            .admin(&format!(
                "CREATE ROLE app LOGIN PASSWORD '{PASSWORD}';
                 CREATE ROLE certuser LOGIN;
                 ALTER ROLE postgres PASSWORD '{PASSWORD}';
                 ALTER SYSTEM SET ssl_ca_file = '{}';",
                ca.display()
            ))
            .await?;
        server.serve(ServerCert::Valid).await?;
        Ok(server)
    }

    /// The server underneath (its Unix socket is open to every role without a password).
    pub fn postgres(&self) -> &TempPostgres {
        &self.pg
    }

    /// A file of the certificates' directory: `ca.pem`, `other-ca.pem`, `client.pem`,
    /// `client.key`, `server.pem`, …
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// A URL for `user` on `localhost` over TCP, with `query` appended (`sslmode=…&…`).
    pub fn url(&self, user: &str, query: &str) -> String {
        self.url_for(user, "postgres", query)
    }

    /// [`url`](Self::url) for the database `dbname`.
    pub fn url_for(&self, user: &str, dbname: &str, query: &str) -> String {
        format!(
            "postgres://{user}:{PASSWORD}@localhost:{}/{dbname}?{query}",
            self.pg.port()
        )
    }

    /// The same as a key/value string, with `settings` appended.
    pub fn key_values(&self, user: &str, settings: &str) -> String {
        format!(
            "host=localhost port={} user={user} password={PASSWORD} dbname=postgres {settings}",
            self.pg.port()
        )
    }

    /// Presents `cert` to new connections (or turns TLS off), and waits until the server
    /// has taken the change.
    pub async fn serve(&self, cert: ServerCert) -> Result<(), Error> {
        let (ssl, name) = match cert {
            ServerCert::Valid => ("on", "server"),
            ServerCert::OtherName => ("on", "other"),
            ServerCert::Expired => ("on", "expired"),
            ServerCert::NoTls => ("off", "server"),
        };
        let pem = self.file(&format!("{name}.pem"));
        self.admin(&format!(
            "ALTER SYSTEM SET ssl = {ssl};
             ALTER SYSTEM SET ssl_cert_file = '{}';
             ALTER SYSTEM SET ssl_key_file = '{}';
             SELECT pg_reload_conf();",
            pem.display(),
            self.file(&format!("{name}.key")).display()
        ))
        .await?;
        // A new backend starts from the postmaster's settings: once one sees the new file,
        // the postmaster has reloaded.
        for _ in 0..100 {
            let client = self.admin_client().await?;
            let row = client
                .query_one(
                    "SELECT current_setting('ssl') || current_setting('ssl_cert_file')",
                    &[],
                )
                .await
                .map_err(|e| Error::TlsSetup(format!("reading ssl settings: {}", describe(&e))))?;
            if row.get::<_, String>(0) == format!("{ssl}{}", pem.display()) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Err(Error::TlsSetup(
            "the server did not take the new certificate within 2 s".into(),
        ))
    }

    /// Runs each `;`-separated statement on its own: `ALTER SYSTEM` refuses the implicit
    /// transaction of a batch.
    async fn admin(&self, sql: &str) -> Result<(), Error> {
        let client = self.admin_client().await?;
        for statement in sql.split(';').filter(|s| !s.trim().is_empty()) {
            client.batch_execute(statement).await.map_err(|e| {
                Error::TlsSetup(format!("configuring the server: {}", describe(&e)))
            })?;
        }
        Ok(())
    }

    async fn admin_client(&self) -> Result<tokio_postgres::Client, Error> {
        let (client, _) = self.pg.connect().await?;
        Ok(client)
    }
}

fn io(what: &str) -> impl FnOnce(std::io::Error) -> Error {
    let what = what.to_owned();
    move |cause| Error::Io { what, cause }
}

fn rcgen(e: rcgen::Error) -> Error {
    Error::TlsSetup(format!("making a certificate: {e}"))
}

/// Writes every certificate and key into `dir`.
fn make_certificates(dir: &Path) -> Result<(), Error> {
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).map_err(io(&format!("writing {name}")))
    };
    let ca = authority("prepared test CA")?;
    write("ca.pem", ca.1)?;
    write("other-ca.pem", authority("another CA")?.1)?;
    let issue = |name: &str, sans: &[&str], expired: bool, cn: Option<&str>| {
        let key = KeyPair::generate().map_err(rcgen)?;
        let mut params =
            CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                .map_err(rcgen)?;
        if let Some(cn) = cn {
            params.distinguished_name.push(DnType::CommonName, cn);
        }
        if expired {
            params.not_before = rcgen::date_time_ymd(2020, 1, 1);
            params.not_after = rcgen::date_time_ymd(2021, 1, 1);
        }
        let cert = params.signed_by(&key, &ca.0).map_err(rcgen)?;
        write(&format!("{name}.pem"), cert.pem())?;
        write(&format!("{name}.key"), key.serialize_pem())
    };
    issue("server", &["localhost", "127.0.0.1"], false, None)?;
    issue("other", &["other.example"], false, None)?;
    issue("expired", &["localhost", "127.0.0.1"], true, None)?;
    issue("client", &[], false, Some("certuser"))
}

/// A self-signed CA: its issuer (to sign with) and its certificate's PEM.
fn authority(name: &str) -> Result<(Issuer<'static, KeyPair>, String), Error> {
    let key = KeyPair::generate().map_err(rcgen)?;
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(rcgen)?;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    let pem = params.self_signed(&key).map_err(rcgen)?.pem();
    Ok((Issuer::new(params, key), pem))
}

/// The server's keys must be its user's, and private (PostgreSQL checks).
fn own(dir: &Path) -> Result<(), Error> {
    use std::os::unix::fs::PermissionsExt;
    let user = crate::server_user()?;
    for entry in std::fs::read_dir(dir).map_err(io("listing the certificates"))? {
        let path = entry.map_err(io("listing the certificates"))?.path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .map_err(io("setting a key's mode"))?;
        if let Some((uid, gid)) = user {
            std::os::unix::fs::chown(&path, Some(uid), Some(gid))
                .map_err(io("giving a key to the server's user"))?;
        }
    }
    Ok(())
}
