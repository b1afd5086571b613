//! Reading and writing `application/x-www-form-urlencoded` query strings, strictly:
//! broken percent-encoding and invalid UTF-8 are reported, never guessed at and never a panic.

/// Why one `key=value` pair of a query string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PairError {
    /// A `%` not followed by two hex digits.
    BrokenEscape,
    /// The escapes decode to bytes that are not UTF-8.
    NotUtf8,
}

/// One pair as it stood in the query, decoded if it could be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawPair {
    pub key: Result<String, PairError>,
    pub value: Result<String, PairError>,
}

/// Splits a query string (with or without its leading `?`) into decoded pairs.
/// Empty segments (`a=1&&b=2`) are skipped; a key without `=` has an empty value.
pub fn split_pairs(query: &str) -> Vec<RawPair> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
            RawPair {
                key: decode_component(key),
                value: decode_component(value),
            }
        })
        .collect()
}

/// Decodes one form-encoded component: `+` is a space, `%XX` a byte.
pub fn decode_component(text: &str) -> Result<String, PairError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let high = bytes.get(i + 1).copied().and_then(hex_value);
                let low = bytes.get(i + 2).copied().and_then(hex_value);
                match (high, low) {
                    (Some(h), Some(l)) => out.push(h << 4 | l),
                    _ => return Err(PairError::BrokenEscape),
                }
                i += 3;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| PairError::NotUtf8)
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Encodes one component so that `decode_component` gives it back unchanged.
/// Letters, digits and `-_.~,` stay readable; everything else is escaped.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => {
                out.push('%');
                out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
                out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 15)]));
            }
        }
    }
    out
}

/// Joins pairs into a query string without the leading `?`.
pub fn join_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(key, value)| format!("{}={}", encode_component(key), encode_component(value)))
        .collect::<Vec<_>>()
        .join("&")
}
