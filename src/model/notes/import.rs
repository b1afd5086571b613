//! Notes brought in from an exported JSON file: merged into the current notes without
//! duplicates and without losing a text, with counts of what was added, updated, skipped and
//! kept apart, or a plain reason the file cannot be used (the current notes then stay as they
//! were).
//!
//! A note from another device on an item that already has a different note here (another id,
//! another text) never replaces the note here, nor is it dropped: the note here stays on its
//! item, and the file's text is kept as a standalone note of its own whose first line says
//! where it came from ("Imported: another note on Product Manager × P&L and budget, last
//! changed 2024-06-10."). The report names those items.

use super::date::utc_date;
use super::doc::NotesDoc;
use super::format::{parse_stored, Unreadable};
use super::note::{Note, NoteId};
use super::target::Target;

/// The largest file read: 5 MB (5 × 1024 × 1024 bytes).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The notes after an import, and what the import did. Counts are of the file's live notes;
/// deleted notes in the file are not imported (an import never deletes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub doc: NotesDoc,
    /// Notes that were not here (or were deleted here before the file's version was written).
    pub added: usize,
    /// Notes here that the file had a newer version of, by id.
    pub updated: usize,
    /// Notes already here (or kept apart by an earlier import), or older than what is here.
    pub skipped: usize,
    /// Notes whose item here already had a different note: each kept as a standalone note of
    /// its own, the note here left as it was. Not counted in `added`.
    pub kept_apart: usize,
    /// The items of those notes, as the page names them ("Product Manager × P&L and budget"),
    /// in the order the notes were imported (oldest first).
    pub kept_apart_on: Vec<String>,
}

