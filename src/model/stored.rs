//! What a stored document says about the build that wrote it. Every key the app keeps holds a
//! JSON object with a whole-number `version`; a build leaves a later version's data as it is.

use serde::Deserialize;

/// Only the `version` of a stored object; every other field is skipped unread.
#[derive(Deserialize)]
struct Peek {
    version: Option<u64>,
}

/// The `version` of a stored JSON object, or `None` when the text is not an object with a
/// whole-number `version` (older formats, damaged text).
pub fn version_of(raw: &str) -> Option<u64> {
    serde_json::from_str::<Peek>(raw).ok()?.version
}

/// Whether `raw` was written by a build whose format for this key is later than `this_version`,
/// the format this build writes: such data must be neither read as something else nor saved over.
pub fn is_newer(raw: &str, this_version: u64) -> bool {
    version_of(raw).is_some_and(|version| version > this_version)
}
