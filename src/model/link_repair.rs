//! Links as they arrive after chat apps, mail and social networks have handled them, put back
//! before they are read: tracking parameters, escaped `&`, encoded queries, quoted-printable
//! `=3D`, line breaks and invisible characters, and the punctuation of the sentence around them.

use super::query::{decode_component, RawPair};

/// How much a link had to be changed before it could be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mending {
    /// Read as it came.
    #[default]
    None,
    /// Only what never belongs to one of the app's links was dropped: tracking parameters that
    /// platforms add, and punctuation or spaces after the link's end. Not worth a word.
    Tidied,
    /// The link's own structure had been changed on its way (`&amp;`, an encoded query, `=3D`,
    /// a second `?`, characters inside a value) and was put back: worth a short line.
    Repaired,
}

/// The pairs of a query string, decoded and mended, and how much mending that took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MendedPairs {
    pub pairs: Vec<RawPair>,
    pub mending: Mending,
}

/// Parameters that ad and mail platforms add to every link they pass on, as exact keys
/// (compared in lower case).
const TRACKING_KEYS: [&str; 36] = [
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "igshid",
    "igsh",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "yclid",
    "ysclid",
    "_ga",
    "_gl",
    "_kx",
    "vero_id",
    "vero_conv",
    "rb_clickid",
    "s_kwcid",
    "ef_id",
    "epik",
    "sc_cid",
    "srsltid",
    "wickedid",
    "ref_src",
    "ref_url",
    "cmpid",
    "si",
    "trk",
    "trkcampaign",
    "xtor",
];

/// Prefixes of the same kind of parameter (`utm_source`, `mtm_campaign`, `_hsenc`, ...).
const TRACKING_PREFIXES: [&str; 7] = ["utm_", "mtm_", "pk_", "hsa_", "_hs", "__hs", "oly_"];

/// Whether a key is one that platforms add for tracking, never one of the app's settings.
pub fn is_tracking_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    TRACKING_KEYS.contains(&key.as_str())
        || TRACKING_PREFIXES
            .iter()
            .any(|prefix| key.starts_with(prefix))
}

/// How deep a query encoded inside a query is unwrapped.
const MAX_NESTING: u8 = 3;

/// Splits a query string (with or without its leading `?`) into decoded pairs, undoing what
/// links go through on their way. Never fails: a pair that cannot be decoded stays an error for
/// the reader to name. The app's own values hold only letters, digits and `-`, `.`, `,`, so a
/// character outside those at a value's end, or whitespace inside it, cannot be the link's.
pub fn read_pairs(query: &str) -> MendedPairs {
    let mut mending = Mending::None;
    let mut body = query.strip_prefix('?').unwrap_or(query);
    let stripped = strip_tail(body);
    if stripped.len() != body.len() {
        mending = Mending::Tidied;
        body = stripped;
    }
    let mut body = body.to_string();
    if let Some(decoded) = undo_quoted_printable(&body) {
        mending = Mending::Repaired;
        body = decoded;
    }
    // A second `?`: a tool added a query of its own without seeing the first.
    if body.contains('?') {
        mending = Mending::Repaired;
        body = body.replace('?', "&");
    }
    let mut pairs = Vec::new();
    split_into(&body, 0, &mut pairs, &mut mending);
    let before = pairs.len();
    pairs.retain(|pair| !pair.key.as_deref().is_ok_and(is_tracking_key));
    if pairs.len() != before {
        mending = mending.max(Mending::Tidied);
    }
    MendedPairs { pairs, mending }
}

fn split_into(body: &str, depth: u8, pairs: &mut Vec<RawPair>, mending: &mut Mending) {
    for segment in body.split('&').filter(|segment| !segment.is_empty()) {
        let (key_text, value_text) = segment.split_once('=').unwrap_or((segment, ""));
        let mut key = decode_component(key_text);
        let mut value = decode_component(value_text);
        for text in [&mut key, &mut value].into_iter().flatten() {
            if let Some(mended) = mend_text(text) {
                *mending = Mending::Repaired;
                *text = mended;
            }
        }
        if let Ok(text) = &mut key {
            // `&amp;view=…`: the `&` was escaped for HTML on the way.
            let mut unescaped = text.as_str();
            while let Some(rest) = unescaped.strip_prefix("amp;") {
                unescaped = rest;
            }
            if unescaped.len() != text.len() {
                *mending = Mending::Repaired;
                *text = unescaped.to_string();
            }
        }
        // A pair holding `=` or `&` once decoded: the query (or its tail) was encoded whole.
        let nested = |part: &Result<String, _>| {
            part.as_deref()
                .is_ok_and(|text: &str| text.contains(['=', '&']))
        };
        if depth < MAX_NESTING && (nested(&key) || nested(&value)) {
            if let (Ok(key), Ok(value)) = (&key, &value) {
                *mending = Mending::Repaired;
                let inner = if value.is_empty() {
                    key.clone()
                } else {
                    format!("{key}={value}")
                };
                split_into(&inner.replace('?', "&"), depth + 1, pairs, mending);
                continue;
            }
        }
        if key.as_deref().is_ok_and(str::is_empty) && value.as_deref().is_ok_and(str::is_empty) {
            // `v=1&amp;` at the end, or a pair made only of spaces: nothing was there.
            continue;
        }
        pairs.push(RawPair { key, value });
    }
}

