//! The person's private notes: what a note is attached to, the edits, the stored format and its
//! upgrades, merging two tabs, import and export. Pure rules; the Notes screen and local storage
//! use them.

mod browse;
pub mod date;
pub mod doc;
pub mod export;
pub mod format;
pub mod import;
pub mod merge;
pub mod note;
pub mod place;
pub mod target;

pub use browse::{rows_to_show, CHARS_PER_ROW, MIN_ROWS};
pub use date::utc_date;
pub use doc::{NoteError, NotesDoc};
pub use export::{to_json, to_markdown};
pub use format::{parse_stored, to_stored, upgrade, Unreadable, NOTES_VERSION};
pub use import::{import, ImportError, ImportReport, MAX_IMPORT_BYTES};
pub use merge::{merge, merge_since, Merged};
pub use note::{Millis, Note, NoteId};
pub use place::place_of;
pub use target::{Kind, Target};
