//! A server's `ErrorResponse`, as the `tokio_postgres::Error` users already match on.
//!
//! tokio-postgres builds its `DbError` only from bytes it reads off a connection; it has
//! no public constructor. So the driver hands the server's own bytes to tokio-postgres:
//! a tokio-postgres client over an in-memory stream that answers the startup and one
//! query, the query with the recorded `ErrorResponse`. The error that comes back is the
//! one tokio-postgres would have given on a connection of its own: `as_db_error()`,
//! `code()`, severity, detail, hint, position and all. Errors are rare on a hot path, and
//! this costs a few microseconds, all in memory.

use bytes::{Buf, BufMut, Bytes, BytesMut};
use postgres_types::{ToSql, Type};
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The `tokio_postgres::Error` of a server's `ErrorResponse` message (tag, length and
/// body, as read off the wire).
pub(crate) async fn db_error(error_response: Bytes) -> tokio_postgres::Error {
    let answered = scripted(Script::Answer(error_response), |client| async move {
        client.simple_query("").await.err()
    });
    match answered.await {
        Ok(Some(error)) | Err(error) => error,
        Ok(None) => unreachable!("the scripted server answers every query with the error"),
    }
}

/// The `tokio_postgres::Error` of parameters that do not encode as `types`: tokio-postgres
/// encodes them itself, through the same `ToSql` impls, and fails before it sends.
pub(crate) async fn encode_error(
    params: &[&(dyn ToSql + Sync)],
    types: &[Type],
) -> Option<tokio_postgres::Error> {
    let typed: Vec<_> = params.iter().copied().zip(types.iter().cloned()).collect();
    let encoded = scripted(Script::Answer(Bytes::new()), |client| async move {
        client.query_typed_raw("", typed).await.err()
    });
    // Encoded, the request went out (and met a bare ReadyForQuery): no encoding error.
    match encoded.await {
        Ok(Some(error)) if !error.to_string().starts_with("unexpected message") => Some(error),
        _ => None,
    }
}

/// The `tokio_postgres::Error` of a failed socket or a broken protocol, as tokio-postgres
/// reports one of its own connections failing.
pub(crate) async fn io_error(error: &io::Error) -> tokio_postgres::Error {
    let error = io::Error::new(error.kind(), error.to_string());
    // The connection fails writing the query, and says so itself.
    let failed = scripted(Script::Fail(Some(error)), |client| async move {
        client.simple_query("").await.err()
    });
    match failed.await {
        Err(error) | Ok(Some(error)) => error,
        Ok(None) => unreachable!("the scripted server fails every query"),
    }
}

/// The error of a call on a connection that is gone, `is_closed()` as tokio-postgres's.
pub(crate) async fn closed_error() -> tokio_postgres::Error {
    let closed = scripted(Script::Close, |client| async move {
        client.simple_query("").await.err()
    });
    match closed.await {
        Ok(Some(error)) | Err(error) => error,
        Ok(None) => unreachable!("the scripted server closes at the first query"),
    }
}

/// What the scripted server does with a query.
enum Script {
    /// Answers with these bytes, then ReadyForQuery.
    Answer(Bytes),
    /// Fails the client's write with this error.
    Fail(Option<io::Error>),
    /// Ends the stream.
    Close,
}

/// Runs `f` on a tokio-postgres client whose server is `script`, driving its connection
/// in this task: nothing outlives the call. A connection that fails first gives its error.
async fn scripted<F, Fut, T>(script: Script, f: F) -> Result<T, tokio_postgres::Error>
where
    F: FnOnce(tokio_postgres::Client) -> Fut,
    Fut: Future<Output = T>,
{
    let stream = Scripted {
        script,
        incoming: BytesMut::new(),
        outgoing: BytesMut::new(),
        waiting: None,
        ended: false,
    };
    let (client, connection) = tokio_postgres::Config::new()
        .user("prepared")
        .connect_raw(stream, tokio_postgres::NoTls)
        .await
        .expect("the scripted server accepts any startup");
    let (mut call, mut connection) = (std::pin::pin!(f(client)), std::pin::pin!(connection));
    std::future::poll_fn(|cx| {
        if let Poll::Ready(out) = call.as_mut().poll(cx) {
            return Poll::Ready(Ok(out));
        }
        match connection.as_mut().poll(cx) {
            Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
            // Ended cleanly, which the scripted server never does by itself: the call
            // decides.
            Poll::Ready(Ok(())) | Poll::Pending => {}
        }
        call.as_mut().poll(cx).map(Ok)
    })
    .await
}

/// An in-memory server that accepts any startup and answers every query with one error.
struct Scripted {
    script: Script,
    /// What the client wrote and the script has not read yet.
    incoming: BytesMut,
    /// What the script answered and the client has not read yet.
    outgoing: BytesMut,
    waiting: Option<std::task::Waker>,
    /// The script closed the stream: reads end.
    ended: bool,
}

