//! Printing a view: the "Print" button (with the choice to add one's notes), and what only
//! paper shows: where the page came from (its link) and, when chosen, the notes on what is shown.
//! style/print.css hides the controls and lays the page out for paper.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::model::notes::Note;
use crate::platform::document;

/// The print button; with `with_notes`, also the box that adds the person's notes to the paper.
#[component]
pub fn PrintButton(#[prop(optional)] with_notes: Option<RwSignal<bool>>) -> impl IntoView {
    view! {
        <div class="print-controls">
            <button type="button" class="button" on:click=|_| document::print()>"Print"</button>
            {with_notes.map(|with_notes| view! {
                <label class="print-notes-choice">
                    <input
                        type="checkbox"
                        prop:checked=move || with_notes.get()
                        on:change=move |event| with_notes.set(event_target_checked(&event))
                    />
                    " Print my notes on what is shown"
                </label>
            })}
        </div>
    }
}

/// Paper only: the page's link, so a printed view can be opened again.
#[component]
pub fn PrintedFrom() -> impl IntoView {
    let search = use_location().search;
    view! {
        <p class="print-only printed-from">
            "Printed from PM Compass: "
            <span class="printed-link">{move || { search.track(); document::current_url() }}</span>
        </p>
    }
}

/// Paper only, when chosen: the person's notes on what is shown, each under what it is on.
#[component]
pub fn PrintedNotes(
    with_notes: RwSignal<bool>,
    #[prop(into)] notes: Signal<Vec<Note>>,
) -> impl IntoView {
    view! {
        {move || with_notes.get().then(|| {
            let notes = notes.get();
            view! {
                <section class="print-only printed-notes" aria-labelledby="printed-notes-heading">
                    <h2 id="printed-notes-heading">"My notes"</h2>
                    {if notes.is_empty() {
                        view! { <p>"No notes on what is shown."</p> }.into_any()
                    } else {
                        view! {
                            <dl>
                                {notes.into_iter().map(|note| view! {
                                    <dt>{note.label()}</dt>
                                    <dd>{note.text}</dd>
                                }).collect_view()}
                            </dl>
                        }.into_any()
                    }}
                </section>
            }
        })}
    }
}
