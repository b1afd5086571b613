//! The stored form of the notes: one versioned JSON document, written by [`to_json`] and read
//! by [`parse_stored`], which also upgrades documents written by earlier versions.
//!
//! # Version 1 (current)
//!
//! ```json
//! {
//!   "version": 1,
//!   "notes": [
//!     {
//!       "id": "1718000000000-0",
//!       "target": { "kind": "cell", "role": "pm", "dimension": "budget" },
//!       "text": "Ask for a budget line of my own.",
//!       "created_at": 1718000000000,
//!       "updated_at": 1718000500000
//!     },
//!     {
//!       "id": "1718000100000-1",
//!       "target": { "kind": "rung", "rung": "group-pm" },
//!       "text": "",
//!       "created_at": 1718000100000,
//!       "updated_at": 1718000900000,
//!       "deleted_at": 1718000900000
//!     }
//!   ]
//! }
//! ```
//!
//! - `version`: the format's version, a whole number. A document with a version above
//!   [`NOTES_VERSION`] was written by a newer app and is not read (nor overwritten).
//! - `notes`: every note, deleted ones included, one entry per `id`.
//!   - `id`: the note's identity, a non-empty string made by the app when the note is written.
//!   - `target`: what the note is attached to, by `kind`:
//!     `{"kind": "standalone"}`; `{"kind": "cell", "role", "dimension"}`;
//!     `{"kind": "dimension", "dimension"}`; `{"kind": "role", "role"}`;
//!     `{"kind": "rung", "rung"}` (the rung's role slug); `{"kind": "step", "from", "to"}`
//!     (a step up the ladder as the knowledge base writes it). Slugs are those of
//!     `src/content`; a slug the knowledge base no longer has is kept as written.
//!   - `text`: what the person wrote, as written (empty once deleted).
//!   - `created_at`, `updated_at`: milliseconds since 1970-01-01 UTC, as whole numbers; the note
//!     was first written, and last written or deleted.
//!   - `deleted_at` (absent while the note is live): when the note was deleted. The entry stays
//!     as a tombstone so that merging with another tab or an import does not bring it back.
//!
//! Fields this version does not know are ignored. Reading makes a document whole (one version
//! of each id, the newest; one live note on each attached target, the newest, the others
//! becoming tombstones): see [`NotesDoc::from_notes`].
//!
//! # Earlier versions
//!
//! - Version 0, a draft before the format had a version: a bare array of notes, each
//!   `{"id", "target", "text", "updated_at"}` (targets as in version 1; deleting removed the
//!   entry). Read as version 1 notes created when last updated, none deleted.
//!
//! # How a later version migrates
//!
//! Each version's document has its own reader here, and one function upgrades it to the version
//! after (`from_v0` below: version 0 to 1). To add version 2: raise [`NOTES_VERSION`], keep a
//! reader for version 1's shape, write `from_v1` (1 to 2), and send version 0 through
//! `from_v0` then `from_v1`. A document is upgraded once, when read; it is written back only in
//! the current version. An older app refuses a newer document ([`Unreadable::Newer`]) rather
//! than guess, and must leave the stored text as it is, so a downgrade loses nothing either.

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use super::doc::NotesDoc;
use super::note::{Millis, Note, NoteId};
use super::target::Target;

/// The format this build writes.
pub const NOTES_VERSION: u64 = 1;

/// Why stored text is not a notes document this build can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON at all.
    NotJson,
    /// JSON that stops before it is complete, as when a write was cut short.
    Truncated,
    /// JSON, but not a notes document; says what did not fit.
    WrongShape(String),
    /// A notes document from a newer version of the app.
    Newer { version: u64 },
}

impl Unreadable {
    pub fn message(&self) -> String {
        match self {
            Unreadable::NotJson => {
                "The saved notes are not JSON, the form PM Compass keeps them in.".into()
            }
            Unreadable::Truncated => {
                "The saved notes stop part-way, as if saving was interrupted.".into()
            }
            Unreadable::WrongShape(_) => "The saved data is not a list of PM Compass notes.".into(),
            Unreadable::Newer { version } => format!(
                "The saved notes were written by a newer version of PM Compass (format \
                 {version}); this version reads up to format {NOTES_VERSION}."
            ),
        }
    }
}

