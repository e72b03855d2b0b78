//! Pooler mode through a real PgBouncer in transaction pooling mode on loopback: several
//! clients share one server connection, so named prepared statements cannot work; every
//! execution must be one unnamed round trip with the registry's parameter types.

#[allow(dead_code)]
#[path = "../examples/accounts/model.rs"]
mod model;
mod support;

use futures_util::StreamExt;
use model::queries::PreparedStatement as Q;
use model::{ApiModelUser, UserRole};
use prepared::{Error, Json, Mode, PreparedExt};
use std::collections::HashSet;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[prepared::registry]
mod pooler_queries {
    use super::UserRole;
    use prepared::prepared;

    // No cast and no natural PostgreSQL type for a Rust enum: pooler mode cannot type it.
    #[prepared("SELECT @roles AS roles", params(roles: Vec<UserRole>))]
    pub struct UntypedRoles;

    #[prepared("SELECT @roles::text[] AS roles", params(roles: Vec<UserRole>))]
    pub struct CastRoles;

    #[prepared("COPY service (name, deleted) FROM STDIN (FORMAT binary)", row = super::NewService)]
    pub struct ServicesCopy;

    #[prepared("SELECT count(*) AS n FROM service WHERE name LIKE @prefix || '%'", params(prefix: &str), row = super::Count)]
    pub struct ServicesNamed;
}

#[derive(Debug, prepared::FromRow)]
pub struct Count {
    pub n: Option<i64>,
}

#[derive(Debug, prepared::ToRow)]
pub struct NewService {
    pub name: String,
    pub deleted: bool,
}

struct PgBouncer {
    child: Child,
    dir: PathBuf,
    port: u16,
}

impl Drop for PgBouncer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The `pgbouncer` binary, or `None` (the reason printed) where it is not installed;
/// under CI that is a failure, since a skip would pass without the claim tested.
fn pgbouncer() -> Option<PathBuf> {
    let found = find_pgbouncer();
    if found.is_none() {
        let why = "pgbouncer is not installed (apt-get install pgbouncer); .ci/run installs it";
        assert!(std::env::var_os("CI").is_none(), "{why}");
        eprintln!("skipped: {why}");
    }
    found
}

fn find_pgbouncer() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/usr/local/sbin".into()])
        .map(|d| d.join("pgbouncer"))
        .find(|p| p.is_file())
}

