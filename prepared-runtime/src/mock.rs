//! A stand-in for a database in unit tests: it answers the [`PreparedExt`] and [`CopyExt`]
//! calls from expectations set on registered statements, and fails clearly on any call it
//! was not told to expect.
//!
//! [`PreparedExt`]: crate::PreparedExt
//! [`CopyExt`]: crate::CopyExt

use crate::client::{Backend, Session};
use crate::copy::{CopyIn, CopyStatement};
use crate::error::Error;
use crate::registry::StatementInfo;
use crate::statement::{Bound, Params, Statement};
use postgres_types::ToSql;
use std::any::Any;
use std::sync::{Arc, Mutex, MutexGuard};

/// A mocked answer, typed at the call that takes it.
pub(crate) struct Answer<R> {
    pub rows: Vec<R>,
    pub affected: u64,
}

type Rows = Box<dyn Any + Send>;
type Produce = Arc<dyn Fn() -> Option<(Rows, &'static str)> + Send + Sync>;

/// What an expectation gives back each time it answers.
#[derive(Clone)]
enum Reply {
    /// Rows (and their count as the rows affected), made for each answer; `None` once a
    /// `returns` expectation has given its only rows away.
    Rows(Produce),
    Affected(u64),
    Fails(String),
}

struct Expectation {
    /// The statement's registry entry: its `PreparedQueryEnum` variant.
    statement: &'static StatementInfo,
    /// The variant and the values, for an expectation built from a bound call.
    call: Option<(&'static StatementInfo, Vec<String>)>,
    /// Answers left; `None` for any number.
    remaining: Option<usize>,
    reply: Reply,
}

/// One call the mock answered or refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockCall {
    /// The name of what ran: the statement, or its variant (`search{tag,order=Newest}`).
    pub statement: &'static str,
    /// Each bound value as `Debug` prints it, in the order the constructor binds them.
    pub params: Vec<String>,
}

#[derive(Default)]
struct State {
    expectations: Vec<Expectation>,
    calls: Vec<MockCall>,
    failures: Vec<String>,
}

/// Answers registered statements without a database, for unit tests of code written
/// against [`PreparedExt`](crate::PreparedExt) (`async fn f(db: &impl PreparedExt)`):
/// `mock.expect(PreparedStatement::account_by_id(7)).returns(vec![account])`, then
/// `f(&mock)`. The README's "Unit tests without a database" shows it whole.
///
/// Expectations answer in the order they were set, each once unless told otherwise
/// ([`Expect::times`], [`Expect::always`]). A call with no expectation left for its
/// statement, or whose parameters differ, is answered with [`Error::Mock`] saying what
/// was called and what was expected, and is remembered: [`verify`](Self::verify), which
/// also runs when the mock is dropped, panics with every such call and every expectation
/// left unanswered.
#[derive(Default)]
pub struct Mock {
    state: Mutex<State>,
}

impl std::fmt::Debug for Mock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.lock();
        f.debug_struct("Mock")
            .field("expectations", &state.expectations.len())
            .field("calls", &state.calls)
            .finish()
    }
}