/// The document as stored: the current version.
#[derive(Serialize)]
struct StoredRef<'a> {
    version: u64,
    notes: &'a [Note],
}

/// The version 1 document as read (its version was checked before).
#[derive(Deserialize)]
struct StoredV1 {
    notes: Vec<Note>,
}

/// A document in the current version, read straight into notes: the common case, and about
/// three times quicker than going through a JSON tree first.
#[derive(Deserialize)]
struct StoredCurrent {
    version: u64,
    notes: Vec<Note>,
}

/// A note as the version 0 draft stored it.
#[derive(Deserialize)]
struct NoteV0 {
    id: NoteId,
    target: Target,
    text: String,
    updated_at: Millis,
}

/// The document in the current version, pretty-printed; lossless (tombstones included).
pub fn to_json(doc: &NotesDoc) -> String {
    let stored = StoredRef {
        version: NOTES_VERSION,
        notes: doc.notes(),
    };
    // Strings and whole numbers only, so there is nothing serde_json could refuse.
    serde_json::to_string_pretty(&stored).expect("notes are plain strings and numbers")
}

/// The document in the current version, compact, as local storage keeps it: the same document
/// as [`to_json`], a third smaller and quicker to write on every save.
pub fn to_stored(doc: &NotesDoc) -> String {
    let stored = StoredRef {
        version: NOTES_VERSION,
        notes: doc.notes(),
    };
    serde_json::to_string(&stored).expect("notes are plain strings and numbers")
}

/// Reads stored text in any version this build knows, upgraded to the current one.
pub fn parse_stored(text: &str) -> Result<NotesDoc, Unreadable> {
    if text.trim().is_empty() {
        return Err(Unreadable::NotJson);
    }
    if let Ok(StoredCurrent { version, notes }) = serde_json::from_str(text) {
        if version == NOTES_VERSION {
            return whole(notes);
        }
    }
    // Anything else (an earlier or newer version, or not a document at all) goes the slow way,
    // which can say what is wrong.
    let value: Value = serde_json::from_str(text).map_err(|error| match error.classify() {
        Category::Eof => Unreadable::Truncated,
        _ => Unreadable::NotJson,
    })?;
    upgrade(value)
}

/// Upgrades a parsed document of any known version to the current one.
pub fn upgrade(value: Value) -> Result<NotesDoc, Unreadable> {
    let notes = match version_of(&value)? {
        0 => from_v0(read::<Vec<NoteV0>>(value)?),
        1 => read::<StoredV1>(value)?.notes,
        newer => return Err(Unreadable::Newer { version: newer }),
    };
    whole(notes)
}

/// Checks what the types cannot, then makes the document whole.
fn whole(notes: Vec<Note>) -> Result<NotesDoc, Unreadable> {
    if notes.iter().any(|note| note.id.0.is_empty()) {
        return Err(Unreadable::WrongShape("a note has an empty id".into()));
    }
    Ok(NotesDoc::from_notes(notes))
}

/// Version 0 to version 1.
fn from_v0(notes: Vec<NoteV0>) -> Vec<Note> {
    notes
        .into_iter()
        .map(|note| Note {
            id: note.id,
            target: note.target,
            text: note.text,
            created_at: note.updated_at,
            updated_at: note.updated_at,
            deleted_at: None,
        })
        .collect()
}

fn version_of(value: &Value) -> Result<u64, Unreadable> {
    match value {
        Value::Array(_) => Ok(0),
        Value::Object(fields) => match fields.get("version") {
            Some(version) => version.as_u64().ok_or_else(|| {
                Unreadable::WrongShape(format!("version {version} is not a whole number"))
            }),
            None => Err(Unreadable::WrongShape("no version".into())),
        },
        other => Err(Unreadable::WrongShape(format!(
            "a {} instead of a notes document",
            json_kind(other)
        ))),
    }
}

fn read<T: for<'de> Deserialize<'de>>(value: Value) -> Result<T, Unreadable> {
    serde_json::from_value(value).map_err(|error| Unreadable::WrongShape(error.to_string()))
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}
