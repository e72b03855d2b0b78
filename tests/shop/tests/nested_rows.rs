//! Row types that nest (`#[prepared(flatten)]`) and read by position
//! (`#[prepared(position = n)]`), run for real: results that name a column twice.

mod support;

use prepared::PreparedExt;
use prepared_shop::orders::PreparedStatement as O;
use uuid::Uuid;

const ADA: Uuid = Uuid::from_u128(1);
const BOB: Uuid = Uuid::from_u128(2);

#[tokio::test]
async fn flattened_rows_and_positions_read_the_right_columns() {
    let url = support::database(support::SEED, "").await;
    let client = prepared::Client::connect(&url).await.unwrap();

    // `SELECT o.*, c.*`: both have `id`; each nested row reads its own.
    let both = client
        .prepared_query_one(O::order_and_customer(2))
        .await
        .unwrap();
    assert_eq!(both.order.id, 2);
    assert_eq!(both.order.customer_id, BOB);
    assert_eq!(both.order.note.as_deref(), Some("late"));
    assert_eq!(both.customer.id, BOB);
    assert_eq!(both.customer.email, "bob@example.com");
    assert_eq!(both.customer.referrer, Some(ADA));

    // `SELECT c.id, r.id, c.email`: the second `id` is the referrer's, NULL for Ada.
    let bob = client
        .prepared_query_one(O::customer_referrer_ids(BOB))
        .await
        .unwrap();
    assert_eq!(
        (bob.id, bob.referrer_id, bob.email.as_str()),
        (BOB, Some(ADA), "bob@example.com")
    );
    let ada = client
        .prepared_query_one(O::customer_referrer_ids(ADA))
        .await
        .unwrap();
    assert_eq!((ada.id, ada.referrer_id), (ADA, None));
}

#[derive(Debug, prepared::FromRow)]
pub struct EmailThenIds {
    pub id: Uuid,
    pub email: String,
}

#[prepared::registry]
mod unproven {
    use super::EmailThenIds;
    use prepared::prepared;

    // The harness refuses this row type (a repeated name read by name); run anyway, the
    // read must fail rather than take the first `id`.
    #[prepared(
        "SELECT c.email, c.id, r.id FROM customers c JOIN customers r ON r.id = c.referrer",
        row = EmailThenIds
    )]
    pub struct Ambiguous;
}

#[tokio::test]
async fn a_repeated_name_read_by_name_is_an_error_not_the_first_column() {
    let url = support::database(support::SEED, "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let err = client
        .prepared_query(unproven::PreparedStatement::ambiguous())
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "statement `ambiguous`: the result has 2 columns named `id` (field `id`); give the field `#[prepared(position = n)]` to read the n-th column, or alias the columns apart in the SQL"
    );
}
