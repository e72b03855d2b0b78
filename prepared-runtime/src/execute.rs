//! The typed execution API and what happens underneath: the cache, self-healing after
//! migrations, and pooler mode.

use crate::cache::StatementCache;
use crate::client::{Backend, Mode, Parts, Session};
use crate::error::Error;
use crate::registry::StatementInfo;
use crate::row::FromRow;
use crate::statement::{Bound, Params, Statement};
use futures_util::TryStreamExt;
use postgres_types::ToSql;
use std::borrow::Cow;
use std::future::Future;
use tokio_postgres::error::SqlState;
use tokio_postgres::{GenericClient, Row};
use tracing::Instrument;

/// Executes registered statements: `client.prepared_query(PreparedStatement::x(..))`.
///
/// Each statement is prepared once per connection and reused from the cache.
pub trait PreparedExt: Session {
    /// All rows, typed as the statement's `row =` (or `tokio_postgres::Row`).
    fn prepared_query<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<Vec<S::Row>, Error>> + Send {
        async move {
            let info = query.info();
            let all = query.params().refs();
            let parts = match self.backend() {
                Backend::Connection(parts) => parts,
                Backend::Mock(mock) => return mock.answer::<S>(info, all.as_ref()).map(|a| a.rows),
            };
            let (rows, _) = run(parts, info, &pick(info, all.as_ref())).await?;
            rows.into_iter()
                .map(|r| S::Row::from_row(r, info))
                .collect()
        }
    }

    /// Exactly one row; any other count is [`Error::RowCount`].
    fn prepared_query_one<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<S::Row, Error>> + Send {
        async move {
            let info = query.info();
            let all = query.params().refs();
            let parts = match self.backend() {
                Backend::Connection(parts) => parts,
                Backend::Mock(mock) => {
                    let rows = mock.answer::<S>(info, all.as_ref())?.rows;
                    return exactly_one(info, rows);
                }
            };
            let (rows, _) = run(parts, info, &pick(info, all.as_ref())).await?;
            S::Row::from_row(exactly_one(info, rows)?, info)
        }
    }

    /// At most one row; more is [`Error::RowCount`].
    fn prepared_query_opt<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<Option<S::Row>, Error>> + Send {
        async move {
            let info = query.info();
            let all = query.params().refs();
            let parts = match self.backend() {
                Backend::Connection(parts) => parts,
                Backend::Mock(mock) => {
                    let rows = mock.answer::<S>(info, all.as_ref())?.rows;
                    return at_most_one(info, rows, "at most one");
                }
            };
            let (rows, _) = run(parts, info, &pick(info, all.as_ref())).await?;
            at_most_one(info, rows, "at most one")?
                .map(|row| S::Row::from_row(row, info))
                .transpose()
        }
    }

    /// Runs the statement and returns the number of rows it affected.
    fn prepared_execute<S: Statement, P: Params>(
        &self,
        query: Bound<S, P>,
    ) -> impl Future<Output = Result<u64, Error>> + Send {
        async move {
            let info = query.info();
            let all = query.params().refs();
            let parts = match self.backend() {
                Backend::Connection(parts) => parts,
                Backend::Mock(mock) => {
                    return mock.answer::<S>(info, all.as_ref()).map(|a| a.affected);
                }
            };
            let (_, affected) = run(parts, info, &pick(info, all.as_ref())).await?;
            Ok(affected)
        }
    }
}

impl<T: Session + ?Sized> PreparedExt for T {}

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

/// The one row of a result, a server's or a mock's; any other count is `RowCount`.
pub(crate) fn exactly_one<R>(info: &'static StatementInfo, rows: Vec<R>) -> Result<R, Error> {
    at_most_one(info, rows, "exactly one")?.ok_or(Error::RowCount {
        statement: info.name,
        expected: "exactly one",
        actual: 0,
    })
}

