//! Running a registered statement on a connection: the cache, self-healing after
//! migrations, and pooler mode.

use crate::cache::StatementCache;
use crate::error::{Error, failed};
use crate::parts::{Block, Mode, Parts};
use crate::registry::StatementInfo;
use futures_util::TryStreamExt;
use futures_util::future::BoxFuture;
use postgres_types::ToSql;
use std::borrow::Cow;
use std::future::Future;
use std::time::Duration;
use tokio_postgres::error::SqlState;
use tokio_postgres::{GenericClient, Row, RowStream};
use tracing::Instrument;

/// The values a statement or variant binds, in `$n` order: a variant takes a subset.
pub(crate) fn pick<'a>(
    info: &'static StatementInfo,
    all: &'a [&'a (dyn ToSql + Sync)],
) -> Cow<'a, [&'a (dyn ToSql + Sync)]> {
    match info.bind {
        None => Cow::Borrowed(all),
        Some(bind) => Cow::Owned(bind.iter().map(|&i| all[i as usize]).collect()),
    }
}

/// The values' count against what the statement takes, before anything is sent: a
/// mismatch would otherwise reach the user as tokio-postgres's text.
fn check_count(info: &'static StatementInfo, expected: usize, actual: usize) -> Result<(), Error> {
    if expected == actual {
        return Ok(());
    }
    Err(Error::ParamCount {
        statement: info.name,
        expected,
        actual,
    })
}

/// A statement whose prepared form no longer matches the server: a migration changed its
/// result type (0A000 raised by the plan cache's revalidation, told apart from other
/// 0A000s by the routine, which the server does not translate as it does the message), or
/// the server forgot it (26000, e.g. after `DISCARD ALL`).
fn is_stale(error: &tokio_postgres::Error) -> bool {
    error.as_db_error().is_some_and(|db| {
        *db.code() == SqlState::INVALID_SQL_STATEMENT_NAME
            || *db.code() == SqlState::FEATURE_NOT_SUPPORTED
                && db.routine() == Some("RevalidateCachedQuery")
    })
}

/// Runs a statement and returns its rows and the number of rows it affected, within
/// `after` when it is set (see [`within`]).
pub(crate) async fn run<C: GenericClient + Sync>(
    parts: Parts<'_, C>,
    info: &'static StatementInfo,
    params: &[&(dyn ToSql + Sync)],
    after: Option<Duration>,
) -> Result<(Vec<Row>, u64), Error> {
    let call = async {
        let stream = start(parts, info, params).await?;
        futures_util::pin_mut!(stream);
        let rows: Vec<Row> = stream.as_mut().try_collect().await.map_err(failed(info))?;
        Ok((rows, stream.rows_affected().unwrap_or(0)))
    };
    limited(parts, info, call, after).await
}

/// `call`, a statement's run on `parts`' connection, cancelled on the server when it is
/// dropped before it ends, and within `after` when that is set.
pub(crate) async fn limited<C: GenericClient + Sync, T>(
    parts: Parts<'_, C>,
    info: &'static StatementInfo,
    call: impl Future<Output = Result<T, Error>>,
    after: Option<Duration>,
) -> Result<T, Error> {
    // The statement's name only: parameter values never reach a span.
    let span = tracing::debug_span!("prepared", statement = info.name);
    let guarded = async move {
        let guard = CancelOnDrop(Some(parts));
        let result = call.await;
        guard.disarm();
        result
    }
    .instrument(span);
    match after {
        None => guarded.await,
        Some(after) => within(parts, info, guarded, after).await,
    }
}

/// `call` within `after`: past it the server is asked to cancel the statement, and the
/// call waits (a bounded time) for the server's reply, so the connection stays in step and
/// the cancel cannot hit this connection's next statement. A statement that finished
/// before the server saw the cancel returns its result.
async fn within<C: GenericClient + Sync, T>(
    parts: Parts<'_, C>,
    info: &'static StatementInfo,
    call: impl Future<Output = Result<T, Error>>,
    after: Duration,
) -> Result<T, Error> {
    futures_util::pin_mut!(call);
    if let Ok(done) = tokio::time::timeout(after, call.as_mut()).await {
        return done;
    }
    if let Err(e) = cancel_request(parts).await {
        tracing::warn!(statement = info.name, error = %crate::error::describe(&e), "the cancel request failed");
    }
    match tokio::time::timeout(CANCEL_GRACE, call).await {
        Ok(done)
            if !done
                .as_ref()
                .is_err_and(|e| e.code() == Some(&SqlState::QUERY_CANCELED)) =>
        {
            done
        }
        // Cancelled, or no answer in time (then dropped: its guard sends another request).
        _ => Err(Error::Timeout {
            statement: info.name,
            after,
        }),
    }
}

