//! A shop's statements: the kind of SQL a team hand-writes once an ORM is not enough.
//! `tests/sql.rs` proves every one of them against `sql/migrations`.

pub mod rows;

pub use rows::*;

/// Every registry of the shop, as its harness proves them.
pub static REGISTRIES: &[&prepared::Registry] = &[
    &customers::REGISTRY,
    &products::REGISTRY,
    &orders::REGISTRY,
    &jobs::REGISTRY,
    &feed::REGISTRY,
    &search::REGISTRY,
];

#[prepared::registry]
pub mod customers {
    use crate::rows::*;
    use prepared::{Json, prepared};
    use uuid::Uuid;

    #[prepared(
        "INSERT INTO customers(id, email, name, referrer, prefs) VALUES (@id, @email, @name, @referrer, @prefs)
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name
         RETURNING id, email, name, referrer, prefs, created_at",
        params(id: Uuid, email: &str, name: &str, referrer: Option<Uuid>, prefs: serde_json::Value),
        row = Customer
    )]
    pub struct CustomerUpsert;

    #[prepared("SELECT id, email, name, referrer, prefs, created_at FROM customers WHERE id = @id", params(id: Uuid), row = Customer)]
    pub struct CustomerById;

    #[prepared(
        "SELECT id, email, name, referrer, prefs, created_at FROM customers WHERE email = lower(@email)",
        params(email: String),
        row = Customer
    )]
    pub struct CustomerByEmail;

    #[prepared(
        "SELECT c.id, c.email, r.email AS referrer_email
         FROM customers c LEFT JOIN customers r ON r.id = c.referrer
         WHERE c.id = ANY(@ids)",
        params(ids: Vec<Uuid>),
        row = CustomerReferral
    )]
    pub struct CustomerReferrals;

    #[prepared(
        "UPDATE customers SET prefs = prefs || @patch::jsonb WHERE id = @id RETURNING prefs",
        params(id: Uuid, patch: Json<Prefs>)
    )]
    pub struct CustomerPrefsMerge;

    #[prepared("SELECT id FROM customers WHERE prefs @> @filter::jsonb", params(filter: serde_json::Value))]
    pub struct CustomersWithPrefs;

    #[prepared("SELECT prefs ->> @key AS value FROM customers WHERE id = @id", params(id: Uuid, key: &str))]
    pub struct CustomerPref;

    #[prepared("SELECT count(*) AS n FROM customers WHERE created_at >= @since", params(since: chrono::DateTime<chrono::Utc>))]
    pub struct CustomersSince;

    #[prepared("DELETE FROM customers WHERE id = @id AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = @id)", params(id: Uuid))]
    pub struct CustomerDeleteUnused;
}

#[prepared::registry]
pub mod products {
    use crate::rows::*;
    use prepared::prepared;

