//! Opening connections as libpq would from a connection string: tokio-postgres's settings,
//! and the TLS settings its parser does not take, made into rustls's configuration
//! (feature `rustls`) or handed to a connector the user brings.

mod conninfo;
#[cfg(feature = "rustls")]
mod tls;

use crate::error::Error;
use crate::redact::redact_password;
use conninfo::{SslMode, TlsSettings};
use futures_util::future::BoxFuture;
use std::sync::Arc;
use tokio::task::JoinHandle;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};
use tokio_postgres::{CancelToken, Socket};

/// How long opening a connection may take when the string sets no `connect_timeout`:
/// libpq waits as long as the operating system does (minutes for a host that is down).
pub const DEFAULT_CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// A connection string read once: what tokio-postgres takes, how to make the TLS, and
/// the string without its password for messages.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// Settings tokio-postgres reads; its `Debug` hides the password.
    pub config: tokio_postgres::Config,
    connector: Arc<dyn Connect>,
    /// The connection string as the user wrote it, without its password.
    pub shown: String,
}

impl Target {
    /// Reads `config` (a URL or key/value string) with its TLS settings, made into a
    /// rustls connector with feature `rustls`.
    pub fn parse(config: &str) -> Result<Target, Error> {
        let shown = redact_password(config);
        let fail = |reason: String| Error::ConnectionString {
            target: shown.clone(),
            reason,
        };
        let (rest, settings) = conninfo::split(config).map_err(fail)?;
        let connector = default_connector(&settings).map_err(fail)?;
        Target::with(rest, settings, connector, shown)
    }

    /// Reads `config`, whose TLS the user's `tls` makes: `sslmode` decides whether it is
    /// used (`verify-ca` and `verify-full` ask for it; what it verifies is `tls`'s to say),
    /// and `sslrootcert`, `sslcert` and `sslkey` are `tls`'s business, not read here.
    pub fn parse_with<T>(config: &str, tls: T) -> Result<Target, Error>
    where
        T: MakeTlsConnect<Socket> + Clone + Send + Sync + 'static,
        T::Stream: Send + 'static,
        T::TlsConnect: Send,
        <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
    {
        let shown = redact_password(config);
        let (rest, settings) =
            conninfo::split(config).map_err(|reason| Error::ConnectionString {
                target: shown.clone(),
                reason,
            })?;
        Target::with(rest, settings, Arc::new(Tls(tls)), shown)
    }

    #[cfg(feature = "deadpool")]
    /// A target for settings already read (a pool built from a `Config`): TLS as its
    /// `ssl_mode` asks, the certificate not verified.
    pub fn from_config(config: tokio_postgres::Config, shown: String) -> Result<Target, Error> {
        let mode = match config.get_ssl_mode() {
            tokio_postgres::config::SslMode::Disable => SslMode::Disable,
            tokio_postgres::config::SslMode::Require => SslMode::Require,
            _ => SslMode::Prefer,
        };
        let settings = TlsSettings {
            mode,
            ..TlsSettings::default()
        };
        let connector = default_connector(&settings).map_err(|reason| Error::ConnectionString {
            target: shown.clone(),
            reason,
        })?;
        Ok(Target {
            config,
            connector,
            shown,
        })
    }

    fn with(
        rest: String,
        settings: TlsSettings,
        connector: Arc<dyn Connect>,
        shown: String,
    ) -> Result<Target, Error> {
        let mut config: tokio_postgres::Config = rest.parse().map_err(|cause| Error::Connect {
            target: shown.clone(),
            cause,
        })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(DEFAULT_CONNECT_TIMEOUT);
        }
        config.ssl_mode(match settings.mode {
            SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            SslMode::Allow | SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
            _ => tokio_postgres::config::SslMode::Require,
        });
        Ok(Target {
            config,
            connector,
            shown,
        })
    }

    /// What cancel requests for this target's connections travel with.
    pub fn connector(&self) -> Arc<dyn Connect> {
        self.connector.clone()
    }

    /// Opens a connection and drives it on the current runtime, in the task returned. The
    /// whole of it, TLS and authentication included, is bounded by `connect_timeout` for
    /// each host the string names (tokio-postgres bounds only the socket's connect).
    pub async fn connect(&self) -> Result<(tokio_postgres::Client, JoinHandle<()>), Error> {
        let hosts = self.config.get_hosts().len().max(1) as u32;
        let bound = self
            .config
            .get_connect_timeout()
            .copied()
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT)
            * hosts;
        match tokio::time::timeout(bound, self.connector.connect(&self.config)).await {
            Ok(connected) => connected.map_err(|cause| Error::Connect {
                target: self.shown.clone(),
                cause,
            }),
            Err(_) => Err(Error::ConnectTimeout {
                target: self.shown.clone(),
                after: bound,
            }),
        }
    }
}

