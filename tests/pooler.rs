//! Pooler mode through a real PgBouncer in transaction pooling mode on loopback: several
//! clients share one server connection, so named prepared statements cannot work; every
//! execution must be one unnamed round trip with the registry's parameter types.

#[allow(dead_code)]
#[path = "../examples/accounts/model.rs"]
mod model;
mod support;

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

fn find_pgbouncer() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/usr/local/sbin".into()])
        .map(|d| d.join("pgbouncer"))
        .find(|p| p.is_file())
}

/// PgBouncer in transaction mode in front of the test server, with one server connection.
fn start_pgbouncer(binary: &Path) -> PgBouncer {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = std::env::temp_dir().join(format!("prepared-pgbouncer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let server = support::server();
    std::fs::write(dir.join("users.txt"), "\"postgres\" \"\"\n").unwrap();
    std::fs::write(
        dir.join("pgbouncer.ini"),
        format!(
            "[databases]\n* = host={} port={} user=postgres\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\n\
             unix_socket_dir =\nauth_type = trust\nauth_file = {}\npool_mode = transaction\ndefault_pool_size = 1\n\
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
    if let Some((uid, gid)) = prepared_test_harness::server_user().unwrap() {
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
    let Some(binary) = find_pgbouncer() else {
        let why = "pgbouncer is not installed (apt-get install pgbouncer); .ci/run installs it";
        // Under CI a skip would pass without the claim tested.
        assert!(std::env::var_os("CI").is_none(), "{why}");
        eprintln!("skipped: {why}");
        return;
    };
    let (_db, name) = support::fresh_database_named().await;
    let bouncer = start_pgbouncer(&binary);
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
    let mut ids = Vec::new();
    for round in 0..10 {
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

    drop(bouncer);
}