    // PostgreSQL forms sqlparser alone rejects, which the default check accepts.
    #[prepared(
        "INSERT INTO products(sku, name, price_cents) VALUES (@sku, @name, @price)
         ON CONFLICT (sku) WHERE discontinued_at IS NULL DO UPDATE SET price_cents = EXCLUDED.price_cents",
        params(sku: &str, name: &str, price: i64)
    )]
    pub struct ProductUpsertLive;

    #[prepared("UPDATE products SET tags[1] = @tag WHERE id = @id", params(id: i64, tag: &str))]
    pub struct ProductFirstTag;

    #[prepared(
        "INSERT INTO products(sku, name, price_cents, tags, attributes, stock)
         SELECT sku, name, price_cents, string_to_array(tag_list, ','), attributes, stock
         FROM UNNEST(@skus::text[], @names::text[], @prices::int8[], @tag_lists::text[], @attrs::jsonb[], @stocks::int4[])
         AS t(sku, name, price_cents, tag_list, attributes, stock)
         ON CONFLICT (sku) DO UPDATE SET price_cents = EXCLUDED.price_cents, stock = EXCLUDED.stock
         RETURNING id, sku",
        params(skus: Vec<String>, names: Vec<String>, prices: Vec<i64>, tag_lists: Vec<String>, attrs: Vec<serde_json::Value>, stocks: Vec<i32>)
    )]
    pub struct ProductsUpsertMany;

    #[prepared(
        "SELECT id, sku, name, price_cents, tags, attributes, stock, discontinued_at FROM products WHERE id = @id",
        params(id: i64),
        row = Product
    )]
    pub struct ProductById;

    #[prepared(
        "SELECT id, sku, name, price_cents, tags, attributes, stock, discontinued_at FROM products
         WHERE tags && @tags AND (@max_price::int8 IS NULL OR price_cents <= @max_price)
         ORDER BY price_cents LIMIT @limit",
        params(tags: Vec<String>, max_price: Option<i64>, limit: i64),
        row = Product
    )]
    pub struct ProductsByTags;

    #[prepared(
        "SELECT id, name, attributes -> 'dimensions' ->> 'weight' AS weight
         FROM products WHERE attributes ? @key AND attributes #>> '{color}' = @color",
        params(key: &str, color: &str)
    )]
    pub struct ProductsByAttribute;

    #[prepared(
        "SELECT id, name, price_cents,
                rank() OVER (PARTITION BY tags[1] ORDER BY price_cents DESC) AS price_rank,
                sum(stock) OVER () AS total_stock
         FROM products WHERE discontinued_at IS NULL",
        row = RankedProduct,
        not_null(price_rank)
    )]
    pub struct ProductsRanked;

    #[prepared("UPDATE products SET stock = stock - @quantity WHERE id = @id AND stock >= @quantity RETURNING stock", params(id: i64, quantity: i32))]
    pub struct ProductTake;

    #[prepared("UPDATE products SET discontinued_at = @on WHERE sku = ANY(@skus)", params(on: Option<chrono::NaiveDate>, skus: &[String]))]
    pub struct ProductsDiscontinue;

    #[prepared("SELECT DISTINCT unnest(tags) AS tag FROM products ORDER BY 1")]
    pub struct ProductTags;

    #[prepared(
        "SELECT p.id, p.name, best.quantity
         FROM products p
         CROSS JOIN LATERAL (
             SELECT sum(oi.quantity)::int8 AS quantity FROM order_items oi WHERE oi.product_id = p.id
         ) best
         ORDER BY best.quantity DESC NULLS LAST LIMIT @n",
        params(n: i64),
        row = BestSeller
    )]
    pub struct BestSellers;

    #[prepared(
        "SELECT id, price_with_tax(price_cents, @rate_percent) AS gross_cents FROM products WHERE id = @id",
        params(id: i64, rate_percent: i32),
        row = GrossPrice,
        not_null(gross_cents)
    )]
    pub struct ProductGrossPrice;

    #[prepared(
        "SELECT id FROM products WHERE price_with_tax(price_cents, @rate_percent) <= @max_gross_cents",
        params(rate_percent: i32, max_gross_cents: i64)
    )]
    pub struct ProductsUnderGross;
}

#[prepared::registry]
pub mod orders {
    use crate::rows::*;
    use prepared::prepared;
    use uuid::Uuid;

