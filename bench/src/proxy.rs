//! A TCP proxy that delays each direction by a fixed time, as a network between client and
//! server would (this machine's kernel has no netem), and counts the client's round trips:
//! a client write after data reached it since its last write is a new trip.
//!
//! Shared by the bench and by `tests/pipeline.rs`, which includes this file.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::time::Instant;

/// A running proxy; dropping it stops accepting (connections in progress keep going).
pub struct Proxy {
    /// The port it listens on, on 127.0.0.1.
    pub port: u16,
    trips: Arc<AtomicU64>,
    accept: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Listens on a free port of 127.0.0.1 and forwards to `upstream`, each direction
    /// `delay` late.
    pub async fn start(upstream: SocketAddr, delay: Duration) -> std::io::Result<Proxy> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let trips = Arc::new(AtomicU64::new(0));
        let counted = trips.clone();
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = TcpStream::connect(upstream).await else {
                    continue;
                };
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                tokio::spawn(forward(client, server, delay, counted.clone()));
            }
        });
        Ok(Proxy {
            port,
            trips,
            accept,
        })
    }

    /// Round trips the clients made since the last call.
    pub fn take_trips(&self) -> u64 {
        self.trips.swap(0, Ordering::Relaxed)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// Both directions of one connection.
async fn forward(client: TcpStream, server: TcpStream, delay: Duration, trips: Arc<AtomicU64>) {
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = server.into_split();
    // Whether data reached the client since it last wrote: its next write is a new trip.
    let answered = Arc::new(AtomicBool::new(true));
    let up = {
        let answered = answered.clone();
        pipe(client_read, server_write, delay, move |_| {
            if answered.swap(false, Ordering::AcqRel) {
                trips.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let down = pipe(server_read, client_write, delay, move |delivered| {
        if delivered {
            answered.store(true, Ordering::Release);
        }
    });
    tokio::join!(up, down);
}

/// Copies `from` to `to`, each chunk `delay` after it was read; `seen(false)` when a chunk
/// is read, `seen(true)` once it is written.
async fn pipe(
    mut from: impl AsyncReadExt + Unpin + Send + 'static,
    mut to: impl AsyncWriteExt + Unpin + Send + 'static,
    delay: Duration,
    seen: impl Fn(bool) + Send + Sync + 'static,
) {
    let seen = Arc::new(seen);
    let (tx, mut rx) = mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    let reader = {
        let seen = seen.clone();
        async move {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match from.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        seen(false);
                        if tx
                            .send((Instant::now() + delay, buf[..n].to_vec()))
                            .is_err()
                        {
                            break;
                        }
                    }
                }
            }
        }
    };
    let writer = async move {
        while let Some((due, chunk)) = rx.recv().await {
            tokio::time::sleep_until(due).await;
            if to.write_all(&chunk).await.is_err() {
                break;
            }
            seen(true);
        }
        let _ = to.shutdown().await;
    };
    tokio::join!(reader, writer);
}
