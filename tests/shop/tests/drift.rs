//! The whole shop registry against a matrix of migrations, run the way users run the
//! harness: the `prove-shop` process, on its throwaway default and through `DATABASE_URL`
//! on a database that holds data. Each case names, by hand, exactly the statements the
//! migration breaks; every other statement must pass, and each failure must carry its
//! own reason.

mod support;

use support::{Run, SEED, Target, TempDir, database, run_harness};

struct Case {
    /// The migration that drifts the schema away from the statements.
    migration: &'static str,
    /// Exactly the statements it breaks; `search{..flag..}` stands for every variant of
    /// `search` that holds the fragment of `flag`.
    failing: &'static [&'static str],
    /// For some of them, a piece of the reason their failure must show.
    reasons: &'static [(&'static str, &'static str)],
}

const RENAMED_COLUMN: Case = Case {
    migration: "ALTER TABLE products RENAME COLUMN sku TO code",
    failing: &[
        "product_upsert_live",
        "products_upsert_many",
        "product_by_id",
        "products_by_tags",
        "products_discontinue",
        "products_insert_rows",
        "products_copy",
    ],
    reasons: &[
        (
            "products_upsert_many",
            "ERROR 42703: column \"sku\" of relation \"products\" does not exist",
        ),
        (
            "product_by_id",
            "ERROR 42703: column \"sku\" does not exist",
        ),
        ("products_discontinue", "WHERE sku = ANY(@skus)"),
    ],
};

const DROPPED_COLUMN: Case = Case {
    migration: "ALTER TABLE customers DROP COLUMN referrer",
    failing: &[
        "customer_referrer_ids",
        "order_and_customer",
        "customer_upsert",
        "customer_by_id",
        "customer_by_email",
        "customer_referrals",
    ],
    reasons: &[
        // A nested row type's field, found missing like any other.
        (
            "order_and_customer",
            "reads column `referrer`, which the result does not have",
        ),
        (
            "customer_upsert",
            "ERROR 42703: column \"referrer\" of relation \"customers\" does not exist",
        ),
        (
            "customer_referrals",
            "ERROR 42703: column c.referrer does not exist",
        ),
    ],
};

const DROPPED_TABLE: Case = Case {
    migration: "DROP TABLE order_items",
    failing: &[
        "best_sellers",
        "order_place",
        "order_lines",
        "top_customers",
        // Only the variants whose optional join reads `order_items`.
        "products_search{..sold_since..}",
    ],
    reasons: &[
        (
            "order_lines",
            "ERROR 42P01: relation \"order_items\" does not exist",
        ),
        ("best_sellers", "ERROR 42P01"),
        (
            "products_search{sold_since,order=Cheapest}",
            "ERROR 42P01: relation \"order_items\" does not exist",
        ),
    ],
};

/// `jobs.id` is read by `jobs_claim` into `id: i64` and bound from `i64` by the others.
const INT_TO_TEXT: Case = Case {
    migration: "ALTER TABLE jobs ALTER COLUMN id TYPE text",
    failing: &["jobs_claim", "job_complete", "job_retry"],
    reasons: &[
        (
            "jobs_claim",
            "column `id` has PostgreSQL type `text`, which field `id: i64` cannot read",
        ),
        (
            "job_complete",
            "parameter `@id` ($1): PostgreSQL infers type `text`, which the declared Rust type `i64` cannot encode",
        ),
        ("job_retry", "parameter `@id` ($1)"),
    ],
};

/// `jobs.kind` is bound from `&str` by `job_enqueue`, from `Vec<String>` and read into
/// `kind: String` by `jobs_claim`; `job_stats` reads it without a row type.
const TEXT_TO_INT: Case = Case {
    migration: "ALTER TABLE jobs ALTER COLUMN kind TYPE integer USING length(kind)",
    failing: &["job_enqueue", "jobs_claim"],
    reasons: &[
        (
            "job_enqueue",
            "parameter `@kind` ($1): PostgreSQL infers type `int4`, which the declared Rust type `&str` cannot encode",
        ),
        (
            "jobs_claim",
            "column `kind` has PostgreSQL type `int4`, which field `kind: String` cannot read",
        ),
        ("jobs_claim", "parameter `@kinds` ($2)"),
    ],
};

