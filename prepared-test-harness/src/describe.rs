//! The shape of a statement no macro has seen yet, as the harness would judge it: the
//! parameter types PostgreSQL infers, and each column's type and nullability by the same
//! catalog read and outer-join analysis that the checks use. `prepared describe` and
//! `prepared import` build declarations from it.

use crate::check::{Nullability, attributes, table_oids};
use postgres_types::Type;
use tokio_postgres::Client;

/// What PostgreSQL and the harness's analysis say of one statement.
#[derive(Debug, Clone)]
pub struct Description {
    /// The type PostgreSQL infers for each `$n`, in order.
    pub params: Vec<Type>,
    /// The result columns, in order.
    pub columns: Vec<DescribedColumn>,
}

/// One result column.
#[derive(Debug, Clone)]
pub struct DescribedColumn {
    /// The column's name.
    pub name: String,
    /// Its PostgreSQL type.
    pub ty: Type,
    /// Why the column can be NULL; `None` when it cannot.
    pub nullable: Option<String>,
    /// The table it is read from, when it is a table's column.
    pub table: Option<String>,
}

/// Prepares `sql` (with `$n` parameters) and reads what the checks would read about it.
/// Nothing is executed. `prepared describe` and `prepared import` write declarations from
/// it.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let pg = prepared_test_harness::TempPostgres::start()?;
/// let (client, _driver) = pg.connect().await?;
/// client.batch_execute("CREATE TABLE users (id int8 PRIMARY KEY, email text)").await?;
/// let d = prepared_test_harness::describe_statement(
///     &client,
///     "SELECT u.id, u.email FROM users u WHERE u.id = $1",
/// )
/// .await?;
/// assert_eq!(d.params, [postgres_types::Type::INT8]);
/// assert!(d.columns[0].nullable.is_none()); // the primary key
/// assert!(d.columns[1].nullable.is_some()); // `email` allows NULL
/// # Ok(())
/// # }
/// ```
pub async fn describe_statement(
    client: &Client,
    sql: &str,
) -> Result<Description, tokio_postgres::Error> {
    let statement = client.prepare(sql).await?;
    let attributes = attributes(client, table_oids(statement.columns().iter())).await?;
    let nullability = Nullability::new(sql, &attributes);
    Ok(Description {
        params: statement.params().to_vec(),
        columns: statement
            .columns()
            .iter()
            .enumerate()
            .map(|(i, c)| DescribedColumn {
                name: c.name().to_owned(),
                ty: c.type_().clone(),
                nullable: nullability.reason(i, c),
                table: c
                    .table_oid()
                    .zip(c.column_id())
                    .and_then(|key| attributes.get(&key))
                    .map(|a| a.table.clone()),
            })
            .collect(),
    })
}
