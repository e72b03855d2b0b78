#![deny(missing_docs)]
//! `prepared`: hand-written PostgreSQL, declared next to its Rust types, checked by the
//! compiler, proven against the schema by one `cargo test`, executed on tokio-postgres.
//!
//! ```no_run
//! # #[derive(Debug, prepared::FromRow)]
//! # pub struct Service { pub id: i64, pub name: String }
//! #[prepared::registry]
//! pub mod queries {
//!     use prepared::prepared;
//!
//!     #[prepared("SELECT id, name FROM service WHERE id = @id", params(id: i64), row = super::Service)]
//!     pub struct ServiceById;
//! }
//!
//! # fn main() {}
//! # async fn run() -> Result<(), prepared::Error> {
//! use prepared::PreparedExt;
//! let client = prepared::Client::connect("host=/run/postgresql user=app").await?;
//! let service = client.prepared_query_one(queries::PreparedStatement::service_by_id(7)).await?;
//! # let _ = service;
//! # Ok(())
//! # }
//! ```
//!
//! See the README for the full tour.

/// Field attributes, each `#[prepared(..)]` on a field:
///
/// - `rename = "column"`: the column has another name than the field;
/// - `position = n`: the field reads the result's n-th column (1-based, as SQL's
///   `ORDER BY 1`) whatever its name: for a result that names two columns alike
///   (`SELECT a.id, b.id`), which a field could not tell apart by name;
/// - `flatten`: the field is a row type of its own (a `#[derive(FromRow)]` struct), whose
///   columns sit in its place in the result, as sqlc's `sqlc.embed(t)` and `SELECT t.*, u.*`
///   give them. Each of its fields is looked for where it would be, then by name, so two
///   nested rows may both have an `id`. The harness checks the nested fields' types and
///   nullability like any other.
///
/// ```
/// use prepared::FromRow;
///
/// #[derive(Debug, FromRow)]
/// pub struct Author {
///     pub id: i64,
///     pub name: String,
/// }
///
/// /// `SELECT p.id, p.title, a.* FROM posts p JOIN authors a ON a.id = p.author_id`
/// #[derive(Debug, FromRow)]
/// pub struct PostWithAuthor {
///     pub id: i64,
///     pub title: String,
///     #[prepared(flatten)]
///     pub author: Author,
/// }
///
/// /// `SELECT p.id, a.id, a.name AS author FROM posts p LEFT JOIN authors a ON ..`
/// #[derive(Debug, FromRow)]
/// pub struct PostAndAuthorIds {
///     #[prepared(position = 1)]
///     pub post_id: i64,
///     #[prepared(position = 2)]
///     pub author_id: Option<i64>,
///     #[prepared(rename = "author")]
///     pub author_name: Option<String>,
/// }
/// ```
pub use prepared_macros::FromRow;
#[doc = include_str!("doc/pg_text.md")]
pub use prepared_macros::PgText;
#[doc = include_str!("doc/to_row.md")]
pub use prepared_macros::ToRow;
/// Declares a statement: on a unit struct inside a [`macro@registry`] module.
///
/// | option | meaning |
/// |---|---|
/// | `"SQL"` or `file = "path.sql"` | the SQL, inline or from a file relative to the crate's `Cargo.toml` (rebuilt when the file changes) |
/// | `params(name: Type, ..)` | the parameters, used in the SQL as `@name`; a Rust keyword is written raw (`r#type` for `@type`) |
/// | `row = Type` | the row type, a `#[derive(FromRow)]` struct (for a `COPY`, a `#[derive(ToRow)]` struct) |
/// | `not_null(column, ..)` | columns the harness takes as NOT NULL (an expression known never to be NULL) |
/// | `all_rows` | the `UPDATE`/`DELETE` without `WHERE` is meant to change every row |
/// | `unchecked_syntax` | no compile-time syntax check, for valid PostgreSQL the check refuses; the harness still proves it |
/// | `primary` | runs on the primary even though it only reads; a [`Routed`] pool sends other reads to replicas |
///
/// In the SQL, `{@flag: …}` is a fragment present when `flag` is `Some(..)` or `true`, and
/// an enum marked `#[prepared(order_by)]` lists the `ORDER BY` choices a parameter of its
/// type stands for.
///
/// ```
/// #[derive(Debug, prepared::FromRow)]
/// pub struct Account {
///     pub id: i64,
///     pub email: String,
/// }
///
/// #[prepared::registry]
/// mod queries {
///     use super::Account;
///     use prepared::prepared;
///
///     #[prepared("SELECT id, email FROM accounts WHERE id = @id", params(id: i64), row = Account)]
///     pub struct AccountById;
///
///     // Present only when `domain` is `Some`.
///     #[prepared(
///         "SELECT id, email FROM accounts WHERE true {@domain: AND email LIKE '%@' || @domain}",
///         params(domain: Option<&str>),
///         row = Account
///     )]
///     pub struct Accounts;
///
///     #[prepared("SELECT count(*) AS n FROM accounts", not_null(n))]
///     pub struct AccountCount;
///
///     #[prepared("UPDATE accounts SET active = false", all_rows)]
///     pub struct DeactivateAll;
///
///     #[prepared(
///         "SELECT collation for (email) AS collation FROM accounts WHERE id = @id",
///         params(id: i64),
///         unchecked_syntax
///     )]
///     pub struct EmailCollation;
///
///     #[prepared("SELECT @type::text AS kind", params(r#type: &str))]
///     pub struct Kind;
///
///     // Read-only, yet never sent to a replica.
///     #[prepared("SELECT id, email FROM accounts WHERE id = @id", params(id: i64), row = Account, primary)]
///     pub struct AccountByIdOnThePrimary;
/// }
///
/// fn main() {
///     let by_id = queries::PreparedStatement::account_by_id(7);
///     assert!(by_id.sql().starts_with("SELECT id, email FROM accounts WHERE id = $1"));
///     let _all = queries::PreparedStatement::accounts(None);
///     let _gmail = queries::PreparedStatement::accounts(Some("gmail.com"));
/// }
/// ```
pub use prepared_macros::prepared;
/// Turns an inline module into a registry: every `#[prepared(..)]` unit struct in it gets
/// a constructor on `PreparedStatement` (named after the struct in snake case), a
/// `PreparedQuery` constant (`PreparedQueryEnum::Name`; `PreparedQueryEnum` is another name
/// for `PreparedStatement`), and an entry of `REGISTRY`, which the test harness proves
/// (found by linking: `prepared_test_harness::main()`). `#[prepared::registry(sql_comment =
/// false)]` leaves the sqlcommenter comment (`/*module='…',statement='…'*/`) off the SQL.
///
/// ```
/// #[prepared::registry(sql_comment = false)]
/// mod billing {
///     use prepared::prepared;
///
///     #[prepared("SELECT 1 AS one")]
///     pub struct One;
/// }
///
/// fn main() {
///     assert_eq!(billing::PreparedStatement::one().sql(), "SELECT 1 AS one");
///     assert_eq!(billing::REGISTRY.statements.len(), 1);
///     assert_eq!(billing::PreparedQueryEnum::One.name(), "one");
/// }
/// ```
pub use prepared_macros::registry;
// Without features the module is empty, and rustc calls a glob that brings nothing unused.
#[allow(unused_imports)]
pub use prepared_runtime::optional::*;
// Each re-export carries an example of its own (`src/doc/`), compiled as a doctest of this
// crate, after the item's own documentation.
#[doc = include_str!("doc/bound.md")]
pub use prepared_runtime::Bound;
#[doc = include_str!("doc/cache_stats.md")]
pub use prepared_runtime::CacheStats;
#[doc = include_str!("doc/client.md")]
pub use prepared_runtime::Client;
#[doc = include_str!("doc/copy_ext.md")]
pub use prepared_runtime::CopyExt;
#[doc = include_str!("doc/copy_in.md")]
pub use prepared_runtime::CopyIn;
#[doc = include_str!("doc/copy_statement.md")]
pub use prepared_runtime::CopyStatement;
#[doc = include_str!("doc/connect_timeout.md")]
pub use prepared_runtime::DEFAULT_CONNECT_TIMEOUT;
#[doc = include_str!("doc/error.md")]
pub use prepared_runtime::Error;
#[doc = include_str!("doc/error_kind.md")]
pub use prepared_runtime::ErrorKind;
#[cfg(feature = "mock")]
#[doc = include_str!("doc/expect.md")]
pub use prepared_runtime::Expect;
#[cfg(feature = "mock")]
#[doc = include_str!("doc/expect_any.md")]
pub use prepared_runtime::ExpectAny;
#[doc = include_str!("doc/expected_rows.md")]
pub use prepared_runtime::ExpectedRows;
#[doc = include_str!("doc/from_row_trait.md")]
pub use prepared_runtime::FromRow;
#[doc = include_str!("doc/in_transaction.md")]
pub use prepared_runtime::InTransaction;
#[doc = include_str!("doc/json.md")]
pub use prepared_runtime::Json;
#[cfg(feature = "mock")]
#[doc = include_str!("doc/mock.md")]
pub use prepared_runtime::Mock;
#[cfg(feature = "mock")]
#[doc = include_str!("doc/mock_call.md")]
pub use prepared_runtime::MockCall;
#[cfg(feature = "mock")]
#[doc = include_str!("doc/mock_db_error.md")]
pub use prepared_runtime::MockDbError;
#[doc = include_str!("doc/mode.md")]
pub use prepared_runtime::Mode;
pub use prepared_runtime::Multiplexed;
#[doc = include_str!("doc/multiplexed_builder.md")]
pub use prepared_runtime::MultiplexedBuilder;
#[doc = include_str!("doc/nullable.md")]
pub use prepared_runtime::Nullable;
#[doc = include_str!("doc/params.md")]
pub use prepared_runtime::Params;
pub use prepared_runtime::PreparedExt;
#[doc = include_str!("doc/prepared_query.md")]
pub use prepared_runtime::PreparedQuery;
#[doc = include_str!("doc/registry.md")]
pub use prepared_runtime::Registry;
#[doc = include_str!("doc/routed.md")]
pub use prepared_runtime::Routed;
#[doc = include_str!("doc/routed_builder.md")]
pub use prepared_runtime::RoutedBuilder;
#[doc = include_str!("doc/routed_handle.md")]
pub use prepared_runtime::RoutedHandle;
#[doc = include_str!("doc/routed_stats.md")]
pub use prepared_runtime::RoutedStats;
#[doc = include_str!("doc/row_stream.md")]
pub use prepared_runtime::RowStream;
#[doc = include_str!("doc/sql_state.md")]
pub use prepared_runtime::SqlState;
#[doc = include_str!("doc/statement.md")]
pub use prepared_runtime::Statement;
#[doc = include_str!("doc/to_row.md")]
pub use prepared_runtime::ToRow;
#[doc = include_str!("doc/transaction.md")]
pub use prepared_runtime::Transaction;
#[doc = include_str!("doc/transaction_options.md")]
pub use prepared_runtime::TransactionOptions;
#[doc = include_str!("doc/warm_up.md")]
pub use prepared_runtime::WarmUp;