/// The row of a result that may hold at most one; more is `RowCount` with `expected`.
/// Only the row kept is decoded, by the caller.
pub(crate) fn at_most_one<R>(
    info: &'static StatementInfo,
    mut rows: Vec<R>,
    expected: &'static str,
) -> Result<Option<R>, Error> {
    match rows.len() {
        0 => Ok(None),
        1 => Ok(rows.pop()),
        actual => Err(Error::RowCount {
            statement: info.name,
            expected,
            actual,
        }),
    }
}

/// A statement whose prepared form no longer matches the server: a migration changed its
/// result type (0A000), or the server forgot it (26000, e.g. after `DISCARD ALL`).
pub(crate) fn is_stale(error: &tokio_postgres::Error) -> bool {
    error.as_db_error().is_some_and(|db| {
        *db.code() == SqlState::INVALID_SQL_STATEMENT_NAME
            || *db.code() == SqlState::FEATURE_NOT_SUPPORTED
                && db
                    .message()
                    .contains("cached plan must not change result type")
    })
}

/// Runs a statement and returns its rows and the number of rows it affected.
async fn run<C: GenericClient + Sync>(
    parts: Parts<'_, C>,
    info: &'static StatementInfo,
    params: &[&(dyn ToSql + Sync)],
) -> Result<(Vec<Row>, u64), Error> {
    // The statement's name only: parameter values never reach a span.
    let span = tracing::debug_span!("prepared", statement = info.name);
    async move {
        if parts.mode == Mode::Pooler {
            return run_unnamed(parts.client, info, params).await;
        }
        let mut healed = false;
        loop {
            let (statement, ticket) = prepare_cached(parts.client, parts.cache, info).await?;
            let result = async {
                // The connection's own client, not `GenericClient`'s method: that boxes a
                // future per call (`async_trait`), and a transaction's methods only
                // forward to its client.
                let stream = parts
                    .client
                    .client()
                    .query_raw(&statement, params.iter().copied())
                    .await?;
                futures_util::pin_mut!(stream);
                let rows: Vec<Row> = stream.as_mut().try_collect().await?;
                Ok::<_, tokio_postgres::Error>((rows, stream.rows_affected().unwrap_or(0)))
            }
            .await;
            match result {
                Ok(done) => return Ok(done),
                Err(source) if is_stale(&source) => {
                    parts.cache.evict(info, ticket);
                    tracing::info!(
                        statement = info.name,
                        "prepared statement went stale; re-preparing"
                    );
                    if parts.in_transaction {
                        // The error aborted the transaction: only the caller can run it again.
                        return Err(Error::RetryTransaction {
                            statement: info.name,
                            cause: source,
                        });
                    }
                    if healed {
                        return Err(Error::Postgres {
                            statement: info.name,
                            cause: source,
                        });
                    }
                    // Nothing ran: a plan error comes before execution, so once more is safe.
                    healed = true;
                }
                Err(source) => {
                    return Err(Error::Postgres {
                        statement: info.name,
                        cause: source,
                    });
                }
            }
        }
    }
    .instrument(span)
    .await
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
                .map_err(|source| Error::Postgres {
                    statement: info.name,
                    cause: source,
                })
        })
        .await
}

/// Pooler mode: one round trip with an unnamed statement, so nothing depends on which
/// server connection the pooler picks.
async fn run_unnamed<C: GenericClient + Sync>(
    client: &C,
    info: &'static StatementInfo,
    params: &[&(dyn ToSql + Sync)],
) -> Result<(Vec<Row>, u64), Error> {
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
    let result = async {
        let stream = client.client().query_typed_raw(info.sql, typed).await?;
        futures_util::pin_mut!(stream);
        let rows: Vec<Row> = stream.as_mut().try_collect().await?;
        Ok::<_, tokio_postgres::Error>((rows, stream.rows_affected().unwrap_or(0)))
    }
    .await;
    result.map_err(|source| Error::Postgres {
        statement: info.name,
        cause: source,
    })
}
