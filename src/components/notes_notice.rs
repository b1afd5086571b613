//! What the person must know about their notes, shown on every screen: stored notes that could
//! not be read (kept aside, downloadable), storage refusing to save, a newer text from another tab.

use leptos::prelude::*;

use crate::components::notes_store::{NotesStore, StoreProblem};
use crate::model::notes::to_json;
use crate::platform::files;

#[component]
pub fn NotesNotice(store: NotesStore) -> impl IntoView {
    let export = move |_| {
        let json = store.doc.with_untracked(to_json);
        files::download("pm-compass-notes.json", "application/json", &json);
    };
    view! {
        <div class="notes-notice-slot">
            {move || store.problem.get().map(|problem| match problem {
                StoreProblem::Unreadable { reason, backup_key, raw } => {
                    let download = move |_| {
                        files::download("pm-compass-notes-unreadable.txt", "text/plain", &raw);
                    };
                    view! {
                        <div class="store-notice" role="alert">
                            <p>{format!(
                                "Your saved notes could not be read ({reason}). They are kept untouched \
                                 under “{backup_key}” in this browser; new notes are saved separately."
                            )}</p>
                            <button type="button" class="button" on:click=download>
                                "Download the unreadable data"
                            </button>
                        </div>
                    }.into_any()
                }
                StoreProblem::NotSaving => view! {
                    <div class="store-notice" role="alert">
                        <p>"Your notes are not being saved: this browser is refusing to store them \
                            (storage full, disabled, or a private window). Everything you type stays \
                            on this page until you close it, and saving resumes when it can."</p>
                        <button type="button" class="button" on:click=export>"Export your notes now"</button>
                    </div>
                }.into_any(),
            })}
            // Always in the page, so that what appears in it is announced.
            <div class="conflict-slot" role="status">
                {move || store.conflict.get().map(|text| view! {
                    <div class="store-notice is-info">
                        <p>{text}</p>
                        <button type="button" class="button" on:click=move |_| store.conflict.set(None)>"OK"</button>
                    </div>
                })}
            </div>
        </div>
    }
}
