//! A stand-in for a database in unit tests: it answers the [`PreparedExt`] and [`CopyExt`]
//! calls from expectations set on registered statements, and fails clearly on any call it
//! was not told to expect.
//!
//! [`PreparedExt`]: crate::PreparedExt
//! [`CopyExt`]: crate::CopyExt

mod value;

use crate::copy::{CopyIn, CopyStatement};
use crate::error::{Error, MockDbError};
use crate::registry::StatementInfo;
use crate::session::{Answer, Session, Take, keep};
use crate::statement::{Bound, Params, Statement};
use crate::stream::RowStream;
use futures_util::{Stream, StreamExt};
use postgres_types::ToSql;
use std::any::Any;
use std::borrow::Borrow;
use std::sync::{Arc, Mutex, MutexGuard};
use value::Value;

type Rows = Box<dyn Any + Send>;
type Produce = Arc<dyn Fn() -> Option<(Rows, &'static str)> + Send + Sync>;

/// What an expectation gives back each time it answers.
#[derive(Clone)]
enum Reply {
    /// Rows (and their count as the rows affected), made for each answer; `None` once a
    /// `returns` expectation has given its only rows away.
    Rows(Produce),
    Affected(u64),
    Fails {
        message: String,
        server: Option<Box<MockDbError>>,
    },
}

/// A call as an expectation names it: the variant that runs and its values.
#[derive(Clone)]
struct Call {
    variant: &'static StatementInfo,
    /// The values as the server would receive them: what decides a match.
    values: Vec<Value>,
    /// The values as `Debug` prints them: what messages show.
    shown: Vec<String>,
}

impl Call {
    fn new<S: Statement>(variant: &'static StatementInfo, all: &[&(dyn ToSql + Sync)]) -> Self {
        // The statement's own entry describes every value its constructor binds, in order.
        let params = S::INFO.params;
        let described = params.len() == all.len();
        Call {
            variant,
            values: all
                .iter()
                .enumerate()
                .map(|(i, v)| Value::of(*v, params.get(i).filter(|_| described)))
                .collect(),
            shown: all.iter().map(|v| format!("{v:?}")).collect(),
        }
    }

    fn matches(&self, other: &Call) -> bool {
        std::ptr::eq(self.variant, other.variant) && self.values == other.values
    }
}

impl std::fmt::Display for Call {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` with ({})",
            self.variant.name,
            self.shown.join(", ")
        )
    }
}

struct Expectation {
    /// The statement's registry entry: what its `PreparedQueryEnum::X` names.
    statement: &'static StatementInfo,
    /// The variant and the values, for an expectation built from a bound call.
    call: Option<Call>,
    /// Answers left; `None` for any number.
    remaining: Option<usize>,
    reply: Reply,
}

/// One call the mock answered or refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockCall {
    /// The name of what ran: the statement, or its variant (`search{tag,order=Newest}`).
    pub statement: &'static str,
    /// Each bound value as `Debug` prints it, in the order the constructor binds them: for
    /// reading. Matching compares the values themselves.
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
    ///
    /// A call matches when it runs the same variant with values that PostgreSQL would
    /// receive as the same: a set's elements in any order, a JSON object's keys in any
    /// order, floats bit for bit. A value of a type that only the server can name (a
    /// `CREATE TYPE` enum or composite of yours) compares by its `Debug` text.
    pub fn expect<S: Statement, P: Params>(&self, call: Bound<S, P>) -> Expect<'_, S> {
        let call = Call::new::<S>(call.info(), call.params().refs().as_ref());
        Expect::new(self, S::INFO, Some(call))
    }

    /// Expects the statement `S` with any parameters.
    pub fn expect_any<S: Statement>(&self) -> Expect<'_, S> {
        Expect::new(self, S::INFO, None)
    }

    /// Expects the statement `PreparedQueryEnum::X` names, with any parameters. Its
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
                    Some(call) => call.to_string(),
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

    /// The answer to a call of `S` (running as `info`) with `all` its values.
    fn answer<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
    ) -> Result<Answer<S::Row>, Error> {
        let reply = self.take(S::INFO, Call::new::<S>(info, all))?;
        match reply {
            Reply::Affected(affected) => Ok(Answer {
                rows: Vec::new(),
                affected,
            }),
            Reply::Fails { message, server } => Err(Error::Mock {
                statement: info.name,
                message,
                server,
            }),
            Reply::Rows(produce) => {
                let fail = |message: String| {
                    self.lock().failures.push(message.clone());
                    Error::Mock {
                        statement: info.name,
                        message,
                        server: None,
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
    fn answer_copy(&self, info: &'static StatementInfo, count: u64) -> Result<u64, Error> {
        let call = Call {
            variant: info,
            values: Vec::new(),
            shown: vec![format!("{count} rows")],
        };
        match self.take(info, call)? {
            Reply::Fails { message, server } => Err(Error::Mock {
                statement: info.name,
                message,
                server,
            }),
            _ => Ok(count),
        }
    }

    /// Takes the first expectation that matches, or records why none does.
    fn take(&self, statement: &'static StatementInfo, call: Call) -> Result<Reply, Error> {
        let mut state = self.lock();
        state.calls.push(MockCall {
            statement: call.variant.name,
            params: call.shown.clone(),
        });
        let matches = |e: &Expectation| {
            std::ptr::eq(e.statement, statement)
                && e.remaining != Some(0)
                && e.call.as_ref().is_none_or(|c| c.matches(&call))
        };
        if let Some(e) = state.expectations.iter_mut().find(|e| matches(e)) {
            if let Some(n) = &mut e.remaining {
                *n -= 1;
            }
            return Ok(e.reply.clone());
        }
        let called = call.to_string();
        let same: Vec<String> = state
            .expectations
            .iter()
            .filter(|e| std::ptr::eq(e.statement, statement) && e.remaining != Some(0))
            .filter_map(|e| e.call.as_ref())
            .map(Call::to_string)
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
            statement: call.variant.name,
            message,
            server: None,
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

impl crate::session::sealed::Sealed for Mock {}

impl Session for Mock {
    async fn execute<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        take: Take,
        _: Option<std::time::Duration>,
    ) -> Result<Answer<S::Row>, Error> {
        let answer = self.answer::<S>(info, all)?;
        Ok(Answer {
            rows: keep(info, answer.rows, take)?,
            affected: answer.affected,
        })
    }

    async fn stream<S: Statement>(
        &self,
        info: &'static StatementInfo,
        all: &[&(dyn ToSql + Sync)],
        _: Option<std::time::Duration>,
    ) -> Result<RowStream<S::Row>, Error> {
        Ok(RowStream::given(info, self.answer::<S>(info, all)?.rows))
    }

    async fn copy_in<S, T>(&self, rows: impl Stream<Item = T> + Send) -> Result<u64, Error>
    where
        S: CopyStatement,
        T: Borrow<S::Row> + Send,
    {
        let count = rows.count().await as u64;
        self.answer_copy(S::INFO, count)
    }
}

/// An expectation being set; it takes effect with its answer.
#[must_use = "an expectation takes effect with its answer: `.returns(..)`, `.affects(..)` or `.fails(..)`"]
pub struct Expect<'m, S> {
    mock: &'m Mock,
    statement: &'static StatementInfo,
    call: Option<Call>,
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
    fn new(mock: &'m Mock, statement: &'static StatementInfo, call: Option<Call>) -> Self {
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

    /// Answers with [`Error::Mock`] carrying `message`, as a failed connection would.
    pub fn fails(self, message: impl Into<String>) -> &'m Mock {
        self.reply(Reply::Fails {
            message: message.into(),
            server: None,
        })
    }

    /// Answers with [`Error::Mock`] carrying a server's error: [`Error::code`] and
    /// [`Error::kind`] read it as they read PostgreSQL's, so the code that handles a
    /// unique violation (say) runs in a unit test.
    pub fn fails_with(self, error: MockDbError) -> &'m Mock {
        self.reply(Reply::Fails {
            message: error.text(),
            server: Some(Box::new(error)),
        })
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

/// An expectation on a statement named by `PreparedQueryEnum::X`, whose row type is checked when it is
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

    /// Answers with [`Error::Mock`] carrying a server's error; see [`Expect::fails_with`].
    pub fn fails_with(self, error: MockDbError) -> &'m Mock {
        self.0.fails_with(error)
    }
}
