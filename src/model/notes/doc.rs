//! All of the person's notes, tombstones included, and the edits the Notes screen makes: add,
//! edit, delete, and write the one note on a target. Every edit keeps the rules whole.

use std::collections::BTreeMap;

use super::note::{Millis, Note, NoteId};
use super::target::Target;

/// The notes, kept whole by three rules: one version of each id; at most one live note on each
/// attached target; in id order (so two equal sets of notes are equal documents).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NotesDoc {
    notes: Vec<Note>,
}

/// Why an edit was refused; the document is then unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteError {
    /// A new note's target is not in the knowledge base.
    UnknownTarget(Target),
    /// The target already has a live note: edit that one instead.
    TargetTaken(NoteId),
    /// The id is already used, by a live or a deleted note.
    IdTaken(NoteId),
    /// No live note has this id.
    NoSuchNote(NoteId),
    /// The text is empty or only spaces: delete the note instead.
    Blank,
}

impl NoteError {
    pub fn message(&self) -> String {
        match self {
            NoteError::UnknownTarget(target) => format!(
                "{} is not in PM Compass, so a note cannot be attached to it.",
                target.label()
            ),
            NoteError::TargetTaken(_) => {
                "There is already a note here; change that one instead.".to_string()
            }
            NoteError::IdTaken(id) => format!("A note with the id {} already exists.", id.0),
            NoteError::NoSuchNote(_) => "This note no longer exists.".to_string(),
            NoteError::Blank => "A note needs some text; to remove it, delete it.".to_string(),
        }
    }
}

impl NotesDoc {
    pub fn new() -> NotesDoc {
        NotesDoc::default()
    }

    /// A document from notes in any order, made whole: of several versions of one id the newest
    /// is kept (see [`Note::cmp_version`]); of several live notes on one attached target the
    /// newest keeps it and the others become tombstones, deleted when they were last changed.
    pub fn from_notes(notes: impl IntoIterator<Item = Note>) -> NotesDoc {
        let mut by_id: BTreeMap<NoteId, Note> = BTreeMap::new();
        for note in notes {
            match by_id.get(&note.id) {
                Some(kept) if kept.cmp_version(&note).is_ge() => {}
                _ => {
                    by_id.insert(note.id.clone(), note);
                }
            }
        }
        let mut holders: BTreeMap<Target, NoteId> = BTreeMap::new();
        let mut displaced = Vec::new();
        for note in by_id.values().filter(|note| note.is_live()) {
            if !note.target.is_attached() {
                continue;
            }
            match holders.get(&note.target) {
                Some(holder) if holds_over(&by_id[holder], note) => displaced.push(note.id.clone()),
                Some(holder) => {
                    displaced.push(holder.clone());
                    holders.insert(note.target.clone(), note.id.clone());
                }
                None => {
                    holders.insert(note.target.clone(), note.id.clone());
                }
            }
        }
        for id in displaced {
            if let Some(note) = by_id.get_mut(&id) {
                *note = note.tombstone(note.last_change());
            }
        }
        NotesDoc {
            notes: by_id.into_values().collect(),
        }
    }

    /// Every note, tombstones included, in id order.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// The notes that are not deleted, in id order.
    pub fn live(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|note| note.is_live())
    }

    /// Live notes attached to something the knowledge base no longer has.
    pub fn orphaned(&self) -> impl Iterator<Item = &Note> {
        self.live().filter(|note| note.is_orphaned())
    }

    /// The note with this id, live or deleted.
    pub fn get(&self, id: &NoteId) -> Option<&Note> {
        self.position(id).ok().map(|at| &self.notes[at])
    }

    /// The live note with this id.
    pub fn live_note(&self, id: &NoteId) -> Option<&Note> {
        self.get(id).filter(|note| note.is_live())
    }

    /// The live note on an attached target; never one for `Standalone`.
    pub fn on(&self, target: &Target) -> Option<&Note> {
        if !target.is_attached() {
            return None;
        }
        self.live().find(|note| note.target == *target)
    }

    /// Adds a note. Its target must exist and, if attached, have no live note yet.
    pub fn add(
        &mut self,
        id: NoteId,
        target: Target,
        text: &str,
        now: Millis,
    ) -> Result<(), NoteError> {
        if text.trim().is_empty() {
            return Err(NoteError::Blank);
        }
        if !target.exists() {
            return Err(NoteError::UnknownTarget(target));
        }
        if let Some(holder) = self.on(&target) {
            return Err(NoteError::TargetTaken(holder.id.clone()));
        }
        let Err(at) = self.position(&id) else {
            return Err(NoteError::IdTaken(id));
        };
        self.notes.insert(
            at,
            Note {
                id,
                target,
                text: text.to_string(),
                created_at: now,
                updated_at: now,
                deleted_at: None,
            },
        );
        Ok(())
    }

    /// Replaces a live note's text. The same text changes nothing.
    pub fn edit(&mut self, id: &NoteId, text: &str, now: Millis) -> Result<(), NoteError> {
        if text.trim().is_empty() {
            return Err(NoteError::Blank);
        }
        let note = self.live_mut(id)?;
        if note.text != text {
            note.updated_at = note.next_change(now);
            note.text = text.to_string();
        }
        Ok(())
    }

    /// Deletes a live note, leaving a tombstone.
    pub fn delete(&mut self, id: &NoteId, now: Millis) -> Result<(), NoteError> {
        let note = self.live_mut(id)?;
        *note = note.tombstone(note.next_change(now));
        Ok(())
    }

    /// Writes the one note on a target, as the screen edits it in place: the live note there is
    /// edited, or else a note is added with `new_id`. Returns the id of the note written. For
    /// `Standalone`, always adds.
    pub fn write_on(
        &mut self,
        target: Target,
        text: &str,
        new_id: NoteId,
        now: Millis,
    ) -> Result<NoteId, NoteError> {
        match self.on(&target).map(|note| note.id.clone()) {
            Some(id) => self.edit(&id, text, now).map(|()| id),
            None => self.add(new_id.clone(), target, text, now).map(|()| new_id),
        }
    }

    fn position(&self, id: &NoteId) -> Result<usize, usize> {
        self.notes.binary_search_by(|note| note.id.cmp(id))
    }

    fn live_mut(&mut self, id: &NoteId) -> Result<&mut Note, NoteError> {
        match self.position(id) {
            Ok(at) if self.notes[at].is_live() => Ok(&mut self.notes[at]),
            _ => Err(NoteError::NoSuchNote(id.clone())),
        }
    }
}

/// Of two live notes on one target, whether `holder` keeps it over `other`: the later change,
/// then the text, then the id, so the choice does not depend on which was met first.
fn holds_over(holder: &Note, other: &Note) -> bool {
    (holder.last_change(), &holder.text, &holder.id) > (other.last_change(), &other.text, &other.id)
}