/// The connector `settings` ask for: none for `sslmode=disable`, rustls otherwise (a
/// string that requires TLS without feature `rustls` is an error naming it).
fn default_connector(settings: &TlsSettings) -> Result<Arc<dyn Connect>, String> {
    if settings.mode == SslMode::Disable {
        return Ok(Arc::new(Tls(tokio_postgres::NoTls)));
    }
    #[cfg(feature = "rustls")]
    {
        Ok(Arc::new(Tls(tls::connector(settings)?)))
    }
    #[cfg(not(feature = "rustls"))]
    {
        if settings.mode.requires_tls() {
            return Err(format!(
                "sslmode={} needs TLS, and prepared was built without its `rustls` feature: turn the feature on, or pass a connector (`Client::connect_with_tls`)",
                settings.mode
            ));
        }
        // As libpq built without TLS: `prefer` connects in the clear.
        Ok(Arc::new(Tls(tokio_postgres::NoTls)))
    }
}

/// The connector without TLS, for cancel requests on connections made without a
/// connection string (a tokio-postgres client the user connected).
pub fn no_tls() -> &'static Arc<dyn Connect> {
    static NO_TLS: std::sync::OnceLock<Arc<dyn Connect>> = std::sync::OnceLock::new();
    NO_TLS.get_or_init(|| Arc::new(Tls(tokio_postgres::NoTls)))
}

/// Opens a tokio-postgres connection, and the connections that cancel requests travel
/// on: object-safe, so that a connection string's connector (rustls, none, or the user's)
/// is chosen when the string is read.
pub trait Connect: Send + Sync + std::fmt::Debug {
    fn connect<'a>(
        &'a self,
        config: &'a tokio_postgres::Config,
    ) -> BoxFuture<'a, Result<(tokio_postgres::Client, JoinHandle<()>), tokio_postgres::Error>>;

    /// Asks the server to cancel what `token`'s connection runs, over a connection of its
    /// own made with the same TLS.
    fn cancel(&self, token: CancelToken) -> BoxFuture<'static, Result<(), tokio_postgres::Error>>;
}

/// A `MakeTlsConnect`: tokio-postgres's `NoTls`, rustls's, or the user's.
struct Tls<T>(T);

impl<T> std::fmt::Debug for Tls<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(std::any::type_name::<T>())
    }
}

impl<T> Connect for Tls<T>
where
    T: MakeTlsConnect<Socket> + Clone + Send + Sync + 'static,
    T::Stream: Send + 'static,
    T::TlsConnect: Send,
    <T::TlsConnect as TlsConnect<Socket>>::Future: Send,
{
    fn connect<'a>(
        &'a self,
        config: &'a tokio_postgres::Config,
    ) -> BoxFuture<'a, Result<(tokio_postgres::Client, JoinHandle<()>), tokio_postgres::Error>>
    {
        Box::pin(async move {
            let (client, connection) = config.connect(self.0.clone()).await?;
            Ok((client, spawn_connection(connection)))
        })
    }

    fn cancel(&self, token: CancelToken) -> BoxFuture<'static, Result<(), tokio_postgres::Error>> {
        let tls = self.0.clone();
        Box::pin(async move { token.cancel_query(tls).await })
    }
}

/// Drives a connection on the current runtime; a connection that ends with an error says
/// what the server said, not just "db error".
pub(crate) fn spawn_connection<S, T>(
    connection: tokio_postgres::Connection<S, T>,
) -> tokio::task::JoinHandle<()>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::error!(error = %crate::error::describe(&e), "postgres connection closed with an error");
        }
    })
}

#[cfg(test)]
mod defaults {
    use super::{DEFAULT_CONNECT_TIMEOUT, Target};

    /// A string without `connect_timeout` gets the default, one with it keeps its own.
    #[test]
    fn connect_timeout() {
        let target = Target::parse("host=db.example.com sslmode=disable").unwrap();
        assert_eq!(
            target.config.get_connect_timeout(),
            Some(&DEFAULT_CONNECT_TIMEOUT)
        );
        let target = Target::parse("postgres://db.example.com/app?connect_timeout=30").unwrap();
        assert_eq!(
            target.config.get_connect_timeout(),
            Some(&std::time::Duration::from_secs(30))
        );
    }
}

#[cfg(all(test, not(feature = "rustls")))]
mod tests {
    use super::Target;

    /// Built without `rustls`, a string that requires TLS says which feature it needs;
    /// `prefer` connects in the clear, as libpq built without TLS does.
    #[test]
    fn tls_without_the_feature_names_it() {
        for mode in ["require", "verify-ca", "verify-full"] {
            let error = Target::parse(&format!("host=db.example.com password=pw sslmode={mode}"))
                .unwrap_err();
            assert_eq!(
                error.to_string(),
                format!(
                    "connection string host=db.example.com password=*** sslmode={mode}: sslmode={mode} needs TLS, and prepared was built without its `rustls` feature: turn the feature on, or pass a connector (`Client::connect_with_tls`)"
                )
            );
        }
        assert!(Target::parse("host=db.example.com sslmode=prefer").is_ok());
        assert!(Target::parse("postgres://db.example.com/app").is_ok());
    }
}