/// PgBouncer in transaction mode in front of the test server, with `servers` server
/// connections.
fn start_pgbouncer(binary: &Path, servers: usize) -> PgBouncer {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir =
        std::env::temp_dir().join(format!("prepared-pgbouncer-{}-{port}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let server = support::server();
    std::fs::write(dir.join("users.txt"), "\"postgres\" \"\"\n").unwrap();
    std::fs::write(
        dir.join("pgbouncer.ini"),
        format!(
            "[databases]\n* = host={} port={} user=postgres\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\n\
             unix_socket_dir =\nauth_type = trust\nauth_file = {}\npool_mode = transaction\ndefault_pool_size = {servers}\n\
             max_client_conn = 50\nlogfile = {}\npidfile = {}\nignore_startup_parameters = extra_float_digits,options\n",
            server.socket_dir().display(),
            server.port(),
            dir.join("users.txt").display(),
            dir.join("pgbouncer.log").display(),
            dir.join("pgbouncer.pid").display(),
        ),
    )
    .unwrap();
    let mut command = Command::new(binary);
    command
        .arg(dir.join("pgbouncer.ini"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // PgBouncer refuses to run as root, like PostgreSQL.
    if let Some((uid, gid)) = prepared_postgres::server_user().unwrap() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            std::os::unix::fs::chown(entry.path(), Some(uid), Some(gid)).unwrap();
        }
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).unwrap();
        command.uid(uid).gid(gid);
    }
    let child = command.spawn().expect("starting pgbouncer");
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "pgbouncer did not start: {}",
            std::fs::read_to_string(dir.join("pgbouncer.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    PgBouncer { child, dir, port }
}

#[tokio::test]
async fn pooler_mode_through_pgbouncer_in_transaction_mode() {
    let Some(binary) = pgbouncer() else { return };
    let (_db, name) = support::fresh_database_named().await;
    let bouncer = start_pgbouncer(&binary, 1);
    let url = format!(
        "host=127.0.0.1 port={} user=postgres dbname={name}",
        bouncer.port
    );

    // Three clients, one server connection: PgBouncer hands it to whoever runs a transaction.
    let mut clients = Vec::new();
    for _ in 0..3 {
        clients.push(
            prepared::Client::connect_with_mode(&url, Mode::Pooler)
                .await
                .unwrap(),
        );
    }
    let ids = write_rounds(&clients, 10).await;
    let client = &clients[1];
    let read = client
        .prepared_query_one(Q::account_with_roles_by_id(ids[7]))
        .await
        .unwrap();
    assert_eq!(read.roles, [UserRole::Editor, UserRole::Viewer]);
    assert_eq!(read.enabled, None);
    assert_eq!(
        client
            .prepared_query(Q::select_service_query())
            .await
            .unwrap()
            .len(),
        30
    );
    for client in &clients {
        assert_eq!(
            client.cache_stats().prepares,
            0,
            "pooler mode prepares nothing"
        );
    }

    a_parameter_without_its_type_needs_a_cast(client).await;
    drop(bouncer);
}

/// `rounds` rounds of three writes from each client in turn: the accounts' ids.
async fn write_rounds(clients: &[prepared::Client], rounds: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for round in 0..rounds {
        for (i, client) in clients.iter().enumerate() {
            let user = ApiModelUser {
                name: format!("u{round}-{i}"),
                email: format!("u{round}-{i}@example.com"),
            };
            let roles = HashSet::from([UserRole::Viewer, UserRole::Editor]);
            let account = client
                .prepared_query_one(Q::accounts_add(Json(user), roles, Some(i % 2 == 0)))
                .await
                .unwrap();
            client
                .prepared_execute(Q::account_set_enabled(account.id, None))
                .await
                .unwrap();
            client
                .prepared_execute(Q::service_add(&format!("svc-{round}-{i}")))
                .await
                .unwrap();
            ids.push(account.id);
        }
    }
    ids
}

/// Pooler mode sends a parameter's type with it: one the SQL does not cast and Rust does
/// not name is an error that says which cast to add, and the cast makes it run.
async fn a_parameter_without_its_type_needs_a_cast(client: &prepared::Client) {
    let e = client
        .prepared_query(pooler_queries::PreparedStatement::untyped_roles(vec![
            UserRole::Admin,
        ]))
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::UnknownParamType { param: "roles", .. }),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "statement `untyped_roles`: pooler mode needs the PostgreSQL type of parameter `@roles` (Rust type `Vec<UserRole>`); add a cast in the SQL, e.g. `@roles::text`"
    );
    // The cast is resolved at compile time from the one table of built-in types.
    use prepared::Statement as _;
    assert_eq!(
        pooler_queries::CastRoles::INFO.params[0].cast,
        Some(tokio_postgres::types::Type::TEXT_ARRAY)
    );
    assert_eq!(pooler_queries::UntypedRoles::INFO.params[0].cast, None);
    let row = client
        .prepared_query_one(pooler_queries::PreparedStatement::cast_roles(vec![
            UserRole::Admin,
        ]))
        .await
        .unwrap();
    assert_eq!(row.get::<_, Vec<String>>("roles"), ["admin"]);
}

/// COPY through PgBouncer in transaction mode with two server connections, from four
/// clients at once beside their other statements: every COPY lands whole (tokio-postgres
/// binds a COPY in a later exchange than it prepares it, which the pooler may send to the
/// other server connection unless both are in one transaction), and a COPY whose call is
/// dropped midway leaves nothing written and the connection ready for the next call.
#[tokio::test]
async fn copy_in_pooler_mode_through_pgbouncer() {
    let Some(binary) = pgbouncer() else { return };
    let (_db, name) = support::fresh_database_named().await;
    let bouncer = start_pgbouncer(&binary, 2);
    let url = format!(
        "host=127.0.0.1 port={} user=postgres dbname={name}",
        bouncer.port
    );
    use pooler_queries::PreparedStatement as P;
    use prepared::CopyExt;
    let mut tasks = Vec::new();
    for c in 0..4 {
        let url = url.clone();
        tasks.push(tokio::spawn(async move {
            let client = prepared::Client::connect_with_mode(&url, Mode::Pooler)
                .await
                .unwrap();
            for round in 0..10 {
                let rows = (0..50).map(move |i| NewService {
                    name: format!("c{c}-r{round}-{i}"),
                    deleted: i % 2 == 0,
                });
                let written = client
                    .prepared_copy_in(P::services_copy(), rows)
                    .await
                    .unwrap_or_else(|e| panic!("client {c}, round {round}: {e}"));
                assert_eq!(written, 50);
                let n = client
                    .prepared_query_one(P::services_named(&format!("c{c}-")))
                    .await
                    .unwrap()
                    .n;
                assert_eq!(n, Some(50 * (round + 1)));
            }
            client
        }));
    }
    let mut clients = Vec::new();
    for task in tasks {
        clients.push(task.await.unwrap());
    }
    let client = &clients[0];
    let all = client
        .prepared_query_one(P::services_named("c"))
        .await
        .unwrap()
        .n;
    assert_eq!(all, Some(4 * 10 * 50));

    // A COPY dropped after its first rows (the stream never ends, the call is cut short),
    // several times over: each time the next call finds the connection ready.
    for _ in 0..10 {
        dropped_copy(client).await;
    }
    let n = client
        .prepared_query_one(P::services_named("c0-"))
        .await
        .unwrap()
        .n;
    assert_eq!(n, Some(500));
    drop(bouncer);
}

async fn dropped_copy(client: &prepared::Client) {
    use pooler_queries::PreparedStatement as P;
    use prepared::CopyExt;
    let endless = futures_util::stream::iter(0..).map(|i| NewService {
        name: format!("dropped-{i}"),
        deleted: false,
    });
    let cut = tokio::time::timeout(
        Duration::from_millis(100),
        client.prepared_copy_in_stream(
            P::services_copy(),
            endless.then(|row| async {
                tokio::time::sleep(Duration::from_millis(1)).await;
                row
            }),
        ),
    )
    .await;
    assert!(cut.is_err(), "the endless COPY ended: {cut:?}");
    let n = client
        .prepared_query_one(P::services_named("dropped-"))
        .await
        .unwrap()
        .n;
    assert_eq!(n, Some(0), "a dropped COPY wrote rows");
}