/// Only the non-`Option` fields that read `customers.email` fail: `referrer_email` of
/// `customer_referrals` reads it too, as an `Option`.
const NOT_NULL_DROPPED: Case = Case {
    migration: "ALTER TABLE customers ALTER COLUMN email DROP NOT NULL",
    failing: &[
        "customer_referrer_ids",
        "order_and_customer",
        "customer_upsert",
        "customer_by_id",
        "customer_by_email",
        "customer_referrals",
        "order_lines",
    ],
    reasons: &[
        (
            "customer_by_id",
            "column `email` can be NULL (table column `customers.email` allows NULL), but field `email: String` is not an `Option`",
        ),
        ("order_lines", "column `email` can be NULL"),
    ],
};

/// Rust's `OrderStatus` lists `cancelled`; two statements also spell it in their SQL.
const ENUM_LABEL_RENAMED: Case = Case {
    migration: "ALTER TYPE order_status RENAME VALUE 'cancelled' TO 'canceled'",
    failing: &[
        "order_and_customer",
        "order_place",
        "orders_of_customer",
        "order_transition",
        "order_lines",
        "top_customers",
        "orders_purge_cancelled",
        "orders_by_status",
    ],
    reasons: &[
        (
            "order_transition",
            "parameter `@from` ($2): PostgreSQL infers type `order_status`, which the declared Rust type `OrderStatus` cannot encode",
        ),
        (
            "orders_by_status",
            "column `status` has PostgreSQL type `order_status`, which field `status: OrderStatus` cannot read",
        ),
        (
            "top_customers",
            "ERROR 22P02: invalid input value for enum order_status: \"cancelled\"",
        ),
    ],
};

/// PostgreSQL cannot drop a label: the type is rebuilt without it.
const ENUM_LABEL_REMOVED: Case = Case {
    migration: "
        ALTER TYPE order_status RENAME TO order_status_old;
        CREATE TYPE order_status AS ENUM ('pending', 'paid', 'cancelled');
        ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
        ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::text::order_status;
        ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
        DROP TYPE order_status_old;",
    failing: &[
        "order_and_customer",
        "order_place",
        "orders_of_customer",
        "order_transition",
        "order_lines",
        "orders_by_status",
    ],
    reasons: &[(
        "orders_of_customer",
        "parameter `@statuses` ($2): PostgreSQL infers type `_order_status`",
    )],
};

const FUNCTION_SIGNATURE: Case = Case {
    migration: "
        DROP FUNCTION price_with_tax(bigint, integer);
        CREATE FUNCTION price_with_tax(price_cents bigint, rate numeric) RETURNS numeric
            LANGUAGE sql IMMUTABLE AS $$ SELECT price_cents * (1 + rate / 100) $$;",
    failing: &["product_gross_price", "products_under_gross"],
    reasons: &[
        (
            "product_gross_price",
            "parameter `@rate_percent` ($2): PostgreSQL infers type `numeric`",
        ),
        (
            "product_gross_price",
            "column `gross_cents` has PostgreSQL type `numeric`, which field `gross_cents: i64` cannot read",
        ),
        (
            "products_under_gross",
            "parameter `@max_gross_cents` ($2): PostgreSQL infers type `numeric`",
        ),
    ],
};

const ADDITIONS: Case = Case {
    migration: "
        ALTER TABLE products ADD COLUMN weight_grams integer;
        CREATE INDEX orders_by_customer_and_time ON orders (customer_id, placed_at);",
    failing: &[],
    reasons: &[],
};

