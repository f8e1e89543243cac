//! `wirestream health`: asks a running instance's `/health` (or `/ready`) on the configured
//! `http.address`, for container HEALTHCHECKs without curl in the image. Exit status 0 when it
//! answers 200.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use anyhow::{bail, Context};

/// The address to probe: a wildcard bind address is reached on loopback.
pub fn probe_address(bind: SocketAddr) -> SocketAddr {
    let mut addr = bind;
    if addr.ip().is_unspecified() {
        addr.set_ip(if addr.is_ipv4() {
            std::net::Ipv4Addr::LOCALHOST.into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        });
    }
    addr
}

/// GETs `path` from `addr`; Ok when the status is 200.
pub fn check(addr: SocketAddr, path: &str, timeout: Duration) -> anyhow::Result<()> {
    let mut stream = TcpStream::connect_timeout(&addr, timeout)
        .with_context(|| format!("connecting to {addr}"))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream
        .take(64 * 1024)
        .read_to_end(&mut response)
        .with_context(|| format!("reading the answer of {addr}{path}"))?;
    let status_line = response.split(|&b| b == b'\n').next().unwrap_or_default();
    let status = String::from_utf8_lossy(status_line);
    if status.split_whitespace().nth(1) == Some("200") {
        Ok(())
    } else {
        bail!("{addr}{path} answered {:?}", status.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    fn serve_once(answer: &'static str) -> SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            // Read the whole request first: closing with unread input resets the connection.
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.ends_with(b"\r\n\r\n") {
                let n = s.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&buf[..n]);
            }
            s.write_all(answer.as_bytes()).unwrap();
        });
        addr
    }

    #[test]
    fn only_200_is_healthy() {
        let ok = serve_once("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok");
        check(ok, "/health", Duration::from_secs(2)).unwrap();
        let not_ready = serve_once("HTTP/1.1 503 Service Unavailable\r\n\r\n");
        let err = check(not_ready, "/ready", Duration::from_secs(2)).unwrap_err();
        assert!(err.to_string().contains("503"), "{err}");
    }

    #[test]
    fn wildcard_binds_are_probed_on_loopback() {
        let a = probe_address("0.0.0.0:9090".parse().unwrap());
        assert_eq!(a, "127.0.0.1:9090".parse().unwrap());
        let b = probe_address("10.1.2.3:80".parse().unwrap());
        assert_eq!(b, "10.1.2.3:80".parse().unwrap());
    }
}
