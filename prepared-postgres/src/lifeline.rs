//! What keeps a throwaway server from outliving its process: a parent-death signal on
//! Linux, a watchdog whose lifeline is a pipe everywhere, and a sweep of what a process
//! killed with its whole group left behind.

use std::io::Write;
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;

/// Spawns `cmd` with a parent-death signal, from a thread that lives as long as the
/// process: Linux sends the signal when the *thread* that forked exits, so a test thread
/// or a blocking-pool thread would take the server down too early.
pub(crate) fn spawn_dying_with_process(mut cmd: Command) -> std::io::Result<Child> {
    type Job = Box<dyn FnOnce() + Send>;
    static KEEPER: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
    let keeper = KEEPER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("prepared-pg-keeper".into())
            .spawn(move || {
                for job in rx {
                    job();
                }
                // The sender lives in a static, so this thread never ends.
            })
            .expect("spawning the keeper thread");
        tx
    });
    arm_parent_death_signal(&mut cmd);
    let (tx, rx) = mpsc::channel();
    keeper
        .send(Box::new(move || {
            let _ = tx.send(cmd.spawn());
        }))
        .map_err(|_| std::io::Error::other("keeper thread is gone"))?;
    rx.recv()
        .map_err(|_| std::io::Error::other("keeper thread is gone"))?
}

/// Linux stops the server with SIGINT (PostgreSQL's fast shutdown) the moment this process
/// dies, even by SIGKILL.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn arm_parent_death_signal(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: prctl and getppid are async-signal-safe, as required between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let parent = libc::getppid();
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT as libc::c_ulong) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The parent may have died before the signal was armed.
            if libc::getppid() != parent {
                return Err(std::io::Error::other("parent exited"));
            }
            Ok(())
        });
    }
}

/// Elsewhere (macOS, the BSDs) there is no parent-death signal: the watchdog, whose lifeline
/// pipe closes when this process dies however it dies, stops the server; and a later start
/// removes what a killed watchdog left ([`remove_leftovers`]).
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn arm_parent_death_signal(_: &mut Command) {}

/// Whether a process with this pid exists (a zombie counts, as it has not been reaped).
fn alive(pid: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the pid can be signalled.
    pid > 0
        && (unsafe { libc::kill(pid, 0) } == 0
            || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

/// Removes the `prepared-pg-<pid>-<n>` directories of processes that are gone, whose
/// server is gone too: what a SIGKILL of the whole process group (a nextest timeout, an
/// IDE's stop button) leaves behind, watchdog included. Returns how many it removed.
pub(crate) fn remove_leftovers(temp: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(temp) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(owner) = name
            .to_str()
            .and_then(|n| n.strip_prefix("prepared-pg-"))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<libc::pid_t>().ok())
        else {
            continue;
        };
        if owner == std::process::id() as libc::pid_t || alive(owner) {
            continue;
        }
        // The first line of postmaster.pid is the server's pid.
        let server = std::fs::read_to_string(entry.path().join("data/postmaster.pid"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .next()
                    .and_then(|l| l.trim().parse::<libc::pid_t>().ok())
            });
        if server.is_some_and(alive) {
            continue;
        }
        if std::fs::remove_dir_all(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// A shell that waits for its stdin to close (this process exiting, however it exits),
/// then stops the server and removes the directory. It ignores the terminal's signals so
/// that Ctrl-C on the test run still cleans up. The server's pid is read from its
/// `postmaster.pid` then, so that a server started again is the one stopped.
pub(crate) fn watchdog(dir: &Path) -> Option<(Child, ChildStdin)> {
    let script = r#"trap '' INT TERM HUP
read _ignored
pid=$(head -n 1 "$1/data/postmaster.pid" 2>/dev/null)
if [ -n "$pid" ]; then
  kill -INT "$pid" 2>/dev/null
  i=0
  while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i+1)); done
  kill -KILL "$pid" 2>/dev/null
fi
rm -rf "$1""#;
    let mut child = Command::new("sh")
        .args(["-c", script, "prepared-pg-watchdog"])
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let _ = stdin.flush();
    Some((child, stdin))
}
