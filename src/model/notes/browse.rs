//! What the Notes screen lists: live notes, last changed first, narrowed by words (in the text
//! or in what the note is attached to) and by kind.

use super::doc::NotesDoc;
use super::note::Note;
use super::target::Kind;

impl NotesDoc {
    /// Live notes, the most recently changed first (then by id, so the order is stable).
    pub fn recent(&self) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self.live().collect();
        notes.sort_by(|a, b| {
            b.last_change()
                .cmp(&a.last_change())
                .then_with(|| a.id.cmp(&b.id))
        });
        notes
    }

    /// Live notes of a kind (any kind for `None`) in which every word of `query` appears, in any
    /// case, in the text or in the label of what the note is attached to; most recent first.
    /// A blank query matches every note.
    pub fn find(&self, query: &str, kind: Option<Kind>) -> Vec<&Note> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.recent()
            .into_iter()
            .filter(|note| kind.is_none_or(|kind| note.target.kind() == kind))
            .filter(|note| {
                if words.is_empty() {
                    return true;
                }
                let text = note.text.to_lowercase();
                let label = note.label().to_lowercase();
                words
                    .iter()
                    .all(|word| text.contains(word) || label.contains(word))
            })
            .collect()
    }

    /// How many live notes there are of each kind, in [`Kind::ALL`] order (for the filter).
    pub fn count_by_kind(&self) -> [(Kind, usize); 6] {
        Kind::ALL.map(|kind| {
            let count = self
                .live()
                .filter(|note| note.target.kind() == kind)
                .count();
            (kind, count)
        })
    }
}