impl Scripted {
    /// Answers each whole message the client has written.
    fn answer(&mut self) {
        loop {
            // The startup message has no tag: a length, then the protocol version.
            let startup = self.incoming.len() >= 8 && self.incoming[4..8] == [0, 3, 0, 0];
            let (tag, header) = if startup {
                (None, 0)
            } else if !self.incoming.is_empty() {
                (Some(self.incoming[0]), 1)
            } else {
                return;
            };
            if self.incoming.len() < header + 4 {
                return;
            }
            let len =
                u32::from_be_bytes(self.incoming[header..header + 4].try_into().unwrap()) as usize;
            if self.incoming.len() < header + len {
                return;
            }
            self.incoming.advance(header + len);
            match tag {
                // AuthenticationOk, then ReadyForQuery.
                None => {
                    self.outgoing.put_slice(&[b'R', 0, 0, 0, 8, 0, 0, 0, 0]);
                    self.ready();
                }
                Some(b'Q') if matches!(self.script, Script::Close) => {
                    self.ended = true;
                    if let Some(waker) = self.waiting.take() {
                        waker.wake();
                    }
                }
                Some(b'Q') => {
                    if let Script::Answer(bytes) = &self.script {
                        self.outgoing.put_slice(bytes);
                        self.ready();
                    }
                }
                // A Sync ends an extended-protocol request: answered bare, so that nothing
                // waits for an answer the script does not have.
                Some(b'S') => self.ready(),
                // Terminate, or anything else: nothing to answer.
                Some(_) => {}
            }
        }
    }

    fn ready(&mut self) {
        self.outgoing.put_slice(&[b'Z', 0, 0, 0, 5, b'I']);
        if let Some(waker) = self.waiting.take() {
            waker.wake();
        }
    }
}

impl AsyncRead for Scripted {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.outgoing.is_empty() {
            if this.ended {
                return Poll::Ready(Ok(()));
            }
            this.waiting = Some(cx.waker().clone());
            return Poll::Pending;
        }
        let n = this.outgoing.len().min(buf.remaining());
        buf.put_slice(&this.outgoing.split_to(n));
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Scripted {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.incoming.put_slice(buf);
        // The startup (no tag) goes through whatever the script; a query meets it.
        let query = this.incoming.first() == Some(&b'Q');
        if let (true, Script::Fail(error)) = (query, &mut this.script)
            && let Some(error) = error.take()
        {
            return Poll::Ready(Err(error));
        }
        this.answer();
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An ErrorResponse as a server sends it: severity, SQLSTATE, message, detail.
    fn unique_violation() -> Bytes {
        let mut body = BytesMut::new();
        for (field, value) in [
            (b'S', "ERROR"),
            (b'V', "ERROR"),
            (b'C', "23505"),
            (
                b'M',
                "duplicate key value violates unique constraint \"t_pkey\"",
            ),
            (b'D', "Key (id)=(1) already exists."),
        ] {
            body.put_u8(field);
            body.put_slice(value.as_bytes());
            body.put_u8(0);
        }
        body.put_u8(0);
        let mut message = BytesMut::new();
        message.put_u8(b'E');
        message.put_u32(body.len() as u32 + 4);
        message.put_slice(&body);
        message.freeze()
    }

    #[tokio::test]
    async fn the_server_error_is_tokio_postgres_own() {
        let error = db_error(unique_violation()).await;
        let db = error.as_db_error().expect("a server error");
        assert_eq!(
            db.code(),
            &tokio_postgres::error::SqlState::UNIQUE_VIOLATION
        );
        assert_eq!(
            db.message(),
            "duplicate key value violates unique constraint \"t_pkey\""
        );
        assert_eq!(db.detail(), Some("Key (id)=(1) already exists."));
        assert_eq!(db.severity(), "ERROR");
    }

    #[tokio::test]
    async fn a_parameter_that_does_not_encode_is_named_by_its_index() {
        let error = encode_error(&[&1i64, &"text"], &[Type::INT8, Type::INT4])
            .await
            .expect("a text cannot encode as int4");
        assert!(error.to_string().contains("parameter 1"), "{error}");
        assert!(encode_error(&[&1i64], &[Type::INT8]).await.is_none());
    }

    #[tokio::test]
    async fn a_gone_connection_is_closed() {
        assert!(closed_error().await.is_closed());
    }

    #[tokio::test]
    async fn a_failed_socket_is_an_io_error() {
        let error = io_error(&io::Error::new(io::ErrorKind::ConnectionReset, "reset")).await;
        assert!(error.as_db_error().is_none());
        let text = crate::error::describe(&error);
        assert!(text.contains("reset"), "{text}");
    }
}