/// How long a call over its limit waits for the server to answer its cancel request.
const CANCEL_GRACE: Duration = Duration::from_secs(5);

/// A request to cancel what `parts`' connection runs, with the connection's TLS: its
/// token taken now, sent when awaited (by a task of its own, for a dropped call).
pub(crate) fn cancel_request<C: GenericClient + Sync>(
    parts: Parts<'_, C>,
) -> BoxFuture<'static, Result<(), tokio_postgres::Error>> {
    parts.canceller.cancel(parts.client.client().cancel_token())
}

/// Sends `request` from a task of its own, for a call that was dropped: nothing awaits it.
pub(crate) fn send_cancel(request: BoxFuture<'static, Result<(), tokio_postgres::Error>>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    runtime.spawn(async move {
        if let Err(e) = request.await {
            tracing::warn!(error = %crate::error::describe(&e), "the cancel request of a dropped call failed");
        }
    });
}

/// Cancels on the server a statement whose call was dropped before it finished (the
/// caller's own `tokio::time::timeout`, an aborted task), so the backend does not go on
/// working for no one while the connection's next call waits behind it.
struct CancelOnDrop<'a, C: GenericClient + Sync>(Option<Parts<'a, C>>);

impl<C: GenericClient + Sync> CancelOnDrop<'_, C> {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl<C: GenericClient + Sync> Drop for CancelOnDrop<'_, C> {
    fn drop(&mut self) {
        if let Some(parts) = self.0.take() {
            send_cancel(cancel_request(parts));
        }
    }
}

/// Starts a statement: bound on the server, its rows to come. A statement gone stale is
/// re-prepared once: the server refuses a stale plan when it binds it, before anything
/// runs, so binding again is safe.
pub(crate) async fn start<C: GenericClient + Sync>(
    parts: Parts<'_, C>,
    info: &'static StatementInfo,
    params: &[&(dyn ToSql + Sync)],
) -> Result<RowStream, Error> {
    if parts.mode == Mode::Pooler {
        return start_unnamed(parts.client, info, params).await;
    }
    let mut healed = false;
    loop {
        let (statement, ticket) = prepare_cached(parts.client, parts.cache, info).await?;
        check_count(info, statement.params().len(), params.len())?;
        // The connection's own client, not `GenericClient`'s method: that boxes a future
        // per call (`async_trait`), and a transaction's methods only forward to its client.
        let started = parts
            .client
            .client()
            .query_raw(&statement, params.iter().copied())
            .await;
        match started {
            Ok(stream) => return Ok(stream),
            Err(source) if is_stale(&source) => {
                parts.cache.evict(info, ticket);
                tracing::info!(
                    statement = info.name,
                    "prepared statement went stale; re-preparing"
                );
                if parts.block != Block::Outside {
                    // The error aborted the transaction: only the caller can run it again.
                    return Err(Error::RetryTransaction {
                        statement: info.name,
                        cause: source,
                    });
                }
                if healed {
                    return Err(failed(info)(source));
                }
                healed = true;
            }
            Err(source) => {
                return Err(failed(info)(source));
            }
        }
    }
}

/// The connection's prepared statement for `info`, prepared now when no caller has.
pub(crate) async fn prepare_cached<C: GenericClient + Sync>(
    client: &C,
    cache: &StatementCache,
    info: &'static StatementInfo,
) -> Result<(tokio_postgres::Statement, crate::cache::Ticket), Error> {
    cache
        .get_or_prepare(info, || async {
            client
                .client()
                .prepare(info.sql)
                .await
                .map_err(failed(info))
        })
        .await
}

/// Pooler mode: one round trip with an unnamed statement, so nothing depends on which
/// server connection the pooler picks.
async fn start_unnamed<C: GenericClient + Sync>(
    client: &C,
    info: &'static StatementInfo,
    params: &[&(dyn ToSql + Sync)],
) -> Result<RowStream, Error> {
    check_count(info, info.params.len(), params.len())?;
    let mut typed = Vec::with_capacity(params.len());
    for (value, param) in params.iter().zip(info.params) {
        let Some(ty) = crate::types::param_type(param) else {
            return Err(Error::UnknownParamType {
                statement: info.name,
                param: param.name,
                rust_type: param.rust_type,
            });
        };
        typed.push((*value, ty));
    }
    client
        .client()
        .query_typed_raw(info.sql, typed)
        .await
        .map_err(failed(info))
}
