//! A connection string's TLS settings as rustls's configuration, with libpq's meaning:
//! `require` encrypts without checking the certificate (unless `sslrootcert` names the CAs
//! to trust, then as `verify-ca`), `verify-ca` checks the chain, `verify-full` the chain
//! and the host name.

use super::conninfo::{SslMode, TlsSettings};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use std::path::PathBuf;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// The rustls connector for `settings`; an error names the setting or file at fault.
pub(super) fn connector(settings: &TlsSettings) -> Result<MakeRustlsConnect, String> {
    // ring rather than rustls's default aws-lc-rs: a C build a fraction of the size. Its
    // deprecation is for want of post-quantum key exchange, which PostgreSQL servers'
    // OpenSSL builds do not offer yet either.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let roots = roots(settings)?;
    let verifier: Arc<dyn ServerCertVerifier> = match (settings.mode, roots) {
        (SslMode::VerifyCa | SslMode::VerifyFull, None) => {
            return Err(format!(
                "sslmode={} needs the CAs to trust: set sslrootcert (a PEM file, or `system` for the platform's roots), or put them in ~/.postgresql/root.crt",
                settings.mode
            ));
        }
        (SslMode::VerifyFull, Some(roots)) => webpki(roots, &provider)?,
        (SslMode::VerifyCa, Some(roots)) => Arc::new(ChainOnly(webpki(roots, &provider)?)),
        // libpq: `require` with a root certificate checks it as `verify-ca` does.
        (SslMode::Require, Some(roots)) => Arc::new(ChainOnly(webpki(roots, &provider)?)),
        _ => Arc::new(Unverified(provider.signature_verification_algorithms)),
    };
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("tls: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let config = match client_identity(settings)? {
        Some((certs, key)) => builder
            .with_client_auth_cert(certs, key)
            .map_err(|e| format!("sslcert/sslkey: {e}"))?,
        None => builder.with_no_client_auth(),
    };
    Ok(MakeRustlsConnect::new(config))
}

/// The CAs to trust: `sslrootcert`'s file, the platform's for `system`, else libpq's
/// default file when it exists.
fn roots(settings: &TlsSettings) -> Result<Option<RootCertStore>, String> {
    let path = match settings.root_cert.as_deref() {
        Some("system") => {
            let found = rustls_native_certs::load_native_certs();
            let mut store = RootCertStore::empty();
            let (added, _) = store.add_parsable_certificates(found.certs);
            if added == 0 {
                return Err("sslrootcert=system: no CA certificate found on this system".into());
            }
            return Ok(Some(store));
        }
        Some(path) => PathBuf::from(path),
        None => match default_file("root.crt") {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    let certs = certificates(&path, "sslrootcert")?;
    let mut store = RootCertStore::empty();
    for cert in certs {
        store
            .add(cert)
            .map_err(|e| format!("sslrootcert `{}`: {e}", path.display()))?;
    }
    Ok(Some(store))
}

/// `~/.postgresql/<name>`, libpq's default place, when it exists.
fn default_file(name: &str) -> Option<PathBuf> {
    let path = PathBuf::from(std::env::var_os("HOME")?)
        .join(".postgresql")
        .join(name);
    path.exists().then_some(path)
}

/// Every certificate of a PEM file; none is an error.
fn certificates(path: &std::path::Path, key: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let unreadable =
        |e: &dyn std::fmt::Display| format!("cannot read {key} `{}`: {e}", path.display());
    // Read first, so a missing file says so rather than what the PEM reader makes of it.
    let pem = std::fs::read(path).map_err(|e| unreadable(&e))?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| unreadable(&e))?;
    if certs.is_empty() {
        return Err(unreadable(&"no PEM certificate in it"));
    }
    Ok(certs)
}

/// The client certificate and key: `sslcert` and `sslkey`, else libpq's default files when
/// both exist.
fn client_identity(
    settings: &TlsSettings,
) -> Result<Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>, String> {
    let (cert, key) = match (&settings.cert, &settings.key) {
        (Some(cert), Some(key)) => (PathBuf::from(cert), PathBuf::from(key)),
        (None, None) => match (
            default_file("postgresql.crt"),
            default_file("postgresql.key"),
        ) {
            (Some(cert), Some(key)) => (cert, key),
            _ => return Ok(None),
        },
        (Some(_), None) => {
            return Err(
                "sslcert is set but sslkey is not: a client certificate needs its key".into(),
            );
        }
        (None, Some(_)) => {
            return Err(
                "sslkey is set but sslcert is not: a client key needs its certificate".into(),
            );
        }
    };
    let certs = certificates(&cert, "sslcert")?;
    let pem =
        std::fs::read(&key).map_err(|e| format!("cannot read sslkey `{}`: {e}", key.display()))?;
    let key = PrivateKeyDer::from_pem_slice(&pem).map_err(|e| {
        let why = match e {
            rustls::pki_types::pem::Error::NoItemsFound => "no PEM private key in it".to_owned(),
            other => other.to_string(),
        };
        format!("cannot read sslkey `{}`: {why}", key.display())
    })?;
    Ok(Some((certs, key)))
}

fn webpki(
    roots: RootCertStore,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, String> {
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map(|v| v as Arc<dyn ServerCertVerifier>)
        .map_err(|e| format!("sslrootcert: {e}"))
}

/// `verify-ca`: the chain must lead to a trusted CA and be valid now; the name it was
/// issued for is not checked.
#[derive(Debug)]
struct ChainOnly(Arc<dyn ServerCertVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // webpki checks the chain (and its dates) before the name: a name error means the
        // chain passed.
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// `prefer` and `require` without CAs, as libpq: encrypted, the certificate unchecked. The
/// handshake's signatures are still verified, so the session is bound to the certificate
/// presented (which channel binding relies on).
#[derive(Debug)]
struct Unverified(WebPkiSupportedAlgorithms);

impl ServerCertVerifier for Unverified {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_schemes()
    }
}
