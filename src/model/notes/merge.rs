//! Two tabs' notes made one: each note's newest version wins, deletions included, and the
//! person is told which of this tab's texts gave way.

use super::doc::NotesDoc;
use super::note::{Note, NoteId};

/// The merged notes, and the local notes whose text is not in them any more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub doc: NotesDoc,
    /// Live local notes whose text lost: to a newer edit or deletion of the same note, or to a
    /// newer note on the same target. In id order.
    pub overwritten: Vec<NoteId>,
    /// Storage had been removed or cleared elsewhere (see [`merge_since`]): what this tab held
    /// of the notes from before is gone, an Undo of them included.
    pub wiped: bool,
}

/// Merges this tab's notes (`local`) with another's (`incoming`, as read from storage).
///
/// A note written on one side only is kept. A note on both keeps its newer version (by last
/// change; at the same moment a deletion wins, then a fixed order of the other fields), so a
/// deletion beats older edits and loses to newer ones. Of two notes on one attached target, the
/// newer keeps it and the other is deleted. The merged document is the same whichever side is
/// local; only `overwritten` depends on it.
///
/// With nothing to tell an unchanged copy from an edit, every local note whose text gave way is
/// listed, including copies this tab never touched; [`merge_since`] lists only real edits.
pub fn merge(local: &NotesDoc, incoming: &NotesDoc) -> Merged {
    merge_since(&NotesDoc::new(), local, incoming)
}

/// As [`merge`], with `base`, the notes as this tab last saved or read them: `overwritten` lists
/// only local notes the person changed here since. When `incoming` holds no version at all (not
/// even a deletion) of any note `base` had, storage was removed or cleared elsewhere and written
/// afresh: then the notes of `base` are dropped here too, unless changed here since, so a tab
/// that never heard of the removal does not write them back. A note merely missing from an
/// `incoming` that still shares notes with `base` is one the other tab had not seen yet: kept.
pub fn merge_since(base: &NotesDoc, local: &NotesDoc, incoming: &NotesDoc) -> Merged {
    let wiped = !base.notes().is_empty()
        && base
            .notes()
            .iter()
            .all(|note| incoming.get(&note.id).is_none());
    let removed_elsewhere = |note: &Note| wiped && base.get(&note.id) == Some(note);
    let kept_here = local.notes().iter().filter(|note| !removed_elsewhere(note));
    let doc = NotesDoc::from_notes(kept_here.chain(incoming.notes()).cloned());
    let overwritten = local
        .live()
        .filter(|note| base.get(&note.id) != Some(*note))
        .filter(|note| !kept(&doc, note))
        .map(|note| note.id.clone())
        .collect();
    Merged {
        doc,
        overwritten,
        wiped,
    }
}

/// Whether the merged document still has this note's text, live.
fn kept(doc: &NotesDoc, note: &Note) -> bool {
    doc.live_note(&note.id)
        .is_some_and(|merged| merged.text == note.text)
}