impl ImportReport {
    /// What the import did, in plain words: "2 notes added, 0 updated, 1 skipped (already here
    /// or older).", then, if some notes were kept apart, a sentence naming their items.
    pub fn message(&self) -> String {
        if self.added + self.updated + self.skipped + self.kept_apart == 0 {
            return "The file has no notes to import.".into();
        }
        let counts = format!(
            "{} added, {} updated, {} skipped (already here or older).",
            count(self.added, "note", "notes"),
            self.updated,
            self.skipped
        );
        if self.kept_apart == 0 {
            return counts;
        }
        // A few items by name; the rest counted, so the line stays a line.
        let mut items = self.kept_apart_on[..self.kept_apart_on.len().min(3)].join("; ");
        if self.kept_apart_on.len() > 3 {
            items.push_str(&format!(" and {} more", self.kept_apart_on.len() - 3));
        }
        if self.kept_apart == 1 {
            format!(
                "{counts} 1 note was on an item that already has a different note here \
                 ({items}): both are kept, the imported one as a note of its own."
            )
        } else {
            format!(
                "{counts} {} notes were on items that already have a different note here \
                 ({items}): all are kept, the imported ones as notes of their own.",
                self.kept_apart
            )
        }
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
/// - a note here with the same id (the same note, edited elsewhere) keeps the newer version:
///   the file's if newer (updated; added if it was deleted here before), else skipped; but a
///   note deleted here whose item has since taken another live note is not brought back onto
///   it, and goes as below;
/// - otherwise a live note here on the same attached item with the same text makes it a
///   duplicate (skipped); with another text, whichever is newer, the note here stays on its
///   item untouched and the file's text is kept apart: added as a standalone note whose first
///   line says where it came from, "Imported: another note on {item as the page names it},
///   last changed {YYYY-MM-DD}.", then a blank line and the text (kept apart; skipped if that
///   standalone note is already here, as when the same file is imported again, or if its copy
///   was deleted here after the file's note was last changed);
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
    let mut kept_apart_on = Vec::new();
    for note in incoming {
        match apply(&mut notes, note) {
            Outcome::Added => added += 1,
            Outcome::Updated => updated += 1,
            Outcome::Skipped => skipped += 1,
            Outcome::KeptApart { on } => kept_apart_on.push(on),
        }
    }
    Ok(ImportReport {
        doc: NotesDoc::from_notes(notes),
        added,
        updated,
        skipped,
        kept_apart: kept_apart_on.len(),
        kept_apart_on,
    })
}

enum Outcome {
    Added,
    Updated,
    Skipped,
    /// Kept as a standalone note of its own; `on` is the label of its item.
    KeptApart {
        on: String,
    },
}

fn apply(notes: &mut Vec<Note>, incoming: &Note) -> Outcome {
    if let Some(at) = notes.iter().position(|here| here.id == incoming.id) {
        let here = &notes[at];
        let same = here.is_live() && here.text == incoming.text && here.target == incoming.target;
        if same || here.cmp_version(incoming).is_ge() {
            return Outcome::Skipped;
        }
        // Deleted here, then written elsewhere: another note may have taken its item since.
        match other_on_target(notes, incoming) {
            Some(true) => return Outcome::Skipped,
            Some(false) => return kept_apart(notes, incoming),
            None => {}
        }
        let was_live = notes[at].is_live();
        notes[at] = incoming.clone();
        return if was_live {
            Outcome::Updated
        } else {
            Outcome::Added
        };
    }
    match other_on_target(notes, incoming) {
        Some(true) => return Outcome::Skipped,
        Some(false) => return kept_apart(notes, incoming),
        None => {}
    }
    if !incoming.target.is_attached()
        && (is_standalone_text(notes, &incoming.text) || is_copy_of_a_note_here(notes, incoming))
    {
        return Outcome::Skipped;
    }
    notes.push(incoming.clone());
    Outcome::Added
}

/// Whether a live note here, other than `incoming`'s own id, is on the attached item of
/// `incoming`, and if so whether it has the same text. `None` for a standalone note.
fn other_on_target(notes: &[Note], incoming: &Note) -> Option<bool> {
    if !incoming.target.is_attached() {
        return None;
    }
    notes
        .iter()
        .find(|here| here.is_live() && here.target == incoming.target && here.id != incoming.id)
        .map(|here| here.text == incoming.text)
}

/// Keeps the text of `incoming`, a file's note on an item that has a different note here, as a
/// standalone note of its own; the note here is not touched. Its text is the file's, after a
/// first line saying where it came from: "Imported: another note on {item}, last changed
/// {YYYY-MM-DD}." and a blank line. Its times are the file note's, and its id is the file
/// note's followed by `-imported` (then `-imported-2`, `-imported-3`… if taken), never one
/// that a note here has. Skipped instead if that text is already a live standalone note here
/// (the same file imported again), or if a copy of this version is here already, edited or
/// deleted by the person since.
fn kept_apart(notes: &mut Vec<Note>, incoming: &Note) -> Outcome {
    let on = incoming.label();
    let text = format!(
        "Imported: another note on {on}, last changed {}.\n\n{}",
        utc_date(incoming.last_change()),
        incoming.text
    );
    if is_standalone_text(notes, &text) {
        return Outcome::Skipped;
    }
    let mut n: u64 = 1;
    let id = loop {
        let id = if n == 1 {
            NoteId(format!("{}-imported", incoming.id.0))
        } else {
            NoteId(format!("{}-imported-{n}", incoming.id.0))
        };
        match notes.iter().find(|here| here.id == id) {
            None => break id,
            // A copy of this version or a later one is here already, edited or deleted since.
            Some(here) if here.last_change() >= incoming.last_change() => {
                return Outcome::Skipped;
            }
            Some(_) => n += 1,
        }
    };
    notes.push(Note {
        id,
        target: Target::Standalone,
        text,
        created_at: incoming.created_at,
        updated_at: incoming.updated_at,
        deleted_at: None,
    });
    Outcome::KeptApart { on }
}

/// Whether `incoming` is another device's copy of a note of this one, kept apart when this one's
/// file was imported there (`{id}-imported`, `{id}-imported-2`…), and that note is here, live,
/// with the copied text: two devices swapping files do not get their own notes back.
fn is_copy_of_a_note_here(notes: &[Note], incoming: &Note) -> bool {
    let id = incoming.id.as_str();
    let Some(at) = id.rfind("-imported") else {
        return false;
    };
    let (base, suffix) = (&id[..at], &id[at + "-imported".len()..]);
    let numbered = suffix
        .strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if !(suffix.is_empty() || numbered) {
        return false;
    }
    let Some((_, copied)) = incoming.text.split_once("\n\n") else {
        return false;
    };
    notes
        .iter()
        .any(|here| here.is_live() && here.id.as_str() == base && here.text == copied)
}

/// Whether a live standalone note here has exactly this text.
fn is_standalone_text(notes: &[Note], text: &str) -> bool {
    notes
        .iter()
        .any(|here| here.is_live() && !here.target.is_attached() && here.text == text)
}
