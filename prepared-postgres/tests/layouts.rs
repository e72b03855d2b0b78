//! Every migration layout the harness reads, with real files of each tool's shape under
//! `tests/layouts/<tool>/`, applied to a real PostgreSQL: the right files, in the tool's
//! order, down migrations never. Each layout's down files would drop what the up files
//! made, so a down file applied shows as a missing table or column.

use prepared_postgres::{Error, TempPostgres, schema};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn layouts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/layouts")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A new empty database on `pg`, and a connection to it.
async fn fresh(pg: &TempPostgres) -> (tokio_postgres::Client, String) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let name = format!("layout_{}", N.fetch_add(1, Ordering::Relaxed));
    let admin = connect(&pg.connection_string()).await;
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    (connect(&pg.connection_string_for(&name)).await, name)
}

async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client
}

/// `table.column` for every column of the public schema, sorted.
async fn columns(client: &tokio_postgres::Client) -> Vec<String> {
    client
        .query(
            "SELECT table_name || '.' || column_name FROM information_schema.columns
             WHERE table_schema = 'public' ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

fn names(files: &[PathBuf], root: &Path) -> Vec<String> {
    files
        .iter()
        .map(|f| f.strip_prefix(root).unwrap().display().to_string())
        .collect()
}

const SHOP: [&str; 6] = [
    "orders.id",
    "orders.note",
    "orders.total_cents",
    "orders.user_id",
    "users.email",
    "users.id",
];

/// Each migration tool's layout: (crate root, `PREPARED_SCHEMA`, the files in the order
/// they apply).
const LAYOUTS: [(&str, Option<&str>, &[&str]); 6] = [
    (
        "sqlx",
        None,
        &[
            "migrations/20240101000000_create_users.up.sql",
            "migrations/20240215093000_create_orders.up.sql",
            "migrations/20240301120000_order_note.up.sql",
        ],
    ),
    (
        "sqlx-simple",
        None,
        &[
            "migrations/1_users.sql",
            "migrations/2_orders.sql",
            "migrations/10_order_note.sql",
        ],
    ),
    (
        "golang-migrate",
        Some("schema"),
        &[
            "schema/000001_create_users_table.up.sql",
            "schema/000002_create_orders_table.up.sql",
            "schema/000003_add_order_note.up.sql",
        ],
    ),
    (
        "refinery",
        None,
        &[
            "migrations/V1__initial.sql",
            "migrations/V2__users_email.sql",
            "migrations/V9__orders.sql",
            "migrations/V10__order_totals.sql",
        ],
    ),
    (
        "dbmate",
        None,
        &[
            "db/migrations/20240101000000_create_users.sql",
            "db/migrations/20240102000000_create_orders.sql",
            "db/migrations/20240103000000_order_note.sql",
        ],
    ),
    (
        "diesel",
        None,
        &[
            "migrations/00000000000000_diesel_initial_setup/up.sql",
            "migrations/2024-01-01-000000_create_users/up.sql",
            "migrations/2024-01-02-000000_create_orders/up.sql",
        ],
    ),
];

#[test]
fn each_tool_applies_its_up_migrations_in_its_order() {
    let pg = TempPostgres::start().unwrap();
    runtime().block_on(async {
        for (tool, override_path, order) in LAYOUTS {
            let root = layouts().join(tool);
            let files = schema::files_with(&root, override_path.map(Path::new))
                .unwrap_or_else(|e| panic!("{tool}: {e}"));
            assert_eq!(names(&files, &root), order, "{tool}");
            let (client, _) = fresh(&pg).await;
            schema::apply(&client, &files)
                .await
                .unwrap_or_else(|e| panic!("{tool}: {e}"));
            let mut expected: Vec<&str> = SHOP.to_vec();
            if tool == "diesel" {
                expected.push("users.updated_at");
                expected.sort();
            }
            assert_eq!(columns(&client).await, expected, "{tool}");
        }
        // dbmate's index, made outside a transaction as its `transaction:false` asks.
        let (client, _) = fresh(&pg).await;
        let root = layouts().join("dbmate");
        schema::apply(&client, &schema::files_with(&root, None).unwrap())
            .await
            .unwrap();
        let index = client
            .query_one(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_user'",
                &[],
            )
            .await
            .unwrap();
        assert_eq!(index.get::<_, i64>(0), 1);
    });
}

/// A schema-only dump of `dbname` made by the local `pg_dump` with `args`, in a temporary
/// file named after `stem`.
fn dump_file(pg: &TempPostgres, dbname: &str, stem: &str, args: &[&str]) -> PathBuf {
    let file = std::env::temp_dir().join(format!("{stem}-{}.sql", std::process::id()));
    let pg_dump = prepared_postgres::bindir().unwrap().join("pg_dump");
    let status = std::process::Command::new(pg_dump)
        .arg("--schema-only")
        .args(args)
        .arg("-f")
        .arg(&file)
        .arg("-d")
        .arg(pg.connection_string_for(dbname))
        .status()
        .unwrap();
    assert!(status.success());
    file
}

/// The objects a dump holds, as `pg_dump` itself prints them (without its session key).
fn dump(pg: &TempPostgres, dbname: &str) -> String {
    let pg_dump = prepared_postgres::bindir().unwrap().join("pg_dump");
    let out = std::process::Command::new(&pg_dump)
        .args(["--schema-only", "-d"])
        .arg(pg.connection_string_for(dbname))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sets the session's messages to German, as a server configured so would send them;
/// where the system lacks the locale, says so (under CI, fails).
async fn german(client: &tokio_postgres::Client) {
    if let Err(e) = client
        .batch_execute("SET lc_messages TO 'de_DE.UTF-8'")
        .await
    {
        let why = format!("no German locale ({e}); `.ci/run` makes it with localedef");
        assert!(std::env::var_os("CI").is_none(), "{why}");
        eprintln!("in English: {why}");
        return;
    }
    let e = client.batch_execute("SELECT 1/0").await.unwrap_err();
    assert_ne!(e.as_db_error().unwrap().message(), "division by zero");
}

#[test]
fn a_pg_dump_file_applies_with_its_owners_and_meta_commands() {
    let pg = TempPostgres::start().unwrap();
    runtime().block_on(async {
        let root = layouts().join("pg_dump");
        // The committed dump (pg_dump 15.18): `\restrict`, `search_path` emptied, objects
        // owned by a role `app` that a fresh cluster does not have.
        // Applied in German: the missing role is found without reading the message.
        let (client, db) = fresh(&pg).await;
        german(&client).await;
        let files = schema::files_with(&root, Some(Path::new("schema.sql"))).unwrap();
        schema::apply(&client, &files).await.unwrap();
        // The dump emptied `search_path`; the session is a new connection's again.
        let path: String = client
            .query_one("SHOW search_path", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(path, "\"$user\", public");
        let owner: String = client
            .query_one(
                "SELECT tableowner FROM pg_tables WHERE tablename = 'invoices'",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(owner, "app");
        // A dump made now by the local pg_dump, from the source the committed one came
        // from, applies to the same objects: dumping the copy gives the same dump.
        let (source, source_db) = fresh(&pg).await;
        source
            .batch_execute(
                &std::fs::read_to_string(root.join("source.sql"))
                    .unwrap()
                    .replace("CREATE ROLE app NOLOGIN;", ""),
            )
            .await
            .unwrap();
        let live = dump_file(&pg, &source_db, "prepared-dump", &[]);
        let (copy, copy_db) = fresh(&pg).await;
        schema::apply(&copy, std::slice::from_ref(&live))
            .await
            .unwrap();
        std::fs::remove_file(&live).unwrap();
        assert_eq!(dump(&pg, &copy_db), dump(&pg, &source_db));
        assert_eq!(dump(&pg, &db), dump(&pg, &source_db));
    });
}

#[test]
fn a_dump_that_creates_public_applies_to_a_fresh_database() {
    let pg = TempPostgres::start().unwrap();
    runtime().block_on(async {
        // A dump that names `public` (`pg_dump --schema=public`, as sqlc's own pg_dump case
        // was made) writes `CREATE SCHEMA public;`, which a fresh database, having its own
        // `public`, refuses.
        let (source, source_db) = fresh(&pg).await;
        source
            .batch_execute("CREATE TABLE public.notes (id int8 PRIMARY KEY)")
            .await
            .unwrap();
        let live = dump_file(&pg, &source_db, "prepared-public", &["--schema=public"]);
        let text = std::fs::read_to_string(&live).unwrap();
        assert!(text.contains("CREATE SCHEMA public;"), "{text}");
        let (copy, copy_db) = fresh(&pg).await;
        german(&copy).await;
        schema::apply(&copy, std::slice::from_ref(&live))
            .await
            .unwrap();
        std::fs::remove_file(&live).unwrap();
        assert_eq!(dump(&pg, &copy_db), dump(&pg, &source_db));

        // Once `public` holds something, creating it again is the script's own mistake.
        let folder = Folder::with(&[(
            "schema.sql",
            "CREATE TABLE public.a (id int);\nCREATE SCHEMA public;\n",
        )]);
        let (late, _) = fresh(&pg).await;
        let files = schema::files_with(&folder.0, Some(Path::new("schema.sql"))).unwrap();
        let error = schema::apply(&late, &files).await.unwrap_err().to_string();
        assert!(
            error.contains("42P06") && error.contains("schema.sql:2"),
            "{error}"
        );
    });
}

/// A temp folder holding `files` (name, content), removed on drop.
struct Folder(PathBuf);

impl Folder {
    fn with(files: &[(&str, &str)]) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "prepared-layout-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Folder(dir)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn layout_error(files: &[(&str, &str)]) -> String {
    let folder = Folder::with(files);
    match schema::files_with(&folder.0, Some(Path::new("m"))) {
        Err(e @ Error::Unclassified { .. }) => {
            e.to_string().replace(&*folder.0.to_string_lossy(), "")
        }
        other => panic!("{files:?}: {other:?}"),
    }
}

#[test]
fn files_that_fit_no_layout_are_named() {
    let cases: [(&[(&str, &str)], &str); 6] = [
        (
            &[("m/0001_a.up.sql", ""), ("m/notes.sql", "")],
            "cannot tell how to apply /m/notes.sql: no version in its name, in a folder of `<version>_<name>.sql` / `.up.sql` migrations (sqlx, golang-migrate, dbmate)",
        ),
        (
            &[("m/V1__a.sql", ""), ("m/0002_b.up.sql", "")],
            "cannot tell how to apply /m/V1__a.sql: named like refinery's `V{n}__name.sql` migrations, in a folder of `<version>_<name>.sql` / `.up.sql` migrations (sqlx, golang-migrate, dbmate)",
        ),
        (
            &[("m/1_a.sql", ""), ("m/001_b.sql", "")],
            "cannot tell how to apply /m/1_a.sql: its version is also the version of 001_b.sql",
        ),
        (
            &[("m/V1__a.sql", ""), ("m/V2__seed.rs", "")],
            "cannot tell how to apply /m/V2__seed.rs: a refinery migration written in Rust; the harness applies SQL only (write it as `.sql`, or point PREPARED_SCHEMA at a dump of the migrated schema)",
        ),
        (
            &[("m/2024-01-01-000000_a/up.sql", ""), ("m/schema.sql", "")],
            "cannot tell how to apply /m/schema.sql: a loose `.sql` file in /m, whose migrations are Diesel folders (`<version>_name/up.sql`)",
        ),
        (
            &[
                ("m/2024-01-01-000000_a/up.sql", ""),
                ("m/2024-01-02-000000_b/down.sql", ""),
            ],
            "cannot tell how to apply /m/2024-01-02-000000_b: a Diesel migration folder without `up.sql`",
        ),
    ];
    for (files, expected) in cases {
        assert_eq!(layout_error(files), expected);
    }
    // Unversioned scripts alone are a plain folder, in file-name order.
    let folder = Folder::with(&[("m/views.sql", ""), ("m/tables.sql", "")]);
    let files = schema::files_with(&folder.0, Some(Path::new("m"))).unwrap();
    assert_eq!(names(&files, &folder.0), ["m/tables.sql", "m/views.sql"]);
}

#[test]
fn what_only_psql_or_dbmate_can_run_fails_with_its_line() {
    let pg = TempPostgres::start().unwrap();
    let cases = [
        (
            "SET x.y = 1;\n\\connect other\nCREATE TABLE t ();\n",
            ":2: `\\connect other`: the file switches databases",
        ),
        (
            "CREATE TABLE t (a int);\n\n\\i more.sql\n",
            ":3: `\\i more.sql`: a psql meta-command the harness cannot run",
        ),
        (
            "CREATE TABLE t (a int);\nCOPY public.t (a) FROM stdin;\n1\n\\.\n",
            ":2: `COPY public.t (a) FROM stdin;`: COPY … FROM stdin carries table data inline",
        ),
        (
            "create table t (a int);\n-- migrate:down\ndrop table t;\n",
            ":2: `-- migrate:down`: a dbmate `-- migrate:down` section with no `-- migrate:up` section above it",
        ),
    ];
    runtime().block_on(async {
        for (text, expected) in cases {
            let folder = Folder::with(&[("schema.sql", text)]);
            let (client, _) = fresh(&pg).await;
            let error = schema::apply(&client, &[folder.0.join("schema.sql")])
                .await
                .unwrap_err();
            assert!(matches!(error, Error::Unsupported { .. }), "{error:?}");
            let message = error.to_string();
            assert!(
                message.contains(&format!("schema.sql{expected}")),
                "{message}"
            );
        }
    });
}

/// The default lookup finds `db/migrations/` and the template cache takes it as it takes
/// `sql/migrations/`.
#[test]
fn the_throwaway_database_is_built_from_a_layout_found_by_default() {
    let root = layouts().join("dbmate");
    runtime().block_on(async {
        let pg = prepared_postgres::with_schema(&root).await.unwrap();
        let client = connect(&pg.connection_string()).await;
        assert_eq!(columns(&client).await, SHOP);
    });
}
