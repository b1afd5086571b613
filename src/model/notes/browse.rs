//! What the Notes screen lists: live notes, last changed first, narrowed by words (in the text
//! or in what the note is attached to) and by kind; how many rows show a note whole; and the
//! notes a printed comparison carries.

use super::doc::NotesDoc;
use super::note::Note;
use super::target::{Kind, Target};

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

    /// The live notes on what a comparison shows, for printing with it: on a shown role, on a
    /// shown dimension, or on a cell where both meet. Roles' notes come first in column order,
    /// then row by row (the dimension's own note before its cells, cells in column order).
    pub fn on_shown(&self, roles: &[&str], dimensions: &[&str]) -> Vec<&Note> {
        let column = |role: &str| roles.iter().position(|shown| *shown == role);
        let row = |dimension: &str| dimensions.iter().position(|shown| *shown == dimension);
        let mut shown: Vec<((usize, usize), &Note)> = self
            .live()
            .filter_map(|note| {
                let place = match &note.target {
                    Target::Role { role } => (0, column(role)?),
                    Target::Dimension { dimension } => (row(dimension)? + 1, 0),
                    Target::Cell { role, dimension } => (row(dimension)? + 1, column(role)? + 1),
                    _ => return None,
                };
                Some((place, note))
            })
            .collect();
        shown.sort_by_key(|(place, _)| *place);
        shown.into_iter().map(|(_, note)| note).collect()
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

/// The fewest rows a listed note's box has.
pub const MIN_ROWS: usize = 3;

/// Characters a row of a listed note's box holds, counted for a phone's box (about 45), so that
/// a note is shown whole at any width where the browser cannot size the box to its text.
pub const CHARS_PER_ROW: usize = 45;

/// Rows enough to show `text` whole: each of its lines takes one row per [`CHARS_PER_ROW`]
/// characters (an empty line, one row), at least [`MIN_ROWS`] in all.
pub fn rows_to_show(text: &str) -> usize {
    let rows: usize = text
        .split('\n')
        .map(|line| line.chars().count().div_ceil(CHARS_PER_ROW).max(1))
        .sum();
    rows.max(MIN_ROWS)
}