/// Four drifts at once: more than half the registry fails, each statement for its own
/// reason, and the rest still pass.
const SEVERAL_AT_ONCE: Case = Case {
    migration: "
        ALTER TABLE products RENAME COLUMN sku TO code;
        ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
        DROP TABLE jobs;
        ALTER TYPE order_status RENAME VALUE 'cancelled' TO 'canceled';",
    failing: &[
        "customer_referrer_ids",
        "order_and_customer",
        "product_upsert_live",
        "products_upsert_many",
        "product_by_id",
        "products_by_tags",
        "products_discontinue",
        "products_insert_rows",
        "products_copy",
        "customer_upsert",
        "customer_by_id",
        "customer_by_email",
        "customer_referrals",
        "order_place",
        "orders_of_customer",
        "order_transition",
        "order_lines",
        "top_customers",
        "orders_purge_cancelled",
        "orders_by_status",
        "job_enqueue",
        "jobs_claim",
        "job_complete",
        "job_retry",
        "job_stats",
    ],
    reasons: &[
        (
            "product_by_id",
            "ERROR 42703: column \"sku\" does not exist",
        ),
        ("customer_by_id", "column `email` can be NULL"),
        ("job_stats", "ERROR 42P01: relation \"jobs\" does not exist"),
        ("orders_purge_cancelled", "ERROR 22P02"),
        ("order_lines", "column `email` can be NULL"),
        (
            "order_lines",
            "column `status` has PostgreSQL type `order_status`, which field `status: OrderStatus` cannot read",
        ),
    ],
};

/// Every statement of the shop, each variant by its own name, in the harness's order (its
/// registries by module path): a case's failing set must be drawn from these.
fn all_statements() -> Vec<&'static str> {
    let mut registries = prepared_shop::REGISTRIES.to_vec();
    registries.sort_by_key(|r| r.module);
    registries
        .into_iter()
        .flat_map(|r| r.statements.iter().flat_map(|s| s.runnable()))
        .map(|s| s.name)
        .collect()
}

/// The statements a case names, with `search{..flag..}` expanded to its variants.
fn failing(case: &Case) -> Vec<&'static str> {
    let all = all_statements();
    let mut names = Vec::new();
    for entry in case.failing {
        let matching: Vec<&'static str> = match entry.split_once("{..") {
            Some((base, rest)) => {
                let flag = rest.trim_end_matches("..}");
                all.iter()
                    .copied()
                    .filter(|n| {
                        n.strip_prefix(base).is_some_and(|label| {
                            label.starts_with('{')
                                && label
                                    .trim_matches(|c| c == '{' || c == '}')
                                    .split(',')
                                    .any(|part| part == flag)
                        })
                    })
                    .collect()
            }
            None => all.iter().copied().filter(|n| n == entry).collect(),
        };
        assert!(!matching.is_empty(), "`{entry}` is not a shop statement");
        names.extend(matching);
    }
    names
}

/// The outcome of every statement is as the case says, with its own reason.
fn assert_outcomes(case: &Case, run: &Run) {
    let context = || format!("{}\n{}", run.stdout, run.stderr);
    let failing = failing(case);
    let mut expected: Vec<&str> = failing.clone();
    expected.sort_unstable();
    let statements: Vec<&str> = run
        .results
        .keys()
        .map(String::as_str)
        .filter(|n| !n.starts_with("prepared::"))
        .collect();
    assert_eq!(statements.len(), all_statements().len(), "{}", context());
    assert_eq!(run.failed(), expected, "{}", context());
    assert_eq!(run.success, failing.is_empty(), "{}", context());
    // The summary names the failed statements, in registry order.
    let in_order: Vec<&str> = all_statements()
        .into_iter()
        .filter(|n| failing.contains(n))
        .collect();
    let tail = if in_order.is_empty() {
        "(0 failed)".to_owned()
    } else {
        format!("({} failed: {})", in_order.len(), in_order.join(", "))
    };
    assert!(run.summary().ends_with(&tail), "{}", run.summary());
    assert!(
        run.summary().starts_with(&format!(
            "prepared: checked {} statements",
            all_statements().len()
        )),
        "{}",
        run.summary()
    );
    for name in &failing {
        let message = &run.failures[*name];
        assert!(
            message.starts_with(&format!("statement `{name}` (tests/shop/src/lib.rs:")),
            "{message}"
        );
        assert!(!message.contains("db error"), "{message}");
        assert!(!message.contains("25P02"), "{message}");
    }
    for (name, reason) in case.reasons {
        assert!(failing.contains(name), "a reason for a passing `{name}`");
        let message = &run.failures[*name];
        assert!(
            message.contains(reason),
            "`{name}` lacks `{reason}`:\n{message}"
        );
    }
}

