#![deny(missing_docs)]
//! The runtime of `prepared`: executes registered statements on tokio-postgres.
//!
//! Users depend on the `prepared` facade, which re-exports this crate.

mod cache;
#[doc(hidden)]
pub mod cast;
mod client;
mod connect;
mod convert;
mod copy;
mod error;
mod execute;
mod ext;
mod link;
#[cfg(feature = "mock")]
mod mock;
mod multiplex;
mod parts;
#[cfg(feature = "deadpool")]
pub mod pool;
mod redact;
/// What the macros record about every statement, for generated code, the test harness and
/// the CLI; not a public API but for [`Registry`].
#[doc(hidden)]
pub mod registry;
mod routed;
mod row;
mod session;
mod statement;
mod stream;
mod transaction;
mod types;
mod warm;

pub use cache::CacheStats;
pub use client::{Client, Transaction};
pub use connect::DEFAULT_CONNECT_TIMEOUT;
pub use copy::{CopyIn, CopyStatement, ToRow};
#[cfg(feature = "mock")]
pub use error::MockDbError;
pub use error::{Error, ErrorKind, ExpectedRows};
pub use ext::{CopyExt, PreparedExt};
#[cfg(feature = "mock")]
pub use mock::{Expect, ExpectAny, Mock, MockCall};
pub use multiplex::{Multiplexed, MultiplexedBuilder};
pub use parts::Mode;
pub use postgres_types::Json;
pub use registry::{PreparedQuery, Registry};
pub use routed::{Routed, RoutedBuilder, RoutedHandle, RoutedStats};
pub use row::FromRow;
#[doc(hidden)]
pub use session::Session;
pub use statement::{Bound, Params, Statement};
pub use stream::RowStream;
pub use tokio_postgres::error::SqlState;
pub use transaction::{InTransaction, TransactionOptions};
pub use warm::WarmUp;

/// A nullable parameter or column, for declarations that read like the SQL's `NULL`.
pub type Nullable<T> = Option<T>;

/// What this crate's features add, for the facade to re-export whatever features the
/// build turned on (a feature of a dev-dependency included).
#[doc(hidden)]
pub mod optional {
    /// A deadpool pool whose connections keep their prepared statements. Feature `deadpool`.
    #[cfg(feature = "deadpool")]
    pub use crate::pool;
    /// PostgreSQL's `interval`: months, days and microseconds, as the server keeps them
    /// (they do not convert into one another). Feature `interval`.
    #[cfg(feature = "interval")]
    pub use pg_interval::Interval;
}

/// The runtime's connection and error text for code that holds a plain tokio-postgres
/// client: the test harness and `prepared-cli` connect and report as the runtime does.
///
/// ```
/// use prepared_runtime::raw::redact_password;
///
/// let shown = redact_password("postgres://app:secret@db.internal/shop");
/// assert!(!shown.contains("secret"));
/// ```
pub mod raw {
    pub use crate::error::describe;
    pub use crate::redact::redact_password;

    /// Opens a connection to `config` as [`Client::connect`](crate::Client::connect) reads
    /// it (libpq's TLS settings, the default `connect_timeout`), without the statement
    /// cache around it; the connection is driven by the task returned.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), prepared_runtime::Error> {
    /// let (client, _driver) = prepared_runtime::raw::connect("host=/run/postgresql").await?;
    /// if let Err(e) = client.batch_execute("SELEC 1").await {
    ///     // `ERROR 42601: syntax error at or near "SELEC"`, not tokio-postgres's `db error`.
    ///     eprintln!("{}", prepared_runtime::raw::describe(&e));
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn connect(
        config: &str,
    ) -> Result<(tokio_postgres::Client, tokio::task::JoinHandle<()>), crate::Error> {
        crate::connect::Target::parse(config)?.connect().await
    }
}

/// Without the `mock` feature there is no mock, and no error of one:
///
/// ```compile_fail,E0433
/// let _ = prepared_runtime::Mock::new();
/// ```
///
/// ```compile_fail,E0599
/// fn f(e: prepared_runtime::Error) -> bool { matches!(e, prepared_runtime::Error::Mock { .. }) }
/// ```
#[cfg(all(doctest, not(feature = "mock")))]
pub struct MockNeedsItsFeature;

