//! The list on the Notes screen: every live note once, most recently changed first, as a keyed
//! list. Its order is set when notes arrive or go or change elsewhere (an import, another tab),
//! not while one is typed in here, so an entry never jumps away from the person writing in it;
//! search and the kind filter hide and show entries without drawing them anew, and a keystroke
//! in one entry redraws that entry alone.

use leptos::prelude::*;

use crate::components::notes_store::use_notes;
use crate::model::notes::{place_of, rows_to_show, utc_date, Kind, NoteId, Target};

/// A note just deleted, for "Undo".
#[derive(Clone)]
pub(super) struct Deleted {
    pub target: Target,
    pub text: String,
}

/// The notes, with their count. `query` and `kind` narrow what is shown.
#[component]
pub(super) fn NotesList(
    query: RwSignal<String>,
    kind: RwSignal<Option<Kind>>,
    deleted: RwSignal<Option<Deleted>>,
) -> impl IntoView {
    let store = use_notes();
    // Which notes are live, in id order: changes only when a note arrives or goes.
    let live = Memo::new(move |_| {
        store.doc.with(|doc| {
            doc.live()
                .map(|note| note.id.clone())
                .collect::<Vec<NoteId>>()
        })
    });
    // The order shown: most recent first as of the last arrival or departure, import or change
    // from another tab.
    let order = Memo::new(move |_| {
        live.track();
        store.outside_changes.track();
        store.doc.with_untracked(|doc| {
            doc.recent()
                .into_iter()
                .map(|note| note.id.clone())
                .collect::<Vec<NoteId>>()
        })
    });
    // The ids of the notes a search or filter finds, sorted; `None` when nothing narrows the
    // list.
    let found = Memo::new(move |_| {
        let kind = kind.get();
        query.with(|query| {
            (!query.trim().is_empty() || kind.is_some()).then(|| {
                let mut ids: Vec<NoteId> = store.doc.with(|doc| {
                    let found = doc.find(query, kind).into_iter();
                    found.map(|note| note.id.clone()).collect()
                });
                ids.sort();
                ids
            })
        })
    });
    let count = move || {
        let total = live.with(Vec::len);
        let shown = found.with(|found| found.as_ref().map_or(total, Vec::len));
        format!("{shown} of {total} notes")
    };
    view! {
        <p class="notes-count" role="status">{count}</p>
        <ul class="notes-list">
            <For each=move || order.get() key=|id| id.clone() let(id)>
                <NoteItem id=id found=found deleted=deleted/>
            </For>
        </ul>
    }
}

/// One note: what it is on, when it last changed, its text to edit, the way to its item, Delete.
#[component]
fn NoteItem(
    id: NoteId,
    found: Memo<Option<Vec<NoteId>>>,
    deleted: RwSignal<Option<Deleted>>,
) -> impl IntoView {
    let store = use_notes();
    let Some(note) = store.doc.with_untracked(|doc| doc.live_note(&id).cloned()) else {
        return ().into_any();
    };
    // The note's last change, the one thing a keystroke elsewhere leaves alone.
    let last_change = {
        let id = id.clone();
        Memo::new(move |_| {
            store
                .doc
                .with(|doc| doc.get(&id).map(|note| note.last_change()))
        })
    };
    let hidden = {
        let id = id.clone();
        move || {
            found.with(|found| {
                found
                    .as_ref()
                    .is_some_and(|found| found.binary_search(&id).is_err())
            })
        }
    };
    let text = {
        let id = id.clone();
        // Follows the stored text, so an edit from another tab or an import shows here.
        move || {
            last_change.track();
            store
                .doc
                .with_untracked(|doc| doc.get(&id).map(|n| n.text.clone()).unwrap_or_default())
        }
    };
    // Tall enough for the whole note, on screen and on paper (where the browser cannot size the
    // box to its text, as style/notes.css asks).
    let rows = {
        let text = text.clone();
        move || rows_to_show(&text())
    };
    // On paper the note is text, not a box: it flows over pages line by line (style/print.css).
    let printed = text.clone();
    let place = place_of(&note.target).map(|state| format!("?{}", state.to_query()));
    let field = format!("edit-{}", note.id.as_str());
    let gone = Deleted {
        target: note.target.clone(),
        text: note.text.clone(),
    };
    let edit_id = id.clone();
    view! {
        <li class="note-item" hidden=hidden>
            <h2 class="note-target">{note.label()}</h2>
            <p class="note-meta">
                {note.target.kind().label()}" · last changed "
                {move || last_change.get().map(utc_date).unwrap_or_default()}
                {note.is_orphaned().then_some(" · its item is no longer in the app")}
            </p>
            <label class="visually-hidden" for=field.clone()>{format!("Note on {}", note.label())}</label>
            <textarea
                id=field
                rows=rows
                prop:value=text
                on:input=move |event| {
                    // Emptying the box is not deleting: that is what Delete is for.
                    let text = event_target_value(&event);
                    if !text.trim().is_empty() {
                        store.edit(&edit_id, &text);
                    }
                }
            ></textarea>
            <div class="note-printed print-only">{printed}</div>
            <div class="note-actions">
                {place.map(|href| {
                    let target = note.target.clone();
                    view! {
                        <a
                            class="button"
                            href=href
                            on:click=move |event: web_sys::MouseEvent| {
                                // A plain click stays in this tab: the note waits there, open.
                                let plain = event.button() == 0
                                    && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
                                if plain {
                                    store.reveal.set(Some(target.clone()));
                                }
                            }
                        >
                            "Go to it"
                        </a>
                    }
                })}
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let text = store.doc.with_untracked(|doc| doc.get(&id).map(|n| n.text.clone()));
                        store.delete(&id);
                        deleted.set(Some(Deleted { text: text.unwrap_or(gone.text.clone()), ..gone.clone() }));
                    }
                >
                    "Delete"
                </button>
            </div>
        </li>
    }
    .into_any()
}
