//! sqlcommenter values (<https://google.github.io/sqlcommenter/spec/>): the comment the
//! registry appends to each statement's SQL, `/*module='app::queries',statement='x'*/`.

/// A value URL-encoded for a sqlcommenter comment. Unreserved characters and `:` (which
/// URLs keep in a path, and which every Rust path holds) stay as they are; the rest, among
/// them the quote, `,` and `=` that delimit pairs and the `*/` that would end the comment,
/// are percent-encoded.
pub fn comment_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The key-value pairs of a sqlcommenter comment at the end of `sql`, decoded; empty when
/// it has none.
pub fn comment_pairs(sql: &str) -> Vec<(String, String)> {
    let Some(body) = sql
        .trim_end()
        .strip_suffix("*/")
        .and_then(|s| s.rfind("/*").map(|at| &s[at + 2..]))
    else {
        return Vec::new();
    };
    body.split(',')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            let value = value.strip_prefix('\'')?.strip_suffix('\'')?;
            Some((decode(key), decode(value)))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let name = "products_search{tag,order=Dearest}";
        let encoded = comment_value(name);
        assert_eq!(encoded, "products_search%7Btag%2Corder%3DDearest%7D");
        assert_eq!(comment_value("app::queries"), "app::queries");
        assert_eq!(comment_value("it's */"), "it%27s%20%2A%2F");
        let sql = format!("SELECT 1 /*module='app::queries',statement='{encoded}'*/");
        assert_eq!(
            comment_pairs(&sql),
            [
                ("module".to_owned(), "app::queries".to_owned()),
                ("statement".to_owned(), name.to_owned())
            ]
        );
        assert!(comment_pairs("SELECT 1").is_empty());
    }
}
