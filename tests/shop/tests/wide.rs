//! A statement with 40 parameters, past the tuples the runtime binds, run for real.

mod support;

use prepared::PreparedExt;
use prepared_shop::feed::PreparedStatement as F;

#[tokio::test]
async fn forty_parameters_bind_in_declared_order() {
    let url = support::database("", "").await;
    let client = prepared::Client::connect(&url).await.unwrap();
    let inserted = client
        .prepared_execute(F::feed_insert(
            0_i64,
            Some("v1".to_owned()),
            Some(2_i32),
            Some(true),
            Some(4.5_f64),
            Some(5_i64),
            Some("v6".to_owned()),
            Some(7_i32),
            Some(false),
            Some(9.5_f64),
            Some(10_i64),
            Some("v11".to_owned()),
            Some(12_i32),
            Some(true),
            Some(14.5_f64),
            Some(15_i64),
            Some("v16".to_owned()),
            Some(17_i32),
            Some(false),
            Some(19.5_f64),
            Some(20_i64),
            Some("v21".to_owned()),
            Some(22_i32),
            Some(true),
            Some(24.5_f64),
            Some(25_i64),
            Some("v26".to_owned()),
            Some(27_i32),
            Some(false),
            Some(29.5_f64),
            Some(30_i64),
            Some("v31".to_owned()),
            Some(32_i32),
            Some(true),
            Some(34.5_f64),
            Some(35_i64),
            Some("v36".to_owned()),
            Some(37_i32),
            Some(false),
            None,
        ))
        .await
        .unwrap();
    assert_eq!(inserted, 1);
    let row = client
        .query_one("SELECT * FROM supplier_feed", &[])
        .await
        .unwrap();
    assert_eq!(row.len(), 40);
    assert_eq!(row.get::<_, i64>("c01"), 0);
    assert_eq!(row.get::<_, Option<String>>("c02").as_deref(), Some("v1"));
    assert_eq!(row.get::<_, Option<i32>>("c03"), Some(2));
    assert_eq!(row.get::<_, Option<bool>>("c04"), Some(true));
    assert_eq!(row.get::<_, Option<f64>>("c05"), Some(4.5));
    assert_eq!(row.get::<_, Option<i64>>("c36"), Some(35));
    assert_eq!(row.get::<_, Option<f64>>("c40"), None);
    // Bound twice on one connection: prepared once, then from the cache.
    client
        .prepared_execute(F::feed_insert(
            7, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
            None, None, None, None, None, None, None, None, None, None, None, None, None, None,
            None, None, None, None, None, None, None, None, None, None, None,
        ))
        .await
        .unwrap();
    assert_eq!(client.cache_stats().prepares, 1);
    assert_eq!(client.cache_stats().hits, 1);
}