/// What generated code names; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::__prepared_link as link;
    pub use crate::convert::{text_accepts, text_from_sql, text_to_sql};
    pub use crate::copy::{CopyIn, CopyStatement, ToRow};
    pub use crate::error::Error;
    pub use crate::registry::*;
    pub use crate::row::{FromRow, FromRowAt, Place, Reader, RowType, place};
    pub use crate::statement::{Bound, Params, Statement};
    pub use bytes::BytesMut;
    pub use core::option::Option::{None, Some};

    /// What a registry's generated code names most, each as one token, brought in by one
    /// glob import (`use ::prepared::__private::names::*;`): an import of each name cost
    /// each rebuild an item per name and registry, more than their tokens save in a registry
    /// of a few statements.
    pub mod names {
        pub use crate::__private as __prepared;
        pub use crate::__private::{
            Bound as __PreparedBound, CopyStatement as __PreparedCopyStatement,
            DEFAULTS as __PREPARED_DEFAULTS, Location as __PreparedLocation,
            None as __PreparedNone, PreparedQuery as __PreparedQuery, Some as __PreparedSome,
            Statement as __PreparedStatement, StatementInfo as __PreparedStatementInfo,
            param as __prepared_param, row_info as __prepared_row_info,
        };
    }
    pub use postgres_types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
    pub use tokio_postgres::Row;

    pub use crate::cast;
    pub use crate::row::Column;
    pub use crate::statement::{Choice, Condition, Param};
    pub use crate::types::{Known, NaturalType, Probe, Unknown};

    /// A parameter as tokio-postgres binds it; bounded by `Param`, so that a type that
    /// cannot be bound is reported with `Param`'s notes.
    pub fn lend<T: Param>(value: &T) -> &(dyn ToSql + Sync) {
        value
    }

    /// What a `flatten` field's entry answers: its own fields are checked, not it.
    pub fn accepts_nothing(_: &Type) -> bool {
        false
    }

    /// Whether `T` can encode a value of `ty`.
    pub fn accepts_param<T: Param>(ty: &Type) -> bool {
        T::accepts(ty)
    }

    /// The entry of a parameter whose type the runtime gives a natural type: one call in
    /// the registry's entry, where a constant item of its own cost each rebuild an item.
    pub const fn param<T: Param + NaturalType>(
        name: &'static str,
        rust_type: &'static str,
        cast: Option<Type>,
        set: bool,
    ) -> ParamInfo {
        param_probed::<T>(name, rust_type, cast, set, T::natural_type)
    }

    /// The entry of a parameter whose natural type `natural_type` tells (a probe of the
    /// registry's, for a type the runtime does not know).
    pub const fn param_probed<T: Param>(
        name: &'static str,
        rust_type: &'static str,
        cast: Option<Type>,
        set: bool,
        natural_type: fn() -> Option<Type>,
    ) -> ParamInfo {
        ParamInfo {
            name,
            rust_type,
            accepts: accepts_param::<T>,
            cast,
            natural_type,
            set,
        }
    }

    /// The entry of a statement's row type `T`, named `rust_type` as declared.
    pub const fn row_info<T: FromRow>(rust_type: &'static str) -> Option<RowInfo> {
        Some(RowInfo {
            rust_type,
            columns: match T::COLUMNS {
                Some(columns) => columns,
                None => &[],
            },
        })
    }

    /// The entry of a COPY's row type `T`: the fields it writes.
    pub const fn copy_row_info<T: ToRow>(rust_type: &'static str) -> Option<RowInfo> {
        Some(RowInfo {
            rust_type,
            columns: T::FIELDS,
        })
    }

    /// Whether an array of field `F` of rows `R` (`@rows.field`) can encode `ty`. The field
    /// is named by an accessor, so that generated code need not name its type.
    pub const fn field_array_accepts<R, F: Param>(_field: fn(&R) -> &F) -> fn(&Type) -> bool {
        accepts_param::<Vec<F>>
    }

    /// A probe of the natural type of an array of field `F` of rows `R`.
    pub const fn field_array_probe<R, F>(_field: fn(&R) -> &F) -> Probe<Vec<F>> {
        Probe::new()
    }

    /// Whether `T` can decode a value of `ty`.
    pub fn accepts_column<T: Column>(ty: &Type) -> bool {
        T::accepts(ty)
    }

    /// The entry of a field of type `T` that reads the column of its own name, as
    /// `#[derive(FromRow)]` writes it: `nullable` when the field is an `Option`.
    pub const fn column<T: Column>(
        name: &'static str,
        rust_type: &'static str,
        nullable: bool,
    ) -> ColumnInfo {
        ColumnInfo::new(name, name, rust_type, nullable, accepts_column::<T>)
    }

    /// What a registry entry holds unless its statement says otherwise, for the entries'
    /// `..DEFAULTS`: every token an entry spells out costs each rebuild of its crate.
    pub const DEFAULTS: StatementInfo = StatementInfo {
        name: "",
        struct_name: "",
        sql: "",
        source_sql: "",
        replacements: &[],
        params: &[],
        row: None,
        not_null: &[],
        syntax_checked: true,
        location: Location {
            file: "",
            line: 0,
            sql_file: None,
        },
        variants: &[],
        bind: None,
        copy_probe: None,
        read_only: false,
    };
}
