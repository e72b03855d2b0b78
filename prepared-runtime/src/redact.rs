//! Connection strings in messages: a user must see which server was meant, never its
//! password.

/// A connection string kept to be read later: its `Debug` shows it without its password.
#[derive(Clone)]
pub(crate) struct Redacted(pub String);

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&redact_password(&self.0))
    }
}

/// `config` (a URL or libpq key/value string) with any password replaced by `***`.
pub fn redact_password(config: &str) -> String {
    let trimmed = config.trim_start();
    if trimmed.starts_with("postgres://") || trimmed.starts_with("postgresql://") {
        redact_url(config)
    } else {
        redact_key_values(config)
    }
}

/// `scheme://user:secret@host/db?password=secret` → `scheme://user:***@host/db?password=***`.
fn redact_url(url: &str) -> String {
    let scheme_end = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[scheme_end..];
    // The authority ends at the first `/` or `?`; userinfo ends at its last `@`.
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let mut out = url[..scheme_end].to_owned();
    match rest[..authority_end].rfind('@') {
        Some(at) => {
            let userinfo = &rest[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":***");
                }
                None => out.push_str(userinfo),
            }
            out.push_str(&rest[at..authority_end]);
        }
        None => out.push_str(&rest[..authority_end]),
    }
    let tail = &rest[authority_end..];
    match tail.split_once('?') {
        Some((path, query)) => {
            out.push_str(path);
            out.push('?');
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                    _ => pair.to_owned(),
                })
                .collect();
            out.push_str(&pairs.join("&"));
        }
        None => out.push_str(tail),
    }
    out
}

/// `host=h password='a b' user=u` → `host=h password=*** user=u`; values may be quoted
/// with `'` and escape with `\`, as libpq allows.
fn redact_key_values(config: &str) -> String {
    let mut out = String::with_capacity(config.len());
    let mut rest = config;
    while let Some(eq) = rest.find('=') {
        let key_part = &rest[..eq];
        let key = key_part.trim();
        out.push_str(key_part);
        out.push('=');
        let after = &rest[eq + 1..];
        let value_start = after.len() - after.trim_start().len();
        let value = &after[value_start..];
        let value_len = if let Some(quoted) = value.strip_prefix('\'') {
            let mut escaped = false;
            let close = quoted.char_indices().find_map(|(i, c)| {
                let end = !escaped && c == '\'';
                escaped = !escaped && c == '\\';
                end.then_some(i)
            });
            close.map_or(value.len(), |i| i + 2)
        } else {
            value.find(char::is_whitespace).unwrap_or(value.len())
        };
        out.push_str(&after[..value_start]);
        if key == "password" {
            out.push_str("***");
        } else {
            out.push_str(&value[..value_len]);
        }
        rest = &value[value_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::redact_password;

    #[test]
    fn hides_passwords_in_urls_and_key_values() {
        for (given, shown) in [
            (
                "postgres://app:s3cr%40t@db.internal:5433/shop?sslmode=disable",
                "postgres://app:***@db.internal:5433/shop?sslmode=disable",
            ),
            (
                "postgresql://app@localhost/shop?password=hunter2&application_name=x",
                "postgresql://app@localhost/shop?password=***&application_name=x",
            ),
            ("postgres://localhost/shop", "postgres://localhost/shop"),
            (
                "postgres://a:b@host?password=c",
                "postgres://a:***@host?password=***",
            ),
            (
                "host=/tmp user=app password=hunter2 dbname=shop",
                "host=/tmp user=app password=*** dbname=shop",
            ),
            (
                "host=/tmp password = 'a \\' secret' dbname=shop",
                "host=/tmp password = *** dbname=shop",
            ),
            ("host=/tmp dbname=shop", "host=/tmp dbname=shop"),
        ] {
            let redacted = redact_password(given);
            assert_eq!(redacted, shown, "{given}");
            for secret in ["s3cr", "hunter2", "secret"] {
                assert!(!redacted.contains(secret), "{redacted}");
            }
        }
    }
}