    #[prepared(
        "WITH new_order AS (
             INSERT INTO orders(customer_id, note) VALUES (@customer, @note) RETURNING id, customer_id, status, note, placed_at
         ), items AS (
             INSERT INTO order_items(order_id, product_id, quantity)
             SELECT new_order.id, item.product_id, item.quantity
             FROM new_order, UNNEST(@products::int8[], @quantities::int4[]) AS item(product_id, quantity)
             RETURNING quantity
         )
         SELECT id, customer_id, status, note, placed_at, (SELECT count(*) FROM items) AS item_count FROM new_order",
        params(customer: Uuid, note: Option<&str>, products: Vec<i64>, quantities: Vec<i32>),
        row = PlacedOrder,
        not_null(item_count)
    )]
    pub struct OrderPlace;

    #[prepared(
        "SELECT id, customer_id, status, note, placed_at FROM orders WHERE customer_id = @customer AND status = ANY(@statuses) ORDER BY placed_at DESC",
        params(customer: Uuid, statuses: Vec<OrderStatus>),
        row = Order
    )]
    pub struct OrdersOfCustomer;

    #[prepared("UPDATE orders SET status = @to WHERE id = @id AND status = @from", params(id: i64, from: OrderStatus, to: OrderStatus))]
    pub struct OrderTransition;

    #[prepared(
        "SELECT o.id, o.status, c.email, i.product_id, i.quantity
         FROM orders o
         JOIN customers c ON c.id = o.customer_id
         LEFT JOIN order_items i ON i.order_id = o.id
         WHERE o.id = @id",
        params(id: i64),
        row = OrderLine
    )]
    pub struct OrderLines;

    #[prepared(
        "SELECT o.customer_id, sum(p.price_cents * i.quantity)::int8 AS spent,
                count(DISTINCT o.id) AS orders,
                max(o.placed_at) AS last_order
         FROM orders o JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
         WHERE o.status <> 'cancelled'
         GROUP BY o.customer_id
         HAVING sum(p.price_cents * i.quantity)::int8 > @min_cents",
        params(min_cents: i64)
    )]
    pub struct TopCustomers;

    #[prepared(
        "SELECT id, status,
                lag(placed_at) OVER w AS previous_order,
                placed_at - lag(placed_at) OVER w AS gap
         FROM orders WHERE customer_id = @customer
         WINDOW w AS (ORDER BY placed_at)",
        params(customer: Uuid)
    )]
    pub struct OrderGaps;

    #[prepared("SELECT id FROM orders WHERE id = @id FOR UPDATE", params(id: i64))]
    pub struct OrderLock;

    // Both tables have `id`: each nested row reads its own, where its columns are.
    #[prepared(
        "SELECT o.*, c.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = @id",
        params(id: i64),
        row = OrderWithCustomer
    )]
    pub struct OrderAndCustomer;

    #[prepared(
        "SELECT c.id, r.id, c.email FROM customers c LEFT JOIN customers r ON r.id = c.referrer WHERE c.id = @id",
        params(id: Uuid),
        row = CustomerAndReferrer
    )]
    pub struct CustomerReferrerIds;

    #[prepared(
        "DELETE FROM orders WHERE status = 'cancelled' AND placed_at < @before RETURNING id",
        params(before: chrono::DateTime<chrono::Utc>)
    )]
    pub struct OrdersPurgeCancelled;

    #[prepared(
        "SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status",
        row = StatusCount,
        not_null(n)
    )]
    pub struct OrdersByStatus;
}

#[prepared::registry]
pub mod jobs {
    use crate::rows::*;
    use prepared::prepared;

    #[prepared(
        "INSERT INTO jobs(kind, payload, run_at) VALUES (@kind, @payload, coalesce(@run_at, now())) RETURNING id",
        params(kind: &str, payload: serde_json::Value, run_at: Option<chrono::DateTime<chrono::Utc>>)
    )]
    pub struct JobEnqueue;

    #[prepared(
        "UPDATE jobs SET locked_by = @worker, attempts = attempts + 1
         WHERE id IN (
             SELECT id FROM jobs
             WHERE locked_by IS NULL AND run_at <= now() AND kind = ANY(@kinds)
             ORDER BY run_at
             LIMIT @batch
             FOR UPDATE SKIP LOCKED
         )
         RETURNING id, kind, payload, attempts",
        params(worker: &str, kinds: Vec<String>, batch: i64),
        row = Job
    )]
    pub struct JobsClaim;

    #[prepared("DELETE FROM jobs WHERE id = @id AND locked_by = @worker", params(id: i64, worker: &str))]
    pub struct JobComplete;

    #[prepared(
        "UPDATE jobs SET locked_by = NULL, run_at = now() + make_interval(secs => @delay_secs) WHERE id = @id",
        params(id: i64, delay_secs: f64)
    )]
    pub struct JobRetry;

    #[prepared(
        "SELECT kind, count(*) FILTER (WHERE locked_by IS NOT NULL) AS running, count(*) AS total FROM jobs GROUP BY kind"
    )]
    pub struct JobStats;
}

#[prepared::registry]
pub mod feed {
    use prepared::prepared;

