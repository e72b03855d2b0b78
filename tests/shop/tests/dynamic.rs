//! Dynamic SQL run for real: every combination of a search's optional filters and sort
//! orders against a hand-written equivalent, partial updates, and bulk inserts of rows.

mod support;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use prepared::{CopyExt, PreparedExt};
use prepared_shop::search::{PreparedStatement as S, ProductOrder};
use prepared_shop::{NewProduct, ProductHit};

/// Products that every filter splits differently: tags, stock, prices, names, and orders
/// of different ages.
const DATA: &str = "
INSERT INTO customers(id, email, name) VALUES ('00000000-0000-0000-0000-000000000001', 'ada@example.com', 'Ada');
INSERT INTO products(sku, name, price_cents, tags, stock) VALUES
    ('S-1', 'Steel anvil', 1999, '{tools}', 3),
    ('S-2', 'Bucket', 499, '{garden,tools}', 0),
    ('S-3', 'Garden hose', 1299, '{garden}', 7),
    ('S-4', 'Steel rake', 899, '{garden,tools}', 0),
    ('S-5', 'Lamp', 2999, '{}', 1),
    ('S-6', 'Bucket deluxe', 899, '{garden}', 4);
INSERT INTO orders(customer_id, status, placed_at) VALUES
    ('00000000-0000-0000-0000-000000000001', 'paid', now() - interval '30 days'),
    ('00000000-0000-0000-0000-000000000001', 'paid', now() - interval '2 days');
INSERT INTO order_items(order_id, product_id, quantity) VALUES (1, 1, 1), (1, 3, 1), (2, 3, 2), (2, 4, 1);
";

/// The same search written by hand as one static statement, with `IS NULL OR` filters, an
/// `EXISTS` instead of the join, and the sort order spelled out.
fn by_hand(order: ProductOrder) -> String {
    let order_by = match order {
        ProductOrder::Cheapest => "p.price_cents, p.id",
        ProductOrder::Dearest => "p.price_cents DESC, p.id",
        ProductOrder::ByName => "p.name, p.id",
    };
    format!(
        "SELECT p.id, p.name, p.price_cents, p.stock FROM products p
         WHERE p.price_cents <= $1
           AND ($2::text IS NULL OR $2 = ANY(p.tags))
           AND (NOT $3 OR p.stock > 0)
           AND ($4::timestamptz IS NULL OR EXISTS (
                SELECT 1 FROM order_items oi JOIN orders o ON o.id = oi.order_id
                WHERE oi.product_id = p.id AND o.placed_at >= $4))
           AND ($5::text IS NULL OR p.name ILIKE $5)
         ORDER BY {order_by} LIMIT $6"
    )
}

