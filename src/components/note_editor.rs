//! A note on one item, edited in place where the item is shown: saved as the person types,
//! with a quiet "saved" and a visible error when saving fails.
//!
//! What screen readers hear: "Saved" once, politely, the first time the note is saved after the
//! person starts typing in the box (not "Saving…" and "Saved" at every pause); and the error,
//! as an alert, once when saving starts to fail while they type here.

use leptos::prelude::*;

use crate::components::notes_store::{use_notes, SaveStatus};
use crate::model::notes::Target;
use crate::platform::document;

const NOT_SAVED: &str = "Not saved: this browser is refusing to store notes.";
const NOT_SAVED_NEWER: &str =
    "Not saved: a newer version of PM Compass keeps your notes here. Reload to go on writing.";

#[component]
pub fn NoteEditor(target: Target, #[prop(into)] about: String) -> impl IntoView {
    let store = use_notes();
    let id = format!("note-{}", slug_of(&target));
    let text = {
        let target = target.clone();
        Memo::new(move |_| store.text_on(&target).unwrap_or_default())
    };
    // Typed in since the box last took focus; then whether "Saved" is still to be said.
    let typed_here = StoredValue::new(false);
    let to_announce = StoredValue::new(false);
    let heard = RwSignal::new("");
    // Failing from a failed save until one succeeds (the status passes through "Saving" in
    // between, which must not redraw, and so repeat, the alert).
    let failing = Memo::new(move |before: Option<&bool>| match store.status.get() {
        SaveStatus::Failed => true,
        SaveStatus::Saved => false,
        SaveStatus::Saving => before.copied().unwrap_or(false),
    });
    Effect::new(move |_| {
        if store.status.get() == SaveStatus::Saved && to_announce.get_value() {
            to_announce.set_value(false);
            heard.set("Saved");
        }
    });
    // "Go to it" in the Notes list asked for this note: open it, bring it into view, focus it.
    {
        let target = target.clone();
        let id = id.clone();
        Effect::new(move || {
            if store.reveal.with(|asked| asked.as_ref() == Some(&target)) {
                store.reveal.set(None);
                document::reveal_field(id.clone());
            }
        });
    }
    let on_input = {
        let target = target.clone();
        move |event| {
            if !typed_here.get_value() {
                typed_here.set_value(true);
                to_announce.set_value(true);
            }
            store.write(target.clone(), &event_target_value(&event))
        }
    };
    let on_focus = move |_| {
        typed_here.set_value(false);
        to_announce.set_value(false);
        heard.set("");
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
                on:focus=on_focus
            ></textarea>
            <p class="note-status" class:is-failed=move || failing.get()>
                {move || {
                    if failing.get() {
                        let why = if store.held_for_newer() { NOT_SAVED_NEWER } else { NOT_SAVED };
                        // An alert only in the box being typed in, not in every editor on screen.
                        return if typed_here.get_value() {
                            view! { <span role="alert">{why}</span> }.into_any()
                        } else {
                            why.into_any()
                        };
                    }
                    match (store.status.get(), text.with(String::is_empty)) {
                        (SaveStatus::Saving, _) => "Saving…",
                        (_, false) => "Saved in this browser",
                        (_, true) => "",
                    }
                    .into_any()
                }}
            </p>
            <p class="visually-hidden" role="status">{move || heard.get()}</p>
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
