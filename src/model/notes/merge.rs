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
/// only local notes the person changed here since, and a note `base` had that `incoming` has no
/// version of at all (not even a deletion) was removed from storage elsewhere (another tab
/// removed the key or cleared storage, then wrote afresh), so it is dropped here too unless it
/// was changed here since `base`. Without this a tab that never heard of the removal would write
/// the removed notes back.
pub fn merge_since(base: &NotesDoc, local: &NotesDoc, incoming: &NotesDoc) -> Merged {
    let removed_elsewhere =
        |note: &Note| base.get(&note.id) == Some(note) && incoming.get(&note.id).is_none();
    let kept_here = local.notes().iter().filter(|note| !removed_elsewhere(note));
    let doc = NotesDoc::from_notes(kept_here.chain(incoming.notes()).cloned());
    let overwritten = local
        .live()
        .filter(|note| base.get(&note.id) != Some(*note))
        .filter(|note| !kept(&doc, note))
        .map(|note| note.id.clone())
        .collect();
    Merged { doc, overwritten }
}

/// Whether the merged document still has this note's text, live.
fn kept(doc: &NotesDoc, note: &Note) -> bool {
    doc.live_note(&note.id)
        .is_some_and(|merged| merged.text == note.text)
}
