//! A note on one item, edited in place where the item is shown: saved as the person types,
//! with a quiet "saved" and a visible error when saving fails.

use leptos::prelude::*;

use crate::components::notes_store::{use_notes, SaveStatus};
use crate::model::notes::Target;

#[component]
pub fn NoteEditor(target: Target, #[prop(into)] about: String) -> impl IntoView {
    let store = use_notes();
    let id = format!("note-{}", slug_of(&target));
    let text = {
        let target = target.clone();
        Memo::new(move |_| store.text_on(&target).unwrap_or_default())
    };
    let on_input = {
        let target = target.clone();
        move |event| store.write(target.clone(), &event_target_value(&event))
    };
    view! {
        <div class="note-editor">
            <label for=id.clone()>{format!("Your private note on {about}")}</label>
            <textarea
                id=id
                rows="3"
                placeholder="Only you can see this. It is kept in this browser."
                prop:value=move || text.get()
                on:input=on_input
            ></textarea>
            <p class="note-status" class:is-failed=move || store.status.get() == SaveStatus::Failed>
                {move || match (store.status.get(), text.with(String::is_empty)) {
                    (SaveStatus::Failed, _) => "Not saved: this browser is refusing to store notes.",
                    (SaveStatus::Saving, _) => "Saving…",
                    (SaveStatus::Saved, false) => "Saved in this browser",
                    (SaveStatus::Saved, true) => "",
                }}
            </p>
        </div>
    }
}

/// A stable, id-safe name for a target: `cell-pm-budget`, `step-pm-senior-pm`.
pub fn slug_of(target: &Target) -> String {
    match target {
        Target::Standalone => "standalone".to_string(),
        Target::Cell { role, dimension } => format!("cell-{role}-{dimension}"),
        Target::Dimension { dimension } => format!("dimension-{dimension}"),
        Target::Role { role } => format!("role-{role}"),
        Target::Rung { rung } => format!("rung-{rung}"),
        Target::Step { from, to } => format!("step-{from}-{to}"),
    }
}
