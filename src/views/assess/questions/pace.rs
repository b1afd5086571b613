//! How the questions are shown, one at a time or all on one page: a choice that is kept with the
//! assessment and can be changed at any moment without losing an answer.

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::model::assessment::Pace;

#[component]
pub fn PaceChoice(legend: &'static str, with_notes: bool) -> impl IntoView {
    let store = use_assessment();
    let pace = Memo::new(move |_| store.doc.with(|doc| doc.pace));
    let option = move |value: Pace, id: &'static str, label: &'static str, note: &'static str| {
        view! {
            <label class="pace-option" for=id>
                <input
                    type="radio"
                    id=id
                    name="assess-pace"
                    value=id
                    prop:checked=move || pace.get() == value
                    on:change=move |_| store.change(|doc| doc.with_pace(value))
                />
                <span class="pace-label">{label}</span>
                {with_notes.then(|| view! { <span class="pace-note">{note}</span> })}
            </label>
        }
    };
    view! {
        <fieldset class="pace-choice" class:is-compact=!with_notes>
            <legend>{legend}</legend>
            <div class="pace-options">
                {option(
                    Pace::OneAtATime,
                    "pace-one",
                    "One question at a time",
                    "Back and Next between them; easiest on a phone.",
                )}
                {option(
                    Pace::AllOnOnePage,
                    "pace-all",
                    "All on one page",
                    "Scroll down the whole list and answer in any order.",
                )}
            </div>
        </fieldset>
    }
}
