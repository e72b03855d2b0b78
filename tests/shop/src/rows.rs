//! Row types and parameter types of the shop's statements.

use chrono::{DateTime, NaiveDate, Utc};
use postgres_types::{FromSql, ToSql};
use prepared::{FromRow, Json};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The PostgreSQL enum `order_status`, bound through postgres-types' derives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ToSql, FromSql)]
#[postgres(name = "order_status")]
pub enum OrderStatus {
    #[postgres(name = "pending")]
    Pending,
    #[postgres(name = "paid")]
    Paid,
    #[postgres(name = "shipped")]
    Shipped,
    #[postgres(name = "cancelled")]
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    pub newsletter: bool,
}

#[derive(Debug, FromRow)]
pub struct Customer {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub referrer: Option<Uuid>,
    pub prefs: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, FromRow)]
pub struct CustomerReferral {
    pub id: Uuid,
    pub email: String,
    /// From the outer side of a LEFT JOIN: NULL without a referrer.
    pub referrer_email: Option<String>,
}

#[derive(Debug, FromRow)]
pub struct Product {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub price_cents: i64,
    pub tags: Vec<String>,
    pub attributes: Json<serde_json::Value>,
    pub stock: i32,
    pub discontinued_at: Option<NaiveDate>,
}

#[derive(Debug, FromRow)]
pub struct RankedProduct {
    pub id: i64,
    pub name: String,
    pub price_cents: i64,
    pub price_rank: i64,
    pub total_stock: Option<i64>,
}

#[derive(Debug, FromRow)]
pub struct BestSeller {
    pub id: i64,
    pub name: String,
    pub quantity: Option<i64>,
}

#[derive(Debug, FromRow)]
pub struct GrossPrice {
    pub id: i64,
    pub gross_cents: i64,
}

#[derive(Debug, FromRow)]
pub struct Order {
    pub id: i64,
    pub customer_id: Uuid,
    pub status: OrderStatus,
    pub note: Option<String>,
    pub placed_at: DateTime<Utc>,
}

/// An order with its customer, each a row type of its own (`SELECT o.*, c.*`).
#[derive(Debug, FromRow)]
pub struct OrderWithCustomer {
    #[prepared(flatten)]
    pub order: Order,
    #[prepared(flatten)]
    pub customer: Customer,
}

/// A result that names two columns `id`, read by position.
#[derive(Debug, FromRow)]
pub struct CustomerAndReferrer {
    #[prepared(position = 1)]
    pub id: Uuid,
    #[prepared(position = 2)]
    pub referrer_id: Option<Uuid>,
    pub email: String,
}

#[derive(Debug, FromRow)]
pub struct PlacedOrder {
    pub id: i64,
    pub customer_id: Uuid,
    pub status: OrderStatus,
    pub note: Option<String>,
    pub placed_at: DateTime<Utc>,
    pub item_count: i64,
}

#[derive(Debug, FromRow)]
pub struct OrderLine {
    pub id: i64,
    pub status: OrderStatus,
    pub email: String,
    pub product_id: Option<i64>,
    pub quantity: Option<i32>,
}

#[derive(Debug, FromRow)]
pub struct StatusCount {
    pub status: OrderStatus,
    pub n: i64,
}

#[derive(Debug, FromRow)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: i32,
}

/// A product as a search lists it.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct ProductHit {
    pub id: i64,
    pub name: String,
    pub price_cents: i64,
    pub stock: i32,
}

/// A product to insert in bulk: by field arrays (`@rows.sku`) or by COPY.
#[derive(Debug, Clone, PartialEq, Eq, prepared::ToRow)]
pub struct NewProduct {
    pub sku: String,
    pub name: String,
    pub price_cents: i64,
    pub stock: i32,
    pub discontinued_at: Option<chrono::NaiveDate>,
}
