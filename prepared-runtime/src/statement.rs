//! The typed value a constructor returns: a statement and its parameters.

use crate::registry::StatementInfo;
use crate::row::FromRow;
use postgres_types::ToSql;
use std::marker::PhantomData;

/// Implemented by the macro for every statement struct of a registry.
pub trait Statement: Send + Sync + 'static {
    /// The row type: the `row =` type, or `tokio_postgres::Row` without one.
    type Row: FromRow + 'static;
    /// The statement's entry in its registry; its address is the statement's identity.
    const INFO: &'static StatementInfo;
}

/// A statement with its parameters bound, as returned by `PreparedStatement::…(..)`.
pub struct Bound<S, P> {
    params: P,
    /// Which variant runs, for a statement with optional fragments or sort orders.
    variant: usize,
    /// This call's time limit, over the connection's.
    timeout: Option<std::time::Duration>,
    statement: PhantomData<fn() -> S>,
}

// The constructors' own, unbounded: each statement's constructor calls one, and the
// registry entry has already proved each parameter type at its span (`param_probed`); a
// bound here added a second error to the first.
impl<S, P> Bound<S, P> {
    #[doc(hidden)]
    pub fn new(params: P) -> Self {
        Self::with_variant(params, 0)
    }

    #[doc(hidden)]
    pub fn with_variant(params: P, variant: usize) -> Self {
        Bound {
            params,
            variant,
            timeout: None,
            statement: PhantomData,
        }
    }
}

impl<S: Statement, P: Params> Bound<S, P> {
    /// The `$n` SQL sent to PostgreSQL: the variant's, for a statement with variants.
    pub fn sql(&self) -> &'static str {
        self.info().sql
    }

    /// The registry entry of what runs: the statement, or its chosen variant.
    pub fn info(&self) -> &'static StatementInfo {
        S::INFO.variant(self.variant)
    }

    /// The parameters, in declared order (`$1`, `$2`, …).
    pub fn params(&self) -> &P {
        &self.params
    }

    /// Limits this call to `after`, over the connection's own limit: past it the statement
    /// is cancelled on the server and the call fails with
    /// [`Error::Timeout`](crate::Error::Timeout). A call that finished before the server
    /// saw the cancel returns its result.
    pub fn timeout(mut self, after: std::time::Duration) -> Self {
        self.timeout = Some(after);
        self
    }

    /// This call's own time limit.
    pub(crate) fn time_limit(&self) -> Option<std::time::Duration> {
        self.timeout
    }
}

impl<S: Statement, P: std::fmt::Debug> std::fmt::Debug for Bound<S, P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bound")
            .field("statement", &S::INFO.variant(self.variant).name)
            .field("params", &self.params)
            .finish()
    }
}

/// A type that binds as a SQL parameter: any `ToSql` that can cross threads. Named in
/// bounds so that rustc's error carries the notes below.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be bound as a SQL parameter",
    label = "this parameter type does not implement `ToSql`",
    note = "built in: integers, floats, bool, String/&str, bytes, Uuid, chrono types, serde_json::Value, Json<T>, Option<T>, Vec<T>/slices and HashSet<T>",
    note = "for a Rust enum or newtype bound as text, `#[derive(prepared::PgText)]`; for a PostgreSQL enum, `#[derive(postgres_types::ToSql)]`; otherwise implement `postgres_types::ToSql`"
)]
pub trait Param: ToSql + Send + Sync {}
impl<T: ToSql + Send + Sync> Param for T {}

/// Decides whether an optional fragment `{@param: ..}` is present: `Some`, or `true`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot decide whether an optional fragment is present",
    label = "a fragment's condition is an `Option<T>` or a `bool`",
    note = "`{{@param: ..}}` is present when `param` is `Some(..)` or `true`"
)]
pub trait Condition {
    /// Whether the fragment is present.
    fn present(&self) -> bool;
}

impl Condition for bool {
    fn present(&self) -> bool {
        *self
    }
}

impl<T> Condition for Option<T> {
    fn present(&self) -> bool {
        self.is_some()
    }
}

/// A sort order: an enum whose variants each stand for an `ORDER BY` fragment, declared with
/// `#[prepared(order_by)]` in the registry that uses it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a sort order of this registry",
    note = "declare it in the same `#[prepared::registry]` module with `#[prepared(order_by)]`"
)]
pub trait Choice {
    /// The variant names, in declaration order.
    const OPTIONS: &'static [&'static str];
    /// The position of `self` in [`OPTIONS`](Self::OPTIONS).
    fn index(&self) -> usize;
}

/// A statement's parameters, lent as the slice tokio-postgres binds: a tuple of up to 24,
/// or, past that, a struct the registry macro generates for the statement.
pub trait Params: Send + Sync {
    /// An array of references, so binding allocates nothing.
    type Refs<'a>: AsRef<[&'a (dyn ToSql + Sync)]> + Send
    where
        Self: 'a;
    /// The values, in `$n` order.
    fn refs(&self) -> Self::Refs<'_>;
}

macro_rules! params_tuple {
    ($n:literal; $($t:ident $i:tt),*) => {
        impl<$($t: Param),*> Params for ($($t,)*) {
            type Refs<'a> = [&'a (dyn ToSql + Sync); $n] where Self: 'a;
            #[allow(clippy::unused_unit)]
            fn refs(&self) -> Self::Refs<'_> {
                [$(&self.$i as &(dyn ToSql + Sync)),*]
            }
        }
    };
}

params_tuple!(0;);
params_tuple!(1; A 0);
params_tuple!(2; A 0, B 1);
params_tuple!(3; A 0, B 1, C 2);
params_tuple!(4; A 0, B 1, C 2, D 3);
params_tuple!(5; A 0, B 1, C 2, D 3, E 4);
params_tuple!(6; A 0, B 1, C 2, D 3, E 4, F 5);
params_tuple!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
params_tuple!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
params_tuple!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
params_tuple!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
params_tuple!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
params_tuple!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
params_tuple!(13; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
params_tuple!(14; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
params_tuple!(15; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
params_tuple!(16; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
params_tuple!(17; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
params_tuple!(18; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17);
params_tuple!(19; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18);
params_tuple!(20; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19);
params_tuple!(21; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20);
params_tuple!(22; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20, V 21);
params_tuple!(23; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20, V 21, W 22);
params_tuple!(24; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, R 17, S 18, T 19, U 20, V 21, W 22, X 23);
