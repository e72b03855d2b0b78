//! The harness judges the feature types by their own `accepts`: a type that cannot take
//! what PostgreSQL infers fails with both types named, and the same statement with the
//! right type passes.

use prepared_test_harness::check_with;

#[derive(Debug, prepared::FromRow)]
pub struct Wrong {
    pub day: jiff::Timestamp,
}

#[prepared::registry]
mod probes {
    use super::Wrong;
    use prepared::prepared;

    // `cidr = $1` resolves to `inet = inet`: PostgreSQL infers `inet` for the parameter.
    #[prepared("SELECT id FROM kinds WHERE network = @network", params(network: cidr::IpCidr))]
    pub struct CidrWithoutCast;

    #[prepared("SELECT id FROM kinds WHERE network = @network::cidr", params(network: cidr::IpCidr))]
    pub struct CidrWithCast;

    #[prepared("SELECT day FROM kinds", row = Wrong)]
    pub struct DateIntoTimestamp;

    #[prepared("SELECT amount FROM kinds WHERE wait > @wait", params(wait: prepared::Interval))]
    pub struct IntervalParam;
}

#[tokio::test]
async fn mismatched_feature_types_fail_with_both_types_named() {
    let pg = prepared_test_harness::with_schema(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
        .await
        .unwrap();
    let statements: Vec<_> = probes::REGISTRY.statements.to_vec();
    let outcomes = check_with(&pg.connection_string(), &statements)
        .await
        .unwrap();
    let verdicts: Vec<(&str, bool)> = outcomes
        .iter()
        .map(|o| (o.statement.name, o.passed()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("cidr_without_cast", false),
            ("cidr_with_cast", true),
            ("date_into_timestamp", false),
            ("interval_param", true)
        ]
    );
    let cidr = outcomes[0].message();
    assert!(cidr.contains("PostgreSQL infers type `inet`, which the declared Rust type `cidr::IpCidr` cannot encode"), "{cidr}");
    let date = outcomes[2].message();
    assert!(
        date.contains("`day`") && date.contains("date") && date.contains("Timestamp"),
        "{date}"
    );
}
