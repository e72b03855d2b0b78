//! A throwaway PostgreSQL cluster: `initdb` into a private temp directory, a server on a
//! Unix socket there (no TCP port), gone when it is dropped or the process dies.

use crate::lifeline::{remove_leftovers, spawn_dying_with_process, watchdog};
use crate::{Error, binaries};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The socket file is `.s.PGSQL.<port>`; the directory is private, so any port will do.
const PORT: u16 = 5432;

/// A running throwaway server. Dropping it stops the server and removes its directory.
///
/// It listens on a Unix socket in a private directory, as the PostgreSQL superuser, with
/// no password; the binaries are found on `PATH`, through `pg_config --bindir`, or under
/// `/usr/lib/postgresql/*/bin`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let pg = prepared_postgres::TempPostgres::start()?;
/// let (client, _driver) = pg.connect().await?;
/// client.batch_execute("CREATE TABLE t (id int)").await?;
/// drop(pg); // stops the server and removes its directory
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct TempPostgres {
    dir: PathBuf,
    /// The socket's port, and the TCP port on loopback when the server listens on one.
    port: u16,
    tcp: bool,
    server: Child,
    bindir: PathBuf,
    run_as: Option<RunAs>,
    /// Its stdin is the watchdog's lifeline: when this process dies, the pipe closes and
    /// the watchdog stops the server and removes the directory.
    watchdog: Option<(Child, ChildStdin)>,
}

/// Credentials the server runs under: the `postgres` user when this process is root,
/// because `initdb` and `postgres` refuse to run as root.
#[derive(Debug, Clone, Copy)]
struct RunAs {
    uid: u32,
    gid: u32,
}

/// The `(uid, gid)` that servers started by this crate run as: the `postgres` user when
/// this process is root (PostgreSQL, PgBouncer and friends refuse root), else `None`. A
/// test that starts another server beside it (PgBouncer) runs that as the same user.
///
/// ```no_run
/// if let Some((uid, gid)) = prepared_postgres::server_user()? {
///     println!("servers run as {uid}:{gid}");
/// }
/// # Ok::<(), prepared_postgres::Error>(())
/// ```
pub fn server_user() -> Result<Option<(u32, u32)>, Error> {
    Ok(run_as()?.map(|r| (r.uid, r.gid)))
}

fn run_as() -> Result<Option<RunAs>, Error> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    let name = c"postgres";
    // SAFETY: a valid C string; the returned record is read at once, before any other
    // call that could overwrite it.
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        return Err(Error::NoPostgresUser);
    }
    // SAFETY: non-null pointer returned by getpwnam.
    let (uid, gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
    Ok(Some(RunAs { uid, gid }))
}

impl TempPostgres {
    /// Creates and starts a cluster from the local binaries.
    pub fn start() -> Result<Self, Error> {
        Self::start_listening(false)
    }

    /// Like [`start`](Self::start), and also listening on a free TCP port of `127.0.0.1`
    /// (trust authentication, loopback only), for measuring or testing over TCP.
    pub fn start_with_tcp() -> Result<Self, Error> {
        Self::start_listening(true)
    }

