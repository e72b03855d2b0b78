//! Opening the harness's connections: bounded in time, and an error that names the server
//! (never its password) and the cause on one line.

use crate::Error;
use prepared_runtime::raw::redact_password;
use std::time::Duration;
use tokio::task::JoinHandle;

/// A server that does not answer within this is reported, not waited for.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A connected client and the task driving its connection.
pub type Connected = (tokio_postgres::Client, JoinHandle<()>);

/// Connects to `connection_string` with TLS as it asks (libpq's `sslmode`, `sslrootcert`,
/// `sslcert`, `sslkey`, `channel_binding`), as the runtime does; `source` says where it
/// came from (`DATABASE_URL`, …) for the error message.
///
/// ```no_run
/// # async fn run() -> Result<(), prepared_test_harness::Error> {
/// let url = std::env::var("DATABASE_URL").unwrap_or_default();
/// // An error names `DATABASE_URL (postgres://app:***@…)`, never the password.
/// let (client, _driver) = prepared_test_harness::connect(&url, "DATABASE_URL").await?;
/// client.batch_execute("SELECT 1").await.ok();
/// # Ok(())
/// # }
/// ```
pub async fn connect(connection_string: &str, source: &str) -> Result<Connected, Error> {
    let named = |shown: String| match source.is_empty() {
        true => shown,
        false => format!("{source} ({shown})"),
    };
    // The runtime bounds each host by `connect_timeout`; this bounds the whole, however
    // long a `connect_timeout` the string sets.
    let attempt = prepared_runtime::raw::connect(connection_string);
    match tokio::time::timeout(CONNECT_TIMEOUT, attempt).await {
        Ok(Ok(connected)) => Ok(connected),
        Ok(Err(prepared_runtime::Error::Connect { target, cause })) => Err(Error::Connect {
            target: named(target),
            cause,
        }),
        Ok(Err(prepared_runtime::Error::ConnectTimeout { target, .. })) => {
            Err(Error::ConnectTimeout {
                target: named(target),
                timeout: CONNECT_TIMEOUT,
            })
        }
        Ok(Err(prepared_runtime::Error::ConnectionString { target, reason })) => {
            Err(Error::ConnectionString {
                target: named(target),
                reason,
            })
        }
        Ok(Err(other)) => Err(Error::ConnectionString {
            target: named(redact_password(connection_string)),
            reason: other.to_string(),
        }),
        Err(_) => Err(Error::ConnectTimeout {
            target: named(redact_password(connection_string)),
            timeout: CONNECT_TIMEOUT,
        }),
    }
}