/// A decoded key or value with further layers of percent-encoding undone and whitespace and
/// invisible characters removed; `None` when it needs neither.
fn mend_text(text: &str) -> Option<String> {
    let mut current = text.to_string();
    let mut changed = false;
    for _ in 0..3 {
        if current.chars().any(is_stray) {
            current.retain(|c| !is_stray(c));
            changed = true;
        }
        if !has_escape(&current) {
            break;
        }
        match decode_component(&current) {
            Ok(decoded) => {
                current = decoded;
                changed = true;
            }
            Err(_) => break,
        }
    }
    changed.then_some(current)
}

/// Whether the text holds a `%` followed by two hex digits.
fn has_escape(text: &str) -> bool {
    text.as_bytes().windows(3).any(|window| {
        window[0] == b'%' && window[1].is_ascii_hexdigit() && window[2].is_ascii_hexdigit()
    })
}

/// Whitespace, line breaks and the invisible characters some apps put inside long words.
fn is_stray(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// A mail shown without decoding its quoted-printable text writes every `=` as `=3D` and
/// breaks long lines with a `=` at the end of each. When every `=` left is followed by `3D`, the
/// text as it was meant; `None` otherwise.
fn undo_quoted_printable(body: &str) -> Option<String> {
    let mut text = body.to_string();
    for soft_break in ["=%0D%0A", "=%0d%0a", "=%0A", "=%0a", "=\r\n", "=\n"] {
        text = text.replace(soft_break, "");
    }
    let equals = text.matches('=').count();
    (equals > 0 && text.matches("=3D").count() == equals).then(|| text.replace("=3D", "="))
}

/// The query without what a sentence, a bracket or a quote added after its end (see
/// [`ends_a_sentence`]), raw or percent-encoded (`).`, `%22`, `%E2%80%9D`, `&amp;`).
fn strip_tail(mut body: &str) -> &str {
    loop {
        if let Some(last) = body.chars().next_back() {
            if ends_a_sentence(last) {
                body = &body[..body.len() - last.len_utf8()];
                continue;
            }
        }
        // `&amp;` at the end has lost its `;` above; the rest is as empty as a bare `&`.
        if let Some(rest) = body.strip_suffix("&amp") {
            body = rest;
            continue;
        }
        match encoded_tail(body) {
            Some(bytes) => body = &body[..body.len() - bytes],
            None => return body,
        }
    }
}

/// Whether a character at a link's end belongs to the sentence around it rather than to the
/// link: ASCII other than letters and digits, spaces and invisible characters, and the closing
/// quotes, brackets, dashes and stops of other scripts. (Unicode's full letter tables would
/// cost the download kilobytes for values that are ASCII anyway.)
fn ends_a_sentence(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    is_stray(c)
        || matches!(
            c,
            '\u{2018}'..='\u{201F}' // ‘ ’ ‚ ‛ “ ” „ ‟
                | '\u{2010}'..='\u{2015}' // hyphens and dashes
                | '\u{2026}' // …
                | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' // « » ‹ ›
                | '\u{3001}' | '\u{3002}' | '\u{300D}' | '\u{300F}' // 、 。 」 』
                | '\u{FF01}' | '\u{FF09}' | '\u{FF0C}' | '\u{FF0E}' | '\u{FF1F}' // ！ ） ， ． ？
        )
}

/// The length in bytes of a percent-encoded character at the end of `body` that is not a letter
/// or digit (one to four `%XX` escapes).
fn encoded_tail(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut decoded = Vec::with_capacity(4);
    for count in 1..=4 {
        let start = bytes.len().checked_sub(3 * count)?;
        let escape = &bytes[start..start + 3];
        if escape[0] != b'%' || !escape[1..].iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let byte = u8::from_str_radix(std::str::from_utf8(&escape[1..]).ok()?, 16).ok()?;
        decoded.insert(0, byte);
        if let Ok(text) = std::str::from_utf8(&decoded) {
            let c = text.chars().next()?;
            return ends_a_sentence(c).then_some(3 * count);
        }
    }
    None
}

/// The escapes of `&` that put a `#` in a link, as they stand after it.
const HASH_ESCAPES: [&str; 4] = ["38;", "038;", "x26;", "X26;"];

/// A link whose `&` was escaped as `&#38;` (or `&#x26;`) has its query cut at the first `#`, the
/// rest taken for a fragment. Given the query and the fragment as the browser split them, the
/// query with that fragment put back (its escapes as `&amp;`, which [`read_pairs`] undoes), or
/// the query as it is when the fragment is anything else.
pub fn with_escaped_fragment(search: &str, hash: &str) -> String {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    let escaped = search.ends_with('&')
        && HASH_ESCAPES
            .iter()
            .any(|escape| fragment.starts_with(escape));
    if !escaped {
        return search.to_string();
    }
    let mut joined = format!("{search}#{fragment}");
    for escape in HASH_ESCAPES {
        joined = joined.replace(&format!("&#{escape}"), "&amp;");
    }
    joined
}