impl Mock {
    /// A mock that expects nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Expects this statement with these parameters, built by the registry's constructor
    /// (`PreparedStatement::x(..)`), so they are typed as the statement declares them.
    /// Parameters compare by their `Debug` form.
    pub fn expect<S: Statement, P: Params>(&self, call: Bound<S, P>) -> Expect<'_, S> {
        let params = debug_values(call.params().refs().as_ref());
        Expect::new(self, S::INFO, Some((call.info(), params)))
    }

    /// Expects the statement `S` with any parameters.
    pub fn expect_any<S: Statement>(&self) -> Expect<'_, S> {
        Expect::new(self, S::INFO, None)
    }

    /// Expects the statement of a `PreparedQueryEnum` variant, with any parameters. Its
    /// rows are checked against the statement's row type when it is called.
    pub fn expect_variant(&self, statement: impl Into<&'static StatementInfo>) -> ExpectAny<'_> {
        ExpectAny(Expect::new(self, statement.into(), None))
    }

    /// Expects a COPY of this statement; it answers with the number of rows written.
    pub fn expect_copy<S: CopyStatement>(&self, copy: CopyIn<S>) -> &Self {
        let _ = copy;
        self.lock().expectations.push(Expectation {
            statement: S::INFO,
            call: None,
            remaining: Some(1),
            reply: Reply::Affected(0),
        });
        self
    }

    /// Every call so far, answered or not, in order.
    pub fn calls(&self) -> Vec<MockCall> {
        self.lock().calls.clone()
    }

    /// Panics when a call was not expected or its parameters differed, or when an
    /// expectation was not used up.
    pub fn verify(&self) {
        let problems = self.problems();
        if !problems.is_empty() {
            panic!("prepared::Mock:\n  {}", problems.join("\n  "));
        }
    }

    fn problems(&self) -> Vec<String> {
        let mut state = self.lock();
        let mut problems = std::mem::take(&mut state.failures);
        for e in state.expectations.drain(..) {
            if let Some(n @ 1..) = e.remaining {
                let with = match &e.call {
                    Some((variant, params)) => {
                        format!("`{}` with ({})", variant.name, params.join(", "))
                    }
                    None => format!("`{}`", e.statement.name),
                };
                problems.push(format!(
                    "expected {with} {n} more time(s), but it was not called"
                ));
            }
        }
        problems
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking test elsewhere must not hide this mock's own report.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The answer to a call of `S` (running as `info`) with `values`.
    pub(crate) fn answer<S: Statement>(
        &self,
        info: &'static StatementInfo,
        values: &[&(dyn ToSql + Sync)],
    ) -> Result<Answer<S::Row>, Error> {
        let params = debug_values(values);
        let reply = self.take(S::INFO, info, params)?;
        match reply {
            Reply::Affected(affected) => Ok(Answer {
                rows: Vec::new(),
                affected,
            }),
            Reply::Fails(message) => Err(Error::Mock {
                statement: info.name,
                message,
            }),
            Reply::Rows(produce) => {
                let fail = |message: String| {
                    self.lock().failures.push(message.clone());
                    Error::Mock {
                        statement: info.name,
                        message,
                    }
                };
                let Some((rows, given)) = produce() else {
                    return Err(fail(format!(
                        "`{}`: the rows of `returns` were given once already; use `returns_with` for an expectation that answers more than once",
                        info.name
                    )));
                };
                match rows.downcast::<Vec<S::Row>>() {
                    Ok(rows) => Ok(Answer {
                        affected: rows.len() as u64,
                        rows: *rows,
                    }),
                    Err(_) => Err(fail(format!(
                        "`{}` reads rows of type `{}`, but its expectation returns `{given}`",
                        info.name,
                        std::any::type_name::<S::Row>()
                    ))),
                }
            }
        }
    }

    /// The answer to a COPY of `count` rows.
    pub(crate) fn answer_copy(
        &self,
        info: &'static StatementInfo,
        count: u64,
    ) -> Result<u64, Error> {
        match self.take(info, info, vec![format!("{count} rows")])? {
            Reply::Fails(message) => Err(Error::Mock {
                statement: info.name,
                message,
            }),
            _ => Ok(count),
        }
    }

    /// Takes the first expectation that matches, or records why none does.
    fn take(
        &self,
        statement: &'static StatementInfo,
        variant: &'static StatementInfo,
        params: Vec<String>,
    ) -> Result<Reply, Error> {
        let mut state = self.lock();
        state.calls.push(MockCall {
            statement: variant.name,
            params: params.clone(),
        });
        let matches = |e: &Expectation| {
            std::ptr::eq(e.statement, statement)
                && e.remaining != Some(0)
                && e.call
                    .as_ref()
                    .is_none_or(|(v, p)| std::ptr::eq(*v, variant) && *p == params)
        };
        if let Some(e) = state.expectations.iter_mut().find(|e| matches(e)) {
            if let Some(n) = &mut e.remaining {
                *n -= 1;
            }
            return Ok(e.reply.clone());
        }
        let called = format!("`{}` with ({})", variant.name, params.join(", "));
        let same: Vec<String> = state
            .expectations
            .iter()
            .filter(|e| std::ptr::eq(e.statement, statement) && e.remaining != Some(0))
            .filter_map(|e| e.call.as_ref())
            .map(|(v, p)| format!("`{}` with ({})", v.name, p.join(", ")))
            .collect();
        let message = if !same.is_empty() {
            format!(
                "{called} was called, but its parameters differ from what was expected: {}",
                same.join("; ")
            )
        } else {
            let left: Vec<&str> = state
                .expectations
                .iter()
                .filter(|e| e.remaining != Some(0))
                .map(|e| e.statement.name)
                .collect();
            match left.is_empty() {
                true => format!("{called} was not expected; nothing else is expected either"),
                false => format!("{called} was not expected; expected: {}", left.join(", ")),
            }
        };
        state.failures.push(message.clone());
        Err(Error::Mock {
            statement: variant.name,
            message,
        })
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        // A test that already failed says so itself; a second panic would abort.
        if !std::thread::panicking() {
            self.verify();
        }
    }
}

impl Session for Mock {
    type Client = tokio_postgres::Client;
    fn backend(&self) -> Backend<'_, Self::Client> {
        Backend::Mock(self)
    }
}

