//! Notes brought in from an exported JSON file: merged into the current notes without
//! duplicates, with counts of what was added, updated and skipped, or a plain reason the file
//! cannot be used (the current notes then stay as they were).

use super::doc::NotesDoc;
use super::format::{parse_stored, Unreadable};
use super::note::Note;

/// The largest file read: 5 MB (5 × 1024 × 1024 bytes).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The notes after an import, and what the import did. Counts are of the file's live notes;
/// deleted notes in the file are not imported (an import never deletes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub doc: NotesDoc,
    /// Notes that were not here (or were deleted here before the file's version was written).
    pub added: usize,
    /// Notes here that the file had a newer text of, by id or on the same target.
    pub updated: usize,
    /// Notes already here, or older than what is here.
    pub skipped: usize,
}

impl ImportReport {
    pub fn message(&self) -> String {
        if self.added + self.updated + self.skipped == 0 {
            return "The file has no notes to import.".into();
        }
        format!(
            "{} added, {} updated, {} skipped (already here or older).",
            count(self.added, "note", "notes"),
            self.updated,
            self.skipped
        )
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson,
    Truncated,
    WrongShape(String),
    Newer { version: u64 },
}

impl From<Unreadable> for ImportError {
    fn from(unreadable: Unreadable) -> ImportError {
        match unreadable {
            Unreadable::NotJson => ImportError::NotJson,
            Unreadable::Truncated => ImportError::Truncated,
            Unreadable::WrongShape(detail) => ImportError::WrongShape(detail),
            Unreadable::Newer { version } => ImportError::Newer { version },
        }
    }
}

impl ImportError {
    pub fn message(&self) -> String {
        let why = match self {
            ImportError::TooLarge { .. } => {
                "This file is larger than 5 MB, too large to be a notes export.".to_string()
            }
            ImportError::NotJson => {
                "This file is not a notes export: it is not JSON. Choose a .json file \
                 exported from PM Compass."
                    .to_string()
            }
            ImportError::Truncated => {
                "This file ends part-way; it may have been cut off while saving or copying."
                    .to_string()
            }
            ImportError::WrongShape(_) => {
                "This file is JSON, but not a notes export from PM Compass.".to_string()
            }
            ImportError::Newer { version } => format!(
                "This file was exported by a newer version of PM Compass (format {version}). \
                 Update the app to import it."
            ),
        };
        format!("{why} Your notes are unchanged.")
    }
}

/// Imports an exported file into `current`. For each live note of the file, oldest first:
/// - a note here with the same id keeps the newer version (deleted here later: skipped);
/// - otherwise a live note here on the same attached target with the same text makes it a
///   duplicate (skipped), with another text the newer text is kept on the note here (updated);
/// - otherwise a live standalone note here with the same text makes it a duplicate (skipped);
/// - otherwise it is added.
pub fn import(current: &NotesDoc, file_text: &str) -> Result<ImportReport, ImportError> {
    if file_text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: file_text.len(),
        });
    }
    let file = parse_stored(file_text)?;
    let mut incoming: Vec<&Note> = file.live().collect();
    incoming.sort_by(|a, b| a.cmp_version(b));

    let mut notes: Vec<Note> = current.notes().to_vec();
    let (mut added, mut updated, mut skipped) = (0, 0, 0);
    for note in incoming {
        match apply(&mut notes, note) {
            Outcome::Added => added += 1,
            Outcome::Updated => updated += 1,
            Outcome::Skipped => skipped += 1,
        }
    }
    Ok(ImportReport {
        doc: NotesDoc::from_notes(notes),
        added,
        updated,
        skipped,
    })
}

enum Outcome {
    Added,
    Updated,
    Skipped,
}

fn apply(notes: &mut Vec<Note>, incoming: &Note) -> Outcome {
    if let Some(here) = notes.iter_mut().find(|here| here.id == incoming.id) {
        let same = here.is_live() && here.text == incoming.text && here.target == incoming.target;
        if same || here.cmp_version(incoming).is_ge() {
            return Outcome::Skipped;
        }
        let was_live = here.is_live();
        *here = incoming.clone();
        return if was_live {
            Outcome::Updated
        } else {
            Outcome::Added
        };
    }
    let on_target = |here: &Note| here.is_live() && here.target == incoming.target;
    if incoming.target.is_attached() {
        if let Some(here) = notes.iter_mut().find(|here| on_target(here)) {
            if here.text == incoming.text || here.last_change() >= incoming.last_change() {
                return Outcome::Skipped;
            }
            here.text = incoming.text.clone();
            here.updated_at = incoming.last_change();
            return Outcome::Updated;
        }
    } else if notes
        .iter()
        .any(|here| on_target(here) && here.text == incoming.text)
    {
        return Outcome::Skipped;
    }
    notes.push(incoming.clone());
    Outcome::Added
}
