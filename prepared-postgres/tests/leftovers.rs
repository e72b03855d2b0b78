//! A test process killed together with its whole process group (a nextest timeout, an
//! IDE's stop button), watchdog and server included, leaves its directory behind; the next
//! throwaway server removes it. The killed process is this test binary, run again as a
//! child that starts a server and waits: a mode of the binary (`harness = false`), not a
//! test that would pass whenever it is run on its own.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD: &str = "PREPARED_LEFTOVER_CHILD";

fn main() {
    if std::env::var_os(CHILD).is_some() {
        // The child's part: start a server, say where, and wait to be killed.
        let pg = prepared_postgres::TempPostgres::start().unwrap();
        println!("dir={}", pg.socket_dir().display());
        std::thread::sleep(Duration::from_secs(120));
        return;
    }
    let args = libtest_mimic::Arguments::from_args();
    let test = libtest_mimic::Trial::test(
        "a_killed_process_group_leaves_nothing_behind_for_long",
        || {
            a_killed_process_group_leaves_nothing_behind_for_long();
            Ok(())
        },
    );
    libtest_mimic::run(&args, vec![test]).exit();
}

fn a_killed_process_group_leaves_nothing_behind_for_long() {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env(CHILD, "1")
        .process_group(0)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let dir: PathBuf = stdout
        .lines()
        .map_while(Result::ok)
        .find_map(|l| l.split_once("dir=").map(|(_, d)| PathBuf::from(d.trim())))
        .expect("the child names its server's directory");
    assert!(dir.join("data/postmaster.pid").is_file());
    // SAFETY: signalling the child's own process group.
    unsafe { libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL) };
    child.wait().unwrap();
    // The server of the group is gone too; its pid file stays behind.
    let server: libc::pid_t = std::fs::read_to_string(dir.join("data/postmaster.pid"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    // SAFETY: signal 0 only probes the pid.
    while unsafe { libc::kill(server, 0) } == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(dir.is_dir(), "the kill left {} behind", dir.display());

    let next = prepared_postgres::TempPostgres::start().unwrap();
    assert!(!dir.exists(), "{} should have been removed", dir.display());
    drop(next);
}
