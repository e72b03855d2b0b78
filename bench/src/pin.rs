//! CPU placement for the latency figures, and what the client process uses per query.
//!
//! On a small VM a round trip costs mostly what waking the other side costs, and that
//! depends on where the scheduler put the client's thread and the connection's backend:
//! each contender has a backend of its own, so two runs of one contender can differ by 2×
//! and a comparison measures placements rather than clients. Three placements are measured:
//! - `one core`: every client thread and every backend on core 0. Neither side idles
//!   while the other works, so a query costs the CPU time both sides spend on it: the
//!   reproducible figure, and the one a client's own overhead shows in.
//! - `two cores`: client threads on core 0, every backend on core 1: each side wakes the
//!   other across cores, as a deployment's client and server mostly do, but the same way
//!   in every round, so the figure is as reproducible as one core's.
//! - `scheduler's`: no pinning, as a deployment runs.

/// Where client threads and backends run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    OneCore,
    TwoCores,
    Scheduler,
}

impl Placement {
    pub fn name(self) -> &'static str {
        match self {
            Placement::OneCore => "one core",
            Placement::TwoCores => "two cores",
            Placement::Scheduler => "scheduler's",
        }
    }

    /// The core that client threads run on, if any.
    pub fn core(self) -> Option<usize> {
        match self {
            Placement::OneCore | Placement::TwoCores => Some(0),
            Placement::Scheduler => None,
        }
    }

    /// The core that backends run on, if any: the client's, or the next one when the
    /// machine has it.
    pub fn backend_core(self) -> Option<usize> {
        match self {
            Placement::OneCore => Some(0),
            Placement::TwoCores => Some(1 % all_cores()),
            Placement::Scheduler => None,
        }
    }
}

/// Pins the calling thread (`pid` 0) or process `pid` to `cores`; a failure is reported,
/// not fatal: the figures are then as the scheduler placed them.
pub fn pin(pid: i32, cores: impl IntoIterator<Item = usize>) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: a zeroed cpu_set_t is a valid empty set; CPU_SET stays inside it for the
        // core numbers available_parallelism reports.
        let ok = unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            for core in cores {
                libc::CPU_SET(core, &mut set);
            }
            libc::sched_setaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0
        };
        if !ok {
            eprintln!(
                "bench: could not pin {pid}: {}",
                std::io::Error::last_os_error()
            );
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (pid, cores.into_iter());
}

/// The machine's cores, whatever the calling thread is pinned to (`available_parallelism`
/// reads the thread's affinity, so after a pin it answers one).
pub fn all_cores() -> usize {
    #[cfg(unix)]
    {
        // SAFETY: sysconf has no preconditions.
        let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
        if n > 0 {
            return n as usize;
        }
    }
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// CPU time this process has used, user and system: the client side's alone, as the
/// server runs in processes of its own.
pub fn cpu_time() -> std::time::Duration {
    #[cfg(unix)]
    return rusage(libc::RUSAGE_SELF);
    #[cfg(not(unix))]
    std::time::Duration::ZERO
}

/// CPU time (user and system) of every finished child process so far: on a shared VM a
/// build's wall time also counts what the host takes away, its CPU time does not.
pub fn children_cpu_time() -> std::time::Duration {
    #[cfg(unix)]
    return rusage(libc::RUSAGE_CHILDREN);
    #[cfg(not(unix))]
    std::time::Duration::ZERO
}

/// How many times this process's threads went to sleep waiting (voluntary context
/// switches): a client that sleeps twice a query pays the other side's wake-up twice.
pub fn sleeps() -> u64 {
    #[cfg(unix)]
    return getrusage(libc::RUSAGE_SELF).ru_nvcsw as u64;
    #[cfg(not(unix))]
    0
}

/// What the client process has used so far, to take from a later reading.
pub struct Usage {
    wall: std::time::Instant,
    cpu: std::time::Duration,
    sleeps: u64,
}

/// What was used between two readings: wall time, CPU time and sleeps.
pub type Used = (std::time::Duration, std::time::Duration, u64);

impl Usage {
    pub fn now() -> Self {
        Usage {
            wall: std::time::Instant::now(),
            cpu: cpu_time(),
            sleeps: sleeps(),
        }
    }

    /// What was used since this reading.
    pub fn since(&self) -> Used {
        (
            self.wall.elapsed(),
            cpu_time() - self.cpu,
            sleeps() - self.sleeps,
        )
    }
}

#[cfg(unix)]
fn getrusage(who: libc::c_int) -> libc::rusage {
    // SAFETY: getrusage fills the zeroed struct it is given.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    }
}

#[cfg(unix)]
fn rusage(who: libc::c_int) -> std::time::Duration {
    let usage = getrusage(who);
    let time = |t: libc::timeval| {
        std::time::Duration::from_secs(t.tv_sec as u64)
            + std::time::Duration::from_micros(t.tv_usec as u64)
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// Lets the calling thread run on every core again.
pub fn unpin() {
    pin(0, 0..all_cores());
}

/// Pins the backend serving a tokio-postgres connection.
pub async fn pin_backend(
    client: &tokio_postgres::Client,
    placement: Placement,
) -> Result<(), tokio_postgres::Error> {
    if let Some(core) = placement.backend_core() {
        let pid: i32 = client
            .query_one("SELECT pg_backend_pid()", &[])
            .await?
            .get(0);
        pin(pid, [core]);
    }
    Ok(())
}

/// Pins the backend serving a sqlx connection.
pub async fn pin_sqlx_backend(
    conn: &mut sqlx::PgConnection,
    placement: Placement,
) -> Result<(), sqlx::Error> {
    if let Some(core) = placement.backend_core() {
        let (pid,): (i32,) = sqlx::query_as("SELECT pg_backend_pid()")
            .fetch_one(conn)
            .await?;
        pin(pid, [core]);
    }
    Ok(())
}
