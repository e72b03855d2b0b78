//! The libpq TLS settings that tokio-postgres's parser does not take (`sslmode=verify-ca`,
//! `verify-full`, `sslrootcert`, `sslcert`, `sslkey`), read out of a connection string in
//! URL or key/value form before the rest of it reaches tokio-postgres.

use percent_encoding::percent_decode_str;

/// The keys read here and removed from the string tokio-postgres parses.
const KEYS: [&str; 4] = ["sslmode", "sslrootcert", "sslcert", "sslkey"];

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SslMode {
    /// No TLS.
    Disable,
    /// libpq tries without TLS first; here it is `prefer`'s behaviour, TLS when offered.
    Allow,
    /// TLS when the server offers it, not verified (libpq's default).
    #[default]
    Prefer,
    /// TLS, not verified unless `sslrootcert` is given (then as `verify-ca`, as libpq).
    Require,
    /// TLS, the server's certificate signed by a trusted CA.
    VerifyCa,
    /// TLS, the certificate signed by a trusted CA and issued for the host connected to.
    VerifyFull,
}

impl SslMode {
    fn parse(value: &str) -> Result<SslMode, String> {
        Ok(match value {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(format!(
                    "invalid sslmode `{other}`: expected disable, allow, prefer, require, verify-ca or verify-full"
                ));
            }
        })
    }

    /// Whether the connection must be encrypted.
    #[cfg(not(feature = "rustls"))]
    pub fn requires_tls(self) -> bool {
        matches!(
            self,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull
        )
    }
}

impl std::fmt::Display for SslMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        })
    }
}

/// The TLS settings of a connection string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsSettings {
    pub mode: SslMode,
    /// A PEM file of trusted CAs, or `system` for the platform's roots.
    pub root_cert: Option<String>,
    /// The client certificate's PEM file.
    pub cert: Option<String>,
    /// The client certificate's key, a PEM file.
    pub key: Option<String>,
}

impl TlsSettings {
    fn set(&mut self, key: &str, value: String) -> Result<(), String> {
        match key {
            "sslmode" => self.mode = SslMode::parse(&value)?,
            "sslrootcert" => self.root_cert = Some(value),
            "sslcert" => self.cert = Some(value),
            _ => self.key = Some(value),
        }
        Ok(())
    }
}

/// `config` without its TLS settings, and those settings; an error is one line naming the
/// setting.
pub fn split(config: &str) -> Result<(String, TlsSettings), String> {
    let trimmed = config.trim_start();
    if trimmed.starts_with("postgres://") || trimmed.starts_with("postgresql://") {
        split_url(config)
    } else {
        split_key_values(config)
    }
}

/// The query string's pairs, those of [`KEYS`] taken out (percent-decoded).
fn split_url(url: &str) -> Result<(String, TlsSettings), String> {
    let mut settings = TlsSettings::default();
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_owned(), settings));
    };
    let mut kept = Vec::new();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key)?;
        if KEYS.contains(&key.as_str()) {
            settings.set(&key, decode(value)?)?;
        } else {
            kept.push(pair);
        }
    }
    let rest = match kept.is_empty() {
        true => base.to_owned(),
        false => format!("{base}?{}", kept.join("&")),
    };
    Ok((rest, settings))
}

fn decode(text: &str) -> Result<String, String> {
    percent_decode_str(text)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| format!("invalid percent-encoding in `{text}`"))
}

/// `key=value` pairs, values unquoted or in `'…'` with `\` escapes, as libpq reads them;
/// the pairs of [`KEYS`] are cut out of the text, the rest kept byte for byte.
fn split_key_values(config: &str) -> Result<(String, TlsSettings), String> {
    let mut settings = TlsSettings::default();
    let mut kept = String::with_capacity(config.len());
    let bytes = config.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let key_start = i;
        while i < bytes.len() && bytes[i] != b'=' && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let key = &config[key_start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if key.is_empty() {
            break;
        }
        if bytes.get(i) != Some(&b'=') {
            // tokio-postgres reports what is malformed; keep it for it to see.
            kept.push_str(&config[start..]);
            break;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let (value, end) = value_at(config, i)?;
        i = end;
        if KEYS.contains(&key) {
            settings.set(key, value)?;
        } else {
            kept.push_str(&config[start..i]);
        }
    }
    Ok((kept.trim_start().to_owned(), settings))
}

/// The value starting at byte `i`, unescaped, and the byte after it.
fn value_at(config: &str, mut i: usize) -> Result<(String, usize), String> {
    let bytes = config.as_bytes();
    let quoted = bytes.get(i) == Some(&b'\'');
    if quoted {
        i += 1;
    }
    let mut value = String::new();
    let mut chars = config[i..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, escaped)) => value.push(escaped),
                None => return Err("a connection string ends in `\\`".to_owned()),
            },
            '\'' if quoted => return Ok((value, i + at + 1)),
            c if !quoted && c.is_whitespace() => return Ok((value, i + at)),
            c => value.push(c),
        }
    }
    match quoted {
        true => Err("a quoted value of the connection string is not closed".to_owned()),
        false => Ok((value, config.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_the_tls_keys_and_keep_the_rest() {
        let (rest, tls) = split(
            "postgres://u:p%40ss@db.example.com:5432/app?sslmode=verify-full&application_name=x&sslrootcert=%2Ftmp%2Fca.pem",
        )
        .unwrap();
        assert_eq!(
            rest,
            "postgres://u:p%40ss@db.example.com:5432/app?application_name=x"
        );
        assert_eq!(tls.mode, SslMode::VerifyFull);
        assert_eq!(tls.root_cert.as_deref(), Some("/tmp/ca.pem"));
        let (rest, tls) = split("postgresql://h/db?sslmode=require").unwrap();
        assert_eq!(
            (rest.as_str(), tls.mode),
            ("postgresql://h/db", SslMode::Require)
        );
        assert_eq!(split("postgres://h/db").unwrap().1, TlsSettings::default());
    }

    #[test]
    fn key_values_lose_the_tls_keys_and_keep_the_rest() {
        let (rest, tls) = split(
            "host=localhost sslmode = verify-ca  password='a b\\'c' sslcert='/tmp/my cert.pem' sslkey=/tmp/k.pem user=app",
        )
        .unwrap();
        assert_eq!(rest, "host=localhost  password='a b\\'c' user=app");
        assert_eq!(tls.mode, SslMode::VerifyCa);
        assert_eq!(tls.cert.as_deref(), Some("/tmp/my cert.pem"));
        assert_eq!(tls.key.as_deref(), Some("/tmp/k.pem"));
    }

    #[test]
    fn bad_values_say_what_is_wrong() {
        assert_eq!(
            split("host=h sslmode=verify").unwrap_err(),
            "invalid sslmode `verify`: expected disable, allow, prefer, require, verify-ca or verify-full"
        );
        assert!(split("postgres://h/?sslmode=strict").is_err());
        assert_eq!(
            split("host=h sslrootcert='/tmp/x").unwrap_err(),
            "a quoted value of the connection string is not closed"
        );
    }
}
