//! Opening the harness's connections: bounded in time, and an error that names the server
//! (never its password) and the cause on one line.

use crate::Error;
use prepared_runtime::shared::redact_password;
use std::time::Duration;
use tokio::task::JoinHandle;

/// A server that does not answer within this is reported, not waited for.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A connected client and the task driving its connection.
pub type Connected = (tokio_postgres::Client, JoinHandle<()>);

/// Connects to `connection_string`; `source` says where it came from (`DATABASE_URL`, …)
/// for the error message.
pub async fn connect(connection_string: &str, source: &str) -> Result<Connected, Error> {
    let target = if source.is_empty() {
        redact_password(connection_string)
    } else {
        format!("{source} ({})", redact_password(connection_string))
    };
    let attempt = async {
        let mut config: tokio_postgres::Config = connection_string.parse()?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        config.connect(tokio_postgres::NoTls).await
    };
    let (client, connection) = match tokio::time::timeout(CONNECT_TIMEOUT, attempt).await {
        Ok(Ok(connected)) => connected,
        Ok(Err(source)) => {
            return Err(Error::Connect {
                target,
                cause: source,
            });
        }
        Err(_) => {
            return Err(Error::ConnectTimeout {
                target,
                timeout: CONNECT_TIMEOUT,
            });
        }
    };
    let driver = tokio::spawn(async move {
        // A connection that dies mid-check fails the statements on it, each with its error.
        let _ = connection.await;
    });
    Ok((client, driver))
}
