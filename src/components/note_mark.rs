//! The "✎ note" mark on an item that has a private note: on a matrix cell, a role, a rung.

use leptos::prelude::*;

use crate::components::notes_store::NotesStore;
use crate::model::notes::Target;

/// The mark, shown while the item has a note. It changes only when the item's note appears or
/// goes, whatever else happens to the notes.
pub fn note_mark(notes: NotesStore, target: Target) -> impl IntoView {
    let noted = Memo::new(move |_| notes.has_note(&target));
    move || {
        noted.get().then(|| {
            view! {
                <span class="note-mark">
                    <span aria-hidden="true">"✎ note"</span>
                    <span class="visually-hidden">" (you have a note here)"</span>
                </span>
            }
        })
    }
}