    fn start_listening(tcp: bool) -> Result<Self, Error> {
        let bindir = binaries::bindir()?;
        let run_as = run_as()?;
        let dir = private_dir(run_as)?;
        let data = dir.join("data");
        let mut initdb = Command::new(bindir.join("initdb"));
        initdb
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            ])
            .current_dir(&dir);
        as_user(&mut initdb, run_as);
        let out = initdb.output().map_err(io("running initdb"))?;
        if !out.status.success() {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(Error::Initdb {
                output: String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned(),
            });
        }
        launch(&bindir, dir, run_as, tcp)
    }

    /// Starts a cluster on a copy of `template`, a data directory left by a clean shutdown:
    /// a copy costs a fraction of `initdb` and keeps whatever schema the template holds.
    pub fn start_from_template(template: &Path) -> Result<Self, Error> {
        let bindir = binaries::bindir()?;
        let run_as = run_as()?;
        let dir = private_dir(run_as)?;
        // `cp -a` keeps owner and modes, which PostgreSQL checks on its data directory.
        let out = Command::new("cp")
            .arg("-a")
            .arg(template)
            .arg(dir.join("data"))
            .output()
            .map_err(io("running cp"))?;
        if !out.status.success() {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(Error::Template {
                template: template.to_owned(),
                output: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
        launch(&bindir, dir, run_as, false)
    }

    /// Shuts the server down cleanly and moves its data directory to `dest`, so that it can
    /// serve as a template.
    pub fn into_template(mut self, dest: &Path) -> Result<(), Error> {
        self.shutdown();
        std::fs::rename(self.dir.join("data"), dest)
            .map_err(io(&format!("keeping the template at {}", dest.display())))
    }

    /// The directory holding the server's Unix socket (libpq's `host`).
    pub fn socket_dir(&self) -> &Path {
        &self.dir
    }

    /// The cluster's data directory (`postgresql.conf`, `pg_hba.conf`, …).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.join("data")
    }

    /// The port in the socket's name, and the TCP port when started
    /// [`with_tcp`](Self::start_with_tcp).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A connection string over TCP loopback, when started [`with_tcp`](Self::start_with_tcp).
    pub fn tcp_connection_string(&self) -> Option<String> {
        self.tcp.then(|| {
            format!(
                "host=127.0.0.1 port={} user=postgres dbname=postgres",
                self.port
            )
        })
    }

    /// A connection to the `postgres` database as the superuser, over the Unix socket (no
    /// TLS), driven by the task returned; call it inside a tokio runtime.
    pub async fn connect(
        &self,
    ) -> Result<(tokio_postgres::Client, tokio::task::JoinHandle<()>), Error> {
        let (client, connection) =
            tokio_postgres::connect(&self.connection_string(), tokio_postgres::NoTls)
                .await
                .map_err(|cause| Error::Connect {
                    dir: self.dir.clone(),
                    cause,
                })?;
        let driver = tokio::spawn(async move {
            // Its end is the client's: a failure shows on the client's next call.
            let _ = connection.await;
        });
        Ok((client, driver))
    }

    /// A tokio-postgres/libpq connection string for the `postgres` database.
    pub fn connection_string(&self) -> String {
        self.connection_string_for("postgres")
    }

    /// A connection string for the database `dbname`.
    pub fn connection_string_for(&self, dbname: &str) -> String {
        format!(
            "host={} port={} user=postgres dbname={dbname}",
            self.dir.display(),
            self.port
        )
    }

    fn wait_ready(&mut self) -> Result<(), Error> {
        let pid_file = self.dir.join("data/postmaster.pid");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            // Line 8 of postmaster.pid is the server's status: `ready` once it accepts
            // connections, `standby` once a hot standby does.
            let ready = std::fs::read_to_string(&pid_file).ok().is_some_and(|s| {
                s.lines()
                    .nth(7)
                    .is_some_and(|l| matches!(l.trim(), "ready" | "standby"))
            });
            if ready {
                return Ok(());
            }
            let exited = self.server.try_wait().ok().flatten().is_some();
            if exited || Instant::now() > deadline {
                let log = std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default();
                return Err(Error::Start { log });
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// How a server is stopped, as `pg_ctl stop -m` names it.
///
/// ```no_run
/// use prepared_postgres::{Shutdown, TempPostgres};
///
/// let mut pg = TempPostgres::start()?;
/// pg.restart(Shutdown::Immediate)?; // a crash, then recovery
/// # Ok::<(), prepared_postgres::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shutdown {
    /// SIGINT: sessions are ended (57P01), a checkpoint is written, the server exits.
    Fast,
    /// SIGQUIT: every process exits at once; the next start recovers from the WAL.
    Immediate,
}

impl TempPostgres {
    /// Stops the server as `pg_ctl stop -m <mode>` does, and waits for it to exit; the
    /// directory stays, for [`start_again`](Self::start_again).
    pub fn stop(&mut self, mode: Shutdown) -> Result<(), Error> {
        if self.server.try_wait().ok().flatten().is_some() {
            return Ok(());
        }
        let signal = match mode {
            Shutdown::Fast => libc::SIGINT,
            Shutdown::Immediate => libc::SIGQUIT,
        };
        // SAFETY: signalling our own child, which has not been reaped yet.
        unsafe { libc::kill(self.server.id() as libc::pid_t, signal) };
        self.server
            .wait()
            .map_err(io("waiting for postgres to stop"))?;
        Ok(())
    }

    /// Starts a stopped server again on the same directory and port; returns once it
    /// accepts connections.
    pub fn start_again(&mut self) -> Result<(), Error> {
        if self.server.try_wait().ok().flatten().is_none() {
            return Ok(());
        }
        // A file left by an immediate stop would read `ready` before the new server's.
        let _ = std::fs::remove_file(self.dir.join("data/postmaster.pid"));
        let listen = if self.tcp {
            "listen_addresses=127.0.0.1"
        } else {
            "listen_addresses="
        };
        self.server = spawn_server(&self.bindir, &self.dir, self.port, listen, self.run_as)?;
        self.wait_ready()
    }

    /// `pg_ctl restart -m <mode>`: [`stop`](Self::stop), then
    /// [`start_again`](Self::start_again).
    pub fn restart(&mut self, mode: Shutdown) -> Result<(), Error> {
        self.stop(mode)?;
        self.start_again()
    }

    /// A hot standby of this server, streaming from it: a base backup taken with
    /// `pg_basebackup -R` into a directory of its own, started on a socket there. Promote
    /// it with `SELECT pg_promote()`.
    pub fn start_standby(&self) -> Result<TempPostgres, Error> {
        let dir = private_dir(self.run_as)?;
        let mut backup = Command::new(self.bindir.join("pg_basebackup"));
        backup
            .arg("-h")
            .arg(&self.dir)
            .args([
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                "-R",
                "-N",
                "-D",
            ])
            .arg(dir.join("data"))
            .current_dir(&dir);
        as_user(&mut backup, self.run_as);
        let out = backup.output().map_err(io("running pg_basebackup"))?;
        if !out.status.success() {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(Error::Start {
                log: String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned(),
            });
        }
        launch(&self.bindir, dir, self.run_as, false)
    }

    /// Fast shutdown; idempotent.
    fn shutdown(&mut self) {
        if self.server.try_wait().ok().flatten().is_some() {
            return;
        }
        let pid = self.server.id() as libc::pid_t;
        // SIGINT is PostgreSQL's fast shutdown: it ends sessions and exits.
        // SAFETY: signalling our own child, which has not been reaped yet.
        unsafe { libc::kill(pid, libc::SIGINT) };
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.server.try_wait().ok().flatten().is_none() {
            if Instant::now() > deadline {
                let _ = self.server.kill();
                let _ = self.server.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for TempPostgres {
    fn drop(&mut self) {
        self.shutdown();
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((mut child, stdin)) = self.watchdog.take() {
            drop(stdin);
            let _ = child.wait();
        }
    }
}

fn io(what: &str) -> impl FnOnce(std::io::Error) -> Error {
    let what = what.to_owned();
    move |source| Error::Io {
        what,
        cause: source,
    }
}

/// A new private directory under the system temp dir, owned by the server's user.
fn private_dir(run_as: Option<RunAs>) -> Result<PathBuf, Error> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    static SWEPT: std::sync::Once = std::sync::Once::new();
    SWEPT.call_once(|| {
        remove_leftovers(&std::env::temp_dir());
    });
    let dir = std::env::temp_dir().join(format!(
        "prepared-pg-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir(&dir).map_err(io(&format!("creating {}", dir.display())))?;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
        .map_err(io("setting the temp dir's mode"))?;
    if let Some(r) = run_as {
        std::os::unix::fs::chown(&dir, Some(r.uid), Some(r.gid))
            .map_err(io("handing the temp dir to `postgres`"))?;
    }
    Ok(dir)
}

/// Starts `postgres` on `dir/data`, listening on a socket in `dir`, and with `tcp` on a
/// free port of `127.0.0.1` too.
fn launch(
    bindir: &Path,
    dir: PathBuf,
    run_as: Option<RunAs>,
    tcp: bool,
) -> Result<TempPostgres, Error> {
    let (port, listen) = if tcp {
        // A port the kernel just handed out and took back: free unless another process
        // races for it, which the server then reports at start.
        let probe =
            std::net::TcpListener::bind("127.0.0.1:0").map_err(io("finding a free TCP port"))?;
        let port = probe
            .local_addr()
            .map_err(io("finding a free TCP port"))?
            .port();
        (port, "listen_addresses=127.0.0.1")
    } else {
        (PORT, "listen_addresses=")
    };
    let server = match spawn_server(bindir, &dir, port, listen, run_as) {
        Ok(server) => server,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(e);
        }
    };
    let watchdog = watchdog(&dir);
    let mut pg = TempPostgres {
        dir,
        port,
        tcp,
        server,
        bindir: bindir.to_owned(),
        run_as,
        watchdog,
    };
    pg.wait_ready()?;
    Ok(pg)
}

/// Spawns `postgres` on `dir/data`, listening on a socket in `dir` (and as `listen` says),
/// its output appended to `dir/server.log`.
fn spawn_server(
    bindir: &Path,
    dir: &Path,
    port: u16,
    listen: &str,
    run_as: Option<RunAs>,
) -> Result<Child, Error> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("server.log"))
        .map_err(io("opening the server log"))?;
    let mut postgres = Command::new(bindir.join("postgres"));
    postgres
        .arg("-D")
        .arg(dir.join("data"))
        .arg("-k")
        .arg(dir)
        .args(["-p", &port.to_string(), "-c", listen, "-F"])
        .args([
            "-c",
            "full_page_writes=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "max_connections=200",
        ])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(log.try_clone().map_err(io("sharing the log file"))?)
        .stderr(log);
    as_user(&mut postgres, run_as);
    spawn_dying_with_process(postgres).map_err(io("starting postgres"))
}

fn as_user(cmd: &mut Command, run_as: Option<RunAs>) {
    if let Some(r) = run_as {
        cmd.uid(r.uid).gid(r.gid);
        // HOME of root is not readable by `postgres`.
        cmd.env("HOME", "/tmp");
    }
}