    /// 40 parameters: past 24, the registry binds them through a struct of its own.
    #[prepared(
        "INSERT INTO supplier_feed (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40)
         VALUES (@c01, @c02, @c03, @c04, @c05, @c06, @c07, @c08, @c09, @c10, @c11, @c12, @c13, @c14, @c15, @c16, @c17, @c18, @c19, @c20, @c21, @c22, @c23, @c24, @c25, @c26, @c27, @c28, @c29, @c30, @c31, @c32, @c33, @c34, @c35, @c36, @c37, @c38, @c39, @c40)",
        params(c01: i64, c02: Option<String>, c03: Option<i32>, c04: Option<bool>, c05: Option<f64>, c06: Option<i64>, c07: Option<String>, c08: Option<i32>, c09: Option<bool>, c10: Option<f64>, c11: Option<i64>, c12: Option<String>, c13: Option<i32>, c14: Option<bool>, c15: Option<f64>, c16: Option<i64>, c17: Option<String>, c18: Option<i32>, c19: Option<bool>, c20: Option<f64>, c21: Option<i64>, c22: Option<String>, c23: Option<i32>, c24: Option<bool>, c25: Option<f64>, c26: Option<i64>, c27: Option<String>, c28: Option<i32>, c29: Option<bool>, c30: Option<f64>, c31: Option<i64>, c32: Option<String>, c33: Option<i32>, c34: Option<bool>, c35: Option<f64>, c36: Option<i64>, c37: Option<String>, c38: Option<i32>, c39: Option<bool>, c40: Option<f64>)
    )]
    pub struct FeedInsert;
}

/// Dynamic SQL, each variant proven: optional filters, sort orders, and bulk writes.
#[prepared::registry]
pub mod search {
    use crate::rows::*;
    use prepared::prepared;

    /// How a search sorts: the caller picks a variant, never a string.
    #[prepared(order_by)]
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ProductOrder {
        #[prepared("p.price_cents, p.id")]
        Cheapest,
        #[prepared("p.price_cents DESC, p.id")]
        Dearest,
        #[prepared("p.name, p.id")]
        ByName,
    }

    /// Four optional filters (one of them needs a join) and three sort orders: 48 variants,
    /// each its own prepared statement, each proven by the harness.
    #[prepared(
        "SELECT p.id, p.name, p.price_cents, p.stock FROM products p
         {@sold_since: JOIN (SELECT DISTINCT oi.product_id FROM order_items oi
                             JOIN orders o ON o.id = oi.order_id
                             WHERE o.placed_at >= @sold_since) sold ON sold.product_id = p.id}
         WHERE p.price_cents <= @max_price
         {@tag: AND @tag = ANY(p.tags)}
         {@in_stock: AND p.stock > 0}
         {@name_like: AND p.name ILIKE @name_like}
         ORDER BY @order
         LIMIT @limit",
        params(
            max_price: i64,
            tag: Option<&str>,
            in_stock: bool,
            sold_since: Option<chrono::DateTime<chrono::Utc>>,
            name_like: Option<String>,
            order: ProductOrder,
            limit: i64
        ),
        row = ProductHit
    )]
    pub struct ProductsSearch;

    /// Only the columns asked for change: an optional `SET` item per column.
    #[prepared(
        "UPDATE products SET stock = stock {@restock: + @restock}
             {@rename: , name = @rename}
         WHERE id = @id
         RETURNING id, name, price_cents, stock",
        params(id: i64, restock: Option<i32>, rename: Option<&str>),
        row = ProductHit
    )]
    pub struct ProductPatch;

    /// Many rows in one statement: one array per field of `NewProduct`.
    #[prepared(
        "INSERT INTO products (sku, name, price_cents, stock, discontinued_at)
         SELECT * FROM UNNEST(@rows.sku::text[], @rows.name::text[], @rows.price_cents::int8[],
                              @rows.stock::int4[], @rows.discontinued_at::date[])
         RETURNING id",
        params(rows: &[NewProduct])
    )]
    pub struct ProductsInsertRows;

    /// The fastest bulk load: binary COPY of `NewProduct` rows.
    #[prepared(
        "COPY products (sku, name, price_cents, stock, discontinued_at) FROM STDIN (FORMAT binary)",
        row = NewProduct
    )]
    pub struct ProductsCopy;
}