/// The harness starts its own server with the shop's migrations and `case.migration`.
fn on_the_throwaway_default(case: &Case) {
    let dir = TempDir::new("drift");
    let schema = dir.0.join("schema");
    std::fs::create_dir_all(&schema).unwrap();
    let migrations = std::path::Path::new(support::MANIFEST_DIR).join("sql/migrations");
    for entry in std::fs::read_dir(migrations).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, schema.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(schema.join("9999_drift.sql"), case.migration).unwrap();
    let run = run_harness(
        Target::Throwaway {
            schema: &schema,
            target: &dir.0.join("target"),
        },
        &[],
    );
    assert!(
        run.summary().contains("against a throwaway PostgreSQL"),
        "{}",
        run.summary()
    );
    assert_outcomes(case, &run);
}

/// The harness checks a database that holds data, and leaves it exactly as it was.
async fn through_database_url(case: &Case) {
    let url = database(SEED, case.migration).await;
    let before = snapshot(&url).await;
    let run = run_harness(Target::Url(&url), &[]);
    assert!(
        run.summary().contains("against DATABASE_URL"),
        "{}",
        run.summary()
    );
    assert_outcomes(case, &run);
    let after = snapshot(&url).await;
    assert_eq!(before.counts, after.counts, "row counts changed");
    assert!(
        before.counts.iter().any(|(_, n)| *n > 0),
        "{:?}",
        before.counts
    );
    assert!(
        before.dump.contains("CREATE TABLE public.orders"),
        "{}",
        before.dump
    );
    assert!(
        before.dump == after.dump,
        "the harness changed the database"
    );
}

/// What must not change: the schema and data as `pg_dump` prints them, and each table's
/// row count.
struct Snapshot {
    dump: String,
    counts: Vec<(String, i64)>,
}

async fn snapshot(url: &str) -> Snapshot {
    let pg_dump = prepared_postgres::bindir().unwrap().join("pg_dump");
    let out = std::process::Command::new(pg_dump)
        .arg("--dbname")
        .arg(url)
        .output()
        .expect("running pg_dump");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Newer pg_dump releases wrap a dump in `\restrict <random key>`: not part of the database.
    let dump = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
        .collect::<Vec<_>>()
        .join("\n");
    let client = prepared::Client::connect(url).await.unwrap();
    let tables: Vec<String> = client
        .query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut counts = Vec::new();
    for table in tables {
        let n: i64 = client
            .query_one(&format!("SELECT count(*) FROM {table}"), &[])
            .await
            .unwrap()
            .get(0);
        counts.push((table, n));
    }
    Snapshot { dump, counts }
}

macro_rules! drift_cases {
    ($($case:ident => $throwaway:ident, $url:ident;)*) => {
        $(
            #[test]
            fn $throwaway() {
                on_the_throwaway_default(&$case);
            }

            #[tokio::test]
            async fn $url() {
                through_database_url(&$case).await;
            }
        )*
    };
}

drift_cases! {
    RENAMED_COLUMN => renamed_column_on_the_throwaway_default, renamed_column_through_database_url;
    DROPPED_COLUMN => dropped_column_on_the_throwaway_default, dropped_column_through_database_url;
    DROPPED_TABLE => dropped_table_on_the_throwaway_default, dropped_table_through_database_url;
    INT_TO_TEXT => int_to_text_on_the_throwaway_default, int_to_text_through_database_url;
    TEXT_TO_INT => text_to_int_on_the_throwaway_default, text_to_int_through_database_url;
    NOT_NULL_DROPPED => not_null_dropped_on_the_throwaway_default, not_null_dropped_through_database_url;
    ENUM_LABEL_RENAMED => enum_label_renamed_on_the_throwaway_default, enum_label_renamed_through_database_url;
    ENUM_LABEL_REMOVED => enum_label_removed_on_the_throwaway_default, enum_label_removed_through_database_url;
    FUNCTION_SIGNATURE => function_signature_on_the_throwaway_default, function_signature_through_database_url;
    ADDITIONS => additions_on_the_throwaway_default, additions_through_database_url;
    SEVERAL_AT_ONCE => several_at_once_on_the_throwaway_default, several_at_once_through_database_url;
}