fn debug_values(values: &[&(dyn ToSql + Sync)]) -> Vec<String> {
    values.iter().map(|v| format!("{v:?}")).collect()
}

/// An expectation being set; it takes effect with its answer.
#[must_use = "an expectation takes effect with its answer: `.returns(..)`, `.affects(..)` or `.fails(..)`"]
pub struct Expect<'m, S> {
    mock: &'m Mock,
    statement: &'static StatementInfo,
    call: Option<(&'static StatementInfo, Vec<String>)>,
    remaining: Option<usize>,
    row: std::marker::PhantomData<fn() -> S>,
}

impl<S> std::fmt::Debug for Expect<'_, S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Expect")
            .field("statement", &self.statement.name)
            .field("remaining", &self.remaining)
            .finish()
    }
}

impl<'m, S> Expect<'m, S> {
    fn new(
        mock: &'m Mock,
        statement: &'static StatementInfo,
        call: Option<(&'static StatementInfo, Vec<String>)>,
    ) -> Self {
        Expect {
            mock,
            statement,
            call,
            remaining: Some(1),
            row: std::marker::PhantomData,
        }
    }

    /// Answers `n` calls instead of one.
    pub fn times(mut self, n: usize) -> Self {
        self.remaining = Some(n);
        self
    }

    /// Answers any number of calls, none included.
    pub fn always(mut self) -> Self {
        self.remaining = None;
        self
    }

    /// Answers with no rows and `n` rows affected (for `prepared_execute`).
    pub fn affects(self, n: u64) -> &'m Mock {
        self.reply(Reply::Affected(n))
    }

    /// Answers with [`Error::Mock`] carrying `message`, as a failed statement would.
    pub fn fails(self, message: impl Into<String>) -> &'m Mock {
        self.reply(Reply::Fails(message.into()))
    }

    fn reply(self, reply: Reply) -> &'m Mock {
        self.mock.lock().expectations.push(Expectation {
            statement: self.statement,
            call: self.call,
            remaining: self.remaining,
            reply,
        });
        self.mock
    }

    fn rows<R: Send + 'static>(self, rows: Vec<R>) -> &'m Mock {
        let once = Mutex::new(Some(rows));
        let produce: Produce = Arc::new(move || {
            let rows = once.lock().ok()?.take()?;
            Some((Box::new(rows) as Rows, std::any::type_name::<R>()))
        });
        self.reply(Reply::Rows(produce))
    }
}

impl<'m, S: Statement> Expect<'m, S> {
    /// Answers one call with these rows, typed as the statement's `row =`.
    pub fn returns(self, rows: impl IntoIterator<Item = S::Row>) -> &'m Mock
    where
        S::Row: Send,
    {
        self.rows(rows.into_iter().collect())
    }

    /// Answers each call with the rows `make` returns.
    pub fn returns_with(self, make: impl Fn() -> Vec<S::Row> + Send + Sync + 'static) -> &'m Mock
    where
        S::Row: Send,
    {
        let name = std::any::type_name::<S::Row>();
        self.reply(Reply::Rows(Arc::new(move || {
            Some((Box::new(make()) as Rows, name))
        })))
    }
}

/// An expectation on a `PreparedQueryEnum` variant, whose row type is checked when it is
/// called.
#[must_use = "an expectation takes effect with its answer: `.returns(..)`, `.affects(..)` or `.fails(..)`"]
#[derive(Debug)]
pub struct ExpectAny<'m>(Expect<'m, ()>);

impl<'m> ExpectAny<'m> {
    /// Answers `n` calls instead of one.
    pub fn times(self, n: usize) -> Self {
        ExpectAny(self.0.times(n))
    }

    /// Answers any number of calls, none included.
    pub fn always(self) -> Self {
        ExpectAny(self.0.always())
    }

    /// Answers one call with these rows; a call whose statement reads another row type
    /// fails, naming both.
    pub fn returns<R: Send + 'static>(self, rows: Vec<R>) -> &'m Mock {
        self.0.rows(rows)
    }

    /// Answers with no rows and `n` rows affected.
    pub fn affects(self, n: u64) -> &'m Mock {
        self.0.affects(n)
    }

    /// Answers with [`Error::Mock`] carrying `message`.
    pub fn fails(self, message: impl Into<String>) -> &'m Mock {
        self.0.fails(message)
    }
}
