//! A Unix stream that asks tokio's reactor for read readiness only, for `--bin floor`'s
//! fourth contender.
//!
//! tokio registers a socket for reading and writing, and the kernel signals a Unix socket
//! writable each time its peer reads from it: each query wakes the client's thread once
//! more, when the server reads the request, to find nothing to do. Over this stream it
//! does not: one sleep a query instead of about 1.4-1.7, and a fifth less client CPU. It
//! stays here, not in the runtime, because that wake-up pays for itself across cores on
//! this VM (see the README's "Measured"): the client's vCPU, woken once mid-way, answers
//! the reply sooner than one that halted for the whole round trip.

use std::io::{self, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use tokio::io::unix::AsyncFd;
use tokio::io::{AsyncRead, AsyncWrite, Interest, ReadBuf};

pub struct ReadWoken {
    read: AsyncFd<UnixStream>,
    /// A second descriptor of the same socket, registered for writability while a write
    /// would block and dropped (deregistered) once it went through.
    write: Option<AsyncFd<UnixStream>>,
}

impl ReadWoken {
    pub async fn connect(path: &Path) -> io::Result<Self> {
        let stream = tokio::net::UnixStream::connect(path).await?.into_std()?;
        stream.set_nonblocking(true)?;
        Ok(ReadWoken {
            read: register(stream, Interest::READABLE)?,
            write: None,
        })
    }
}

fn register(stream: UnixStream, interest: Interest) -> io::Result<AsyncFd<UnixStream>> {
    // SAFETY: the `UnixStream` owns its descriptor, which stays open and the same until the
    // `AsyncFd` that owns the stream drops it.
    Ok(unsafe { AsyncFd::register_with_interest(stream, interest) }?)
}

impl AsyncRead for ReadWoken {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        loop {
            let mut guard = ready!(self.read.poll_read_ready(cx))?;
            let unfilled = buf.initialize_unfilled();
            let room = unfilled.len();
            match guard.try_io(|fd| fd.get_ref().read(unfilled)) {
                Ok(Ok(n)) => {
                    // A short read emptied the socket, as tokio's own streams assume.
                    if n > 0 && n < room {
                        guard.clear_ready();
                    }
                    buf.advance(n);
                    return Poll::Ready(Ok(()));
                }
                Ok(Err(e)) => return Poll::Ready(Err(e)),
                Err(_would_block) => continue,
            }
        }
    }
}

impl AsyncWrite for ReadWoken {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        loop {
            if let Some(write) = &this.write {
                let mut guard = ready!(write.poll_write_ready(cx))?;
                match guard.try_io(|fd| fd.get_ref().write(buf)) {
                    Ok(written) => {
                        this.write = None;
                        return Poll::Ready(written);
                    }
                    Err(_would_block) => continue,
                }
            }
            match this.read.get_ref().write(buf) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    // Registering reports writability at once if room appeared since.
                    let second = this.read.get_ref().try_clone()?;
                    this.write = Some(register(second, Interest::WRITABLE)?);
                }
                written => return Poll::Ready(written),
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(self.read.get_ref().shutdown(std::net::Shutdown::Write))
    }
}