/// What generated code and `prepared`'s own crates name; not a public API.
#[doc(hidden)]
pub use prepared_runtime::{__private, Session, cast, registry};

// The guide's examples (`docs/src`) are compiled, and where they need no database run, as
// doctests; the README's are the `tests/quickstart` crate, file for file. `tests/guide.rs`
// keeps this list equal to the guide's chapters.
#[cfg(doctest)]
mod guide {
    #[doc = include_str!("../docs/src/introduction.md")]
    pub struct Introduction;
    #[doc = include_str!("../docs/src/statements.md")]
    pub struct Statements;
    #[doc = include_str!("../docs/src/checks.md")]
    pub struct Checks;
    #[doc = include_str!("../docs/src/harness.md")]
    pub struct Harness;
    #[doc = include_str!("../docs/src/dynamic.md")]
    pub struct Dynamic;
    #[doc = include_str!("../docs/src/production.md")]
    pub struct Production;
    #[doc = include_str!("../docs/src/scaling.md")]
    pub struct Scaling;
    #[doc = include_str!("../docs/src/mock.md")]
    pub struct Mock;
    #[doc = include_str!("../docs/src/types.md")]
    pub struct Types;
    #[doc = include_str!("../docs/src/cli.md")]
    pub struct Cli;
    #[doc = include_str!("../docs/src/moving-over.md")]
    pub struct MovingOver;
    #[doc = include_str!("../docs/src/troubleshooting.md")]
    pub struct Troubleshooting;
}
