//! Each type feature through the runtime against a real PostgreSQL: values written with
//! the SQL's casts come back equal, in prepared and pooler mode, and are found again by
//! parameters without casts (typed by the server, or in pooler mode by the Rust type).

use prepared::{Interval, Mode, PreparedExt};
use prepared_types::kinds::PreparedStatement as K;
use prepared_types::{JiffKinds, TimeKinds};
use std::str::FromStr;

struct Values {
    row: TimeKinds,
    jiff: JiffKinds,
}

/// The values of round `n`, each round its own day so rows of earlier rounds do not match.
fn values(n: u8) -> Values {
    let day = time::Date::from_calendar_date(2026, time::Month::December, 2 + n).unwrap();
    let at_time = time::Time::from_hms_micro(13, 45, 7, 123_456).unwrap();
    let local_at = time::PrimitiveDateTime::new(day, at_time);
    let instant = local_at.assume_utc();
    let mut flags = bit_vec::BitVec::from_elem(10, false);
    flags.set(1, true);
    flags.set(9, true);
    let row = TimeKinds {
        id: 0,
        day,
        at_time,
        local_at,
        instant,
        amount: rust_decimal::Decimal::from_str("12345.678901").unwrap(),
        host: cidr::IpInet::from_str("10.1.2.3").unwrap(),
        network: cidr::IpCidr::from_str("10.1.0.0/16").unwrap(),
        flags,
        fixed_flags: bit_vec::BitVec::from_fn(4, |i| i % 2 == 0),
        mac: eui48::MacAddress::parse_str("01:23:45:67:89:ab").unwrap(),
        spot: geo_types::Point::new(1.5, -2.25),
        area: geo_types::Rect::new((0.0, 0.0), (3.0, 4.0)),
        route: geo_types::LineString::from(vec![(0.0, 0.0), (1.0, 1.0), (2.0, 0.5)]),
        label: smol_str::SmolStr::new("a label that is longer than twenty-three bytes"),
        wait: Interval::new(14, 3, 4_000_000),
        amounts: vec![
            rust_decimal::Decimal::from_str("0.5").unwrap(),
            rust_decimal::Decimal::from_str("-7").unwrap(),
        ],
        note: None,
    };
    let jiff = JiffKinds {
        id: 0,
        day: jiff::civil::date(2026, 12, 2 + n as i8),
        at_time: jiff::civil::time(13, 45, 7, 123_456_000),
        local_at: jiff::civil::date(2026, 12, 2 + n as i8).at(13, 45, 7, 123_456_000),
        instant: jiff::Timestamp::from_microsecond(instant.unix_timestamp_nanos() as i64 / 1000)
            .unwrap(),
    };
    Values { row, jiff }
}

#[tokio::test]
async fn every_type_feature_round_trips_in_both_modes() {
    let pg = prepared_test_harness::with_schema(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
        .await
        .unwrap();
    for (n, mode) in [Mode::Prepared, Mode::Pooler].into_iter().enumerate() {
        let client = prepared::Client::connect_with_mode(&pg.connection_string(), mode)
            .await
            .unwrap();
        let Values { mut row, mut jiff } = values(n as u8);
        let inserted = client
            .prepared_query_one(K::kinds_insert(
                row.day,
                row.at_time,
                row.local_at,
                row.instant,
                row.amount,
                row.host,
                row.network,
                &row.flags,
                &row.fixed_flags,
                row.mac,
                row.spot,
                row.area,
                &row.route,
                &row.label,
                &row.wait,
                &row.amounts,
                row.note.clone(),
            ))
            .await
            .unwrap_or_else(|e| panic!("{mode:?}: {e}"));
        row.id = inserted.get("id");
        jiff.id = row.id;
        let read = client
            .prepared_query_one(K::kinds_by_id(row.id))
            .await
            .unwrap_or_else(|e| panic!("{mode:?}: {e}"));
        assert_eq!(read, row, "{mode:?}");

        let found = client
            .prepared_query_one(K::kinds_at_jiff(
                jiff.day,
                jiff.at_time,
                jiff.local_at,
                jiff.instant,
            ))
            .await
            .unwrap_or_else(|e| panic!("{mode:?}: {e}"));
        assert_eq!(found, jiff, "{mode:?}");

        let matching = client
            .prepared_query(K::kinds_matching(
                row.amount,
                row.host.address(),
                row.network,
                &row.flags,
                row.mac,
                row.label.clone(),
                Interval::new(14, 3, 4_000_000),
                cidr::IpCidr::from_str("10.0.0.0/8").unwrap(),
            ))
            .await
            .unwrap_or_else(|e| panic!("{mode:?}: {e}"));
        // Every round writes these same values, so round `n` finds `n + 1` rows.
        assert_eq!(matching.len(), n + 1, "{mode:?}");
    }
}