#[tokio::test]
async fn every_combination_of_filters_and_orders_matches_the_hand_written_query() {
    let url = support::database(DATA, "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let week_ago: DateTime<Utc> = Utc::now() - Duration::days(7);
    let orders = [
        ProductOrder::Cheapest,
        ProductOrder::Dearest,
        ProductOrder::ByName,
    ];
    let mut combinations = 0;
    let mut sizes = std::collections::BTreeSet::new();
    for round in 0..2 {
        for mask in 0..16u32 {
            for order in orders {
                let tag = (mask & 1 != 0).then_some("garden");
                let in_stock = mask & 2 != 0;
                let sold_since = (mask & 4 != 0).then_some(week_ago);
                let name_like = (mask & 8 != 0).then(|| "%bucket%".to_owned());
                let query = S::products_search(
                    2500,
                    tag,
                    in_stock,
                    sold_since,
                    name_like.clone(),
                    order,
                    10,
                );
                // The join is in the SQL only when its filter is.
                assert_eq!(query.sql().contains("JOIN"), sold_since.is_some());
                assert!(!query.sql().contains('{'), "{}", query.sql());
                let got = client.prepared_query(query).await.unwrap();
                let expected: Vec<ProductHit> = client
                    .query(
                        &by_hand(order),
                        &[&2500_i64, &tag, &in_stock, &sold_since, &name_like, &10_i64],
                    )
                    .await
                    .unwrap()
                    .iter()
                    .map(|r| ProductHit {
                        id: r.get(0),
                        name: r.get(1),
                        price_cents: r.get(2),
                        stock: r.get(3),
                    })
                    .collect();
                assert_eq!(
                    got,
                    expected,
                    "tag={tag:?} in_stock={in_stock} sold_since={} name_like={name_like:?} order={order:?}",
                    sold_since.is_some()
                );
                if round == 0 {
                    combinations += 1;
                    sizes.insert(got.len());
                }
            }
        }
    }
    assert_eq!(combinations, 48);
    // The data splits: the filters are not all vacuous.
    assert!(sizes.len() >= 4, "result sizes {sizes:?}");
    // Each variant is its own prepared statement, prepared once and then reused.
    let stats = client.cache_stats();
    assert_eq!((stats.prepares, stats.hits, stats.len), (48, 48, 48));
}

#[tokio::test]
async fn a_partial_update_sets_only_what_it_is_given() {
    let url = support::database(DATA, "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let hit = |stock, name: &str| ProductHit {
        id: 2,
        name: name.to_owned(),
        price_cents: 499,
        stock,
    };
    let row = client
        .prepared_query_one(S::product_patch(2, None, None))
        .await
        .unwrap();
    assert_eq!(row, hit(0, "Bucket"));
    let row = client
        .prepared_query_one(S::product_patch(2, Some(5), None))
        .await
        .unwrap();
    assert_eq!(row, hit(5, "Bucket"));
    let row = client
        .prepared_query_one(S::product_patch(2, None, Some("Pail")))
        .await
        .unwrap();
    assert_eq!(row, hit(5, "Pail"));
    let row = client
        .prepared_query_one(S::product_patch(2, Some(-2), Some("Big pail")))
        .await
        .unwrap();
    assert_eq!(row, hit(3, "Big pail"));
}

/// Every product, by sku, read back with plain tokio-postgres.
async fn products(client: &prepared::Client) -> Vec<NewProduct> {
    client
        .query(
            "SELECT sku, name, price_cents, stock, discontinued_at FROM products ORDER BY sku",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| NewProduct {
            sku: r.get(0),
            name: r.get(1),
            price_cents: r.get(2),
            stock: r.get(3),
            discontinued_at: r.get(4),
        })
        .collect()
}

#[tokio::test]
async fn rows_insert_as_one_array_per_field() {
    let url = support::database("", "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let rows: Vec<NewProduct> = (0..250)
        .map(|i| NewProduct {
            sku: format!("N-{i:03}"),
            name: format!("Nail {i}"),
            price_cents: i64::from(i) * 3,
            stock: i,
            discontinued_at: (i % 3 == 0)
                .then(|| NaiveDate::from_ymd_opt(2026, 1, 1 + i as u32 % 28).unwrap()),
        })
        .collect();
    let ids = client
        .prepared_query(S::products_insert_rows(&rows))
        .await
        .unwrap();
    assert_eq!(ids.len(), rows.len());
    assert_eq!(products(&client).await, rows);
    // No rows is an empty insert, not an error.
    let none = client
        .prepared_query(S::products_insert_rows(&[]))
        .await
        .unwrap();
    assert!(none.is_empty());
}

fn nails(n: i32) -> Vec<NewProduct> {
    (0..n)
        .map(|i| NewProduct {
            sku: format!("C-{i:05}"),
            name: format!("Nail {i}"),
            price_cents: i64::from(i),
            stock: i % 7,
            discontinued_at: (i % 5 == 0).then(|| NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()),
        })
        .collect()
}

#[tokio::test]
async fn copy_writes_typed_rows_from_an_iterator_or_a_stream() {
    let url = support::database("", "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let rows = nails(10_000);
    let copied = client
        .prepared_copy_in(S::products_copy(), &rows)
        .await
        .unwrap();
    assert_eq!(copied, 10_000);
    assert_eq!(products(&client).await, rows);
    // Rows that arrive while the COPY runs, owned, inside a transaction.
    let mut client = client;
    let tx = client.transaction().await.unwrap();
    let more = futures_util::stream::iter(nails(10_100).into_iter().skip(10_000));
    let copied = tx
        .prepared_copy_in_stream(S::products_copy(), more)
        .await
        .unwrap();
    assert_eq!(copied, 100);
    tx.commit().await.unwrap();
    let count: i64 = client
        .query_one("SELECT count(*) FROM products", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 10_100);
}

#[tokio::test]
async fn a_refused_row_names_its_index_and_nothing_is_written() {
    let url = support::database("", "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let mut rows = nails(50);
    // `price_cents >= 0` is a CHECK constraint of `products`.
    rows[37].price_cents = -1;
    let error = client
        .prepared_copy_in(S::products_copy(), &rows)
        .await
        .unwrap_err();
    let prepared::Error::Copy { statement, row, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!((*statement, *row), ("products_copy", Some(37)));
    let message = error.to_string();
    assert!(
        message.starts_with("statement `products_copy`: COPY failed at row 37: ERROR 23514: ")
            && message.contains("check constraint \"products_price_cents_check\""),
        "{message}"
    );
    assert_eq!(
        error.code(),
        Some(&tokio_postgres::error::SqlState::CHECK_VIOLATION)
    );
    let count: i64 = client
        .query_one("SELECT count(*) FROM products", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 0);
}

/// The guide's examples of dynamic SQL (`docs/src/dynamic.md`) are these tests' code:
/// every line of its Rust blocks appears in the shop's statements or in this file.
#[test]
fn the_guide_shows_the_tested_code() {
    let section = include_str!("../../../docs/src/dynamic.md");
    let sources = [include_str!("../src/lib.rs"), include_str!("dynamic.rs")];
    let mut blocks = 0;
    for block in section.split("```rust").skip(1) {
        let code = block.split("```").next().unwrap();
        blocks += 1;
        // Lines rustdoc hides (`# …`) are the doctest's scaffolding, not the shop's code.
        for line in code.lines().map(str::trim).filter(|l| {
            !l.is_empty() && !l.starts_with("# ") && *l != "#" && !l.starts_with(",no_run")
        }) {
            assert!(
                sources.iter().any(|s| s.lines().any(|l| l.trim() == line)),
                "docs/src/dynamic.md line not in the tested code: {line}"
            );
        }
    }
    assert_eq!(blocks, 2);
}
